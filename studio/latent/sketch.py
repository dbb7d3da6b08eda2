"""Turning a sketch into an input the model knows: downscaling and MNIST-style framing (no Qt)."""

from __future__ import annotations

import numpy as np
from PIL import Image


def downscale(canvas: np.ndarray, height: int, width: int) -> np.ndarray:
    """(H', W') floats in [0, 1] -> (height, width) by area averaging (no aliasing of thin strokes)."""
    img = Image.fromarray(np.asarray(canvas, np.float32), mode="F")
    return np.asarray(img.resize((width, height), Image.Resampling.BOX), dtype=np.float32)


def frame_like_mnist(canvas: np.ndarray, height: int, width: int, box: float = 20 / 28) -> np.ndarray:
    """Frame a drawing as MNIST frames its digits: fit the ink's bounding box into a box of ``box`` times
    the picture's side (keeping its aspect ratio) and put its centre of mass at the picture's centre.

    A sketch drawn small in a corner then looks like the training images, which are framed this way.
    Returns (height, width) floats in [0, 1]; a blank canvas gives a blank picture.
    """
    canvas = np.asarray(canvas, np.float32)
    ys, xs = np.nonzero(canvas > 0.05)
    if len(ys) == 0:
        return np.zeros((height, width), np.float32)
    crop = canvas[ys.min():ys.max() + 1, xs.min():xs.max() + 1]
    ch, cw = crop.shape
    target = box * min(height, width)
    scale = target / max(ch, cw)
    nh, nw = max(1, int(round(ch * scale))), max(1, int(round(cw * scale)))
    small = np.asarray(Image.fromarray(crop, mode="F").resize((nw, nh), Image.Resampling.BOX), np.float32)
    out = np.zeros((height, width), np.float32)
    total = small.sum()
    if total <= 0:
        return out
    cy = (small.sum(axis=1) * np.arange(nh)).sum() / total
    cx = (small.sum(axis=0) * np.arange(nw)).sum() / total
    top = int(round((height - 1) / 2 - cy))
    left = int(round((width - 1) / 2 - cx))
    # Paste with clipping, in case the centre of mass sits far from the box's middle.
    y0, x0 = max(0, top), max(0, left)
    y1, x1 = min(height, top + nh), min(width, left + nw)
    if y1 > y0 and x1 > x0:
        out[y0:y1, x0:x1] = small[y0 - top:y1 - top, x0 - left:x1 - left]
    return np.clip(out, 0.0, 1.0)


def sketch_to_input(canvas: np.ndarray, image_shape: tuple[int, int, int], frame: bool = True) -> np.ndarray:
    """A (H', W') sketch (white ink on black, in [0, 1]) -> a (C, H, W) model input in [0, 1]."""
    c, h, w = image_shape
    pic = frame_like_mnist(canvas, h, w) if frame else downscale(canvas, h, w)
    return np.repeat(pic[None], c, axis=0).astype(np.float32)
