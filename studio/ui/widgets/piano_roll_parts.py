"""The piano roll's shared view geometry and its side parts: the keyboard, the time ruler, the velocity lane.

:class:`RollGeometry` is the one place that maps seconds and pitches to pixels; the canvas, the ruler,
the keyboard and the velocity lane all read it, so that they scroll and zoom together. :func:`roll_colours`
is the one place that picks their colours, from the widget's palette, so that they follow the light and
dark themes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from studio.music.song import note_name
from studio.ui.i18n import tr

BLACK_KEYS = {1, 3, 6, 8, 10}
KEYBOARD_WIDTH = 64
RULER_HEIGHT = 24
TRACK_COLOURS = ["#4e9be6", "#e6884e", "#5cc27a", "#c75dd1", "#e6cf4e", "#4ed6d6", "#e65c7a", "#9a8cf0"]
OVERLAY_COLOUR = "#2fae74"     # a take not yet kept: green, apart from every track colour


def track_colour(track: int) -> QColor:
    return QColor(TRACK_COLOURS[track % len(TRACK_COLOURS)])


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """The colour a fraction ``t`` of the way from ``a`` to ``b`` (opaque)."""
    return QColor.fromRgbF(*(x + (y - x) * t for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3])))


@dataclass(frozen=True)
class RollColours:
    """Every colour the roll's parts paint with, derived from one palette (see :func:`roll_colours`)."""

    dark: bool
    row: QColor                 # a white key's row on the canvas (and the velocity lane's ground)
    black_row: QColor
    scale_row: QColor           # rows of the chosen scale, tinted with the highlight colour
    scale_black_row: QColor
    octave_line: QColor         # under every C
    grid: tuple[QColor, QColor, QColor]     # bar, beat and subdivision lines
    white_key: QColor
    black_key: QColor
    key_line: QColor
    key_text: QColor
    border: QColor
    ruler: QColor
    ruler_bar: QColor
    ruler_beat: QColor
    lane_line: QColor
    lane_label: QColor
    cursor: QColor
    playhead: QColor
    selection: QColor
    selected_note: QColor
    placeholder: QColor

    def note_alpha(self, dimmed: bool, shade: int) -> int:
        """Opacity of a note's fill: by velocity (shade 0..3), fainter for tracks not heard. Stronger on a
        dark ground, where a translucent colour sinks into the background."""
        if self.dark:
            return 120 if dimmed else 175 + 26 * shade
        return 90 if dimmed else 150 + 35 * shade


_colour_cache: dict[int, RollColours] = {}


def roll_colours(palette: QPalette) -> RollColours:
    """The roll's colours for ``palette``: light rows and a white keyboard in a light theme, dark rows and grey
    keys in a dark one; grid lines and text at a fixed contrast from the ground in both."""
    key = palette.cacheKey()
    cached = _colour_cache.get(key)
    if cached is not None:
        return cached
    role = QPalette.ColorRole
    base, text, window = palette.color(role.Base), palette.color(role.Text), palette.color(role.Window)
    highlight = palette.color(role.Highlight)
    dark = base.lightnessF() < 0.5

    def toward_text(t: float, ground: QColor = base) -> QColor:
        return mix(ground, text, t)

    row, black_row = toward_text(0.015), toward_text(0.09)
    ruler = mix(window, text, 0.03)
    white_key = toward_text(0.2 if dark else 0.045)
    colours = RollColours(
        dark=dark, row=row, black_row=black_row,
        scale_row=mix(row, highlight, 0.16 if dark else 0.1),
        scale_black_row=mix(black_row, highlight, 0.2 if dark else 0.12),
        octave_line=toward_text(0.23),
        grid=(toward_text(0.34), toward_text(0.16), toward_text(0.075)),
        white_key=white_key,
        black_key=mix(base, QColor(0, 0, 0), 0.45) if dark else toward_text(0.85),
        key_line=mix(white_key, text, 0.28), key_text=text, border=toward_text(0.47),
        ruler=ruler, ruler_bar=mix(ruler, text, 0.63), ruler_beat=mix(ruler, text, 0.35),
        lane_line=toward_text(0.13), lane_label=toward_text(0.45),
        cursor=QColor("#5fcf5f") if dark else QColor("#2a7a2a"),
        playhead=QColor("#ff5a5a") if dark else QColor("#d03030"),
        selection=highlight, selected_note=QColor("#e23b3b"), placeholder=toward_text(0.5),
    )
    if len(_colour_cache) > 8:          # a palette per theme; a few more while widgets are restyled
        _colour_cache.clear()
    _colour_cache[key] = colours
    return colours


