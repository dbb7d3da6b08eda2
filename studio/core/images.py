"""Small image helpers (no torchvision): grids of pictures and PNG output."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from studio.core import atomic


def to_uint8(images: np.ndarray) -> np.ndarray:
    """(N, C, H, W) floats in [0, 1] -> (N, H, W, C) uint8."""
    arr = np.clip(np.asarray(images, dtype=np.float32), 0.0, 1.0)
    return (arr.transpose(0, 2, 3, 1) * 255.0 + 0.5).astype(np.uint8)


def make_grid(rows: list[np.ndarray], pad: int = 2, background: int = 40) -> np.ndarray:
    """Lay out rows of (N, C, H, W) images in [0, 1] as one (H', W', 3) uint8 picture."""
    rows = [r for r in rows if r is not None and len(r)]
    if not rows:
        return np.zeros((1, 1, 3), dtype=np.uint8)
    n = max(len(r) for r in rows)
    _, c, h, w = rows[0].shape
    out = np.full((pad + len(rows) * (h + pad), pad + n * (w + pad), 3), background, dtype=np.uint8)
    for i, row in enumerate(rows):
        pics = to_uint8(row)
        if pics.shape[-1] == 1:
            pics = np.repeat(pics, 3, axis=-1)
        for j, pic in enumerate(pics):
            y, x = pad + i * (h + pad), pad + j * (w + pad)
            out[y:y + h, x:x + w] = pic[:, :, :3]
    return out


def save_png(path: str | Path, picture: np.ndarray, scale: int = 1, text: dict[str, str] | None = None) -> None:
    """Save an (H, W) or (H, W, 3|4) uint8 picture as PNG, enlarged ``scale`` times (nearest neighbour);
    ``text`` goes into the PNG's text fields."""
    from PIL.PngImagePlugin import PngInfo

    img = Image.fromarray(picture)
    if scale > 1:
        img = img.resize((img.width * scale, img.height * scale), Image.Resampling.NEAREST)
    info = PngInfo()
    for key, value in (text or {}).items():
        info.add_itxt(key, value)
    with atomic.atomic_path(path) as tmp:
        img.save(tmp, format="PNG", pnginfo=info)
