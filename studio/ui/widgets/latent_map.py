"""LatentMap: a pyqtgraph scatter of encoded images, coloured by label, with a crosshair you drag."""

from __future__ import annotations

from typing import Iterator

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QVBoxLayout, QWidget

from studio.ui.widgets.plot_items import GridItem

# Items whose pictures are cached as pixmaps in device coordinates: moving the crosshair then only blits
# them instead of redrawing 10,000 points and the grid (panning or zooming redraws them once).
_CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache

# The grid's major lines (the minor ones are fainter), as bright as pyqtgraph's own grid looked on this background.
GRID_COLOUR = (55, 55, 60)

# Legend entries built per step by ``points_in_steps``.
LEGEND_PER_STEP = 4

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

    One ScatterPlotItem holds all the points as whole arrays, each point's data being its index in the
    validation set; the legend shows one sample per label. Signals:

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
        # The studio's grid item, not pyqtgraph's: that one is drawn by the axes, which makes each axis (and
        # its cached picture) as large as the map, and re-rendering them took 30-50 ms of every pan, zoom
        # and new run shown (10 ms without).
        self.grid = GridItem(self.plot.getPlotItem(), QColor(*GRID_COLOUR))
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setCacheMode(_CACHED)
        self.plot.setMenuEnabled(False)
        self.plot.getPlotItem().hideButtons()
        self.plot.setLabel("bottom", "z0")
        self.plot.setLabel("left", "z1")
        self.legend = self.plot.addLegend(offset=(8, 8), labelTextColor=(220, 220, 220),
                                          brush=pg.mkBrush(24, 24, 28, 200), pen=pg.mkPen(70, 70, 80))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.scatter = pg.ScatterPlotItem(size=5, pen=None, hoverable=False)
        self.scatter.setZValue(1)
        self.scatter.setCacheMode(_CACHED)
        self.scatter.sigClicked.connect(self._on_click)
        self.plot.addItem(self.scatter)
        self._n_points = 0
        self._legend: list[tuple[str, tuple[int, int, int]]] = []     # (name, colour) of each entry shown
        self._legend_items: list[pg.ScatterPlotItem] = []

        # Interpolation end points and the path between them.
        self.path = pg.PlotDataItem(pen=pg.mkPen((255, 255, 255, 150), width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine))
        self.path.setZValue(5)
        self.plot.addItem(self.path)
        self.endpoints = pg.ScatterPlotItem(size=11, pen=pg.mkPen("w", width=1.5), brush=pg.mkBrush(255, 200, 0))
        self.endpoints.setZValue(6)
        self.plot.addItem(self.endpoints)
        # The sketch's code and a highlighted image (from the anomaly list).
        self.sketch_marker = pg.ScatterPlotItem(size=22, symbol="star", pen=pg.mkPen("w", width=1.5),
                                                brush=pg.mkBrush(255, 80, 200))
        self.sketch_marker.setZValue(7)
        self.plot.addItem(self.sketch_marker)
        self.highlight_marker = pg.ScatterPlotItem(size=18, symbol="o", pen=pg.mkPen((255, 60, 60), width=2.5),
                                                   brush=None)
        self.highlight_marker.setZValue(7)
        self.plot.addItem(self.highlight_marker)

        # The crosshair. (Lines across the whole map would look nice but make every move repaint all of it.)
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
        for _ in self.points_in_steps(xy, labels, label_names):
            pass

    def points_in_steps(self, xy: np.ndarray, labels: np.ndarray, label_names: list[str],
                        legend_per_step: int = LEGEND_PER_STEP) -> Iterator[None]:
        """``set_points`` as a generator: the points, then the legend's entries a few at a time, yielding
        between them, so that a caller can spread the work over passes of the event loop (an entry, a text
        item and a sample, costs ~1 ms). A legend with the same entries as the one shown is kept."""
        labels = np.asarray(labels, dtype=np.int64)
        # The labels present, without np.unique: its first call imports numpy.ma (~10-40 ms) on this thread.
        low = int(labels.min()) if labels.size else 0
        present = [int(v) + low for v in np.flatnonzero(np.bincount(labels - low))] if labels.size else []
        n_labels = max(len(label_names), (max(present) + 1) if present else 0)
        colours = [label_colour(label, n_labels) for label in present]
        # One item for every point (one cached picture to blit), with one brush per point from a few shared ones.
        brushes = np.empty(len(present), dtype=object)
        brushes[:] = [pg.mkBrush(*c, 190) for c in colours]
        self.scatter.setData(x=xy[:, 0], y=xy[:, 1], data=np.arange(len(xy)),
                             brush=brushes[np.searchsorted(present, labels)] if len(present) else [])
        self._n_points = len(xy)
        self.sketch_marker.setData([])
        self.highlight_marker.setData([])
        names = [label_names[label] if 0 <= label < len(label_names) else ("unlabelled" if label < 0 else str(label))
                 for label in present]
        legend = list(zip(names, colours))
        if legend == self._legend:
            return
        yield                                    # the points are shown: the legend from the next step on
        self.legend.clear()
        self._legend, self._legend_items = [], []
        for i, (name, colour) in enumerate(legend):
            if i and i % legend_per_step == 0:
                yield
            sample = pg.ScatterPlotItem(size=9, pen=None, brush=pg.mkBrush(*colour))
            self._legend_items.append(sample)
            self.legend.addItem(sample, name)
        self._legend = legend

    def legend_names(self) -> list[str]:
        """The legend's entries, in order."""
        return [name for name, _colour in self._legend]

    def point_count(self) -> int:
        return self._n_points

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
        if not self._setting:
            self.moved.emit(*self.cursor())

    def _on_click(self, _item, points, _event=None) -> None:
        if len(points):
            self.point_clicked.emit(int(points[0].data()))

    def _emit_view(self) -> None:
        self.view_changed.emit(*self.visible_rect())