class RollGeometry(QObject):
    """Seconds and pitches <-> pixels for every part of the roll. ``changed`` fires on scroll or zoom.

    ``left`` is the time at the left edge of the canvas; ``top`` is the pitch just above the top edge
    (row p spans y in [(top - p - 1)·key_h, (top - p)·key_h)).
    """

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.px_per_s = 120.0
        self.key_h = 12.0
        self.left = 0.0
        self.top = 96.0
        self.beat_s = 0.5
        self.bar_s = 2.0

    def x(self, t: float) -> float:
        return (t - self.left) * self.px_per_s

    def t(self, x: float) -> float:
        return self.left + x / self.px_per_s

    def y(self, pitch: float) -> float:
        """Top edge of ``pitch``'s row."""
        return (self.top - pitch - 1) * self.key_h

    def pitch(self, y: float) -> int:
        return int(math.floor(self.top - y / self.key_h))

    def set_view(self, left: float | None = None, top: float | None = None, px_per_s: float | None = None,
                 key_h: float | None = None) -> None:
        changed = False
        for name, value in (("left", left), ("top", top), ("px_per_s", px_per_s), ("key_h", key_h)):
            if value is not None and getattr(self, name) != value:
                setattr(self, name, value)
                changed = True
        if changed:
            self.changed.emit()

    def grid_lines(self, t0: float, t1: float, division_s: float):
        """(time, level) of the grid lines in [t0, t1]: level 0 bar, 1 beat, 2 subdivision; only as fine
        as keeps lines at least 6 px apart."""
        steps = [(self.bar_s, 0), (self.beat_s, 1)]
        if division_s > 0 and division_s < self.beat_s:
            steps.append((division_s, 2))
        finest = self.bar_s
        for step, _level in steps:
            if step * self.px_per_s >= 6:
                finest = step
        if finest * self.px_per_s < 6:           # zoomed far out: every n-th bar
            finest = self.bar_s * 2 ** math.ceil(math.log2(6 / (self.bar_s * self.px_per_s)))
        n0 = int(math.floor(t0 / finest))
        n1 = int(math.ceil(t1 / finest))
        for n in range(max(0, n0), n1 + 1):
            t = n * finest
            level = 2
            for step, lvl in steps[:2]:
                if abs(t / step - round(t / step)) < 1e-6:
                    level = min(level, lvl)
            yield t, level


class Keyboard(QWidget):
    """The piano keyboard along the roll's left side, with note names (every C, all keys when roomy).
    Clicking a key emits ``key_pressed(pitch)``, to hear it."""

    key_pressed = Signal(int)

    def __init__(self, geometry: RollGeometry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.geo = geometry
        self.scale_pitch_classes: frozenset[int] = frozenset()
        self.setToolTip(tr("Click a key to hear it"))
        self.setFixedWidth(KEYBOARD_WIDTH)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        geometry.changed.connect(self.update)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        pitch = self.geo.pitch(event.position().y())
        if event.button() == Qt.MouseButton.LeftButton and 0 <= pitch <= 127:
            self.key_pressed.emit(pitch)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        geo = self.geo
        w = self.width()
        c = roll_colours(self.palette())
        p.fillRect(self.rect(), c.white_key)
        font = QFont(self.font())
        font.setPixelSize(max(7, min(11, int(geo.key_h) - 1)))
        p.setFont(font)
        lo, hi = max(0, geo.pitch(self.height())), min(127, geo.pitch(0))
        for pitch in range(lo, hi + 1):
            y = geo.y(pitch)
            pc = pitch % 12
            if pc in BLACK_KEYS:
                p.fillRect(QRectF(0, y, w * 0.62, geo.key_h), c.black_key)
            else:
                p.setPen(c.key_line)
                p.drawLine(QPointF(0, y + geo.key_h), QPointF(w, y + geo.key_h))
            if pc in self.scale_pitch_classes:
                p.fillRect(QRectF(w - 5, y + 1, 4, geo.key_h - 2), QColor("#4e9be6"))
            if pc == 0 or (geo.key_h >= 14 and pc not in BLACK_KEYS):     # names of white keys only
                p.setPen(c.key_text)
                p.drawText(QRectF(w * 0.62, y, w * 0.38 - 6, geo.key_h), Qt.AlignmentFlag.AlignRight |
                           Qt.AlignmentFlag.AlignVCenter, note_name(pitch))
        p.setPen(c.border)
        p.drawLine(w - 1, 0, w - 1, self.height())


class Ruler(QWidget):
    """Bar numbers above the roll. Click sets the cursor; drag marks the loop region; the playhead shows."""

    cursor_set = Signal(float)
    loop_set = Signal(float, float)      # (start, end); end <= start clears the loop

    def __init__(self, geometry: RollGeometry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.geo = geometry
        self.cursor = 0.0
        self.playhead: float | None = None
        self.loop: tuple[float, float] | None = None
        self.snap_s = 0.0
        self._press_t: float | None = None
        self.setFixedHeight(RULER_HEIGHT)
        self.setToolTip(tr("Click to place the cursor (playback starts there); drag to mark a loop"))
        geometry.changed.connect(self.update)

    def _snapped(self, x: float) -> float:
        t = max(0.0, self.geo.t(x))
        return round(t / self.snap_s) * self.snap_s if self.snap_s > 0 else t

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_t = self._snapped(event.position().x())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press_t is not None:
            t = self._snapped(event.position().x())
            self.loop = (min(t, self._press_t), max(t, self._press_t)) if t != self._press_t else None
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press_t is None:
            return
        t = self._snapped(event.position().x())
        start, self._press_t = self._press_t, None
        if abs(self.geo.x(t) - self.geo.x(start)) < 3:
            self.cursor_set.emit(start)
        else:
            self.loop_set.emit(min(start, t), max(start, t))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        geo = self.geo
        c = roll_colours(self.palette())
        p.fillRect(self.rect(), c.ruler)
        if self.loop:
            x0, x1 = geo.x(self.loop[0]), geo.x(self.loop[1])
            p.fillRect(QRectF(x0, 0, x1 - x0, self.height()), QColor(78, 155, 230, 90))
        font = QFont(self.font())
        font.setPixelSize(10)
        p.setFont(font)
        t0, t1 = geo.t(0), geo.t(self.width())
        label_every = max(1, math.ceil(40 / max(1e-6, geo.bar_s * geo.px_per_s)))
        for t, level in geo.grid_lines(t0, t1, 0.0):
            x = geo.x(t)
            if level == 0:
                p.setPen(c.ruler_bar)
                p.drawLine(QPointF(x, self.height() * 0.35), QPointF(x, self.height()))
                bar = int(round(t / geo.bar_s))
                if bar % label_every == 0:
                    p.drawText(QPointF(x + 3, 11), str(bar + 1))
            else:
                p.setPen(c.ruler_beat)
                p.drawLine(QPointF(x, self.height() * 0.7), QPointF(x, self.height()))
        x = geo.x(self.cursor)
        p.setPen(QPen(c.cursor, 2))
        p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        if self.playhead is not None:
            x = geo.x(self.playhead)
            p.setPen(QPen(c.playhead, 2))
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))


