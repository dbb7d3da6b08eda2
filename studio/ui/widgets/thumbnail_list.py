"""A list model of items with a thumbnail each, drawn the first time a view asks for it and then kept."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtGui import QPixmap

T = TypeVar("T")


class ThumbnailListModel(QAbstractListModel, Generic[T]):
    """Subclasses say how an item looks: ``thumbnail`` (or None when it cannot be drawn yet),
    ``display``, ``tooltip`` and ``accessible_text``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[T] = []
        self._thumbs: dict[T, QPixmap] = {}

    def set_items(self, items: list[T]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> T:
        return self._items[row]

    def row_of(self, item: T) -> int:
        try:
            return self._items.index(item)
        except ValueError:
            return -1

    def show_in(self, view: QAbstractItemView, item: T,
                hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        """Make ``item`` the view's current one and scroll to it (nothing if the list lacks it)."""
        row = self.row_of(item)
        if row >= 0:
            index = self.index(row)
            view.setCurrentIndex(index)
            view.scrollTo(index, hint)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DecorationRole:
            if item not in self._thumbs:
                pixmap = self.thumbnail(item)
                if pixmap is None:
                    return None  # not drawable yet: asked again later
                self._thumbs[item] = pixmap
            return self._thumbs[item]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.accessible_text(item)
        return None

    def thumbnail(self, item: T) -> QPixmap | None:
        raise NotImplementedError

    def display(self, item: T) -> str | None:
        return None

    def tooltip(self, item: T) -> str | None:
        return None

    def accessible_text(self, item: T) -> str | None:
        return None
