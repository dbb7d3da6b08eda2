"""The Training monitor tab: set up a run, start/pause/stop it, and watch its curves and pictures live.

The tab is a view over ``studio.core.engine.TrainingSession``: the session's generator runs in a child
process (``ProcessWorker``; in a thread it would compete with the window for the interpreter lock) and
its events arrive here by queued signals. Event handlers only store data (in
``RunCurves`` and a few fields); a timer redraws at most ``REDRAW_HZ`` times a second, so the training
loop never waits for the screen however fast it reports. torch is imported by the model loader thread
(for the models' settings) and by the training process, never while the window is being built.
"""

from __future__ import annotations

import math
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QValidator
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QFrame,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu,
                               QPushButton, QScrollArea, QSizePolicy, QSpinBox, QSplitter, QStackedWidget,
                               QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from studio.core.console import format_duration
from studio.core.curves import RunCurves
from studio.core.devices import DEVICE_CHOICES
from studio.core.errors import StudioError
from studio.core.events import (CheckpointWritten, EpochMetrics, Failed, Finished, RunStarted, SampleImages,
                                StepMetrics)
from studio.core.workspace import Run, Workspace
from studio.ui.context import AppContext
from studio.ui.errors import report_end
from studio.ui.widgets.config_form import ConfigForm
from studio.ui.widgets.image_strip import ImageStrip
from studio.ui.widgets.loss_plot import LossPlot
from studio.ui.widgets.progress_bar import ProgressBar
from studio.workers.process_job import new_run_spec, training_job
from studio.workers.process_worker import ProcessWorker
from studio.workers.task_worker import TaskWorker

REDRAW_HZ = 10
# What the training process imports while it waits for a job (the built-in dataset needs scikit-learn).
PRELOAD = ("torch", "studio.core.engine", "studio.models.registry", "sklearn.datasets")
# What the loss terms of each model family are measured in, for the y-axis labels.
LOSS_UNITS = {"vae": "nats/image", "autoencoder": "BCE/pixel"}
RESUMABLE = {"stopped", "interrupted", "failed", "completed"}
SHORTCUTS = {"start": "Ctrl+Return", "pause": "Ctrl+P", "stop": "Ctrl+."}


def run_label(info: dict, run: Run) -> str:
    """A short legend name for a run: model and start time, e.g. "vae 01:06:45"."""
    created = info.get("created")
    when = datetime.fromtimestamp(created).strftime("%H:%M:%S") if isinstance(created, (int, float)) else run.id
    return f"{info.get('model', '?')} {when}"


class LearningRateSpinBox(QDoubleSpinBox):
    """A learning-rate box that steps through 1-2-5 values (…, 5e-4, 1e-3, 2e-3, …) and shows 0.001, 3e-05."""

    _MANTISSAS = (1.0, 2.0, 5.0)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(10)
        # No sensible upper limit: a rate that makes training diverge is reported by the trainer's guard.
        self.setRange(1e-8, 1e6)
        self.setValue(1e-3)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        return f"{value:.4g}"

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        try:
            return float(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        try:
            ok = self.minimum() <= float(text) <= self.maximum()
        except ValueError:
            ok = False  # "1e-" on the way to "1e-4": let the user keep typing
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate, text, pos)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        value = self.value()
        exponent = math.floor(math.log10(value))
        mantissa = value / 10 ** exponent
        # The index of the nearest 1-2-5 value at or below this one, then move by `steps` of them.
        index = exponent * 3 + max(i for i, m in enumerate(self._MANTISSAS) if m <= mantissa * 1.0001)
        index += steps
        exponent, i = divmod(index, 3)
        self.setValue(self._MANTISSAS[i] * 10 ** exponent)


