"""A dataset's one-time preparation (the Bach chorales' conversion to MIDI) with a progress bar and Stop.

``studio.data.importers.prepare_dataset`` is the core's generator of Progress; this runs it in a
TaskWorker and shows it on a tab's progress bar, so that pressing Train or Start on a workspace that has
not converted the chorales yet shows the conversion (a few minutes) instead of a silent wait inside the
training. Both the Piano roll tab and the Training monitor start their trainings through it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from studio.core.tasks import Progress
from studio.data.importers import needs_preparing, prepare_dataset
from studio.ui.i18n import tr
from studio.workers.task_worker import TaskWorker


class DataPreparation(QObject):
    """Prepares a dataset in a worker, showing it on ``bar``. ``finished(JobEnd)`` when it is over."""

    finished = Signal(object)

    def __init__(self, bar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar = bar
        self._worker: TaskWorker | None = None

    @staticmethod
    def needed(dataset: str, cache_dir: Path) -> bool:
        return needs_preparing(dataset, cache_dir)

    def start(self, dataset: str, cache_dir: Path) -> None:
        worker = TaskWorker(lambda control: prepare_dataset(dataset, cache_dir, control), self)
        worker.event.connect(self._on_event)
        worker.finished.connect(self._on_finished)
        self._worker = worker
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self.bar.setFormat(tr("Converting the chorales %p%"))
        self.bar.setVisible(True)
        worker.start()

    def is_running(self) -> bool:
        return self._worker is not None

    def stop(self) -> None:
        """Stop between pieces (the pieces converted so far are kept for the next time)."""
        if self._worker is not None:
            self._worker.stop()

    def shutdown(self) -> None:
        if self._worker is not None and self._worker.is_running():
            self._worker.stop_and_wait()

    def _on_event(self, item) -> None:
        if isinstance(item, Progress) and item.fraction is not None:
            self.bar.setValue(int(item.fraction * 100))

    def _on_finished(self, end) -> None:
        self._worker = None
        self.finished.emit(end)
