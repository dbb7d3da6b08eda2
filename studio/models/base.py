"""What every studio model is: an nn.Module with a dataclass config that owns its training step.

The trainer (``studio.training``) knows nothing about any particular model. A model provides:

- ``losses(batch)``: a dict of named loss terms as tensors; ``"loss"`` is the one to minimise.
- ``training_step(batch, ctx, opt)``: one step. The default computes ``losses`` and calls
  ``opt.step("main", terms["loss"])``; a model with several optimisers (an AAE, a GAN) overrides it and
  calls ``opt.step(name, loss)`` for each. ``ctx`` says the step, the epoch and the totals.
- ``validation_step(batch)``: the terms on held-out data (default: ``losses``).
- ``terms(config)``: every term it reports, with titles and units, known before anything is built.
- ``preview(batch)``: named tensors to show (see ``preview_kind``), and optionally ``sample(...)``, a
  generator of partial samples that a sampling job can stop between steps.
- ``on_epoch_start(ctx)`` / ``on_epoch_end(ctx)``: hooks (a layer-wise schedule, a warm-up).

A batch is a dict described by the data source's spec (``studio.data.sources``): images come as
``batch["image"]`` (B, C, H, W) in [0, 1] and ``batch["label"]`` (B,).
"""

from __future__ import annotations

import math
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, ClassVar, Iterator

import torch
from torch import nn

from studio.core.errors import StudioError


class ConfigError(StudioError):
    """A model or training setting outside what it allows."""


def option(default: Any, label: str, help: str = "", **limits: Any) -> Any:
    """A config field with what the app needs to show it: label, help, and min/max/step/choices.

    The limits are enforced whenever a config is built (from the form, the command line or a file).
    """
    return field(default=default, metadata={"label": label, "help": help, **limits})


def check_option(f, value: Any) -> None:
    """Raise a ConfigError naming the setting when ``value`` breaks the limits of field ``f``."""
    meta = f.metadata
    if "label" not in meta:
        return
    name = f"'{meta['label']}' ({f.name})"
    default = f.default if f.default is not MISSING else None
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"The setting {name} must be true or false; got {value!r}.")
        return
    if isinstance(default, (int, float)):
        whole = isinstance(default, int)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (whole and not float(value).is_integer()):
            raise ConfigError(f"The setting {name} must be {'a whole number' if whole else 'a number'}; "
                              f"got {value!r}.")
        if not math.isfinite(float(value)):
            raise ConfigError(f"The setting {name} must be a finite number; got {value!r}.")
        lo, hi = meta.get("min"), meta.get("max")
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            if lo is not None and hi is not None:
                allowed = f"between {lo:g} and {hi:g}"
            elif lo is not None:
                allowed = f"at least {lo:g}"
            else:
                allowed = f"at most {hi:g}"
            raise ConfigError(f"The setting {name} must be {allowed}; got {value:g}.")
    if "choices" in meta and value not in meta["choices"]:
        raise ConfigError(f"The setting {name} must be one of {', '.join(map(str, meta['choices']))}; "
                          f"got {value!r}.")


@dataclass
class ModelConfig:
    """Base for model configs. ``image_shape`` (C, H, W) is filled in from the data's spec.

    Subclasses that define ``__post_init__`` call ``super().__post_init__()`` first, so that every
    field's limits are checked.
    """

    image_shape: tuple[int, int, int] = (1, 28, 28)
    # Settings added after runs were saved without them, each with the value those runs were trained with:
    # resuming such a run keeps it (a new run gets the field's default).
    added_settings: ClassVar[dict[str, Any]] = {}

    def __post_init__(self) -> None:
        for f in fields(self):
            check_option(f, getattr(self, f.name))

    def to_dict(self) -> dict:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["image_shape"] = list(self.image_shape)
        return out

    @classmethod
    def from_dict(cls, data: dict) -> "ModelConfig":
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "image_shape" in values:
            values["image_shape"] = tuple(int(v) for v in values["image_shape"])
        return cls(**values)

    @classmethod
    def with_added_settings(cls, saved: dict, values: dict | None = None) -> dict:
        """``values`` (default: ``saved``) with each of ``added_settings`` that ``saved``, a config as a run
        saved it (every field it had then), predates, at the value such runs were trained with."""
        values = dict(saved if values is None else values)
        return {**{k: v for k, v in cls.added_settings.items() if saved and k not in saved}, **values}

    @classmethod
    def upgrade(cls, values: dict, model_format: int) -> dict:
        """The settings of a checkpoint saved at an older ``model_format`` of the family (the registry's
        ``format_version``), as this version reads them. A family that adds a setting whose new default
        builds other weights (a cGAN's conditioning) gives old checkpoints the value their model had, so
        that they still load and resume. The default: unchanged. (``with_added_settings`` is the simpler
        case: a setting whose old value is the same for every older run, whatever its format.)"""
        return dict(values)

    def data_request(self) -> dict:
        """What the model asks of its data loader beyond the dataset's name (e.g. how to tokenise music:
        ``{"tokens": "note-set", "fs": 8, "window": 50}``); empty for the image models."""
        return {}

    @classmethod
    def for_data(cls, values: dict, spec) -> "ModelConfig":
        """The config for data described by ``spec`` (a DataSpec): image models take its image shape."""
        values = dict(values)
        if spec is not None and spec.image_shape is not None:
            values["image_shape"] = list(spec.image_shape)
        return cls.from_dict(values)


