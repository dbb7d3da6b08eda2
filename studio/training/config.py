"""How to train: which model on which data, for how long, and with what optimiser settings (no torch here)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields

from studio.core.errors import StudioError


@dataclass
class TrainConfig:
    """How to train: which model on which data, for how long, and with what optimiser settings."""

    model: str = "vae"
    dataset: str = "digits"
    model_config: dict = field(default_factory=dict)
    # How the data are read: for a folder "size", "fit" (crop, pad, stretch) and "colour" (auto, rgb,
    # grey); for any image data "augment" (e.g. "flip,rotate=10"). See studio.data.importers.load_sources.
    data_options: dict = field(default_factory=dict)
    epochs: int = 30               # the built-in digits: ~20 s on two CPU cores, digits clearly drawn by then
    # 32, not 64: on the built-in digits (1,617 training images) 5 epochs are then 255 steps, enough for a
    # VAE to draw distinct digits (64: 130 steps, every digit the same blur; docs/benchmarks.md)
    batch_size: int = 32
    lr: float = 1e-3
    weight_decay: float = 0.0
    seed: int = 0
    device: str = "auto"
    amp: bool = True               # mixed precision, used on CUDA only
    val_fraction: float = 0.1
    preview_count: int = 8
    keep_checkpoints: int = 2
    log_points_per_epoch: int = 50  # how many StepMetrics records an epoch writes at most
    grad_clip: float = 0.0         # clip each optimiser's gradient norm to this (0: no clipping)

    @classmethod
    def for_model(cls, model: str, preset: str | None = None, **values) -> "TrainConfig":
        """The TrainConfig of a run of family ``model``: ``values`` as given, and for every training setting
        left out (or None) the preset's, then the family's (the registry's ``training``), then the engine's.

        The command line, the Training monitor and the tabs' presets all build their config here, so that
        a GAN trains at its learning rate of 2e-4 wherever it is started and an explicit choice always wins.
        """
        from studio.models.registry import get_entry   # loads the model files (torch) only when called

        given = {k: v for k, v in values.items() if v is not None}
        return cls(model=model, **{**get_entry(model).training_settings(preset), **given})

    @classmethod
    def from_dict(cls, data: dict) -> "TrainConfig":
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def validate(self) -> None:
        if self.epochs < 1:
            raise StudioError("The number of epochs must be at least 1.")
        if self.batch_size < 1:
            raise StudioError("The batch size must be at least 1.")
        if not (self.lr > 0 and math.isfinite(self.lr)):
            raise StudioError("The learning rate must be a positive number, for example 0.001.")
        if not (0.0 < self.val_fraction < 1.0):
            raise StudioError("The validation share must be between 0 and 1 (for example 0.1).")
        if not (self.grad_clip >= 0 and math.isfinite(self.grad_clip)):
            raise StudioError("The gradient clipping norm must be 0 (off) or a positive number.")
        if self.weight_decay < 0:
            raise StudioError("The weight decay must be 0 or a positive number.")
