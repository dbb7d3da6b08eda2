"""Gated PixelCNN (van den Oord et al. 2016): an exact likelihood, sampling and completion pixel by pixel.

p(x) = Π p(x_i | x_<i) over the pixels in raster order (row by row, left to right); within a pixel the
channels of a colour picture are independent given the earlier pixels. Two variants:

- ``binary``: pictures binarised at a threshold, one Bernoulli per pixel (the classic binarised-MNIST
  benchmark; its test NLL in nats per image is comparable with the literature's);
- ``grey``: 256 levels per channel with a softmax over them, for the built-in digits and one's own small
  pictures.

The NLL is exact (no bound), so the validation "loss" is the test NLL itself. Sampling and completion are
one generator (``sample``) with two methods: ``cached`` (the default, see ``pixelcnn_layers.CachedSampler``)
and ``naive`` (the whole net per pixel); both draw from the same noise, so they give the same pictures.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Iterator

import numpy as np
import torch
import torch.nn.functional as F

from studio.core.errors import StudioError
from studio.models.base import GenerativeModel, ModelConfig, SampleStep, Term, option
from studio.models.pixelcnn_layers import CachedSampler, GatedStack
from studio.models.registry import register

LEVELS = 256
METHODS = ("cached", "naive")


@dataclass
class PixelCNNConfig(ModelConfig):
    output: str = option("binary", "Pixel values", "binary: black or white (one Bernoulli per pixel, the "
                         "binarised-MNIST benchmark); grey: 256 levels per channel (a softmax over them)",
                         choices=("binary", "grey"))
    channels: int = option(32, "Channels", "feature maps of each stack in every layer", min=4, max=256)
    layers: int = option(6, "Gated layers", "more layers see further to the left and above", min=2, max=20)
    first_kernel: int = option(7, "First kernel", "odd width of the first layer's filters", min=3, max=11)
    kernel: int = option(3, "Kernel", "odd width of the later layers' filters", min=3, max=7)
    head: int = option(64, "Output units", "hidden units of the 1×1 output head", min=8, max=1024)
    threshold: float = option(0.5, "Binarising threshold", "binary: a pixel brighter than this is white",
                              min=0.01, max=0.99, step=0.05)

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.first_kernel % 2 == 0 or self.kernel % 2 == 0:
            raise ValueError("the PixelCNN's kernel widths must be odd")


@register("pixelcnn", "Gated PixelCNN",
          "Draws pictures pixel by pixel with an exact likelihood, and completes partly hidden ones.",
          PixelCNNConfig, capabilities=("sample", "complete"),
          presets=(("PixelCNN, black and white", {"output": "binary"}),
                   ("PixelCNN, 256 grey levels", {"output": "grey"})))
class PixelCNN(GenerativeModel):
    preview_titles = {"inputs": "Inputs", "samples": "Samples", "completions": "Lower halves completed"}

    def __init__(self, config: PixelCNNConfig) -> None:
        super().__init__(config)
        c = config.image_shape[0]
        self.values = 1 if config.output == "binary" else LEVELS          # logits per channel
        self.net = GatedStack(c, config.channels, config.layers, config.first_kernel, config.kernel,
                              c * self.values, config.head)

    # Likelihood -------------------------------------------------------------------------------------

    @classmethod
    def terms(cls, config: PixelCNNConfig) -> list[Term]:
        return [Term("loss", "Negative log-likelihood", "nats/image"),
                Term("bits_per_dim", "Bits per dimension", "bits/dim"),
                Term("nll", "Test NLL (exact)", "nats/image")]      # reported by validation only

    def quantise(self, images: torch.Tensor) -> torch.Tensor:
        """(B, C, H, W) in [0, 1] -> the values the model sees: 0/1 (binary) or k/255 (grey)."""
        if self.config.output == "binary":
            return (images > self.config.threshold).float()
        return (images.float().clamp(0, 1) * (LEVELS - 1)).round() / (LEVELS - 1)

    def logits(self, x: torch.Tensor) -> torch.Tensor:
        """(B, C, H, W) quantised pictures -> (B, C·K, H, W) logits of each pixel given the earlier ones."""
        return self.net(2.0 * x - 1.0)                 # inputs centred, so that the padding (0) is neither value

    def nll(self, images: torch.Tensor) -> torch.Tensor:
        """-log p(x) in nats for each picture (B,): exact, no bound."""
        x = self.quantise(images)
        logits = self.logits(x).float()
        if self.values == 1:
            per_pixel = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
        else:
            b, c, h, w = x.shape
            scores = logits.view(b, c, LEVELS, h, w).transpose(1, 2)                  # (B, K, C, H, W)
            target = (x * (LEVELS - 1)).round().long()                                 # (B, C, H, W)
            per_pixel = F.cross_entropy(scores, target, reduction="none")
        return per_pixel.flatten(1).sum(1)

    def losses(self, batch: dict) -> dict[str, torch.Tensor]:
        nll = self.nll(batch["image"]).mean()
        dims = math.prod(self.config.image_shape)
        return {"loss": nll, "bits_per_dim": nll / (dims * math.log(2))}

    def validation_step(self, batch: dict) -> dict[str, torch.Tensor]:
        terms = self.losses(batch)
        terms["nll"] = terms["loss"]
        return terms

    # Sampling and completion -------------------------------------------------------------------------

    def draw(self, logits: torch.Tensor, noise: torch.Tensor, temperature: float) -> torch.Tensor:
        """Pixel values (B, C) in [0, 1] from their logits (B, C·K), by inverting the CDF at ``noise`` (B, C)."""
        b, c = noise.shape
        if self.values == 1:
            return (noise < torch.sigmoid(logits.float() / temperature)).float()
        probs = torch.softmax(logits.float().view(b, c, LEVELS) / temperature, dim=-1)
        level = (probs.cumsum(-1) < noise[..., None]).sum(-1).clamp(max=LEVELS - 1)   # (B, C)
        return level.float() / (LEVELS - 1)

    @torch.no_grad()
    def sample(self, n: int, condition: Any = None, options: dict | None = None,
               generator: torch.Generator | None = None) -> Iterator[SampleStep]:
        """Draw ``n`` pictures pixel by pixel; yields the pictures (n, C, H, W) in [0, 1] as they fill in.

        Options: ``method`` "cached" (default) or "naive"; ``temperature`` (1.0; lower is bolder, higher
        noisier); ``every``: pixels per yield (1); for completion ``image`` ((n or 1, C, H, W) in [0, 1])
        and ``hidden`` ((H, W) booleans, True where pixels are drawn; the others are kept exactly).
        ``done``/``total`` count the drawn pixels.
        """
        options = dict(options or {})
        method = options.get("method", "cached")
        if method not in METHODS:
            raise StudioError(f"The sampling method must be one of {', '.join(METHODS)}; got '{method}'.")
        temperature = float(options.get("temperature", 1.0))
        if not 0.05 <= temperature <= 5.0:
            raise StudioError("The temperature must be between 0.05 and 5.")
        every = max(1, int(options.get("every", 1)))
        c, h, w = self.config.image_shape
        device = next(self.parameters()).device
        x, hidden = self._start(n, options, device)                    # (n, C, H, W), (H, W) bool
        # All the noise is drawn first, one number per pixel and channel, so that both methods (and any
        # number of yields) use the same numbers: the same seed gives the same pictures.
        noise = torch.rand(n, c, h, w, generator=generator).to(device)
        todo = hidden.cpu().numpy()
        total = int(todo.sum())
        last = [int(np.flatnonzero(row)[-1]) if row.any() else -1 for row in todo]   # last drawn column per row
        cache = CachedSampler(self.net, n, h, w, device, x.dtype) if method == "cached" else None
        done = 0
        if total == 0:
            yield SampleStep(0, 0, x.clone())
            return
        # The cached sampler's operations are tiny (one column of each layer): on a CPU, several threads
        # only add their start-up and, when the cores are busy (a training running beside it), spin for
        # cores they cannot get: 25 times slower on the loaded 2-core test machine. It runs on one thread,
        # set for its own work only and restored at every yield.
        threads = torch.get_num_threads()
        lean = cache is not None and device.type == "cpu" and threads > 1
        try:
            if lean:
                torch.set_num_threads(1)
            for r in range(h):
                if cache is not None:
                    cache.start_row(r)
                for col in range(w):
                    if todo[r, col]:
                        if cache is not None:
                            logits = cache.logits_at(col)                               # (n, C·K)
                        else:
                            logits = self.logits(x)[:, :, r, col]                       # (n, C·K)
                        x[:, :, r, col] = self.draw(logits, noise[:, :, r, col], temperature)
                        done += 1
                    elif cache is not None and col < last[r]:
                        cache.logits_at(col, head=False)  # a kept pixel still feeds the later ones of its row
                    if cache is not None:
                        cache.put_pixel(r, col, 2.0 * x[:, :, r, col] - 1.0)
                    if todo[r, col] and (done % every == 0 or done == total):
                        step = SampleStep(done, total, x.clone())
                        if lean:
                            torch.set_num_threads(threads)
                        yield step
                        if lean:
                            torch.set_num_threads(1)
        finally:
            if lean:
                torch.set_num_threads(threads)

    def _start(self, n: int, options: dict, device) -> tuple[torch.Tensor, torch.Tensor]:
        """The starting pictures and the pixels to draw: blank and all of them, or a completion's."""
        c, h, w = self.config.image_shape
        if n < 1:
            raise StudioError("Ask for at least one picture.")
        image, hidden = options.get("image"), options.get("hidden")
        if image is None and hidden is None:
            return torch.zeros(n, c, h, w, device=device), torch.ones(h, w, dtype=torch.bool)
        if image is None or hidden is None:
            raise StudioError("A completion needs both a picture and the part of it to hide.")
        image = torch.as_tensor(np.asarray(image, np.float32))
        if image.dim() == 3:
            image = image[None]
        if tuple(image.shape[1:]) != (c, h, w):
            raise StudioError(f"This model completes {w}×{h} pictures with {c} channel(s); the picture is "
                              f"{image.shape[-1]}×{image.shape[-2]} with {image.shape[1]}.")
        if len(image) not in (1, n):
            raise StudioError(f"Give one picture or {n} of them to complete.")
        hidden = torch.as_tensor(np.asarray(hidden, bool))
        if tuple(hidden.shape) != (h, w):
            raise StudioError(f"The mask must be {w}×{h} pixels, like the pictures.")
        x = self.quantise(image.expand(n, c, h, w)).clone().to(device)
        x[:, :, hidden.to(device)] = 0.0                  # the hidden part starts blank (it is never looked at)
        return x, hidden

    @torch.no_grad()
    def preview(self, batch: dict) -> dict[str, torch.Tensor]:
        """The binarised (or quantised) inputs, fresh samples, and the inputs' lower halves completed."""
        x = self.quantise(batch["image"][:8])
        n, (_, h, w) = len(x), self.config.image_shape
        hidden = torch.zeros(h, w, dtype=torch.bool)
        hidden[h // 2:] = True
        # Sampling runs in full precision: under autocast the drawn pixels would depend on the device.
        with torch.autocast(x.device.type, enabled=False):
            g = torch.Generator().manual_seed(0)       # the same noise every epoch: the samples' progress shows
            samples = _last(self.sample(n, options={"every": h * w}, generator=g))
            g = torch.Generator().manual_seed(1)
            completed = _last(self.sample(n, options={"every": h * w, "image": x, "hidden": hidden}, generator=g))
        return {"inputs": x, "samples": samples, "completions": completed}


def _last(steps: Iterator[SampleStep]) -> torch.Tensor:
    last = None
    for last in steps:
        pass
    return last.samples
