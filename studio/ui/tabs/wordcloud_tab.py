"""Word clouds tab: a text editor beside a live preview, with icon, palette, font and export controls.

The preview is drawn in a worker thread (TaskWorker) after a short debounce, so typing never waits for
it; while one preview is being drawn, changes collect and the newest is drawn next. Exports redraw the
preview's layout at the export size (``CloudResult.at_size``): what you see is what you save.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton,
                               QSpinBox, QDoubleSpinBox, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from studio.clouds import fonts, icons, palettes
from studio.clouds import text as textmod
from studio.clouds.render import CloudResult, CloudSpec, cloud_job
from studio.core.errors import DataError
from studio.ui.errors import report_end
from studio.ui.widgets.color_button import ColorButton
from studio.ui.widgets.icon_picker import IconPicker
from studio.ui.widgets.image_preview import ImagePreview
from studio.ui.widgets.palette_picker import PalettePicker
from studio.ui.widgets.word_list import WordListView
from studio.workers.task_worker import TaskWorker

log = logging.getLogger("studio")

PREVIEW_LONG_SIDE = 512
# Words are placed on a 256-pixel canvas and drawn at 512: placing words costs time in proportion to the
# canvas area, and 256 keeps a 512-pixel preview of a book-length text under 300 ms (bench/). Exports
# redraw this layout exactly at any size, or place the words again at full detail when asked.
PREVIEW_LAYOUT = 256
DETAIL_LAYOUT = 1024
DEBOUNCE_MS = 75
SETTINGS_KEY = "wordcloud"  # in Settings.extra; the dict carries its own "version" for migrations
STATE_VERSION = 1

SAMPLE_TEXT = (
    "Generative Studio word clouds. Type or paste any text here, or open a file, and the cloud on the "
    "right follows as you type. Pick an icon for the shape, a palette for the colours, a font, and a "
    "background. Words that appear often are drawn large; common words such as the and of are left out. "
    "Click a word in the list below to leave it out of the cloud. Export the cloud as PNG at any size, "
    "or as SVG with its font inside. Chinese text works too: it is cut into words and drawn in a "
    "Chinese font."
)


def pil_to_qimage(image) -> QImage:
    from studio.ui.widgets.image_preview import qimage_from_rgba

    return qimage_from_rgba(image.convert("RGBA").tobytes("raw", "RGBA"), image.width, image.height)


class TextEditor(QPlainTextEdit):
    """The text box; a file dropped on it is opened (``fileDropped``) instead of pasting its path."""

    fileDropped = Signal(str)

    def _file_of(self, event) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return urls[0].toLocalFile() or None if urls else None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._file_of(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._file_of(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        path = self._file_of(event)
        if path:
            event.acceptProposedAction()
            self.fileDropped.emit(path)
        else:
            super().dropEvent(event)


class WordCloudTab(QWidget):
    """The "Word clouds" tab. Signals: ``previewShown(object)`` with each CloudResult drawn,
    ``previewFailed(str)`` with the sentence shown instead, ``exported(str)`` with each written path."""

    previewShown = Signal(object)
    previewFailed = Signal(str)
    exported = Signal(str)

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
        self._mask_path: str | None = None
        self._custom_font: str | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_now)

        self._build()
        self._build_actions()
        self.restore_state(context.settings.extra.get(SETTINGS_KEY) or {})
        self._connect()
        # Nothing is drawn or loaded until the tab is first shown: a hidden tab must not take CPU (and
        # Python's interpreter lock) from the tab the user is looking at, say a training in progress.
        self._shown_once = False
        self._render_when_shown = False
        self.editor.setPlainText(SAMPLE_TEXT)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self._load_palette_catalog()
        if self._render_when_shown:
            self._render_when_shown = False
            self.schedule_render()

    # ----- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        # Left: the text and its words.
        self.editor = TextEditor()
        self.editor.setPlaceholderText("Type or paste text here, open a .txt, .md or .csv file, or drop one here.")
        self.editor.setUndoRedoEnabled(True)
        self.open_button = QPushButton("Open…")
        self.open_button.setToolTip("Open a text, Markdown or CSV file (Ctrl+O)")
        self.csv_check = QCheckBox("word,weight CSV")
        self.csv_check.setToolTip("Read the text as CSV: one column of text, or two columns: word and weight")
        top = QHBoxLayout()
        top.addWidget(QLabel("<b>Text</b>"))
        top.addStretch(1)
        top.addWidget(self.csv_check)
        top.addWidget(self.open_button)
        text_box = QWidget()
        text_layout = QVBoxLayout(text_box)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addLayout(top)
        text_layout.addWidget(self.editor)

        self.word_list = WordListView()
        self.words_label = QLabel("<b>Words</b> (click one to leave it out)")
        words_box = QWidget()
        words_layout = QVBoxLayout(words_box)
        words_layout.setContentsMargins(0, 0, 0, 0)
        words_layout.addWidget(self.words_label)
        words_layout.addWidget(self.word_list)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(text_box)
        left.addWidget(words_box)
        left.setSizes([380, 380])

        # Centre: the preview.
        self.preview = ImagePreview()
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 2 + 4)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.preview, 1)
        centre_layout.addWidget(self.status)

        # Right: settings in four pages.
        self.settings = QTabWidget()
        self.settings.addTab(self._shape_page(), "Shape")
        self.settings.addTab(self._colour_page(), "Colours")
        self.settings.addTab(self._words_page(), "Words && font")
        self.settings.addTab(self._export_page(), "Export")
        self.settings.setMinimumWidth(330)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(centre)
        splitter.addWidget(self.settings)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 560, 360])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _shape_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.shape_icon = QRadioButton("Icon")
        self.shape_image = QRadioButton("Image")
        self.shape_rect = QRadioButton("Rectangle")
        self.shape_icon.setChecked(True)
        self._shape_group = QButtonGroup(self)
        for b in (self.shape_icon, self.shape_image, self.shape_rect):
            self._shape_group.addButton(b)
        row = QHBoxLayout()
        for b in (self.shape_icon, self.shape_image, self.shape_rect):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.icon_picker = IconPicker()
        layout.addWidget(self.icon_picker, 1)
        self.icon_label = QLabel()
        layout.addWidget(self.icon_label)
        mask_row = QHBoxLayout()
        self.mask_button = QPushButton("Mask image…")
        self.mask_button.setToolTip("Use the dark or opaque part of an image as the shape")
        self.mask_label = QLabel("no image")
        self.mask_label.setEnabled(False)
        mask_row.addWidget(self.mask_button)
        mask_row.addWidget(self.mask_label, 1)
        layout.addLayout(mask_row)
        self.invert_check = QCheckBox("Invert: put the words around the shape")
        layout.addWidget(self.invert_check)
        form = QFormLayout()
        self.contour_width = QDoubleSpinBox()
        self.contour_width.setRange(0, 50)
        self.contour_width.setSuffix(" px")
        self.contour_color = ColorButton("#000000")
        form.addRow("Outline", self.contour_width)
        form.addRow("Outline colour", self.contour_color)
        layout.addLayout(form)
        return page

    def _colour_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.use_palette = QRadioButton("Palette")
        self.use_colors = QRadioButton("My colours")
        self.use_palette.setChecked(True)
        self._colour_group = QButtonGroup(self)
        self._colour_group.addButton(self.use_palette)
        self._colour_group.addButton(self.use_colors)
        row = QHBoxLayout()
        row.addWidget(self.use_palette)
        row.addWidget(self.use_colors)
        row.addStretch(1)
        layout.addLayout(row)
        self.palette_picker = PalettePicker()
        layout.addWidget(self.palette_picker, 1)
        colours_row = QHBoxLayout()
        self.colors_edit = QLineEdit()
        self.colors_edit.setPlaceholderText("#ecf0f1, #3498db, #e74c3c")
        self.add_color = ColorButton("#3498db")
        self.add_color.setText("Add…")
        self.add_color.setToolTip("Choose a colour to add to my colours")
        colours_row.addWidget(self.colors_edit, 1)
        colours_row.addWidget(self.add_color)
        layout.addLayout(colours_row)
        form = QFormLayout()
        self.gradient = QComboBox()
        self.gradient.addItems(["None", "Horizontal", "Vertical"])
        self.background = ColorButton("#ffffff")
        self.transparent = QCheckBox("Transparent background")
        form.addRow("Gradient", self.gradient)
        form.addRow("Background", self.background)
        form.addRow("", self.transparent)
        layout.addLayout(form)
        return page

    def _words_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.font_combo = QComboBox()
        for font in fonts.available_fonts():
            self.font_combo.addItem(font.name, font.path)
        self.font_combo.addItem("Other font file…", None)
        self.font_combo.setToolTip("Chinese, Japanese and Korean text switch to a CJK font by themselves")
        self.max_words = QSpinBox()
        self.max_words.setRange(1, 5000)
        self.max_words.setValue(2000)
        self.max_font = QSpinBox()
        self.max_font.setRange(8, 2000)
        self.max_font.setValue(200)
        self.max_font.setSuffix(" px")
        self.stopwords_check = QCheckBox("Leave out common words (stop words)")
        self.stopwords_check.setChecked(True)
        self.custom_stop = QLineEdit()
        self.custom_stop.setPlaceholderText("more words to leave out, comma separated")
        self.add_stop_check = QCheckBox("Add these to the usual stop words")
        self.add_stop_check.setChecked(True)
        self.collocations_check = QCheckBox("Count two-word phrases")
        self.collocations_check.setChecked(True)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(1)
        self.seed.setToolTip("The same seed gives the same cloud, colours included")
        self.shuffle = QPushButton("New layout")
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.shuffle)
        form.addRow("Font", self.font_combo)
        form.addRow("Most words", self.max_words)
        form.addRow("Largest font", self.max_font)
        form.addRow("", self.stopwords_check)
        form.addRow("Stop words", self.custom_stop)
        form.addRow("", self.add_stop_check)
        form.addRow("", self.collocations_check)
        form.addRow("Seed", seed_row)
        return page

    def _export_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        box = QGroupBox("Size")
        form = QFormLayout(box)
        self.export_w = QSpinBox()
        self.export_h = QSpinBox()
        for spin in (self.export_w, self.export_h):
            spin.setRange(64, 16384)
            spin.setValue(2048)
            spin.setSuffix(" px")
            spin.setKeyboardTracking(False)
        self.dpi = QSpinBox()
        self.dpi.setRange(36, 2400)
        self.dpi.setValue(300)
        form.addRow("Width", self.export_w)
        form.addRow("Height", self.export_h)
        form.addRow("DPI (PNG)", self.dpi)
        layout.addWidget(box)
        self.embed_font = QCheckBox("Embed the font in SVG files")
        self.embed_font.setChecked(True)
        layout.addWidget(self.embed_font)
        self.full_detail = QCheckBox("Place the words again at full detail")
        self.full_detail.setToolTip("More small words at large sizes; the layout then differs from the preview")
        layout.addWidget(self.full_detail)
        self.export_png_button = QPushButton("Export PNG…  (Ctrl+E)")
        self.export_svg_button = QPushButton("Export SVG…  (Ctrl+Shift+E)")
        self.copy_button = QPushButton("Copy image  (Ctrl+Shift+C)")
        for b in (self.export_png_button, self.export_svg_button, self.copy_button):
            layout.addWidget(b)
        hint = QLabel("Exports redraw the preview's layout at the size above, so the file shows what "
                      "the preview shows (unless full detail is ticked). "
                      "For the command line: <code>studio wordcloud --help</code>.")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch(1)
        return page

    def _build_actions(self) -> None:
        def action(text: str, keys, slot) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.open_action = action("Open text…", QKeySequence.StandardKey.Open, self.open_text_dialog)
        self.export_png_action = action("Export PNG…", "Ctrl+E", lambda: self.export_dialog("png"))
        self.export_svg_action = action("Export SVG…", "Ctrl+Shift+E", lambda: self.export_dialog("svg"))
        self.copy_action = action("Copy image", "Ctrl+Shift+C", self.copy_image)

    def _connect(self) -> None:
        schedule = self.schedule_render
        self.editor.textChanged.connect(schedule)
        self.csv_check.toggled.connect(schedule)
        self.open_button.clicked.connect(self.open_text_dialog)
        self.editor.fileDropped.connect(self.open_text)
        self.word_list.excludedChanged.connect(lambda _s: schedule())
        self.icon_picker.iconChanged.connect(self._icon_picked)
        self._shape_group.buttonToggled.connect(lambda *_: schedule())
        self.mask_button.clicked.connect(self.choose_mask_dialog)
        self.invert_check.toggled.connect(schedule)
        self.contour_width.valueChanged.connect(schedule)
        self.contour_color.colorChanged.connect(schedule)
        self.palette_picker.paletteChanged.connect(self._palette_picked)
        self._colour_group.buttonToggled.connect(lambda *_: schedule())
        self.colors_edit.textChanged.connect(self._colors_typed)
        self.add_color.colorChanged.connect(self._add_color)
        self.gradient.currentIndexChanged.connect(schedule)
        self.background.colorChanged.connect(schedule)
        self.transparent.toggled.connect(schedule)
        self.font_combo.currentIndexChanged.connect(self._font_picked)
        for spin in (self.max_words, self.max_font, self.seed):
            spin.valueChanged.connect(schedule)
        for check in (self.stopwords_check, self.add_stop_check, self.collocations_check):
            check.toggled.connect(schedule)
        self.custom_stop.textChanged.connect(schedule)
        self.shuffle.clicked.connect(self.new_layout)
        self.export_w.valueChanged.connect(schedule)
        self.export_h.valueChanged.connect(schedule)
        self.export_png_button.clicked.connect(lambda: self.export_dialog("png"))
        self.export_svg_button.clicked.connect(lambda: self.export_dialog("svg"))
        self.copy_button.clicked.connect(self.copy_image)
        self.icon_label.setText(f"Icon: <code>{self.icon_picker.current_icon().stylecloud_name}</code>")

    # ----- reacting to the controls ---------------------------------------------------------------
    def _icon_picked(self, name: str) -> None:
        self.icon_label.setText(f"Icon: <code>{name}</code>")
        self.shape_icon.setChecked(True)
        self.schedule_render()

    def _palette_picked(self, _name: str) -> None:
        self.use_palette.setChecked(True)
        self.schedule_render()

    def _colors_typed(self, text: str) -> None:
        if text.strip():
            self.use_colors.setChecked(True)
        self.schedule_render()

    def _add_color(self, color: str) -> None:
        current = [c.strip() for c in self.colors_edit.text().split(",") if c.strip()]
        self.colors_edit.setText(", ".join(current + [color]))
        self.add_color.setText("Add…")

    def _font_picked(self, index: int) -> None:
        if self.font_combo.itemData(index) is None:  # "Other font file…"
            path, _ = QFileDialog.getOpenFileName(self, "Font file", "", "Fonts (*.ttf *.otf *.ttc);;All files (*)")
            if path:
                self._custom_font = path
                self.font_combo.setItemText(index, f"{Path(path).name}")
                self.font_combo.setItemData(index, path)
            else:
                self.font_combo.setCurrentIndex(0)
                return
        self.schedule_render()

    def new_layout(self) -> None:
        import random

        self.seed.setValue(random.randrange(2**31 - 1))

    def set_mask_path(self, path: str | None) -> None:
        self._mask_path = path
        self.mask_label.setText(Path(path).name if path else "no image")
        self.mask_label.setEnabled(bool(path))
        if path:
            self.shape_image.setChecked(True)
        self.schedule_render()

    def choose_mask_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Mask image", "", "Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)")
        if path:
            self.set_mask_path(path)

    def open_text_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open text", "", "Text (*.txt *.md *.csv);;All files (*)")
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
            self.context.reporter.report(f"'{Path(path).name}' cannot be read ({exc.strerror or exc}).")
            return False
        self.word_list.clear_excluded()
        self.csv_check.setChecked(Path(path).suffix.lower() == ".csv")
        self.editor.setPlainText(content)
        return True

    # ----- the cloud ------------------------------------------------------------------------------
    def preview_size(self) -> tuple[int, int]:
        w, h = self.export_w.value(), self.export_h.value()
        factor = PREVIEW_LONG_SIDE / max(w, h)
        return max(16, round(w * factor)), max(16, round(h * factor))

    def spec(self) -> CloudSpec:
        """The cloud the controls describe, at preview size."""
        text: object = self.editor.toPlainText()
        if self.csv_check.isChecked():  # DataError for a bad weight: render_now shows it
            parsed = textmod.parse_csv(str(text))
            text = parsed if isinstance(parsed, str) else tuple(parsed)
        colors = None
        if self.use_colors.isChecked() and self.colors_edit.text().strip():
            colors = tuple(c.strip() for c in self.colors_edit.text().split(",") if c.strip())
        custom = tuple(w.strip() for w in self.custom_stop.text().split(",") if w.strip()) or None
        icon_name = self.icon_picker.current_icon().stylecloud_name if self.shape_icon.isChecked() else None
        mask = self._mask_path if self.shape_image.isChecked() else None
        return CloudSpec(
            text=text, size=self.preview_size(), layout_size=PREVIEW_LAYOUT, icon_name=icon_name,
            mask_path=mask, invert_mask=self.invert_check.isChecked() and (icon_name or mask) is not None,
            palette=self.palette_picker.current_palette(), colors=colors,
            gradient=[None, "horizontal", "vertical"][self.gradient.currentIndex()],
            background_color="transparent" if self.transparent.isChecked() else self.background.color(),
            font_path=self.font_combo.currentData() or None, max_words=self.max_words.value(),
            max_font_size=round(self.max_font.value() * PREVIEW_LONG_SIDE / 512),
            stopwords=self.stopwords_check.isChecked(), custom_stopwords=custom,
            add_stopwords=self.add_stop_check.isChecked(), collocations=self.collocations_check.isChecked(),
            random_state=self.seed.value(), contour_width=self.contour_width.value(),
            contour_color=self.contour_color.color(), exclude=tuple(sorted(self.word_list.excluded())))

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
        if self.shape_image.isChecked() and not self._mask_path:
            self._show_failure("Choose a mask image for the shape, or pick an icon.")
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
        return self._worker is not None or self._timer.isActive() or self._pending

    def _on_event(self, item: object) -> None:
        if not isinstance(item, CloudResult):
            return
        self._result = item
        self.last_latency_ms = (time.perf_counter() - self._started) * 1000
        self.preview.setImage(pil_to_qimage(item.image))
        self.word_list.set_words(item.frequencies)
        drawn = len(item.layout)
        text = (f"{drawn} words drawn of {len(item.frequencies)} · seed {item.random_state} · "
                f"{self.last_latency_ms:.0f} ms · font {fonts.font_name(item.font_path)}")
        if item.notes:
            text += "\n" + " ".join(item.notes)
        self.status.setText(text)
        self.words_label.setText(f"<b>Words</b> ({len(item.frequencies)}; click one to leave it out)")
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
        if not self.editor.toPlainText().strip():
            self.word_list.set_words({})
            self.words_label.setText("<b>Words</b>")
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
    def current_result(self) -> CloudResult | None:
        return self._result

    def export_dialog(self, kind: str) -> None:
        if self._result is None:
            self.context.reporter.report("There is no cloud to export yet: add some text first.")
            return
        suffix = ".svg" if kind == "svg" else ".png"
        start = str(self.context.workspace / f"wordcloud{suffix}")
        filters = "SVG (*.svg)" if kind == "svg" else "PNG image (*.png)"
        path, _ = QFileDialog.getSaveFileName(self, f"Export {kind.upper()}", start, filters)
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            self.export_to(path)

    def export_to(self, path: str | None) -> None:
        """Write the current cloud at the export size to ``path`` (PNG or SVG by suffix) in a worker;
        with ``path`` None, put the image on the clipboard instead."""
        if self._result is None:
            self.context.reporter.report("There is no cloud to export yet: add some text first.")
            return
        if self._export_worker is not None:
            self.context.reporter.report("An export is still being written; try again in a moment.")
            return
        result = self._result
        long_side = max(self.export_w.value(), self.export_h.value())
        dpi, embed = self.dpi.value(), self.embed_font.isChecked()
        detail = self.full_detail.isChecked()

        def job(control):
            if detail:  # a new layout on a larger canvas: more words, another arrangement
                from studio.clouds.render import make_cloud

                w, h = result.image.size
                factor = long_side / max(w, h)
                big = make_cloud(replace(result.spec, size=(round(w * factor), round(h * factor)),
                                         layout_size=min(long_side, DETAIL_LAYOUT),
                                         max_font_size=round(result.spec.max_font_size * factor),
                                         contour_width=result.spec.contour_width * factor))
            else:
                big = result.at_size(long_side)
            control.checkpoint()
            if path is not None:
                big.save(path, dpi=dpi, embed_font=embed)
            yield big

        worker = TaskWorker(job, self)
        self.status.setText("Exporting…" if path else "Copying…")

        def done_event(item):
            if path is None:
                QGuiApplication.clipboard().setImage(pil_to_qimage(item.image))
                self.status.setText(f"Copied a {item.image.width}×{item.image.height} image.")
                self.exported.emit("")
            else:
                self.status.setText(f"Saved {path} ({item.image.width}×{item.image.height}).")
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
        worker.event.connect(self.palette_picker.set_catalog)
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
        shape = "icon" if self.shape_icon.isChecked() else "image" if self.shape_image.isChecked() else "rect"
        return {
            "version": STATE_VERSION, "shape": shape, "icon": self.icon_picker.current_icon().stylecloud_name,
            "mask_path": self._mask_path or "", "invert": self.invert_check.isChecked(),
            "contour_width": self.contour_width.value(), "contour_color": self.contour_color.color(),
            "palette": self.palette_picker.current_palette(), "use_colors": self.use_colors.isChecked(),
            "colors": self.colors_edit.text(), "gradient": self.gradient.currentIndex(),
            "background": self.background.color(), "transparent": self.transparent.isChecked(),
            "font": self.font_combo.currentText(), "font_path": self.font_combo.currentData() or "",
            "max_words": self.max_words.value(), "max_font": self.max_font.value(),
            "stopwords": self.stopwords_check.isChecked(), "custom_stop": self.custom_stop.text(),
            "add_stop": self.add_stop_check.isChecked(), "collocations": self.collocations_check.isChecked(),
            "seed": self.seed.value(), "export_w": self.export_w.value(), "export_h": self.export_h.value(),
            "dpi": self.dpi.value(), "embed_font": self.embed_font.isChecked(),
            "full_detail": self.full_detail.isChecked(),
        }

    def restore_state(self, state: dict) -> None:
        """Put back what ``state()`` kept; values that no longer fit (a deleted file…) are skipped."""
        if not isinstance(state, dict) or state.get("version") != STATE_VERSION:
            return

        def apply(key, setter, kind=None):
            if key in state and (kind is None or isinstance(state[key], kind)):
                try:
                    setter(state[key])
                except (DataError, ValueError, TypeError, OverflowError):
                    pass

        apply("icon", self.icon_picker.set_icon, str)
        self.icon_label.setText(f"Icon: <code>{self.icon_picker.current_icon().stylecloud_name}</code>")
        if state.get("mask_path") and Path(state["mask_path"]).is_file():
            self._mask_path = state["mask_path"]
            self.mask_label.setText(Path(self._mask_path).name)
            self.mask_label.setEnabled(True)
        shape = state.get("shape")
        if shape == "image" and self._mask_path:
            self.shape_image.setChecked(True)
        elif shape == "rect":
            self.shape_rect.setChecked(True)
        apply("invert", self.invert_check.setChecked, bool)
        apply("contour_width", self.contour_width.setValue, (int, float))
        apply("contour_color", self.contour_color.setColor, str)
        apply("palette", self.palette_picker.set_palette, str)
        apply("colors", self.colors_edit.setText, str)
        if state.get("use_colors"):
            self.use_colors.setChecked(True)
        apply("gradient", self.gradient.setCurrentIndex, int)
        apply("background", self.background.setColor, str)
        apply("transparent", self.transparent.setChecked, bool)
        font_path = state.get("font_path")
        if isinstance(font_path, str) and font_path:
            index = self.font_combo.findData(font_path)
            if index < 0 and Path(font_path).is_file():
                index = self.font_combo.count() - 1
                self.font_combo.setItemText(index, Path(font_path).name)
                self.font_combo.setItemData(index, font_path)
            if index >= 0:
                self.font_combo.setCurrentIndex(index)
        for key, spin in (("max_words", self.max_words), ("max_font", self.max_font), ("seed", self.seed),
                          ("export_w", self.export_w), ("export_h", self.export_h), ("dpi", self.dpi)):
            apply(key, spin.setValue, int)
        for key, check in (("stopwords", self.stopwords_check), ("add_stop", self.add_stop_check),
                           ("collocations", self.collocations_check), ("embed_font", self.embed_font),
                           ("full_detail", self.full_detail)):
            apply(key, check.setChecked, bool)
        apply("custom_stop", self.custom_stop.setText, str)

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