@dataclass(frozen=True)
class Term:
    """A loss term as the app shows it: its key in the step's dict, a title, and its unit."""

    name: str
    title: str
    unit: str = ""


@dataclass(frozen=True)
class StepContext:
    """Where training stands, handed to every step and hook."""

    step: int                  # optimiser iterations done before this one
    epoch: int                 # 0-based epoch in progress
    batch: int                 # 0-based batch within the epoch
    steps_per_epoch: int
    epochs: int
    total_steps: int

    @property
    def progress(self) -> float:
        """Share of the whole run done, 0..1 (a schedule's clock)."""
        return self.step / max(1, self.total_steps)


@dataclass(frozen=True)
class SampleStep:
    """One step of a sampling generator: ``done`` of ``total`` units, and the samples so far.

    ``samples`` is a tensor whose meaning the model's ``preview_kind`` gives (images in [0, 1]: (N, C, H, W)).
    """

    done: int
    total: int
    samples: torch.Tensor


class GenerativeModel(nn.Module):
    """Base class for every model family in the studio."""

    family: ClassVar[str] = ""
    # The validation term compared across epochs to keep the best checkpoint; None: the latest is kept.
    monitor: ClassVar[str | None] = "loss"
    # How the app draws what ``preview`` returns: "image_rows" (named rows of images), "image_grid",
    # "piano_roll" or "curve".
    preview_kind: ClassVar[str] = "image_rows"
    # Titles of the rows ``preview`` returns.
    preview_titles: ClassVar[dict[str, str]] = {"inputs": "Inputs", "outputs": "Reconstructions",
                                                "samples": "Samples"}

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.config = config

    @classmethod
    def terms(cls, config: ModelConfig) -> list[Term]:
        """Every term a model with this config reports, in training or validation, in display order.

        Known before any training, so that the app lays out a panel per term while the data load.
        """
        return [Term("loss", "Loss")]

    @classmethod
    def loss_terms(cls, config: ModelConfig) -> list[str]:
        return [t.name for t in cls.terms(config)]

    def losses(self, batch: dict) -> dict[str, torch.Tensor]:
        raise NotImplementedError

    def training_step(self, batch: dict, ctx: StepContext, opt) -> dict[str, torch.Tensor]:
        """One optimisation step; returns the terms to log. ``opt.step(name, loss)`` steps an optimiser."""
        terms = self.losses(batch)
        opt.step("main", terms["loss"])
        return terms

    def validation_step(self, batch: dict) -> dict[str, torch.Tensor]:
        return self.losses(batch)

    def on_epoch_start(self, ctx: StepContext) -> None:
        """Called before the first step of each epoch."""

    def on_epoch_end(self, ctx: StepContext) -> None:
        """Called after the last step of each epoch, before validation."""

    def preview(self, batch: dict) -> dict[str, torch.Tensor]:
        """What to show after an epoch, as ``preview_kind`` says: e.g. {"inputs": ..., "outputs": ...}."""
        raise NotImplementedError

    def sample(self, n: int, condition: Any = None, options: dict | None = None,
               generator: torch.Generator | None = None) -> Iterator[SampleStep]:
        """Generate ``n`` samples, yielding partial results; stopping between yields is always safe.

        The default decodes prior samples in one step (models with ``decode`` and ``sample_prior``).
        """
        if not (hasattr(self, "decode") and hasattr(self, "sample_prior")):
            raise StudioError(f"The {self.family or 'model'} cannot generate samples.")
        with torch.no_grad():
            z = self.sample_prior(n, generator)
            images = self.decode(z, condition) if condition is not None else self.decode(z)
        yield SampleStep(n, n, images)

    def forward(self, batch: dict) -> dict[str, torch.Tensor]:
        return self.losses(batch)

    def configure_optimizers(self, lr: float, weight_decay: float = 0.0) -> dict[str, torch.optim.Optimizer]:
        return {"main": torch.optim.Adam(self.parameters(), lr=lr, weight_decay=weight_decay)}


