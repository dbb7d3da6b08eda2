"""Importers for MNIST-format IDX files, image folders and .npz archives, and the one `load_dataset`.

Every importer answers bad input with a DataError sentence and only ever reads the user's files.
"""

from __future__ import annotations

import gzip
import struct
import zlib
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError

from studio.core.errors import DataError
from studio.data.datasets import DatasetSplit, ImageDataset, random_split
from studio.data.augment import Augmentation
from studio.data.folder_stream import (GREY_MODES, IMAGE_SUFFIXES, FolderOptions, list_images, open_folder_stream,
                                      target_size, to_array)
from studio.data.sources import ImageSource, SourceSplit

# IDX type codes (third byte of the magic number) and their numpy types; IDX is big-endian.
_IDX_TYPES = {0x08: np.uint8, 0x09: np.int8, 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}
# Larger pictures are shrunk to this side so that the models stay quick to train on a laptop.
MAX_SIDE = 64
# A folder whose decoded pictures would take more than this is read while training instead of at once.
STREAM_ABOVE_BYTES = 512 << 20


def read_idx(path: str | Path) -> np.ndarray:
    """Read an IDX file (raw or gzip-compressed) into an array of its stored shape."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(f"Could not read '{path.name}': {exc.strerror or exc}.") from None
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError, zlib.error):
            raise DataError(f"'{path.name}' is a damaged gzip file: it could not be decompressed.") from None
    if len(raw) < 4 or raw[0] != 0 or raw[1] != 0 or raw[2] not in _IDX_TYPES:
        raise DataError(f"'{path.name}' is not an IDX file (MNIST format): its header is wrong.")
    ndim = raw[3]
    if ndim == 0 or len(raw) < 4 + 4 * ndim:
        raise DataError(f"'{path.name}' is not a valid IDX file: its header is cut short.")
    shape = struct.unpack(f">{ndim}I", raw[4:4 + 4 * ndim])
    dtype = np.dtype(_IDX_TYPES[raw[2]])
    expected = int(np.prod(shape)) * dtype.itemsize
    body = raw[4 + 4 * ndim:]
    if len(body) != expected:
        raise DataError(f"'{path.name}' is damaged: its header promises {expected:,} bytes of data "
                        f"for shape {tuple(shape)} but it holds {len(body):,}.")
    return np.frombuffer(body, dtype=dtype).reshape(shape).copy()  # writable, owned by numpy


def _find_idx(folder: Path, prefix: str, kind: str) -> Path | None:
    for name in (f"{prefix}-{kind}-idx{3 if kind == 'images' else 1}-ubyte",
                 f"{prefix}-{kind}.idx{3 if kind == 'images' else 1}-ubyte"):
        for suffix in ("", ".gz"):
            candidate = folder / (name + suffix)
            if candidate.exists():
                return candidate
    return None


def load_idx_pair(images_path: Path, labels_path: Path | None, name: str) -> ImageDataset:
    images = read_idx(images_path)
    if images.ndim != 3:
        raise DataError(f"'{images_path.name}' holds {images.ndim}-dimensional data, not a stack of images.")
    images = _to_uint8(images, images_path.name)
    if labels_path is not None:
        labels = read_idx(labels_path).astype(np.int64).reshape(-1)
        if len(labels) != len(images):
            raise DataError(f"'{images_path.name}' has {len(images):,} images but '{labels_path.name}' has "
                            f"{len(labels):,} labels.")
    else:
        labels = np.full(len(images), -1, dtype=np.int64)
    names = [str(i) for i in range(int(labels.max()) + 1)] if labels.max() >= 0 else []
    return ImageDataset(name, images, labels, names)


def load_mnist_folder(folder: Path, val_fraction: float, seed: int) -> DatasetSplit:
    """A folder with MNIST's four files: train-* for training, t10k-* (the test set) for validation."""
    train_images = _find_idx(folder, "train", "images")
    if train_images is None:
        raise DataError(f"No MNIST file named 'train-images-idx3-ubyte(.gz)' was found in '{folder}'.")
    train = load_idx_pair(train_images, _find_idx(folder, "train", "labels"), folder.name)
    test_images = _find_idx(folder, "t10k", "images")
    if test_images is None:
        return random_split(train, val_fraction, seed)
    val = load_idx_pair(test_images, _find_idx(folder, "t10k", "labels"), folder.name)
    if val.image_shape != train.image_shape:
        raise DataError("The MNIST training and test images have different sizes.")
    return DatasetSplit(train, val)


