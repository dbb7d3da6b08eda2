"""How LossPlot draws one series: persistent items that get whole arrays, and what has been drawn of them.

A training series is a faint raw curve under its smoothed curve (a debiased EMA over the full series,
``studio.core.smoothing``); a validation series (one point per epoch) is drawn as it is, with markers.
Nothing is added per point: each update hands whole, peak-thinned arrays to ``setData``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from studio.core.curves import RunCurves, Series
from studio.core.smoothing import EmaSmoother, peak_decimate
from studio.ui.widgets.plot_items import BoldCurve

# Points handed to pyqtgraph per curve at most; pyqtgraph thins further for the visible range.
MAX_DRAW_POINTS = 20_000
# The smoothed curve has no detail to lose at a few thousand points (peak-thinned, so its envelope stays).
SMOOTH_DRAW_POINTS = 4_000


@dataclass
class CurveItems:
    """The items drawing one series and what has been drawn of it."""

    series: Series
    split: str
    raw: pg.PlotDataItem
    smooth: BoldCurve | None
    smoother: EmaSmoother | None = None
    legend_sample: pg.PlotDataItem | None = None  # what the legend shows for the smoothed curve
    smoothed: np.ndarray = field(default_factory=lambda: np.empty(0))
    drawn_version: int = -1

    def restart_smoothing(self, weight: float) -> None:
        """Smooth the whole series again with ``weight`` at the next draw."""
        if self.smoother is not None:
            self.smoother = EmaSmoother(weight)
            self.smoothed = np.empty(0)
            self.drawn_version = -1

    def draw(self, x_axis: str, log_y: bool, smoothing: float) -> None:
        """Hand the series (and its smoothed values, extended by what is new) to the items."""
        series = self.series
        x = series.x(x_axis)
        y = series.values
        keep = y > 0 if log_y else slice(None)  # a log axis has no place for zero or less
        if self.smoother is not None:
            done = len(self.smoothed)
            if len(y) > done:
                self.smoothed = np.concatenate([self.smoothed, self.smoother.extend(y[done:])])
            if smoothing > 0:
                self.smooth.setData(*peak_decimate(x[keep], self.smoothed[keep], SMOOTH_DRAW_POINTS))
                self.smooth.show()
            else:
                self.smooth.hide()
        self.raw.setData(*peak_decimate(x[keep], y[keep], MAX_DRAW_POINTS))
        self.drawn_version = series.version

    def remove_from(self, panel: pg.PlotItem) -> None:
        for item in (self.raw, self.smooth):
            if item is not None:
                panel.removeItem(item)
        if self.legend_sample is not None and panel.legend is not None:
            panel.legend.removeItem(self.legend_sample)


@dataclass
class RunItems:
    """One shown run: its legend label, its curves, and the items of each (term, split)."""

    label: str
    curves: RunCurves
    items: dict[tuple[str, str], CurveItems] = field(default_factory=dict)


def make_curve(panel: pg.PlotItem, series: Series, split: str, label: str, single: bool, color: str,
               smoothing: float) -> CurveItems:
    """Add the items of one series to ``panel`` (and its legend, where it has one).

    ``single``: the run is shown alone, so training and validation differ by colour and the legend
    names the split only; several runs differ by colour, and validation is dashed.
    """
    name = ("training" if split == "train" else "validation") if single else \
        f"{label} · {'train' if split == 'train' else 'val'}"
    # Antialiasing and dashes cost the most when Qt paints a curve, so only the curve the eye follows
    # (the smoothed one) is antialiased, and validation is dashed only where colours cannot tell it apart.
    if split == "train":
        faint = QColor(color)
        faint.setAlpha(70)
        raw = pg.PlotDataItem(pen=pg.mkPen(faint, width=1))
        smooth = BoldCurve(pen=pg.mkPen(color, width=1), antialias=True, skipFiniteCheck=True)
        raw.setDownsampling(auto=True, method="peak")
        raw.setClipToView(True)
        panel.addItem(raw)
        panel.addItem(smooth)
        sample = None
        if panel.legend is not None:  # a 2-px line for the legend, as thick as the curve looks
            sample = pg.PlotDataItem(pen=pg.mkPen(color, width=2), antialias=True)
            panel.legend.addItem(sample, name)
        return CurveItems(series, split, raw, smooth, EmaSmoother(smoothing), legend_sample=sample)
    style = Qt.PenStyle.SolidLine if single else Qt.PenStyle.DashLine
    raw = pg.PlotDataItem(pen=pg.mkPen(color, width=1.5, style=style), symbol="o", symbolSize=6,
                          symbolBrush=color, symbolPen=pg.mkPen(color), name=name)
    raw.setClipToView(True)
    panel.addItem(raw)
    return CurveItems(series, split, raw, None)
