"""Cheap pyqtgraph items for live plots: a bold curve on Qt's fast stroke, and a grid beneath the curves.

Both exist for speed (figures in docs/benchmarks.md): a plot redrawn several times a second while a model
trains must not spend its frame in Qt's general path stroker or in plot-sized axis pictures.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen, QTransform


class BoldCurve(pg.PlotCurveItem):
    """A curve about two device pixels thick, drawn as three antialiased 1-pixel strokes side by side.

    Qt strokes a cosmetic pen of width 1 on a fast path; any wider antialiased pen goes through its
    general path stroker, 45 times slower (4 ms for a 1,120-point curve against 0.09 ms), which made the
    smoothed curves the costliest part of every redraw of a long run.
    """

    def paint(self, painter: QPainter, *args) -> None:
        transform = painter.worldTransform()
        for dx, dy in ((0.0, 0.0), (0.0, 1.0), (0.7, 0.5)):  # the third thickens the steep stretches
            painter.setWorldTransform(transform * QTransform.fromTranslate(dx, dy))  # in device pixels
            super().paint(painter, *args)
        painter.setWorldTransform(transform)

    def pixelPadding(self) -> float:  # noqa: N802 - pyqtgraph's name
        return super().pixelPadding() + 1.0


class GridItem(pg.GraphicsObject):
    """Grid lines at a panel's tick positions, drawn opaque, uncached, beneath the curves.

    pyqtgraph draws its own grid as part of each axis, which makes every axis (and its cached picture)
    as large as the whole plot: each curve update then blends those plot-sized pictures again, and each
    range change re-renders them. This item lives in the view box's pixel coordinates and draws a few
    1-pixel lines, which costs next to nothing.
    """

    def __init__(self, panel: pg.PlotItem, color: QColor) -> None:
        super().__init__()
        self._view = panel.getViewBox()
        self._axes = (panel.getAxis("bottom"), panel.getAxis("left"))
        self._major = QPen(color, 0)                        # 0: cosmetic, one device pixel wide
        minor = QColor(color)
        minor.setAlpha(90)
        self._minor = QPen(minor, 0)
        self.setParentItem(self._view)
        self.setZValue(-1e5)                                # above the view's background, below its items
        self.setFlag(self.GraphicsItemFlag.ItemIgnoresParentOpacity)
        self._key: tuple | None = None
        self._cached: tuple[list[QLineF], list[QLineF]] = ([], [])
        self._view.sigResized.connect(self._resized)
        self._view.sigRangeChanged.connect(lambda *_a: self.update())

    def major_color(self) -> QColor:
        """The colour of the lines at major ticks (minor ones are the same, fainter)."""
        return self._major.color()

    def _resized(self, *_args) -> None:
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._view.boundingRect()

    def paint(self, painter: QPainter, *_args) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for pen, lines in zip((self._minor, self._major), self._lines()):
            painter.setPen(pen)
            painter.drawLines(lines)

    def _lines(self) -> tuple[list[QLineF], list[QLineF]]:
        """Minor and major lines, worked out again only when the range or the size changed: the grid is
        painted again with every curve update, which leaves both alone."""
        rect = self._view.boundingRect()
        (x0, x1), (y0, y1) = self._view.viewRange()
        key = (rect.width(), rect.height(), x0, x1, y0, y1, self._axes[1].logMode)
        if key == self._key:
            return self._cached
        self._key, self._cached = key, ([], [])
        if rect.width() < 2 or rect.height() < 2 or x1 <= x0 or y1 <= y0:
            return self._cached
        bottom, left = self._axes
        for level, lines in ((1, self._cached[0]), (0, self._cached[1])):
            for x in tick_values(bottom, x0, x1, rect.width(), level):
                px = round(rect.left() + (x - x0) / (x1 - x0) * rect.width()) + 0.5
                lines.append(QLineF(px, rect.top(), px, rect.bottom()))
            for y in tick_values(left, y0, y1, rect.height(), level):
                py = round(rect.bottom() - (y - y0) / (y1 - y0) * rect.height()) + 0.5
                lines.append(QLineF(rect.left(), py, rect.right(), py))
        return self._cached


def tick_values(axis: pg.AxisItem, lo: float, hi: float, pixels: float, level: int) -> list[float]:
    """The axis's tick values of one level (0 major, 1 minor) inside [lo, hi], as the axis draws them."""
    levels = axis.tickValues(lo, hi, pixels)
    if level >= len(levels):
        return []
    return [v for v in levels[level][1] if lo < v < hi]  # pyqtgraph leaves the major ones out of minor