def load_image_folder(folder: Path, max_side: int = MAX_SIDE, options: FolderOptions | None = None) -> ImageDataset:
    """Images in sub-folders named after their labels (or loose in the folder, unlabelled), in memory.

    Mixed modes are converted (to grey when every picture is grey, else to RGB, unless ``options`` say);
    pictures are brought to one size (``options``: the side, and crop, pad or stretch); the dataset's
    notes say how many were changed, skipped or much enlarged.
    """
    options = options or FolderOptions(fit="stretch")
    entries = list_images(folder)
    pictures: list[Image.Image] = []
    labels_text: list[str | None] = []
    unreadable: list[str] = []
    for path, label in entries:
        try:
            with Image.open(path) as im:
                im.load()
                pictures.append(im.copy())
                labels_text.append(label)
        except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
            unreadable.append(path.name)
    if not pictures:
        raise DataError(f"None of the {len(entries)} image files in '{folder}' could be read"
                        + (f" (for example '{unreadable[0]}')." if unreadable else "."))
    mode = options.mode({"L" if p.mode in GREY_MODES else "RGB" for p in pictures})
    size = target_size(Counter(p.size for p in pictures), max_side, options)
    notes = []
    converted = sum(1 for p in pictures if ("L" if p.mode in GREY_MODES else "RGB") != mode)
    resized = sum(1 for p in pictures if p.size != size)
    tiny = sum(1 for p in pictures if min(p.size) * 2 <= min(size))
    arrays = [to_array(p, mode, size, options.fit) for p in pictures]
    if converted:
        notes.append(f"{converted} image(s) were converted to {'grey' if mode == 'L' else 'colour (RGB)'}.")
    if resized:
        how = {"crop": "centre-cropped and resized", "pad": "resized and padded", "stretch": "resized"}[options.fit]
        notes.append(f"{resized} image(s) were {how} to {size[0]}×{size[1]}.")
    if tiny:
        notes.append(f"{tiny} image(s) are less than half the training size and were enlarged (they will "
                     "look blurred).")
    if unreadable:
        notes.append(f"{len(unreadable)} file(s) could not be read and were skipped "
                     f"(for example '{unreadable[0]}').")
    label_names = sorted({t for t in labels_text if t is not None})
    index = {n: i for i, n in enumerate(label_names)}
    labels = np.array([index[t] if t is not None else -1 for t in labels_text], dtype=np.int64)
    return ImageDataset(folder.name, np.stack(arrays), labels, label_names, notes)


