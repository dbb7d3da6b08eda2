"""Latent explorer tab: the map of a VAE/AAE run's latent space, sliders, grid, interpolation, sketching, anomalies.

A thin view over :class:`studio.latent.explorer.LatentSpace` (Qt-free). Opening a run runs in a TaskWorker;
training a new one runs in a child process (``ProcessWorker``, like the Training monitor), so that the map
stays fluid meanwhile. Decoding one code takes well under a millisecond for the small models, so it is
done on the GUI thread, straight from the crosshair's drag signal.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap, QValidator
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox, QFileDialog, QFormLayout,
                               QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QSizePolicy, QSpinBox, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from studio.core.errors import StudioError, user_message
from studio.core.workspace import Run, Workspace
from studio.latent.explorer import LatentSpace, Plane, axis_plane, pca_plane
from studio.ui.errors import report_end
from studio.ui.widgets.latent_map import LatentMap
from studio.ui.widgets.latent_sliders import LatentSliders
from studio.ui.widgets.pixel_view import PixelImageView, to_qimage
from studio.ui.widgets.progress_bar import ProgressBar
from studio.ui.widgets.sketch_pad import SketchPad
from studio.workers.process_job import new_run_spec, training_job
from studio.workers.process_worker import ProcessWorker
from studio.workers.task_worker import TaskWorker

# Model families with an encoder and a decoder, which the explorer can open.
LATENT_FAMILIES = ("vae", "aae", "autoencoder")

# "Train one from here": (title, model, model_config).
PRESETS = [
    ("VAE, 2-D latent", "vae", {"latent_dim": 2}),
    ("VAE, 8-D latent", "vae", {"latent_dim": 8}),
    ("AAE, 2-D, Gaussian prior", "aae", {"latent_dim": 2, "prior": "gaussian"}),
    ("AAE, 2-D, ring of 10 Gaussians", "aae", {"latent_dim": 2, "prior": "mixture"}),
    ("AAE, 2-D, uniform prior", "aae", {"latent_dim": 2, "prior": "uniform"}),
    ("Supervised AAE, 2-D (style)", "aae", {"latent_dim": 2, "prior": "gaussian", "supervised": True}),
]


def _run_label(info: dict, run_id: str) -> str:
    cfg = info.get("model_config") or {}
    dim = cfg.get("latent_dim", "?")
    extra = ""
    if info.get("model") == "aae":
        extra = f", {cfg.get('prior', 'gaussian')} prior" + (", supervised" if cfg.get("supervised") else "")
    data = info.get("dataset_title") or info.get("dataset", "")
    return f"{run_id}  —  {info.get('model', '?').upper()} {dim}-D{extra} on {data} ({info.get('status', '?')})"


class GridSizeSpinBox(QSpinBox):
    """A spin box for an n × n grid that reads "12 × 12" (typing just "12" works too)."""

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt's name
        return f"{value} × {value}"

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt's name
        digits = text.strip().split("×")[0].strip()
        return int(digits) if digits.isdigit() else self.value()

    def validate(self, text: str, pos: int):
        digits = text.strip().split("×")[0].strip()
        if not digits:
            return QValidator.State.Intermediate, text, pos
        if not digits.isdigit():
            return QValidator.State.Invalid, text, pos
        ok = self.minimum() <= int(digits) <= self.maximum()
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos


class LatentTab(QWidget):
    """The "Latent explorer" tab."""

    space_loaded = Signal()          # a run's latent space is open and shown
    decoded = Signal()               # the main picture was updated from a new code

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.space: LatentSpace | None = None
        self.plane: Plane | None = None
        self.z: np.ndarray | None = None
        self.point_a: np.ndarray | None = None
        self.point_b: np.ndarray | None = None
        self._strip: np.ndarray | None = None
        self._strip_codes: np.ndarray | None = None
        self._grid: np.ndarray | None = None
        self._sketch_code: np.ndarray | None = None
        self._open_worker: TaskWorker | None = None
        self._train_worker: ProcessWorker | None = None
        self._train_run: Run | None = None      # the run being trained from here, once it has started
        self._trained_run: str | None = None
        self._anim_frame = 0
        self._anim_dir = 1
        self.last_decode_ms = 0.0
        self._closing = False

        self._build()
        self.refresh_runs()

    # Layout ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 4)

        bar = QHBoxLayout()
        bar.addWidget(QLabel("Run:"))
        self.run_combo = QComboBox()
        self.run_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.run_combo.setMinimumContentsLength(40)
        self.run_combo.activated.connect(lambda _i: self.open_selected())
        bar.addWidget(self.run_combo, 1)
        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.setToolTip("Look for new runs in the workspace")
        self.refresh_button.clicked.connect(self.refresh_runs)
        bar.addWidget(self.refresh_button)
        self.open_button = QPushButton("Open")
        self.open_button.clicked.connect(self.open_selected)
        bar.addWidget(self.open_button)
        bar.addSpacing(16)
        bar.addWidget(QLabel("or train:"))
        self.preset_combo = QComboBox()
        for title, _m, _c in PRESETS:
            self.preset_combo.addItem(title)
        bar.addWidget(self.preset_combo)
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setRange(1, 500)
        self.epochs_spin.setValue(30)
        self.epochs_spin.setSuffix(" epochs")
        bar.addWidget(self.epochs_spin)
        self.train_button = QPushButton("Train on digits")
        self.train_button.setToolTip("Train the chosen model on the built-in digits and open it when done")
        self.train_button.clicked.connect(self.toggle_training)
        bar.addWidget(self.train_button)
        self.train_progress = ProgressBar()
        self.train_progress.setFixedWidth(140)
        self.train_progress.setVisible(False)
        bar.addWidget(self.train_progress)
        root.addLayout(bar)

        self.status = QLabel("Choose a VAE or AAE run, or train one.")
        root.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        root.addWidget(splitter, 1)

        # Left: the map with its plane controls.
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        controls = QHBoxLayout()
        controls.addWidget(QLabel("Plane:"))
        self.plane_combo = QComboBox()
        self.plane_combo.addItems(["Two latent axes", "PCA plane through the mean"])
        self.plane_combo.currentIndexChanged.connect(lambda _i: self._plane_changed())
        controls.addWidget(self.plane_combo)
        self.axis_x = QSpinBox()
        self.axis_x.setPrefix("x: z")
        self.axis_y = QSpinBox()
        self.axis_y.setPrefix("y: z")
        for spin in (self.axis_x, self.axis_y):
            spin.valueChanged.connect(lambda _v: self._plane_changed())
            controls.addWidget(spin)
        self.class_label = QLabel("Class:")
        self.class_combo = QComboBox()
        self.class_combo.currentIndexChanged.connect(self._class_changed)
        controls.addWidget(self.class_label)
        controls.addWidget(self.class_combo)
        controls.addStretch(1)
        self.fit_button = QPushButton("Fit view")
        self.fit_button.clicked.connect(self.fit_view)
        controls.addWidget(self.fit_button)
        lv.addLayout(controls)
        self.map = LatentMap()
        self.map.moved.connect(self.on_map_moved)
        self.map.point_clicked.connect(self.select_image)
        self.map.view_changed.connect(lambda *_: self._schedule_grid())
        lv.addWidget(self.map, 1)
        hint = QLabel("Drag the crosshair to decode any point. Click a point to jump to that image. "
                      "Wheel zooms, drag on empty space pans.")
        hint.setStyleSheet("color: palette(mid);")
        hint.setWordWrap(True)
        lv.addWidget(hint)
        splitter.addWidget(left)

        # Right: the decoded picture and the tools.
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(6, 0, 0, 0)
        top = QHBoxLayout()
        self.decoded_view = PixelImageView(min_side=196)
        self.decoded_view.setFixedSize(224, 224)
        self.decoded_view.set_placeholder("The decoded image appears here.")
        top.addWidget(self.decoded_view)
        side = QVBoxLayout()
        # Plain text of a fixed height: rich text or a changing height would re-lay out the panel on every move.
        self.coords_label = QLabel("")
        self.coords_label.setTextFormat(Qt.TextFormat.PlainText)
        self.coords_label.setFixedHeight(self.coords_label.fontMetrics().lineSpacing() * 2 + 4)
        self.coords_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.coords_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side.addWidget(self.coords_label)
        picked = QHBoxLayout()
        self.picked_view = PixelImageView(min_side=56)
        self.picked_view.setFixedSize(56, 56)
        self.picked_label = QLabel("")
        self.picked_label.setWordWrap(True)
        picked.addWidget(self.picked_view)
        picked.addWidget(self.picked_label, 1)
        self.picked_view.setVisible(False)
        side.addLayout(picked)
        side.addStretch(1)
        export = QFormLayout()
        self.scale_spin = QSpinBox()
        self.scale_spin.setRange(1, 64)
        self.scale_spin.setValue(8)
        self.scale_spin.setSuffix("×")
        self.scale_spin.setMaximumWidth(90)
        export.addRow("Export scale:", self.scale_spin)
        side.addLayout(export)
        self.save_button = QPushButton("Save PNG…")
        self.save_button.clicked.connect(lambda: self._ask_and_export("decoded"))
        self.copy_button = QPushButton("Copy")
        self.copy_button.setToolTip("Copy the decoded image to the clipboard at the export scale")
        self.copy_button.clicked.connect(self.copy_decoded)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.copy_button)
        side.addLayout(row)
        top.addLayout(side, 1)
        rv.addLayout(top)

        self.tools = QTabWidget()
        self.tools.addTab(self._build_sliders(), "Sliders")
        self.tools.addTab(self._build_manifold(), "Manifold")
        self.tools.addTab(self._build_interpolation(), "Interpolation")
        self.tools.addTab(self._build_sketch(), "Sketch")
        self.tools.addTab(self._build_anomalies(), "Anomalies")
        self.tools.currentChanged.connect(self._tool_changed)
        rv.addWidget(self.tools, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 540])

        self._grid_timer = QTimer(self)
        self._grid_timer.setSingleShot(True)
        self._grid_timer.setInterval(30)
        self._grid_timer.timeout.connect(self.update_grid)
        self._sketch_timer = QTimer(self)
        self._sketch_timer.setSingleShot(True)
        self._sketch_timer.setInterval(25)
        self._sketch_timer.timeout.connect(self.encode_sketch)
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(33)
        self._details_timer.timeout.connect(self._update_details)
        self._anim_timer = QTimer(self)
        self._anim_timer.setInterval(90)
        self._anim_timer.timeout.connect(self._anim_step)
        self._set_enabled(False)

    def _build_sliders(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        row = QHBoxLayout()
        reset = QPushButton("Reset to zero")
        reset.clicked.connect(self.reset_code)
        rand = QPushButton("Randomise from the prior")
        rand.clicked.connect(self.randomise_code)
        row.addWidget(reset)
        row.addWidget(rand)
        v.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel("Dataset image:"))
        self.image_spin = QSpinBox()
        self.image_spin.setPrefix("#")
        self.image_spin.valueChanged.connect(
            lambda i: self.image_thumb.set_image(self.space.val_image(i)) if self.space is not None else None)
        row.addWidget(self.image_spin)
        use = QPushButton("Set from this image")
        use.clicked.connect(lambda: self.select_image(self.image_spin.value()))
        row.addWidget(use)
        self.image_thumb = PixelImageView(min_side=40)
        self.image_thumb.setFixedSize(48, 48)
        row.addWidget(self.image_thumb)
        row.addStretch(1)
        v.addLayout(row)
        self.sliders = LatentSliders()
        self.sliders.changed.connect(self.on_slider)
        v.addWidget(self.sliders, 1)
        return w

    def _build_manifold(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        row = QHBoxLayout()
        row.addWidget(QLabel("Grid:"))
        self.grid_spin = GridSizeSpinBox()
        self.grid_spin.setRange(2, 40)
        self.grid_spin.setValue(12)
        self.grid_spin.setToolTip("How many images a side the manifold grid has.")
        self.grid_spin.valueChanged.connect(lambda _v: self._schedule_grid())
        row.addWidget(self.grid_spin)
        self.follow_check = QCheckBox("Follow the map's zoom and pan")
        self.follow_check.setChecked(True)
        row.addWidget(self.follow_check)
        row.addStretch(1)
        save = QPushButton("Save PNG…")
        save.clicked.connect(lambda: self._ask_and_export("grid"))
        row.addWidget(save)
        v.addLayout(row)
        self.grid_view = PixelImageView(min_side=160, whole_pixels=False)
        self.grid_view.set_placeholder("Open a run to see the decoded grid over the visible part of the map.")
        v.addWidget(self.grid_view, 1)
        return w

    def _build_interpolation(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        ends = QGridLayout()
        self.end_labels = {}
        self.end_spins = {}
        for r, name in enumerate(("A", "B")):
            ends.addWidget(QLabel(f"<b>{name}</b>"), r, 0)
            here = QPushButton("Crosshair")
            here.setToolTip(f"Set {name} to the crosshair's code")
            here.clicked.connect(lambda _=False, n=name: self.set_end(n, self.z))
            ends.addWidget(here, r, 1)
            spin = QSpinBox()
            spin.setPrefix("image #")
            ends.addWidget(spin, r, 2)
            use = QPushButton("Use image")
            use.clicked.connect(lambda _=False, n=name: self.set_end_from_image(n, self.end_spins[n].value()))
            ends.addWidget(use, r, 3)
            label = QLabel("not set")
            ends.addWidget(label, r, 4)
            self.end_labels[name] = label
            self.end_spins[name] = spin
        ends.setColumnStretch(4, 1)
        v.addLayout(ends)
        row = QHBoxLayout()
        self.steps_spin = QSpinBox()
        self.steps_spin.setRange(2, 64)
        self.steps_spin.setValue(10)
        self.steps_spin.setSuffix(" steps")
        self.steps_spin.valueChanged.connect(lambda _v: self.update_interpolation())
        row.addWidget(self.steps_spin)
        self.mode_combo = QComboBox()
        self.mode_combo.addItems(["linear", "spherical"])
        self.mode_combo.currentIndexChanged.connect(lambda _i: self.update_interpolation())
        row.addWidget(self.mode_combo)
        self.animate_check = QCheckBox("Animate")
        self.animate_check.setToolTip("Play the interpolation back and forth in the decoded view")
        self.animate_check.toggled.connect(self._toggle_animation)
        row.addWidget(self.animate_check)
        row.addStretch(1)
        png = QPushButton("Save strip PNG…")
        png.clicked.connect(lambda: self._ask_and_export("strip"))
        gif = QPushButton("Save GIF…")
        gif.clicked.connect(lambda: self._ask_and_export("gif"))
        row.addWidget(png)
        row.addWidget(gif)
        v.addLayout(row)
        self.strip_view = PixelImageView(min_side=48, whole_pixels=False)
        self.strip_view.setMinimumHeight(60)
        self.strip_view.set_placeholder("Set A and B to see the strip between them.")
        v.addWidget(self.strip_view, 1)
        return w

    def _build_sketch(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        row = QHBoxLayout()
        self.brush_spin = QSpinBox()
        self.brush_spin.setRange(2, 80)
        self.brush_spin.setValue(22)
        self.brush_spin.setPrefix("brush ")
        self.brush_spin.valueChanged.connect(lambda v: setattr(self.sketch, "brush_size", float(v)))
        row.addWidget(self.brush_spin)
        self.eraser_check = QCheckBox("Eraser")
        self.eraser_check.toggled.connect(lambda on: setattr(self.sketch, "eraser", on))
        row.addWidget(self.eraser_check)
        undo = QPushButton("Undo")
        undo.setShortcut("Ctrl+Z")
        undo.clicked.connect(lambda: self.sketch.undo())
        clear = QPushButton("Clear")
        clear.clicked.connect(lambda: self.sketch.clear())
        row.addWidget(undo)
        row.addWidget(clear)
        self.frame_check = QCheckBox("Frame like the dataset")
        self.frame_check.setToolTip("Fit the drawing into the 20×20 box and centre it, as MNIST frames its digits")
        self.frame_check.setChecked(True)
        self.frame_check.toggled.connect(lambda _on: self.encode_sketch())
        row.addWidget(self.frame_check)
        row.addStretch(1)
        v.addLayout(row)
        pads = QHBoxLayout()
        self.sketch = SketchPad()
        self.sketch.changed.connect(lambda: self._sketch_timer.start() if not self._sketch_timer.isActive() else None)
        self.sketch.stroke_finished.connect(self.encode_sketch)
        pads.addWidget(self.sketch, 3)
        col = QVBoxLayout()
        col.addWidget(QLabel("Model input / reconstruction"))
        self.sketch_input_view = PixelImageView(min_side=84)
        self.sketch_recon_view = PixelImageView(min_side=84)
        self.sketch_recon_view.set_placeholder("Draw on the left.")
        pair = QHBoxLayout()
        pair.addWidget(self.sketch_input_view)
        pair.addWidget(self.sketch_recon_view)
        col.addLayout(pair, 1)
        self.neighbours_button = QPushButton("Show the nearest training images")
        self.neighbours_button.clicked.connect(self.show_neighbours)
        col.addWidget(self.neighbours_button)
        save_recon = QPushButton("Save reconstruction PNG…")
        save_recon.clicked.connect(lambda: self._ask_and_export("sketch"))
        col.addWidget(save_recon)
        pads.addLayout(col, 2)
        v.addLayout(pads, 1)
        self.neighbour_list = QListWidget()
        self.neighbour_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.neighbour_list.setIconSize(QSize(48, 48))
        self.neighbour_list.setFlow(QListWidget.Flow.LeftToRight)
        self.neighbour_list.setWrapping(False)
        self.neighbour_list.setFixedHeight(88)
        self.neighbour_list.setMovement(QListWidget.Movement.Static)
        self.neighbour_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        v.addWidget(self.neighbour_list)
        return w

    def _build_anomalies(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        self.anomaly_plot = pg.PlotWidget(background=(24, 24, 28))
        self.anomaly_plot.setMenuEnabled(False)
        self.anomaly_plot.setMouseEnabled(x=False, y=False)
        self.anomaly_plot.getPlotItem().hideButtons()
        self.anomaly_plot.setLabel("bottom", "reconstruction error (mean squared pixel error)")
        self.anomaly_plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.anomaly_plot.setLabel("left", "images")
        self.anomaly_plot.setFixedHeight(150)
        self.anomaly_hist = pg.PlotCurveItem(x=np.array([0.0, 1.0]), y=np.array([0.0]), stepMode="center",
                                             fillLevel=0, pen=pg.mkPen(120, 170, 255),
                                             brush=pg.mkBrush(80, 130, 230, 120))
        self.anomaly_plot.addItem(self.anomaly_hist)
        self.anomaly_line = pg.InfiniteLine(angle=90, pen=pg.mkPen((255, 80, 80), width=1.5))
        self.anomaly_plot.addItem(self.anomaly_line)
        v.addWidget(self.anomaly_plot)
        self.anomaly_summary = QLabel("")
        v.addWidget(self.anomaly_summary)
        self.anomaly_list = QListWidget()
        self.anomaly_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.anomaly_list.setIconSize(QSize(48, 48))
        self.anomaly_list.setMovement(QListWidget.Movement.Static)
        self.anomaly_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.anomaly_list.setSpacing(2)
        self.anomaly_list.itemClicked.connect(lambda item: self.select_image(int(item.data(Qt.ItemDataRole.UserRole))))
        v.addWidget(self.anomaly_list, 1)
        return w

    def _set_enabled(self, on: bool) -> None:
        for w in (self.map, self.tools, self.save_button, self.copy_button, self.plane_combo, self.axis_x,
                  self.axis_y, self.fit_button, self.class_combo):
            w.setEnabled(on)

    # Runs ------------------------------------------------------------------------------------------

    def workspace_changed(self) -> None:
        self.refresh_runs()

    def refresh_runs(self) -> None:
        """List the workspace's runs whose models have a latent space, newest first."""
        current = self.run_combo.currentData()
        self.run_combo.clear()
        try:
            runs = Workspace(Path(self.context.workspace)).runs()
        except OSError:
            runs = []
        for run in reversed(runs):
            try:
                info = run.info()
            except StudioError:
                continue
            if info.get("model") in LATENT_FAMILIES and info.get("epochs_done", 0):
                self.run_combo.addItem(_run_label(info, run.id), str(run.path))
        if self.run_combo.count() == 0:
            self.run_combo.addItem("No VAE or AAE runs yet: train one with the button on the right.", None)
        if current is not None:
            i = self.run_combo.findData(current)
            if i >= 0:
                self.run_combo.setCurrentIndex(i)

    def open_selected(self) -> None:
        path = self.run_combo.currentData()
        if path:
            self.open_run(Path(path))

    def open_run(self, path: Path) -> None:
        """Load a run's latent space in a worker thread; ``space_loaded`` fires when it is shown."""
        from studio.core.workspace import Run

        if self._closing or (self._open_worker is not None and self._open_worker.is_running()):
            return
        run = Run(Path(path))
        self.status.setText(f"Opening {run.id}…")
        worker = TaskWorker(lambda control: LatentSpace.open_steps(run, "best", control), self)
        worker.event.connect(self._on_open_event)
        worker.finished.connect(self._on_open_finished)
        self._open_worker = worker
        worker.start()

    def _on_open_event(self, item) -> None:
        if isinstance(item, LatentSpace):
            try:
                self.set_space(item)
            except Exception as exc:  # noqa: BLE001 - a sentence for the user, never a traceback
                import traceback

                self._on_open_failed(user_message(exc), traceback.format_exc())
        elif hasattr(item, "message"):
            self.status.setText(item.message + "…")

    def _on_open_finished(self, end) -> None:
        self._open_worker = None
        if end.failure is not None:
            self._on_open_failed(end.failure.message, end.failure.details)

    def _on_open_failed(self, message: str, details: str) -> None:
        self.status.setText(message)
        self.context.reporter.report(message, details)

    def set_space(self, space: LatentSpace) -> None:
        """Show ``space``: map, sliders, grid, anomalies."""
        self._anim_timer.stop()
        self.animate_check.setChecked(False)
        self.space = space
        dim = space.dim
        self.z = np.zeros(dim, np.float32)
        self.point_a = self.point_b = None
        self._strip = self._strip_codes = None
        self._sketch_code = None
        for name in ("A", "B"):
            self.end_labels[name].setText("not set")
        self.strip_view.set_image(None)
        n = len(space.codes)
        for spin in (self.image_spin, self.end_spins["A"], self.end_spins["B"]):
            spin.setRange(0, max(0, n - 1))
        self.end_spins["B"].setValue(min(1, n - 1))
        self.image_spin.setValue(0)
        self.image_thumb.set_image(space.val_image(0))
        for spin in (self.axis_x, self.axis_y):
            spin.blockSignals(True)
            spin.setRange(0, max(0, dim - 1))
            spin.blockSignals(False)
        self.axis_x.setValue(0)
        self.axis_y.setValue(min(1, dim - 1))
        self.plane_combo.blockSignals(True)
        self.plane_combo.setCurrentIndex(0 if dim <= 2 else 1)
        self.plane_combo.setEnabled(dim > 2)
        self.plane_combo.blockSignals(False)
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        for i in range(space.num_conditions):
            self.class_combo.addItem(space.label_name(i), i)
        self.class_combo.blockSignals(False)
        for w in (self.class_label, self.class_combo):
            w.setVisible(space.num_conditions > 0)
        limit = float(max(3.0, np.ceil(np.abs(space.codes).max() * 1.2))) if n else 4.0
        self.sliders.set_dimensions(dim, limit)
        self._set_enabled(True)
        self.plane_combo.setEnabled(dim > 2)
        self._apply_plane(fit=True)
        self._update_anomalies()
        info = space.run.info() if space.run is not None else {}
        self.status.setText(f"{space.run.id if space.run else 'model'}: {space.family.upper()} with a {dim}-D "
                            f"latent space, {n:,} validation images of {info.get('dataset_title', '')}.")
        if space.run is not None:
            self._select_in_combo(space.run.path, info)
        self.on_code_changed()
        self.encode_sketch()
        self.space_loaded.emit()

    def _select_in_combo(self, path: Path, info: dict) -> None:
        """Show the open run in the run menu, adding it when it lies outside the workspace."""
        i = self.run_combo.findData(str(path))
        if i < 0:
            if self.run_combo.count() == 1 and self.run_combo.itemData(0) is None:
                self.run_combo.clear()  # the "no runs yet" line
            self.run_combo.addItem(_run_label(info, Path(path).name), str(path))
            i = self.run_combo.count() - 1
        self.run_combo.setCurrentIndex(i)

    # Planes ----------------------------------------------------------------------------------------

    def _plane_changed(self) -> None:
        if self.space is not None:
            self._apply_plane(fit=True)

    def _apply_plane(self, fit: bool) -> None:
        space = self.space
        pca = self.plane_combo.currentIndex() == 1 and space.dim > 2
        for spin in (self.axis_x, self.axis_y):
            spin.setVisible(not pca and space.dim > 2)
        if pca:
            self.plane = pca_plane(space.codes)
            self.map.set_axis_labels("first principal direction", "second principal direction")
        else:
            i, j = self.axis_x.value(), self.axis_y.value()
            if i == j and space.dim > 1:
                j = (i + 1) % space.dim
            self.plane = axis_plane(space.dim, i, j)
            self.map.set_axis_labels(f"z{i}", f"z{j}")
        self.map.set_points(self.plane.project(space.codes), space.val_labels, space.label_names)
        if fit:
            self.fit_view()
        self._place_markers()

    def fit_view(self) -> None:
        if self.space is not None and self.plane is not None:
            self.map.set_range(*self.space.bounds(self.plane))
            self._schedule_grid()

    def _class_changed(self, index: int) -> None:
        if self.space is not None and index >= 0:
            self.space.condition = int(self.class_combo.itemData(index))
            self.on_code_changed()
            self._schedule_grid()
            self.update_interpolation()
            self.encode_sketch()

    def _place_markers(self) -> None:
        if self.space is None or self.plane is None:
            return
        a, b = self.plane.project(self.z[None])[0]
        self.map.set_cursor(float(a), float(b))
        self.map.set_sketch_point(None if self._sketch_code is None
                                  else tuple(self.plane.project(self._sketch_code[None])[0]))
        self._show_path()

    # The current code ------------------------------------------------------------------------------

    def on_map_moved(self, a: float, b: float) -> None:
        """The crosshair was dragged: decode the code under it at once."""
        if self.space is None:
            return
        self.z = self.plane.lift(np.array([[a, b]], np.float32), self.z)[0]
        self._clear_picked()
        self._decode_current(immediate_details=False)

    def on_slider(self, index: int, value: float) -> None:
        if self.space is None:
            return
        self.z = self.z.copy()
        self.z[index] = value
        self._clear_picked()
        a, b = self.plane.project(self.z[None])[0]
        self.map.set_cursor(float(a), float(b))
        self._decode_current()

    def set_code(self, z: np.ndarray) -> None:
        """Make ``z`` the current code: crosshair, sliders and picture follow."""
        if self.space is None:
            return
        self.z = np.asarray(z, np.float32).copy()
        self.on_code_changed()

    def on_code_changed(self) -> None:
        if self.space is None:
            return
        a, b = self.plane.project(self.z[None])[0]
        self.map.set_cursor(float(a), float(b))
        self._decode_current()

    def _decode_current(self, immediate_details: bool = True) -> None:
        t0 = time.perf_counter()
        image = self.space.decode_one(self.z)
        self.decoded_view.set_image(image)
        self.last_decode_ms = (time.perf_counter() - t0) * 1000
        if immediate_details:
            self._update_details()
        elif not self._details_timer.isActive():
            # While dragging, the picture is repainted at once and the sliders and numbers ~30 times a
            # second: repainting them on every mouse move would double the drag-to-picture latency.
            self._details_timer.start()
        self.decoded.emit()

    def _update_details(self) -> None:
        if self.space is None or self.z is None:
            return
        self.sliders.set_values(self.z)
        coords = ", ".join(f"{v:+.2f}" for v in self.z[:8]) + (" …" if len(self.z) > 8 else "")
        self.coords_label.setText(f"z = ({coords})\ndecoded in {self.last_decode_ms:.1f} ms")

    def _clear_picked(self) -> None:
        if not self.picked_view.isHidden():
            self.picked_view.setVisible(False)
            self.picked_label.setText("")
            self.map.set_highlight(None)

    def reset_code(self) -> None:
        self._clear_picked()
        if self.space is not None:
            self.set_code(np.zeros(self.space.dim, np.float32))

    def randomise_code(self) -> None:
        self._clear_picked()
        if self.space is not None:
            self.set_code(self.space.sample_prior(1)[0])

    def select_image(self, index: int) -> None:
        """Jump to validation image ``index``: its code becomes current and it is ringed on the map."""
        if self.space is None or not 0 <= index < len(self.space.codes):
            return
        self.image_spin.setValue(index)
        self.image_thumb.set_image(self.space.val_image(index))
        self.set_code(self.space.codes[index])
        self.map.set_highlight(tuple(float(v) for v in self.plane.project(self.space.codes[index][None])[0]))
        label = self.space.label_name(int(self.space.val_labels[index]))
        self.picked_view.setVisible(True)
        self.picked_view.set_image(self.space.val_image(index))
        self.picked_label.setText(f"Original: validation image #{index}, label {label}. "
                                  f"The big picture is its reconstruction.")

    # Manifold grid ---------------------------------------------------------------------------------

    def _schedule_grid(self) -> None:
        if self.space is not None and self.follow_check.isChecked():
            self._grid_timer.start()

    def _tool_changed(self, index: int) -> None:
        if self.tools.widget(index) is not None and self.tools.tabText(index) == "Manifold":
            self.update_grid()

    def update_grid(self) -> None:
        """Decode an n×n grid over the part of the map that is visible now."""
        if self.space is None or self.plane is None:
            return
        n = self.grid_spin.value()
        rect = self.map.visible_rect()
        self._grid = self.space.decode_grid(self.plane, rect, n, self.z)
        self.grid_view.set_image(self._grid)

    # Interpolation ---------------------------------------------------------------------------------

    def set_end(self, name: str, z: np.ndarray | None) -> None:
        if self.space is None or z is None:
            return
        z = np.asarray(z, np.float32).copy()
        if name == "A":
            self.point_a = z
        else:
            self.point_b = z
        self.end_labels[name].setText("(" + ", ".join(f"{v:+.2f}" for v in z[:4]) + (" …" if len(z) > 4 else "") + ")")
        self.update_interpolation()

    def set_end_from_image(self, name: str, index: int) -> None:
        if self.space is None or not 0 <= index < len(self.space.codes):
            return
        self.end_spins[name].setValue(index)
        self.set_end(name, self.space.codes[index])
        label = self.space.label_name(int(self.space.val_labels[index]))
        self.end_labels[name].setText(f"image #{index} ({label})")

    def update_interpolation(self) -> None:
        if self.space is None or self.point_a is None or self.point_b is None:
            self._show_path()
            return
        self._strip_codes, self._strip = self.space.interpolate(self.point_a, self.point_b, self.steps_spin.value(),
                                                                 self.mode_combo.currentText())
        from studio.latent.export import strip_picture

        self.strip_view.set_image(strip_picture(self._strip))
        self._anim_frame, self._anim_dir = 0, 1
        self._show_path()

    def _show_path(self) -> None:
        if self.plane is None:
            return
        ends = [None if p is None else tuple(float(v) for v in self.plane.project(p[None])[0])
                for p in (self.point_a, self.point_b)]
        path = self.plane.project(self._strip_codes) if self._strip_codes is not None else None
        self.map.set_path(ends[0], ends[1], path)

    def _toggle_animation(self, on: bool) -> None:
        if on and self._strip is not None:
            self._anim_timer.start()
        else:
            self._anim_timer.stop()
            if on:
                self.animate_check.setChecked(False)
                self.status.setText("Set A and B first: the animation plays the strip between them.")

    def _anim_step(self) -> None:
        if self._strip is None:
            self._anim_timer.stop()
            return
        n = len(self._strip)
        self.set_code(self._strip_codes[self._anim_frame])
        nxt = self._anim_frame + self._anim_dir
        if not 0 <= nxt < n:
            self._anim_dir = -self._anim_dir
            nxt = self._anim_frame + self._anim_dir
        self._anim_frame = max(0, min(n - 1, nxt))

    # Sketch ----------------------------------------------------------------------------------------

    def encode_sketch(self) -> None:
        """Encode the sketch: its star moves on the map and its reconstruction shows beside it."""
        if self.space is None:
            return
        if self.sketch.is_blank():
            self._sketch_code = None
            self.sketch_input_view.set_image(None)
            self.sketch_recon_view.set_image(None)
            self.map.set_sketch_point(None)
            return
        from studio.latent.sketch import sketch_to_input

        x = sketch_to_input(self.sketch.to_array(), self.space.image_shape, self.frame_check.isChecked())
        code = self.space.encode(x[None])[0]
        self._sketch_code = code
        self.sketch_input_view.set_image(x)
        self.sketch_recon_view.set_image(self.space.decode_one(code))
        self.map.set_sketch_point(tuple(float(v) for v in self.plane.project(code[None])[0]))

    def sketch_code(self) -> np.ndarray | None:
        return self._sketch_code

    def show_neighbours(self) -> None:
        """List the 8 training images whose codes are closest to the sketch's (or the crosshair's)."""
        if self.space is None:
            return
        code = self._sketch_code if self._sketch_code is not None else self.z
        try:
            neighbours = self.space.nearest_training(code, 8)
        except StudioError as exc:
            self.context.reporter.report(str(exc))
            return
        self.neighbour_list.clear()
        for n in neighbours:
            image = self.space.train_images[n.index].astype(np.float32) / 255.0
            item = QListWidgetItem(QIcon(QPixmap.fromImage(to_qimage(image).scaled(
                48, 48, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))),
                f"{self.space.label_name(n.label)}  {n.distance:.2f}")
            item.setToolTip(f"Training image #{n.index}, label {self.space.label_name(n.label)}, "
                            f"distance {n.distance:.3f}")
            self.neighbour_list.addItem(item)

    # Anomalies -------------------------------------------------------------------------------------

    def _update_anomalies(self) -> None:
        space = self.space
        scores = space.anomaly_scores()
        counts, edges = np.histogram(scores, bins=min(60, max(10, len(scores) // 20)))
        self.anomaly_hist.setData(edges, counts)
        worst = space.most_anomalous(30)
        threshold = float(scores[worst[-1]]) if len(worst) else 0.0
        self.anomaly_line.setPos(threshold)
        self.anomaly_summary.setText(f"Median error {np.median(scores):.4f}; the {len(worst)} most anomalous "
                                     f"images (right of the red line) — click one to find it on the map:")
        self.anomaly_list.clear()
        for i in worst:
            image = space.val_image(int(i))
            item = QListWidgetItem(QIcon(QPixmap.fromImage(to_qimage(image).scaled(
                48, 48, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))),
                f"{scores[i]:.3f}")
            item.setData(Qt.ItemDataRole.UserRole, int(i))
            item.setToolTip(f"Image #{int(i)}, label {space.label_name(int(space.val_labels[i]))}, "
                            f"error {scores[i]:.4f}")
            self.anomaly_list.addItem(item)

    # Export ----------------------------------------------------------------------------------------

    def export(self, what: str, path: str | Path) -> Path:
        """Write ``what`` ("decoded", "grid", "strip", "gif" or "sketch") to ``path``; returns the path."""
        from studio.latent import export

        scale = self.scale_spin.value()
        if self.space is None:
            raise StudioError("Open a run first.")
        if what == "decoded":
            return export.save_image_png(path, self.space.decode_one(self.z), scale)
        if what == "sketch":
            if self._sketch_code is None:
                raise StudioError("Draw something first: the sketch pad is empty.")
            return export.save_image_png(path, self.space.decode_one(self._sketch_code), scale)
        if what == "grid":
            if self._grid is None:
                self.update_grid()
            return export.save_grid_png(path, self._grid, max(1, scale // 4))
        if self._strip is None:
            raise StudioError("Set the two end points A and B first.")
        if what == "strip":
            return export.save_strip_png(path, self._strip, max(1, scale // 2))
        if what == "gif":
            return export.save_gif(path, self._strip, scale)
        raise ValueError(what)

    def _ask_and_export(self, what: str) -> None:
        suffix = ".gif" if what == "gif" else ".png"
        kind = "Animated GIF (*.gif)" if what == "gif" else "PNG image (*.png)"
        start = str(Path(self.context.workspace) / f"latent-{what}{suffix}")
        path, _ = QFileDialog.getSaveFileName(self, "Export", start, kind)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            written = self.export(what, path)
        except Exception as exc:  # noqa: BLE001 - one sentence for the user
            self.context.reporter.report(user_message(exc))
            return
        self.status.setText(f"Saved {written}.")

    def copy_decoded(self) -> None:
        if self.space is None:
            return
        image = to_qimage(self.space.decode_one(self.z))
        s = self.scale_spin.value()
        QApplication.clipboard().setImage(image.scaled(image.width() * s, image.height() * s,
                                                       Qt.AspectRatioMode.KeepAspectRatio,
                                                       Qt.TransformationMode.FastTransformation))
        self.status.setText("Copied the decoded image to the clipboard.")

    # Training from here ----------------------------------------------------------------------------

    def toggle_training(self) -> None:
        if self._train_worker is not None and self._train_worker.is_running():
            self._train_worker.stop()
            self.train_button.setEnabled(False)
            return
        self.start_training(self.preset_combo.currentIndex(), self.epochs_spin.value())

    def start_training(self, preset: int, epochs: int, dataset: str = "digits") -> None:
        """Train a preset model in a child process (so that the map stays fluid); when it ends, the new
        run is opened."""
        from studio.core.engine import TrainConfig

        title, model, model_config = PRESETS[preset]
        config = TrainConfig(model=model, dataset=dataset, model_config=dict(model_config), epochs=epochs)
        worker = ProcessWorker(training_job, (new_run_spec(config, self.context.workspace),), self)
        worker.event.connect(self._on_train_event)
        worker.finished.connect(self._on_train_finished)
        self._train_worker = worker
        self._train_run = None
        self.train_button.setText("Stop training")
        self.train_progress.setRange(0, 0)  # busy until the first step
        self.train_progress.setFormat("Starting…")
        self.train_progress.setVisible(True)
        self.status.setText(f"Training a {title} on {dataset}…")
        worker.start()

    def _on_train_event(self, event) -> None:
        from studio.core.events import EpochMetrics, Failed, RunStarted, StepMetrics

        if isinstance(event, RunStarted):
            self._train_run = Run(Path(event.run_dir))
        elif isinstance(event, StepMetrics):
            if self.train_progress.maximum() == 0:
                self.train_progress.setRange(0, 100)
                self.train_progress.setFormat("%p%")
            self.train_progress.setValue(int(event.fraction * 100))
        elif isinstance(event, Failed):
            self.context.reporter.report(event.message)
        elif isinstance(event, EpochMetrics):
            self.status.setText(f"Training: epoch {event.epoch}, validation loss {event.val.get('loss', 0):.2f}")

    def _on_train_finished(self, end) -> None:
        self._train_worker = None
        report_end(self.context.reporter, end)
        if self._closing:
            return
        self.train_button.setText("Train on digits")
        self.train_button.setEnabled(True)
        self.train_progress.setVisible(False)
        run = self._train_run
        self.refresh_runs()
        if run is not None and (run.checkpoints_dir / "latest.json").exists():
            i = self.run_combo.findData(str(run.path))
            if i >= 0:
                self.run_combo.setCurrentIndex(i)
            self._trained_run = str(run.path)
            self.open_run(run.path)

    # Shutdown --------------------------------------------------------------------------------------

    def shutdown(self) -> None:
        self._closing = True
        self._anim_timer.stop()
        for worker in (self._train_worker, self._open_worker):
            if worker is not None and worker.is_running():
                worker.stop_and_wait()
