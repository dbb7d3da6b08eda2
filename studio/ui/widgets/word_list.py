"""WordListView: the counted words with their frequencies; one click leaves a word out of the cloud."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget


class WordListView(QTableWidget):
    """Columns: a check box (drawn or left out), the word, its count. ``excludedChanged(set)`` on change."""

    excludedChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None, limit: int = 500) -> None:
        super().__init__(0, 2, parent)
        self.limit = limit
        self._excluded: set[str] = set()
        self._filling = False
        self.setHorizontalHeaderLabels(["Word", "Count"])
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setToolTip("Untick a word to leave it out of the cloud; tick it to bring it back.")
        self.itemChanged.connect(self._changed)
        self.cellClicked.connect(self._clicked)

    def excluded(self) -> set[str]:
        return set(self._excluded)

    def clear_excluded(self) -> None:
        self._excluded.clear()

    def set_words(self, frequencies: dict[str, float]) -> None:
        self._filling = True
        try:
            items = list(frequencies.items())[: self.limit]
            self.setRowCount(len(items))
            for row, (word, count) in enumerate(items):
                item = QTableWidgetItem(word)
                # Not user-checkable: a click anywhere on the row toggles it (see _clicked), once.
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                left_out = word.lower() in self._excluded
                item.setCheckState(Qt.CheckState.Unchecked if left_out else Qt.CheckState.Checked)
                self._style(item, left_out)
                self.setItem(row, 0, item)
                number = QTableWidgetItem(f"{count:g}")
                number.setFlags(Qt.ItemFlag.ItemIsEnabled)
                number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, 1, number)
        finally:
            self._filling = False

    def toggle_word(self, word: str) -> None:
        """Leave ``word`` out, or bring it back (what a click on its row does)."""
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and item.text() == word:
                checked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
                return
        key = word.lower()
        self._excluded.symmetric_difference_update({key})
        self.excludedChanged.emit(self.excluded())

    def _clicked(self, row: int, column: int) -> None:
        # A click anywhere on the row (box, word or count) toggles it: one click to exclude.
        item = self.item(row, 0)
        if item is not None:
            self.toggle_word(item.text())

    @staticmethod
    def _style(item: QTableWidgetItem, left_out: bool) -> None:
        font = QFont(item.font())
        font.setStrikeOut(left_out)
        item.setFont(font)

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        key = item.text().lower()
        left_out = item.checkState() != Qt.CheckState.Checked
        if left_out:
            self._excluded.add(key)
        else:
            self._excluded.discard(key)
        self._filling = True
        self._style(item, left_out)
        self._filling = False
        self.excludedChanged.emit(self.excluded())
