"""The tempo and time-signature fields of the Piano roll tab's toolbar.

Changing either is an undo step (``studio.music.editing.set_timing``) pushed through the roll's history;
the roll's bar and beat grid and its snap follow, and MIDI export writes them. By default a new tempo
keeps the notes on their bars and beats (the music plays faster or slower, as in a DAW); the menu beside
the fields turns that off, so that only the grid moves under notes kept in seconds (to line the grid up
with a file whose tempo was wrong).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QMenu, QSpinBox, QToolButton, QWidget

from studio.music import editing as ed
from studio.ui.i18n import tr

DENOMINATORS = (1, 2, 4, 8, 16, 32)


class TimingControls(QWidget):
    """Tempo (bpm) and time signature of a roll's document. ``edit_requested(Edit)`` asks for a change."""

    edit_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: ed.NoteDocument | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(QLabel(tr("Tempo:")))
        self.tempo_spin = QDoubleSpinBox()
        self.tempo_spin.setRange(10.0, 1000.0)
        self.tempo_spin.setDecimals(1)
        self.tempo_spin.setSuffix(tr(" bpm"))
        # Only a finished value (Enter, focus out, an arrow step) is an edit, not every typed digit.
        self.tempo_spin.setKeyboardTracking(False)
        self.tempo_spin.setToolTip(tr("Tempo in quarter notes per minute; the grid follows (an undo step)"))
        self.tempo_spin.valueChanged.connect(self._tempo_changed)
        row.addWidget(self.tempo_spin)
        self.beats_spin = QSpinBox()
        self.beats_spin.setRange(1, 32)
        self.beats_spin.setKeyboardTracking(False)
        self.beats_spin.setToolTip(tr("Beats in a bar"))
        self.beats_spin.valueChanged.connect(self._signature_changed)
        row.addWidget(self.beats_spin)
        row.addWidget(QLabel("/"))
        self.unit_combo = QComboBox()
        for d in DENOMINATORS:
            self.unit_combo.addItem(str(d), d)
        self.unit_combo.setToolTip(tr("The note value of a beat (4: quarter notes, 8: eighth notes)"))
        self.unit_combo.currentIndexChanged.connect(self._signature_changed)
        row.addWidget(self.unit_combo)
        more = QToolButton()
        more.setText("⋯")
        more.setToolTip(tr("How a tempo change treats the notes"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        self.keep_beats_action = QAction(tr("Keep notes on their beats (the music plays faster or slower)"), menu)
        self.keep_beats_action.setCheckable(True)
        self.keep_beats_action.setChecked(True)
        menu.addAction(self.keep_beats_action)
        more.setMenu(menu)
        row.addWidget(more)
        self._syncing = False

    def set_document(self, document: ed.NoteDocument) -> None:
        self.document = document
        self.sync()

    def sync(self) -> None:
        """Show the document's tempo and time signature (after a load, an undo or a redo)."""
        doc = self.document
        if doc is None:
            return
        self._syncing = True
        try:
            self.tempo_spin.setValue(doc.tempo_bpm)
            self.beats_spin.setValue(int(doc.time_signature[0]))
            self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(int(doc.time_signature[1]))))
        finally:
            self._syncing = False

    def tempo(self) -> float:
        return self.tempo_spin.value()

    def time_signature(self) -> tuple[int, int]:
        return self.beats_spin.value(), int(self.unit_combo.currentData())

    def set_tempo(self, bpm: float) -> None:
        """As a user typing ``bpm`` and pressing Enter."""
        self.tempo_spin.setValue(bpm)

    def set_time_signature(self, beats: int, unit: int) -> None:
        self._syncing = True              # one edit for both fields, not one per field
        self.beats_spin.setValue(beats)
        self._syncing = False
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(unit))
        self._signature_changed()

    def _tempo_changed(self, value: float) -> None:
        if not self._syncing and self.document is not None:
            self._request(ed.set_timing(self.document, tempo_bpm=value,
                                        keep_beats=self.keep_beats_action.isChecked()))

    def _signature_changed(self, *_args) -> None:
        if not self._syncing and self.document is not None:
            self._request(ed.set_timing(self.document, time_signature=self.time_signature()))

    def _request(self, edit: ed.Edit) -> None:
        if edit.empty:
            return
        self.edit_requested.emit(edit)
        self.sync()                       # refused (a read-only roll): show the document's values again
