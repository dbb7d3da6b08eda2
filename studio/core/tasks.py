"""Long work as generators: a small control object lets another thread pause, resume or stop them.

Every long job in the studio (training, audio analysis, export) is a generator that yields small frozen
dataclasses. Between yields it calls ``control.checkpoint()``, the point where a pause waits and a stop
raises :class:`~studio.core.errors.Cancelled`. The CLI drives the generator directly; the GUI runs it
in a worker thread (``studio.workers``) and relays each yielded value through a Qt signal.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Iterator, TypeVar

from studio.core.errors import Cancelled

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    """How far a job has come: ``done`` of ``total`` units (``total`` None when unknown)."""

    done: float
    total: float | None = None
    message: str = ""
    eta_s: float | None = None

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return min(1.0, max(0.0, self.done / self.total))


class TaskControl:
    """Thread-safe pause/resume/stop flags shared by a job and whoever drives it."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()

    def stop(self) -> None:
        self._stop.set()
        self._running.set()  # wake a paused job so it can see the stop

    def pause(self) -> None:
        if not self._stop.is_set():
            self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def checkpoint(self) -> None:
        """Wait here while paused; raise Cancelled once a stop was asked for."""
        if not self._running.is_set():
            self._running.wait()
        if self._stop.is_set():
            raise Cancelled()


class EtaMeter:
    """Estimates the time left from the average rate since the start, smoothed for stability."""

    def __init__(self, total: float, start: float | None = None) -> None:
        self.total = total
        self.start = time.perf_counter() if start is None else start
        self._paused_for = 0.0

    def add_pause(self, seconds: float) -> None:
        self._paused_for += seconds

    def elapsed(self) -> float:
        return time.perf_counter() - self.start - self._paused_for

    def eta(self, done: float) -> float | None:
        if done <= 0:
            return None
        return self.elapsed() / done * max(0.0, self.total - done)


def drain(gen: Iterator[T]) -> list[T]:
    """Run a generator to its end and return what it yielded (handy in tests and the CLI)."""
    return list(gen)
