"""The Latent explorer's sketch pad (draw, encode, see the nearest training images), the anomaly view
(the validation images the model rebuilds worst), and the exports (PNG, GIF, clipboard).

A mixin of ``LatentTab``: it uses the tab's open ``space``, ``plane``, current code ``z`` and map.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from studio.core.errors import StudioError, user_message
from studio.ui.i18n import tr
from studio.ui.widgets.pixel_view import PixelImageView, to_qimage
from studio.ui.widgets.save_dialog import ask_save_path
from studio.ui.i18n import tr
from studio.ui.widgets.sketch_pad import SketchPad


class SketchExportMixin:
    """Sketch pad, anomalies and exports of the Latent explorer (see the module's docstring)."""


    def _build_sketch(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        row = QHBoxLayout()
        self.brush_spin = QSpinBox()
        self.brush_spin.setRange(2, 80)
        self.brush_spin.setValue(22)
        self.brush_spin.setPrefix(tr("brush "))
        self.brush_spin.valueChanged.connect(lambda v: setattr(self.sketch, "brush_size", float(v)))
        row.addWidget(self.brush_spin)
        self.eraser_check = QCheckBox(tr("Eraser"))
        self.eraser_check.toggled.connect(lambda on: setattr(self.sketch, "eraser", on))
        row.addWidget(self.eraser_check)
        undo = QPushButton(tr("Undo"))
        undo.setShortcut("Ctrl+Z")
        undo.clicked.connect(lambda: self.sketch.undo())
        clear = QPushButton(tr("Clear"))
        clear.clicked.connect(lambda: self.sketch.clear())
        row.addWidget(undo)
        row.addWidget(clear)
        self.frame_check = QCheckBox(tr("Frame like the dataset"))
        self.frame_check.setToolTip(tr("Fit the drawing into the 20×20 box and centre it, as MNIST frames its digits"))
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
        col.addWidget(QLabel(tr("Model input / reconstruction")))
        self.sketch_input_view = PixelImageView(min_side=84)
        self.sketch_recon_view = PixelImageView(min_side=84)
        self.sketch_recon_view.set_placeholder(tr("Draw on the left."))
        pair = QHBoxLayout()
        pair.addWidget(self.sketch_input_view)
        pair.addWidget(self.sketch_recon_view)
        col.addLayout(pair, 1)
        self.neighbours_button = QPushButton(tr("Show the nearest training images"))
        self.neighbours_button.clicked.connect(self.show_neighbours)
        col.addWidget(self.neighbours_button)
        save_recon = QPushButton(tr("Save reconstruction PNG…"))
        save_recon.clicked.connect(lambda: self._ask_and_export("sketch"))
        col.addWidget(save_recon)
        self.send_sketch_button = QPushButton(tr("Complete with a PixelCNN…"))
        self.send_sketch_button.setToolTip(tr("Take this drawing to the Pixels & RBM tab, hide part of it and "
                                              "watch a PixelCNN complete it"))
        self.send_sketch_button.clicked.connect(self.send_sketch)
        col.addWidget(self.send_sketch_button)
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
        self.anomaly_plot.setLabel("bottom", tr("reconstruction error (mean squared pixel error)"))
        self.anomaly_plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.anomaly_plot.setLabel("left", tr("images"))
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

    # Sketch ----------------------------------------------------------------------------------------

    def send_sketch(self) -> None:
        """Hand the drawing to the Pixels & RBM tab's completion canvas (the window shows that tab)."""
        if self.sketch.is_blank():
            self.status.setText(tr("Draw something first."))
            return
        self.context.sketches.send(self.sketch.to_array())

    def encode_sketch(self) -> None:
        """Encode the sketch: its star moves on the map and its reconstruction shows beside it."""
        if self.space is None or not self.space.has_encoder:
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
            item.setToolTip(tr("Training image #{index}, label {label_name}, distance {distance:.3f}").format(
                index=n.index, label_name=self.space.label_name(n.label), distance=n.distance))
            self.neighbour_list.addItem(item)

    # Anomalies -------------------------------------------------------------------------------------

    def _show_anomalies(self, space, anomalies) -> None:
        """Fill the anomaly panel from ``anomalies`` (``opening.Anomalies``, computed off the GUI thread)."""
        self.anomaly_hist.setData(anomalies.edges, anomalies.counts)
        self.anomaly_line.setPos(anomalies.threshold)
        self.anomaly_summary.setText(tr("Median error {median:.4f}; the {n_worst} most anomalous images (right of "
                                        "the red line) — click one to find it on the map:").format(
                                            median=anomalies.median, n_worst=len(anomalies.worst)))
        self.anomaly_list.clear()
        for i, thumb in zip(anomalies.worst, anomalies.thumbs):
            error = anomalies.scores[i]
            item = QListWidgetItem(QIcon(QPixmap.fromImage(thumb)), f"{error:.3f}")
            item.setData(Qt.ItemDataRole.UserRole, int(i))
            item.setToolTip(tr("Image #{index}, label {label_name}, error {error:.4f}").format(
                index=int(i), label_name=space.label_name(int(space.val_labels[i])), error=error))
            self.anomaly_list.addItem(item)

    # Export ----------------------------------------------------------------------------------------

    def export(self, what: str, path: str | Path) -> Path:
        """Write ``what`` ("decoded", "grid", "strip", "gif" or "sketch") to ``path``, which the save dialog
        has confirmed (an existing file is replaced; a file of the run or a folder is refused by the output
        guard); returns the path."""
        from studio.latent import export

        scale = self.scale_spin.value()
        if self.space is None:
            raise StudioError(tr("Open a run first."))
        guard = {"overwrite": True, "inputs": export.run_inputs(self.space.run)}
        if what == "decoded":
            return export.save_image_png(path, self.space.decode_one(self.z), scale, **guard)
        if what == "sketch":
            if self._sketch_code is None:
                raise StudioError(tr("Draw something first: the sketch pad is empty."))
            return export.save_image_png(path, self.space.decode_one(self._sketch_code), scale, **guard)
        if what == "grid":
            if self._grid is None:
                self.update_grid(wait=True)
            return export.save_grid_png(path, self._grid, max(1, scale // 4), **guard)
        if self._strip is None:
            raise StudioError(tr("Set the two end points A and B first."))
        if what == "strip":
            return export.save_strip_png(path, self._strip, max(1, scale // 2), **guard)
        if what == "gif":
            return export.save_gif(path, self._strip, scale, **guard)
        raise ValueError(what)

    def _ask_and_export(self, what: str) -> None:
        suffix = ".gif" if what == "gif" else ".png"
        kind = tr("Animated GIF (*.gif)") if what == "gif" else tr("PNG image (*.png)")
        start = str(Path(self.context.workspace) / f"latent-{what}{suffix}")
        path = ask_save_path(self, tr("Export"), start, kind, suffix)
        if path is None:
            return
        try:
            written = self.export(what, path)
        except Exception as exc:  # noqa: BLE001 - one sentence for the user
            self.context.reporter.report(user_message(exc))
            return
        self.status.setText(tr("Saved {written}.").format(written=written))

    def copy_decoded(self) -> None:
        if self.space is None:
            return
        image = to_qimage(self.space.decode_one(self.z))
        s = self.scale_spin.value()
        QApplication.clipboard().setImage(image.scaled(image.width() * s, image.height() * s,
                                                       Qt.AspectRatioMode.KeepAspectRatio,
                                                       Qt.TransformationMode.FastTransformation))
        self.status.setText(tr("Copied the decoded image to the clipboard."))
