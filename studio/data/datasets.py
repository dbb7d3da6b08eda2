"""Image datasets held in memory as uint8 arrays, with labels and a train/validation split."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from studio.core.errors import DataError


@dataclass
class ImageDataset:
    """Images as uint8 ``(N, C, H, W)``, integer labels ``(N,)`` (-1 where unknown) and label names."""

    name: str
    images: np.ndarray
    labels: np.ndarray
    label_names: list[str]
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.images.ndim == 3:  # (N, H, W) grey images
            self.images = self.images[:, None]
        if self.images.ndim != 4 or self.images.dtype != np.uint8:
            raise DataError(f"The images of '{self.name}' must be 8-bit pictures; got shape "
                            f"{self.images.shape} of {self.images.dtype}.")
        if len(self.images) == 0:
            raise DataError(f"The dataset '{self.name}' has no images.")
        self.labels = np.asarray(self.labels, dtype=np.int64).reshape(-1)
        if len(self.labels) != len(self.images):
            raise DataError(f"The dataset '{self.name}' has {len(self.images)} images but "
                            f"{len(self.labels)} labels.")

    def __len__(self) -> int:
        return len(self.images)

    @property
    def image_shape(self) -> tuple[int, int, int]:
        c, h, w = self.images.shape[1:]
        return int(c), int(h), int(w)

    def subset(self, index: np.ndarray, name: str | None = None) -> "ImageDataset":
        # The notes (pictures skipped, converted) describe where the images came from: they stay.
        return ImageDataset(name or self.name, self.images[index], self.labels[index], self.label_names,
                            list(self.notes))


@dataclass
class DatasetSplit:
    """A dataset cut into the part the model learns from and the part it is checked on."""

    train: ImageDataset
    val: ImageDataset

    @property
    def image_shape(self) -> tuple[int, int, int]:
        return self.train.image_shape

    @property
    def label_names(self) -> list[str]:
        return self.train.label_names


def split_indices(n: int, val_fraction: float, seed: int, name: str = "dataset") -> tuple[np.ndarray, np.ndarray]:
    """(training, validation) item indices, each sorted, from a seeded permutation: the same seed always
    gives the same validation items, whether the data are in memory or read from a folder."""
    if not 0.0 < val_fraction < 1.0:
        raise DataError("The validation share must be between 0 and 1 (for example 0.1).")
    if n < 2:
        raise DataError(f"The dataset '{name}' needs at least two images to split.")
    order = np.random.default_rng(seed).permutation(n)
    n_val = min(n - 1, max(1, int(round(n * val_fraction))))
    return np.sort(order[n_val:]), np.sort(order[:n_val])


def random_split(dataset: ImageDataset, val_fraction: float = 0.1, seed: int = 0) -> DatasetSplit:
    """Split with a seeded permutation so the same seed always gives the same validation images."""
    train, val = split_indices(len(dataset), val_fraction, seed, dataset.name)
    return DatasetSplit(train=dataset.subset(train, dataset.name), val=dataset.subset(val, dataset.name))
