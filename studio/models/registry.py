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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from studio.core.errors import StudioError

log = logging.getLogger("studio")
# Folders with extra model files (one family per file), separated like PATH.
MODEL_PATH_VARIABLE = "STUDIO_MODEL_PATH"
CAPABILITIES = ("encode", "decode", "sample", "conditional", "complete")
# The training settings (fields of studio.training.config.TrainConfig) a family or a preset may set:
# what suits the model better than the engine's defaults (a GAN's learning rate of 2e-4).
TRAINING_SETTINGS = {"epochs": int, "batch_size": int, "lr": float, "weight_decay": float, "grad_clip": float}


def check_training(settings: dict, owner: str) -> dict[str, Any]:
    """``settings`` checked against TRAINING_SETTINGS (a model file's mistake raises ValueError at import)."""
    out = {}
    for key, value in dict(settings).items():
        kind = TRAINING_SETTINGS.get(key)
        if kind is None:
            raise ValueError(f"{owner}: unknown training setting {key!r}; known: {', '.join(TRAINING_SETTINGS)}")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 or (
                kind is int and not float(value).is_integer()):
            raise ValueError(f"{owner}: the training setting {key} must be a non-negative {kind.__name__}")
        out[key] = kind(value)
    return out


@dataclass(frozen=True)
class Preset:
    """A ready-made configuration, offered by name (e.g. in the Latent explorer's "Train" menu).

    ``config`` holds model settings; ``training`` the training settings it wants besides its family's
    (see ``ModelEntry.training_settings``).
    """

    title: str
    config: dict[str, Any]
    training: dict[str, Any] = field(default_factory=dict)


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
    # Training settings that suit the family better than the engine's defaults (e.g. {"lr": 2e-4}).
    training: dict[str, Any] = field(default_factory=dict)

    def can(self, capability: str) -> bool:
        return capability in self.capabilities

    def preset(self, title: str) -> Preset | None:
        return next((p for p in self.presets if p.title == title), None)

    def training_settings(self, preset: Preset | str | None = None) -> dict[str, Any]:
        """The training settings a run of this family should start from: the family's, then the preset's.

        Only what differs from the engine's defaults is here; an explicit choice of the user wins over both.
        """
        if isinstance(preset, str):
            preset = self.preset(preset)
        return {**self.training, **(preset.training if preset is not None else {})}

    def terms(self, config: dict | None = None) -> list:
        """The Terms (name, title, unit) a model with these settings reports."""
        return list(self.model_cls.terms(self.config_cls.from_dict(dict(config or {}))))


_REGISTRY: dict[str, ModelEntry] = {}
_loaded = False


def register(name: str, title: str, description: str, config_cls: type, *, capabilities=(), presets=(),
             headline: str = "loss", format_version: int = 1, data_kind: str = "images",
             training: dict | None = None) -> Callable[[type], type]:
    """Class decorator: ``@register("vae", "Variational autoencoder", "…", VAEConfig, capabilities=(…))``.

    ``presets`` are (title, settings) or (title, settings, training settings) tuples; ``training`` the
    family's training settings (keys of TRAINING_SETTINGS: ``{"lr": 2e-4, "batch_size": 64}``), which the
    command line, the Training monitor and the tabs' presets use unless the user chose otherwise.
    """
    unknown = set(capabilities) - set(CAPABILITIES)
    if unknown:
        raise ValueError(f"unknown capabilities {sorted(unknown)}; known: {CAPABILITIES}")
    family_training = check_training(training or {}, name)
    made = tuple(Preset(p[0], dict(p[1]), check_training(p[2] if len(p) > 2 else {}, f"{name} preset {p[0]!r}"))
                 for p in presets)

    def wrap(cls: type) -> type:
        cls.family = name
        _REGISTRY[name] = ModelEntry(name, title, description, config_cls, cls, frozenset(capabilities),
                                     made, headline, format_version, data_kind, family_training)
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
