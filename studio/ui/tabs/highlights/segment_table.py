"""The list of highlights: one row per segment, with a box to switch it on or off."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from studio.ui.i18n import tr, tr_noop
from studio.video.review import row_cells
from studio.video.segments import Segment

COLUMNS = [tr_noop("Use"), "#", tr_noop("Start"), tr_noop("End"), tr_noop("Length"), tr_noop("Peak dB")]


class SegmentTable(QTableWidget):
    """The segments as rows. Signal: ``enabledEdited(row, enabled)`` when the user ticks a row's box."""

    enabledEdited = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("segments")
        self.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for col in (0, 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.setToolTip(tr("Click a row to preview it. Space or the box switches it on or off."))
        self.itemChanged.connect(self._item_changed)

    def show_segments(self, segments: list[Segment]) -> int:
        """Fill the rows (silently), keeping the first selected row if it still exists; return it, or -1."""
        selected = self.selected_rows()
        self.blockSignals(True)
        self.setRowCount(len(segments))
        for row, s in enumerate(segments):
            use = QTableWidgetItem()
            use.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            use.setCheckState(Qt.CheckState.Checked if s.enabled else Qt.CheckState.Unchecked)
            self.setItem(row, 0, use)
            for col, text in enumerate(row_cells(row, s), 1):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not s.enabled:
                    item.setForeground(Qt.GlobalColor.gray)
                self.setItem(row, col, item)
        keep = [r for r in selected if r < len(segments)]
        if keep:
            self.selectRow(keep[0])
        self.blockSignals(False)
        return keep[0] if keep else -1

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.selectedIndexes()})

    def set_checked(self, row: int, enabled: bool) -> None:
        """Tick or untick a row's box, as a click on it does (``enabledEdited`` follows)."""
        self.item(row, 0).setCheckState(Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self.enabledEdited.emit(item.row(), item.checkState() == Qt.CheckState.Checked)