# Building blocks shared by the image models -------------------------------------------------------

def conv_ok(image_shape: tuple[int, int, int]) -> bool:
    """The convolutional nets halve the picture twice, so its sides must be multiples of 4."""
    _, h, w = image_shape
    return h % 4 == 0 and w % 4 == 0 and h >= 8 and w >= 8


class ConvEncoder(nn.Module):
    """(B, C, H, W) -> (B, out_features) with two stride-2 convolutions."""

    def __init__(self, image_shape: tuple[int, int, int], out_features: int, width: int = 32) -> None:
        super().__init__()
        c, h, w = image_shape
        self.net = nn.Sequential(
            nn.Conv2d(c, width, 4, stride=2, padding=1), nn.LeakyReLU(0.2),             # (B, w, H/2, W/2)
            nn.Conv2d(width, 2 * width, 4, stride=2, padding=1), nn.LeakyReLU(0.2),     # (B, 2w, H/4, W/4)
            nn.Flatten(),                                                              # (B, 2w·H/4·W/4)
            nn.Linear(2 * width * (h // 4) * (w // 4), 256), nn.LeakyReLU(0.2),         # (B, 256)
            nn.Linear(256, out_features),                                              # (B, out)
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)


class ConvDecoder(nn.Module):
    """(B, in_features) -> (B, C, H, W) logits, mirroring ConvEncoder."""

    def __init__(self, image_shape: tuple[int, int, int], in_features: int, width: int = 32) -> None:
        super().__init__()
        c, h, w = image_shape
        self.shape = (2 * width, h // 4, w // 4)
        self.fc = nn.Sequential(
            nn.Linear(in_features, 256), nn.ReLU(),
            nn.Linear(256, 2 * width * (h // 4) * (w // 4)), nn.ReLU(),                # (B, 2w·H/4·W/4)
        )
        self.net = nn.Sequential(
            nn.ConvTranspose2d(2 * width, width, 4, stride=2, padding=1), nn.ReLU(),   # (B, w, H/2, W/2)
            nn.ConvTranspose2d(width, c, 4, stride=2, padding=1),                      # (B, C, H, W)
        )

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        return self.net(self.fc(z).view(-1, *self.shape))


def mlp_layers(width_in: int, hidden: int, width_out: int, depth: int) -> list[nn.Module]:
    """``depth`` hidden Linear+ReLU layers of ``hidden`` units, then a Linear to ``width_out``."""
    layers: list[nn.Module] = []
    for _ in range(depth):
        layers += [nn.Linear(width_in, hidden), nn.ReLU()]
        width_in = hidden
    return [*layers, nn.Linear(width_in, width_out)]


class MLPEncoder(nn.Module):
    """(B, C, H, W) -> (B, out_features) through one or two hidden layers."""

    def __init__(self, image_shape: tuple[int, int, int], out_features: int, hidden: int, depth: int = 2) -> None:
        super().__init__()
        n = image_shape[0] * image_shape[1] * image_shape[2]
        self.net = nn.Sequential(nn.Flatten(), *mlp_layers(n, hidden, out_features, depth))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)


class MLPDecoder(nn.Module):
    """(B, in_features) -> (B, C, H, W) logits."""

    def __init__(self, image_shape: tuple[int, int, int], in_features: int, hidden: int, depth: int = 2) -> None:
        super().__init__()
        self.image_shape = tuple(image_shape)
        n = image_shape[0] * image_shape[1] * image_shape[2]
        self.net = nn.Sequential(*mlp_layers(in_features, hidden, n, depth))

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        return self.net(z).view(-1, *self.image_shape)
