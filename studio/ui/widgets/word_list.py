"""WordListView: the counted words with their frequencies; one click leaves a word out of the cloud."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from studio.ui.i18n import tr, tr_noop


class WordListModel(QAbstractTableModel):
    """Rows of (word, count); column 0 carries a check mark (drawn) and strikes out left-out words."""

    HEADERS = (tr_noop("Word"), tr_noop("Count"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, float]] = []
        self.excluded: set[str] = set()

    def set_words(self, rows: list[tuple[str, float]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[tuple[str, float]]:
        return self._rows

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        word, count = self._rows[index.row()]
        left_out = word.lower() in self.excluded
        if role == Qt.ItemDataRole.DisplayRole:
            return word if index.column() == 0 else f"{count:g}"
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Unchecked if left_out else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.FontRole and left_out:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (tr("Click to bring back '{word}'") if left_out else tr("Click to leave out '{word}'")).format(
                word=word)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        # Enabled only, not user-checkable: a click anywhere on the row toggles it, exactly once.
        return Qt.ItemFlag.ItemIsEnabled


class WordListView(QTableView):
    """The word list. ``excludedChanged(set)`` carries the lower-cased words left out, after each click."""

    excludedChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None, limit: int = 1000) -> None:
        super().__init__(parent)
        self.limit = limit
        self.model_ = WordListModel(self)
        self.setModel(self.model_)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().resizeSection(1, 64)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setToolTip(tr("Click a word to leave it out of the cloud; click again to bring it back."))
        self.clicked.connect(lambda index: self.toggle_row(index.row()))

    def excluded(self) -> set[str]:
        return set(self.model_.excluded)

    def clear_excluded(self) -> None:
        self.model_.excluded.clear()

    def row_count(self) -> int:
        return self.model_.rowCount()

    def word_at(self, row: int) -> str:
        return self.model_.rows()[row][0]

    def is_excluded(self, word: str) -> bool:
        return word.lower() in self.model_.excluded

    def set_words(self, frequencies: dict[str, float]) -> None:
        rows = list(frequencies.items())[: self.limit]
        if rows != self.model_.rows():  # a new seed or colour leaves the words as they are
            self.model_.set_words(rows)

    def toggle_row(self, row: int) -> None:
        if 0 <= row < self.row_count():
            self.toggle_word(self.word_at(row))

    def toggle_word(self, word: str) -> None:
        """Leave ``word`` out, or bring it back (what a click on its row does)."""
        key = word.lower()
        self.model_.excluded.symmetric_difference_update({key})
        rows = [r for r, (w, _c) in enumerate(self.model_.rows()) if w.lower() == key]
        for r in rows:
            self.model_.dataChanged.emit(self.model_.index(r, 0), self.model_.index(r, 1))
        self.excludedChanged.emit(self.excluded())
