"""A tiny model family written as one file, as a newcomer would add one: copied into a temporary folder by
tests/training/test_plugin.py and found there through STUDIO_MODEL_PATH. It generates row by row, so its
sampling shows partial results."""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from studio.models.base import GenerativeModel, ModelConfig, SampleStep, Term, option
from studio.models.registry import register


@dataclass
class RowConfig(ModelConfig):
    hidden: int = option(16, "Hidden units", "width of the row predictor", min=2, max=256)


@register("rows", "Row painter (test)", "Paints an image one row at a time.", RowConfig,
          capabilities=("sample",), presets=(("Row painter, 8 units", {"hidden": 8}),), headline="bce")
class RowPainter(GenerativeModel):
    preview_titles = {"samples": "Painted rows"}

    def __init__(self, config: RowConfig) -> None:
        super().__init__(config)
        c, h, w = config.image_shape
        self.net = nn.Sequential(nn.Linear(c * w, config.hidden), nn.ReLU(), nn.Linear(config.hidden, c * w))

    @classmethod
    def terms(cls, config: RowConfig) -> list[Term]:
        return [Term("loss", "Loss", "BCE/pixel"), Term("bce", "Next-row error", "BCE/pixel")]

    def losses(self, batch: dict) -> dict[str, torch.Tensor]:
        x = batch["image"]                                   # (B, C, H, W)
        b, c, h, w = x.shape
        rows = x.permute(0, 2, 1, 3).reshape(b, h, c * w)    # (B, H, C·W)
        logits = self.net(rows[:, :-1])                      # each row predicts the next
        bce = F.binary_cross_entropy_with_logits(logits, rows[:, 1:])
        return {"loss": bce, "bce": bce}

    @torch.no_grad()
    def preview(self, batch: dict) -> dict[str, torch.Tensor]:
        steps = list(self.sample(len(batch["image"])))
        return {"samples": steps[-1].samples}

    @torch.no_grad()
    def sample(self, n, condition=None, options=None, generator=None):
        c, h, w = self.config.image_shape
        device = next(self.parameters()).device
        image = torch.zeros(n, h, c * w, device=device)
        image[:, 0] = torch.rand(n, c * w, generator=generator).to(device)
        for row in range(1, h):
            image[:, row] = torch.sigmoid(self.net(image[:, row - 1]))
            yield SampleStep(row + 1, h, image.view(n, h, c, w).permute(0, 2, 1, 3).clone())
