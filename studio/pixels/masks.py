"""Which pixels a completion hides: named regions, a mask picture of one's own, and pictures to complete.

A mask is an (H, W) boolean array, True where the model draws new pixels; everything else is kept exactly.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from studio.core.errors import StudioError

# Named regions, in the order the app offers them.
NAMED_MASKS = ("bottom-half", "top-half", "left-half", "right-half", "centre")
MASK_TITLES = {"bottom-half": "Lower half", "top-half": "Upper half", "left-half": "Left half",
               "right-half": "Right half", "centre": "Centre square"}


def named_mask(name: str, height: int, width: int) -> np.ndarray:
    """The (H, W) mask of a named region (see NAMED_MASKS)."""
    hidden = np.zeros((height, width), bool)
    if name == "bottom-half":
        hidden[height // 2:] = True
    elif name == "top-half":
        hidden[:height // 2] = True
    elif name == "left-half":
        hidden[:, :width // 2] = True
    elif name == "right-half":
        hidden[:, width // 2:] = True
    elif name in ("centre", "center"):
        hh, hw = max(1, height // 2), max(1, width // 2)
        top, left = (height - hh) // 2, (width - hw) // 2
        hidden[top:top + hh, left:left + hw] = True
    else:
        raise StudioError(f"There is no mask called '{name}'; use one of {', '.join(NAMED_MASKS)}, "
                          f"or a picture file whose white part is hidden.")
    return hidden


def mask_from_picture(path: str | Path, height: int, width: int) -> np.ndarray:
    """A mask drawn as a picture: its light pixels (over half brightness) are hidden; resized to H×W."""
    pic = read_picture(path, 1, height, width, resample="nearest")
    hidden = pic[0] > 0.5
    if not hidden.any():
        raise StudioError(f"The mask '{Path(path).name}' hides nothing: paint the part to complete in white.")
    return hidden


def mask(spec: str, height: int, width: int) -> np.ndarray:
    """A named region or a mask picture's path."""
    if spec in NAMED_MASKS or spec == "center":
        return named_mask(spec, height, width)
    if Path(spec).expanduser().is_file():
        return mask_from_picture(Path(spec).expanduser(), height, width)
    return named_mask(spec, height, width)     # raises with the list of names


def read_picture(path: str | Path, channels: int, height: int, width: int, resample: str = "box") -> np.ndarray:
    """A picture file as (C, H, W) floats in [0, 1], in the model's channels and size.

    Grey for one channel, RGB for three; a picture of another size is resized to fit (area averaging, so
    that a large drawing shrinks without aliasing). Transparent parts count as black.
    """
    from PIL import Image, UnidentifiedImageError

    path = Path(path).expanduser()
    if not path.is_file():
        raise StudioError(f"There is no picture at '{path}'.")
    try:
        with Image.open(path) as img:
            img.load()
            if img.mode in ("RGBA", "LA", "P") and "transparency" in img.info or img.mode in ("RGBA", "LA"):
                background = Image.new("RGBA", img.size, (0, 0, 0, 255))
                img = Image.alpha_composite(background, img.convert("RGBA"))
            img = img.convert("L" if channels == 1 else "RGB")
    except (UnidentifiedImageError, OSError) as exc:
        raise StudioError(f"'{path.name}' is not a picture the studio can read ({exc}).") from None
    if img.size != (width, height):
        method = Image.Resampling.NEAREST if resample == "nearest" else Image.Resampling.BOX
        img = img.resize((width, height), method)
    arr = np.asarray(img, np.float32) / 255.0
    return arr[None] if arr.ndim == 2 else arr.transpose(2, 0, 1)


def shown_masked(image: np.ndarray, hidden: np.ndarray) -> np.ndarray:
    """(C, H, W) -> the same picture with its hidden part shown as a mid-grey veil (for people, not the model)."""
    out = np.array(image, np.float32, copy=True)
    out[:, hidden] = 0.5 * out[:, hidden] + 0.25
    return out
