"""LoudnessPlot: a file's waveform above its loudness curve, a draggable threshold line, and the
highlights as shaded regions whose edges can be dragged."""

from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from studio.ui.i18n import tr

ON_BRUSH = QColor(255, 170, 0, 70)
OFF_BRUSH = QColor(140, 140, 140, 40)
SELECTED_BRUSH = QColor(255, 120, 0, 120)


class LoudnessPlot(QWidget):
    """Signals: ``thresholdMoved(value)`` while the line is dragged, ``thresholdChosen(value)`` when it
    is let go, ``segmentEdited(index, start, end)`` when a region's edge is let go,
    ``segmentClicked(index)``."""

    thresholdMoved = Signal(float)
    thresholdChosen = Signal(float)
    segmentEdited = Signal(int, float, float)
    segmentClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground(self.palette().base().color())     # white, or dark in the dark theme
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.wave_plot = self.view.addPlot(row=0, col=0)
        self.loud_plot = self.view.addPlot(row=1, col=0)
        self.view.ci.layout.setRowStretchFactor(0, 2)
        self.view.ci.layout.setRowStretchFactor(1, 3)
        for plot in (self.wave_plot, self.loud_plot):
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.setMouseEnabled(x=True, y=False)
            plot.getViewBox().setLimits(xMin=0)
            plot.setMenuEnabled(False)
            plot.hideButtons()  # pyqtgraph's "A" (auto-range) button would appear after every drag
        self.wave_plot.setXLink(self.loud_plot)
        self.wave_plot.setLabel("left", tr("waveform"))
        # Samples are fractions of full scale: without this the axis reads "waveform (x0.001)".
        self.wave_plot.getAxis("left").enableAutoSIPrefix(False)
        self.wave_plot.hideAxis("bottom")
        self.loud_plot.setLabel("bottom", tr("time"), units="s")
        self.loud_plot.setLabel("left", tr("loudness"), units="dBFS")
        pen = pg.mkPen(QColor(60, 90, 160), width=1)
        brush = pg.mkBrush(QColor(60, 90, 160, 150))
        # One persistent item per series, fed whole arrays; "peak" downsampling keeps hours smooth.
        self.wave_hi = pg.PlotDataItem(pen=pen, fillLevel=0.0, brush=brush)
        self.wave_lo = pg.PlotDataItem(pen=pen, fillLevel=0.0, brush=brush)
        self.curve = pg.PlotDataItem(pen=pg.mkPen(self.palette().text().color(), width=1.5))
        for item, plot in ((self.wave_hi, self.wave_plot), (self.wave_lo, self.wave_plot),
                           (self.curve, self.loud_plot)):
            item.setDownsampling(auto=True, method="peak")
            item.setClipToView(True)
            plot.addItem(item)
        self.threshold = pg.InfiniteLine(angle=0, movable=True, pen=pg.mkPen(QColor(210, 30, 30), width=2),
                                         hoverPen=pg.mkPen(QColor(255, 60, 60), width=4),
                                         label=tr("threshold {value:.1f}"), labelOpts={
                                             "position": 0.93, "color": (200, 30, 30), "fill": (255, 255, 255, 200),
                                             "movable": True})
        self.threshold.setZValue(20)
        self.threshold.setToolTip(tr("Drag the line: everything louder than it counts as a highlight."))
        self._quiet = False  # set while the program (not the user) moves the line
        self.threshold.sigPositionChanged.connect(self._line_moved)
        self.threshold.sigPositionChangeFinished.connect(
            lambda line: self.thresholdChosen.emit(float(line.value())))
        self.loud_plot.addItem(self.threshold)
        self.threshold.hide()
        self._regions: list[pg.LinearRegionItem] = []
        self._shadows: list[pg.LinearRegionItem] = []
        self._unit = "dBFS"
        self._selected = -1

    # -- read-only views (for tests and tools) -----------------------------------------------------
    def axis_label(self, plot: str, side: str = "left") -> str:
        """The text an axis shows ("wave" or "loudness" plot), without HTML."""
        axis = (self.wave_plot if plot == "wave" else self.loud_plot).getAxis(side)
        return re.sub(r"<[^>]+>", "", axis.labelString()).strip()

    def auto_range_buttons_visible(self) -> bool:
        """True when pyqtgraph's "A" (auto-range) button shows on either plot."""
        return any(p.autoBtn.isVisible() for p in (self.wave_plot, self.loud_plot))

    # -- data -------------------------------------------------------------------------------------
    def clear(self) -> None:
        for item in (self.wave_hi, self.wave_lo, self.curve):
            item.setData([], [])
        self.threshold.hide()
        self.set_segments([])

    def set_waveform(self, times: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> None:
        self.wave_hi.setData(times, hi)
        self.wave_lo.setData(times, lo)
        peak = float(max(np.abs(lo).max(initial=0), np.abs(hi).max(initial=0), 1e-3))
        self.wave_plot.setYRange(-peak, peak, padding=0.05)

    def set_curve(self, times: np.ndarray, values: np.ndarray, unit: str) -> None:
        self._unit = unit
        self.curve.setData(times, values)
        if unit == "energy":
            self.loud_plot.setLabel("left", tr("chunk energy"), units="")
            top = float(values.max(initial=1.0))
            self.loud_plot.setYRange(0, top * 1.1 if top > 0 else 1)
        else:
            self.loud_plot.setLabel("left", tr("loudness"), units=unit)
            voiced = values[values > -90]
            low = float(np.percentile(voiced, 1)) - 6 if voiced.size else -90
            self.loud_plot.setYRange(max(low, -90), max(float(values.max(initial=-20)), low + 10) + 3)
        if times.size:
            self.loud_plot.setXRange(0, float(times[-1]), padding=0.01)
        self.threshold.label.setFormat(tr("threshold {value:,.0f}") if unit == "energy" else
                                       tr("threshold {value:.1f} ") + unit)

    def set_threshold(self, value: float) -> None:
        self.threshold.show()  # before setValue: a hidden line's label does not follow its value
        self._quiet = True
        try:
            self.threshold.setValue(value)
        finally:
            self._quiet = False
        self.threshold.label.valueChanged()

    def _line_moved(self, line) -> None:
        if not self._quiet:
            self.thresholdMoved.emit(float(line.value()))

    def threshold_value(self) -> float:
        return float(self.threshold.value())

    def set_segments(self, segments: list[tuple[float, float, bool]], selected: int = -1) -> None:
        """Show the segments as regions; items are reused, so this is cheap to call on every change."""
        self._selected = selected
        while len(self._regions) < len(segments):
            i = len(self._regions)
            region = pg.LinearRegionItem(movable=True, swapMode="block")
            region.setZValue(-10)
            region.sigRegionChangeFinished.connect(lambda r, i=i: self._region_moved(i))
            region.mouseClickEvent = lambda ev, i=i: self._region_clicked(ev, i)
            self.loud_plot.addItem(region)
            shadow = pg.LinearRegionItem(movable=False)
            shadow.setZValue(-10)
            self.wave_plot.addItem(shadow)
            self._regions.append(region)
            self._shadows.append(shadow)
        for i, (region, shadow) in enumerate(zip(self._regions, self._shadows)):
            if i < len(segments):
                start, end, enabled = segments[i]
                brush = SELECTED_BRUSH if i == selected else (ON_BRUSH if enabled else OFF_BRUSH)
                for r in (region, shadow):
                    r.blockSignals(True)
                    r.setRegion((start, end))
                    r.setBrush(brush)
                    r.blockSignals(False)
                    r.show()
                region.setToolTip(tr("Highlight {n}: {start:.2f}–{end:.2f} s. Drag an edge to adjust it.").format(
                    n=i + 1, start=start, end=end))
            else:
                region.hide()
                shadow.hide()

    def visible_regions(self) -> list[tuple[float, float]]:
        return [tuple(r.getRegion()) for r in self._regions if r.isVisible()]

    def region_item(self, index: int) -> pg.LinearRegionItem:
        return self._regions[index]

    def show_range(self, start: float, end: float) -> None:
        pad = max(2.0, (end - start) * 0.5)
        self.loud_plot.setXRange(max(0.0, start - pad), end + pad, padding=0)

    def _region_moved(self, index: int) -> None:
        start, end = self._regions[index].getRegion()
        self._shadows[index].setRegion((start, end))
        self.segmentEdited.emit(index, float(start), float(end))

    def _region_clicked(self, ev, index: int) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self.segmentClicked.emit(index)
