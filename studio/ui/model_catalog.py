"""ModelCatalog: the model registry, loaded once in a thread (it imports torch) and shared by the tabs."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal

from studio.core.gc_policy import freeze_long_lived
from studio.core.tasks import Failure
from studio.ui.i18n import tr
from studio.workers.task_worker import TaskWorker


class ModelCatalog(QObject):
    """``load()`` starts reading the registry in a worker thread; ``ready`` fires once ``entries`` is filled."""

    ready = Signal()

    def __init__(self, report: Callable[[Failure], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: dict = {}
        self._report = report
        self._loader: TaskWorker | None = None
        self._done = False

    def load(self) -> None:
        if self._done or self._loader is not None:
            return

        def job(control):
            from studio.models.registry import available_models

            yield available_models()

        self._loader = TaskWorker(job, self)
        self._loader.event.connect(lambda entries: self.entries.update({e.name: e for e in entries}))
        self._loader.finished.connect(self._finished)
        self._loader.start()

    def _finished(self, end) -> None:
        self._loader = None
        self._done = True
        if end.failure is None:
            # Here, on the GUI thread: torch's thread count is kept per thread (OpenMP), and the GUI
            # thread is the one that decodes while the user drags (see window_threads).
            import torch

            from studio.training.job import window_threads

            torch.set_num_threads(window_threads())
        if end.failure is not None and self._report is not None:
            self._report(Failure(tr("The models could not be loaded: {reason}").format(
                reason=end.failure.message), end.failure.details,
                                 end.failure.expected))
        self.ready.emit()
        # Start-up is over once torch and the registry are in (and the tabs have filled their lists from
        # it): what lives now lives as long as the app, and full collections need not walk it again.
        freeze_long_lived()

    def is_ready(self) -> bool:
        return self._done

    def entry(self, name: str):
        return self.entries.get(name)

    def can(self, model: str, *capabilities: str) -> bool | None:
        """Whether family ``model`` has every capability (None while the catalog is loading)."""
        if not self._done:
            return None
        entry = self.entries.get(model)
        return entry is not None and all(entry.can(c) for c in capabilities)

    def shutdown(self) -> None:
        if self._loader is not None:
            self._loader.stop_and_wait(60_000)
