"""The completion canvas: hide part of a digit, of a picture file or of one's own drawing, and watch several
completions of the hidden part appear side by side, pixel by pixel. The visible part is kept exactly."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QSpinBox, QSplitter,
                               QStackedWidget, QVBoxLayout, QWidget)

from studio.core.errors import StudioError
from studio.latent.sketch import sketch_to_input
from studio.pixels.jobs import completion_job, completions_picture, paced, progress_picture
from studio.pixels.masks import MASK_TITLES, NAMED_MASKS, named_mask, read_picture, shown_masked
from studio.ui.i18n import tr, tr_noop
from studio.ui.tabs.pixels.drawing_job import DrawingJob
from studio.ui.tabs.pixels.mask_canvas import MaskCanvas
from studio.ui.tabs.pixels.page_parts import (add_run_buttons, add_temperature_and_seed, ask_png_path, save_png,
                                              slow_motion_check)
from studio.ui.widgets.pixel_view import PixelImageView
from studio.ui.widgets.sketch_pad import SketchPad

SLOW_MOTION_S = 6.0
OWN_MASK = tr_noop("Painted by hand")


class CompletionPage(QWidget):
    """``completion_finished(status)`` when a completion ends."""

    completion_finished = Signal(str)

    def __init__(self, report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report = report
        self.model = None
        self._digits = None
        self._source: tuple = ("digit", 0)
        self._hidden: np.ndarray | None = None       # the mask of the completion being drawn
        self._lead: np.ndarray | None = None
        self._final: np.ndarray | None = None
        self._setting_mask = False
        self._slow = False
        self.job = DrawingJob(self)
        self.job.frame.connect(self._show)
        self.job.ended.connect(self._on_ended)
        self._build()
        self.set_model(None)

    def _build(self) -> None:
        root = QVBoxLayout(self)
        source = QHBoxLayout()
        source.addWidget(QLabel(tr("Picture:")))
        self.digit_spin = QSpinBox()
        self.digit_spin.setRange(0, 1796)
        self.digit_spin.setPrefix(tr("digit #"))
        self.digit_spin.setToolTip(tr("One of the built-in digits"))
        self.digit_spin.valueChanged.connect(lambda i: self.use_digit(i))
        source.addWidget(self.digit_spin)
        self.random_button = QPushButton(tr("Random digit"))
        self.random_button.clicked.connect(self.random_digit)
        source.addWidget(self.random_button)
        self.open_button = QPushButton(tr("Open picture…"))
        self.open_button.setToolTip(tr("Any picture file; it is resized to the model's size"))
        self.open_button.clicked.connect(self.ask_picture)
        source.addWidget(self.open_button)
        self.draw_button = QPushButton(tr("Draw…"))
        self.draw_button.setCheckable(True)
        self.draw_button.setToolTip(tr("Draw your own picture on the sketch pad, then use it"))
        self.draw_button.toggled.connect(self._draw_mode)
        source.addWidget(self.draw_button)
        source.addStretch(1)
        root.addLayout(source)

        masks = QHBoxLayout()
        masks.addWidget(QLabel(tr("Hide:")))
        self.mask_combo = QComboBox()
        for name in NAMED_MASKS:
            self.mask_combo.addItem(tr(MASK_TITLES[name]), name)
        self.mask_combo.addItem(tr(OWN_MASK), "")
        self.mask_combo.currentIndexChanged.connect(self._mask_chosen)
        masks.addWidget(self.mask_combo)
        masks.addWidget(QLabel(tr("Brush:")))
        self.brush_spin = QSpinBox()
        self.brush_spin.setRange(1, 8)
        self.brush_spin.setValue(3)
        self.brush_spin.setSuffix(tr(" px"))
        masks.addWidget(self.brush_spin)
        self.undo_button = QPushButton(tr("Undo"))
        self.undo_button.setToolTip(tr("Undo the last change of the mask (Ctrl+Z)"))
        masks.addWidget(self.undo_button)
        self.clear_button = QPushButton(tr("Clear mask"))
        masks.addWidget(self.clear_button)
        masks.addStretch(1)
        root.addLayout(masks)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.stack = QStackedWidget()
        self.canvas = MaskCanvas()
        self.canvas.mask_changed.connect(self._mask_painted)
        self.brush_spin.valueChanged.connect(lambda v: setattr(self.canvas, "brush", v))
        self.canvas.brush = self.brush_spin.value()
        self.undo_button.clicked.connect(self.canvas.undo)
        self.clear_button.clicked.connect(self.canvas.clear_mask)
        self.stack.addWidget(self.canvas)
        sketch = QWidget()
        sv = QVBoxLayout(sketch)
        sv.setContentsMargins(0, 0, 0, 0)
        self.sketch = SketchPad()
        sv.addWidget(self.sketch, 1)
        srow = QHBoxLayout()
        for title, slot in ((tr("Undo stroke"), self.sketch.undo), (tr("Clear"), self.sketch.clear),
                            (tr("Use drawing"), self.use_drawing)):
            button = QPushButton(title)
            button.clicked.connect(slot)
            srow.addWidget(button)
        sv.addLayout(srow)
        self.stack.addWidget(sketch)
        split.addWidget(self.stack)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(6, 0, 0, 0)
        run = QHBoxLayout()
        run.addWidget(QLabel(tr("Completions:")))
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 8)
        self.count_spin.setValue(4)
        run.addWidget(self.count_spin)
        self.temperature_spin, self.seed_spin = add_temperature_and_seed(run)
        self.slow_check = slow_motion_check(
            tr("Spread the completion over about {seconds:.0f} s to watch it happen").format(seconds=SLOW_MOTION_S))
        run.addWidget(self.slow_check)
        self.complete_button, self.save_button = add_run_buttons(
            run, tr("Complete"), tr("Draw the hidden part several ways (Ctrl+Return); press again to stop"),
            self.toggle, self.ask_save)
        rv.addLayout(run)
        self.view = PixelImageView(min_side=120, whole_pixels=False)
        self.view.set_placeholder(tr("The picture with its hidden part veiled, then each completion, side by side."))
        rv.addWidget(self.view, 1)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        rv.addWidget(self.status)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        root.addWidget(split, 1)
        # whatsThis names each in Help ▸ Keyboard shortcuts.
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.toggle, whatsThis=tr("Complete or stop"))
        QShortcut(QKeySequence("Escape"), self, activated=self.job.stop, whatsThis=tr("Stop completing"))
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.canvas.undo, whatsThis=tr("Undo the mask"))

    # Pictures --------------------------------------------------------------------------------------

    def _shape(self) -> tuple[int, int, int]:
        return tuple(self.model.image_shape) if self.model is not None else (1, 28, 28)

    def _picture(self) -> np.ndarray:
        """The source picture in the model's shape (C, H, W) in [0, 1]."""
        c, h, w = self._shape()
        kind, value = self._source
        if kind == "file":
            return read_picture(value, c, h, w)
        if kind == "drawing":
            return sketch_to_input(value, (c, h, w))
        if self._digits is None:
            from studio.data.digits import load_digits_28

            self._digits = load_digits_28().images                       # (N, 28, 28) or (N, 1, 28, 28) uint8
        digit = np.asarray(self._digits[value], np.float32).reshape(28, 28) / 255.0
        if (h, w) != (28, 28):
            from studio.latent.sketch import downscale

            digit = downscale(digit, h, w)
        return np.repeat(digit[None], c, axis=0)

    def _reload(self) -> None:
        try:
            picture = self._picture()
        except StudioError as exc:
            self.status.setText(str(exc))
            self._report_text(str(exc))
            return
        shown = self.model.quantise(picture) if self.model is not None else picture
        self.canvas.set_picture(shown)
        self._apply_named_mask()

    def use_digit(self, index: int) -> None:
        self._source = ("digit", int(index))
        self._reload()

    def random_digit(self) -> None:
        self.digit_spin.setValue(int(np.random.default_rng().integers(0, self.digit_spin.maximum() + 1)))

    def use_picture(self, path: str) -> None:
        """Complete a picture file (resized to the model's size)."""
        self._source = ("file", str(path))
        self._reload()

    def ask_picture(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open a picture"), "",
                                              tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"))
        if path:
            self.use_picture(path)

    def _draw_mode(self, on: bool) -> None:
        self.stack.setCurrentIndex(1 if on else 0)

    def use_drawing(self) -> None:
        """Complete the sketch pad's drawing (framed like the training digits)."""
        if self.sketch.is_blank():
            self.status.setText(tr("Draw something first."))
            return
        self._source = ("drawing", self.sketch.to_array())
        self.draw_button.setChecked(False)
        self._reload()

    def use_drawing_array(self, drawing: np.ndarray) -> None:
        """Complete a drawing made elsewhere (the Latent explorer's sketch pad: an (H, W) array in [0, 1])."""
        self._source = ("drawing", np.asarray(drawing, np.float32))
        self.draw_button.setChecked(False)
        self._reload()
        self.status.setText(tr("Your sketch from the Latent explorer: choose what to hide, then Complete."))

    # Masks -----------------------------------------------------------------------------------------

    def _apply_named_mask(self) -> None:
        name = self.mask_combo.currentData()
        if name:
            _, h, w = self._shape()
            self._setting_mask = True
            self.canvas.set_mask(named_mask(name, h, w))
            self._setting_mask = False

    def _mask_chosen(self, _index: int) -> None:
        self._apply_named_mask()

    def _mask_painted(self) -> None:
        if not self._setting_mask and self.mask_combo.currentData():
            self.mask_combo.blockSignals(True)
            self.mask_combo.setCurrentIndex(self.mask_combo.count() - 1)     # the mask is one's own now
            self.mask_combo.blockSignals(False)

    def choose_mask(self, name: str) -> None:
        self.mask_combo.setCurrentIndex(self.mask_combo.findData(name))

    # Completing ------------------------------------------------------------------------------------

    def set_model(self, model) -> None:
        self.job.stop()
        self.model = model
        self.complete_button.setEnabled(model is not None)
        self.save_button.setEnabled(False)
        self.status.setText(tr("Open a PixelCNN run to complete pictures.") if model is None else
                            tr("Hide part of the picture (choose a region or paint it), then press Complete."))
        self._reload()

    def is_completing(self) -> bool:
        return self.job.is_running()

    def completions(self):
        latest = self.job.latest()
        return None if latest is None else latest.data

    def toggle(self) -> None:
        if self.job.is_running():
            self.job.stop()
        elif self.model is not None:
            self.start()

    def start(self, slow: bool | None = None) -> None:
        """Complete the hidden part ``count`` ways; ``slow`` (default: the Slow motion box) paces it."""
        slow = self.slow_check.isChecked() if slow is None else slow
        picture, hidden = self.canvas.picture(), self.canvas.mask()
        if picture is None:
            return
        if not hidden.any():
            self.status.setText(tr("Hide part of the picture first: choose a region or paint it."))
            return
        model, n = self.model, self.count_spin.value()
        options = {"temperature": self.temperature_spin.value()}
        seed = self.seed_spin.value()

        def job(control):
            steps = completion_job(model, picture, hidden, n, control, seed=seed, options=options)
            return paced(steps, SLOW_MOTION_S) if slow else steps

        self._hidden, self._final, self._slow = hidden, None, slow
        self._lead = shown_masked(picture, hidden)
        self._picture_shown = picture
        self.save_button.setEnabled(False)
        self.complete_button.setText(tr("Stop"))
        self.status.setText(tr("Completing…"))
        self.job.start(job)

    def _show(self, samples) -> None:
        n = len(samples.data)
        # Side by side after the veiled picture; more than three completions take two rows, to be larger.
        per_row = n if n <= 3 else (n + 1) // 2
        self.view.set_image(progress_picture(samples.data, samples.done, self._hidden, lead=self._lead,
                                             per_row=per_row, final=samples.final))
        if not samples.final:
            self.status.setText(tr("Pixel {done:,} of {total:,} hidden ones, {n} completions at once…").format(
                done=samples.done, total=samples.total, n=n))

    def _on_ended(self, end) -> None:
        self.complete_button.setText(tr("Complete"))
        latest = self.job.latest()
        if end.failure is not None:
            self.status.setText(end.failure.message)
            self._report(end.failure)
        elif end.status == "stopped":
            self.status.setText(tr("Stopped after {done:,} pixels.").format(done=latest.done if latest else 0))
        elif latest is not None:
            self._final = latest.data
            self.save_button.setEnabled(True)
            pace = tr(" (slow motion)") if self._slow else ""
            self.status.setText(tr("{n_data} completions of {total:,} hidden pixels in {seconds:.2f} s{pace}; the "
                                   "visible pixels are kept exactly.").format(
                                       n_data=len(latest.data), total=latest.total, seconds=self.job.seconds,
                                       pace=pace))
        self.completion_finished.emit(end.status)

    def ask_save(self) -> None:
        if self._final is None:
            return
        path = ask_png_path(self, tr("Save the completions"), "pixelcnn-completions.png")
        if path:
            self.save(path)

    def save(self, path: str, scale: int = 4) -> None:
        save_png(self, self.status, path,
                 lambda: completions_picture(self._picture_shown, self._hidden, self._final, self.model), scale)

    def _report_text(self, text: str) -> None:
        from studio.core.tasks import Failure

        self._report(Failure(text))

    def shutdown(self) -> None:
        self.job.shutdown()
