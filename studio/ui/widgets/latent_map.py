"""LatentMap: a pyqtgraph scatter of encoded images, coloured by label, with a crosshair you drag."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

# Tableau's ten colours: distinct, and readable on a dark background.
PALETTE = [(31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
           (140, 86, 75), (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207)]


def label_colour(label: int, n_labels: int) -> tuple[int, int, int]:
    if label < 0:
        return (170, 170, 170)
    if n_labels <= len(PALETTE):
        return PALETTE[label % len(PALETTE)]
    c = pg.intColor(label, hues=max(n_labels, 1))
    return (c.red(), c.green(), c.blue())


class LatentMap(QWidget):
    """The map of a latent plane.

    One ScatterPlotItem per label (so the legend is pyqtgraph's own) holds the points as whole arrays;
    each point's data is its index in the validation set. Signals:

    - ``moved(a, b)`` while the crosshair is dragged (not when it is moved from code);
    - ``point_clicked(index)`` when a point is clicked;
    - ``view_changed(x0, x1, y0, y1)`` after panning or zooming, at most every 40 ms.
    """

    moved = Signal(float, float)
    point_clicked = Signal(int)
    view_changed = Signal(float, float, float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(background=(24, 24, 28))
        self.plot.setAspectLocked(True)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.setMenuEnabled(False)
        self.plot.getPlotItem().hideButtons()
        self.plot.setLabel("bottom", "z0")
        self.plot.setLabel("left", "z1")
        self.legend = self.plot.addLegend(offset=(8, 8), labelTextColor=(220, 220, 220),
                                          brush=pg.mkBrush(24, 24, 28, 200), pen=pg.mkPen(70, 70, 80))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self._scatters: list[pg.ScatterPlotItem] = []

        # Interpolation end points and the path between them.
        self.path = pg.PlotDataItem(pen=pg.mkPen((255, 255, 255, 150), width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine))
        self.path.setZValue(5)
        self.plot.addItem(self.path)
        self.endpoints = pg.ScatterPlotItem(size=11, pen=pg.mkPen("w", width=1.5), brush=pg.mkBrush(255, 200, 0))
        self.endpoints.setZValue(6)
        self.plot.addItem(self.endpoints)
        # The sketch's code and a highlighted image (from the anomaly list).
        self.sketch_marker = pg.ScatterPlotItem(size=16, symbol="star", pen=pg.mkPen("k", width=1),
                                                brush=pg.mkBrush(255, 80, 200))
        self.sketch_marker.setZValue(7)
        self.plot.addItem(self.sketch_marker)
        self.highlight_marker = pg.ScatterPlotItem(size=18, symbol="o", pen=pg.mkPen((255, 60, 60), width=2.5),
                                                   brush=None)
        self.highlight_marker.setZValue(7)
        self.plot.addItem(self.highlight_marker)

        # The crosshair: a draggable target and two thin lines that follow it.
        line_pen = pg.mkPen((255, 255, 255, 90), width=1)
        self.vline = pg.InfiniteLine(angle=90, movable=False, pen=line_pen)
        self.hline = pg.InfiniteLine(angle=0, movable=False, pen=line_pen)
        for line in (self.vline, self.hline):
            line.setZValue(8)
            self.plot.addItem(line, ignoreBounds=True)
        self.target = pg.TargetItem(pos=(0, 0), size=22, symbol="crosshair", movable=True,
                                    pen=pg.mkPen((255, 255, 255), width=2), hoverPen=pg.mkPen((255, 220, 0), width=2),
                                    brush=pg.mkBrush(255, 255, 255, 40))
        self.target.setZValue(10)
        self.plot.addItem(self.target)
        self._setting = False
        self.target.sigPositionChanged.connect(self._on_target)

        self._view_timer = QTimer(self)
        self._view_timer.setSingleShot(True)
        self._view_timer.setInterval(40)
        self._view_timer.timeout.connect(self._emit_view)
        self.plot.getViewBox().sigRangeChanged.connect(lambda *_: self._view_timer.start())

    # Data ------------------------------------------------------------------------------------------

    def set_points(self, xy: np.ndarray, labels: np.ndarray, label_names: list[str]) -> None:
        """Show (N, 2) points coloured by ``labels`` (N,), with a legend of ``label_names``."""
        for item in self._scatters:
            self.plot.removeItem(item)
        self._scatters = []
        self.legend.clear()
        labels = np.asarray(labels)
        present = sorted(int(v) for v in np.unique(labels))
        n_labels = max(len(label_names), (max(present) + 1) if present else 0)
        for label in present:
            idx = np.nonzero(labels == label)[0]
            colour = label_colour(label, n_labels)
            item = pg.ScatterPlotItem(x=xy[idx, 0], y=xy[idx, 1], data=idx, size=5, pen=None,
                                      brush=pg.mkBrush(*colour, 190), hoverable=False)
            item.setZValue(1)
            item.sigClicked.connect(self._on_click)
            self.plot.addItem(item)
            self._scatters.append(item)
            name = label_names[label] if 0 <= label < len(label_names) else ("unlabelled" if label < 0 else str(label))
            sample = pg.ScatterPlotItem(size=9, pen=None, brush=pg.mkBrush(*colour))
            self.legend.addItem(sample, name)
        self.sketch_marker.setData([])
        self.highlight_marker.setData([])

    def point_count(self) -> int:
        return sum(len(item.data) for item in self._scatters)

    def set_axis_labels(self, x: str, y: str) -> None:
        self.plot.setLabel("bottom", x)
        self.plot.setLabel("left", y)

    def set_range(self, x0: float, x1: float, y0: float, y1: float) -> None:
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def visible_rect(self) -> tuple[float, float, float, float]:
        (x0, x1), (y0, y1) = self.plot.getViewBox().viewRange()
        return float(x0), float(x1), float(y0), float(y1)

    # Markers ---------------------------------------------------------------------------------------

    def set_cursor(self, a: float, b: float) -> None:
        """Move the crosshair from code (no ``moved`` signal)."""
        self._setting = True
        try:
            self.target.setPos(QPointF(a, b))
        finally:
            self._setting = False
        self.vline.setPos(a)
        self.hline.setPos(b)

    def cursor(self) -> tuple[float, float]:
        p = self.target.pos()
        return float(p.x()), float(p.y())

    def set_sketch_point(self, ab: tuple[float, float] | None) -> None:
        self.sketch_marker.setData([] if ab is None else [{"pos": ab}])

    def set_highlight(self, ab: tuple[float, float] | None) -> None:
        self.highlight_marker.setData([] if ab is None else [{"pos": ab}])

    def set_path(self, start: tuple[float, float] | None, end: tuple[float, float] | None,
                 path: np.ndarray | None = None) -> None:
        """Show the interpolation's end points and (projected) path."""
        points = [p for p in (start, end) if p is not None]
        self.endpoints.setData(pos=points if points else np.zeros((0, 2)))
        if path is not None and len(path) > 1:
            self.path.setData(path[:, 0], path[:, 1])
        else:
            self.path.setData([], [])

    # Slots -----------------------------------------------------------------------------------------

    def _on_target(self, *_args) -> None:
        a, b = self.cursor()
        self.vline.setPos(a)
        self.hline.setPos(b)
        if not self._setting:
            self.moved.emit(a, b)

    def _on_click(self, _item, points, _event=None) -> None:
        if len(points):
            self.point_clicked.emit(int(points[0].data()))

    def _emit_view(self) -> None:
        self.view_changed.emit(*self.visible_rect())
