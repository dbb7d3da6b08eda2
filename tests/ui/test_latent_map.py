"""The latent map's grid: lines at the axes' major ticks, drawn by one cheap item, not by the axes."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

from studio.ui.widgets.latent_map import LatentMap
from studio.ui.widgets.plot_items import tick_values


def test_the_grid_is_drawn_on_the_major_ticks_and_the_axes_draw_none(qtbot, show_widget):
    # pyqtgraph's own grid made both axes as large as the map: every pan, zoom or new run re-rendered
    # them (30-50 ms a frame).
    latent = show_widget(LatentMap(), 700, 550)
    rng = np.random.default_rng(0)
    latent.set_points(rng.normal(size=(50, 2)) * 0.2, rng.integers(0, 3, 50), ["a", "b", "c"])
    latent.set_range(-3.0, 3.0, -3.0, 3.0)
    item = latent.plot.getPlotItem()
    view, bottom = item.getViewBox(), item.getAxis("bottom")
    assert bottom.grid is False and item.getAxis("left").grid is False
    qtbot.waitUntil(lambda: view.width() > 100)
    image = latent.plot.grab().toImage()
    ratio = image.devicePixelRatio()
    rect = latent.plot.mapFromScene(view.sceneBoundingRect()).boundingRect()
    line = latent.grid.major_color().rgb()
    (x0, x1), _ = view.viewRange()
    row = int((rect.bottom() - rect.height() * 0.05) * ratio)   # below the points and the legend
    columns = [x for x in range(int(rect.left() * ratio), int(rect.right() * ratio))
               if QColor(image.pixel(x, row)).rgb() == line]
    expected = [rect.left() + (v - x0) / (x1 - x0) * rect.width() for v in tick_values(bottom, x0, x1, view.width(), 0)]
    assert len(expected) >= 3
    for position in expected:
        assert min(abs(c / ratio - position) for c in columns) <= 1.5, (position, columns)
    assert len(columns) <= 3 * len(expected)
