"""LossPlot on its own: panels laid out ahead of a run, and the cheap grid drawn under the curves."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from studio.core.curves import RunCurves
from studio.ui.widgets.loss_plot import LossPlot
from studio.ui.widgets.plot_items import tick_values


def falling_curves(steps: int = 200) -> RunCurves:
    curves = RunCurves()
    for step in range(1, steps + 1):
        curves.add_step(step, step / 20, step * 0.05, {"loss": 500 / step + 100, "kl": 10 + step / 50})
    return curves


def settle() -> None:
    """Carry out the layout requests and paints that are pending."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()


@pytest.fixture
def plot(show_widget) -> LossPlot:
    return show_widget(LossPlot(), 900, 600)


def test_expected_panels_are_laid_out_before_any_point_and_kept(plot):
    assert plot.stack.currentWidget() is plot.placeholder
    plot.expect_terms(["loss", "kl", "elbo"])
    assert plot.panel_terms() == ["loss", "kl", "elbo"]
    assert len(plot.panel_titles()) == 3 and plot.panel_titles()[0] == "Loss"
    assert plot.stack.currentWidget() is plot.graphics
    panels = {term: plot.panel(term) for term in plot.panel_terms()}
    plot.set_runs([("run", "run", falling_curves())])
    # The run's points went into the panels already drawn.
    assert {term: plot.panel(term) for term in plot.panel_terms()} == panels
    assert plot.curve_points("run", "kl") == 200
    plot.expect_terms([])            # the run still needs loss and kl, not elbo
    assert plot.panel_terms() == ["loss", "kl"] and plot.panel("loss") is panels["loss"]
    plot.set_runs([])
    assert not plot.panel_terms() and plot.stack.currentWidget() is plot.placeholder


@pytest.mark.parametrize("log_y", [False, True])
def test_grid_lines_sit_on_the_major_ticks_and_the_axes_draw_none(qtbot, plot, log_y):
    plot.set_runs([("run", "run", falling_curves())])
    plot.set_log_y(log_y)
    panel = plot.panel("loss")
    bottom, left, view = panel.getAxis("bottom"), panel.getAxis("left"), panel.getViewBox()
    assert bottom.grid is False and left.grid is False
    panel.legend.hide()  # it covers the top right, where the horizontal lines are looked for
    qtbot.waitUntil(lambda: view.width() > 100)
    image = plot.graphics.grab().toImage()
    ratio = image.devicePixelRatio()
    rect = plot.graphics.mapFromScene(view.sceneBoundingRect()).boundingRect()
    line = plot.grid("loss").major_color().rgb()
    (x0, x1), (y0, y1) = view.viewRange()

    # Vertical lines, along a row near the top (above the falling curve).
    row = int((rect.top() + rect.height() * 0.1) * ratio)
    columns = [x for x in range(int(rect.left() * ratio), int(rect.right() * ratio))
               if QColor(image.pixel(x, row)).rgb() == line]
    expected = [rect.left() + (v - x0) / (x1 - x0) * rect.width()
                for v in tick_values(bottom, x0, x1, view.width(), 0)]
    # Horizontal lines, along a column near the right (past the curve's end).
    column = int((rect.right() - rect.width() * 0.05) * ratio)
    rows = [y for y in range(int(rect.top() * ratio), int(rect.bottom() * ratio))
            if QColor(image.pixel(column, y)).rgb() == line]
    expected_rows = [rect.bottom() - (v - y0) / (y1 - y0) * rect.height()
                     for v in tick_values(left, y0, y1, view.height(), 0)]
    for found, wanted in ((columns, expected), (rows, expected_rows)):
        assert len(wanted) >= 2
        for position in wanted:
            assert min(abs(c / ratio - position) for c in found) <= 1.5, (position, found)
        assert len(found) <= 3 * len(wanted)  # lines, not a fill


def test_the_legend_names_each_curve_and_forgets_runs_no_longer_shown(plot):
    one = falling_curves()
    one.add_epoch(10, 200, 10.0, {"loss": 150.0, "kl": 12.0})
    plot.set_runs([("a", "run a", one)])
    assert plot.legend_names() == ["training", "validation"]
    plot.set_runs([("a", "run a", one), ("b", "run b", falling_curves())])
    assert sorted(plot.legend_names()) == ["run a · train", "run a · val", "run b · train"]
    plot.set_runs([("b", "run b", plot.run_curves("b"))])
    assert plot.legend_names() == ["training"]


