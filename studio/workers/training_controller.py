"""TrainingController: start, pause and stop trainings in a child process, for any tab that trains.

It keeps a spare process that has imported torch before the user presses Start, feeds every event into
a Qt-free :class:`~studio.training.live.LiveRun`, and reports how the run ended, failures included, in
one ``ended`` signal. Tabs show the LiveRun; they never hold a worker themselves.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from studio.core.events import RunStarted
from studio.core.tasks import Failure, JobEnd
from studio.training.job import PRELOAD, training_job
from studio.training.live import LiveRun
from studio.workers.process_worker import ProcessWorker

Reporter = Callable[[Failure], None]


SPARE_DELAY_MS = 1000   # after a run's end, the next run's process starts this much later


class TrainingController(QObject):
    """One training at a time (see the module's docstring).

    Signals: ``started(RunStarted)`` once the run folder exists; ``event(object)`` after the LiveRun has
    taken each event; ``ended(str)`` with the outcome ("completed", "stopped", "failed") once the process
    is gone, after ``report`` was given the failure, if any; ``busy_changed(bool)``.
    """

    started = Signal(object)
    event = Signal(object)
    ended = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, report: Reporter, parent: QObject | None = None, keep_spare: bool = True) -> None:
        super().__init__(parent)
        self._report = report
        self._keep_spare = keep_spare
        self._worker: ProcessWorker | None = None
        self._spare: ProcessWorker | None = None
        self._closing = False
        self.live: LiveRun | None = None

    # Starting --------------------------------------------------------------------------------------

    def prepare(self) -> None:
        """Start the next training's process now, so that it has torch imported when Start is pressed."""
        if self._keep_spare and self._spare is None and not self._closing:
            self._spare = ProcessWorker(parent=self, preload=PRELOAD)
            self._spare.prestart()

    def start(self, spec: dict, model: str = "", headline: str = "loss") -> LiveRun:
        """Run ``training_job(spec)`` (see ``studio.training.job``); returns the LiveRun it feeds."""
        if self._worker is not None:
            raise RuntimeError("a training is already running")
        # In a child process: in a thread the training would hold the interpreter lock for much of each
        # step and make the window's drawing wait (see studio.workers.process_worker).
        worker, self._spare = self._spare or ProcessWorker(parent=self, preload=PRELOAD), None
        worker.set_job(training_job, (spec,))
        worker.event.connect(self._on_event)
        worker.finished.connect(self._on_finished)
        self._worker = worker
        self.live = LiveRun(model, headline)
        worker.start()
        self.busy_changed.emit(True)
        return self.live

    # Control ---------------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._worker is not None

    def is_paused(self) -> bool:
        return self._worker is not None and self._worker.control.paused

    def is_stopping(self) -> bool:
        return self._worker is not None and self._worker.control.stopped

    def toggle_pause(self) -> bool:
        """Pause a running training or resume a paused one; returns whether it is paused now."""
        worker = self._worker
        if worker is None or worker.control.stopped:
            return False
        paused = not worker.control.paused
        (worker.pause if paused else worker.resume)()
        self.live.set_paused(paused)
        return paused

    def stop(self) -> None:
        """Ask the training to stop; it saves a checkpoint to resume from, then ``ended`` says "stopped"."""
        worker = self._worker
        if worker is None or worker.control.stopped:
            return
        worker.stop()
        self.live.set_stopping()

    def shutdown(self, timeout_ms: int = 60_000) -> None:
        """Stop the training (the engine saves a checkpoint) and wait for the process to end."""
        self._closing = True
        if self._spare is not None:
            self._spare.discard()
            self._spare = None
        if self._worker is not None:
            self._worker.stop_and_wait(timeout_ms)

    # From the worker -------------------------------------------------------------------------------

    def _on_event(self, event: object) -> None:
        if self.live is None:
            return
        self.live.handle(event)
        if isinstance(event, RunStarted):
            self.started.emit(event)
        self.event.emit(event)

    def _on_finished(self, end: JobEnd) -> None:
        self._worker = None
        live = self.live
        outcome = live.end(end) if live is not None else end.status
        if live is not None and live.failure is not None and not self._closing:
            self._report(live.failure)
        self.busy_changed.emit(False)
        if not self._closing:
            # A moment later: starting a process while the window redraws the ended run would add to
            # that frame. Start pressed before then makes its own at once.
            QTimer.singleShot(SPARE_DELAY_MS, self, self.prepare)
        self.ended.emit(outcome)
