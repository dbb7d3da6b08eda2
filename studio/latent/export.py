"""Writing what the explorer shows: single images, strips and grids as PNG, interpolations as animated GIF.

Every file goes through the output guard (studio.core.outputs): never over a file of the run it shows
(``inputs``), over an existing file only with ``overwrite``, written to a temporary file renamed into
place, so a failed export never leaves half a file.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from studio.core.errors import StudioError
from studio.core.images import make_grid, to_uint8
from studio.core.outputs import output_file


def to_picture(image: np.ndarray) -> np.ndarray:
    """One image (C, H, W) or (H, W, C) or (H, W) in [0, 1] -> (H, W) or (H, W, 3) uint8."""
    arr = np.asarray(image, dtype=np.float32)
    if arr.ndim == 3 and arr.shape[0] in (1, 3) and arr.shape[-1] not in (1, 3):
        arr = arr.transpose(1, 2, 0)                                          # (H, W, C)
    if arr.ndim == 3 and arr.shape[-1] == 1:
        arr = arr[:, :, 0]
    return (np.clip(arr, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)


def strip_picture(images: np.ndarray, pad: int = 2) -> np.ndarray:
    """(N, C, H, W) in [0, 1] -> one (H', W', 3) uint8 row of pictures with thin gaps."""
    return make_grid([np.asarray(images, np.float32)], pad=pad)


def _check_scale(scale: int) -> int:
    scale = int(scale)
    if not 1 <= scale <= 64:
        raise StudioError("The export scale must be between 1 and 64.")
    return scale


def _image(picture: np.ndarray, scale: int) -> Image.Image:
    img = Image.fromarray(picture)
    if scale > 1:
        # Nearest neighbour keeps 28×28 digits crisp instead of blurring them.
        img = img.resize((img.width * scale, img.height * scale), Image.Resampling.NEAREST)
    return img


def _suffix(path: Path, expected: str) -> Path:
    path = Path(path)
    if path.suffix.lower() != expected:
        raise StudioError(f"'{path.name}' should end in {expected}.")
    return path


def save_image_png(path: str | Path, image: np.ndarray, scale: int = 8, overwrite: bool = False,
                   inputs=()) -> Path:
    """Save one decoded image (C, H, W) in [0, 1] as PNG, enlarged ``scale`` times."""
    path = _suffix(Path(path), ".png")
    img = _image(to_picture(image), _check_scale(scale))
    _write(path, img, "PNG", overwrite, inputs)
    return path


def save_strip_png(path: str | Path, images: np.ndarray, scale: int = 4, overwrite: bool = False,
                   inputs=()) -> Path:
    """Save (N, C, H, W) images in [0, 1] side by side as one PNG."""
    path = _suffix(Path(path), ".png")
    _write(path, _image(strip_picture(images), _check_scale(scale)), "PNG", overwrite, inputs)
    return path


def save_grid_png(path: str | Path, grid: np.ndarray, scale: int = 2, overwrite: bool = False,
                   inputs=()) -> Path:
    """Save a (H, W, C) float grid picture (as LatentSpace.decode_grid returns) as PNG."""
    path = _suffix(Path(path), ".png")
    _write(path, _image(to_picture(grid), _check_scale(scale)), "PNG", overwrite, inputs)
    return path


def save_gif(path: str | Path, images: np.ndarray, scale: int = 8, frame_ms: int = 80,
             bounce: bool = True, overwrite: bool = False, inputs=()) -> Path:
    """Save (N, C, H, W) images in [0, 1] as a looping animated GIF; ``bounce`` plays back and forth."""
    path = _suffix(Path(path), ".gif")
    scale = _check_scale(scale)
    frames = [_image(to_picture(im), scale) for im in np.asarray(images, np.float32)]
    if not frames:
        raise StudioError("There is nothing to animate.")
    if bounce and len(frames) > 2:
        frames = frames + frames[-2:0:-1]
    # GIF is palette based: grey pictures convert exactly, colour ones get an adaptive palette each.
    frames = [f.convert("L") if f.mode == "L" else f.convert("P", palette=Image.Palette.ADAPTIVE) for f in frames]
    with output_file(path, inputs, overwrite) as tmp:
        frames[0].save(tmp, format="GIF", save_all=True, append_images=frames[1:], duration=int(frame_ms),
                       loop=0, optimize=False, disposal=1)
    return path


def _write(path: Path, img: Image.Image, fmt: str, overwrite: bool, inputs) -> None:
    with output_file(path, inputs, overwrite) as tmp:
        img.save(tmp, format=fmt)


def run_inputs(run) -> list[tuple[Path, str]]:
    """The files of a run folder (checkpoints, run.json, samples), which no export may replace."""
    if run is None:
        return []
    root = Path(run.path)
    return [(p, f"a file of the run {root.name}") for p in sorted(root.rglob("*")) if p.is_file()]


def as_uint8_images(images: np.ndarray) -> np.ndarray:
    """(N, C, H, W) in [0, 1] -> (N, H, W, C) uint8 (re-exported for the GUI)."""
    return to_uint8(images)
