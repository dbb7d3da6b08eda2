"""How LossPlot draws one series: persistent items that get small arrays, and what has been drawn of them.

A training series is a faint raw curve under its smoothed curve (a debiased EMA over the full series,
``studio.core.smoothing``, extended by the new points only); a validation series (one point per epoch) is
drawn as it is, with markers while they are far enough apart to tell. Nothing is added per point, and
nothing is recomputed over the whole series per update: each curve keeps min/max pyramids
(``studio.core.envelope``) that grow with the series, and each draw hands ``setData`` the envelope of the
visible x range at two points per pixel at most, so a redraw costs the same at 5,000 points as at 200,000.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from studio.core.curves import RunCurves, Series
from studio.core.envelope import MinMaxPyramid
from studio.core.smoothing import EmaSmoother
from studio.ui.widgets.plot_items import BoldCurve

# Markers on a validation curve closer than this on average (pixels) would merge into a band: drop them.
MARKER_SPACING_PX = 8.0
MARKER_SIZE = 6


@dataclass
class View:
    """What a draw needs to know of its panel: the visible x range and its width in device pixels."""

    x0: float
    x1: float
    pixels: int


@dataclass
class CurveItems:
    """The items drawing one series and what has been drawn of it."""

    series: Series
    split: str
    raw: pg.PlotCurveItem | pg.PlotDataItem  # a validation curve's item has markers
    smooth: BoldCurve | None
    smoother: EmaSmoother | None = None
    legend_sample: pg.PlotDataItem | None = None  # what the legend shows for the smoothed curve
    drawn_version: int = -1
    markers: bool = False                          # whether the raw curve shows its symbols now
    _raw_env: MinMaxPyramid | None = None          # the values (non-positive ones as NaN on a log axis)
    _smooth_env: MinMaxPyramid | None = None       # the smoothed values, likewise
    _log_y: bool = False
    _generation: int = 0                           # the series' thinnings the pyramids have followed
    _sorted: dict[str, tuple[int, bool]] = field(default_factory=dict)  # axis -> (points checked, in order)

    def restart_smoothing(self, weight: float) -> None:
        """Smooth the whole series again with ``weight`` at the next draw."""
        if self.smoother is not None:
            self.smoother = EmaSmoother(weight)
            self._smooth_env = None
            self.drawn_version = -1

    def sync(self, x_axis: str, log_y: bool) -> None:
        """Bring the pyramids and bounds up to the series (rebuilt whole only when the y axis changed
        scale); ``draw`` then draws them."""
        if log_y != self._log_y:
            self._log_y = log_y
            self._raw_env = self._smooth_env = None
            if self.smoother is not None:
                self.smoother = EmaSmoother(self.smoother.weight)
            # The ranges are fitted before the curves draw again: until then the items must not offer
            # the other scale's points (on a log axis, values of zero or less have no place).
            for item in (self.raw, self.smooth):
                if item is not None:
                    item.setData([], [])
        if self._generation != self.series.generation:
            self._follow_thinning()
        y = self.series.values
        if self._raw_env is None:
            # On a linear axis the pyramid reads the series' own values (no copy of a long run's curve).
            series = self.series
            self._raw_env = MinMaxPyramid() if log_y else MinMaxPyramid(lambda: series.values)
        done = len(self._raw_env)
        if len(y) > done:
            self._raw_env.extend(self._for_axis(y[done:]))
        if self.smoother is not None:
            if self._smooth_env is None:
                self._smooth_env = MinMaxPyramid()
                self.smoother.reset()
            done = len(self._smooth_env)
            if len(y) > done:
                self._smooth_env.extend(self._for_axis(self.smoother.extend(y[done:])))
        self._in_order(x_axis, self.series.x(x_axis))

    def behind_thinning(self) -> bool:
        """Whether the series thinned its points since the pyramids were built (they must be built again:
        a few milliseconds for a curve at its ``MAX_POINTS``)."""
        return self._generation != self.series.generation and self._raw_env is not None

    def _follow_thinning(self) -> None:
        """The series thinned its older points (``studio.core.curves.MAX_POINTS``): the pyramids index the
        stored points, so they are built again; the smoothed values of the points kept are carried over
        (smoothing them again would smooth only the extremes that were kept)."""
        thinning = self.series.last_thinning
        smoothed = self._smooth_env.values() if self._smooth_env is not None else None
        self._raw_env = None
        self._sorted.clear()
        self.drawn_version = -1
        if self.smoother is not None:
            self._smooth_env = None
            followed = self._generation + 1 == self.series.generation and thinning is not None
            if followed and smoothed is not None and len(smoothed) >= thinning[1]:
                # Every point from the thinning's boundary on was kept as it was, so the smoothed prefix
                # maps onto the new indices, and the smoother goes on from where it was.
                keep = thinning[0]
                self._smooth_env = MinMaxPyramid()
                self._smooth_env.extend(smoothed[keep[keep < len(smoothed)]])
            else:  # more than one thinning since the last look: smooth what is stored
                self.smoother = EmaSmoother(self.smoother.weight)
        self._generation = self.series.generation

    def _for_axis(self, values: np.ndarray) -> np.ndarray:
        # A log axis has no place for zero or less: such points are left out of the drawing and the ranges.
        return np.where(values > 0, values, np.nan) if self._log_y else values

    def _in_order(self, x_axis: str, x: np.ndarray) -> bool:
        """Whether x never decreases (checked on the new points only), so a view's range can be searched."""
        checked, ordered = self._sorted.get(x_axis, (0, True))
        if ordered and len(x) > checked:
            tail = x[max(0, checked - 1):]
            ordered = bool(np.all(tail[1:] >= tail[:-1]))
        self._sorted[x_axis] = (len(x), ordered)
        return ordered

    def _visible(self, env: MinMaxPyramid, x: np.ndarray, ordered: bool, view: View | None) -> tuple:
        """The envelope of the points in ``view`` (and one beyond each side, so lines reach the edges)."""
        i0, i1 = 0, len(x)
        if view is not None and ordered:
            i0 = max(0, int(np.searchsorted(x, view.x0, "left")) - 1)
            i1 = min(len(x), int(np.searchsorted(x, view.x1, "right")) + 1)
        idx = env.envelope(i0, i1, view.pixels if view is not None else 2000)
        y = env.values()[idx]
        keep = np.isfinite(y)
        return x[idx][keep], y[keep]

    def draw(self, x_axis: str, log_y: bool, smoothing: float, view: View | None = None) -> None:
        """Hand the visible part of the series (and of its smoothed values) to the items."""
        self.sync(x_axis, log_y)
        x = self.series.x(x_axis)[:len(self._raw_env)]
        ordered = self._sorted[x_axis][1]
        if self.smooth is not None:
            if smoothing > 0:
                self.smooth.setData(*self._visible(self._smooth_env, x, ordered, view))
                self.smooth.show()
            else:
                self.smooth.hide()
        xs, ys = self._visible(self._raw_env, x, ordered, view)
        if self.split == "val":
            pixels = view.pixels if view is not None else 2000
            markers = len(xs) * MARKER_SPACING_PX <= pixels
            if markers != self.markers:
                self.markers = markers
                self.raw.setSymbol("o" if markers else None)
        self.raw.setData(xs, ys)
        self.drawn_version = self.series.version

    def bounds(self, x_axis: str) -> tuple[tuple[float, float], tuple[float, float]] | None:
        """((x min, x max), (y min, y max)) of the drawable points, None when there are none.

        Kept as the points arrive, so fitting the ranges costs nothing per update.
        """
        if self._raw_env is None:
            return None
        y_bounds = self._raw_env.bounds()
        span = self._raw_env.finite_span()
        if y_bounds is None or span is None:
            return None
        if self.behind_thinning():
            # Waiting for its pyramids (``LossPlot.refresh``): the extremes were kept by the thinning, and
            # the x span is the series' own (its indices no longer match the pyramids').
            x = self.series.x(x_axis)
            return (float(np.nanmin(x)), float(np.nanmax(x))), y_bounds
        x = self.series.x(x_axis)[:len(self._raw_env)]
        if self._sorted.get(x_axis, (0, False))[1]:
            x_bounds = (float(x[span[0]]), float(x[span[1]]))
        else:  # out of order (a foreign log): look at them all
            keep = np.isfinite(self._raw_env.values())
            x_bounds = (float(x[keep].min()), float(x[keep].max()))
        return x_bounds, y_bounds

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
        # A bare curve item, no pyqtgraph thinning or clipping: the visible envelope is handed over already,
        # and PlotDataItem's own processing of each update would cost more than the envelope.
        raw = pg.PlotCurveItem(pen=pg.mkPen(faint, width=1), skipFiniteCheck=True)
        smooth = BoldCurve(pen=pg.mkPen(color, width=1), antialias=True, skipFiniteCheck=True)
        panel.addItem(raw)
        panel.addItem(smooth)
        sample = None
        if panel.legend is not None:  # a 2-px line for the legend, as thick as the curve looks
            sample = pg.PlotDataItem(pen=pg.mkPen(color, width=2), antialias=True)
            panel.legend.addItem(sample, name)
        return CurveItems(series, split, raw, smooth, EmaSmoother(smoothing), legend_sample=sample,
                      _generation=series.generation)
    style = Qt.PenStyle.SolidLine if single else Qt.PenStyle.DashLine
    raw = pg.PlotDataItem(pen=pg.mkPen(color, width=1.5, style=style), symbol="o", symbolSize=MARKER_SIZE,
                          symbolBrush=color, symbolPen=pg.mkPen(color), name=name, skipFiniteCheck=True)
    panel.addItem(raw)
    return CurveItems(series, split, raw, None, markers=True, _generation=series.generation)
