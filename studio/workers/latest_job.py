"""LatestJob: run short jobs one at a time in a TaskWorker, where only the newest request matters.

A slider that re-samples a grid asks for a new job on every move. Running each in turn would show
pictures the user has already moved past; running them at once would fight over the CPU. This keeps
at most one job running and one waiting: a new request replaces the waiting one, and when the running
job ends the waiting one starts. Each request carries a tag, which comes back with its results, so that
the owner knows what it is looking at.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from studio.core.tasks import JobEnd
from studio.workers.task_worker import JobFactory, TaskWorker


class LatestJob(QObject):
    """See the module's docstring.

    Signals: ``result(tag, item)`` for each item the job yields, ``ended(tag, JobEnd)`` once it is over
    (a superseded waiting request never starts, and ends with nothing), ``busy_changed(bool)``.
    """

    result = Signal(object, object)
    ended = Signal(object, object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: TaskWorker | None = None
        self._tag: object = None
        self._pending: tuple[object, JobFactory] | None = None
        self._closing = False

    def request(self, tag: object, factory: JobFactory) -> None:
        """Run ``factory`` (a generator taking a TaskControl) as soon as the running job, if any, ends."""
        if self._closing:
            return
        if self._worker is None:
            self._start(tag, factory)
        else:
            self._pending = (tag, factory)

    def is_busy(self) -> bool:
        return self._worker is not None

    def cancel(self) -> None:
        """Drop the waiting request and ask the running job to stop."""
        self._pending = None
        if self._worker is not None:
            self._worker.stop()

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        self._closing = True
        self._pending = None
        if self._worker is not None:
            self._worker.stop_and_wait(timeout_ms)

    def _start(self, tag: object, factory: JobFactory) -> None:
        worker = TaskWorker(factory, self)
        self._worker, self._tag = worker, tag
        worker.event.connect(self._on_event)
        worker.finished.connect(self._on_finished)
        worker.start()
        self.busy_changed.emit(True)

    def _on_event(self, item: object) -> None:
        self.result.emit(self._tag, item)

    def _on_finished(self, end: JobEnd) -> None:
        tag = self._tag
        self._worker, self._tag = None, None
        if self._closing:
            return
        self.ended.emit(tag, end)
        if self._pending is not None:
            (next_tag, factory), self._pending = self._pending, None
            self._start(next_tag, factory)
        else:
            self.busy_changed.emit(False)

