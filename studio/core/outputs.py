"""The one output guard: every command and every export dialog checks its output here before any work.

A user's file is never overwritten or damaged:

- an output is never one of the inputs (text, mask, font, video, checkpoint), not through a different
  spelling, a symlink or a hard link either (paths are compared resolved, files by device and inode);
- an existing file is replaced only when the caller says so (``overwrite=True``: the CLI's
  ``--overwrite``/``-y``, or a dialog's confirmation);
- an output that names an existing folder, or sits below a file, is refused with one sentence before
  any work is done;
- a missing output folder is created (the one rule for every command and dialog);
- the file is written to a hidden temporary file beside it and renamed into place
  (:func:`studio.core.atomic.atomic_path`), so a reader sees the old file or the new one; temporary files
  of a run that was killed are swept the next time the same output is written.

    from studio.core.outputs import check_output, output_file
    dst = check_output(args.output, inputs=[args.mask, args.text], overwrite=args.overwrite)  # before work
    ...
    with output_file(dst, inputs=[...], overwrite=args.overwrite) as tmp:   # at the end
        image.save(tmp, format="PNG")
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from studio.core import atomic
from studio.core.errors import StudioError

PathLike = str | os.PathLike


class OutputError(StudioError):
    """An output path that cannot be written without harming a file the user gave or already has."""


class OutputExists(OutputError):
    """The output exists and the caller did not allow replacing it."""

    def __init__(self, path: Path, hint: str) -> None:
        super().__init__(f"{path} already exists; {hint}.")
        self.path = path


OVERWRITE_HINT = "add --overwrite to replace it"


def same_file(a: PathLike, b: PathLike) -> bool:
    """True when ``a`` and ``b`` name one file: the same resolved path, or (symlinks and hard links) the
    same device and inode."""
    pa, pb = Path(a).expanduser(), Path(b).expanduser()
    try:
        if pa.resolve() == pb.resolve():
            return True
    except (OSError, RuntimeError):  # a symlink loop
        pass
    try:
        sa, sb = os.stat(pa), os.stat(pb)
    except (OSError, ValueError):
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def _described(inputs: Iterable) -> list[tuple[Path, str]]:
    """Inputs as (path, what): a path alone, or a (path, "the mask") pair; None entries are skipped."""
    out = []
    for item in inputs:
        if item is None or item == "":
            continue
        path, what = item if isinstance(item, tuple) else (item, "an input")
        if path is None or path == "":
            continue
        out.append((Path(path).expanduser(), what))
    return out


def check_output(path: PathLike, inputs: Iterable = (), overwrite: bool = False,
                 hint: str = OVERWRITE_HINT, others: Iterable[PathLike] = ()) -> Path:
    """Refuse, with one sentence, an output that would harm a file; return the path to write.

    ``inputs``: the files the work reads, each a path or a ``(path, "the mask")`` pair naming it for the
    message. ``others``: all the outputs of the same command, this one included (two may not be one file).
    ``hint``: what the user does to allow replacing an existing file.
    """
    if path is None or str(path).strip() == "":
        raise OutputError("Give a file name for the output.")
    dst = Path(path).expanduser()
    if dst.is_dir():
        example = dst / f"out{dst.suffix}"
        raise OutputError(f"{dst} is a folder; give a file name inside it, such as {example}.")
    for src, what in _described(inputs):
        if same_file(dst, src):
            raise OutputError(f"The output {dst} is {what} itself; choose another file name so that "
                              "it is not overwritten.")
    if sum(1 for other in others if other is not None and same_file(dst, other)) > 1:
        raise OutputError(f"Two outputs name the same file {dst}; give each its own name.")
    if dst.parent.is_symlink() and not dst.parent.exists():
        raise OutputError(f"The folder {dst.parent} is a broken link.")
    folder = dst.parent
    while not folder.exists():  # the first folder that exists; the rest are created when writing
        if folder.parent == folder:
            break
        folder = folder.parent
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder} is a file, so {dst} cannot be written below it.")
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"The folder {folder} cannot be written to (permission denied).")
    if (dst.exists() or dst.is_symlink()) and not overwrite:
        raise OutputExists(dst, hint)
    if dst.exists() and not dst.is_file():
        raise OutputError(f"{dst} is not a regular file, so it is not replaced.")
    return dst


@contextmanager
def output_file(path: PathLike, inputs: Iterable = (), overwrite: bool = False,
                hint: str = OVERWRITE_HINT) -> Iterator[Path]:
    """Check ``path`` again (the disk may have changed during the work) and yield a temporary path
    beside it that replaces it in one rename when the block ends without an error."""
    dst = check_output(path, inputs, overwrite, hint)
    try:
        with atomic.atomic_path(dst) as tmp:
            yield tmp
    except PermissionError:
        raise OutputError(f"{dst} cannot be written: permission denied.") from None
    except IsADirectoryError:
        raise OutputError(f"{dst} is a folder; give a file name inside it.") from None
    except OSError as exc:
        raise OutputError(f"{dst} could not be written ({exc.strerror or exc}).") from None
