"""The word clouds tab's settings: shape, colours, words and font, and export, one page each.

The form knows every setting of a cloud except its text; ``cloud_spec(text, exclude)`` puts them together.
Its values are remembered between sessions through ``state()`` and ``restore_state()``.
"""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSpinBox,
                               QTabWidget, QVBoxLayout, QWidget)

from studio.clouds import fonts, masks
from studio.clouds.preview import PREVIEW_LAYOUT, ExportOptions, comma_list, preview_font_size, preview_size
from studio.clouds.render import CloudSpec
from studio.core.errors import DataError
from studio.ui.i18n import tr
from studio.ui.widgets.color_button import ColorButton
from studio.ui.widgets.icon_picker import IconPicker
from studio.ui.widgets.palette_picker import PalettePicker

STATE_VERSION = 1  # carried in the saved dict, for migrations


def _named(widget, name: str):
    widget.setObjectName(name)
    return widget


class CloudSettingsForm(QTabWidget):
    """Every setting of a cloud but its text, in four pages.

    Signals: ``changed()`` when the cloud they describe changes; ``exportRequested(kind)`` ("png" or
    "svg") and ``copyRequested()`` for the export page's buttons. ``state`` is restored before the
    controls are connected, so restoring neither announces changes nor lets one control override another.
    """

    changed = Signal()
    exportRequested = Signal(str)
    copyRequested = Signal()

    def __init__(self, state: dict | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mask_path: str | None = None
        self._mask_is_picture = False
        self.addTab(self._shape_page(), tr("Shape"))
        self.addTab(self._colour_page(), tr("Colours"))
        self.addTab(self._words_page(), tr("Words && font"))
        self.addTab(self._export_page(), tr("Export"))
        self.setMinimumWidth(330)
        self.restore_state(state or {})
        self._connect()

    # ----- pages ----------------------------------------------------------------------------------
    def _shape_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.shape_icon = _named(QRadioButton(tr("Icon")), "shape_icon")
        self.shape_image = _named(QRadioButton(tr("Image")), "shape_image")
        self.shape_rect = _named(QRadioButton(tr("Rectangle")), "shape_rectangle")
        self.shape_icon.setChecked(True)
        self._shape_group = QButtonGroup(self)
        row = QHBoxLayout()
        for b in (self.shape_icon, self.shape_image, self.shape_rect):
            self._shape_group.addButton(b)
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.icon_picker = _named(IconPicker(), "icon")
        layout.addWidget(self.icon_picker, 1)
        self.icon_label = QLabel()
        layout.addWidget(self.icon_label)
        mask_row = QHBoxLayout()
        self.mask_button = _named(QPushButton(tr("Mask image…")), "choose_mask")
        self.mask_button.setToolTip(tr("Use the dark or opaque part of an image as the shape"))
        self.mask_label = _named(QLabel(tr("no image")), "mask_name")
        self.mask_label.setEnabled(False)
        mask_row.addWidget(self.mask_button)
        mask_row.addWidget(self.mask_label, 1)
        layout.addLayout(mask_row)
        self.invert_check = _named(QCheckBox(tr("Invert: put the words around the shape")), "invert")
        layout.addWidget(self.invert_check)
        form = QFormLayout()
        self.contour_width = _named(QDoubleSpinBox(), "outline")
        self.contour_width.setRange(0, 50)
        self.contour_width.setSuffix(tr(" px"))
        self.contour_color = _named(ColorButton("#000000"), "outline_colour")
        form.addRow(tr("Outline"), self.contour_width)
        form.addRow(tr("Outline colour"), self.contour_color)
        layout.addLayout(form)
        return page

    def _colour_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.use_palette = _named(QRadioButton(tr("Palette")), "use_palette")
        self.use_colors = _named(QRadioButton(tr("My colours")), "use_colours")
        self.use_palette.setChecked(True)
        self._colour_group = QButtonGroup(self)
        self._colour_group.addButton(self.use_palette)
        self._colour_group.addButton(self.use_colors)
        row = QHBoxLayout()
        row.addWidget(self.use_palette)
        row.addWidget(self.use_colors)
        row.addStretch(1)
        layout.addLayout(row)
        self.palette_picker = _named(PalettePicker(), "palette")
        layout.addWidget(self.palette_picker, 1)
        colours_row = QHBoxLayout()
        self.colors_edit = _named(QLineEdit(), "colours")
        self.colors_edit.setPlaceholderText("#ecf0f1, #3498db, #e74c3c")
        self.add_color = _named(ColorButton("#3498db"), "add_colour")
        self.add_color.setText(tr("Add…"))
        self.add_color.setToolTip(tr("Choose a colour to add to my colours"))
        colours_row.addWidget(self.colors_edit, 1)
        colours_row.addWidget(self.add_color)
        layout.addLayout(colours_row)
        form = QFormLayout()
        self.gradient = _named(QComboBox(), "gradient")
        self.gradient.addItems([tr("None"), tr("Horizontal"), tr("Vertical")])
        self.background = _named(ColorButton("#ffffff"), "background")
        self.transparent = _named(QCheckBox(tr("Transparent background")), "transparent")
        form.addRow(tr("Gradient"), self.gradient)
        form.addRow(tr("Background"), self.background)
        form.addRow("", self.transparent)
        layout.addLayout(form)
        return page

    def _words_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.font_combo = _named(QComboBox(), "font")
        for font in fonts.available_fonts():
            self.font_combo.addItem(font.name, font.path)
        self.font_combo.addItem(tr("Other font file…"), None)
        self.font_combo.setToolTip(tr("Chinese, Japanese and Korean text switch to a CJK font by themselves"))
        self.max_words = _named(QSpinBox(), "most_words")
        self.max_words.setRange(1, 5000)
        self.max_words.setValue(2000)
        self.max_font = _named(QSpinBox(), "largest_font")
        self.max_font.setRange(8, 2000)
        self.max_font.setValue(200)
        self.max_font.setSuffix(tr(" px"))
        self.stopwords_check = _named(QCheckBox(tr("Leave out common words (stop words)")), "stop_words")
        self.stopwords_check.setChecked(True)
        self.custom_stop = _named(QLineEdit(), "more_stop_words")
        self.custom_stop.setPlaceholderText(tr("more words to leave out, comma separated"))
        self.add_stop_check = _named(QCheckBox(tr("Add these to the usual stop words")), "add_stop_words")
        self.add_stop_check.setChecked(True)
        self.collocations_check = _named(QCheckBox(tr("Count two-word phrases")), "phrases")
        self.collocations_check.setChecked(True)
        self.seed = _named(QSpinBox(), "seed")
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(1)
        self.seed.setToolTip(tr("The same seed gives the same cloud, colours included"))
        self.shuffle = _named(QPushButton(tr("New layout")), "new_layout")
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.shuffle)
        form.addRow(tr("Font"), self.font_combo)
        form.addRow(tr("Most words"), self.max_words)
        form.addRow(tr("Largest font"), self.max_font)
        form.addRow("", self.stopwords_check)
        form.addRow(tr("Stop words"), self.custom_stop)
        form.addRow("", self.add_stop_check)
        form.addRow("", self.collocations_check)
        form.addRow(tr("Seed"), seed_row)
        return page

    def _export_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        box = QGroupBox(tr("Size"))
        form = QFormLayout(box)
        self.export_w = _named(QSpinBox(), "export_width")
        self.export_h = _named(QSpinBox(), "export_height")
        for spin in (self.export_w, self.export_h):
            spin.setRange(64, 16384)
            spin.setValue(2048)
            spin.setSuffix(tr(" px"))
            spin.setKeyboardTracking(False)
        self.dpi = _named(QSpinBox(), "dpi")
        self.dpi.setRange(36, 2400)
        self.dpi.setValue(300)
        form.addRow(tr("Width"), self.export_w)
        form.addRow(tr("Height"), self.export_h)
        form.addRow(tr("DPI (PNG)"), self.dpi)
        layout.addWidget(box)
        self.embed_font = _named(QCheckBox(tr("Embed the font in SVG files")), "embed_font")
        self.embed_font.setChecked(True)
        layout.addWidget(self.embed_font)
        self.full_detail = _named(QCheckBox(tr("Place the words again at full detail")), "full_detail")
        self.full_detail.setToolTip(tr("More small words at large sizes; the layout then differs from the preview"))
        layout.addWidget(self.full_detail)
        self.export_png_button = _named(QPushButton(tr("Export PNG…  (Ctrl+E)")), "export_png")
        self.export_svg_button = _named(QPushButton(tr("Export SVG…  (Ctrl+Shift+E)")), "export_svg")
        self.copy_button = _named(QPushButton(tr("Copy image  (Ctrl+Shift+C)")), "copy_image")
        for b in (self.export_png_button, self.export_svg_button, self.copy_button):
            layout.addWidget(b)
        hint = QLabel(tr("Exports redraw the preview's layout at the size above, so the file shows what "
                      "the preview shows (unless full detail is ticked). "
                      "For the command line: <code>studio wordcloud --help</code>."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch(1)
        return page

    def _connect(self) -> None:
        changed = self.changed.emit
        self.icon_picker.iconChanged.connect(self._icon_picked)
        self._shape_group.buttonToggled.connect(lambda *_: changed())
        self.mask_button.clicked.connect(self.choose_mask_dialog)
        self.invert_check.toggled.connect(lambda *_: changed())
        self.contour_width.valueChanged.connect(lambda *_: changed())
        self.contour_color.colorChanged.connect(lambda *_: changed())
        self.palette_picker.paletteChanged.connect(self._palette_picked)
        self._colour_group.buttonToggled.connect(lambda *_: changed())
        self.colors_edit.textChanged.connect(self._colors_typed)
        self.add_color.colorChanged.connect(self._add_color)
        self.gradient.currentIndexChanged.connect(lambda *_: changed())
        self.background.colorChanged.connect(lambda *_: changed())
        self.transparent.toggled.connect(lambda *_: changed())
        self.font_combo.currentIndexChanged.connect(self._font_picked)
        for spin in (self.max_words, self.max_font, self.seed, self.export_w, self.export_h):
            spin.valueChanged.connect(lambda *_: changed())
        for check in (self.stopwords_check, self.add_stop_check, self.collocations_check):
            check.toggled.connect(lambda *_: changed())
        self.custom_stop.textChanged.connect(lambda *_: changed())
        self.shuffle.clicked.connect(self.new_layout)
        self.export_png_button.clicked.connect(lambda: self.exportRequested.emit("png"))
        self.export_svg_button.clicked.connect(lambda: self.exportRequested.emit("svg"))
        self.copy_button.clicked.connect(lambda: self.copyRequested.emit())
        self._show_icon_name(self.icon_picker.current_icon().stylecloud_name)

    # ----- reacting to the controls ---------------------------------------------------------------
    def _show_icon_name(self, name: str) -> None:
        self.icon_label.setText(tr("Icon: <code>{name}</code>").format(name=name))

    def _icon_picked(self, name: str) -> None:
        self._show_icon_name(name)
        self.shape_icon.setChecked(True)
        self.changed.emit()

    def _palette_picked(self, _name: str) -> None:
        self.use_palette.setChecked(True)
        self.changed.emit()

    def _colors_typed(self, text: str) -> None:
        if text.strip():
            self.use_colors.setChecked(True)
        self.changed.emit()

    def _add_color(self, color: str) -> None:
        self.colors_edit.setText(", ".join(comma_list(self.colors_edit.text()) + (color,)))
        self.add_color.setText(tr("Add…"))

    def _font_picked(self, index: int) -> None:
        if self.font_combo.itemData(index) is None:  # "Other font file…"
            path, _ = QFileDialog.getOpenFileName(self, tr("Font file"), "",
                                                  tr("Fonts (*.ttf *.otf *.ttc);;All files (*)"))
            if path:
                self.font_combo.setItemText(index, f"{Path(path).name}")
                self.font_combo.setItemData(index, path)
            else:
                self.font_combo.setCurrentIndex(0)
                return
        self.changed.emit()

    def new_layout(self) -> None:
        """Another arrangement of the same words: a new random seed."""
        self.seed.setValue(random.randrange(2**31 - 1))

    def mask_path(self) -> str | None:
        return self._mask_path

    def set_mask_path(self, path: str | None) -> None:
        """Use the image at ``path`` as the shape (None: no image)."""
        self._mask_path = path
        self._mask_is_picture = masks.is_picture(path)
        self.mask_label.setText(Path(path).name if path else tr("no image"))
        self.mask_label.setEnabled(bool(path))
        if path:
            self.shape_image.setChecked(True)
        self.changed.emit()

    def choose_mask_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Mask image"), "",
                                              tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"))
        if path:
            self.set_mask_path(path)

    # ----- what the controls describe -------------------------------------------------------------
    def missing_mask(self) -> bool:
        """True when the shape is to be an image but none was chosen."""
        return self.shape_image.isChecked() and not self._mask_path

    def preview_size(self) -> tuple[int, int]:
        return preview_size(self.export_w.value(), self.export_h.value())

    def export_options(self) -> ExportOptions:
        return ExportOptions(max(self.export_w.value(), self.export_h.value()), self.dpi.value(),
                             self.embed_font.isChecked(), self.full_detail.isChecked())

    def cloud_spec(self, text: object, exclude: tuple[str, ...] = ()) -> CloudSpec:
        """The cloud of ``text`` (or parsed words and weights) these settings describe, at preview size."""
        colors = comma_list(self.colors_edit.text()) if self.use_colors.isChecked() else ()
        icon_name = self.icon_picker.current_icon().stylecloud_name if self.shape_icon.isChecked() else None
        mask = self._mask_path if self.shape_image.isChecked() else None
        return CloudSpec(
            text=text, size=self.preview_size(), layout_size=PREVIEW_LAYOUT, icon_name=icon_name,
            mask_path=mask, invert_mask=self.invert_check.isChecked() and (icon_name or mask) is not None,
            palette=self.palette_picker.current_palette(), colors=colors or None,
            gradient=[None, "horizontal", "vertical"][self.gradient.currentIndex()],
            background_color="transparent" if self.transparent.isChecked() else self.background.color(),
            font_path=self.font_combo.currentData() or None, max_words=self.max_words.value(),
            max_font_size=preview_font_size(self.max_font.value()),
            stopwords=self.stopwords_check.isChecked(), custom_stopwords=comma_list(self.custom_stop.text()) or None,
            add_stopwords=self.add_stop_check.isChecked(), collocations=self.collocations_check.isChecked(),
            random_state=self.seed.value(), contour_width=self.contour_width.value(),
            contour_color=self.contour_color.color(), exclude=exclude)

    # ----- remembered settings -------------------------------------------------------------------
    def state(self) -> dict:
        """The controls' values, to be kept in the user's settings."""
        shape = "icon" if self.shape_icon.isChecked() else "image" if self.shape_image.isChecked() else "rect"
        return {
            "version": STATE_VERSION, "shape": shape, "icon": self.icon_picker.current_icon().stylecloud_name,
            # Only a picture is remembered: a text file chosen by mistake must not come back next time.
            "mask_path": self._mask_path if self._mask_is_picture else "", "invert": self.invert_check.isChecked(),
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
        self._show_icon_name(self.icon_picker.current_icon().stylecloud_name)
        if isinstance(state.get("mask_path"), str) and masks.is_picture(state["mask_path"]):
            self._mask_path = state["mask_path"]
            self._mask_is_picture = True
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
