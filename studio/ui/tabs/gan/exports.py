"""The GAN tab's outputs: the grid or one tile as PNG at a chosen scale, the clipboard, the timeline as an
animated GIF or MP4, and the generator as ONNX.

A mixin of ``GanTab``. Every file is chosen in a save dialog, which asks before replacing an existing one
(only then is ``overwrite`` passed on); nothing is written inside the run's own folder, so an export can
never damage the run it comes from. The timeline and ONNX exports run in a worker thread with progress.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox

from studio.core.errors import StudioError, user_message
from studio.core.tasks import Progress
from studio.ui.i18n import tr, tr_noop
from studio.ui.widgets.pixel_view import to_qimage
from studio.ui.widgets.progress_bar import ProgressBar
from studio.workers.task_worker import TaskWorker

FILTERS = {".png": tr_noop("PNG image (*.png)"), ".gif": tr_noop("Animated GIF (*.gif)"),
           ".mp4": tr_noop("MP4 video (*.mp4)"), ".onnx": tr_noop("ONNX model (*.onnx)")}
# What an export writes, as the status line names it ("Exported the grid to …").
THINGS = {"grid": tr_noop("grid"), "tile": tr_noop("tile"), "timeline": tr_noop("timeline"),
          "generator": tr_noop("generator")}


class ExportsMixin:
    """Saving, copying and exporting of the GAN tab (see the module's docstring)."""

    def _build_export_bar(self) -> QHBoxLayout:
        self._export_worker: TaskWorker | None = None
        bar = QHBoxLayout()
        self.save_grid_button = QPushButton(tr("Save grid…"))
        self.save_grid_button.setToolTip(tr("Save the grid as PNG at the chosen scale (Ctrl+S)"))
        self.save_grid_button.clicked.connect(lambda: self.ask_and_save("grid"))
        self.save_tile_button = QPushButton(tr("Save tile…"))
        self.save_tile_button.setToolTip(tr("Save the clicked tile as PNG at the chosen scale (Ctrl+Shift+S)"))
        self.save_tile_button.clicked.connect(lambda: self.ask_and_save("tile"))
        self.scale_spin = QSpinBox()
        self.scale_spin.setRange(1, 64)
        self.scale_spin.setValue(4)
        self.scale_spin.setSuffix("×")
        self.scale_spin.setToolTip(tr("How many times larger than the model's pixels the PNG (or copy) is"))
        self.copy_button = QPushButton(tr("Copy"))
        self.copy_button.setToolTip(tr("Copy the clicked tile, or the whole grid when no tile is clicked, at the "
                                    "chosen scale (Ctrl+C; Esc forgets the clicked tile)"))
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.timeline_button = QPushButton(tr("Export timeline…"))
        self.timeline_button.setToolTip(tr("The snapshots saved during training as an animated GIF or an MP4 video "
                                        "(Ctrl+Shift+E)"))
        self.timeline_button.clicked.connect(self.ask_and_export_timeline)
        self.onnx_button = QPushButton(tr("Export generator to ONNX…"))
        self.onnx_button.setToolTip(tr("The generator as an ONNX model, for TouchDesigner, onnxruntime-web and "
                                    "other tools (Ctrl+E)"))
        self.onnx_button.clicked.connect(self.ask_and_export_onnx)
        self.export_progress = ProgressBar()
        self.export_progress.setFixedWidth(140)
        self.export_progress.setVisible(False)
        self.cancel_export_button = QPushButton(tr("Cancel"))
        self.cancel_export_button.setVisible(False)
        self.cancel_export_button.clicked.connect(self.cancel_export)
        for w in (self.save_grid_button, self.save_tile_button, QLabel(tr("Scale:")), self.scale_spin,
                  self.copy_button):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.export_progress, self.cancel_export_button, self.timeline_button, self.onnx_button):
            bar.addWidget(w)
        return bar

    def add_export_actions(self, action) -> None:
        """The keyboard shortcuts (``action(keys, slot, text)`` makes one on the tab)."""
        action("Ctrl+S", lambda: self.ask_and_save("grid"), tr("Save grid"))
        action("Ctrl+Shift+S", lambda: self.ask_and_save("tile"), tr("Save tile"))
        action("Ctrl+C", self.copy_to_clipboard, tr("Copy"))
        action("Ctrl+Shift+E", self.ask_and_export_timeline, tr("Export timeline"))
        action("Ctrl+E", self.ask_and_export_onnx, tr("Export generator to ONNX"))

    def update_export_state(self) -> None:
        busy = getattr(self, "_export_worker", None) is not None
        opened = self.info is not None
        self.timeline_button.setEnabled(opened and not busy)
        self.onnx_button.setEnabled(opened and not busy)

    # Pictures --------------------------------------------------------------------------------------

    def picture(self, what: str) -> np.ndarray | None:
        """What ``what`` ("grid" or "tile") saves, as (H, W, 3) uint8 or (C, H, W) floats; None if nothing."""
        if what == "grid":
            return self.grid.mosaic()
        return self.current_tile_image()

    def save_picture(self, what: str, path: str | Path, scale: int | None = None) -> Path:
        """Write the grid or the clicked tile to ``path`` as PNG (replacing it: the caller has asked)."""
        from studio.latent.export import save_grid_png, save_image_png

        picture = self.picture(what)
        if picture is None:
            raise StudioError(tr("Click a tile first: that is the one saved.") if what == "tile"
                              else tr("There is no grid to save yet."))
        self._check_outside_run(Path(path))
        scale = self.scale_spin.value() if scale is None else scale
        if what == "grid":
            return save_grid_png(path, picture.astype(np.float32) / 255.0, scale)
        return save_image_png(path, picture, scale)

    def ask_and_save(self, what: str) -> None:
        if self.picture(what) is None:
            self.status.setText(tr("Click a tile first: that is the one saved.") if what == "tile"
                                else tr("There is no grid to save yet."))
            return
        name = self._default_name(what, ".png")
        path = self._ask_path(tr("Save the {what} as PNG").format(what=tr(THINGS.get(what, what))), name, ".png")
        if path is None:
            return
        try:
            written = self.save_picture(what, path)
        except StudioError as exc:
            self.context.reporter.report(user_message(exc))
            return
        self.status.setText(tr("Saved {written}.").format(written=written))

    def copy_to_clipboard(self) -> None:
        """Copy the clicked tile (or, with none, the grid) at the chosen scale."""
        what = "tile" if self.current_tile_image() is not None else "grid"
        picture = self.picture(what)
        if picture is None:
            return
        image = to_qimage(picture)
        scale = self.scale_spin.value()
        if scale > 1:
            image = image.scaled(image.width() * scale, image.height() * scale)   # nearest neighbour: crisp
        QGuiApplication.clipboard().setImage(image)
        self.status.setText(tr("Copied the {what} ({width}×{height}).").format(
            what=tr(THINGS.get(what, what)), width=image.width(), height=image.height()))

    # Timeline and ONNX ------------------------------------------------------------------------------

    def ask_and_export_timeline(self) -> None:
        if self.info is None or self._export_worker is not None:
            return
        if len(self.snapshots) < 2:
            self.status.setText(tr("The timeline needs at least two snapshots (one is saved each epoch)."))
            return
        path = self._ask_path(tr("Export the timeline"), self._default_name("timeline", ".gif"), ".gif", ".mp4")
        if path is not None:
            self.export_timeline(path, overwrite=True)

    def export_timeline(self, path: str | Path, overwrite: bool = False) -> None:
        """Write the timeline to ``path`` (.gif or .mp4) in a worker thread; ``exported`` says when."""
        from studio import gan
        from studio.core.workspace import Run

        run = Run(self.info.run_dir)
        path = Path(path)
        self._start_export(lambda control: gan.export_timeline(run, path, overwrite=overwrite, control=control),
                           path, "timeline")

    def ask_and_export_onnx(self) -> None:
        if self.info is None or self._export_worker is not None:
            return
        path = self._ask_path(tr("Export the generator to ONNX"), self._default_name("generator", ".onnx"), ".onnx")
        if path is not None:
            self.export_onnx(path, overwrite=True)

    def export_onnx(self, path: str | Path, overwrite: bool = False) -> None:
        from studio import gan
        from studio.core.workspace import Run

        run = Run(self.info.run_dir)
        path = Path(path)

        def job(control):
            yield Progress(0, None, tr("Exporting the generator"))
            result = gan.export_onnx(run, path, overwrite=overwrite)
            if hasattr(result, "__next__"):       # a generator of Progress
                yield from result
            yield Progress(1, 1, tr("Exported"))

        self._start_export(job, path, "generator")

    def _start_export(self, factory, path: Path, what: str) -> None:
        try:
            self._check_outside_run(path)
        except StudioError as exc:
            self.context.reporter.report(user_message(exc))
            return
        worker = TaskWorker(factory, self)
        worker.event.connect(self._on_export_event)
        worker.finished.connect(lambda end: self._on_export_finished(end, path, what))
        self._export_worker = worker
        self.export_progress.setRange(0, 0)
        self.export_progress.setFormat(tr("Exporting the {what}…").format(what=tr(THINGS.get(what, what))))
        self.export_progress.setVisible(True)
        self.cancel_export_button.setVisible(True)
        self.update_export_state()
        worker.start()

    def _on_export_event(self, item) -> None:
        if isinstance(item, Progress) and item.fraction is not None:
            self.export_progress.setRange(0, 100)
            self.export_progress.setFormat("%p%")
            self.export_progress.setValue(int(item.fraction * 100))

    def _on_export_finished(self, end, path: Path, what: str) -> None:
        self._export_worker = None
        if getattr(self, "_closing", False):
            return
        self.export_progress.setVisible(False)
        self.cancel_export_button.setVisible(False)
        self.update_export_state()
        if end.failure is not None:
            self.status.setText(end.failure.message)
            self.context.reporter.report(end.failure.message, end.failure.details)
        elif end.status == "stopped":
            self.status.setText(tr("Export of the {what} cancelled; nothing was written.").format(
                what=tr(THINGS.get(what, what))))
        else:
            self.status.setText(tr("Exported the {what} to {path}.").format(
                what=tr(THINGS.get(what, what)), path=path))
            self.exported.emit(str(path))

    def cancel_export(self) -> None:
        if self._export_worker is not None:
            self._export_worker.stop()

    def is_exporting(self) -> bool:
        return self._export_worker is not None

    def shutdown_exports(self) -> None:
        if self._export_worker is not None:
            self._export_worker.stop_and_wait()

    # Paths -----------------------------------------------------------------------------------------

    def _default_name(self, what: str, suffix: str) -> str:
        run = self.info.run_id if self.info is not None else "gan"
        return str(Path(self.context.workspace) / f"{run}-{what}{suffix}")

    def _ask_path(self, title: str, start: str, *suffixes: str) -> Path | None:
        """A save dialog for ``suffixes`` (the first is the default). Qt's dialog asks before replacing a
        file; a suffix added afterwards names another file, so that one is confirmed here."""
        filters = ";;".join(tr(FILTERS[s]) for s in suffixes)
        chosen, selected = QFileDialog.getSaveFileName(self, title, start, filters)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in suffixes:
            wanted = next((s for s in suffixes if tr(FILTERS[s]) == selected), suffixes[0])
            path = path.with_name(path.name + wanted)
            if path.exists():
                answer = QMessageBox.question(self, title, tr("'{name}' exists. Replace it?").format(name=path.name))
                if answer != QMessageBox.StandardButton.Yes:
                    return None
        return path

    def _check_outside_run(self, path: Path) -> None:
        """Refuse a file inside the open run's folder: an export must never replace the run's own files
        (the existing file itself was confirmed in the save dialog)."""
        from studio.core.workspace import Run
        from studio.gan import check_output

        if self.info is not None:
            check_output(path, (path.suffix.lower() or ".png",), True, Run(self.info.run_dir))
