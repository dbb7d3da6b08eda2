"""Augmenting training pictures: flips, crops, rotations, translations and colour jitter, for every image model.

An :class:`Augmentation` works on a batch of uint8 pictures ``(B, C, H, W)`` and keeps their size and
value range. The data sources call it on training batches only (in the decoding thread for a streamed
folder), with a random generator seeded from the run's seed and the batch's items, so that a resumed run
draws the same augmentations again. ``preview`` shows what the model will see.

(GANs have their own differentiable augmentation, DiffAugment, in ``studio.models.gan_blocks``: it is
applied to generated images too, inside the model's step, which a data source cannot do.)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from studio.core.errors import DataError

# The parts, in the order they are applied, with their strength when only the name is given.
DEFAULTS = {"flip": 0.5, "crop": 0.85, "rotate": 10.0, "translate": 0.1, "colour": 0.2}
ALIASES = {"color": "colour", "rotation": "rotate", "translation": "translate", "jitter": "colour"}
HELP = ("comma-separated parts, each with an optional strength: flip[=p] (mirror left-right with "
        "probability p, 0.5), crop[=s] (random crop of at least s of the side, resized back, 0.85), "
        "rotate[=deg] (±10°), translate[=f] (shift by up to f of the side, 0.1), colour[=j] (brightness, "
        "contrast and saturation ±j, 0.2); e.g. flip,rotate=15,colour")


@dataclass(frozen=True)
class Augmentation:
    """A chain of random picture transforms (see the module's docstring); ``parts`` maps name -> strength."""

    parts: tuple[tuple[str, float], ...]

    @classmethod
    def parse(cls, text: str | None) -> "Augmentation | None":
        """"flip,rotate=15,colour" -> an Augmentation; None for "", "none" or "off"."""
        text = (text or "").strip().lower()
        if text in ("", "none", "off"):
            return None
        found: dict[str, float] = {}
        for item in text.split(","):
            name, _, value = item.strip().partition("=")
            name = ALIASES.get(name.strip(), name.strip())
            if name not in DEFAULTS:
                raise DataError(f"'{name}' is not an augmentation; use {', '.join(DEFAULTS)}.")
            try:
                strength = float(value) if value.strip() else DEFAULTS[name]
            except ValueError:
                raise DataError(f"The strength of '{name}' must be a number; got '{value}'.") from None
            limits = {"flip": (0, 1), "crop": (0.3, 1), "rotate": (0, 180), "translate": (0, 0.5), "colour": (0, 1)}
            lo, hi = limits[name]
            if not lo <= strength <= hi:
                raise DataError(f"The strength of '{name}' must be between {lo:g} and {hi:g}; got {strength:g}.")
            found[name] = strength
        return cls(tuple((n, found[n]) for n in DEFAULTS if n in found))

    def describe(self) -> str:
        return ",".join(f"{n}={v:g}" for n, v in self.parts)

    def __call__(self, pixels: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """Augment a batch of uint8 (B, C, H, W) pictures; returns a new array of the same shape and type."""
        out = np.empty_like(pixels)
        for i, pic in enumerate(pixels):
            out[i] = self.one(pic, rng)
        return out

    def one(self, pic: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """One (C, H, W) uint8 picture."""
        c, h, w = pic.shape
        strengths = dict(self.parts)
        img = pic.transpose(1, 2, 0)                                                 # (H, W, C)
        if "flip" in strengths and rng.random() < strengths["flip"]:
            img = img[:, ::-1]
        geometric = {k: strengths[k] for k in ("crop", "rotate", "translate") if k in strengths}
        if geometric:
            img = _geometric(img, geometric, rng)
        if "colour" in strengths:
            img = _colour(img, strengths["colour"], rng)
        return np.ascontiguousarray(img.transpose(2, 0, 1)).reshape(c, h, w)


def _geometric(img: np.ndarray, parts: dict, rng: np.random.Generator) -> np.ndarray:
    """Crop, rotation and translation as one affine resampling (one interpolation, not three)."""
    h, w = img.shape[:2]
    scale = 1.0
    if "crop" in parts:
        scale = rng.uniform(parts["crop"], 1.0)              # the crop's side, as a share of the picture's
    angle = np.deg2rad(rng.uniform(-parts["rotate"], parts["rotate"])) if "rotate" in parts else 0.0
    # Where the crop's centre may lie so that it stays inside, plus the asked translation.
    room = (1.0 - scale) / 2.0
    t = parts.get("translate", 0.0)
    dx = rng.uniform(-room - t, room + t) * w
    dy = rng.uniform(-room - t, room + t) * h
    # The inverse map (output pixel -> input pixel) that PIL's AFFINE transform takes.
    cos, sin = np.cos(angle) * scale, np.sin(angle) * scale
    cx, cy = w / 2.0, h / 2.0
    a, b = cos, -sin
    d, e = sin, cos
    c0 = cx + dx - a * cx - b * cy
    f0 = cy + dy - d * cx - e * cy
    from PIL import Image   # here: `studio --help` and every other command import this module for HELP

    mode_img = Image.fromarray(img[:, :, 0] if img.shape[2] == 1 else img)
    # Edges are filled with the picture's border colour (its mean over the border), not black.
    border = np.concatenate([img[0], img[-1], img[:, 0], img[:, -1]]).mean(0)
    fill = int(border[0]) if img.shape[2] == 1 else tuple(int(v) for v in border)
    out = mode_img.transform((w, h), Image.Transform.AFFINE, (a, b, c0, d, e, f0),
                             resample=Image.Resampling.BILINEAR, fillcolor=fill)
    arr = np.asarray(out)
    return arr[:, :, None] if arr.ndim == 2 else arr


def _colour(img: np.ndarray, jitter: float, rng: np.random.Generator) -> np.ndarray:
    """Brightness, contrast and (colour pictures) saturation, each by a factor in 1 ± jitter."""
    x = img.astype(np.float32)
    x = x * rng.uniform(1 - jitter, 1 + jitter)                                      # brightness
    mean = x.mean()
    x = (x - mean) * rng.uniform(1 - jitter, 1 + jitter) + mean                      # contrast
    if x.shape[2] == 3:
        grey = x.mean(axis=2, keepdims=True)
        x = (x - grey) * rng.uniform(1 - jitter, 1 + jitter) + grey                  # saturation
    return np.clip(x + 0.5, 0, 255).astype(np.uint8)


def batch_rng(seed: int, idx: np.ndarray) -> np.random.Generator:
    """The random generator of one batch: from the run's seed and the batch's items, so that a resumed run
    (which draws the same batches again) draws the same augmentations too."""
    idx = np.asarray(idx, dtype=np.int64).reshape(-1)
    return np.random.default_rng([int(seed) & 0xFFFFFFFF, len(idx), *map(int, idx[:16])])


def preview(images: np.ndarray, augmentation: Augmentation | None, copies: int = 7, seed: int = 0) -> np.ndarray:
    """Rows of one original picture followed by ``copies`` augmented versions: (rows, 1 + copies, C, H, W)
    uint8 for (N, C, H, W) uint8 ``images`` (one row each)."""
    rng = np.random.default_rng(seed)
    rows = []
    for pic in images:
        versions = [pic] + [augmentation.one(pic, rng) if augmentation else pic for _ in range(copies)]
        rows.append(np.stack(versions))
    return np.stack(rows)
