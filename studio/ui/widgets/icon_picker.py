"""IconPicker: search Font Awesome icons by name and search terms, pick one from thumbnails."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from studio.clouds import icons
from studio.ui.i18n import tr
from studio.ui.widgets.image_preview import qimage_from_rgba
from studio.ui.widgets.thumbnail_list import ThumbnailListModel

THUMB = 36


def _thumbnail(icon: icons.Icon, color: int = 0x30) -> QPixmap:
    import numpy as np

    # Drawn in the screen's device pixels (72 for a 36-pixel thumbnail at 200 %): sharp on High-DPI.
    app = QGuiApplication.instance()
    side = max(THUMB, round(THUMB * (app.devicePixelRatio() if app is not None else 1.0)))
    alpha = np.asarray(icons.render_icon(icon, side, side, 0.04))
    rgba = np.zeros((side, side, 4), np.uint8)
    rgba[..., :3] = color
    rgba[..., 3] = alpha
    pixmap = QPixmap.fromImage(qimage_from_rgba(rgba.tobytes(), side, side))
    pixmap.setDevicePixelRatio(side / THUMB)
    return pixmap


class IconListModel(ThumbnailListModel):
    """A list of icons with thumbnails drawn on first sight and kept."""

    def set_icons(self, items: list[icons.Icon]) -> None:
        self.set_items(items)

    def icon_at(self, row: int) -> icons.Icon:
        return self.item_at(row)

    def thumbnail(self, icon: icons.Icon) -> QPixmap:
        return _thumbnail(icon)

    def tooltip(self, icon: icons.Icon) -> str:
        terms = ", ".join(icon.terms[:8])
        return f"{icon.label}\n{icon.stylecloud_name}  ({icon.css_name})" + (f"\n{terms}" if terms else "")

    def accessible_text(self, icon: icons.Icon) -> str:
        return icon.stylecloud_name


class IconPicker(QWidget):
    """A search box over Font Awesome's names and search terms, and a grid of matching icons.

    ``iconChanged(str)`` carries the stylecloud form of the picked icon, e.g. 'fas fa-dog'.
    """

    iconChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search icons: dog, heart, twitter…"))
        self.search.setClearButtonEnabled(True)
        self.view = QListView()
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(THUMB, THUMB))
        self.view.setGridSize(QSize(THUMB + 12, THUMB + 12))
        self.view.setUniformItemSizes(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setMinimumHeight(150)
        self.model = IconListModel(self)
        self.view.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        self._current = icons.resolve_icon(icons.DEFAULT_ICON)
        self.search.textChanged.connect(self._filter)
        self.view.clicked.connect(self._picked)
        self.view.activated.connect(self._picked)
        self._filter("")

    def current_icon(self) -> icons.Icon:
        return self._current

    def set_icon(self, name: str) -> None:
        icon = icons.resolve_icon(name)
        self._current = icon
        self._select_current()
        self.iconChanged.emit(icon.stylecloud_name)

    def _filter(self, text: str) -> None:
        self.model.set_icons(icons.search_icons(text))
        self._select_current()

    def _select_current(self) -> None:
        self.model.show_in(self.view, self._current)

    def _picked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        icon = self.model.icon_at(index.row())
        if icon != self._current:
            self._current = icon
            self.iconChanged.emit(icon.stylecloud_name)