def load_npz(path: Path) -> ImageDataset:
    """An .npz archive with images under 'images', 'x' or 'x_train' and labels under 'labels', 'y' or 'y_train'."""
    try:
        with open(path, "rb") as fh:
            magic = fh.read(4)
    except OSError as exc:
        raise DataError(f"Could not read '{path.name}': {exc.strerror or exc}.") from None
    if magic != b"PK\x03\x04":   # an .npz is a zip archive; anything else would be read as a pickle
        raise DataError(f"'{path.name}' is not a readable .npz archive (NumPy's zip of arrays).")
    try:
        with np.load(path, allow_pickle=False) as archive:  # never unpickle
            data = {k: archive[k] for k in archive.files}
    except ValueError as exc:
        if "pickle" in str(exc).lower():
            raise DataError(f"'{path.name}' stores Python objects; only plain number arrays can be read.") from None
        raise DataError(f"'{path.name}' is not a readable .npz archive ({exc}).") from None
    except (OSError, EOFError):
        raise DataError(f"'{path.name}' is not a readable .npz archive.") from None
    images = next((data[k] for k in ("images", "x", "x_train", "X") if k in data), None)
    if images is None:
        raise DataError(f"'{path.name}' has no array named 'images', 'x' or 'x_train' "
                        f"(it has: {', '.join(data) or 'nothing'}).")
    labels = next((data[k] for k in ("labels", "y", "y_train", "Y") if k in data), None)
    if images.ndim == 4 and images.shape[-1] in (1, 3) and images.shape[1] not in (1, 3):
        images = images.transpose(0, 3, 1, 2)  # (N, H, W, C) -> (N, C, H, W)
    if images.ndim not in (3, 4):
        raise DataError(f"The images in '{path.name}' have shape {images.shape}; expected (N, H, W) or (N, C, H, W).")
    images = _to_uint8(images, path.name)
    if labels is None:
        labels = np.full(len(images), -1, dtype=np.int64)
    labels = np.asarray(labels).reshape(-1).astype(np.int64)
    names = [str(i) for i in range(int(labels.max()) + 1)] if len(labels) and labels.max() >= 0 else []
    if "label_names" in data and data["label_names"].dtype.kind in "US":
        names = [str(n) for n in data["label_names"]]
    return ImageDataset(path.stem, images, labels, names)


def _to_uint8(images: np.ndarray, name: str) -> np.ndarray:
    if images.dtype == np.uint8:
        return images
    if not np.issubdtype(images.dtype, np.number):
        raise DataError(f"The images in '{name}' are not numbers.")
    images = images.astype(np.float32)
    if not np.isfinite(images).all():
        raise DataError(f"The images in '{name}' contain NaN or infinite values.")
    hi = float(images.max()) if images.size else 0.0
    scale = 255.0 if hi <= 1.0 else 1.0
    return np.clip(images * scale, 0, 255).round().astype(np.uint8)


def describe_spec(spec: str) -> str:
    if spec.strip().lower() == "bach":
        return "Bach chorales (built in)"
    return "Digits (built in, 1,797 images)" if spec in ("", "digits") else Path(spec).name


def load_dataset(spec: str = "digits", val_fraction: float = 0.1, seed: int = 0,
                 options: dict | None = None) -> DatasetSplit:
    """Load a dataset by name or path: 'digits', an MNIST folder or IDX file, an image folder, or a .npz.

    ``options`` (``size``, ``fit``, ``colour``) say how a folder's pictures are brought to one size."""
    spec = (spec or "digits").strip()
    if spec.lower() == "digits":
        from studio.data.digits import load_digits_28

        return random_split(load_digits_28(), val_fraction, seed)
    path = Path(spec).expanduser()
    if not path.exists():
        raise DataError(f"'{spec}' is neither a built-in dataset ('digits') nor an existing file or folder.")
    if path.is_dir():
        if _find_idx(path, "train", "images") is not None:
            return load_mnist_folder(path, val_fraction, seed)
        folder_options = FolderOptions.from_dict(options) if options else None
        side = max(MAX_SIDE, folder_options.size or 0) if folder_options else MAX_SIDE
        return random_split(load_image_folder(path, side, folder_options), val_fraction, seed)
    name = path.name.lower()
    if name.endswith(".npz"):
        return random_split(load_npz(path), val_fraction, seed)
    if "idx" in name or name.endswith("-ubyte") or name.endswith("-ubyte.gz"):
        labels = None
        guess = path.with_name(path.name.replace("images-idx3", "labels-idx1"))
        if guess != path and guess.exists():
            labels = guess
        return random_split(load_idx_pair(path, labels, path.name), val_fraction, seed)
    if path.suffix.lower() in IMAGE_SUFFIXES:
        raise DataError(f"'{path.name}' is a single picture; choose the folder that holds the pictures.")
    raise DataError(f"'{path.name}' is not a dataset the studio can read: use an MNIST IDX file or folder, "
                    "a folder of images, or a .npz archive.")


