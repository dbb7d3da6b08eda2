"""DrawingJob: runs one sampling or completion job in a TaskWorker and hands its newest pictures to a view.

Pixels arrive hundreds of times a second; the view is redrawn by a timer at about 30 frames a second from
the newest Samples only, so the GUI never queues up frames and Stop acts between two pixels.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from studio.core.events import Samples
from studio.core.tasks import JobEnd
from studio.workers.task_worker import TaskWorker

FRAME_MS = 33


class DrawingJob(QObject):
    """Signals: ``frame(Samples)`` at most ~30 times a second while drawing (and once at the end);
    ``ended(JobEnd)`` when the job is over (its last pictures were shown first)."""

    frame = Signal(object)
    ended = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: TaskWorker | None = None
        self._latest: Samples | None = None
        self._dirty = False
        self.started_at = 0.0
        self.seconds = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._flush)

    def start(self, factory: Callable) -> None:
        """Run ``factory(control)`` (a generator of Samples); a running job is stopped first."""
        self.stop()
        self._latest, self._dirty = None, False
        worker = TaskWorker(factory, self)
        worker.event.connect(self._on_event)
        worker.finished.connect(self._on_finished)
        self._worker = worker
        self.started_at = time.perf_counter()
        worker.start()
        self._timer.start()

    def is_running(self) -> bool:
        return self._worker is not None

    def stop(self) -> None:
        if self._worker is not None:
            self._worker.stop()

    def latest(self) -> Samples | None:
        return self._latest

    def shutdown(self) -> None:
        self._timer.stop()
        if self._worker is not None:
            self._worker.stop_and_wait()

    def _on_event(self, item) -> None:
        if isinstance(item, Samples):
            self._latest = item
            self._dirty = True

    def _flush(self) -> None:
        if self._dirty:
            self._dirty = False
            self.frame.emit(self._latest)

    def _on_finished(self, end: JobEnd) -> None:
        self._worker = None
        self._timer.stop()
        self.seconds = time.perf_counter() - self.started_at
        self._flush()
        self.ended.emit(end)
