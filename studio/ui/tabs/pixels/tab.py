"""The "Pixels & RBM" tab: a PixelCNN drawing pictures pixel by pixel, completing hidden parts, and the
RBM-features classifier report.

A thin view over ``studio.pixels`` (Qt-free). Opening a run runs in a TaskWorker; training a new PixelCNN
goes through the same ``TrainingController`` as the Training monitor (a child process), and the new run is
opened when it ends. Each page draws in its own TaskWorker (``DrawingJob``), so the window stays fluid.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from studio.core.events import EpochMetrics
from studio.core.run_summary import RunSummary
from studio.pixels.jobs import PixelModel
from studio.ui.i18n import tr
from studio.ui.live_status import translate_status
from studio.ui.tabs.pixels.completion_page import CompletionPage
from studio.ui.tabs.pixels.rbm_page import RbmPage
from studio.ui.tabs.pixels.sampling_page import SamplingPage
from studio.ui.widgets.train_bar import TrainBar, TrainBarTab
from studio.workers.task_worker import TaskWorker

FAMILY = "pixelcnn"


class PixelsTab(TrainBarTab, QWidget):
    """The "Pixels & RBM" tab. ``model_opened`` fires when a run's model is ready on both pages."""

    model_opened = Signal()

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model: PixelModel | None = None
        self._open_worker: TaskWorker | None = None
        self._train_live = None
        self._closing = False
        self._build()
        self.refresh_runs()
        context.runs.changed.connect(self.refresh_runs)
        context.models.ready.connect(self._models_ready)
        context.models.load()
        if context.models.is_ready():
            self._models_ready()
        context.sketches.sent.connect(self.receive_sketch)
        self.receive_sketch()            # one sent before this tab was built

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 4)
        def entries(models):
            return [e for e in (models.entry(FAMILY),) if e is not None]

        root.addWidget(self._use_train_bar(TrainBar(
            self.context, tr("Train a new PixelCNN:"), entries, tr("Train on digits"),
            tr("Train a PixelCNN on the built-in digits and open it when done (follow it in the Training monitor)"),
            epochs=10)))
        self.status = QLabel(tr("Choose a PixelCNN run, or train one."))
        root.addWidget(self.status)

        split = QSplitter(Qt.Orientation.Horizontal)
        runs = self._build_run_panel(self._is_pixel_run, (2, 3),
                                     tr("Open the selected run (or double-click it, or press Enter)"))
        split.addWidget(runs)

        self.pages = QTabWidget()
        self.sampling = SamplingPage(self.context.report_failure)
        self.completion = CompletionPage(self.context.report_failure)
        self.pages.addTab(self.sampling, tr("PixelCNN sampling"))
        self.pages.addTab(self.completion, tr("Completion"))
        self.rbm = RbmPage(self.context)
        self.pages.addTab(self.rbm, tr("RBM samples and likelihood"))
        self.pages.addTab(self._classifier_page(), tr("RBM features classifier"))
        split.addWidget(self.pages)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 900])
        root.addWidget(split, 1)

    def _classifier_page(self) -> QWidget:
        """The RBM helper's report (accuracy, confusion matrix, raw pixels against RBM features)."""
        try:
            from studio.ui.widgets.classifier_report import ClassifierReport
        except ImportError:
            label = QLabel(tr("The RBM-features classifier report is not installed in this build."))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label
        self.classifier = ClassifierReport(reporter=self.context.reporter)
        return self.classifier

    def receive_sketch(self) -> None:
        """Show the completion canvas with a drawing sent from the Latent explorer's sketch pad, if any."""
        drawing = self.context.sketches.take()
        if drawing is None:
            return
        self.pages.setCurrentWidget(self.completion)
        self.completion.use_drawing_array(drawing)

    # Runs ------------------------------------------------------------------------------------------

    def _is_pixel_run(self, summary: RunSummary) -> bool:
        """Runs of models that complete pictures pixel by pixel, with at least one epoch to open."""
        if not summary.epochs_done:
            return False
        if summary.capabilities is not None:
            return "complete" in summary.capabilities and "sample" in summary.capabilities
        return summary.model == FAMILY

    def workspace_changed(self) -> None:
        self.refresh_runs()

    def refresh_runs(self) -> None:
        self._list_runs(tr("No PixelCNN runs yet: train one with the button above."))
        self.rbm.refresh_runs()

    def open_run(self, path: Path) -> None:
        """Load a run's model in a worker thread; ``model_opened`` fires when both pages have it."""
        from studio.core.workspace import Run

        if self._closing or self._open_worker is not None:
            return
        run = Run(Path(path))
        self.status.setText(tr("Opening {id}…").format(id=run.id))
        worker = TaskWorker(lambda control: PixelModel.open_steps(run, "best", control), self)
        worker.event.connect(self._on_open_event)
        worker.finished.connect(self._on_open_finished)
        self._open_worker = worker
        worker.start()

    def _on_open_event(self, item) -> None:
        if isinstance(item, PixelModel):
            self.set_model(item)
        elif hasattr(item, "message"):
            self.status.setText(item.message + "…")

    def _on_open_finished(self, end) -> None:
        self._open_worker = None
        if end.failure is not None:
            self.status.setText(end.failure.message)
            self.context.report_failure(end.failure)

    def set_model(self, model: PixelModel) -> None:
        self.model = model
        self.sampling.set_model(model)
        self.completion.set_model(model)
        config = model.model.config
        kind = tr("black and white") if getattr(config, "output", "") == "binary" else tr("256 grey levels")
        self.status.setText(tr("{name}: {title}, {kind}, {layers} gated layers of {channels} channels.").format(
            name=model.run.id if model.run else tr("model"), title=tr(model.title), kind=kind, layers=config.layers,
            channels=config.channels))
        if model.run is not None:
            self.run_list.select_paths([str(model.run.path)])
        self.model_opened.emit()

    # Training from here ----------------------------------------------------------------------------

    def start_training(self, preset: int, epochs: int, dataset: str = "digits", model_config: dict | None = None) -> None:
        """Train a PixelCNN preset in a child process; when it ends, the new run is opened."""
        from studio.training.config import TrainConfig

        title, model, settings = self.presets[preset]
        config = TrainConfig.for_model(model, dataset=dataset, model_config={**settings, **(model_config or {})},
                                       epochs=epochs, **self.train_bar.training_for(preset))
        self._train_live = self.train_bar.start(config)
        self.status.setText(tr("Training a {title} on {dataset}…").format(title=title, dataset=dataset))

    def _on_train_event(self, event) -> None:
        if isinstance(event, EpochMetrics):
            nll = event.val.get("nll")
            extra = tr(" test NLL {nll:.1f} nats").format(nll=nll) if nll is not None else ""
            self.status.setText(tr("Training: epoch {epoch},{extra}.").format(epoch=event.epoch, extra=extra))

    def _on_train_ended(self, live, outcome: str) -> None:
        self._train_live = None
        run_dir = live.run_dir if live is not None else None
        if run_dir and outcome in ("completed", "stopped") and (Path(run_dir) / "checkpoints" / "latest.json").exists():
            self.open_run(Path(run_dir))
        elif live is not None:
            self.status.setText(translate_status(live.status))

    def shutdown(self) -> None:
        self._closing = True
        self.sampling.shutdown()
        self.completion.shutdown()
        self.rbm.shutdown()
        classifier = getattr(self, "classifier", None)
        if classifier is not None and hasattr(classifier, "shutdown"):
            classifier.shutdown()
        self.train_bar.shutdown()
        if self._open_worker is not None:
            self._open_worker.stop_and_wait()
