"""The PixelCNN sampling page: new pictures drawn pixel by pixel before one's eyes, stoppable at any pixel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from studio.pixels.jobs import drawn_pixel, paced, progress_picture, sample_job, samples_picture
from studio.ui.i18n import tr, tr_noop
from studio.ui.tabs.pixels.drawing_job import DrawingJob
from studio.ui.tabs.pixels.page_parts import (add_run_buttons, add_temperature_and_seed, ask_png_path, save_png,
                                              slow_motion_check)
from studio.ui.widgets.pixel_view import PixelImageView

SLOW_MOTION_S = 8.0      # how long a slow-motion drawing lasts, whatever the number of pixels
METHODS = ((tr_noop("Cached (fast)"), "cached"), (tr_noop("Naive (whole net per pixel)"), "naive"))


class SamplingPage(QWidget):
    """Draws ``count`` pictures from the open model; ``drawing_finished(status)`` when a drawing ends."""

    drawing_finished = Signal(str)

    def __init__(self, report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report = report
        self.model = None
        self._final = None
        self.job = DrawingJob(self)
        self.job.frame.connect(self._show)
        self.job.ended.connect(self._on_ended)

        root = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Pictures:")))
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 64)
        self.count_spin.setValue(16)
        row.addWidget(self.count_spin)
        self.temperature_spin, self.seed_spin = add_temperature_and_seed(
            row, tr("Below 1: bolder, more typical pictures; above 1: wilder ones"),
            tr("The same seed draws the same pictures (with either method)"))
        self.method_combo = QComboBox()
        for title, _ in METHODS:
            self.method_combo.addItem(tr(title))
        self.method_combo.setToolTip(tr("Naive sampling runs the whole network for every pixel: the same pictures, "
                                     "far slower. For comparison."))
        row.addWidget(self.method_combo)
        self.slow_check = slow_motion_check(tr("Spread the drawing over about {seconds:.0f} s to watch each pixel "
                                               "arrive").format(seconds=SLOW_MOTION_S))
        row.addWidget(self.slow_check)
        self.sample_button, self.save_button = add_run_buttons(
            row, tr("Draw"), tr("Draw new pictures pixel by pixel (Ctrl+Return); press again to stop (Esc)"),
            self.toggle, self.ask_save)
        root.addLayout(row)
        self.view = PixelImageView(min_side=200, whole_pixels=False)
        self.view.set_placeholder(tr("Open a PixelCNN run (or train one), then press Draw."))
        root.addWidget(self.view, 1)
        self.status = QLabel("")
        root.addWidget(self.status)
        # whatsThis names each in Help ▸ Keyboard shortcuts.
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.toggle, whatsThis=tr("Draw or stop"))
        QShortcut(QKeySequence("Escape"), self, activated=self.job.stop, whatsThis=tr("Stop drawing"))
        self.set_model(None)

    # Public API ------------------------------------------------------------------------------------

    def set_model(self, model) -> None:
        """Use ``model`` (a studio.pixels PixelModel, or None)."""
        self.job.stop()
        self.model = model
        self.sample_button.setEnabled(model is not None)
        self.save_button.setEnabled(False)
        self.status.setText("" if model is None else tr("{title}, {size_text}: press Draw.").format(
            title=model.title, size_text=self._size_text()))

    def is_drawing(self) -> bool:
        return self.job.is_running()

    def pictures(self):
        """The pictures drawn so far (N, C, H, W) in [0, 1], or None."""
        latest = self.job.latest()
        return None if latest is None else latest.data

    def toggle(self) -> None:
        if self.job.is_running():
            self.job.stop()
        elif self.model is not None:
            self.start()

    def start(self) -> None:
        model, n = self.model, self.count_spin.value()
        options = {"method": METHODS[self.method_combo.currentIndex()][1],
                   "temperature": self.temperature_spin.value()}
        seed, slow = self.seed_spin.value(), self.slow_check.isChecked()

        def job(control):
            steps = sample_job(model, n, control, seed=seed, options=options)
            return paced(steps, SLOW_MOTION_S) if slow else steps

        self._final = None
        self.save_button.setEnabled(False)
        self.sample_button.setText(tr("Stop"))
        self.status.setText(tr("Drawing…"))
        self.job.start(job)

    # Drawing ---------------------------------------------------------------------------------------

    def _size_text(self) -> str:
        c, h, w = self.model.image_shape
        return tr("{w}×{h} pixels").format(w=w, h=h) + (tr(", {c} channels").format(c=c) if c > 1 else "")

    def _per_row(self, n: int) -> int:
        return min(n, 8)

    def _show(self, samples) -> None:
        n, _, h, w = samples.data.shape
        self.view.set_image(progress_picture(samples.data, samples.done, per_row=self._per_row(n),
                                             final=samples.final))
        if not samples.final:
            r, c = drawn_pixel(None, (h, w), samples.done) or (0, 0)
            self.status.setText(tr("Pixel {done:,} of {total:,} (row {row}, column {column}), "
                                   "{n} pictures at once…").format(
                done=samples.done, total=samples.total, row=r + 1, column=c + 1, n=n))

    def _on_ended(self, end) -> None:
        self.sample_button.setText(tr("Draw"))
        latest = self.job.latest()
        if end.failure is not None:
            self.status.setText(end.failure.message)
            self._report(end.failure)
        elif end.status == "stopped":
            done = latest.done if latest is not None else 0
            self.status.setText(tr("Stopped at pixel {done:,}.").format(done=done))
        elif latest is not None:
            self._final = latest.data
            self.save_button.setEnabled(True)
            pace = tr(" (slow motion)") if self.slow_check.isChecked() else ""
            self.status.setText(tr("{n_data} pictures, {total:,} pixels each, in {seconds:.2f} s{pace}.").format(
                n_data=len(latest.data), total=latest.total, seconds=self.job.seconds, pace=pace))
        self.drawing_finished.emit(end.status)

    def ask_save(self) -> None:
        if self._final is None:
            return
        path = ask_png_path(self, tr("Save the pictures"), "pixelcnn-samples.png")
        if path:
            self.save(path)

    def save(self, path: str, scale: int = 4) -> None:
        """Write the finished pictures as a PNG grid (QFileDialog asked before replacing a file)."""
        save_png(self, self.status, path, lambda: samples_picture(self._final, self._per_row(len(self._final))),
                 scale)

    def shutdown(self) -> None:
        self.job.shutdown()
