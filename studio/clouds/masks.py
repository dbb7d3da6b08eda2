"""Cloud shapes: an icon or an image binarised into "words go here", fitted to the canvas.

word_cloud only keeps words off pixels that are exactly 255 (white), so a JPEG's 254-grey background
or a transparent PNG gives a full rectangle there (word_cloud issues #532, #567). Here every image is
first turned into a clean yes/no shape: transparency decides when the image has any, otherwise
near-white counts as outside.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter, UnidentifiedImageError

from studio.core.errors import DataError

# Pixels lighter than this (0..255 luminance) count as background in an image without transparency.
WHITE_THRESHOLD = 235
# A shape must cover at least this fraction of the canvas for words to fit in it.
MIN_COVERAGE = 0.005


def is_picture(path: str | os.PathLike | None) -> bool:
    """True when ``path`` is a file Pillow recognises as a picture (reads the header only)."""
    if not path or not Path(path).is_file():
        return False
    try:
        with Image.open(path):
            return True
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        return False


def load_mask_image(path: str | os.PathLike) -> Image.Image:
    path = Path(path).expanduser()
    if path.is_dir():
        raise DataError(f"'{path}' is a folder; choose a picture for the mask (a .png or .jpg).")
    if not path.is_file():
        raise DataError(f"The mask image '{path}' was not found.")
    try:
        with Image.open(path) as image:
            image.load()
            return image.copy()
    except Image.DecompressionBombError:
        raise DataError(f"'{path.name}' is too large a picture to use as a mask (over "
                        f"{2 * (Image.MAX_IMAGE_PIXELS or 0):,} pixels); use a smaller copy of it.") from None
    except (UnidentifiedImageError, OSError) as exc:
        raise DataError(f"'{path.name}' is not an image that can be opened (use a PNG or JPEG).") from exc


def shape_from_image(image: Image.Image, invert: bool = False, threshold: int = WHITE_THRESHOLD) -> np.ndarray:
    """A boolean array, True where words may go: opaque pixels, or (without transparency) non-white ones."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    if has_alpha:
        alpha = np.asarray(image.convert("RGBA").getchannel("A"))
        if alpha.min() < 128:  # some transparency: that is the shape
            inside = alpha >= 128
            return ~inside if invert else inside
    grey = np.asarray(image.convert("L"))
    inside = grey < threshold
    return ~inside if invert else inside


def fit_shape(inside: np.ndarray, width: int, height: int) -> np.ndarray:
    """The shape scaled to fit ``width`` x ``height`` keeping its proportions, centred, outside elsewhere."""
    h, w = inside.shape
    scale = min(width / w, height / h)
    new_w, new_h = max(1, round(w * scale)), max(1, round(h * scale))
    resized = Image.fromarray(inside.astype(np.uint8) * 255).resize((new_w, new_h), Image.Resampling.BILINEAR)
    canvas = np.zeros((height, width), dtype=bool)
    top, left = (height - new_h) // 2, (width - new_w) // 2
    canvas[top:top + new_h, left:left + new_w] = np.asarray(resized) >= 128
    return canvas


def check_shape(inside: np.ndarray, what: str = "The mask image") -> None:
    if inside.mean() < MIN_COVERAGE:
        raise DataError(f"{what} has no shape for the words: it is all white or transparent. "
                        "Use an image with a dark or opaque shape on a white or transparent background.")


def wordcloud_mask(inside: np.ndarray) -> np.ndarray:
    """word_cloud's mask convention: 255 where words may not go, 0 where they may."""
    return np.where(inside, 0, 255).astype(np.uint8)


def contour_layer(inside: np.ndarray, width: float, color: tuple[int, int, int]) -> Image.Image:
    """An RGBA image with a line of about ``width`` pixels around the outside of the shape."""
    shape = Image.fromarray(inside.astype(np.uint8) * 255)
    # A Gaussian blur then a low threshold widens the shape by about 2 sigma in time linear in the
    # pixels (a max filter of that width would be quadratic in it).
    grown = np.asarray(shape.filter(ImageFilter.GaussianBlur(radius=max(0.5, width / 2)))) > 6
    ring = grown & ~inside
    layer = np.zeros(inside.shape + (4,), dtype=np.uint8)
    layer[ring] = (*color, 255)
    return Image.fromarray(layer, "RGBA")
