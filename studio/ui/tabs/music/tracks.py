"""The track list beside the roll: one row per track with its instrument, Mute and Solo.

Clicking a row makes that track the one new notes go into. Mute and solo change what is heard (playback
and WAV export), and dim the muted notes in the roll. Right-click a track to rename it or to choose its
General MIDI instrument (what FluidSynth plays it with, and what an exported MIDI file says). Each of
these changes is an undo step: the list asks for it as an edit (``edit_requested``), which the tab
applies through the roll's history, so that Ctrl+Z undoes a mute as it undoes a moved note.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QInputDialog, QMenu, QTreeWidget, QTreeWidgetItem,
                               QWidget)

from studio.music import editing as ed
from studio.music.editing import NoteDocument
from studio.music.synth import gm_families, gm_instruments
from studio.ui.i18n import tr, tr_noop
from studio.ui.widgets.piano_roll_parts import track_colour

def instrument_text(program: int, is_drum: bool) -> str:
    """The short name the list shows (the family: "Piano", "Strings"); the full name is in its tooltip."""
    return tr("Drums") if is_drum else gm_families()[program // 8]


class TrackList(QTreeWidget):
    """Tracks of a NoteDocument. Signals: ``edit_requested(Edit)`` (a change of a track, to be pushed
    as an undo step), ``active_changed(int)``, ``audible_changed()`` (after a mute or solo edit)."""

    edit_requested = Signal(object)
    active_changed = Signal(int)
    audible_changed = Signal()
    track_changed = Signal(int)          # a track's name or instrument changed

    COLUMNS = (tr_noop("Track"), tr_noop("Instrument"), tr_noop("Notes"), "M", "S")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: NoteDocument | None = None
        self.setHeaderLabels([tr(c) for c in self.COLUMNS])
        self.setRootIsDecorated(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.headerItem().setToolTip(3, tr("Mute: not heard in playback and WAV export"))
        self.headerItem().setToolTip(4, tr("Solo: only the solo tracks are heard"))
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
        # The rows are updated in place when the tracks are the same in number: a click on a row's Mute box
        # lands here (through its undo step) while Qt is still inside that row's itemChanged, and deleting
        # the row under it would crash.
        if self.topLevelItemCount() != len(doc.tracks):
            self.clear()
        for i, info in enumerate(doc.tracks):
            item = self.topLevelItem(i)
            if item is None:
                item = QTreeWidgetItem()
                self.addTopLevelItem(item)
            for column, text in enumerate((info.name, instrument_text(info.program, info.is_drum), str(counts[i]))):
                item.setText(column, text)
            item.setForeground(0, track_colour(i))
            item.setToolTip(0, info.name)
            item.setToolTip(1, tr("Drum kit") if info.is_drum else tr(
                "{instrument} (General MIDI program {program}); right-click to change it").format(
                instrument=gm_instruments()[info.program], program=info.program))
            item.setCheckState(3, Qt.CheckState.Checked if info.muted else Qt.CheckState.Unchecked)
            item.setCheckState(4, Qt.CheckState.Checked if info.solo else Qt.CheckState.Unchecked)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
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

    def is_muted(self, track: int) -> bool:
        return self.topLevelItem(track).checkState(3) == Qt.CheckState.Checked

    def is_solo(self, track: int) -> bool:
        return self.topLevelItem(track).checkState(4) == Qt.CheckState.Checked

    def _request(self, track: int, **changes) -> None:
        """Ask for a change of ``track`` as one undo step; the list is rebuilt when the edit lands."""
        edit = ed.set_track(self.document, track, **changes)
        if not edit.empty:
            self.edit_requested.emit(edit)

    def set_program(self, track: int, program: int) -> None:
        """Play ``track`` with General MIDI ``program`` (0-127)."""
        self._request(track, program=int(program))
        self.track_changed.emit(track)

    def rename(self, track: int, name: str) -> None:
        if name.strip():
            self._request(track, name=name.strip())
            self.track_changed.emit(track)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt's name
        item = self.itemAt(event.pos())
        if item is None or self.document is None:
            return
        index = self.indexOfTopLevelItem(item)
        info = self.document.tracks[index]
        menu = QMenu(self)
        rename = menu.addAction(tr("Rename…"))
        rename.triggered.connect(lambda: self._ask_rename(index))
        if not info.is_drum:
            instruments = menu.addMenu(tr("Instrument"))
            names = gm_instruments()
            for family_index, family in enumerate(gm_families()):
                sub = instruments.addMenu(family)
                for program in range(family_index * 8, family_index * 8 + 8):
                    action = QAction(names[program], sub)
                    action.setCheckable(True)
                    action.setChecked(program == info.program)
                    action.triggered.connect(lambda _=False, p=program: self.set_program(index, p))
                    sub.addAction(action)
        menu.exec(event.globalPos())

    def _ask_rename(self, index: int) -> None:
        name, ok = QInputDialog.getText(self, tr("Rename track"), tr("Name:"), text=self.document.tracks[index].name)
        if ok:
            self.rename(index, name)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self.document is None or column not in (3, 4):
            return
        index = self.indexOfTopLevelItem(item)
        on = item.checkState(column) == Qt.CheckState.Checked
        self._request(index, **({"muted": on} if column == 3 else {"solo": on}))
        self.audible_changed.emit()
