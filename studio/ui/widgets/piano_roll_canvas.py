"""The piano roll's note area: draws rows, grid, notes and the playhead, and turns the mouse into edits.

Drawing is what keeps a roll with ten thousand notes smooth: only the notes in view are drawn (found by
binary search in the document's arrays), snapped to whole pixels in numpy, de-duplicated where many
notes land on the same pixels, and handed to ``QPainter.drawRects`` in one call per colour.

Mouse, as in most piano rolls: in Draw mode a click on empty space adds a note (drag to set its length),
in Select mode it starts a selection box; in both, dragging a note moves it (the selection with it),
dragging near either end resizes, Shift adds to the selection, Alt turns the snap off for the drag, and
a right click erases. Erase mode erases what the pointer passes over. A drag is one undo step.
"""

from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap, QWheelEvent
from PySide6.QtWidgets import QWidget

from studio.music import editing as ed
from studio.music.editing import Edit, Placed
from studio.music.song import Note
from studio.ui.i18n import tr
from studio.ui.widgets.piano_roll_parts import BLACK_KEYS, OVERLAY_COLOUR, roll_colours, track_colour

EDGE_PX = 5          # how near a note's end the pointer must be to resize instead of move
LAYER_SPAN = 3       # the cached note layer is this many views wide (one either side of the view)


