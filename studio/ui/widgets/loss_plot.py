"""LossPlot: live loss curves of one or more runs, one panel per loss term, smoothed over the raw curve.

Each (run, term, split) is drawn by persistent PlotDataItems that get whole arrays through ``setData``
(``loss_curves``); nothing is added per point. Training curves are smoothed with a debiased EMA computed
on the full series (``studio.core.smoothing``) and drawn over the faint raw curve; validation curves (one
point per epoch) are drawn as they are, dashed with markers. ``refresh()`` redraws only what changed
since the last call, so the owner can call it from a timer as often as it likes.

Built to keep the window fluid while a model trains (figures in docs/benchmarks.md): the panels of a run
are laid out before its first points (``expect_terms``), ranges change rarely (``sticky_range``), the
grid is a cheap item of its own, axes are cached pictures of fixed size, and the smoothed curves use
Qt's fast 1-pixel stroke (both items in ``plot_items``).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QSlider, QStackedWidget,
                               QToolButton, QVBoxLayout, QWidget)

from studio.core.curves import RunCurves
from studio.core.smoothing import sticky_range
from studio.ui.i18n import tr, tr_noop
from studio.ui.widgets.loss_curves import CurveItems, RunItems, View, make_curve
from studio.ui.widgets.loss_panels import label_x, lay_out, new_panel, set_blank
from studio.ui.widgets.plot_items import GridItem

X_LABELS = {"step": (tr_noop("Step"), tr_noop("optimiser steps")), "epoch": (tr_noop("Epoch"), tr_noop("epochs")),
            "time": (tr_noop("Time"), tr_noop("s of training"))}
# Colours for runs shown together (Tableau 10, readable on white); a single run uses blue and orange.
RUN_COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
              "#ff7f0e"]
TRAIN_COLOR, VAL_COLOR = "#1f77b4", "#ff7f0e"
# The next pass of a redraw spread over several (one panel a pass): a timer, not a zero-delay call, so that
# the event loop's own timers and input come between the passes (zero-delay calls and the repaints they
# cause can follow one another without them).
PASS_MS = 1
PREPARE_GAP_MS = 40   # between two panels built ahead (prepare()): each its own frame, none in another's


class LossPlot(QWidget):
    """Loss curves with a smoothing slider, a log-scale toggle and a choice of x axis.

    ``set_runs([(key, label, RunCurves), ...])`` chooses what is shown; ``refresh()`` draws what is new.
    """

    smoothing_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runs: dict[str, RunItems] = {}
        self._panels: dict[str, pg.PlotItem] = {}
        self._term_info: dict[str, tuple[str, str]] = {}   # term -> (title, unit), from the model
        self._smoothing = 0.6
        self._x_axis = "step"
        self._log_y = False
        # Ranges are set here rather than by pyqtgraph's autorange, which moves them (and so redraws every
        # axis) on every update; a panel the user zoomed or panned is left alone until "Fit" is pressed.
        self._ranges: dict[str, tuple[float, float]] = {}    # y range of each panel
        self._x_range: tuple[float, float] | None = None      # shared by every panel
        self._planned: dict[str, float] = {}                  # how far the live run will go, per x axis
        self._user_moved: set[str] = set()
        self._pool: list[pg.PlotItem] = []   # panels built ahead of need (see prepare())
        self._preparing = False
        self._expected: list[str] = []        # terms a run about to start will report (see expect_terms())
        self._layout_dirty = False
        self._redraw_pending = False
        self._fitting = False

        self.smoothing_slider = QSlider(Qt.Orientation.Horizontal)
        self.smoothing_slider.setRange(0, 99)
        self.smoothing_slider.setValue(int(round(self._smoothing * 100)))
        self.smoothing_slider.setMaximumWidth(180)
        self.smoothing_slider.setToolTip(tr("Exponential moving average of the training curves (0 = raw values). "
                                         "The raw curve stays visible, faint, underneath."))
        self.smoothing_value = QLabel(f"{self._smoothing:.2f}")
        self.smoothing_value.setMinimumWidth(32)
        self.smoothing_slider.valueChanged.connect(lambda v: self.set_smoothing(v / 100.0))
        self.log_check = QCheckBox(tr("Log scale"))
        self.log_check.setToolTip(tr("Show the losses on a logarithmic axis (non-positive values are left out)."))
        self.log_check.toggled.connect(self.set_log_y)
        self.x_combo = QComboBox()
        for axis, (title, _) in X_LABELS.items():
            self.x_combo.addItem(tr(title), axis)
        self.x_combo.setToolTip(tr("Draw the curves against optimiser steps, epochs or training time."))
        self.x_combo.currentIndexChanged.connect(lambda _i: self.set_x_axis(self.x_combo.currentData()))

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel(tr("Smoothing")))
        bar.addWidget(self.smoothing_slider)
        bar.addWidget(self.smoothing_value)
        bar.addSpacing(16)
        bar.addWidget(QLabel(tr("X axis")))
        bar.addWidget(self.x_combo)
        bar.addSpacing(16)
        bar.addWidget(self.log_check)
        bar.addStretch(1)
        self.fit_button = QToolButton()
        self.fit_button.setText(tr("Fit"))
        self.fit_button.setToolTip(tr("Fit every panel to its curves again after zooming or panning "
                                   "(mouse wheel zooms, dragging pans)."))
        self.fit_button.clicked.connect(self.fit)
        bar.addWidget(self.fit_button)

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground(self.palette().base().color())
        self.graphics.ci.setSpacing(12)
        self.placeholder = QLabel(tr("Start a training, or select runs in the list, to see their loss curves here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: palette(mid); font-size: 11pt;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.graphics)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    # What is shown ---------------------------------------------------------------------------------

    def set_runs(self, runs: list[tuple[str, str, RunCurves]]) -> None:
        """Show these runs (key, legend label, curves); runs already shown keep their items."""
        wanted = {key: curves for key, _, curves in runs}
        shown = [(key, run.curves) for key, run in self._runs.items()]
        if len(shown) == len(wanted) and all(k == key and c is curves
                                             for (k, c), (key, curves) in zip(wanted.items(), shown)):
            # The same runs (a list refreshed, a run just ended): their ranges, and the user's zoom, stay;
            # fitting them again would redraw every axis for nothing.
            for key, label, _ in runs:
                self._runs[key].label = label
            self._sync_panels()
            self.refresh()
            return
        single_before = len(self._runs) == 1
        for key in list(self._runs):
            if wanted.get(key) is not self._runs[key].curves:
                self._remove_run(key)
        for key, label, curves in runs:
            if key not in self._runs:
                self._runs[key] = RunItems(label, curves)
            else:
                self._runs[key].label = label
        # Colours depend on how many runs are shown, so a change between one and several redraws all.
        if (len(self._runs) == 1) != single_before:
            for key in list(self._runs):
                run = self._runs[key]
                self._remove_run(key)
                self._runs[key] = RunItems(run.label, run.curves)
        self._sync_panels()
        self._ranges.clear()
        self._x_range = None
        self.refresh()
        self._fit_ranges(set(self._panels))

    def set_planned_extent(self, extent: dict[str, float], refit: bool = True) -> None:
        """Where the live run will end on each x axis (e.g. {"step": 1300, "epoch": 50}).

        The x axes then span the whole run from its start and never move while it trains: moving them
        redraws every axis, the most costly part of a live update. ``refit=False`` (a run that reached its
        planned end) keeps the x range as it is.
        """
        self._planned = dict(extent)
        if refit:
            self._x_range = None
            self._fit_ranges(set(self._panels))

    def expect_terms(self, terms: list) -> None:
        """Lay out panels for these loss terms now, before a run that reports them sends its first points.

        Building and laying out panels is the costliest moment of a plot's life. Done when the user
        presses Start (while the data load), the live curves later only add points to panels already
        drawn. ``expect_terms([])`` lets panels go again once no shown run needs them.

        ``terms`` are the model's Terms (name, title, unit: the panel's title and its y axis' label), or
        plain names, which are then titled from the name.
        """
        names = []
        for term in terms:
            name = getattr(term, "name", term)
            names.append(name)
            if not isinstance(term, str):  # a str has a title too: the method str.title
                unit = getattr(term, "unit", "")
                self._term_info[name] = (tr(term.title), tr(unit) if unit else "")
                panel = self._panels.get(name)
                if panel is not None:
                    panel.setTitle(tr(term.title), size="11pt")
                    self._label_y(panel, name)
        self._expected = names
        self._sync_panels()
        self._fit_ranges(set(self._panels))

    def clear(self) -> None:
        self.set_runs([])

    def run_keys(self) -> list[str]:
        return list(self._runs)

    def curve_points(self, key: str, term: str = "loss", split: str = "train") -> int:
        """How many points the curve holds (for tests and status lines)."""
        run = self._runs.get(key)
        if run is None or (term, split) not in run.curves.series:
            return 0
        return len(run.curves.series[(term, split)])

    def drawn_points(self, key: str, term: str = "loss", split: str = "train",
                     smoothed: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """The (x, y) points last handed to the screen for one curve (empty when it is not drawn).

        A redraw costs in proportion to these, so they stay about two per pixel of the panel's width.
        """
        run = self._runs.get(key)
        curve = None if run is None else run.items.get((term, split))
        item = None if curve is None else (curve.smooth if smoothed else curve.raw)
        if item is None:
            return np.empty(0), np.empty(0)
        x, y = item.getData()
        return (np.empty(0), np.empty(0)) if x is None else (x, y)

    def shows_markers(self, key: str, term: str = "loss") -> bool:
        """Whether the validation curve of ``term`` shows a marker on each point (while they are apart)."""
        run = self._runs.get(key)
        curve = None if run is None else run.items.get((term, "val"))
        return curve is not None and curve.markers

    def run_curves(self, key: str) -> RunCurves | None:
        """The curves shown for run ``key``, None when it is not shown."""
        run = self._runs.get(key)
        return None if run is None else run.curves

    # What the panels show (read-only: for tests, status lines and tools) ---------------------------

    def panel_terms(self) -> list[str]:
        """The loss terms that have a panel, in the order they were made (the main loss first)."""
        return list(self._panels)

    def panel_titles(self) -> list[str]:
        """The panels' titles as the user reads them, in the order of ``panel_terms()``."""
        return [panel.titleLabel.text for panel in self._panels.values()]

    def panel(self, term: str) -> pg.PlotItem | None:
        """The panel that draws ``term`` (its axes, view box and curves), None when there is none."""
        return self._panels.get(term)

    def grid(self, term: str) -> GridItem | None:
        """The grid drawn beneath the curves of ``term``'s panel."""
        panel = self._panels.get(term)
        return None if panel is None else panel.studio_grid

    def is_blank(self, term: str) -> bool:
        """True when ``term``'s panel has no point to show, and so shows no tick values and no grid."""
        panel = self._panels.get(term)
        return panel is None or bool(getattr(panel, "studio_blank", True))

    def spare_panels(self) -> int:
        """How many empty panels ``prepare()`` has built ahead and no run has taken yet."""
        return len(self._pool)

    def legend_names(self) -> list[str]:
        """The names in the legend (on the main loss panel), one per curve, in the order shown."""
        panel = self._panels.get("loss")
        if panel is None or panel.legend is None:
            return []
        return [label.text for _sample, label in panel.legend.items]

    # Options ---------------------------------------------------------------------------------------

    def set_smoothing(self, weight: float) -> None:
        weight = min(max(float(weight), 0.0), 0.99)
        if weight == self._smoothing:
            return
        self._smoothing = weight
        self.smoothing_value.setText(f"{weight:.2f}")
        if self.smoothing_slider.value() != int(round(weight * 100)):
            self.smoothing_slider.setValue(int(round(weight * 100)))
        for run in self._runs.values():
            for curve in run.items.values():
                curve.restart_smoothing(weight)
        self.refresh()
        self.smoothing_changed.emit(weight)

    def smoothing(self) -> float:
        return self._smoothing

    def set_log_y(self, on: bool) -> None:
        self._log_y = bool(on)
        if self.log_check.isChecked() != self._log_y:
            self.log_check.setChecked(self._log_y)
        for panel in self._panels.values():
            panel.setLogMode(x=False, y=self._log_y)
        for run in self._runs.values():
            for curve in run.items.values():
                curve.drawn_version = -1
        self.fit()

    def fit(self) -> None:
        """Fit every panel to its data again (after the user zoomed, or the axes changed)."""
        self._user_moved.clear()
        self._ranges.clear()
        self._x_range = None
        self.refresh()
        self._fit_ranges(set(self._panels))

    def set_x_axis(self, axis: str) -> None:
        if axis not in X_LABELS or axis == self._x_axis:
            return
        self._x_axis = axis
        index = self.x_combo.findData(axis)
        if self.x_combo.currentIndex() != index:
            self.x_combo.setCurrentIndex(index)
        for panel in self._panels.values():
            label_x(panel, self._x_label())
        for run in self._runs.values():
            for curve in run.items.values():
                curve.drawn_version = -1
        self.fit()

    # Drawing ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Create items for new series and push new data into the ones that changed."""
        single = len(self._runs) == 1
        changed: set[str] = set()
        # A curve whose series was thinned rebuilds its pyramids (a few ms); one a pass of the event loop, so
        # that the three or four curves of a run thinned at the same step never add up to a long stall. The
        # others keep what they drew until their turn, at the next pass.
        rebuilt = False
        # Likewise the curves of one new term a pass (its panel's first ticks, grid and legend entries come
        # with them): a run's first points on three panels at once were its longest frame.
        new_term: str | None = None
        waiting = False

        def may_update(curve: CurveItems) -> bool:
            nonlocal rebuilt
            if not curve.behind_thinning():
                return True
            if rebuilt:
                return False
            rebuilt = True
            return True

        for index, (key, run) in enumerate(self._runs.items()):
            color = RUN_COLORS[index % len(RUN_COLORS)]
            for term in run.curves.terms():
                for split in ("train", "val"):
                    series = run.curves.series.get((term, split))
                    if series is None:
                        continue
                    curve = run.items.get((term, split))
                    if curve is None:
                        if new_term not in (None, term):
                            waiting = True
                            continue
                        new_term = term
                        pen = (TRAIN_COLOR if split == "train" else VAL_COLOR) if single else color
                        curve = make_curve(self._panel(term), series, split, run.label, single, pen,
                                           self._smoothing)
                        run.items[(term, split)] = curve
                    if curve.drawn_version != series.version and may_update(curve):
                        curve.sync(self._x_axis, self._log_y)
                        changed.add(term)
        if self._layout_dirty:
            lay_out(self.graphics.ci, self._panels)
            self._layout_dirty = False
            self.stack.setCurrentIndex(1)
        self._update_legend()
        if changed:
            # Ranges first, so that each curve draws once, for the view it will be seen in (a new x range
            # marks every panel's curves to draw again, through _view_changed).
            self._fitting = True
            try:
                self._fit_ranges(changed)
            finally:
                self._fitting = False
        # One panel's curves are drawn a pass, and so repainted a pass: the three or four panels of a run
        # drawn together made a frame of 12-25 ms in a long run's window; apart, each is a few ms.
        drawn_term: str | None = None
        for run in self._runs.values():
            for (term, _), curve in run.items.items():
                if curve.drawn_version != curve.series.version:
                    if curve.behind_thinning() or drawn_term not in (None, term):   # not in this pass
                        waiting = True
                        continue
                    curve.draw(self._x_axis, self._log_y, self._smoothing, self._view(term))
                    drawn_term = term
        if waiting and not self._redraw_pending:
            self._redraw_pending = True
            QTimer.singleShot(PASS_MS, self, self._redraw_views)

    def _view(self, term: str) -> View:
        """The x range ``term``'s panel shows and its width in device pixels (what a curve draws for)."""
        box = self._panels[term].getViewBox()
        (x0, x1), _ = box.viewRange()
        width = box.width() * self.devicePixelRatioF()
        return View(x0, x1, int(width) if width >= 50 else 2000)  # 2000 before the first layout

    def _view_changed(self, term: str) -> None:
        """The panel was zoomed, panned or resized: its curves draw their envelope again for the new view
        (at the next pass of the event loop, once for any number of changes)."""
        for run in self._runs.values():
            for (t, _), curve in run.items.items():
                if t == term:
                    curve.drawn_version = -1
        if not self._redraw_pending and not self._fitting:  # refresh() draws them right after fitting
            self._redraw_pending = True
            QTimer.singleShot(PASS_MS, self, self._redraw_views)

    def _redraw_views(self) -> None:
        self._redraw_pending = False
        self.refresh()

    def _fit_ranges(self, terms: set[str]) -> None:
        """Keep the ranges around the data, changing them only when the data outgrow them.

        Every panel shows the same x range, fitted over all of them; y is fitted per panel.
        """
        x_bounds = []
        for term, panel in self._panels.items():
            xs, ys = [], []
            for run in self._runs.values():
                for (t, _), curve in run.items.items():
                    bounds = curve.bounds(self._x_axis) if t == term else None
                    if bounds is not None:
                        xs.append(bounds[0])
                        ys.append(bounds[1])
            set_blank(panel, not xs)
            if not xs:
                continue
            x_bounds += xs
            if term not in terms or term in self._user_moved:
                continue
            y_lo, y_hi = min(a for a, _ in ys), max(b for _, b in ys)
            if self._log_y:
                y_lo, y_hi = np.log10(y_lo), np.log10(y_hi)  # a log axis's view coordinates are log10
            old = self._ranges.get(term)
            new = sticky_range(old, float(y_lo), float(y_hi), headroom=0.15)
            if new is not None and new != old:
                self._ranges[term] = new
                panel.setYRange(*new, padding=0)
        if not x_bounds or self._user_moved or not self._panels:
            return
        x_lo, x_hi = min(a for a, _ in x_bounds), max(b for _, b in x_bounds)
        planned = self._planned.get(self._x_axis)
        old = self._x_range
        if planned is not None and planned >= x_hi:
            new = sticky_range(old, min(0.0, float(x_lo)), float(planned), headroom=0.0, headroom_high=0.02)
        else:
            new = sticky_range(old, min(0.0, float(x_lo)), float(x_hi), headroom=0.0, headroom_high=0.25)
        if new is not None and new != old:
            self._x_range = new
            # Set on each panel: pyqtgraph's x-link lines views up by screen position, which shifts the
            # ranges of panels that sit side by side.
            for panel in self._panels.values():
                panel.setXRange(*new, padding=0)

    def _update_legend(self) -> None:
        panel = self._panels.get("loss")
        if panel is not None and panel.legend is not None:
            panel.legend.setVisible(bool(panel.legend.items))  # no empty box before the first curve

    def _remove_run(self, key: str) -> None:
        run = self._runs.pop(key)
        for (term, _), curve in run.items.items():
            panel = self._panels.get(term)
            if panel is not None:
                curve.remove_from(panel)

    def _sync_panels(self) -> None:
        """Keep a panel for each expected term and each term of a shown run, and no others.

        Panels that stay keep their place, so changing which runs are shown (a training starting, a run
        selected) re-lays-out the plot only when the set of terms changes.
        """
        needed = list(self._expected)
        for run in self._runs.values():
            needed += [t for t in run.curves.terms() if t not in needed]
        for term in [t for t in self._panels if t not in needed]:
            panel = self._panels.pop(term)
            self.graphics.ci.removeItem(panel)
            self._ranges.pop(term, None)
            self._user_moved.discard(term)
            self._layout_dirty = True
        for term in sorted(needed, key=lambda t: t != "loss"):
            self._panel(term)
        if self._layout_dirty:
            lay_out(self.graphics.ci, self._panels)
            self._layout_dirty = False
        self._update_legend()
        self.stack.setCurrentIndex(1 if self._panels else 0)

    def prepare(self, count: int = 4) -> None:
        """Build ``count`` empty panels ahead, one every PREPARE_GAP_MS, while the window is idle.

        Building a panel takes 10-15 ms; done when a run's first curves arrive, it would stall the window
        just as the user watches it. Each build waits its turn, so that none falls in the frame of the
        caller (a run's end, whose repaint it would lengthen).
        """
        if len(self._pool) < count and not self._preparing:
            self._preparing = True
            QTimer.singleShot(PREPARE_GAP_MS, self, lambda: self._build_spare(count))

    def _build_spare(self, count: int) -> None:
        self._preparing = False
        if len(self._pool) < count:
            self._pool.append(new_panel(self.palette()))
            self.prepare(count)

    def _panel(self, term: str) -> pg.PlotItem:
        panel = self._panels.get(term)
        if panel is not None:
            return panel
        panel = self._pool.pop() if self._pool else new_panel(self.palette())
        panel.setTitle(self.term_title(term), size="11pt")
        text = self.palette().text().color()
        panel.setLogMode(x=False, y=self._log_y)
        box = panel.getViewBox()
        box.sigRangeChangedManually.connect(lambda *_a, t=term: self._user_moved.add(t))
        box.sigXRangeChanged.connect(lambda *_a, t=term: self._view_changed(t))
        box.sigResized.connect(lambda *_a, t=term: self._view_changed(t))
        if term == "loss":
            # One legend, on the main panel: the term panels are too small for their own.
            panel.addLegend(offset=(-10, 10), labelTextColor=text, brush=QColor(255, 255, 255, 200),
                            pen=pg.mkPen(self.palette().mid().color()))
        self._panels[term] = panel
        if self._x_range is not None:  # a panel that appears later (validation-only terms) joins the others
            panel.setXRange(*self._x_range, padding=0)
        label_x(panel, self._x_label())
        self._label_y(panel, term)
        self._layout_dirty = True
        return panel

    def _x_label(self) -> str:
        title, units = X_LABELS[self._x_axis]
        return f"{tr(title)} ({tr(units)})"

    def term_title(self, term: str) -> str:
        """A term's title as its panel shows it (the model's, else made from its name)."""
        info = self._term_info.get(term)
        return info[0] if info else term.replace("_", " ").capitalize()

    def term_unit(self, term: str) -> str:
        info = self._term_info.get(term)
        return info[1] if info and info[1] else ""

    def _label_y(self, panel: pg.PlotItem, term: str) -> None:
        # The panel's title names the term; the axis says what it is measured in (a rotated label as long
        # as "reconstruction (nats/image)" would not fit beside the smaller panels).
        panel.setLabel("left", self.term_unit(term) or tr("value"), **{"font-size": "9pt"})
