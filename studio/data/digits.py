"""The built-in tables of data: the 1,797 handwritten 8×8 digits (also upscaled to MNIST's 28×28 layout, the
studio's default dataset) and the breast-cancer measurements the RBM-features page classifies.

Both are scikit-learn's copies of the UCI files (CC BY 4.0), shipped inside the studio as
``studio/assets/data/*.csv.gz`` (``DATA-LICENSE.txt`` beside them), so that the app needs neither
scikit-learn nor the SciPy it imports (3 s at start-up, and ~90 MB in the desktop bundle).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PIL import Image

from studio.core.errors import DataError
from studio.data.datasets import ImageDataset
from studio.resources import resource_path


@dataclass(frozen=True)
class Table:
    """A small labelled table: ``data`` (N, D) float64, ``target`` (N,) int64 and the classes' names."""

    data: np.ndarray
    target: np.ndarray
    target_names: tuple[str, ...]


def _data_file(name: str):
    path = resource_path("data", name)
    if not path.is_file():
        raise DataError(f"The studio's built-in data file {path} is missing; reinstall the studio.")
    return path


@lru_cache(maxsize=None)
def digits_table() -> Table:
    """The 8×8 digits as rows of 64 pixels (0..16), labels 0..9."""
    table = np.loadtxt(_data_file("digits.csv.gz"), delimiter=",", dtype=np.float64)   # (1797, 65)
    data, target = table[:, :64], table[:, 64].astype(np.int64)
    data.flags.writeable = target.flags.writeable = False        # cached: shared by every caller
    return Table(data, target, tuple(str(d) for d in range(10)))


@lru_cache(maxsize=None)
def breast_cancer_table() -> Table:
    """569 tumours, 30 measurements each; labels 0 malignant, 1 benign (named in the file's first line)."""
    path = _data_file("breast_cancer.csv.gz")
    import gzip

    with gzip.open(path, "rt", encoding="ascii") as f:
        header = f.readline().strip().split(",")          # "569,30,malignant,benign"
        table = np.loadtxt(f, delimiter=",", dtype=np.float64)                       # (569, 31)
    n, d = int(header[0]), int(header[1])
    if table.shape != (n, d + 1):
        raise DataError(f"The studio's built-in data file {path} is damaged; reinstall the studio.")
    data, target = table[:, :d], table[:, d].astype(np.int64)
    data.flags.writeable = target.flags.writeable = False
    return Table(data, target, tuple(header[2:]))


def load_digits_28() -> ImageDataset:
    """Load the 8×8 digits as 28×28 uint8 images in MNIST's layout.

    Each 8×8 image (values 0..16) is scaled to 0..255, enlarged to 20×20 with Pillow's bicubic filter
    (smooth strokes rather than blocky pixels; results clipped to 0..255 because bicubic overshoots),
    and centred in a 28×28 frame with a 4-pixel border, as MNIST centres its 20×20 digits.
    """
    table = digits_table()
    small = (table.data.reshape(-1, 8, 8) * (255.0 / 16.0)).astype(np.float32)  # (1797, 8, 8)
    out = np.zeros((len(small), 28, 28), dtype=np.uint8)
    for i, img in enumerate(small):
        big = Image.fromarray(img, mode="F").resize((20, 20), Image.Resampling.BICUBIC)
        out[i, 4:24, 4:24] = np.clip(np.asarray(big), 0, 255).round().astype(np.uint8)
    return ImageDataset("digits", out, table.target.copy(), list(table.target_names))
