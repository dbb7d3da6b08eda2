"""Command-line helpers shared by every `studio` subcommand: a progress bar and error exits."""

from __future__ import annotations

import logging
import math
import re
import signal
import sys
import threading
import time
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, TextIO


def format_duration(seconds: float | None, unknown: str = "--:--") -> str:
    """01:05 for 65 s, 1:02:03 past an hour, ``unknown`` when there is no (finite) value."""
    if seconds is None or not math.isfinite(seconds):
        return unknown
    seconds = int(round(max(0.0, seconds)))
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


class ProgressBar:
    """A one-line progress bar on stderr, redrawn at most ten times a second."""

    def __init__(self, total: float, label: str = "", stream: TextIO | None = None, width: int = 30) -> None:
        self.total = max(total, 1e-9)
        self.label = label
        self.stream = stream or sys.stderr
        self.width = width
        self._last = 0.0
        self._tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self._printed_fraction = -1.0

    def update(self, done: float, suffix: str = "", eta_s: float | None = None, force: bool = False) -> None:
        now = time.monotonic()
        fraction = min(1.0, max(0.0, done / self.total))
        if not force and now - self._last < 0.1 and fraction < 1.0:
            return
        if not self._tty and not force and fraction - self._printed_fraction < 0.1 and fraction < 1.0:
            return  # when piped, print a line every 10 % instead of redrawing
        self._last = now
        self._printed_fraction = fraction
        filled = int(self.width * fraction)
        bar = "#" * filled + "-" * (self.width - filled)
        line = f"{self.label} [{bar}] {fraction * 100:5.1f}%  ETA {format_duration(eta_s)}  {suffix}"
        if self._tty:
            self.stream.write("\r" + line.ljust(100)[:160])
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self._tty:
            self.stream.write("\n")
            self.stream.flush()


def fail(message: str, code: int = 1) -> int:
    """Print one sentence to stderr and return the exit code to use."""
    print(f"studio: {message}", file=sys.stderr)
    return code


class Terminated(BaseException):
    """SIGTERM arrived: unwinds like KeyboardInterrupt, so every ``finally`` (temporary files) runs."""


@contextmanager
def terminate_unwinds() -> Iterator[None]:
    """While inside, SIGTERM raises :class:`Terminated` in the main thread instead of ending the process
    at once, so a half-written output's temporary file is removed as it is on Ctrl+C."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        yield
        return

    def handler(signum, frame):
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


# Warnings the user can act on, as one-sentence notes; any other warning goes to the log only.
_KNOWN_WARNINGS = (
    ("DecompressionBombWarning", re.compile(r"Image size \((\d+) pixels\)"),
     lambda m: f"an image is very large ({int(m.group(1)):,} pixels); it is read anyway, "
               "which takes memory and time."),
    ("UserWarning", re.compile(r"CUDA is not available|no CUDA GPUs are available", re.IGNORECASE),
     lambda m: "no CUDA GPU is available, so the work runs on the CPU."),
    ("UserWarning", re.compile(r"NumPy array is not writable"), None),  # harmless: log only
)


def warning_note(category: type, message: str) -> str | None:
    """The note shown for a known warning, or None (log only)."""
    names = {c.__name__ for c in category.__mro__}
    for name, pattern, sentence in _KNOWN_WARNINGS:
        if name in names:
            m = pattern.search(message)
            if m:
                return sentence(m) if sentence else None
    return None


def warning_shower(show_note: Callable[[str], None]) -> Callable[..., None]:
    """A ``warnings.showwarning`` replacement: a known warning's note goes to ``show_note`` (each note
    once), any other warning to the studio's log, and nothing to the terminal."""
    shown: set[str] = set()

    def show(message, category, filename, lineno, file=None, line=None):
        note = warning_note(category, str(message))
        if note is None:
            logging.getLogger("studio.warnings").warning("%s: %s (%s:%s)", category.__name__, message,
                                                         filename, lineno)
        elif note not in shown:
            shown.add(note)
            show_note(note)

    return show


@contextmanager
def warnings_as_notes(stream: TextIO | None = None) -> Iterator[None]:
    """Known warnings become "note: …" lines on stderr (each once); the rest go to the studio's log."""
    show = warning_shower(lambda note: print(f"note: {note}", file=stream or sys.stderr))
    with warnings.catch_warnings():
        warnings.simplefilter("default")
        warnings.showwarning = show
        yield


def attach_log_file(log_dir: Path | Callable[[], Path]) -> logging.Handler:
    """Send the studio's log (warnings, tracebacks of unexpected errors) to ``log_dir/studio.log``, so
    that none reaches the terminal; returns the handler (remove it from the "studio" logger when done).
    ``log_dir`` may be a function that finds the folder: it is then called on the first record only (most
    commands log nothing, and finding the workspace reads the settings: a few ms of a short command's start)."""
    handler = _LogFile(log_dir)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("studio")
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return handler


class _LogFile(logging.Handler):
    """``log_dir/studio.log``, opened on the first record (the folder found then, if given as a function)."""

    def __init__(self, log_dir: Path | Callable[[], Path]) -> None:
        super().__init__()
        self._where = log_dir
        self._file: logging.Handler | None = None
        if not callable(log_dir):
            self._open(log_dir)

    def _open(self, log_dir: Path) -> None:
        log_dir.mkdir(parents=True, exist_ok=True)
        self._file = logging.FileHandler(log_dir / "studio.log", encoding="utf-8", delay=True)

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            try:
                self._open(self._where())
            except Exception:  # noqa: BLE001 - an unwritable workspace: the log stays silent, never the command
                self._file = logging.NullHandler()
        if self._file.formatter is None:
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()
