"""What every studio model is: an nn.Module with a dataclass config and a step that returns named losses.

The trainer (``studio.core.engine``) knows nothing about any particular model. A model provides:

- ``training_step(x, y)``: a dict of named loss terms as tensors; ``"loss"`` is the one to minimise.
- ``loss_terms(config)``: the names of those terms (and of validation's), before anything is built.
- ``preview(x, y)``: images to show the user (inputs and their reconstructions, or samples).
- optionally ``encode(x)`` / ``decode(z)`` and ``latent_dim`` for the latent explorer.

Models that need several optimisers (adversarial ones) set ``manual_optimization = True``, build them
in ``configure_optimizers`` and step them themselves in ``manual_step``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

import torch
from torch import nn


def option(default: Any, label: str, help: str = "", **limits: Any) -> Any:
    """A config field with what the app needs to show it: label, help, and min/max/step/choices."""
    return field(default=default, metadata={"label": label, "help": help, **limits})


@dataclass
class ModelConfig:
    """Base for model configs. ``image_shape`` (C, H, W) is filled in from the dataset."""

    image_shape: tuple[int, int, int] = (1, 28, 28)

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


class GenerativeModel(nn.Module):
    """Base class for every model family in the studio."""

    family: ClassVar[str] = ""
    manual_optimization: ClassVar[bool] = False
    # The loss term that is compared across epochs to keep the best checkpoint.
    monitor: ClassVar[str] = "loss"

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.config = config

    @classmethod
    def loss_terms(cls, config: ModelConfig) -> list[str]:
        """Every term a model with this config reports, in training or validation, in display order.

        Known before any training, so that the app lays out a panel per term while the data load.
        """
        return ["loss"]

    def training_step(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, torch.Tensor]:
        raise NotImplementedError

    def validation_step(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, torch.Tensor]:
        return self.training_step(x, y)

    def preview(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, torch.Tensor]:
        """Images in [0, 1] to show: {"inputs": ..., "outputs": ...} or {"outputs": samples}."""
        raise NotImplementedError

    def forward(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, torch.Tensor]:
        # DistributedDataParallel only syncs gradients for work done through forward().
        return self.training_step(x, y)

    def configure_optimizers(self, lr: float, weight_decay: float = 0.0) -> dict[str, torch.optim.Optimizer]:
        return {"main": torch.optim.Adam(self.parameters(), lr=lr, weight_decay=weight_decay)}

    def manual_step(self, x, y, optimizers, backward) -> dict[str, torch.Tensor]:
        """One step for models with several optimisers; ``backward(loss, name)`` scales and steps."""
        raise NotImplementedError

    @property
    def has_latent(self) -> bool:
        return hasattr(self, "encode") and hasattr(self, "decode")


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