def test_panels_without_points_show_no_ticks_grid_or_legend(plot):
    plot.expect_terms(["loss", "kl"])
    loss = plot.panel("loss")
    assert plot.is_blank("loss") and plot.is_blank("kl") and not plot.grid("loss").isVisible()
    assert not loss.legend.isVisible()
    plot.set_runs([("run", "run", falling_curves())])
    assert not plot.is_blank("loss") and plot.grid("loss").isVisible()
    assert loss.legend.isVisible()
    plot.set_runs([])  # Start pressed again: the panels stay, blank, for the next run
    assert plot.panel("loss") is loss and plot.is_blank("loss") and not loss.legend.isVisible()


def test_the_first_points_change_no_panel_geometry(plot):
    plot.expect_terms(["loss", "kl"])
    settle()
    before = {t: (plot.panel(t).geometry(), plot.panel(t).getAxis("bottom").geometry()) for t in plot.panel_terms()}
    plot.set_runs([("run", "run", falling_curves())])
    settle()
    after = {t: (plot.panel(t).geometry(), plot.panel(t).getAxis("bottom").geometry()) for t in plot.panel_terms()}
    assert after == before


def long_run(steps: int, per_epoch: int = 26) -> RunCurves:
    """A noisy falling loss with one spike, and a validation point per epoch."""
    curves = RunCurves()
    rng = np.random.default_rng(0)
    losses = 100 + 400 * np.exp(-np.arange(1, steps + 1) / 5000) + rng.normal(0, 5, steps)
    losses[steps // 3] = 2000.0
    for step, loss in enumerate(losses.tolist(), start=1):
        curves.add_step(step, step / per_epoch, step * 0.03, {"loss": loss})
        if step % per_epoch == 0:
            curves.add_epoch(step // per_epoch, step, step * 0.03, {"loss": loss})
    return curves


def test_a_long_run_is_drawn_at_about_two_points_per_pixel_with_its_spikes(qtbot, plot):
    curves = long_run(60_000)
    plot.set_runs([("run", "run", curves)])
    settle()
    width = plot.panel("loss").getViewBox().width() * plot.devicePixelRatioF()
    x, y = plot.drawn_points("run")
    assert 0.5 * width < len(x) <= 2 * width + 4
    assert y.max() == 2000.0 and np.all(np.diff(x) > 0)
    sx, _ = plot.drawn_points("run", smoothed=True)
    assert 0 < len(sx) <= 2 * width + 4
    # 2,307 validation points are too close for markers; the line still goes through their envelope.
    vx, _ = plot.drawn_points("run", split="val")
    assert len(vx) <= 2 * width + 4 and not plot.shows_markers("run")
    # New points extend what is drawn; the count stays the same.
    for step in range(60_001, 60_101):
        curves.add_step(step, step / 26, step * 0.03, {"loss": 99.0})
    plot.refresh()
    x, y = plot.drawn_points("run")
    assert x[-1] == 60_100 and len(x) <= 2 * width + 4


def test_zooming_in_draws_every_point_of_the_range(qtbot, plot):
    # The newest points of a long run are kept as they came (the older ones are thinned to their extremes).
    plot.set_runs([("run", "run", long_run(60_000))])
    settle()
    plot.panel("loss").setXRange(55_000, 55_300, padding=0)
    qtbot.waitUntil(lambda: len(plot.drawn_points("run")[0]) < 400)
    x, _ = plot.drawn_points("run")
    np.testing.assert_array_equal(x[1:-1], np.arange(55_000, 55_301))  # and one beyond each side
    assert plot.shows_markers("run")  # 12 epochs in view: markers again


def test_a_short_run_is_drawn_whole_with_markers(plot):
    curves = long_run(260)
    plot.set_runs([("run", "run", curves)])
    x, y = plot.drawn_points("run")
    np.testing.assert_array_equal(y, curves.series[("loss", "train")].values)
    assert plot.shows_markers("run") and len(plot.drawn_points("run", split="val")[0]) == 10
    plot.set_log_y(True)  # no non-positive values here: the same points
    assert len(plot.drawn_points("run")[0]) == 260


def test_a_run_longer_than_a_curve_keeps_is_drawn_as_if_whole(qtbot, plot):
    from studio.core.smoothing import EmaSmoother

    curves = RunCurves(max_points=2_048)
    rng = np.random.default_rng(1)
    losses = 100 + 400 * np.exp(-np.arange(1, 30_001) / 5000) + rng.normal(0, 5, 30_000)
    losses[10_000] = 2_000.0
    plot.set_runs([("run", "run", curves)])
    for start in range(0, 30_000, 300):          # live: a redraw every 300 steps
        for step in range(start + 1, min(start + 300, 30_000) + 1):
            curves.add_step(step, step / 26, step * 0.03, {"loss": float(losses[step - 1])})
        plot.refresh()
    series = curves.series[("loss", "train")]
    assert series.generation > 3 and len(series) <= 2_048
    plot.fit()
    x, y = plot.drawn_points("run")
    assert x[0] == 1 and x[-1] == 30_000 and y.max() == 2_000.0
    # The smoothed curve went on through every thinning as if nothing had been dropped: it is the EMA of
    # all the points, at the points kept.
    weight = plot.smoothing()
    whole = EmaSmoother(weight).extend(losses.astype(np.float32))
    sx, sy = plot.drawn_points("run", smoothed=True)
    np.testing.assert_allclose(sy, whole[sx.astype(int) - 1], rtol=1e-6)
    # Missed thinnings (no redraw across two) smooth what is kept: still a whole curve, no error.
    for step in range(30_001, 34_000):
        curves.add_step(step, step / 26, step * 0.03, {"loss": 100.0})
    plot.refresh()
    sx, sy = plot.drawn_points("run", smoothed=True)
    assert sx[-1] == 33_999 and np.all(np.isfinite(sy))


def test_curves_thinned_at_the_same_step_catch_up_one_a_pass(qtbot, plot):
    # Rebuilding a thinned curve's pyramids takes milliseconds: the curves of a run, thinned at the same
    # step, take turns (one a pass of the event loop) rather than stalling the window together.
    curves = RunCurves(max_points=1_024)
    terms = ("loss", "reconstruction", "kl")
    plot.set_runs([("run", "run", curves)])
    step = 0

    def add(count: int) -> None:
        nonlocal step
        for _ in range(count):
            step += 1
            curves.add_step(step, step / 26, step * 0.03, {t: 100.0 + step % 7 + k for k, t in enumerate(terms)})

    add(1_000)
    plot.refresh()
    qtbot.waitUntil(lambda: all(len(plot.drawn_points("run", t)[0]) for t in terms))
    add(100)                      # past the room: each curve is thinned at the same step
    assert {s.generation for s in curves.series.values()} == {1}
    plot.refresh()
    newest = [plot.drawn_points("run", t)[0][-1] for t in terms]
    assert newest.count(1_100) == 1
    qtbot.waitUntil(lambda: all(plot.drawn_points("run", t)[0][-1] == 1_100 for t in terms))
    for k, term in enumerate(terms):
        _, y = plot.drawn_points("run", term)
        assert y.min() == 100.0 + k and y.max() == 106.0 + k


def test_panels_are_built_ahead_one_at_a_time_and_taken_by_the_next_run(qtbot, plot):
    # Building a panel costs 10-15 ms: prepare() builds none in the caller's frame, then one a turn.
    plot.prepare(3)
    assert plot.spare_panels() == 0
    qtbot.waitUntil(lambda: plot.spare_panels() == 3)
    plot.prepare(3)                               # already there: nothing more is built
    plot.expect_terms(["loss", "kl"])
    assert plot.spare_panels() == 1 and plot.panel_terms() == ["loss", "kl"]


def test_a_runs_first_points_make_one_panels_curves_a_pass(qtbot, plot):
    # A run's first points on three panels at once made its longest frame: the curves of one term are
    # made a pass, the main loss first, and the others follow without another call.
    terms = ("loss", "reconstruction", "kl")
    plot.expect_terms(list(terms))
    curves = RunCurves()
    for step in range(1, 20):
        curves.add_step(step, step / 10, step * 0.1, {t: 10.0 - step * 0.1 + k for k, t in enumerate(terms)})
    plot.set_runs([("run", "run", curves)])
    assert [len(plot.drawn_points("run", t)[0]) > 0 for t in terms] == [True, False, False]
    assert not plot.is_blank("loss") and plot.is_blank("kl")
    qtbot.waitUntil(lambda: all(len(plot.drawn_points("run", t)[0]) for t in terms))
    assert not any(plot.is_blank(t) for t in terms)


def test_new_points_are_drawn_one_panel_a_pass(qtbot, plot):
    # Drawn together, the panels of a long run made frames of 12-25 ms; one a pass, each is a few ms.
    terms = ("loss", "reconstruction", "kl")
    curves = RunCurves()

    def add(first: int, last: int) -> None:
        for step in range(first, last):
            curves.add_step(step, step / 10, step * 0.1, {t: 10.0 - step * 0.01 + k for k, t in enumerate(terms)})

    add(1, 50)
    plot.set_runs([("run", "run", curves)])
    qtbot.waitUntil(lambda: all(len(plot.drawn_points("run", t)[0]) for t in terms))
    add(50, 60)
    plot.refresh()
    assert [plot.drawn_points("run", t)[0][-1] for t in terms] == [59, 49, 49]
    qtbot.waitUntil(lambda: all(plot.drawn_points("run", t)[0][-1] == 59 for t in terms))
