"""The RBM page of the "Pixels & RBM" tab: a trained RBM's (or DBN's) filters and Gibbs particles as tiles,
new samples drawn by Gibbs sampling as the chain runs, and, on demand, an AIS estimate of the RBM's test
log-likelihood with its standard error.

A thin view over ``studio.energy`` (Qt-free): the samples and the estimate each run in a TaskWorker that
yields plain data, and both stop at the next step when asked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QSplitter, QVBoxLayout,
                               QWidget)

from studio.core.events import Samples
from studio.core.run_summary import RunSummary, read_summaries
from studio.core.tasks import Progress
from studio.core.workspace import Run, Workspace
from studio.ui.i18n import tr
from studio.ui.widgets.filter_tiles import FilterTilesView, TileGrid
from studio.ui.widgets.progress_bar import ProgressBar
from studio.workers.task_worker import TaskWorker

FAMILIES = ("rbm", "dbn")
SAMPLES = 36


def rbm_runs(workspace: Path) -> list[RunSummary]:
    """The workspace's RBM and DBN runs that have an epoch to open, newest first."""
    summaries = read_summaries(Workspace(workspace).runs())
    return [s for s in summaries if s.model in FAMILIES and s.epochs_done]


class RbmPage(QWidget):
    """``estimate_finished(text)`` and ``samples_finished(text)`` fire when each job ends (the status text)."""

    estimate_finished = Signal(str)
    samples_finished = Signal(str)

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._ais: TaskWorker | None = None
        self._sampler: TaskWorker | None = None
        self._result = None
        self._summaries: dict[str, RunSummary] = {}
        self._build()
        self.refresh_runs()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("RBM or DBN run:")))
        self.run_combo = QComboBox()
        self.run_combo.setMinimumContentsLength(28)
        self.run_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.run_combo.currentIndexChanged.connect(lambda _i: self._run_chosen())
        top.addWidget(self.run_combo, 1)
        root.addLayout(top)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.status)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.tiles = FilterTilesView()
        split.addWidget(self.tiles)
        samples = QWidget()
        sv = QVBoxLayout(samples)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(QLabel(tr("New samples (Gibbs sampling from noise)")))
        self.sample_grid = TileGrid()
        sv.addWidget(self.sample_grid, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Gibbs steps:")))
        self.steps_spin = QSpinBox()
        self.steps_spin.setRange(10, 100_000)
        self.steps_spin.setSingleStep(100)
        self.steps_spin.setValue(1000)
        self.steps_spin.setToolTip(tr("More steps let the chain forget the noise it started from"))
        row.addWidget(self.steps_spin)
        row.addWidget(QLabel(tr("Seed:")))
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 999_999)
        row.addWidget(self.seed_spin)
        row.addStretch(1)
        self.sample_button = QPushButton(tr("Draw samples"))
        self.sample_button.clicked.connect(self.toggle_samples)
        row.addWidget(self.sample_button)
        sv.addLayout(row)
        split.addWidget(samples)
        split.setSizes([600, 400])
        root.addWidget(split, 1)

        ais = QHBoxLayout()
        ais.addWidget(QLabel(tr("Annealing runs:")))
        self.runs_spin = QSpinBox()
        self.runs_spin.setRange(2, 10_000)
        self.runs_spin.setValue(100)
        ais.addWidget(self.runs_spin)
        ais.addWidget(QLabel(tr("Temperatures:")))
        self.betas_spin = QSpinBox()
        self.betas_spin.setRange(100, 1_000_000)
        self.betas_spin.setSingleStep(1000)
        self.betas_spin.setValue(10_000)
        self.betas_spin.setToolTip(tr("More temperatures give a tighter estimate and take longer "
                                      "(Salakhutdinov and Murray used 14,500)"))
        ais.addWidget(self.betas_spin)
        self.ais_button = QPushButton(tr("Estimate log-likelihood"))
        self.ais_button.setToolTip(tr("Estimate the RBM's partition function by annealed importance sampling, "
                                      "and from it the mean log-likelihood of the validation images"))
        self.ais_button.clicked.connect(self.toggle_estimate)
        ais.addStretch(1)
        ais.addWidget(self.ais_button)
        self.progress = ProgressBar()
        self.progress.setVisible(False)
        ais.addWidget(self.progress, 1)
        root.addLayout(ais)
        self.result_label = QLabel("")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.result_label)

    # Runs ------------------------------------------------------------------------------------------

    def refresh_runs(self) -> None:
        """List the workspace's RBM and DBN runs, keeping the chosen one."""
        if self._ais is not None or self._sampler is not None:
            return                      # the run being used stays chosen; the list follows at the next change
        current = self.run_combo.currentData()
        self.run_combo.blockSignals(True)
        self.run_combo.clear()
        try:
            runs = rbm_runs(self.context.workspace)
        except OSError:
            runs = []
        self._summaries = {str(s.run.path): s for s in runs}
        for summary in runs:
            self.run_combo.addItem(f"{summary.id} · {summary.model.upper()} · {summary.epochs_text}",
                                   str(summary.run.path))
        index = self.run_combo.findData(current) if current else -1
        self.run_combo.setCurrentIndex(max(index, 0) if runs else -1)
        self.run_combo.blockSignals(False)
        if self.run_combo.currentData() != current or not runs:
            self._run_chosen()

    def run(self) -> Run | None:
        path = self.run_combo.currentData()
        return Run(Path(path)) if path else None

    def _run_chosen(self) -> None:
        run = self.run()
        self._result = None
        self.result_label.setText("")
        self.sample_grid.clear()
        self._update_buttons()
        if run is None:
            self.tiles.clear()
            self.status.setText(tr("No RBM runs yet: train one in the Training monitor (model RBM or DBN)."))
            return
        self._show_saved_tiles(run)

    def _show_saved_tiles(self, run: Run) -> None:
        """The filters and particles the trainer saved after the run's last epoch."""
        from dataclasses import replace

        from studio.training.previews import load_preview_png

        pngs = sorted(run.samples_dir.glob("epoch-*.png")) if run.samples_dir.is_dir() else []
        summary = self._summaries.get(str(run.path))
        shape = (summary.image_shape if summary is not None else None) or (1, 28, 28)
        saved = load_preview_png(pngs[-1], shape) if pngs else None
        if saved is None:
            self.tiles.clear()
            self.status.setText(tr("{run}: no saved filters to show yet.").format(run=run.id))
            return
        self.tiles.show_preview(replace(saved, kind="filter_tiles"))
        self.status.setText(tr("{run}: filters and particles after epoch {epoch}.").format(run=run.id,
                                                                                          epoch=saved.epoch))

    def _is_rbm(self) -> bool:
        summary = self._summaries.get(self.run_combo.currentData() or "")
        return summary is not None and summary.model == "rbm"

    def _update_buttons(self) -> None:
        has_run = self.run() is not None
        self.sample_button.setEnabled(has_run or self._sampler is not None)
        rbm = has_run and self._is_rbm()
        self.ais_button.setEnabled(rbm or self._ais is not None)
        self.ais_button.setToolTip(self.ais_button.toolTip() if rbm or not has_run else
                                   tr("AIS estimates a single RBM's log-likelihood; choose an RBM run"))
        self.run_combo.setEnabled(self._ais is None and self._sampler is None)

    # Samples ---------------------------------------------------------------------------------------

    def is_sampling(self) -> bool:
        return self._sampler is not None

    def toggle_samples(self) -> None:
        if self._sampler is not None:
            self._sampler.stop()
            return
        run = self.run()
        if run is None:
            return
        steps, seed = self.steps_spin.value(), self.seed_spin.value()

        def job(control):
            from studio.training.sampling import sample_steps
            from studio.training.trained import load_trained_model

            model = load_trained_model(run, "latest", "cpu")
            yield from sample_steps(model, SAMPLES, control, options={"steps": steps, "every": max(1, steps // 50)},
                                    seed=seed)

        self._sampler = TaskWorker(job, self)
        self._sampler.event.connect(self._on_samples)
        self._sampler.finished.connect(self._samples_ended)
        self.sample_button.setText(tr("Stop"))
        self._update_buttons()
        self.status.setText(tr("Running {n} Gibbs chains for {steps:,} steps…").format(n=SAMPLES, steps=steps))
        self._sampler.start()

    def _on_samples(self, item) -> None:
        if isinstance(item, Samples):
            self.sample_grid.set_images(item.data)

    def _samples_ended(self, end) -> None:
        self._sampler = None
        self.sample_button.setText(tr("Draw samples"))
        self._update_buttons()
        if end.failure is not None:
            text = end.failure.message
            self.context.report_failure(end.failure)
        elif end.status == "stopped":
            text = tr("Stopped; the samples shown are where the chains were.")
        else:
            text = tr("{n} samples after {steps:,} Gibbs steps.").format(n=SAMPLES, steps=self.steps_spin.value())
        self.status.setText(text)
        self.samples_finished.emit(text)

    # AIS -------------------------------------------------------------------------------------------

    def is_estimating(self) -> bool:
        return self._ais is not None

    def result(self):
        """The last AISResult of the chosen run, or None."""
        return self._result

    def toggle_estimate(self) -> None:
        if self._ais is not None:
            self._ais.stop()
            return
        run = self.run()
        if run is None:
            return
        runs, betas = self.runs_spin.value(), self.betas_spin.value()

        def job(control):
            from studio.energy.ais import ais_for_run

            yield from ais_for_run(run, "latest", runs=runs, betas=betas, control=control)

        self._result = None
        self._ais = TaskWorker(job, self)
        self._ais.event.connect(self._on_ais_event)
        self._ais.finished.connect(self._ais_ended)
        self.ais_button.setText(tr("Stop"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.result_label.setText(tr("Estimating…"))
        self._update_buttons()
        self._ais.start()

    def _on_ais_event(self, item) -> None:
        if isinstance(item, Progress):
            if item.total:
                self.progress.setRange(0, item.total)
                self.progress.setValue(item.done)
        elif hasattr(item, "log_z"):
            self._result = item

    def _ais_ended(self, end) -> None:
        self._ais = None
        self.ais_button.setText(tr("Estimate log-likelihood"))
        self.progress.setVisible(False)
        self._update_buttons()
        r = self._result
        if end.failure is not None:
            text = end.failure.message
            self.context.report_failure(end.failure)
        elif end.status == "stopped" or r is None:
            text = tr("Stopped before the estimate was done.")
        else:
            text = tr("Test log-likelihood {ll:.2f} ± {se:.2f} nats per image ({n:,} validation images); "
                      "log Z = {z:.2f} ± {zse:.2f} from {runs} annealing runs over {betas:,} temperatures "
                      "({seconds:.0f} s).").format(ll=r.test_ll, se=r.test_ll_se, n=r.n_test, z=r.log_z,
                                                    zse=r.log_z_se, runs=r.runs, betas=r.betas, seconds=r.seconds)
        self.result_label.setText(text)
        self.estimate_finished.emit(text)

    def shutdown(self) -> None:
        for worker in (self._ais, self._sampler):
            if worker is not None:
                worker.stop_and_wait()
