"""PalettePicker: search palettable's palettes and pick one from colour swatches."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from studio.clouds import palettes
from studio.ui.i18n import tr
from studio.ui.widgets.thumbnail_list import ThumbnailListModel

SWATCH = QSize(96, 14)


def swatch(colors: list[str], size: QSize = SWATCH) -> QPixmap:
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if app is not None else 1.0
    pixmap = QPixmap(size * ratio)          # device pixels, so the colour edges stay sharp on High-DPI
    pixmap.setDevicePixelRatio(ratio)       # the painter below works in the swatch's own size
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    n = max(1, len(colors))
    for i, color in enumerate(colors):
        x0, x1 = size.width() * i // n, size.width() * (i + 1) // n
        painter.fillRect(x0, 0, x1 - x0, size.height(), QColor(color))
    painter.end()
    return pixmap


class PaletteListModel(ThumbnailListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Swatches need palettable, whose import takes a second or more: it happens in a worker, and
        # until set_catalog says it is done the list shows names only (never import it on the GUI thread).
        self.colors_ready = False

    def set_names(self, names: list[str]) -> None:
        self.set_items(names)

    def name_at(self, row: int) -> str:
        return self.item_at(row)

    def thumbnail(self, name: str) -> QPixmap | None:
        if not self.colors_ready:
            return None
        try:
            return swatch(list(palettes.palette_colors(name)))
        except Exception:  # noqa: BLE001 - a palette that fails to load shows no swatch
            return QPixmap()

    def display(self, name: str) -> str:
        return name

    def tooltip(self, name: str) -> str:
        return name


class PalettePicker(QWidget):
    """The current palette's swatch, a search box, and the matching palettes with their swatches.

    The full list (over 3000 palettes) arrives later through ``set_catalog`` because importing palettable
    takes about a second; until then only the current palette is listed.
    """

    paletteChanged = Signal(str)

    def __init__(self, current: str = palettes.DEFAULT_PALETTE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = current
        self._catalog: list[str] = [current]
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search palettes: TealRose, Spectral, viridis…"))
        self.search.setClearButtonEnabled(True)
        self.view = QListView()
        self.view.setIconSize(SWATCH)
        self.view.setUniformItemSizes(True)
        self.view.setMinimumHeight(120)
        self.model = PaletteListModel(self)
        self.view.setModel(self.model)
        self.status = QLabel(tr("Loading palettes…"))
        self.status.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        self.search.textChanged.connect(self._filter)
        self.view.clicked.connect(self._picked)
        self.view.activated.connect(self._picked)
        self._filter("")

    def current_palette(self) -> str:
        return self._current

    def set_catalog(self, names: list[str]) -> None:
        self._catalog = list(names)
        self.model.colors_ready = True
        self.status.setText(tr("{n} palettes from palettable").format(n=len(self._catalog)))
        self._filter(self.search.text())

    def set_palette(self, name: str) -> None:
        self._current = name
        self._select_current()
        self.paletteChanged.emit(name)

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        names = [n for n in self._catalog if all(w in n.lower() for w in words)]
        self.model.set_names(names)
        self._select_current()

    def _select_current(self) -> None:
        self.model.show_in(self.view, self._current, QListView.ScrollHint.PositionAtCenter)

    def _picked(self, index: QModelIndex) -> None:
        if index.isValid():
            name = self.model.name_at(index.row())
            if name != self._current:
                self._current = name
                self.paletteChanged.emit(name)
