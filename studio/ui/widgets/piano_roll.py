"""PianoRollView: a MIDI note editor with a keyboard, a bar/beat ruler, a velocity lane, zoom and scroll.

A thin Qt view over :mod:`studio.music.editing`: the view holds a ``NoteDocument`` and its
``EditHistory``; every change the mouse or a shortcut makes is an ``Edit`` pushed there, so undo and
redo are exact. The drawing and the mouse live in ``piano_roll_canvas``; the keyboard, ruler and
velocity lane, and the geometry they share, in ``piano_roll_parts``.

Shortcuts (while the roll has focus): Ctrl+Z / Ctrl+Shift+Z undo and redo, Delete erases, Ctrl+A
selects all, Ctrl+C / Ctrl+X / Ctrl+V copy, cut and paste at the cursor, Up/Down transpose a semitone
(Shift: an octave), Left/Right nudge by the grid, Q quantises, D / S / E pick Draw, Select, Erase;
Ctrl+wheel zooms in time (with Shift: in pitch), Shift+wheel scrolls in time.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QGridLayout, QScrollBar, QWidget

from studio.music import editing as ed
from studio.music.editing import EditHistory, NoteDocument
from studio.music.song import Song
from studio.ui.i18n import tr, tr_noop
from studio.ui.widgets.piano_roll_canvas import RollCanvas
from studio.ui.widgets.piano_roll_parts import Keyboard, RollGeometry, Ruler, VelocityLane

MIDI_SUFFIXES = (".mid", ".midi", ".smf", ".kar")
CLIP_MIME = "application/x-studio-notes"


class PianoRollView(QWidget):
    """The editor (see the module's docstring).

    Signals: ``edited`` after every committed change of the notes (undo and redo included);
    ``selection_changed``; ``cursor_moved(float)`` when the cursor (where playback and paste start) moves;
    ``loop_changed(object)`` with (start, end) or None; ``midi_dropped(str)`` with a dropped file's path;
    ``audition_note(int, int)`` (pitch, velocity) when a note is clicked or drawn, to be heard.
    """

    edited = Signal()
    selection_changed = Signal()
    cursor_moved = Signal(float)
    loop_changed = Signal(object)
    midi_dropped = Signal(str)
    audition_note = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.geo = RollGeometry()
        self.document: NoteDocument | None = None
        self.history: EditHistory | None = None
        self._selection: set[int] = set()
        self._clip: ed.Clip | None = None
        self._visible_key = None
        self._visible = np.zeros(0, np.int64)
        self.tool = "draw"
        self.snap_division = 0.25          # in beats: a sixteenth note
        self.scale_pitch_classes: frozenset[int] = frozenset()
        self.overlay: tuple[Song, float] | None = None
        self.cursor = 0.0
        self.playhead: float | None = None
        self.loop: tuple[float, float] | None = None
        self.active_track = 0
        self.default_velocity = 90
        self.last_length = 0.5
        self.read_only = False
        self.placeholder = tr("Draw notes here (D), import a MIDI file, or drop one on the roll.")
        self.setAcceptDrops(True)

        self.keyboard = Keyboard(self.geo)
        self.ruler = Ruler(self.geo)
        self.canvas = RollCanvas(self)
        self.velocity_lane = VelocityLane(self.geo, self)
        self.velocity_lane.setFixedHeight(72)
        self.hbar = QScrollBar(Qt.Orientation.Horizontal)
        self.vbar = QScrollBar(Qt.Orientation.Vertical)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        grid.addWidget(self.ruler, 0, 1)
        grid.addWidget(self.keyboard, 1, 0)
        grid.addWidget(self.canvas, 1, 1)
        grid.addWidget(self.vbar, 1, 2)
        grid.addWidget(self.velocity_lane, 2, 1)
        grid.addWidget(self.hbar, 3, 1)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(1, 1)

        self.hbar.valueChanged.connect(lambda v: self.geo.set_view(left=v / 1000.0))
        self.vbar.valueChanged.connect(lambda v: self.geo.set_view(top=128 - v / 100.0))
        self.geo.changed.connect(self._sync_scrollbars)
        self.canvas.zoom_requested.connect(self._zoom_at)
        self.canvas.scroll_requested.connect(self.scroll_by)
        self.ruler.cursor_set.connect(self.set_cursor)
        self.keyboard.key_pressed.connect(lambda pitch: self.audition(pitch, self.default_velocity))
        self.ruler.loop_set.connect(self.set_loop)
        self.velocity_lane.velocity_dragged.connect(self._velocity_dragged)
        self._build_actions()
        self._update_snap()
        self.set_document(NoteDocument())
        QTimer.singleShot(0, lambda: self.scroll_to_pitch(66))

    # Document --------------------------------------------------------------------------------------

    def set_document(self, document: NoteDocument) -> None:
        """Edit ``document`` (with a fresh undo history)."""
        self.document = document
        self.history = EditHistory(document)
        self._selection = set()
        self.active_track = min(self.active_track, len(document.tracks) - 1)
        self.geo.beat_s, self.geo.bar_s = document.beat_s, document.bar_s
        self._update_snap()
        self._sync_scrollbars()
        self.notes_changed(committed=True)
        self.selection_changed.emit()

    def set_song(self, song: Song, name: str = "") -> None:
        self.set_document(NoteDocument.from_song(song, name))

    def song(self, audible_only: bool = False) -> Song:
        return self.document.to_song(audible_only=audible_only)

    def note_count(self) -> int:
        return len(self.document) if self.document is not None else 0

    def notes_changed(self, committed: bool = False) -> None:
        """Redraw after the notes changed; ``committed`` once a change is an undo step (emits ``edited``)."""
        self._selection &= set(self.document.notes)
        self.active_track = min(self.active_track, len(self.document.tracks) - 1)
        if (self.geo.beat_s, self.geo.bar_s) != (self.document.beat_s, self.document.bar_s):
            # A tempo or time-signature edit (or its undo): the bar and beat grid and the snap follow.
            self.geo.beat_s, self.geo.bar_s = self.document.beat_s, self.document.bar_s
            self._update_snap()
            self.ruler.update()
        self.canvas.invalidate()
        self.velocity_lane.update()
        if committed:
            self._sync_scrollbars()
            self._update_actions()
            self.edited.emit()

    def push(self, edit: ed.Edit) -> bool:
        """Apply an edit as one undo step."""
        if self.read_only or not self.history.push(edit):
            return False
        self.notes_changed(committed=True)
        return True

    def undo(self) -> None:
        if self.history.undo() is not None:
            self.notes_changed(committed=True)

    def redo(self) -> None:
        if self.history.redo() is not None:
            self.notes_changed(committed=True)

    # Selection and editing commands ----------------------------------------------------------------

    def selected_ids(self) -> set[int]:
        return self._selection

    def set_selection(self, ids) -> None:
        ids = set(ids) & set(self.document.notes)
        if ids != self._selection:
            self._selection = ids
            self.canvas.invalidate()
            self.velocity_lane.update()
            self._update_actions()
            self.selection_changed.emit()

    def select_all(self) -> None:
        self.set_selection(self.document.notes)

    def selected_notes(self) -> list:
        return sorted(self.document.notes[i].note for i in self._selection)

    def _targets(self) -> list[int]:
        return sorted(self._selection)

    def delete_selection(self) -> None:
        self.push(ed.erase(self.document, self._targets()))

    def transpose_selection(self, semitones: int) -> None:
        self.push(ed.transpose(self.document, self._targets(), semitones))

    def nudge_selection(self, steps: int) -> None:
        self.push(ed.move(self.document, self._targets(), steps * (self.snap_s or self.document.beat_s / 4), 0,
                          tr("Nudge")))

    def quantise_selection(self) -> None:
        """Quantise the selection (or every note when none is selected) to the grid."""
        ids = self._targets() or sorted(self.document.notes)
        self.push(ed.quantise(self.document, ids, self.snap_s or self.document.beat_s / 4))

    def set_selection_velocity(self, velocity: int) -> None:
        self.push(ed.set_velocity(self.document, self._targets(), velocity=velocity))

    def copy_selection(self) -> None:
        self._clip = ed.copy(self.document, self._targets())
        if len(self._clip):
            # Also on the system clipboard as a marker, so that Paste knows there is something to paste.
            data = QMimeData()
            data.setData(CLIP_MIME, str(len(self._clip)).encode())
            QApplication.clipboard().setMimeData(data)
        self._update_actions()

    def cut_selection(self) -> None:
        self.copy_selection()
        self.push(ed.erase(self.document, self._targets(), tr("Cut")))

    def paste(self) -> None:
        """Paste the copied notes at the cursor (into the active track) and select them."""
        if not self._clip:
            return
        edit, ids = ed.paste(self.document, self._clip, self.cursor, self.active_track)
        if self.push(edit):
            self.set_selection(ids)

    def add_notes(self, notes, track: int | None = None, label: str = tr_noop("Add notes")) -> set[int]:
        """Add notes (e.g. a kept take) as one undo step; returns their ids."""
        edit = ed.add_notes(self.document, self.active_track if track is None else track, notes, tr(label))
        self.push(edit)
        return set(edit.added)

    # View ------------------------------------------------------------------------------------------

    @property
    def snap_s(self) -> float:
        return self.snap_division * self.document.beat_s if self.document is not None and self.snap_division > 0 else 0.0

    def set_snap_division(self, beats: float) -> None:
        """Snap to ``beats`` of a beat (0.25: sixteenths); 0 turns snapping off."""
        self.snap_division = beats
        self._update_snap()
        self.canvas.invalidate()

    def _update_snap(self) -> None:
        self.ruler.snap_s = self.snap_s if self.document is not None else 0.0

    def set_tool(self, tool: str) -> None:
        if tool not in ("draw", "select", "erase"):
            raise ValueError(tool)
        self.tool = tool
        self.canvas.setCursor(Qt.CursorShape.CrossCursor if tool == "erase" else Qt.CursorShape.ArrowCursor)

    def set_scale(self, pitch_classes) -> None:
        """Tint the rows of a scale's notes (an empty set for none)."""
        self.scale_pitch_classes = frozenset(pitch_classes or ())
        self.keyboard.scale_pitch_classes = self.scale_pitch_classes
        self.keyboard.update()
        self.canvas.invalidate()

    def set_overlay(self, song: Song | None, offset: float = 0.0) -> None:
        """Show a take over the roll (not part of the document) starting at ``offset`` seconds."""
        self.overlay = (song, offset) if song is not None else None
        self.canvas.invalidate()
        if song is not None:
            self._sync_scrollbars()

    def set_cursor(self, t: float) -> None:
        self.cursor = max(0.0, t)
        self.ruler.cursor = self.cursor
        self.ruler.update()
        self.canvas.update()
        self.cursor_moved.emit(self.cursor)

    def set_loop(self, start: float, end: float) -> None:
        self.loop = (start, end) if end > start else None
        self.ruler.loop = self.loop
        self.ruler.update()
        self.canvas.invalidate()
        self.loop_changed.emit(self.loop)

    def set_playhead(self, t: float | None, follow: bool = True) -> None:
        """Show the playhead at ``t`` (None hides it); with ``follow`` the view pages along with it."""
        self.playhead = t
        self.ruler.playhead = t
        if t is not None and follow:
            view = self.canvas.width() / self.geo.px_per_s
            if not self.geo.left <= t < self.geo.left + view * 0.95:
                self.hbar.setValue(int(max(0.0, t - view * 0.05) * 1000))
        self.ruler.update()
        self.canvas.update()

    def visible_range(self) -> tuple[float, float, int, int]:
        """(first second, last second, lowest pitch, highest pitch) in view."""
        return (self.geo.t(0), self.geo.t(self.canvas.width()), max(0, self.geo.pitch(self.canvas.height())),
                min(127, self.geo.pitch(0)))

    def visible_indices(self, all_pitches: bool = False) -> np.ndarray:
        """Indices into the document's arrays of the notes in view (cached per view and version)."""
        if self.document is None:
            return np.zeros(0, np.int64)
        t0, t1, lo, hi = self.visible_range()
        if all_pitches:
            lo, hi = 0, 127
        key = (self.document.version, id(self.document), t0, t1, lo, hi)
        if key != self._visible_key:
            self._visible_key = key
            self._visible = self.document.visible(t0, t1, lo, hi)
        return self._visible

    def zoom(self, factor: float, vertical: bool = False, anchor: float | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the time (or pitch) at pixel ``anchor`` in place."""
        if vertical:
            anchor = self.canvas.height() / 2 if anchor is None else anchor
            pitch = self.geo.top - anchor / self.geo.key_h
            key_h = min(40.0, max(3.0, self.geo.key_h * factor))
            self.geo.set_view(key_h=key_h, top=pitch + anchor / key_h)
        else:
            anchor = self.canvas.width() / 2 if anchor is None else anchor
            t = self.geo.t(anchor)
            px = min(4000.0, max(2.0, self.geo.px_per_s * factor))
            self.geo.set_view(px_per_s=px, left=max(0.0, t - anchor / px))
        self._sync_scrollbars()

    def _zoom_at(self, factor: float, anchor: float, vertical: bool) -> None:
        self.zoom(factor, vertical, anchor)

    def zoom_to_fit(self) -> None:
        """Show every note (and the overlay) in time, and their pitch range."""
        end = max(self._content_end(), self.document.bar_s if self.document is not None else 2.0)
        self.geo.set_view(px_per_s=max(2.0, self.canvas.width() / (end * 1.03)), left=0.0)
        pitches = [p.note.pitch for p in self.document.notes.values()] if self.document is not None else []
        if self.overlay is not None:
            pitches += [n.pitch for n in self.overlay[0].notes]
        if pitches:
            lo, hi = min(pitches), max(pitches)
            key_h = min(24.0, max(3.0, self.canvas.height() / (hi - lo + 5)))
            self.geo.set_view(key_h=key_h, top=hi + 3)
        self._sync_scrollbars()

    def scroll_by(self, dx: float, dy: float) -> None:
        self.hbar.setValue(int(self.hbar.value() + dx / self.geo.px_per_s * 1000 / 2))
        self.vbar.setValue(int(self.vbar.value() + dy / self.geo.key_h * 100 / 2))

    def scroll_to_pitch(self, pitch: float) -> None:
        """Centre ``pitch`` vertically."""
        rows = self.canvas.height() / self.geo.key_h
        self.vbar.setValue(int((128 - (pitch + rows / 2)) * 100))

    def scroll_to_time(self, t: float) -> None:
        self.hbar.setValue(int(max(0.0, t) * 1000))

    def _content_end(self) -> float:
        end = self.document.duration if self.document is not None else 0.0
        if self.overlay is not None:
            end = max(end, self.overlay[0].end + self.overlay[1])
        return end

    def _sync_scrollbars(self) -> None:
        view_s = self.canvas.width() / self.geo.px_per_s
        total = max(self._content_end() + view_s * 0.5, (self.document.bar_s if self.document is not None else 2.0) * 8)
        for bar, maximum, page, value in (
                (self.hbar, int(max(0.0, total - view_s) * 1000), int(view_s * 1000), int(self.geo.left * 1000)),
                (self.vbar, int(max(0.0, 128 - self.canvas.height() / self.geo.key_h) * 100),
                 int(self.canvas.height() / self.geo.key_h * 100), int((128 - self.geo.top) * 100))):
            bar.blockSignals(True)
            bar.setRange(0, max(0, maximum))
            bar.setPageStep(max(1, page))
            bar.setSingleStep(max(1, page // 20))
            bar.setValue(value)
            bar.blockSignals(False)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._sync_scrollbars()

    # Velocity lane ---------------------------------------------------------------------------------

    def _velocity_dragged(self, ids, velocity: int, finished: bool) -> None:
        if self.read_only:
            return
        self.history.cancel_preview()
        self.history.preview(ed.set_velocity(self.document, ids, velocity=velocity))
        if finished:
            self.history.commit_preview()
            self.notes_changed(committed=True)
        else:
            self.notes_changed()

    def audition(self, pitch: int, velocity: int) -> None:
        self.audition_note.emit(int(pitch), int(velocity))

    # Drag and drop of MIDI files -------------------------------------------------------------------

    @staticmethod
    def _midi_path(mime: QMimeData) -> str | None:
        for url in mime.urls() if mime.hasUrls() else []:
            if url.isLocalFile() and url.toLocalFile().lower().endswith(MIDI_SUFFIXES):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._midi_path(event.mimeData()) and event.source() is None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if self._midi_path(event.mimeData()) and event.source() is None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._midi_path(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.midi_dropped.emit(path)

    # Actions ---------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        """Shortcuts that work while the roll has focus; the tab puts the same actions in its menus."""
        def action(text, keys, slot, tip=""):
            a = QAction(text, self)
            if keys:
                a.setShortcuts([QKeySequence(k) if isinstance(k, str) else QKeySequence(k) for k in keys])
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            a.setToolTip(tip or text)
            self.addAction(a)
            return a

        self.undo_action = action(tr("Undo"), [QKeySequence.StandardKey.Undo], self.undo)
        self.redo_action = action(tr("Redo"), [QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"], self.redo)
        self.delete_action = action(tr("Delete"), [QKeySequence.StandardKey.Delete, "Backspace"], self.delete_selection)
        self.select_all_action = action(tr("Select all"), [QKeySequence.StandardKey.SelectAll], self.select_all)
        self.copy_action = action(tr("Copy"), [QKeySequence.StandardKey.Copy], self.copy_selection)
        self.cut_action = action(tr("Cut"), [QKeySequence.StandardKey.Cut], self.cut_selection)
        self.paste_action = action(tr("Paste at cursor"), [QKeySequence.StandardKey.Paste], self.paste)
        self.up_action = action(tr("Transpose up"), ["Up"], lambda: self.transpose_selection(1))
        self.down_action = action(tr("Transpose down"), ["Down"], lambda: self.transpose_selection(-1))
        action(tr("Octave up"), ["Shift+Up"], lambda: self.transpose_selection(12))
        action(tr("Octave down"), ["Shift+Down"], lambda: self.transpose_selection(-12))
        action(tr("Nudge left"), ["Left"], lambda: self.nudge_selection(-1))
        action(tr("Nudge right"), ["Right"], lambda: self.nudge_selection(1))
        self.quantise_action = action(tr("Quantise"), ["Q"], self.quantise_selection,
                                      tr("Quantise the selected notes (all when none is selected) to the grid"))
        action(tr("Draw tool"), ["D"], lambda: self.set_tool("draw"))
        action(tr("Select tool"), ["S"], lambda: self.set_tool("select"))
        action(tr("Erase tool"), ["E"], lambda: self.set_tool("erase"))
        action(tr("Zoom in"), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="], lambda: self.zoom(1.25))
        action(tr("Zoom out"), [QKeySequence.StandardKey.ZoomOut], lambda: self.zoom(0.8))
        action(tr("Zoom to fit"), ["Ctrl+0"], self.zoom_to_fit)
        action(tr("Deselect"), ["Escape"], lambda: self.set_selection(set()))

    def _update_actions(self) -> None:
        has_selection = bool(self._selection)
        self.undo_action.setEnabled(self.history.can_undo())
        self.redo_action.setEnabled(self.history.can_redo())
        # The label says what would be undone ("Undo Move notes"), in a menu and in a tooltip.
        undo, redo = tr(self.history.undo_label()), tr(self.history.redo_label())
        self.undo_action.setToolTip(tr("Undo {undo_label}  [Ctrl+Z]").format(undo_label=undo)
                                    if self.history.can_undo() else tr("Nothing to undo"))
        self.redo_action.setToolTip(tr("Redo {redo_label}  [Ctrl+Shift+Z]").format(redo_label=redo)
                                    if self.history.can_redo() else tr("Nothing to redo"))
        for a in (self.delete_action, self.copy_action, self.cut_action, self.up_action, self.down_action):
            a.setEnabled(has_selection)
        self.paste_action.setEnabled(bool(self._clip))