def needs_preparing(spec: str, cache_dir: Path | None) -> bool:
    """Whether ``prepare_dataset`` has work to do for ``spec`` (then a GUI shows its progress first)."""
    if (spec or "").strip().lower() == "bach" and cache_dir is not None:
        from studio.data.bach import is_converted

        return not is_converted(cache_dir)
    return False


def prepare_dataset(spec: str, cache_dir: Path | None, control=None):
    """Work a built-in dataset needs once before its first use, as a generator of Progress (nothing for most):
    'bach' converts the chorales into ``cache_dir``. Run it where a progress bar can be shown; loading the
    dataset without it does the same work silently."""
    if (spec or "").strip().lower() == "bach" and cache_dir is not None:
        from studio.core.tasks import Progress
        from studio.data.bach import convert_chorales, is_converted

        if not is_converted(cache_dir):
            yield from (item for item in convert_chorales(cache_dir, control) if isinstance(item, Progress))


def load_sources(spec: str = "digits", val_fraction: float = 0.1, seed: int = 0,
                 stream: bool | None = None, options: dict | None = None, request: dict | None = None,
                 cache_dir: Path | None = None) -> SourceSplit:
    """The training and validation sources of a dataset (see ``load_dataset`` for what ``spec`` names).

    A folder of pictures is streamed from the disk when ``stream`` is True, or, when it is None, when its
    decoded pictures would not fit comfortably in memory; everything else is held in memory.
    ``options``: ``size``, ``fit`` and ``colour`` for a folder (``FolderOptions``), and ``augment``, an
    augmentation of the training pictures for any image data (e.g. "flip,rotate=10"; ``Augmentation``).
    A folder's spec says so (``extra``: origin "folder" and its number of pictures), so that a model can
    adapt to a small folder (a GAN switches DiffAugment on).
    ``request`` is the model's ``data_request()``: one that asks for music tokens reads 'bach' (the
    built-in chorales, converted into ``cache_dir`` on first use) or a folder of MIDI files.
    """
    if request and request.get("tokens"):
        from studio.data.midi_dataset import is_music_spec, load_music_sources

        if not is_music_spec(spec):
            raise DataError(f"The music models learn from MIDI files: choose 'bach' (the built-in Bach "
                            f"chorales) or a folder of MIDI files, not '{spec or 'digits'}'.")
        return load_music_sources(spec, request, val_fraction, seed, cache_dir)
    options = dict(options or {})
    augment = Augmentation.parse(options.get("augment"))
    path = Path((spec or "digits").strip()).expanduser()
    is_folder = spec not in ("", "digits") and path.is_dir() and _find_idx(path, "train", "images") is None
    if is_folder:
        folder_options = FolderOptions.from_dict(options)
        side = max(MAX_SIDE, folder_options.size or 0)
        if stream is None:
            stream = _decoded_bytes(path, folder_options.size) > STREAM_ABOVE_BYTES
        if stream:
            return _mark_folder(open_folder_stream(path, side, val_fraction, seed, folder_options, augment))
    split = load_dataset(spec, val_fraction, seed, options)
    sources = SourceSplit(ImageSource(split.train, augment, seed), ImageSource(split.val))
    return _mark_folder(sources) if is_folder else sources


def _mark_folder(split: SourceSplit) -> SourceSplit:
    items = len(split.train) + len(split.val)
    for source in (split.train, split.val):
        source.spec = replace(source.spec, extra={**source.spec.extra, "origin": "folder", "items": items})
    return split


def _decoded_bytes(folder: Path, size: int | None = None) -> int:
    """About how many bytes the folder's pictures take decoded, from a look at the first few headers."""
    entries = list_images(folder)
    sample = entries[:: max(1, len(entries) // 20)][:20]
    sizes = []
    for path, _label in sample:
        try:
            with Image.open(path) as im:
                w, h = (size, size) if size else im.size
                scale = min(1.0, max(MAX_SIDE, size or 0) / max(w, h))
                sizes.append(3 * round(w * scale) * round(h * scale))
        except (UnidentifiedImageError, OSError, ValueError):
            continue
    return int(np.mean(sizes) * len(entries)) if sizes else 0
