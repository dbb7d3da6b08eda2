"""The track list beside the roll: one row per track with its instrument, Mute and Solo.

Clicking a row makes that track the one new notes go into. Mute and solo change what is heard (playback
and WAV export), and dim the muted notes in the roll.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from studio.music.editing import NoteDocument
from studio.ui.widgets.piano_roll_parts import track_colour

GM_FAMILIES = ("Piano", "Chromatic perc.", "Organ", "Guitar", "Bass", "Strings", "Ensemble", "Brass", "Reed",
               "Pipe", "Synth lead", "Synth pad", "Synth effects", "Ethnic", "Percussive", "Sound effects")


def instrument_text(program: int, is_drum: bool) -> str:
    return "Drums" if is_drum else GM_FAMILIES[program // 8]


class TrackList(QTreeWidget):
    """Tracks of a NoteDocument. Signals: ``active_changed(int)``, ``audible_changed()``."""

    active_changed = Signal(int)
    audible_changed = Signal()

    COLUMNS = ("Track", "Instrument", "Notes", "M", "S")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: NoteDocument | None = None
        self.setHeaderLabels(list(self.COLUMNS))
        self.setRootIsDecorated(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.headerItem().setToolTip(3, "Mute: not heard in playback and WAV export")
        self.headerItem().setToolTip(4, "Solo: only the solo tracks are heard")
        self.itemChanged.connect(self._item_changed)
        self.currentItemChanged.connect(lambda item, _old: item is not None and self.active_changed.emit(
            self.indexOfTopLevelItem(item)))

    def set_document(self, document: NoteDocument, active: int = 0) -> None:
        self.document = document
        self.refresh(active)

    def refresh(self, active: int | None = None) -> None:
        """Rebuild the rows (names, note counts, flags) from the document."""
        doc = self.document
        if doc is None:
            return
        active = self.active_track() if active is None else active
        counts = [0] * len(doc.tracks)
        for placed in doc.notes.values():
            counts[placed.track] += 1
        self.blockSignals(True)
        self.clear()
        for i, info in enumerate(doc.tracks):
            item = QTreeWidgetItem([info.name, instrument_text(info.program, info.is_drum), str(counts[i]), "", ""])
            item.setForeground(0, track_colour(i))
            item.setToolTip(0, info.name)
            item.setToolTip(1, "Drum kit" if info.is_drum else f"General MIDI program {info.program}")
            item.setCheckState(3, Qt.CheckState.Checked if info.muted else Qt.CheckState.Unchecked)
            item.setCheckState(4, Qt.CheckState.Checked if info.solo else Qt.CheckState.Unchecked)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.addTopLevelItem(item)
        if self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(max(0, min(active, self.topLevelItemCount() - 1))))
        self.blockSignals(False)

    def active_track(self) -> int:
        item = self.currentItem()
        return max(0, self.indexOfTopLevelItem(item)) if item is not None else 0

    def set_muted(self, track: int, on: bool) -> None:
        self.topLevelItem(track).setCheckState(3, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def set_solo(self, track: int, on: bool) -> None:
        self.topLevelItem(track).setCheckState(4, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self.document is None or column not in (3, 4):
            return
        index = self.indexOfTopLevelItem(item)
        on = item.checkState(column) == Qt.CheckState.Checked
        self.document.set_track(index, **({"muted": on} if column == 3 else {"solo": on}))
        self.audible_changed.emit()
