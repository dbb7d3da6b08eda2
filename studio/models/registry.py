"""The model registry: every model family registers here and so appears in the app and the CLI."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

from studio.core.errors import StudioError

# Modules that register model families when imported (each imports torch, so they load lazily).
MODEL_MODULES = [
    "studio.models.autoencoder",
    "studio.models.vae",
    "studio.models.aae",
]


@dataclass(frozen=True)
class ModelEntry:
    name: str
    title: str
    description: str
    config_cls: type
    model_cls: type


_REGISTRY: dict[str, ModelEntry] = {}
_loaded = False


def register(name: str, title: str, description: str, config_cls: type) -> Callable[[type], type]:
    """Class decorator: ``@register("vae", "Variational autoencoder", "…", VAEConfig)``."""

    def wrap(cls: type) -> type:
        cls.family = name
        _REGISTRY[name] = ModelEntry(name, title, description, config_cls, cls)
        return cls

    return wrap


def _ensure_loaded() -> None:
    global _loaded
    if not _loaded:
        for module in MODEL_MODULES:
            importlib.import_module(module)
        _loaded = True


def available_models() -> list[ModelEntry]:
    _ensure_loaded()
    return list(_REGISTRY.values())


def get_entry(name: str) -> ModelEntry:
    _ensure_loaded()
    if name not in _REGISTRY:
        raise StudioError(f"There is no model called '{name}'. Choose one of: {', '.join(_REGISTRY)}.")
    return _REGISTRY[name]


def _config(entry: ModelEntry, values: dict):
    try:
        return entry.config_cls.from_dict(values)
    except (TypeError, ValueError) as exc:
        raise StudioError(f"The settings for the {entry.title} are not valid ({exc}).") from None


def build_model(name: str, config: dict | None = None, image_shape: tuple[int, int, int] | None = None):
    """Build a model of family ``name`` from a config dict (unknown keys are ignored)."""
    entry = get_entry(name)
    values = dict(config or {})
    if image_shape is not None:
        values["image_shape"] = list(image_shape)
    return entry.model_cls(_config(entry, values))


def loss_terms(name: str, config: dict | None = None) -> list[str]:
    """The loss terms a model of family ``name`` with this config will report, before building it."""
    entry = get_entry(name)
    return list(entry.model_cls.loss_terms(_config(entry, dict(config or {}))))
