"""Atomic file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import os
import re
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path`` in one rename."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    sweep_leftovers(target)
    ours = f".{target.name}.{os.getpid()}-"
    before = set(temp_files(target))
    tmp_path: Path | None = None
    try:
        # The writer's pid is in the name, so that a later write can tell a killed run's file from a live
        # one. Made inside the try: a stop (SIGTERM, Ctrl+C) right after mkstemp must not leave it behind.
        import tempfile   # here: a command that writes nothing (a list to the terminal) needs none of it

        fd, tmp = tempfile.mkstemp(prefix=ours, suffix=".tmp", dir=target.parent)
        os.close(fd)
        tmp_path = Path(tmp)
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600); give it the mode a plain open() would have, or keep
        # the mode of the file it replaces.
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp_path, mode)
        os.replace(tmp_path, target)
    finally:
        # Ours is the one made above; a stop between mkstemp and the assignment leaves no name, so any new
        # file of this process for this target goes too.
        for leftover in set(temp_files(target)) - before:
            if leftover.name.startswith(ours) or leftover == tmp_path:
                try:
                    leftover.unlink()
                except OSError:
                    pass


_TEMP_TAIL = re.compile(r"^(?:(\d+)-)?[A-Za-z0-9_]{8}\.tmp$")
LEGACY_AGE_S = 600.0  # a temporary file without a pid (older versions) is a leftover once this old


def temp_files(target: str | os.PathLike) -> list[Path]:
    """The hidden temporary files that writes of ``target`` made beside it (live or left over)."""
    target = Path(target)
    prefix = f".{target.name}."
    try:
        names = os.listdir(target.parent)
    except OSError:
        return []
    return [target.parent / n for n in names if n.startswith(prefix) and _TEMP_TAIL.match(n[len(prefix):])]


def sweep_leftovers(target: str | os.PathLike) -> list[Path]:
    """Delete temporary files of ``target`` whose writer is gone (a run killed with SIGKILL, a crash);
    files of writers still running are kept. Returns what was deleted."""
    removed = []
    for tmp in temp_files(target):
        m = _TEMP_TAIL.match(tmp.name[len(Path(target).name) + 2:])
        pid = int(m.group(1)) if m and m.group(1) else None
        try:
            if pid is not None and (pid == os.getpid() or _alive(pid)) and os.name != "nt":
                continue
            if (pid is None or os.name == "nt") and time.time() - tmp.stat().st_mtime < LEGACY_AGE_S:
                continue
            tmp.unlink()
            removed.append(tmp)
        except OSError:
            continue
    return removed


def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would end the process there; only age tells
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    except OSError:
        return True
    return True


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def write_text(path: str | os.PathLike, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def write_json(path: str | os.PathLike, obj: Any) -> None:
    import json

    write_text(path, json.dumps(obj, indent=2, sort_keys=False, default=_json_default) + "\n")


def _json_default(obj: Any) -> Any:
    if isinstance(obj, Path):
        return str(obj)
    if hasattr(obj, "tolist"):
        return obj.tolist()
    raise TypeError(f"cannot write {type(obj).__name__} as JSON")
