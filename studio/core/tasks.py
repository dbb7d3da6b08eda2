"""Long work as generators: a small control object lets another thread pause, resume or stop them.

Every long job in the studio (training, audio analysis, export) is a generator that yields small frozen
dataclasses. Between yields it calls ``control.checkpoint()``, the point where a pause waits and a stop
raises :class:`~studio.core.errors.Cancelled`. The CLI drives the generator directly; the GUI runs it
in a worker thread (``studio.workers``) and relays each yielded value through a Qt signal.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable, Iterator, TypeVar

from studio.core.errors import Cancelled

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    """How far a job has come: ``done`` of ``total`` units (``total`` None when unknown).

    The one progress type of every job; ``unit`` says what is counted ("s" for seconds of a media file,
    "" for steps of work), so that a view can word it.
    """

    done: float
    total: float | None = None
    message: str = ""
    eta_s: float | None = None
    unit: str = ""

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return min(1.0, max(0.0, self.done / self.total))


@dataclass(frozen=True)
class Failure:
    """Why a job failed: one sentence for the user, the details (a traceback) for the log.

    ``expected`` is True for a failure the user can act on (a StudioError: a bad file, a missing device),
    False for a fault of the program, which the reporter words as such.
    """

    message: str
    details: str = ""
    expected: bool = True

    @classmethod
    def from_exception(cls, exc: BaseException, details: str = "") -> "Failure":
        from studio.core.errors import StudioError, user_message

        return cls(user_message(exc), details, isinstance(exc, StudioError))


@dataclass(frozen=True)
class JobEnd:
    """How a job ended, always the last thing a worker reports: "completed", "stopped" or "failed"."""

    status: str
    failure: Failure | None = None

    @property
    def completed(self) -> bool:
        return self.status == "completed"


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


def run_job(items: Iterator[object], control: TaskControl, emit: Callable[[object], None]) -> JobEnd:
    """Drive a job generator, handing each item to ``emit``; return how it ended, never raise.

    The one place where a job's end is decided, for the thread worker, the process worker and tests.
    """
    import traceback

    try:
        for item in items:
            emit(item)
        return JobEnd("stopped" if control.stopped else "completed")
    except Cancelled:
        return JobEnd("stopped")
    except BaseException as exc:  # noqa: BLE001 - every error must reach the reporter, none the thread
        return JobEnd("failed", Failure.from_exception(exc, traceback.format_exc()))


def drain(gen: Iterator[T]) -> list[T]:
    """Run a generator to its end and return what it yielded (handy in tests and the CLI)."""
    return list(gen)
