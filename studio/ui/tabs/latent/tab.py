"""Latent explorer tab: the map of a VAE/AAE run's latent space, sliders, grid, interpolation, sketching, anomalies.

A thin view over :class:`studio.latent.explorer.LatentSpace` (Qt-free). Opening a run runs in a TaskWorker,
whose result the tab lays out in short steps (``opening``); training a new one goes through the same
``TrainingController`` as the Training monitor (a child process), so that the map stays fluid meanwhile.
Decoding one code takes well under a millisecond for the small models, so it is done on the GUI thread,
straight from the crosshair's drag signal. The code tools and the sketch pad, anomalies and exports live
in the mixins of ``tools`` and ``sketching``.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Iterator

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
                               QSizePolicy, QSpinBox, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from studio.core.errors import user_message
from studio.core.events import EpochMetrics
from studio.core.run_summary import RunSummary
from studio.latent.explorer import LatentSpace, Plane, axis_plane, pca_plane
from studio.ui.i18n import tr
from studio.ui.live_status import lower_first, translate_status
from studio.ui.tabs.latent.opening import OpenedSpace, SpaceOpeningMixin, open_job
from studio.ui.tabs.latent.sketching import SketchExportMixin
from studio.ui.tabs.latent.tools import CodeToolsMixin
from studio.ui.widgets.latent_map import LatentMap
from studio.ui.widgets.pixel_view import PixelImageView
from studio.ui.widgets.train_bar import TrainBar, TrainBarTab
from studio.workers.task_worker import TaskWorker


class LatentTab(TrainBarTab, SpaceOpeningMixin, CodeToolsMixin, SketchExportMixin, QWidget):
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
        self._slow_jobs: dict = {}              # a GAN's grid and strip, decoded in worker threads (tools)
        self._train_live = None                 # the LiveRun of a training started here
        self._anim_frame = 0
        self._anim_dir = 1
        self.last_decode_ms = 0.0
        self._closing = False

        self._build()
        self._init_opening()
        self.refresh_runs()
        context.runs.changed.connect(self.refresh_runs)
        context.models.ready.connect(self._models_ready)
        context.models.load()
        if context.models.is_ready():
            self._models_ready()

    # Layout ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 4)

        def entries(models):
            # The VAE first: the model a newcomer to latent spaces starts with.
            return [e for e in sorted(models.entries.values(), key=lambda e: e.name != "vae")
                    if e.can("encode") and e.can("decode")]

        root.addWidget(self._use_train_bar(TrainBar(
            self.context, tr("Train a new model:"), entries, tr("Train on digits"),
            tr("Train the chosen model on the built-in digits and open it when done"), epochs=30,
            combo_tip=tr("Ready-made settings of the models that have a latent space"))))

        self.status = QLabel(tr("Choose a VAE, AAE or GAN run, or train one."))
        self.status.setWordWrap(True)  # a long status (training, a note) wraps instead of widening the tab
        root.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        root.addWidget(splitter, 1)

        # Left: the runs with a latent space, above the map with its plane controls.
        left_split = QSplitter(Qt.Orientation.Vertical)
        left_split.addWidget(self._build_runs())
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(tr("Plane:")))
        self.plane_combo = QComboBox()
        self.plane_combo.addItems([tr("Two latent axes"), tr("PCA plane through the mean")])
        self.plane_combo.currentIndexChanged.connect(lambda _i: self._plane_changed())
        controls.addWidget(self.plane_combo)
        self.axis_x = QSpinBox()
        self.axis_x.setPrefix("x: z")
        self.axis_y = QSpinBox()
        self.axis_y.setPrefix("y: z")
        for spin in (self.axis_x, self.axis_y):
            spin.valueChanged.connect(lambda _v: self._plane_changed())
            controls.addWidget(spin)
        self.class_label = QLabel(tr("Class:"))
        self.class_combo = QComboBox()
        self.class_combo.currentIndexChanged.connect(self._class_changed)
        controls.addWidget(self.class_label)
        controls.addWidget(self.class_combo)
        controls.addStretch(1)
        self.fit_button = QPushButton(tr("Fit view"))
        self.fit_button.clicked.connect(self.fit_view)
        controls.addWidget(self.fit_button)
        lv.addLayout(controls)
        self.map = LatentMap()
        self.map.moved.connect(self.on_map_moved)
        self.map.point_clicked.connect(self.select_image)
        self.map.view_changed.connect(lambda *_: self._schedule_grid())
        lv.addWidget(self.map, 1)
        # A GAN has no encoder, hence no map of the data: this says so in the map's place.
        self.no_map_label = QLabel(tr("A GAN has no encoder, so its images have no place on a map. Its generator "
                                   "is the decoder here: move the sliders, see the grid over the chosen plane "
                                   "(around the current code), or interpolate between two codes."))
        self.no_map_label.setWordWrap(True)
        self.no_map_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_map_label.setVisible(False)
        lv.addWidget(self.no_map_label, 1)
        self.map_hint = QLabel(tr("Drag the crosshair to decode any point. Click a point to jump to that image. "
                               "Wheel zooms, drag on empty space pans."))
        self.map_hint.setStyleSheet("color: palette(mid);")
        self.map_hint.setWordWrap(True)
        lv.addWidget(self.map_hint)
        left_split.addWidget(left)
        left_split.setStretchFactor(1, 1)
        left_split.setSizes([170, 600])
        splitter.addWidget(left_split)

        # Right: the decoded picture and the tools.
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(6, 0, 0, 0)
        top = QHBoxLayout()
        self.decoded_view = PixelImageView(min_side=196)
        self.decoded_view.setFixedSize(224, 224)
        self.decoded_view.set_placeholder(tr("The decoded image appears here."))
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
        export.addRow(tr("Export scale:"), self.scale_spin)
        side.addLayout(export)
        self.save_button = QPushButton(tr("Save PNG…"))
        self.save_button.clicked.connect(lambda: self._ask_and_export("decoded"))
        self.copy_button = QPushButton(tr("Copy"))
        self.copy_button.setToolTip(tr("Copy the decoded image to the clipboard at the export scale"))
        self.copy_button.clicked.connect(self.copy_decoded)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.copy_button)
        side.addLayout(row)
        top.addLayout(side, 1)
        rv.addLayout(top)

        self.tools = QTabWidget()
        self.tools.addTab(self._build_sliders(), tr("Sliders"))
        self.tools.addTab(self._build_manifold(), tr("Manifold"))
        self.tools.addTab(self._build_interpolation(), tr("Interpolation"))
        self.tools.addTab(self._build_sketch(), tr("Sketch"))
        self.tools.addTab(self._build_anomalies(), tr("Anomalies"))
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

    def _build_runs(self) -> QWidget:
        # Model and dataset hidden: the Status and Run columns matter most here.
        return self._build_run_panel(self._has_latent_space, (2, 3), tr(
            "Open the selected run's latent space (or double-click it, or press Enter)"))

    def _set_enabled(self, on: bool) -> None:
        for w in (self.map, self.tools, self.save_button, self.copy_button, self.plane_combo, self.axis_x,
                  self.axis_y, self.fit_button, self.class_combo):
            w.setEnabled(on)

    # Runs ------------------------------------------------------------------------------------------

    def workspace_changed(self) -> None:
        self.refresh_runs()

    def _has_latent_space(self, summary: RunSummary) -> bool:
        """Runs whose models decode a code (VAE, AAE; a GAN's generator), with a checkpoint to open."""
        if not summary.epochs_done:
            return False
        if summary.capabilities is not None:
            return "decode" in summary.capabilities
        return bool(self.context.models.can(summary.model, "decode"))  # runs of older studios

    def refresh_runs(self) -> None:
        """List the workspace's runs whose models have a latent space, newest first."""
        self._list_runs(tr("No VAE, AAE or GAN runs in the workspace yet: train one with the button above."))

    def open_run(self, path: Path) -> None:
        """Load a run's latent space in a worker thread; ``space_loaded`` fires when it is shown."""
        from studio.core.workspace import Run

        if self._closing or (self._open_worker is not None and self._open_worker.is_running()):
            return
        run = Run(Path(path))
        self.status.setText(tr("Opening {id}…").format(id=run.id))
        worker = TaskWorker(lambda control: open_job(run, control), self)
        worker.event.connect(self._on_open_event)
        worker.finished.connect(self._on_open_finished)
        self._open_worker = worker
        worker.start()

    def _on_open_event(self, item) -> None:
        if isinstance(item, OpenedSpace):
            try:
                self.show_opened(item)
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

    def _select_open_run(self, path: Path) -> None:
        """Select the open run in the list (a run outside the workspace is simply not listed)."""
        self.run_list.select_paths([str(path)])

    # Planes ----------------------------------------------------------------------------------------

    def _plane_changed(self) -> None:
        if self.space is not None:
            self._apply_plane(fit=True)

    def _apply_plane(self, fit: bool) -> None:
        space = self.space
        pca = self.plane_combo.currentIndex() == 1 and space.dim > 2
        if pca:
            plane = pca_plane(space.codes)
        else:
            i, j = self.axis_x.value(), self.axis_y.value()
            if i == j and space.dim > 1:
                j = (i + 1) % space.dim
            plane = axis_plane(space.dim, i, j)
        self.plane = plane
        for _ in self._plane_steps(space, plane.project(space.codes), None if pca else (i, j)):
            pass
        if fit:
            self.fit_view()
        self._place_markers()

    def _plane_steps(self, space: LatentSpace, points: np.ndarray, axes: tuple[int, int] | None) -> Iterator[None]:
        """Show the map of ``space``: its codes' (N, 2) ``points`` on a plane of two latent ``axes`` (None: the
        PCA plane), with the axes' names and choosers; a generator of steps (``LatentMap.points_in_steps``)."""
        for spin in (self.axis_x, self.axis_y):
            spin.setVisible(axes is not None and space.dim > 2)
        if axes is None:
            self.map.set_axis_labels(tr("first principal direction"), tr("second principal direction"))
        else:
            self.map.set_axis_labels(f"z{axes[0]}", f"z{axes[1]}")
        yield from self.map.points_in_steps(points, space.val_labels, space.label_names)

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
        self.coords_label.setText(tr("z = ({coords})\ndecoded in {last_decode_ms:.1f} ms").format(
            coords=coords, last_decode_ms=self.last_decode_ms))

    def _clear_picked(self) -> None:
        if not self.picked_view.isHidden():
            self.picked_view.setVisible(False)
            self.picked_label.setText("")
            self.map.set_highlight(None)

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
        self.picked_label.setText(tr("Original: validation image #{index}, label {label}. The big picture is its "
                                     "reconstruction.").format(
                                         index=index, label=label) if self.space.has_encoder else
                                  tr("Prior sample #{index}: the big picture is its decode.").format(index=index))

    # Training from here ----------------------------------------------------------------------------

    def start_training(self, preset: int, epochs: int, dataset: str = "digits") -> None:
        """Train a preset model in a child process (so that the map stays fluid); when it ends, the new
        run is opened. ``preset`` indexes ``presets`` (the registry's, of models with a latent space)."""
        from studio.training.config import TrainConfig

        title, model, model_config = self.presets[preset]
        config = TrainConfig.for_model(model, dataset=dataset, model_config=dict(model_config), epochs=epochs,
                                       **self.train_bar.training_for(preset))
        self._train_live = self.train_bar.start(config)
        self.status.setText(tr("Training a {title} on {dataset}…").format(title=title, dataset=dataset))

    def _on_train_event(self, event) -> None:
        live = self._train_live
        if live is None:
            return
        if isinstance(event, EpochMetrics):
            self.status.setText(tr("Training: {status}").format(status=lower_first(translate_status(live.status))))

    def _on_train_ended(self, live, outcome: str) -> None:
        """The training is over (the bar tells every tab's list after this): open the new run."""
        self._train_live = None
        if live is not None and live.run_dir:
            self.run_list.clear_live(live.run_dir)   # else the list kept showing it "running"
        run_dir = live.run_dir if live is not None else None
        if run_dir and outcome in ("completed", "stopped") and (Path(run_dir) / "checkpoints" / "latest.json").exists():
            self.open_run(Path(run_dir))
        elif live is not None:
            self.status.setText(translate_status(live.status))

    # Shutdown --------------------------------------------------------------------------------------

    def shutdown(self) -> None:
        self._closing = True
        self._stop_opening()
        self._anim_timer.stop()
        self.shutdown_slow_jobs()
        self.train_bar.shutdown()
        if self._open_worker is not None and self._open_worker.is_running():
            self._open_worker.stop_and_wait()
