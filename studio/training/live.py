"""A run being trained, as a view sees it: events go in; curves, status and the latest preview come out.

Qt-free, so that every tab that trains (the Training monitor, the Latent explorer, later ones) shares
one account of a live run, and tests can drive it with plain events. Handlers only store; a view asks
``take_changes()`` on its own clock and redraws what changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from studio.core.curves import RunCurves
from studio.core.events import CheckpointWritten, EpochMetrics, Finished, Preview, RunStarted, StepMetrics
from studio.core.tasks import Failure, JobEnd
from studio.core.workspace import Run

OUTCOME_TEXT = {"completed": "Training finished.", "stopped": "Stopped; the run can be resumed from the list.",
                "failed": "Training failed."}


@dataclass(frozen=True)
class LiveChanges:
    """What changed since the last look: new points, a new preview, a new status line."""

    curves: bool
    preview: Preview | None
    status: str | None


class LiveRun:
    """One live run (see the module's docstring). ``state`` is "starting", "running", "paused", "stopping"
    or, once ended, the outcome ("completed", "stopped", "failed")."""

    def __init__(self, model: str = "", headline: str = "loss") -> None:
        self.model = model
        self.headline = headline
        self.curves = RunCurves()
        self.started: RunStarted | None = None
        self.last_step: StepMetrics | None = None
        self.last_epoch: EpochMetrics | None = None
        self.finished: Finished | None = None
        self.failure: Failure | None = None
        self.checkpoint: str = ""
        self.state = "starting"
        self._preview: Preview | None = None
        self._curves_changed = False
        self.status = ""                 # the status line: what the run is doing, in words
        self._status_changed = False
        self._handlers = {RunStarted: self._on_started, StepMetrics: self._on_step, EpochMetrics: self._on_epoch,
                          Preview: self._on_preview, CheckpointWritten: self._on_checkpoint,
                          Finished: self._on_finished}

    # Events in -------------------------------------------------------------------------------------

    def handle(self, event: object) -> None:
        handler = self._handlers.get(type(event))
        if handler is not None:
            handler(event)

    def _on_started(self, event: RunStarted) -> None:
        self.started = event
        self.state = "running"
        # A resumed run continues its curves from the log (already cut back to the checkpoint's step).
        self.curves = RunCurves.from_records(Run(Path(event.run_dir)).read_metrics()) if event.resumed else RunCurves()
        self._curves_changed = True
        text = "Training…" if not event.resumed else f"Resumed at step {event.start_step:,}."
        self._say(event.notes[-1] if event.notes else text)

    def _on_step(self, event: StepMetrics) -> None:
        self.curves.add_step(event.step, event.epoch, event.time, event.terms)
        self.last_step = event
        self._curves_changed = True

    def _on_epoch(self, event: EpochMetrics) -> None:
        self.curves.add_epoch(event.epoch, event.step, event.time, event.val)
        self.last_epoch = event
        self._curves_changed = True
        value = event.val.get(self.headline, event.val.get("loss"))
        self._say(f"Epoch {event.epoch} done" + (f" · validation {self.headline} {value:.4g}"
                                                 if value is not None else ""))

    def _on_preview(self, event: Preview) -> None:
        self._preview = event

    def _on_checkpoint(self, event: CheckpointWritten) -> None:
        self.checkpoint = event.path
        self._say(self.status.split(" · saved")[0] + " · saved")

    def _on_finished(self, event: Finished) -> None:
        self.finished = event
        if event.failure is not None:
            self.failure = event.failure

    # Control, as the user asks -----------------------------------------------------------------------

    def set_paused(self, paused: bool) -> None:
        if self.ended:
            return
        self.state = "paused" if paused else "running"
        self._say(("Paused. Resume to continue, or Stop to keep a checkpoint." if paused else "Training…"))

    def set_stopping(self) -> None:
        if not self.ended:
            self.state = "stopping"
            self._say("Stopping: saving a checkpoint…")

    def end(self, job: JobEnd) -> str:
        """The worker ended: settle the outcome (the run's own Finished event first, else the job's)."""
        if self.finished is not None:
            outcome = self.finished.status
        else:
            outcome = job.status if job.status != "completed" else "failed"  # ended without saying how
        if job.failure is not None and self.failure is None:
            self.failure = job.failure
        if self.failure is not None:
            outcome = "failed"
        self.state = outcome
        self._say(OUTCOME_TEXT.get(outcome, outcome))
        return outcome

    # What a view reads --------------------------------------------------------------------------------

    @property
    def ended(self) -> bool:
        return self.state in OUTCOME_TEXT

    @property
    def run_dir(self) -> str | None:
        return self.started.run_dir if self.started is not None else None

    @property
    def fraction(self) -> float | None:
        if self.last_step is not None:
            return self.last_step.fraction
        if self.started is not None:
            return self.started.start_step / max(self.started.total_steps, 1)
        return None

    @property
    def epoch_in_progress(self) -> int | None:
        if self.last_step is None or self.started is None:
            return None
        return min(self.started.epochs, int(self.last_step.epoch) + 1)

    def _say(self, text: str) -> None:
        self.status = text
        self._status_changed = True

    def take_changes(self) -> LiveChanges:
        """What changed since the last call (and forget it)."""
        changes = LiveChanges(self._curves_changed, self._preview, self.status if self._status_changed else None)
        self._curves_changed, self._preview, self._status_changed = False, None, False
        return changes
