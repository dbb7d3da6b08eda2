"""The model registry: everything the app shows about a model family, found by looking, not by a list.

Every module in the ``studio.models`` package (and in the folders named by ``STUDIO_MODEL_PATH``, for
models of one's own) is imported once, the first time the registry is asked; each registers its
families with ``@register``. A new family is therefore one new file: it then appears in ``studio
models``, ``studio train --model NAME`` and the Training monitor, with its panels, units and previews.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import os
import pkgutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from studio.core.errors import StudioError

log = logging.getLogger("studio")
# Folders with extra model files (one family per file), separated like PATH.
MODEL_PATH_VARIABLE = "STUDIO_MODEL_PATH"
CAPABILITIES = ("encode", "decode", "sample", "conditional", "complete")


@dataclass(frozen=True)
class Preset:
    """A ready-made configuration, offered by name (e.g. in the Latent explorer's "Train" menu)."""

    title: str
    config: dict[str, Any]


@dataclass(frozen=True)
class ModelEntry:
    """What the app knows about a family: names, settings, terms, capabilities, presets, formats."""

    name: str
    title: str
    description: str
    config_cls: type
    model_cls: type
    capabilities: frozenset[str] = frozenset()
    presets: tuple[Preset, ...] = ()
    headline: str = "loss"          # the term that sums a run up (the run list's column, the status line)
    format_version: int = 1         # of its checkpoints; raised when old weights no longer fit
    data_kind: str = "images"       # the kind of DataSpec it trains on

    def can(self, capability: str) -> bool:
        return capability in self.capabilities

    def terms(self, config: dict | None = None) -> list:
        """The Terms (name, title, unit) a model with these settings reports."""
        return list(self.model_cls.terms(self.config_cls.from_dict(dict(config or {}))))


_REGISTRY: dict[str, ModelEntry] = {}
_loaded = False


def register(name: str, title: str, description: str, config_cls: type, *, capabilities=(), presets=(),
             headline: str = "loss", format_version: int = 1, data_kind: str = "images") -> Callable[[type], type]:
    """Class decorator: ``@register("vae", "Variational autoencoder", "…", VAEConfig, capabilities=(…))``.

    ``presets`` are (title, settings) pairs.
    """
    unknown = set(capabilities) - set(CAPABILITIES)
    if unknown:
        raise ValueError(f"unknown capabilities {sorted(unknown)}; known: {CAPABILITIES}")

    def wrap(cls: type) -> type:
        cls.family = name
        _REGISTRY[name] = ModelEntry(name, title, description, config_cls, cls, frozenset(capabilities),
                                     tuple(Preset(t, dict(c)) for t, c in presets), headline, format_version,
                                     data_kind)
        return cls

    return wrap


def _model_modules() -> list[str]:
    import studio.models as package

    skip = {"base", "registry", "blocks"}
    return [f"studio.models.{m.name}" for m in pkgutil.iter_modules(package.__path__)
            if not m.name.startswith("_") and m.name not in skip]


def _load_extra(folder: Path) -> None:
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_"):
            continue
        name = f"studio_user_models.{path.stem}"
        if name in sys.modules:
            continue
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except Exception:  # noqa: BLE001 - one broken file of one's own must not hide the other models
            sys.modules.pop(name, None)
            log.exception("the model file %s could not be loaded", path)


def _ensure_loaded() -> None:
    global _loaded
    if _loaded:
        return
    for module in _model_modules():
        importlib.import_module(module)
    for folder in filter(None, os.environ.get(MODEL_PATH_VARIABLE, "").split(os.pathsep)):
        if Path(folder).is_dir():
            _load_extra(Path(folder))
    _loaded = True


def reload() -> None:
    """Look for model files again (after ``STUDIO_MODEL_PATH`` changed); files of one's own are read anew."""
    global _loaded
    for name in [m for m in sys.modules if m.startswith("studio_user_models.")]:
        del sys.modules[name]
    _loaded = False
    _ensure_loaded()


def unregister(name: str) -> None:
    """Forget family ``name`` (a model file of one's own that was removed)."""
    _REGISTRY.pop(name, None)


def available_models() -> list[ModelEntry]:
    _ensure_loaded()
    return list(_REGISTRY.values())


def get_entry(name: str) -> ModelEntry:
    _ensure_loaded()
    if name not in _REGISTRY:
        raise StudioError(f"There is no model called '{name}'. Choose one of: {', '.join(_REGISTRY)}.")
    return _REGISTRY[name]


def _config(entry: ModelEntry, values: dict, spec=None):
    try:
        return entry.config_cls.for_data(values, spec)
    except StudioError:
        raise
    except (TypeError, ValueError) as exc:
        raise StudioError(f"The settings for the {entry.title} are not valid ({exc}).") from None


def make_config(name: str, config: dict | None = None, spec=None):
    """The checked config of family ``name`` (unknown keys are ignored; limits raise a sentence)."""
    return _config(get_entry(name), dict(config or {}), spec)


def build_model(name: str, config: dict | None = None, spec=None):
    """Build a model of family ``name`` from a config dict, for data described by ``spec`` (a DataSpec)."""
    entry = get_entry(name)
    return entry.model_cls(_config(entry, dict(config or {}), spec))


def loss_terms(name: str, config: dict | None = None) -> list:
    """The Terms (name, title, unit) a model of family ``name`` with this config reports, before building it."""
    entry = get_entry(name)
    return list(entry.model_cls.terms(_config(entry, dict(config or {}))))