class TrainingTab(QWidget):
    """Set up, run and watch trainings; overlay and resume the runs of the workspace."""

    models_loaded = Signal()
    run_finished = Signal(str)        # "completed", "stopped" or "failed", once the worker has ended
    busy_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.entries: dict = {}                      # model name -> registry entry
        self.forms: dict[str, ConfigForm] = {}
        self._worker: ProcessWorker | None = None
        self._spare: ProcessWorker | None = None     # a started process waiting for the next training
        self._closing = False
        self._model_loader: TaskWorker | None = None
        self._live_key: str | None = None            # run folder of the run being trained
        self._live_curves: RunCurves | None = None
        self._live_status = ""
        self._outcome = ""
        self._disk_curves: dict[str, tuple[float, RunCurves]] = {}
        self._trashed: list[list[str]] = []   # ids moved to the trash, one list per move (for Ctrl+Z)
        self._last_step: StepMetrics | None = None
        self._started: RunStarted | None = None
        self._pending_images: SampleImages | None = None
        self._dirty = False
        self._live_epoch: tuple[int, float | None] | None = None

        self._build()
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setInterval(1000 // REDRAW_HZ)
        self._redraw_timer.timeout.connect(self._redraw)
        self._set_busy(False)
        self.refresh_runs()
        # The model registry imports torch (seconds): load it in a thread once the window is up.
        QTimer.singleShot(0, self, self._load_models)

    # Building the widgets ----------------------------------------------------------------------------

    def _build(self) -> None:
        settings_panel = self._build_settings()
        self.loss_plot = LossPlot()
        self.image_strip = ImageStrip()

        self.progress = ProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.progress.setFormat("Idle")
        self.progress.setValue(0)  # Qt shows no text at all below the minimum
        self.progress.setFixedWidth(240)
        self.status_label = QLabel("Ready.")
        self.speed_label = QLabel("")
        self.device_label = QLabel("")
        for label in (self.speed_label, self.device_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Wide enough for any ETA and speed, so that the row is not laid out again (and repainted) each
        # time the text gets a digit longer.
        self.speed_label.setMinimumWidth(self.speed_label.fontMetrics().horizontalAdvance(
            "ETA 00:00:00 · 0,000,000 samples/s") + 8)
        self.speed_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status_label.setMinimumWidth(120)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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

        images_box = QGroupBox("Previews")
        images_layout = QVBoxLayout(images_box)
        images_layout.addWidget(self.image_strip)
        runs_box = self._build_runs()

        bottom = _splitter(Qt.Orientation.Horizontal, (images_box, 1, 520), (runs_box, 1, 520))
        right = _splitter(Qt.Orientation.Vertical, (plots, 3, 520), (bottom, 1, 260))
        main = _splitter(Qt.Orientation.Horizontal, (settings_panel, 0, 330), (right, 1, 950))
        main.setChildrenCollapsible(False)
        self.splitter = main

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(main)

        for name, slot in (("start", self.start), ("pause", self.toggle_pause), ("stop", self.stop)):
            action = QAction(self)
            action.setShortcut(QKeySequence(SHORTCUTS[name]))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self.refresh_runs)
        self.addAction(refresh)

    def _build_settings(self) -> QWidget:
        # Data
        self.dataset_edit = QLineEdit("digits")
        self.dataset_edit.setPlaceholderText("digits, or a path")
        self.dataset_edit.setToolTip("'digits' (built in: 1,797 handwritten digits), or the path of an MNIST IDX "
                                     "file or folder, a folder of images, or a .npz archive.")
        browse = QToolButton()
        browse.setText("Browse…")
        browse.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(browse)
        menu.addAction("Built-in digits", lambda: self.dataset_edit.setText("digits"))
        menu.addAction("MNIST IDX file…", self._browse_idx)
        menu.addAction("MNIST folder or image folder…", self._browse_folder)
        menu.addAction(".npz archive…", self._browse_npz)
        browse.setMenu(menu)
        data_row = QHBoxLayout()
        data_row.addWidget(self.dataset_edit, 1)
        data_row.addWidget(browse)
        data_box = QGroupBox("Data")
        data_form = QFormLayout(data_box)
        data_form.addRow("Dataset", data_row)

        # Model
        self.model_combo = QComboBox()
        self.model_combo.addItem("Loading models…")
        self.model_combo.setEnabled(False)
        self.model_combo.currentIndexChanged.connect(self._model_changed)
        self.model_description = QLabel("")
        self.model_description.setWordWrap(True)
        self.model_description.setStyleSheet("color: palette(dark);")
        self.options_stack = QStackedWidget()
        self.options_stack.addWidget(QWidget())
        model_box = QGroupBox("Model")
        model_layout = QVBoxLayout(model_box)
        model_layout.addWidget(self.model_combo)
        model_layout.addWidget(self.model_description)
        model_layout.addWidget(self.options_stack)

        # Training (the defaults are the engine's, as on the command line)
        from studio.core.engine import TrainConfig  # imports no torch

        defaults = TrainConfig()
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setRange(1, 100_000)
        self.epochs_spin.setValue(defaults.epochs)
        self.epochs_spin.setToolTip("How many passes over the training images.")
        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(1, 65_536)
        self.batch_spin.setValue(defaults.batch_size)
        self.batch_spin.setToolTip("Images per optimiser step. Larger batches are faster per image on a GPU "
                                   "but need more memory.")
        self.lr_spin = LearningRateSpinBox()
        self.lr_spin.setValue(defaults.lr)
        self.lr_spin.setToolTip("Adam's learning rate. 0.001 suits most models here; lower it if the loss "
                                "jumps or becomes NaN. The arrows step through 1-2-5 values.")
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2_147_483_647)
        self.seed_spin.setValue(defaults.seed)
        self.seed_spin.setToolTip("The random seed: the same seed and settings give the same run.")
        self.device_combo = QComboBox()
        for name in DEVICE_CHOICES:
            self.device_combo.addItem(name, name)
        self.device_combo.setCurrentIndex(max(0, self.device_combo.findData(self.context.settings.device)))
        self.device_combo.setToolTip("auto: an NVIDIA GPU (cuda) if there is one, else Apple's GPU (mps), "
                                     "else the CPU.")
        train_box = QGroupBox("Training")
        train_form = QFormLayout(train_box)
        train_form.addRow("Epochs", self.epochs_spin)
        train_form.addRow("Batch size", self.batch_spin)
        train_form.addRow("Learning rate", self.lr_spin)
        train_form.addRow("Seed", self.seed_spin)
        train_form.addRow("Device", self.device_combo)

        form_widget = QWidget()
        form_layout = QVBoxLayout(form_widget)
        form_layout.setContentsMargins(0, 0, 4, 0)
        form_layout.addWidget(data_box)
        form_layout.addWidget(model_box)
        form_layout.addWidget(train_box)
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(form_widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.start_button = QPushButton("Start")
        self.start_button.setToolTip(f"Start training a new run ({_shortcut_text('start')})")
        self.start_button.clicked.connect(self.start)
        self.start_button.setDefault(True)
        self.pause_button = QPushButton("Pause")
        self.pause_button.setToolTip(f"Pause or resume the training ({_shortcut_text('pause')})")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setToolTip(f"Stop the training and save a checkpoint to resume from later "
                                    f"({_shortcut_text('stop')})")
        self.stop_button.clicked.connect(self.stop)
        buttons = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.stop_button):
            button.setMinimumHeight(30)
            buttons.addWidget(button)

        panel = QWidget()
        panel.setMinimumWidth(280)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(scroll, 1)
        panel_layout.addLayout(buttons)
        return panel

    def _build_runs(self) -> QWidget:
        self.run_list = QTreeWidget()
        self.run_list.setHeaderLabels(["Run", "Status", "Model", "Dataset", "Epochs", "Val loss"])
        self.run_list.setRootIsDecorated(False)
        self.run_list.setUniformRowHeights(True)
        self.run_list.setAlternatingRowColors(True)
        self.run_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.run_list.setToolTip("Runs in the workspace. Select several (Ctrl/Shift+click) to compare their "
                                 "curves; F5 refreshes the list, Delete moves runs to the workspace's trash "
                                 "and Ctrl+Z brings them back.")
        self.trash_action = QAction("Move to trash", self.run_list)
        self.trash_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.trash_action.triggered.connect(self.trash_selected)
        self.run_list.addAction(self.trash_action)
        self.restore_action = QAction("Bring back from the trash", self)
        self.restore_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.restore_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.restore_action.setEnabled(False)
        self.restore_action.triggered.connect(self.undo_trash)
        self.addAction(self.restore_action)
        self.run_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.run_list.customContextMenuRequested.connect(self._run_menu)
        header = self.run_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.run_list.itemSelectionChanged.connect(self._selection_changed)

        self.resume_epochs = QSpinBox()
        self.resume_epochs.setRange(1, 100_000)
        self.resume_epochs.setPrefix("to epoch ")
        self.resume_epochs.setToolTip("Train the selected run until this epoch (raise it to train a finished "
                                      "run for longer).")
        self.resume_button = QPushButton("Resume run")
        self.resume_button.setToolTip("Continue the selected stopped, interrupted or finished run from its "
                                      "latest checkpoint.")
        self.resume_button.clicked.connect(self.resume_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.resume_epochs)
        row.addWidget(self.resume_button)

        box = QGroupBox("Runs")
        layout = QVBoxLayout(box)
        layout.addWidget(self.run_list, 1)
        layout.addLayout(row)
        return box

    # Models ------------------------------------------------------------------------------------------

    def _load_models(self) -> None:
        def job(control):
            from studio.models.registry import available_models

            yield available_models()

        self._model_loader = TaskWorker(job, self)
        self._model_loader.event.connect(self._fill_models)
        self._model_loader.finished.connect(self._models_finished)
        self._model_loader.start()

    def _fill_models(self, entries) -> None:
        self.entries = {e.name: e for e in entries}
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        for entry in entries:
            self.model_combo.addItem(entry.title, entry.name)
            self.model_combo.setItemData(self.model_combo.count() - 1, entry.description,
                                         Qt.ItemDataRole.ToolTipRole)
        self.model_combo.blockSignals(False)
        index = self.model_combo.findData("vae")
        self.model_combo.setCurrentIndex(max(0, index))
        self._model_changed()
        self.model_combo.setEnabled(True)

    def _models_finished(self, end) -> None:
        self._model_loader = None
        report_end(self.context.reporter, end, "The models could not be loaded: ")
        self._set_busy(self.is_busy())
        self.loss_plot.prepare()
        self._prepare_spare()
        self.models_loaded.emit()

    def models_ready(self) -> bool:
        return bool(self.entries)

    def _model_changed(self, _index: int = 0) -> None:
        name = self.model_combo.currentData()
        entry = self.entries.get(name)
        if entry is None:
            return
        self.model_description.setText(entry.description)
        if name not in self.forms:
            form = ConfigForm(entry.config_cls)
            self.forms[name] = form
            self.options_stack.addWidget(form)
        self.options_stack.setCurrentWidget(self.forms[name])

    def model_form(self) -> ConfigForm | None:
        return self.forms.get(self.model_combo.currentData())

    # Datasets ----------------------------------------------------------------------------------------

    def _start_dir(self) -> str:
        current = Path(self.dataset_edit.text().strip()).expanduser()
        return str(current.parent if current.is_file() else current if current.is_dir() else Path.home())

    def _browse_idx(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "MNIST images (IDX file)", self._start_dir(),
                                              "MNIST IDX files (*-ubyte *-ubyte.gz *idx*);;All files (*)")
        if path:
            self.dataset_edit.setText(path)

    def _browse_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "MNIST folder or folder of images", self._start_dir())
        if path:
            self.dataset_edit.setText(path)

    def _browse_npz(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Images in a .npz archive", self._start_dir(),
                                              "NumPy archives (*.npz);;All files (*)")
        if path:
            self.dataset_edit.setText(path)

    # Starting, pausing, stopping ---------------------------------------------------------------------

    def train_config(self):
        """The TrainConfig the form describes."""
        from studio.core.engine import TrainConfig  # the engine module itself imports no torch

        form = self.model_form()
        return TrainConfig(model=self.model_combo.currentData() or "vae",
                           dataset=self.dataset_edit.text().strip() or "digits",
                           model_config=form.values() if form else {},
                           epochs=self.epochs_spin.value(), batch_size=self.batch_spin.value(),
                           lr=self.lr_spin.value(), seed=self.seed_spin.value(),
                           device=self.device_combo.currentData())

    def start(self) -> None:
        if self.is_busy() or not self.models_ready():
            return
        try:
            config = self.train_config()
            config.validate()
        except StudioError as exc:
            self.context.reporter.report(str(exc))
            return
        self._launch(new_run_spec(config, self.context.workspace),
                     "Loading the data and building the model…", config.model, config.model_config)

    def resume_selected(self) -> None:
        runs = self.selected_runs()
        if self.is_busy() or len(runs) != 1:
            return
        run = runs[0]
        from studio.core.engine import TrainingSession

        try:
            info = run.info()
            done = int(info.get("epochs_done", 0))
            epochs = self.resume_epochs.value()
            if epochs <= done and run.display_status() == "completed":
                raise StudioError(f"The run '{run.id}' has already trained {done} epochs; raise 'to epoch' "
                                  "above that to train it for longer.")
            TrainingSession.resume(run, epochs=epochs)  # checks that there is a checkpoint to resume from
        except StudioError as exc:
            self.context.reporter.report(str(exc))
            return
        self._launch({"kind": "resume", "run": str(run.path), "epochs": epochs,
                      "device": self.device_combo.currentData()}, f"Resuming {run.id}…",
                     str(info.get("model", "")), info.get("model_config") or {})

    def _launch(self, spec: dict, message: str, model: str, model_config: dict) -> None:
        # Training runs in a child process: in a thread it would hold the interpreter lock for much of
        # each step and make the window's drawing wait (see studio.workers.process_worker).
        self._worker, self._spare = self._spare or ProcessWorker(parent=self, preload=PRELOAD), None
        self._worker.set_job(training_job, (spec,))
        self._worker.event.connect(self._on_event)
        self._worker.finished.connect(self._on_worker_finished)
        self._live_key = None
        self._live_curves = None
        self._last_step = None
        self._started = None
        self._pending_images = None
        self._outcome = ""
        self._live_status = "running"
        self._live_epoch = None
        self.image_strip.clear()
        self.progress.setRange(0, 0)  # busy until the first step
        self.progress.setFormat("Starting…")
        self.speed_label.setText("")
        self.device_label.setText("")
        self.status_label.setText(message)
        self._set_busy(True)
        # The plot gets the run's panels now, while the data load: laid out and drawn before the first
        # points arrive, so that the live curves only ever add points.
        self.loss_plot.expect_terms(self._loss_terms(model, model_config))
        self.loss_plot.set_units(LOSS_UNITS.get(model, ""))
        self.loss_plot.set_runs([])
        self._worker.start()
        self._redraw_timer.start()

    def _loss_terms(self, model: str, model_config: dict) -> list[str]:
        """The terms a run of this model will report (none if the settings are wrong: the run says so)."""
        from studio.models.registry import loss_terms  # loaded already: the model list came from it

        try:
            return loss_terms(model, model_config)
        except StudioError:
            return []

    def _prepare_spare(self) -> None:
        """Start the next training's process now, so that it has torch imported when Start is pressed."""
        if self._spare is None and not self._closing:
            self._spare = ProcessWorker(parent=self, preload=PRELOAD)
            self._spare.prestart()

    def toggle_pause(self) -> None:
        worker = self._worker
        if worker is None or worker.control.stopped:
            return
        if worker.control.paused:
            worker.resume()
            self._live_status = "running"
            self.pause_button.setText("Pause")
            self.status_label.setText("Training…")
        else:
            worker.pause()
            self._live_status = "paused"
            self.pause_button.setText("Resume")
            self.status_label.setText("Paused. Resume to continue, or Stop to keep a checkpoint.")
        self._update_live_row()

    def is_paused(self) -> bool:
        return self._worker is not None and self._worker.control.paused

    def stop(self) -> None:
        worker = self._worker
        if worker is None or worker.control.stopped:
            return
        worker.stop()
        self._live_status = "stopping"
        self.status_label.setText("Stopping: saving a checkpoint…")
        self.pause_button.setEnabled(False)
        self.stop_button.setEnabled(False)
        self._update_live_row()

    def is_busy(self) -> bool:
        return self._worker is not None

    def _set_busy(self, busy: bool) -> None:
        ready = self.models_ready()
        self.start_button.setEnabled(not busy and ready)
        self.pause_button.setEnabled(busy)
        self.stop_button.setEnabled(busy)
        if not busy:
            self.pause_button.setText("Pause")
        for widget in (self.dataset_edit, self.model_combo, self.options_stack, self.epochs_spin, self.batch_spin,
                       self.lr_spin, self.seed_spin, self.device_combo):
            widget.setEnabled(not busy and (ready or widget is not self.model_combo))
        self._update_resume_button()
        self.busy_changed.emit(busy)

    def shutdown(self) -> None:
        """Stop the training (the engine saves a checkpoint) and wait for the threads to end."""
        self._closing = True
        self._redraw_timer.stop()
        if self._spare is not None:
            self._spare.discard()
            self._spare = None
        if self._worker is not None:
            self._worker.stop_and_wait(60_000)
        if self._model_loader is not None:
            self._model_loader.stop_and_wait(60_000)

    # Events from the worker (GUI thread): store, and let the timer draw --------------------------------

    def _on_event(self, event: object) -> None:
        if isinstance(event, StepMetrics):
            if self._live_curves is not None:
                self._live_curves.add_step(event.step, event.epoch, event.time, event.terms)
            self._last_step = event
            self._dirty = True
        elif isinstance(event, EpochMetrics):
            if self._live_curves is not None:
                self._live_curves.add_epoch(event.epoch, event.step, event.time, event.val)
            val = event.val.get("loss")
            self.status_label.setText(f"Epoch {event.epoch} done" +
                                      (f" · validation loss {val:.4g}" if val is not None else ""))
            self._live_epoch = (event.epoch, val)
            self._update_live_row()
            self._dirty = True
        elif isinstance(event, SampleImages):
            self._pending_images = event
            self._dirty = True
        elif isinstance(event, RunStarted):
            self._on_started(event)
        elif isinstance(event, CheckpointWritten):
            self.status_label.setText(self.status_label.text().split(" · saved")[0] + " · saved")
            self.status_label.setToolTip(f"Last checkpoint: {event.path}")
        elif isinstance(event, Finished):
            self._outcome = event.status
        elif isinstance(event, Failed):
            self._outcome = "failed"
            self.context.reporter.report(event.message)

    def _on_started(self, event: RunStarted) -> None:
        self._started = event
        self._live_key = event.run_dir
        run = Run(Path(event.run_dir))
        # A resumed run continues its curves from the log (already cut back to the checkpoint's step).
        self._live_curves = RunCurves.from_records(run.read_metrics()) if event.resumed else RunCurves()
        self._disk_curves.pop(event.run_dir, None)
        self.device_label.setText(f"Device: {event.device}")
        self.progress.setRange(0, 100)
        self.progress.setValue(int(100 * event.start_step / max(event.total_steps, 1)))
        self.progress.setFormat("Starting…")
        self.status_label.setText("Training…" if not event.resumed else f"Resumed at step {event.start_step:,}.")
        for note in event.notes:
            self.status_label.setText(note)
        self.refresh_runs(select=event.run_dir)
        self.loss_plot.set_planned_extent({"step": event.total_steps, "epoch": event.epochs})

    def _on_worker_finished(self, end) -> None:
        self._worker = None
        if report_end(self.context.reporter, end):
            self._outcome = "failed"
        self._redraw()
        self._redraw_timer.stop()
        outcome = self._outcome or "failed"
        done = {"completed": "Training finished.", "stopped": "Stopped; the run can be resumed from the list.",
                "failed": "Training failed."}
        self.status_label.setText(done.get(outcome, outcome))
        self.progress.setFormat({"completed": "Done", "stopped": "Stopped at %p%",
                                 "failed": "Failed"}.get(outcome, "%p%"))
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 100)
            self.progress.setValue(0)
        self._live_status = ""
        # The finished run is now a run on disk like the others; its curves are already complete.
        if self._live_key is not None and self._live_curves is not None:
            try:
                stamp = Run(Path(self._live_key)).metrics_path.stat().st_mtime
                self._disk_curves[self._live_key] = (stamp, self._live_curves)
            except OSError:
                pass
        self._live_key, self._live_curves = None, None
        self.loss_plot.set_planned_extent({})
        self.loss_plot.expect_terms([])
        self._set_busy(False)
        self.refresh_runs()
        self.loss_plot.prepare()  # panels for the next run, built while the window is idle
        self._prepare_spare()
        self.run_finished.emit(outcome)

    def _redraw(self) -> None:
        """Draw what arrived since the last tick (called by the timer, at most REDRAW_HZ times a second)."""
        if not self._dirty:
            return
        self._dirty = False
        self.loss_plot.refresh()
        images, self._pending_images = self._pending_images, None
        if images is not None:
            self.image_strip.set_images(images.images, f"Epoch {images.epoch} · step {images.step:,}")
        step = self._last_step
        started = self._started
        if step is not None and started is not None:
            # Whole percents: QProgressBar repaints itself at once on every change of value.
            self.progress.setValue(int(100 * step.fraction))
            epoch = min(started.epochs, int(step.epoch) + 1)
            self.progress.setFormat(f"Epoch {epoch} of {started.epochs} · %p%")
            eta = format_duration(step.eta_s, unknown="–")
            self.speed_label.setText(f"ETA {eta} · {step.samples_per_s:,.0f} samples/s")

    # The run list --------------------------------------------------------------------------------------

    def workspace_changed(self) -> None:
        self._disk_curves.clear()
        self.refresh_runs()

    def refresh_runs(self, select: str | None = None) -> None:
        """Reread the workspace's runs, newest first, keeping (or setting) the selection."""
        selected = set(select and [select] or [str(r.path) for r in self.selected_runs()])
        self.run_list.blockSignals(True)
        self.run_list.clear()
        items = []
        for run in reversed(Workspace(self.context.workspace).runs()):
            try:
                info = run.info()
                status = run.display_status()
            except StudioError:
                continue
            if str(run.path) == self._live_key and self._live_status:
                status = self._live_status
            train = info.get("train") or {}
            val = (info.get("last_val") or {}).get("loss")
            dataset = str(info.get("dataset") or "digits")
            item = QTreeWidgetItem([
                run.id, status, info.get("model", "?"), Path(dataset).name if dataset != "digits" else "digits",
                f"{info.get('epochs_done', 0)}/{train.get('epochs', '?')}",
                f"{val:.4g}" if isinstance(val, (int, float)) else "–"])
            item.setData(0, Qt.ItemDataRole.UserRole, str(run.path))
            if info.get("message"):
                item.setToolTip(1, info["message"])
            item.setToolTip(0, f"{run.path}\nDevice: {info.get('device', '?')}")
            item.setToolTip(3, str(info.get("dataset_title") or dataset))
            items.append(item)
        self.run_list.addTopLevelItems(items)
        for item in items:
            if item.data(0, Qt.ItemDataRole.UserRole) in selected:
                self.run_list.setCurrentItem(item, 0, QItemSelectionModel.SelectionFlag.Select |
                                             QItemSelectionModel.SelectionFlag.Rows)
        self.run_list.blockSignals(False)
        self._selection_changed()

    def _update_live_row(self) -> None:
        """Show the live run's state in its row without rereading the workspace."""
        for i in range(self.run_list.topLevelItemCount()):
            item = self.run_list.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == self._live_key and self._live_status:
                item.setText(1, self._live_status)
                if self._live_epoch is not None and self._started is not None:
                    epoch, val = self._live_epoch
                    item.setText(4, f"{epoch}/{self._started.epochs}")
                    if val is not None:
                        item.setText(5, f"{val:.4g}")

    # Moving runs to the workspace's trash, and back -------------------------------------------------

    def _run_menu(self, pos) -> None:
        menu = QMenu(self.run_list)
        self.trash_action.setEnabled(bool(self.selected_runs()))
        menu.addAction(self.trash_action)
        menu.addAction(self.restore_action)
        menu.exec(self.run_list.viewport().mapToGlobal(pos))

    def trash_selected(self) -> None:
        """Move the selected runs (not the one training) to the workspace's trash; Ctrl+Z undoes it."""
        runs = self.selected_runs()
        if any(str(r.path) == self._live_key for r in runs):
            self.context.reporter.report("The run that is training cannot be moved to the trash; stop it first.")
            return
        workspace = Workspace(self.context.workspace)
        moved = []
        for run in runs:
            try:
                moved.append(workspace.trash(run))
            except StudioError as exc:
                self.context.reporter.report(str(exc))
                break
            self._disk_curves.pop(str(run.path), None)
        if not moved:
            return
        self._trashed.append([run.id for run in moved])
        self.restore_action.setEnabled(True)
        self.refresh_runs()
        what = f"run {moved[0].id}" if len(moved) == 1 else f"{len(moved)} runs"
        self.status_label.setText(f"Moved {what} to the trash. Ctrl+Z brings {'it' if len(moved) == 1 else 'them'} "
                                  "back.")
        self.status_label.setToolTip(f"The trash is {workspace.trash_dir}; nothing was deleted.")

    def undo_trash(self) -> None:
        """Bring back the runs the last "Move to trash" took away."""
        if not self._trashed:
            return
        workspace = Workspace(self.context.workspace)
        restored = []
        for run_id in self._trashed.pop():
            try:
                restored.append(workspace.restore(run_id))
            except StudioError as exc:
                self.context.reporter.report(str(exc))
        self.restore_action.setEnabled(bool(self._trashed))
        self.refresh_runs()
        self.select_runs([str(run.path) for run in restored])
        if restored:
            self.status_label.setText(f"Brought back {len(restored)} run(s) from the trash.")

    def selected_runs(self) -> list[Run]:
        return [Run(Path(item.data(0, Qt.ItemDataRole.UserRole))) for item in self.run_list.selectedItems()]

    def select_runs(self, paths: list[str]) -> None:
        """Select these runs in the list (as a user would with Ctrl+click)."""
        self.run_list.clearSelection()
        for i in range(self.run_list.topLevelItemCount()):
            item = self.run_list.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) in paths:
                item.setSelected(True)

    def _selection_changed(self) -> None:
        shown: list[tuple[str, str, RunCurves]] = []
        models = set()
        keys = [str(r.path) for r in self.selected_runs()]
        if self._live_key and self._live_curves is not None and self._live_key not in keys:
            keys.insert(0, self._live_key)
        for key in keys:
            run = Run(Path(key))
            try:
                info = run.info()
            except StudioError:
                continue
            models.add(info.get("model"))
            if key == self._live_key and self._live_curves is not None:
                curves = self._live_curves
            else:
                curves = self._curves_from_disk(run)
            shown.append((key, run_label(info, run), curves))
        self.loss_plot.set_units(LOSS_UNITS.get(next(iter(models)), "") if len(models) == 1 else "")
        self.loss_plot.set_runs(shown)
        if len(keys) == 1 and keys[0] != self._live_key:
            self._show_saved_preview(Run(Path(keys[0])))
        elif not keys and not self.is_busy():
            self.image_strip.clear()  # e.g. the runs shown were moved to the trash
        self._update_resume_button()

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

    def _show_saved_preview(self, run: Run) -> None:
        """Show the last epoch's preview strip saved with a run (the PNG the trainer wrote)."""
        if self.is_busy():
            return
        pngs = sorted(run.samples_dir.glob("epoch-*.png")) if run.samples_dir.is_dir() else []
        if not pngs:
            self.image_strip.clear()
            return
        try:
            height = int(run.info().get("image_shape", [1, 28, 28])[1])
        except (StudioError, TypeError, ValueError, IndexError):
            return
        epoch = pngs[-1].stem.split("-")[-1].lstrip("0") or "0"
        self.image_strip.set_picture(pngs[-1], height, f"{run.id} · epoch {epoch}")

    def _update_resume_button(self) -> None:
        runs = self.selected_runs()
        ok = False
        if len(runs) == 1 and not self.is_busy():
            try:
                info = runs[0].info()
                status = runs[0].display_status()
            except StudioError:
                status, info = "", {}
            ok = status in RESUMABLE and runs[0].checkpoints_dir.is_dir()
            if ok:
                total = int((info.get("train") or {}).get("epochs", 1))
                done = int(info.get("epochs_done", 0))
                self.resume_epochs.setValue(max(total, done + 1) if status == "completed" else total)
        self.resume_button.setEnabled(ok)


def _splitter(orientation: Qt.Orientation, *parts: tuple[QWidget, int, int]) -> QSplitter:
    """A splitter of (widget, stretch factor, starting size) parts."""
    splitter = QSplitter(orientation)
    for i, (widget, stretch, _size) in enumerate(parts):
        splitter.addWidget(widget)
        splitter.setStretchFactor(i, stretch)
    splitter.setSizes([size for _w, _s, size in parts])
    return splitter


def _shortcut_text(name: str) -> str:
    return QKeySequence(SHORTCUTS[name]).toString(QKeySequence.SequenceFormat.NativeText)
