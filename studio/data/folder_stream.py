"""A folder of pictures read as training goes: decoded in a background thread, never held whole.

Only the list of files, their labels and the size to train at are kept. Each batch is decoded (and
converted, resized) by a thread a few batches ahead of the trainer, so that the folder can be larger
than the memory, and the decoding overlaps the training steps.
"""

from __future__ import annotations

import queue
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
from PIL import Image, UnidentifiedImageError

from studio.core.errors import DataError
from studio.data.augment import batch_rng
from studio.data.datasets import split_indices
from studio.data.sources import DataSpec, SourceSplit

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff"}
GREY_MODES = ("1", "L", "LA", "I", "I;16", "F")
PREFETCH_BATCHES = 3


def list_images(folder: Path) -> list[tuple[Path, str | None]]:
    """(file, label) for pictures in sub-folders named after their labels, then loose ones (no label)."""
    if not folder.is_dir():
        raise DataError(f"The folder '{folder}' does not exist.")
    entries: list[tuple[Path, str | None]] = []
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
        entries += [(f, sub.name) for f in sorted(sub.rglob("*")) if f.suffix.lower() in IMAGE_SUFFIXES]
    entries += [(f, None) for f in sorted(folder.iterdir()) if f.is_file() and f.suffix.lower() in IMAGE_SUFFIXES]
    if not entries:
        raise DataError(f"The folder '{folder}' has no images (looked for {', '.join(sorted(IMAGE_SUFFIXES))}, "
                        "also in sub-folders named after their labels).")
    return entries


FITS = ("crop", "pad", "stretch")
COLOURS = ("auto", "rgb", "grey")


@dataclass(frozen=True)
class FolderOptions:
    """How a folder's pictures become training images: the side to train at (None: the most common size,
    shrunk to the default largest side), how a picture of another shape fits ("crop": centre-crop, "pad":
    letterbox on black, "stretch"), and colour ("auto": grey when every picture is grey)."""

    size: int | None = None
    fit: str = "crop"
    colour: str = "auto"

    def __post_init__(self) -> None:
        if self.size is not None and not 8 <= int(self.size) <= 1024:
            raise DataError(f"The picture size must be between 8 and 1024 pixels; got {self.size}.")
        if self.fit not in FITS:
            raise DataError(f"The fit must be one of {', '.join(FITS)}; got '{self.fit}'.")
        if self.colour not in COLOURS:
            raise DataError(f"The colour must be one of {', '.join(COLOURS)}; got '{self.colour}'.")

    @classmethod
    def from_dict(cls, data: dict | None) -> "FolderOptions":
        data = dict(data or {})
        size = data.get("size")
        return cls(int(size) if size not in (None, "", 0) else None, str(data.get("fit") or "crop"),
                   str(data.get("colour") or "auto"))

    def mode(self, modes: Counter | set) -> str:
        """"L" or "RGB" for pictures of these modes (grey modes counted as "L")."""
        if self.colour == "rgb":
            return "RGB"
        if self.colour == "grey":
            return "L"
        return "L" if set(modes) <= {"L"} else "RGB"


def target_size(sizes: Counter, max_side: int, options: FolderOptions | None = None) -> tuple[int, int]:
    """The size to train at: ``options.size`` squared, else the most common (width, height) shrunk to fit
    ``max_side``."""
    if options is not None and options.size:
        return (options.size, options.size)
    size = sizes.most_common(1)[0][0]
    if max(size) > max_side:
        scale = max_side / max(size)
        size = (max(1, round(size[0] * scale)), max(1, round(size[1] * scale)))
    return size


