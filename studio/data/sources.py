"""Data sources: what the trainer reads batches from, for any kind of data.

A source describes itself with a :class:`DataSpec` (what one batch holds) and turns lists of item indices
into batches: dicts of tensors on the training device. The trainer owns the order (a seeded permutation,
so that a run resumes exactly); the source owns where the data live and how they are decoded.

- :class:`ImageSource`: images held in memory as uint8, copied to the device once when they fit there.
- :class:`SequenceSource`: token sequences of any length, padded per batch, with a padding mask.
- ``studio.data.folder_stream.StreamingImageFolder``: a folder of pictures decoded in a background
  thread as training goes, so that a folder larger than the memory trains.

Batches: images give ``{"image": (B, C, H, W) float in [0, 1], "label": (B,) int64 (-1: none)}``;
sequences give ``{"tokens": (B, L) int64, "mask": (B, L) bool (True: a real token), "label": (B,)}``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Iterator, Protocol, Sequence

import numpy as np

from studio.core.errors import DataError
from studio.data.datasets import ImageDataset

# In-memory data up to this size stay on the GPU for the whole run (no copy per batch); larger data stay
# on the host and each batch is copied over.
DEVICE_RESIDENT_BYTES = 1 << 30


@dataclass(frozen=True)
class DataSpec:
    """What a batch of a source holds. Models are built from this, never from a dataset itself."""

    kind: str                                    # "images" or "tokens"
    image_shape: tuple[int, int, int] | None = None   # images: (C, H, W)
    label_names: tuple[str, ...] = ()
    vocab_size: int = 0                          # tokens: ids are 0..vocab_size-1
    pad_id: int = 0                              # tokens: the id used for padding
    max_length: int = 0                          # tokens: the longest sequence
    extra: dict[str, Any] = field(default_factory=dict)  # anything a family needs (e.g. frames per second)

    @property
    def num_classes(self) -> int:
        return len(self.label_names)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["image_shape"] = list(self.image_shape) if self.image_shape else None
        out["label_names"] = list(self.label_names)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DataSpec":
        values = dict(data)
        if values.get("image_shape"):
            values["image_shape"] = tuple(int(v) for v in values["image_shape"])
        values["label_names"] = tuple(values.get("label_names") or ())
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in values.items() if k in known})

    @classmethod
    def images(cls, image_shape: Sequence[int], label_names: Sequence[str] = ()) -> "DataSpec":
        c, h, w = (int(v) for v in image_shape)
        return cls("images", (c, h, w), tuple(label_names))


class DataSource(Protocol):
    """The protocol every source follows (see the module's docstring)."""

    name: str
    spec: DataSpec
    notes: list[str]

    def __len__(self) -> int: ...

    def batches(self, index_batches: Iterable[np.ndarray], device) -> Iterator[dict]:
        """One batch dict per array of item indices, in that order, on ``device``."""
        ...


def index_batches(n: int, batch_size: int) -> list[np.ndarray]:
    """0..n-1 in order, cut into batches (validation and previews go through the data this way)."""
    return [np.arange(i, min(n, i + batch_size)) for i in range(0, n, batch_size)]


class ImageSource:
    """Images held in memory as uint8 ``(N, C, H, W)``, with their labels."""

    def __init__(self, dataset: ImageDataset, augment=None, seed: int = 0) -> None:
        self.dataset = dataset
        # augment(pixels (B, C, H, W) uint8, rng) -> the same shape (``studio.data.augment``), on the
        # training source only; seeded per batch from its items, so that a resumed run draws the same.
        self.augment = augment
        self.seed = seed
        self.name = dataset.name
        self.notes = list(dataset.notes)
        self.spec = DataSpec.images(dataset.image_shape, dataset.label_names)
        self._placed: tuple[str, Any, Any] | None = None   # (device, images, labels) as tensors

    def __len__(self) -> int:
        return len(self.dataset)

    def _tensors(self, device):
        import torch

        key = str(device)
        if self._placed is None or self._placed[0] != key:
            images = torch.from_numpy(self.dataset.images)
            labels = torch.from_numpy(self.dataset.labels)
            if torch.device(device).type == "cpu" or images.nbytes <= DEVICE_RESIDENT_BYTES:
                images, labels = images.to(device), labels.to(device)
            self._placed = (key, images, labels)
        return self._placed[1], self._placed[2]

    def batches(self, index_batches: Iterable[np.ndarray], device) -> Iterator[dict]:
        import torch

        images, labels = self._tensors(device)
        for idx in index_batches:
            idx_t = torch.as_tensor(idx, device=images.device)
            pixels = images[idx_t]
            if self.augment is not None:
                from studio.data.augment import batch_rng

                pixels = torch.from_numpy(self.augment(pixels.cpu().numpy(), batch_rng(self.seed, idx)))
            x = pixels.to(device, non_blocking=True).float().div_(255.0)          # (B, C, H, W) in [0, 1]
            yield {"image": x, "label": labels[idx_t].to(device, non_blocking=True)}


class SequenceSource:
    """Token sequences of any length (each a 1-D int array), padded per batch to its longest one."""

    def __init__(self, name: str, sequences: Sequence[np.ndarray], vocab_size: int, pad_id: int = 0,
                 labels: Sequence[int] | None = None, label_names: Sequence[str] = (),
                 extra: dict | None = None) -> None:
        if not sequences:
            raise DataError(f"The dataset '{name}' has no sequences.")
        self.name = name
        self.notes: list[str] = []
        self.sequences = [np.asarray(s, dtype=np.int64).reshape(-1) for s in sequences]
        if any(len(s) == 0 for s in self.sequences):
            raise DataError(f"The dataset '{name}' has an empty sequence.")
        top = max(int(s.max()) for s in self.sequences)
        if top >= vocab_size or min(int(s.min()) for s in self.sequences) < 0:
            raise DataError(f"The dataset '{name}' has token ids outside 0..{vocab_size - 1}.")
        self.labels = np.asarray(labels if labels is not None else [-1] * len(self.sequences), dtype=np.int64)
        self.spec = DataSpec("tokens", None, tuple(label_names), vocab_size, pad_id,
                             max(len(s) for s in self.sequences), dict(extra or {}))

    def __len__(self) -> int:
        return len(self.sequences)

    def batches(self, index_batches: Iterable[np.ndarray], device) -> Iterator[dict]:
        import torch

        for idx in index_batches:
            chosen = [self.sequences[int(i)] for i in idx]
            length = max(len(s) for s in chosen)
            tokens = np.full((len(chosen), length), self.spec.pad_id, dtype=np.int64)
            mask = np.zeros((len(chosen), length), dtype=bool)
            for row, seq in enumerate(chosen):
                tokens[row, :len(seq)] = seq
                mask[row, :len(seq)] = True
            yield {"tokens": torch.from_numpy(tokens).to(device),               # (B, L)
                   "mask": torch.from_numpy(mask).to(device),                   # (B, L)
                   "label": torch.from_numpy(self.labels[np.asarray(idx)]).to(device)}


@dataclass
class SourceSplit:
    """The part of the data the model learns from, and the part it is checked on."""

    train: DataSource
    val: DataSource

    @property
    def spec(self) -> DataSpec:
        return self.train.spec

    @property
    def notes(self) -> list[str]:
        return list(getattr(self.train, "notes", []) or [])


def as_sources(split) -> SourceSplit:
    """A SourceSplit from a SourceSplit, or from an in-memory DatasetSplit (wrapped in ImageSources)."""
    if isinstance(split, SourceSplit):
        return split
    return SourceSplit(ImageSource(split.train), ImageSource(split.val))
