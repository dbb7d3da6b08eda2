"""What a folder of pictures holds, said plainly before training: how many read, which do not, mixed colour
and sizes, pictures too small for the size asked, and a preview of what the model will see."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError

from studio.core.errors import DataError
from studio.data.augment import Augmentation, preview
from studio.data.folder_stream import GREY_MODES, FolderOptions, list_images, target_size, to_array
from studio.data.importers import MAX_SIDE


@dataclass
class FolderReport:
    """Counts of a folder's pictures (headers only: quick on thousands of files)."""

    folder: Path
    readable: int = 0
    unreadable: list[str] = field(default_factory=list)
    grey: int = 0
    colour: int = 0
    sizes: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    train_size: tuple[int, int] = (0, 0)
    mode: str = "RGB"
    tiny: list[str] = field(default_factory=list)        # under half the training size
    other_shape: int = 0                                  # another aspect ratio than the training size's

    def sentences(self) -> list[str]:
        """The report, one sentence a line: what will be trained on, then each problem found."""
        w, h = self.train_size
        kind = "grey" if self.mode == "L" else "colour"
        labels = (f" in {len(self.labels)} labelled sub-folders ({', '.join(sorted(self.labels)[:6])}"
                  f"{', …' if len(self.labels) > 6 else ''})") if self.labels else ""
        out = [f"{self.readable:,} pictures{labels} will be trained on as {w}×{h} {kind} images."]
        if self.unreadable:
            out.append(f"{len(self.unreadable)} file(s) are broken or not pictures and will be skipped "
                       f"(for example '{self.unreadable[0]}').")
        if self.grey and self.colour:
            out.append(f"The folder mixes {self.grey} grey and {self.colour} colour pictures; all are used as "
                       f"{kind}.")
        if len(self.sizes) > 1:
            out.append(f"The pictures come in {len(self.sizes)} sizes; {self.other_shape} of them have another "
                       "shape than the training size and are fitted as asked (crop, pad or stretch).")
        if self.tiny:
            out.append(f"{len(self.tiny)} picture(s) are less than half the training size and will look blurred "
                       f"(for example '{self.tiny[0]}').")
        return out

    def sentence(self) -> str:
        return " ".join(self.sentences())


def inspect_folder(folder: str | Path, options: FolderOptions | None = None) -> FolderReport:
    """Read every picture's header and report; raises a DataError (one sentence) only when nothing reads."""
    folder = Path(folder).expanduser()
    options = options or FolderOptions()
    entries = list_images(folder)
    report = FolderReport(folder)
    names = []
    for path, label in entries:
        try:
            with Image.open(path) as im:
                size, grey = im.size, im.mode in GREY_MODES
                im.verify()                                  # catches truncated and damaged files cheaply
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
            report.unreadable.append(path.name)
            continue
        report.readable += 1
        report.sizes[size] += 1
        report.grey += grey
        report.colour += not grey
        if label is not None:
            report.labels[label] += 1
        names.append((path.name, size))
    if not report.readable:
        raise DataError(f"None of the {len(entries)} image files in '{folder.name}' could be read"
                        + (f" (for example '{report.unreadable[0]}')." if report.unreadable else "."))
    report.mode = options.mode({"L"} if not report.colour else {"RGB"})
    report.train_size = target_size(report.sizes, max(MAX_SIDE, options.size or 0), options)
    tw, th = report.train_size
    report.tiny = [n for n, (w, h) in names if min(w, h) * 2 <= min(tw, th)]
    report.other_shape = sum(1 for _, (w, h) in names if abs(w / h - tw / th) > 0.02)
    return report


def preview_folder(folder: str | Path, options: FolderOptions | None = None, augment: str | None = None,
                   count: int = 8, copies: int = 7, seed: int = 0) -> np.ndarray:
    """What the model will see: ``count`` pictures of the folder (spread over it), each followed by
    ``copies`` augmented versions: (count, 1 + copies, C, H, W) uint8."""
    folder = Path(folder).expanduser()
    options = options or FolderOptions()
    report = inspect_folder(folder, options)
    bad = set(report.unreadable)
    entries = [(p, lab) for p, lab in list_images(folder) if p.name not in bad]
    chosen = [entries[i] for i in np.linspace(0, len(entries) - 1, min(count, len(entries))).round().astype(int)]
    pictures = []
    for path, _ in chosen:
        with Image.open(path) as im:
            pictures.append(to_array(im, report.mode, report.train_size, options.fit))
    return preview(np.stack(pictures), Augmentation.parse(augment), copies, seed)