def _fit(picture: Image.Image, size: tuple[int, int], fit: str) -> Image.Image:
    """Resize to ``size``: stretched, centre-cropped to its aspect first, or letterboxed on black."""
    if picture.size == size:
        return picture
    w, h = picture.size
    if fit == "crop":
        scale = max(size[0] / w, size[1] / h)
        cw, ch = min(w, round(size[0] / scale)), min(h, round(size[1] / scale))
        left, top = (w - cw) // 2, (h - ch) // 2
        return picture.resize(size, Image.Resampling.LANCZOS, box=(left, top, left + cw, top + ch))
    if fit == "pad":
        scale = min(size[0] / w, size[1] / h)
        inner = (max(1, round(w * scale)), max(1, round(h * scale)))
        canvas = Image.new(picture.mode, size, 0)
        canvas.paste(picture.resize(inner, Image.Resampling.LANCZOS),
                     ((size[0] - inner[0]) // 2, (size[1] - inner[1]) // 2))
        return canvas
    return picture.resize(size, Image.Resampling.LANCZOS)


def to_array(picture: Image.Image, mode: str, size: tuple[int, int], fit: str = "stretch") -> np.ndarray:
    """A picture as uint8 (C, H, W) in ``mode`` ("L" or "RGB") at ``size`` (width, height), fitted as ``fit``
    says; transparency on white."""
    if picture.mode in ("RGBA", "LA", "P") and mode == "RGB":
        picture = picture.convert("RGBA")
        flat = Image.new("RGBA", picture.size, (255, 255, 255, 255))
        picture = Image.alpha_composite(flat, picture)
    picture = _fit(picture.convert(mode), size, fit)
    a = np.asarray(picture, dtype=np.uint8)
    return a[None] if a.ndim == 2 else a.transpose(2, 0, 1)


class StreamingImageFolder:
    """A DataSource over picture files; see the module's docstring."""

    def __init__(self, name: str, files: list[Path], labels: np.ndarray, label_names: list[str], mode: str,
                 size: tuple[int, int], notes: list[str] | None = None, augment=None, seed: int = 0,
                 fit: str = "stretch") -> None:
        self.name = name
        self.files = list(files)
        self.labels = np.asarray(labels, dtype=np.int64)
        self.mode = mode
        self.size = size
        self.notes = list(notes or [])
        channels = 1 if mode == "L" else 3
        self.spec = DataSpec.images((channels, size[1], size[0]), label_names)
        self.failed_reads = 0
        # augment(pixels (B, C, H, W) uint8, rng) -> pixels of the same shape: run in the decoding thread,
        # so that augmenting costs the training steps nothing (e.g. ``random_flip``).
        self.augment = augment
        self.seed = seed
        self.fit = fit

    def __len__(self) -> int:
        return len(self.files)

    def decode(self, idx: np.ndarray) -> np.ndarray:
        """The pictures ``idx`` as uint8 (B, C, H, W); one that no longer reads is left black (and counted)."""
        c, h, w = self.spec.image_shape
        out = np.zeros((len(idx), c, h, w), dtype=np.uint8)
        for row, i in enumerate(idx):
            try:
                with Image.open(self.files[int(i)]) as im:
                    out[row] = to_array(im, self.mode, self.size, self.fit)
            except (UnidentifiedImageError, OSError, ValueError):
                self.failed_reads += 1
        return out

    def batches(self, index_batches: Iterable[np.ndarray], device) -> Iterator[dict]:
        import torch

        order = [np.asarray(idx) for idx in index_batches]
        ready: queue.Queue = queue.Queue(maxsize=PREFETCH_BATCHES)
        done = threading.Event()

        def produce() -> None:
            try:
                for idx in order:
                    if done.is_set():
                        return
                    pixels = self.decode(idx)
                    if self.augment is not None:
                        # Seeded by the batch's items: a resumed run draws the same augmentations.
                        pixels = self.augment(pixels, batch_rng(self.seed, idx))
                    item = (idx, pixels)
                    while not done.is_set():
                        try:
                            ready.put(item, timeout=0.1)
                            break
                        except queue.Full:
                            continue
            except BaseException as exc:  # noqa: BLE001 - handed to the trainer's thread to raise there
                ready.put(exc)

        thread = threading.Thread(target=produce, name="studio-decode", daemon=True)
        thread.start()
        try:
            for _ in order:
                item = ready.get()
                if isinstance(item, BaseException):
                    raise item
                idx, pixels = item
                x = torch.from_numpy(pixels).to(device, non_blocking=True).float().div_(255.0)  # (B, C, H, W)
                yield {"image": x, "label": torch.from_numpy(self.labels[idx]).to(device)}
        finally:
            done.set()
            thread.join(5)


def random_flip(pixels: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Mirror each picture left to right with probability 1/2 (an augmentation for ``augment``)."""
    flip = rng.random(len(pixels)) < 0.5
    pixels[flip] = pixels[flip, :, :, ::-1]
    return pixels


def open_folder_stream(folder: Path, max_side: int, val_fraction: float, seed: int,
                       options: FolderOptions | None = None, augment=None) -> SourceSplit:
    """A streaming split of a folder: the headers are read now (sizes, modes), the pixels while training.
    ``augment`` (e.g. an ``Augmentation``) is applied to the training part only."""
    options = options or FolderOptions(fit="stretch")
    entries = list_images(folder)
    files, labels_text, sizes, modes = [], [], Counter(), Counter()
    unreadable = 0
    for path, label in entries:
        try:
            with Image.open(path) as im:      # reads the header only
                sizes[im.size] += 1
                modes["L" if im.mode in GREY_MODES else "RGB"] += 1
        except (UnidentifiedImageError, OSError, ValueError):
            unreadable += 1
            continue
        files.append(path)
        labels_text.append(label)
    if not files:
        raise DataError(f"None of the {len(entries)} image files in '{folder}' could be read.")
    mode = options.mode(set(modes))
    size = target_size(sizes, max_side, options)
    notes = [f"{len(files):,} pictures are read from the folder while training, not loaded at once."]
    if unreadable:
        notes.append(f"{unreadable} file(s) could not be read and were skipped.")
    names = sorted({t for t in labels_text if t is not None})
    index = {n: i for i, n in enumerate(names)}
    labels = np.array([index[t] if t is not None else -1 for t in labels_text], dtype=np.int64)
    parts = []
    for k, chosen in enumerate(split_indices(len(files), val_fraction, seed, folder.name)):
        parts.append(StreamingImageFolder(folder.name, [files[i] for i in chosen], labels[chosen], names, mode,
                                          size, notes, augment if k == 0 else None, seed, options.fit))
    return SourceSplit(parts[0], parts[1])
