"""The Training monitor tab: set up a run, start/pause/stop it, and watch its curves and previews live.

The tab is a view: a ``TrainingController`` runs the training in a child process and feeds a Qt-free
``LiveRun``; a timer redraws what changed at most ``REDRAW_HZ`` times a second, so the training never
waits for the screen however fast it reports. torch is imported by the model loader thread (for the
models' settings) and by the training process, never while the window is being built.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

from studio.core.console import format_duration
from studio.core.curves import RunCurves
from studio.core.errors import StudioError
from studio.core.events import RunStarted
from studio.core.run_summary import RunSummary
from studio.core.workspace import Run
from studio.training.job import new_run_spec, resume_spec
from studio.ui.context import AppContext
from studio.ui.i18n import tr
from studio.ui.live_status import translate_status
from studio.ui.tabs.training.settings_panel import SHORTCUTS, SettingsPanel
from studio.ui.widgets.data_preparation import DataPreparation
from studio.ui.widgets.layout import splitter
from studio.ui.widgets.loss_plot import PASS_MS, LossPlot
from studio.ui.widgets.preview_view import PreviewView
from studio.ui.widgets.progress_bar import ProgressBar
from studio.ui.widgets.run_list import RunList
from studio.workers.training_controller import TrainingController

REDRAW_HZ = 10
RESUMABLE = {"stopped", "interrupted", "failed", "completed"}


class TrainingTab(QWidget):
    """Set up, run and watch trainings; overlay and resume the runs of the workspace."""

    models_loaded = Signal()
    run_finished = Signal(str)        # "completed", "stopped" or "failed", once the training process ended
    busy_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = TrainingController(context.report_failure, self)
        self.controller.started.connect(self._on_started)
        self.controller.ended.connect(self._on_ended)
        self.live = None                              # the LiveRun of the training, while there is one
        self._disk_curves: dict[str, tuple[float, RunCurves]] = {}
        self._build()
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setInterval(1000 // REDRAW_HZ)
        self._redraw_timer.timeout.connect(self.redraw)
        self._set_busy(False)
        self.refresh_runs()
        self._announcing = False
        context.runs.changed.connect(self._runs_changed_elsewhere)
        # The model registry imports torch (seconds): load it in a thread once the window is up.
        QTimer.singleShot(0, self, self._load_models)

    # Building the widgets ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.settings = SettingsPanel(self.context.settings.device)
        s = self.settings
        for name in ("dataset_edit", "model_combo", "epochs_spin", "batch_spin", "lr_spin", "seed_spin",
                     "device_combo", "start_button", "pause_button", "stop_button"):
            setattr(self, name, getattr(s, name))
        s.start_clicked.connect(self.start)
        s.pause_clicked.connect(self.toggle_pause)
        s.stop_clicked.connect(self.stop)
        self.loss_plot = LossPlot()
        self.preview = PreviewView()
        self.image_strip = self.preview      # the previews' widget, by its older name

        self.progress = ProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.progress.setFormat(tr("Idle"))
        self.progress.setValue(0)  # Qt shows no text at all below the minimum
        self.progress.setFixedWidth(240)
        self.preparation = DataPreparation(self.progress, self)
        self.preparation.finished.connect(self._prepared)
        self._pending = None                          # the config to train once its data are prepared
        self._closing = False
        self.status_label = QLabel(tr("Ready."))
        self.speed_label = QLabel("")
        self.device_label = QLabel("")
        for label in (self.speed_label, self.device_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Wide enough for any ETA and speed, so that the row is not laid out again (and repainted) each
        # time the text gets a digit longer.
        self.speed_label.setMinimumWidth(self.speed_label.fontMetrics().horizontalAdvance(
            tr("ETA {eta} · {samples_per_s:,.0f} samples/s").format(eta="00:00:00", samples_per_s=8888888)) + 8)
        self.speed_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status_label.setMinimumWidth(120)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # A long status (paused: what Resume and Stop do) wraps onto a second line rather than being cut.
        self.status_label.setWordWrap(True)
        status_row = QHBoxLayout()
        status_row.addWidget(self.progress)
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.speed_label)
        status_row.addSpacing(12)
        status_row.addWidget(self.device_label)

        plots = QWidget()
        plots_layout = QVBoxLayout(plots)
        plots_layout.setContentsMargins(0, 0, 0, 0)
        plots_layout.addLayout(status_row)
        plots_layout.addWidget(self.loss_plot, 1)
        images_box = QGroupBox(tr("Previews"))
        QVBoxLayout(images_box).addWidget(self.preview)
        bottom = splitter(Qt.Orientation.Horizontal, (images_box, 1, 520), (self._build_runs(), 1, 520))
        right = splitter(Qt.Orientation.Vertical, (plots, 3, 520), (bottom, 1, 260))
        main = splitter(Qt.Orientation.Horizontal, (self.settings, 0, 330), (right, 1, 950))
        main.setChildrenCollapsible(False)
        self.splitter = main
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(main)
        for name, slot, text in (("start", self.start, tr("Start training")),
                                 ("pause", self.toggle_pause, tr("Pause or resume training")),
                                 ("stop", self.stop, tr("Stop training"))):
            action = QAction(text, self)      # the text names it in Help ▸ Keyboard shortcuts
            action.setShortcut(QKeySequence(SHORTCUTS[name]))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def _build_runs(self) -> QWidget:
        self.run_list = RunList(lambda: self.context.workspace)
        self.run_list.selection_changed.connect(self._selection_changed)
        self.run_list.error.connect(self.context.reporter.report)
        self.run_list.message.connect(self._say)
        self.run_list.trashed.connect(self._runs_trashed)
        self.restore_action = self.run_list.restore_action
        self.resume_epochs = QSpinBox()
        self.resume_epochs.setRange(1, 100_000)
        self.resume_epochs.setPrefix(tr("to epoch "))
        self.resume_epochs.setToolTip(tr("Train the selected run until this epoch (raise it to train a finished "
                                      "run for longer)."))
        self.resume_button = QPushButton(tr("Resume run"))
        self.resume_button.setToolTip(tr("Continue the selected stopped, interrupted or finished run from its "
                                      "latest checkpoint."))
        self.resume_button.clicked.connect(self.resume_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.resume_epochs)
        row.addWidget(self.resume_button)
        box = QGroupBox(tr("Runs"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.run_list, 1)
        layout.addLayout(row)
        return box

    def _say(self, text: str, tooltip: str = "") -> None:
        self.status_label.setText(text)
        self.status_label.setToolTip("\n".join(t for t in (text, tooltip) if t))

    def status_fully_shown(self) -> bool:
        """True when the whole status text fits in its label (no part cut off)."""
        label = self.status_label
        rect = label.fontMetrics().boundingRect(0, 0, max(1, label.width()), 10_000,
                                                int(Qt.TextFlag.TextWordWrap), label.text())
        return rect.width() <= label.width() and rect.height() <= label.height()

    # Models ------------------------------------------------------------------------------------------

    def _load_models(self) -> None:
        models = self.context.models
        models.ready.connect(self._models_loaded)
        models.load()
        if models.is_ready():
            self._models_loaded()

    def _models_loaded(self) -> None:
        self.settings.set_models(list(self.context.models.entries.values()))
        self._set_busy(self.is_busy())
        self.loss_plot.prepare()
        self.controller.prepare()
        self._selection_changed()  # the runs shown get their models' titles and units
        self.models_loaded.emit()

    def models_ready(self) -> bool:
        """The model list is filled in and the tab is ready to start a run."""
        return self.settings.models_ready() and self.context.models.is_ready()

    def model_form(self):
        return self.settings.model_form()

    def train_config(self):
        return self.settings.train_config()

    # Starting, pausing, stopping ---------------------------------------------------------------------

    def start(self) -> None:
        if self.is_busy() or not self.models_ready():
            return
        try:
            config = self.train_config()
            config.validate()
            from studio.models.registry import make_config  # loaded already: the model list came from it

            make_config(config.model, config.model_config)
        except StudioError as exc:
            self.context.reporter.report(str(exc))
            return
        cache = Path(self.context.workspace) / "cache"
        if DataPreparation.needed(config.dataset, cache):
            # The chorales' one-time conversion (minutes), shown here with its progress and Stop rather than
            # done silently by the training process while the bar says "Starting…".
            self._pending = config
            self.preparation.start(config.dataset, cache)
            self._set_busy(True)
            self.pause_button.setEnabled(False)
            self._say(tr("Converting the Bach chorales to MIDI (once for this workspace)…"))
            return
        self._launch(new_run_spec(config, self.context.workspace), tr("Loading the data and building the model…"),
                     config.model, config.model_config)

    def _prepared(self, end) -> None:
        config, self._pending = self._pending, None
        if end.completed and config is not None and not self._closing:
            self._launch(new_run_spec(config, self.context.workspace),
                         tr("Loading the data and building the model…"), config.model, config.model_config)
            return
        self._set_busy(False)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        if end.failure is not None:
            self.progress.setFormat(tr("Failed"))
            self.context.reporter.report(end.failure.message, end.failure.details)
        else:
            self.progress.setFormat(tr("Stopped"))
            self._say(tr("Stopped converting the chorales; the pieces converted so far are kept."))
        self.run_finished.emit("failed" if end.failure is not None else "stopped")

    def is_preparing(self) -> bool:
        """Whether a dataset's one-time preparation (the chorales' conversion) is running."""
        return self.preparation.is_running()

    def resume_selected(self) -> None:
        runs = self.run_list.selected_runs()
        if self.is_busy() or len(runs) != 1:
            return
        from studio.training.session import TrainingSession  # no torch at import

        try:
            summary = RunSummary.read(runs[0])
            epochs = self.resume_epochs.value()
            if epochs <= summary.epochs_done and summary.status == "completed":
                raise StudioError(tr("The run '{id}' has already trained {epochs_done} epochs; raise 'to epoch' "
                                     "above that to train it for longer.").format(
                                         id=summary.id, epochs_done=summary.epochs_done))
            TrainingSession.resume(runs[0], epochs=epochs)  # checks that there is a checkpoint to resume from
        except StudioError as exc:
            self.context.reporter.report(str(exc))
            return
        self._launch(resume_spec(summary.path, epochs, self.settings.device()),
                     tr("Resuming {id}…").format(id=summary.id), summary.model, summary.model_config)

    def _launch(self, spec: dict, message: str, model: str, model_config: dict) -> None:
        from studio.models.registry import get_entry, loss_terms

        try:
            terms, headline = loss_terms(model, model_config), get_entry(model).headline
        except StudioError:
            terms, headline = [], "loss"   # wrong settings: the run says so itself
        self.live = self.controller.start(spec, model, headline)
        self.preview.clear()
        self.progress.setRange(0, 0)  # busy until the first step
        self.progress.setFormat(tr("Starting…"))
        self.speed_label.setText("")
        self.device_label.setText("")
        self._say(message)
        self._set_busy(True)
        # The plot gets the run's panels now, while the data load: laid out and drawn before the first
        # points arrive, so that the live curves only ever add points.
        self.loss_plot.expect_terms(terms)
        self.loss_plot.set_runs([])
        self._redraw_timer.start()

    def toggle_pause(self) -> None:
        if not self.controller.is_busy() or self.controller.is_stopping():
            return
        paused = self.controller.toggle_pause()
        self.pause_button.setText(tr("Resume") if paused else tr("Pause"))
        self._show_live_row()
        self._say(translate_status(self.live.status))

    def is_paused(self) -> bool:
        return self.controller.is_paused()

    def stop(self) -> None:
        if self.preparation.is_running():
            self.preparation.stop()
            self.stop_button.setEnabled(False)
            return
        if not self.controller.is_busy() or self.controller.is_stopping():
            return
        self.controller.stop()
        self._say(translate_status(self.live.status))
        self.pause_button.setEnabled(False)
        self.stop_button.setEnabled(False)
        self._show_live_row()

    def is_busy(self) -> bool:
        return self.controller.is_busy() or self.preparation.is_running()

    def live_run_dir(self) -> str | None:
        """The folder of the run being trained, once it exists."""
        return self.live.run_dir if self.live is not None and not self.live.ended else None

    def _set_busy(self, busy: bool) -> None:
        self.settings.set_busy(busy)
        self._update_resume_button()
        self.busy_changed.emit(busy)

    def shutdown(self) -> None:
        """Stop the training (the engine saves a checkpoint) and wait for the threads to end."""
        self._redraw_timer.stop()
        self._closing = True
        self.preparation.shutdown()
        self.controller.shutdown()
        self.context.models.shutdown()

    # The live run (GUI thread): the controller stores, the timer draws ---------------------------------

    def _on_started(self, event: RunStarted) -> None:
        self._disk_curves.pop(event.run_dir, None)
        self.device_label.setText(tr("Device: {device}").format(device=event.device))
        self.progress.setRange(0, 100)
        self.progress.setValue(int(100 * event.start_step / max(event.total_steps, 1)))
        self.progress.setFormat(tr("Starting…"))
        self.run_list.set_live(event.run_dir, "running")
        self.refresh_runs(select=event.run_dir)
        self._announce()                    # other tabs list the new run too
        self.loss_plot.set_planned_extent({"step": event.total_steps, "epoch": event.epochs})

    def _on_ended(self, outcome: str) -> None:
        live = self.live
        self.redraw()
        self._redraw_timer.stop()
        self.progress.setFormat({"completed": tr("Done"), "stopped": tr("Stopped at %p%"), "failed": tr("Failed")}.get(
            outcome, "%p%"))
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 100)
            self.progress.setValue(0)
        self._say(translate_status(live.status) if live is not None else outcome)
        # The finished run is now a run on disk like the others; its curves are already complete.
        key = live.run_dir if live is not None else None
        if key is not None:
            self.run_list.clear_live(key)
            try:
                self._disk_curves[key] = (Run(Path(key)).metrics_path.stat().st_mtime, live.curves)
            except OSError:
                pass
        self.live = None
        self._set_busy(False)
        # The rest in passes of the event loop of their own, each a repaint apart: together they took
        # 60-100 ms, the longest stall of a run (its end).
        QTimer.singleShot(PASS_MS, self, lambda: self._after_end(outcome, 0))

    def _after_end(self, outcome: str, part: int) -> None:
        """The plot and the lists follow the ended run, one part per pass; then ``run_finished``."""
        if part == 0:
            if self.live is None:        # unless a new run started meanwhile: its panels stay
                # A completed run fills its planned extent: the x axes stay (moving them repaints all).
                self.loss_plot.set_planned_extent({}, refit=outcome != "completed")
                self.loss_plot.expect_terms([])
        elif part == 1:
            self.refresh_runs()
            self._announce()                    # every other tab's list follows
        else:
            self.loss_plot.prepare()  # panels for the next run, built one a pass while the window is idle
            self.run_finished.emit(outcome)
            return
        QTimer.singleShot(PASS_MS, self, lambda: self._after_end(outcome, part + 1))

    def redraw(self) -> None:
        """Draw what arrived since the last tick (the timer calls it at most REDRAW_HZ times a second)."""
        live = self.live
        if live is None:
            return
        changes = live.take_changes()
        if changes.status is not None:
            checkpoint = (tr("Last checkpoint: {checkpoint}").format(checkpoint=live.checkpoint)
                          if live.checkpoint else "")
            self._say(translate_status(changes.status), checkpoint)
            self._show_live_row()
        if changes.curves:
            if live.run_dir is not None and live.run_dir not in self.loss_plot.run_keys():
                self._selection_changed()
            self.loss_plot.refresh()
        if changes.preview is not None:
            self.preview.show_preview(changes.preview)
        step = live.last_step
        if step is not None and live.started is not None:
            # Whole percents: QProgressBar repaints itself at once on every change of value.
            self.progress.setValue(int(100 * step.fraction))
            self.progress.setFormat(tr("Epoch {epoch_in_progress} of {epochs} · %p%").format(
                epoch_in_progress=live.epoch_in_progress, epochs=live.started.epochs))
            self.speed_label.setText(tr("ETA {eta} · {samples_per_s:,.0f} samples/s").format(
                eta=format_duration(step.eta_s, unknown='–'), samples_per_s=step.samples_per_s))

    def _show_live_row(self) -> None:
        live = self.live
        if live is None or live.run_dir is None:
            return
        epoch = live.last_epoch
        epochs = f"{epoch.epoch}/{live.started.epochs}" if epoch is not None else None
        value = epoch.val.get(live.headline) if epoch is not None else None
        self.run_list.set_live(live.run_dir, live.state, epochs, value)

    # The run list --------------------------------------------------------------------------------------

    def workspace_changed(self) -> None:
        self._disk_curves.clear()
        self.refresh_runs()

    def device_changed(self, device: str) -> None:
        """The settings' device changed: the next run is set to it (the choice here stays per run)."""
        self.device_combo.setCurrentIndex(max(0, self.device_combo.findData(device)))

    def refresh_runs(self, select: str | None = None) -> None:
        """Reread the workspace's runs, newest first, keeping (or setting) the selection."""
        self.run_list.refresh([select] if select else None)
        self._show_live_row()

    def selected_runs(self) -> list[Run]:
        return self.run_list.selected_runs()

    def select_runs(self, paths: list[str]) -> None:
        self.run_list.select_paths(paths)

    def trash_selected(self) -> None:
        self.run_list.trash_selected()

    def _runs_trashed(self) -> None:
        for key in list(self._disk_curves):
            if not Path(key).is_dir():
                self._disk_curves.pop(key)
        self._announce()

    def _announce(self) -> None:
        """Tell the other tabs that the runs changed (this tab's list is up to date already)."""
        self._announcing = True
        try:
            self.context.runs.changed.emit()
        finally:
            self._announcing = False

    def _runs_changed_elsewhere(self) -> None:
        if not self._announcing:
            self.refresh_runs()

    def _selection_changed(self) -> None:
        shown: list[tuple[str, str, RunCurves]] = []
        keys = self.run_list.selected_paths()
        live_key = self.live_run_dir()
        if live_key and live_key not in keys:
            keys.insert(0, live_key)
        for key in keys:
            summary = self.run_list.summary(key)
            if summary is None:
                continue
            curves = self.live.curves if key == live_key else self._curves_from_disk(summary.run)
            shown.append((key, summary.label(), curves))
        if not self.is_busy():
            self.loss_plot.expect_terms(self._terms_of([self.run_list.summary(k) for k in keys]))
        self.loss_plot.set_runs(shown)
        if len(keys) == 1 and keys[0] != live_key:
            self._show_saved_preview(self.run_list.summary(keys[0]))
        elif not keys and not self.is_busy():
            self.preview.clear()  # e.g. the runs shown were moved to the trash
        self._update_resume_button()

    def _terms_of(self, summaries: list[RunSummary | None]) -> list:
        """The titled terms of the runs shown, when the registry is loaded (else the plot names them); runs
        of several models give the terms of each, a shared name titled by the first."""
        if not self.settings.models_ready():
            return []
        from studio.models.registry import loss_terms

        terms, seen = [], set()
        for summary in {s.model: s for s in summaries if s is not None}.values():
            try:
                model_terms = loss_terms(summary.model, summary.model_config)
            except StudioError:
                continue
            terms += [t for t in model_terms if t.name not in seen]
            seen.update(t.name for t in model_terms)
        return terms

    def _curves_from_disk(self, run: Run) -> RunCurves:
        try:
            stamp = run.metrics_path.stat().st_mtime
        except OSError:
            stamp = 0.0
        cached = self._disk_curves.get(str(run.path))
        if cached is None or cached[0] != stamp:
            cached = (stamp, RunCurves.from_records(run.read_metrics()))
            self._disk_curves[str(run.path)] = cached
        return cached[1]

    def _show_saved_preview(self, summary: RunSummary | None) -> None:
        """Show the last epoch's preview strip saved with a run (the PNG the trainer wrote)."""
        if self.is_busy() or summary is None:
            return
        samples = summary.run.samples_dir
        pngs = sorted(samples.glob("epoch-*.png")) if samples.is_dir() else []
        if not pngs or not summary.image_shape:
            self.preview.clear()
            return
        epoch = pngs[-1].stem.split("-")[-1].lstrip("0") or "0"
        entry = self.context.models.entry(summary.model)
        if entry is not None and getattr(entry.model_cls, "preview_kind", "") == "filter_tiles":
            # Filters and particles are shown as squares of tiles, as they were live.
            from dataclasses import replace

            from studio.training.previews import load_preview_png

            saved = load_preview_png(pngs[-1], summary.image_shape)
            if saved is not None:
                self.preview.show_preview(replace(saved, kind="filter_tiles"))
                return
        titles = list(entry.model_cls.preview_titles.values()) if entry is not None else []
        caption = tr("{id} · epoch {epoch}").format(id=summary.id, epoch=epoch)
        self.preview.show_picture(pngs[-1], summary.image_shape[1], caption, titles)

    def _update_resume_button(self) -> None:
        paths = self.run_list.selected_paths()
        summary = self.run_list.summary(paths[0]) if len(paths) == 1 else None
        ok = (summary is not None and not self.is_busy() and summary.status in RESUMABLE
              and summary.run.checkpoints_dir.is_dir())
        if ok:
            total = summary.epochs_planned or 1
            self.resume_epochs.setValue(max(total, summary.epochs_done + 1) if summary.status == "completed"
                                        else total)
        self.resume_button.setEnabled(ok)
