"""Word clouds tab: a text editor beside a live preview, with icon, palette, font and export controls.

The preview is drawn in a worker thread (TaskWorker) after a short debounce, so typing never waits for
it; while one preview is being drawn, changes collect and the newest is drawn next. Exports redraw the
preview's layout at the export size (``studio.clouds.preview``): what you see is what you save.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QSplitter, QVBoxLayout, QWidget

from studio.clouds import palettes
from studio.clouds import text as textmod
from studio.clouds.preview import describe, export_job
from studio.clouds.render import CloudResult, CloudSpec, cloud_job
from studio.core.errors import DataError
from studio.ui.errors import report_end
from studio.ui.i18n import tr, tr_noop
from studio.ui.tabs.wordcloud.settings_form import CloudSettingsForm
from studio.ui.tabs.wordcloud.text_panel import TextPanel
from studio.ui.widgets.image_preview import ImagePreview, qimage_from_rgba
from studio.ui.widgets.save_dialog import ask_save_path
from studio.workers.task_worker import TaskWorker

log = logging.getLogger("studio")

DEBOUNCE_MS = 75
SETTINGS_KEY = "wordcloud"  # in Settings.extra; the dict carries its own "version" for migrations

SAMPLE_TEXT = (
    tr_noop("Generative Studio word clouds. Type or paste any text here, or open a file, and the cloud on the "
    "right follows as you type. Pick an icon for the shape, a palette for the colours, a font, and a "
    "background. Words that appear often are drawn large; common words such as the and of are left out. "
    "Click a word in the list below to leave it out of the cloud. Export the cloud as PNG at any size, "
    "or as SVG with its font inside. Chinese text works too: it is cut into words and drawn in a "
    "Chinese font.")
)


def pil_to_qimage(image) -> QImage:
    return qimage_from_rgba(image.convert("RGBA").tobytes("raw", "RGBA"), image.width, image.height)


class WordCloudTab(QWidget):
    """The "Word clouds" tab. Signals: ``previewShown(object)`` with each CloudResult drawn,
    ``previewFailed(str)`` with the sentence shown instead, ``exported(str)`` with each written path
    ("" for the clipboard).

    Parts: ``text_panel`` (the text and its words), ``preview`` with ``status`` beneath it, and
    ``settings`` (the form of every other setting).
    """

    previewShown = Signal(object)
    previewFailed = Signal(str)
    exported = Signal(str)
    file_opened = Signal(str)      # a text file was loaded into the editor

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._result: CloudResult | None = None
        self._worker: TaskWorker | None = None
        self._export_worker: TaskWorker | None = None
        self._catalog_worker: TaskWorker | None = None
        self._pending = False
        self._started = 0.0
        self.last_latency_ms: float | None = None
        # Nothing is drawn or loaded until the tab is first shown: a hidden tab must not take CPU (and
        # Python's interpreter lock) from the tab the user is looking at, say a training in progress.
        self._shown_once = False
        self._render_when_shown = False

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_now)

        self._build(context.settings.extra.get(SETTINGS_KEY) or {})
        self._build_actions()
        self.text_panel.set_text(tr(SAMPLE_TEXT))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self._load_palette_catalog()
        if self._render_when_shown:
            self._render_when_shown = False
            self.schedule_render()

    # ----- layout -------------------------------------------------------------------------------
    def _build(self, state: dict) -> None:
        self.text_panel = TextPanel()
        self.text_panel.changed.connect(self.schedule_render)
        self.text_panel.openRequested.connect(self.open_text_dialog)
        self.text_panel.fileDropped.connect(self.open_text)

        self.preview = ImagePreview()
        self.preview.setObjectName("preview")
        self.status = QLabel("")
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 2 + 4)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.preview, 1)
        centre_layout.addWidget(self.status)

        self.settings = CloudSettingsForm(state)
        self.settings.changed.connect(self.schedule_render)
        self.settings.exportRequested.connect(self.export_dialog)
        self.settings.copyRequested.connect(self.copy_image)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.text_panel)
        splitter.addWidget(centre)
        splitter.addWidget(self.settings)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 560, 360])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _build_actions(self) -> None:
        def action(text: str, keys, slot) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.open_action = action(tr("Open text…"), QKeySequence.StandardKey.Open, self.open_text_dialog)
        self.export_png_action = action(tr("Export PNG…"), "Ctrl+E", lambda: self.export_dialog("png"))
        self.export_svg_action = action(tr("Export SVG…"), "Ctrl+Shift+E", lambda: self.export_dialog("svg"))
        self.copy_action = action(tr("Copy image"), "Ctrl+Shift+C", self.copy_image)

    # ----- text ---------------------------------------------------------------------------------
    def open_text_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open text"), "", tr("Text (*.txt *.md *.csv);;All files (*)"))
        if path:
            self.open_text(path)

    def open_text(self, path: str) -> bool:
        """Load a file into the editor; a file that is not text is reported and the editor kept."""
        try:
            data = Path(path).read_bytes()
            content = textmod.decode_bytes(data, f"'{Path(path).name}'")
        except DataError as exc:
            self.context.reporter.report(str(exc))
            return False
        except OSError as exc:
            self.context.reporter.report(tr("'{name}' cannot be read ({reason}).").format(
                name=Path(path).name, reason=exc.strerror or exc))
            return False
        self.text_panel.load(path, content)
        self.file_opened.emit(str(path))
        return True

    def show_sample(self) -> None:
        """Put the built-in sample text back in the editor (one undo step: Ctrl+Z brings the user's text
        back) and draw its cloud: the welcome page's "Make a word cloud"."""
        self.text_panel.replace_text(SAMPLE_TEXT)
        self.schedule_render()

    def set_mask_path(self, path: str | None) -> None:
        """Use the image at ``path`` as the cloud's shape (None: no image)."""
        self.settings.set_mask_path(path)

    # ----- the cloud ------------------------------------------------------------------------------
    def preview_size(self) -> tuple[int, int]:
        return self.settings.preview_size()

    def spec(self) -> CloudSpec:
        """The cloud the controls describe, at preview size (DataError for a bad CSV weight)."""
        return self.settings.cloud_spec(self.text_panel.source(), self.text_panel.excluded())

    def schedule_render(self) -> None:
        """Draw the preview once the controls have been still for DEBOUNCE_MS (once shown, if hidden)."""
        if not self.isVisible():
            self._render_when_shown = True
            return
        self._timer.start()

    def render_now(self) -> None:
        self._timer.stop()
        if self._worker is not None:
            self._pending = True  # drawn as soon as the current one is done
            return
        if self.settings.missing_mask():
            self._show_failure(tr("Choose a mask image for the shape, or pick an icon."))
            return
        self._started = time.perf_counter()
        try:
            spec = self.spec()
        except DataError as exc:
            self._show_failure(str(exc))
            return
        worker = TaskWorker(cloud_job(spec), self)
        worker.event.connect(self._on_event)
        worker.finished.connect(self._on_finished)
        self._worker = worker
        worker.start()

    def is_rendering(self) -> bool:
        """True while a preview is waiting for its debounce, being drawn, or queued behind another."""
        return self._worker is not None or self._timer.isActive() or self._pending

    def current_result(self) -> CloudResult | None:
        """The cloud the preview shows, None before the first one."""
        return self._result

    def _on_event(self, item: object) -> None:
        if not isinstance(item, CloudResult):
            return
        self._result = item
        self.last_latency_ms = (time.perf_counter() - self._started) * 1000
        self.preview.setImage(pil_to_qimage(item.image))
        self.text_panel.show_words(item.frequencies)
        self.status.setText(describe(item, self.last_latency_ms))
        self.previewShown.emit(item)

    def _on_failed(self, failure) -> None:
        # A fault of the program gets the reporter's dialog; a problem with the user's input (bad text,
        # a mask that will not load) is shown in the preview only, while they go on typing.
        if not failure.expected:
            self.context.reporter.report(failure.message, failure.details)
        else:
            log.info("word cloud preview: %s", failure.message)
        self._show_failure(failure.message)

    def _show_failure(self, message: str) -> None:
        self._result = None  # the preview no longer shows that cloud, so it must not be exported either
        if not self.text_panel.text().strip():
            self.text_panel.clear_words()
        self.preview.setMessage(message)
        self.status.setText(message)
        self.previewFailed.emit(message)

    def _on_finished(self, end) -> None:
        self._worker = None
        if end.failure is not None:
            self._on_failed(end.failure)
        if self._pending:
            self._pending = False
            self.render_now()

    # ----- export -----------------------------------------------------------------------------------
    def export_dialog(self, kind: str) -> None:
        if self._result is None:
            self.context.reporter.report(tr("There is no cloud to export yet: add some text first."))
            return
        suffix = ".svg" if kind == "svg" else ".png"
        start = str(self.context.workspace / f"wordcloud{suffix}")
        filters = tr("SVG (*.svg)") if kind == "svg" else tr("PNG image (*.png)")
        path = ask_save_path(self, tr("Export {kind}").format(kind=kind.upper()), start, filters, suffix)
        if path is not None:
            self.export_to(str(path))

    def is_exporting(self) -> bool:
        """True while an export (or a copy) is being drawn or written."""
        return self._export_worker is not None

    def export_to(self, path: str | None) -> None:
        """Write the current cloud at the export size to ``path`` (PNG or SVG by suffix) in a worker;
        with ``path`` None, put the image on the clipboard instead."""
        if self._result is None:
            self.context.reporter.report(tr("There is no cloud to export yet: add some text first."))
            return
        if self._export_worker is not None:
            self.context.reporter.report(tr("An export is still being written; try again in a moment."))
            return
        if self.is_rendering():
            # The preview is behind the latest edit (the text emptied, a word left out): exporting now
            # would write a cloud the user no longer sees.
            self.context.reporter.report(tr("The cloud is being redrawn for your latest change; "
                                         "export again once the preview shows it."))
            return
        worker = TaskWorker(export_job(self._result, path, self.settings.export_options()), self)
        self.status.setText(tr("Exporting…") if path else tr("Copying…"))

        def done_event(item):
            if path is None:
                QGuiApplication.clipboard().setImage(pil_to_qimage(item.image))
                self.status.setText(tr("Copied a {width}×{height} image.").format(
                    width=item.image.width, height=item.image.height))
                self.exported.emit("")
            else:
                self.status.setText(tr("Saved {path} ({width}×{height}).").format(
                    path=path, width=item.image.width, height=item.image.height))
                self.exported.emit(path)

        def finished(end):
            self._export_worker = None
            report_end(self.context.reporter, end)

        worker.event.connect(done_event)
        worker.finished.connect(finished)
        self._export_worker = worker
        worker.start()

    def copy_image(self) -> None:
        self.export_to(None)

    # ----- background work --------------------------------------------------------------------------
    def _load_palette_catalog(self) -> None:
        def job(control):
            yield list(palettes.palette_names())

        worker = TaskWorker(job, self)
        worker.event.connect(self.settings.palette_picker.set_catalog)
        worker.finished.connect(self._catalog_finished)
        self._catalog_worker = worker
        worker.start()

    def _catalog_finished(self, end) -> None:
        self._catalog_worker = None
        if end.failure is not None:
            log.warning("palettes: %s\n%s", end.failure.message, end.failure.details)

    # ----- remembered settings -------------------------------------------------------------------
    def state(self) -> dict:
        """The controls' values, to be kept in the user's settings (not the text itself)."""
        return self.settings.state()

    def restore_state(self, state: dict) -> None:
        """Put back what ``state()`` kept; values that no longer fit (a deleted file…) are skipped."""
        self.settings.restore_state(state)

    def shutdown(self) -> None:
        """Stop the debounce and every worker, and wait for their threads (the window is closing).

        The controls' values go into the settings, which the main window saves as it closes."""
        try:
            self.context.settings.extra[SETTINGS_KEY] = self.state()
        except RuntimeError:  # widgets already deleted
            pass
        self._timer.stop()
        self._pending = False
        for worker in (self._worker, self._export_worker, self._catalog_worker):
            if worker is not None:
                worker.stop_and_wait()
