"""SketchPad: a square canvas to draw on with the mouse or a pen (brush size, eraser, clear, undo)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

CANVAS_SIDE = 280  # ten canvas pixels per pixel of a 28×28 image
MAX_UNDO = 50


class SketchPad(QWidget):
    """White ink on black, like MNIST. Strokes are drawn into a fixed-size canvas that the widget scales.

    Signals: ``changed`` while drawing (each stroke segment) and after clear/undo; ``stroke_finished``
    when the pen lifts. A tablet pen's pressure thins or thickens the line.
    """

    changed = Signal()
    stroke_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = QImage(CANVAS_SIDE, CANVAS_SIDE, QImage.Format.Format_Grayscale8)
        self.canvas.fill(0)
        self.brush_size = 22.0          # in canvas pixels
        self.eraser = False
        self._undo: list[QImage] = []
        self._last: QPointF | None = None
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(240, 240)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return width

    # Public API ------------------------------------------------------------------------------------

    def clear(self) -> None:
        self._push_undo()
        self.canvas.fill(0)
        self.update()
        self.changed.emit()

    def undo(self) -> bool:
        if not self._undo:
            return False
        self.canvas = self._undo.pop()
        self.update()
        self.changed.emit()
        return True

    def can_undo(self) -> bool:
        return bool(self._undo)

    def is_blank(self) -> bool:
        return not self.to_array().any()

    def to_array(self) -> np.ndarray:
        """The canvas as (280, 280) floats in [0, 1]."""
        ptr = self.canvas.constBits()
        arr = np.frombuffer(ptr, dtype=np.uint8).reshape(CANVAS_SIDE, self.canvas.bytesPerLine())
        return arr[:, :CANVAS_SIDE].astype(np.float32) / 255.0

    def draw_stroke(self, points: list[tuple[float, float]], width: float | None = None) -> None:
        """Draw a stroke through canvas coordinates (0..280) as if drawn by hand (used by tests and demos)."""
        if not points:
            return
        self._push_undo()
        self._last = QPointF(*points[0])
        self._segment(QPointF(*points[0]), width)
        for p in points[1:]:
            self._segment(QPointF(*p), width)
        self._last = None
        self.stroke_finished.emit()

    # Drawing ---------------------------------------------------------------------------------------

    def _square(self) -> QRectF:
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _to_canvas(self, pos: QPointF) -> QPointF:
        sq = self._square()
        s = CANVAS_SIDE / max(sq.width(), 1.0)
        return QPointF((pos.x() - sq.x()) * s, (pos.y() - sq.y()) * s)

    def _push_undo(self) -> None:
        self._undo.append(self.canvas.copy())
        del self._undo[:-MAX_UNDO]

    def _segment(self, to: QPointF, width: float | None = None, pressure: float = 1.0) -> None:
        painter = QPainter(self.canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colour = QColor(0, 0, 0) if self.eraser else QColor(255, 255, 255)
        size = (width if width is not None else self.brush_size) * (0.4 + 0.6 * pressure)
        if self.eraser:
            size *= 1.5
        painter.setPen(QPen(colour, size, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        start = self._last if self._last is not None else to
        if start == to:
            painter.drawPoint(to)
        else:
            painter.drawLine(start, to)
        painter.end()
        self._last = to
        self.update()
        self.changed.emit()

    def _begin(self, pos: QPointF, pressure: float = 1.0) -> None:
        self._push_undo()
        self._last = None
        self._segment(self._to_canvas(pos), pressure=pressure)

    def _end(self) -> None:
        if self._last is not None:
            self._last = None
            self.stroke_finished.emit()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.buttons() & Qt.MouseButton.LeftButton and self._last is not None:
            self._segment(self._to_canvas(event.position()))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self._end()

    def tabletEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # A pen: use its pressure. Accepting the event stops Qt from also sending it as a mouse event.
        kind = event.type()
        pressure = float(event.pressure()) if event.pressure() > 0 else 1.0
        if kind == event.Type.TabletPress:
            self._begin(event.position(), pressure)
        elif kind == event.Type.TabletMove and self._last is not None:
            self._segment(self._to_canvas(event.position()), pressure=pressure)
        elif kind == event.Type.TabletRelease:
            self._end()
        event.accept()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        sq = self._square()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(sq, self.canvas)
        painter.setPen(QPen(QColor(90, 90, 100), 1))
        painter.drawRect(sq.adjusted(0, 0, -1, -1))
        # The box that MNIST-style framing fits the drawing into, as a faint guide.
        m = sq.width() * 4 / 28
        painter.setPen(QPen(QColor(70, 70, 80), 1, Qt.PenStyle.DotLine))
        painter.drawRect(sq.adjusted(m, m, -m, -m))
        painter.end()