class VelocityLane(QWidget):
    """Velocity of each visible note as a stalk under the roll; drag a stalk to change it (or the selection's)."""

    velocity_dragged = Signal(object, int, bool)   # (note ids, velocity 1..127, finished)

    def __init__(self, geometry: RollGeometry, roll, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.geo = geometry
        self.roll = roll               # the PianoRollView: document, selection, visible notes
        self._drag_ids: list[int] | None = None
        self.setMinimumHeight(60)
        self.setToolTip(tr("Velocity: drag a note's stalk up or down (all selected notes move together)"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        geometry.changed.connect(self.update)

    def _velocity(self, y: float) -> int:
        h = max(1, self.height() - 6)
        return int(min(127, max(1, round((1 - (y - 3) / h) * 127))))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self.roll.document is None:
            return
        x = event.position().x()
        a = self.roll.document.arrays()
        idx = self.roll.visible_indices()
        if not len(idx):
            return
        xs = (a.start[idx] - self.geo.left) * self.geo.px_per_s
        nearest = int(idx[abs(xs - x).argmin()])
        if abs(self.geo.x(a.start[nearest]) - x) > 6:
            return
        note_id = int(a.ids[nearest])
        selected = self.roll.selected_ids()
        self._drag_ids = sorted(selected) if note_id in selected else [note_id]
        self.velocity_dragged.emit(self._drag_ids, self._velocity(event.position().y()), False)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag_ids is not None:
            self.velocity_dragged.emit(self._drag_ids, self._velocity(event.position().y()), False)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag_ids is not None:
            ids, self._drag_ids = self._drag_ids, None
            self.velocity_dragged.emit(ids, self._velocity(event.position().y()), True)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        c = roll_colours(self.palette())
        p.fillRect(self.rect(), c.row)
        h = self.height() - 6
        p.setPen(c.lane_line)
        for frac in (0.25, 0.5, 0.75):
            p.drawLine(0, int(3 + h * frac), self.width(), int(3 + h * frac))
        p.setPen(c.grid[0])
        p.drawLine(0, 0, self.width(), 0)
        font = QFont(self.font())
        font.setPixelSize(10)
        p.setFont(font)
        p.setPen(c.lane_label)
        p.drawText(QPointF(4, 12), tr("Velocity"))
        doc = self.roll.document
        if doc is None:
            return
        a = doc.arrays()
        idx = self.roll.visible_indices(all_pitches=True)
        if not len(idx):
            return
        selected = self.roll.selected_ids()
        xs = ((a.start[idx] - self.geo.left) * self.geo.px_per_s).tolist()
        tops = (3 + h * (1 - a.velocity[idx] / 127.0)).tolist()
        is_selected = [int(i) in selected for i in a.ids[idx]] if selected else [False] * len(idx)
        # One drawLines and one drawRects per colour: a lane under 10,000 notes stays a few milliseconds.
        groups: dict[int, tuple[list, list]] = {}
        for x, top, track, sel in zip(xs, tops, a.track[idx].tolist(), is_selected):
            lines, heads = groups.setdefault(-1 if sel else track, ([], []))
            lines += [QPointF(x, 3 + h), QPointF(x, top)]
            heads.append(QRectF(x - 2, top - 2, 4, 4))
        for key, (lines, heads) in groups.items():
            colour = c.selected_note if key < 0 else track_colour(key)
            p.setPen(QPen(colour, 0))
            p.drawLines(lines)
            p.setBrush(colour)
            p.drawRects(heads)