class RollCanvas(QWidget):
    """The notes area of a :class:`~studio.ui.widgets.piano_roll.PianoRollView` (which owns the document)."""

    zoom_requested = Signal(float, float, bool)     # (factor, anchor x, vertical)
    scroll_requested = Signal(float, float)         # (dx px, dy px)

    def __init__(self, roll, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roll = roll
        self.geo = roll.geo
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(200, 120)
        self._drag: dict | None = None
        self.box: QRectF | None = None
        self.last_paint_ms = 0.0
        self.last_paint_notes = 0
        self.layer_paints = 0
        self._layer: QPixmap | None = None     # rows, grid and notes; the playhead is drawn over it
        self._layer_key = None
        self._layer_left = 0.0                 # the time at the layer's left edge
        self._layer_s = 0.0                    # and how many seconds it spans
        self.geo.changed.connect(self.update)

    def _origin(self, left: float) -> int:
        """The whole pixel at which time ``left`` lies, counted from time 0 at this zoom."""
        return int(math.floor(left * self.geo.px_per_s + 1e-6))

    def _px(self, t: float) -> int:
        """The pixel column of time ``t`` in what is being drawn: whole pixels from time 0, so that a
        layer drawn at one scroll position and moved to another matches one drawn there."""
        return int(math.floor(t * self.geo.px_per_s + 1e-6)) - self._origin(self.geo.left)

    def invalidate(self) -> None:
        """Redraw the notes layer at the next paint (anything but the cursor, playhead or box changed)."""
        self._layer = None
        self.update()

    # Drawing ---------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        t_start = time.perf_counter()
        roll, geo = self.roll, self.geo
        w, h = self.width(), self.height()
        ratio = self.devicePixelRatioF()
        doc = roll.document
        colours = roll_colours(self.palette())
        key = (id(doc), doc.version if doc is not None else -1, w, h, ratio, geo.px_per_s, geo.key_h, geo.top,
               colours)      # a change of theme redraws the layer
        view_s = w / geo.px_per_s
        edited = self._layer is None or (self._layer_key is not None and key[:2] != self._layer_key[:2])
        if (edited or key != self._layer_key or geo.left < self._layer_left - 1e-9
                or geo.left + view_s > self._layer_left + self._layer_s + 1e-9):
            # The notes are drawn once into a layer: while the music plays only the playhead moves. After
            # a scroll or zoom the layer reaches a view further on either side (as far as the roll
            # scrolls), so that the next scroll steps only move it; after an edit (every mouse move of a
            # drag) only the view is drawn, a third of the work.
            last_left = max(geo.left, roll.hbar.maximum() / 1000.0)
            span = 1 if edited else LAYER_SPAN
            self._layer_left = geo.left if edited else min(geo.left, max(0.0, geo.left - view_s))
            self._layer_s = min(geo.left + (span - 1) * view_s, last_left) + view_s - self._layer_left
            width = int(math.ceil(self._layer_s * geo.px_per_s))
            self._layer = QPixmap(int(width * ratio), int(h * ratio))
            self._layer.setDevicePixelRatio(ratio)
            layer = QPainter(self._layer)
            left, geo.left = geo.left, self._layer_left     # drawn as if scrolled there (no signal)
            try:
                self._paint_layer(layer, width, h, colours)
            finally:
                geo.left = left
                layer.end()
            self._layer_key = key
            self.layer_paints += 1
        p = QPainter(self)
        # Whole pixels on both sides: a moved layer is exactly what a fresh one would be.
        p.drawPixmap(self._origin(self._layer_left) - self._origin(geo.left), 0, self._layer)
        if self.box is not None:
            p.setPen(QPen(colours.selection, 1, Qt.PenStyle.DashLine))
            fill = QColor(colours.selection)
            fill.setAlpha(40)
            p.setBrush(fill)
            p.drawRect(self.box)
        x = geo.x(roll.cursor)
        p.setPen(QPen(colours.cursor, 1))
        p.drawLine(QPointF(x, 0), QPointF(x, h))
        if roll.playhead is not None:
            x = geo.x(roll.playhead)
            p.setPen(QPen(colours.playhead, 2))
            p.drawLine(QPointF(x, 0), QPointF(x, h))
        if doc is None or (not len(doc) and roll.overlay is None):
            p.setPen(colours.placeholder)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, roll.placeholder)
        p.end()
        self.last_paint_ms = (time.perf_counter() - t_start) * 1000

    def _paint_layer(self, p: QPainter, w: int, h: int, c) -> None:
        """Rows (scale rows tinted), the loop region, the bar/beat grid, the notes and the overlay, in the
        colours ``c`` (a RollColours) of the current palette."""
        geo, roll = self.geo, self.roll
        p.fillRect(QRectF(0, 0, w, h), c.row)
        lo, hi = max(0, geo.pitch(h)), min(127, geo.pitch(0))
        scale = roll.scale_pitch_classes
        for pitch in range(lo, hi + 1):
            pc = pitch % 12
            y = geo.y(pitch)
            if pc in scale:
                colour = c.scale_black_row if pc in BLACK_KEYS else c.scale_row
            else:
                colour = c.black_row if pc in BLACK_KEYS else c.row
            p.fillRect(QRectF(0, y, w, geo.key_h), colour)
            if pc == 0:   # a stronger line under every C
                p.setPen(c.octave_line)
                p.drawLine(QPointF(0, y + geo.key_h), QPointF(w, y + geo.key_h))
        if roll.loop:
            x0, x1 = self._px(roll.loop[0]), self._px(roll.loop[1])
            p.fillRect(QRectF(x0, 0, x1 - x0, h), QColor(78, 155, 230, 28))
        lines: list[list[QPointF]] = [[], [], []]
        for t, level in geo.grid_lines(geo.t(0), geo.t(w), roll.snap_s):
            x = self._px(t) + 0.5       # the middle of the pixel column
            lines[level] += [QPointF(x, 0), QPointF(x, h)]
        for level in (2, 1, 0):
            if lines[level]:
                p.setPen(c.grid[level])
                p.drawLines(lines[level])
        self.last_paint_notes = self._draw_notes(p, w, h, c)
        self._draw_overlay(p, w, h)

    def _draw_notes(self, p: QPainter, w: int, h: int, c) -> int:
        doc = self.roll.document
        if doc is None or not len(doc):
            return 0
        geo = self.geo
        idx = doc.visible(geo.t(0), geo.t(w), max(0, geo.pitch(h)), min(127, geo.pitch(0)))
        if not len(idx):
            return 0
        a = doc.arrays()
        origin = self._origin(geo.left)
        x0 = (np.floor(a.start[idx] * geo.px_per_s) - origin).astype(np.int32)
        x1 = np.maximum(x0 + 2, (np.floor(a.end[idx] * geo.px_per_s) - origin).astype(np.int32))
        np.clip(x0, -2, w + 2, out=x0)
        np.clip(x1, -2, w + 2, out=x1)
        y = np.floor((geo.top - a.pitch[idx] - 1) * geo.key_h).astype(np.int32)
        kh = max(2, int(round(geo.key_h)))
        selected = np.isin(a.ids[idx], np.fromiter(self.roll.selected_ids(), np.int64)) \
            if self.roll.selected_ids() else np.zeros(len(idx), bool)
        audible = np.zeros(len(doc.tracks), bool)
        audible[doc.audible_tracks()] = True
        # Colour groups: track, selected, dimmed when not heard, and velocity in four shades.
        shade = np.minimum(3, a.velocity[idx] // 32).astype(np.int32)
        group = (a.track[idx].astype(np.int32) * 2 + selected) * 8 + (~audible[a.track[idx]]) * 4 + shade
        # Many notes land on the same pixels when zoomed out: draw each pixel rectangle once. The four
        # numbers pack into one int64 (group 10 bits, x0 and x1 14 bits each, y 13 bits) so that one fast
        # 1-D unique both de-duplicates and sorts by colour group.
        np.clip(y, -64, 8000, out=y)
        packed = (((group.astype(np.int64) << 14 | (x0 + 4)) << 14 | (x1 + 4)) << 13) | (y + 64)
        packed = np.unique(packed)
        ys = (packed & 0x1FFF) - 64
        x1s = ((packed >> 13) & 0x3FFF) - 4
        x0s = ((packed >> 27) & 0x3FFF) - 4
        groups = packed >> 41
        outline = geo.key_h >= 6 and geo.px_per_s >= 30
        # Outlines: Qt's cosmetic one-pixel pen (width 0) in an opaque colour. A width of 1 goes through
        # the general stroker, and a translucent pen is blended pixel by pixel: each was ~4x slower.
        if not outline:
            p.setPen(Qt.PenStyle.NoPen)
        starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
        ends = np.r_[starts[1:], len(groups)]
        rows = np.stack([x0s, ys, x1s - x0s, np.full(len(ys), kh - 1)], axis=1).tolist()
        for s, e in zip(starts.tolist(), ends.tolist()):
            g = int(groups[s])
            track, sel, dim, shade_i = g // 16, (g // 8) % 2, (g // 4) % 2, g % 4
            colour = QColor(c.selected_note) if sel else track_colour(track)
            if outline:
                p.setPen(QPen(colour.darker(170 if not dim else 130), 0))
            colour.setAlpha(c.note_alpha(bool(dim), shade_i))
            p.setBrush(colour)
            p.drawRects([QRect(*r) for r in rows[s:e]])
        return len(idx)

    def _draw_overlay(self, p: QPainter, w: int, h: int) -> None:
        """A take being generated or auditioned: drawn over the roll, not yet part of it."""
        overlay = self.roll.overlay
        if overlay is None:
            return
        song, offset = overlay
        geo = self.geo
        t0, t1 = geo.t(0), geo.t(w)
        colour = QColor(OVERLAY_COLOUR)
        colour.setAlpha(200)
        p.setPen(QPen(QColor(OVERLAY_COLOUR).darker(160), 0))
        p.setBrush(colour)
        rects = []
        for track in song.tracks:
            for n in track.notes:
                if n.end + offset < t0 or n.start + offset > t1:
                    continue
                x0 = self._px(n.start + offset)
                rects.append(QRectF(x0, geo.y(n.pitch), max(2, self._px(n.end + offset) - x0), geo.key_h - 1))
        if rects:
            p.drawRects(rects)

    # Mouse -----------------------------------------------------------------------------------------

    def _hit(self, pos: QPointF) -> tuple[int | None, str]:
        """The note under ``pos`` and where: "start" or "end" edge, or "body"."""
        doc = self.roll.document
        if doc is None:
            return None, ""
        t, pitch = self.geo.t(pos.x()), self.geo.pitch(pos.y())
        slack = EDGE_PX / self.geo.px_per_s
        note_id = doc.note_at(t, pitch) or doc.note_at(t - slack, pitch) or doc.note_at(t + slack, pitch)
        if note_id is None:
            return None, ""
        note = doc.notes[note_id].note
        x0, x1 = self.geo.x(note.start), self.geo.x(note.end)
        if x1 - x0 >= 3 * EDGE_PX or abs(pos.x() - x1) <= EDGE_PX:
            if abs(pos.x() - x1) <= EDGE_PX:
                return note_id, "end"
            if abs(pos.x() - x0) <= EDGE_PX:
                return note_id, "start"
        return note_id, "body"

    def _snap(self, t: float, event: QMouseEvent) -> float:
        if event.modifiers() & Qt.KeyboardModifier.AltModifier:
            return t
        return ed.snap(t, self.roll.snap_s)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        roll = self.roll
        if roll.document is None or roll.read_only:
            return
        self.setFocus()
        pos = event.position()
        t, pitch = self.geo.t(pos.x()), self.geo.pitch(pos.y())
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        note_id, part = self._hit(pos)
        if event.button() == Qt.MouseButton.RightButton or roll.tool == "erase":
            self._drag = {"mode": "erase", "ids": set()}
            self._erase_at(pos)
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if note_id is not None:
            selection = roll.selected_ids()
            if shift:
                roll.set_selection(selection ^ {note_id})
                return
            if note_id not in selection:
                roll.set_selection({note_id})
            note = roll.document.notes[note_id].note
            mode = "move" if part == "body" else part
            self._drag = {"mode": mode, "ids": sorted(roll.selected_ids()), "t": t, "pitch": pitch,
                          "anchor": note.start if mode in ("move", "start") else note.end}
            roll.audition(note.pitch, note.velocity)
        elif roll.tool == "draw":
            start = max(0.0, ed.snap(t - roll.snap_s / 2, roll.snap_s) if roll.snap_s and not
                        event.modifiers() & Qt.KeyboardModifier.AltModifier else t)
            note_id = roll.document.new_id()
            self._drag = {"mode": "draw", "id": note_id, "start": start, "pitch": pitch, "t": t}
            self._draw_to(t, event)
            roll.set_selection({note_id})
            roll.audition(pitch, roll.default_velocity)
        else:
            self._drag = {"mode": "box", "origin": pos, "before": roll.selected_ids() if shift else set()}

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        drag = self._drag
        if drag is None:
            if self.roll.document is not None and not self.roll.read_only and self.roll.tool != "erase":
                _, part = self._hit(pos)
                self.setCursor(Qt.CursorShape.SizeHorCursor if part in ("start", "end") else
                               Qt.CursorShape.OpenHandCursor if part == "body" else Qt.CursorShape.ArrowCursor)
            return
        roll, doc = self.roll, self.roll.document
        t, pitch = self.geo.t(pos.x()), self.geo.pitch(pos.y())
        mode = drag["mode"]
        if mode == "erase":
            self._erase_at(pos)
        elif mode == "box":
            self.box = QRectF(drag["origin"], pos).normalized()
            box_ids = doc.ids_in_box(self.geo.t(self.box.left()), self.geo.t(self.box.right()),
                                     self.geo.pitch(self.box.bottom()), self.geo.pitch(self.box.top()))
            roll.set_selection(drag["before"] | box_ids)
        elif mode == "draw":
            self._draw_to(t, event)
        else:
            roll.history.cancel_preview()
            new_anchor = self._snap(drag["anchor"] + t - drag["t"], event)
            dt = new_anchor - drag["anchor"]
            if mode == "move":
                edit = ed.move(doc, drag["ids"], dt, pitch - drag["pitch"])
            else:
                edit = ed.resize(doc, drag["ids"], mode, dt)
            roll.history.preview(edit)
            roll.notes_changed()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        drag, self._drag = self._drag, None
        if drag is None:
            return
        if drag["mode"] == "box":
            self.box = None
            self.update()
            return
        if self.roll.history.commit_preview():
            self.roll.notes_changed(committed=True)
        elif drag["mode"] == "draw":
            self.roll.set_selection(set())

    def _draw_to(self, t: float, event: QMouseEvent) -> None:
        drag, roll = self._drag, self.roll
        grid = roll.snap_s or roll.document.beat_s / 4
        end = self._snap(t, event)
        if end <= drag["start"]:
            end = drag["start"] + max(grid, roll.last_length if t - drag["t"] < grid / 2 else grid)
        note = Note(min(127, max(0, drag["pitch"])), drag["start"], end, roll.default_velocity)
        roll.history.cancel_preview()
        roll.history.preview(Edit(tr("Draw note"), {}, {drag["id"]: Placed(roll.active_track, note)}))
        roll.last_length = end - drag["start"]
        roll.notes_changed()

    def _erase_at(self, pos: QPointF) -> None:
        note_id, _ = self._hit(pos)
        if note_id is None or note_id in self._drag["ids"]:
            return
        roll = self.roll
        roll.history.cancel_preview()
        self._drag["ids"].add(note_id)
        roll.history.preview(ed.erase(roll.document, self._drag["ids"]))
        roll.notes_changed()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        # In Select mode a double click on empty space adds a note, as a click does in Draw mode.
        if self.roll.tool == "select" and self._hit(event.position())[0] is None and self.roll.document is not None:
            tool, self.roll.tool = self.roll.tool, "draw"
            self.mousePressEvent(event)
            self.roll.tool = tool

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        delta = event.angleDelta()
        mods = event.modifiers()
        if mods & Qt.KeyboardModifier.ControlModifier:
            factor = 1.2 ** (delta.y() / 120)
            vertical = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            self.zoom_requested.emit(factor, event.position().y() if vertical else event.position().x(), vertical)
        elif mods & Qt.KeyboardModifier.ShiftModifier:
            self.scroll_requested.emit(-(delta.y() or delta.x()), 0)
        else:
            self.scroll_requested.emit(-delta.x(), -delta.y())
        event.accept()
