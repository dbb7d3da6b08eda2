"""The panels of the loss plot (``LossPlot``): building a blank one, laying them out, their x label.

Each is a pyqtgraph ``PlotItem`` made cheap to repaint while a model trains: its grid is the studio's
``GridItem``, its axes are cached pictures of fixed size (no new layout when a tick label grows or the
first points arrive), and it has no context menu or autorange.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QGraphicsItem

from studio.ui.widgets.plot_items import GridItem


def new_panel(palette: QPalette) -> pg.PlotItem:
    """A blank panel in the colours of ``palette``."""
    # No context menu: the panels offer none (Fit and the toolbar do it), and building the ViewBox's
    # menu was half of a panel's 27 ms.
    panel = pg.PlotItem(enableMenu=False)
    base, text = palette.base().color(), palette.text().color()
    line = QColor.fromRgbF(*(0.85 * a + 0.15 * b for a, b in zip(base.getRgbF()[:3], text.getRgbF()[:3])))
    panel.studio_grid = GridItem(panel, line)  # held here: the item's Python side must live as long
    font = QFont()
    font.setPointSizeF(9)
    for side in ("left", "bottom"):
        axis = panel.getAxis(side)
        axis.setStyle(tickFont=font)
        axis.setTextPen(text)
        axis.setPen(pg.mkPen(palette.mid().color()))
        axis.enableAutoSIPrefix(False)
        # Painting an axis (its tick labels) costs milliseconds of Python; cache it as a pixmap that is
        # redrawn only when its ticks change, not on every curve update.
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    # A fixed width keeps the panels from re-laying-out whenever a tick label gets a digit longer.
    panel.getAxis("left").setWidth(58)
    panel.hideButtons()
    panel.disableAutoRange()
    return panel


def set_blank(panel: pg.PlotItem, blank: bool) -> None:
    """A panel without points shows no tick values and no grid (not a made-up range of 0 to 1).

    Only the ticks change, not the axes' size, so the first points cause no new layout.
    """
    if getattr(panel, "studio_blank", None) == blank:
        return
    panel.studio_blank = blank
    for side in ("left", "bottom"):
        panel.getAxis(side).setTicks([] if blank else None)
    panel.studio_grid.setVisible(not blank)


def lay_out(ci: pg.GraphicsLayout, panels: dict[str, pg.PlotItem]) -> None:
    """The main loss across the top, the other terms two to a row beneath it."""
    ci.clear()
    ordered = sorted(panels.items(), key=lambda kv: kv[0] != "loss")
    row = 0
    rest = []
    for term, panel in ordered:
        if term == "loss" and row == 0:
            ci.addItem(panel, row=0, col=0, colspan=2)
            row = 1
        else:
            rest.append(panel)
    for i, panel in enumerate(rest):
        ci.addItem(panel, row=row + i // 2, col=i % 2)
    # The main panel gets twice the height of a row of term panels.
    rows = row + (len(rest) + 1) // 2
    for r in range(rows):
        ci.layout.setRowStretchFactor(r, 2 if (r == 0 and row == 1) else 1)


def label_x(panel: pg.PlotItem, label: str) -> None:
    """Name the x axis, at a fixed height (the one pyqtgraph reaches once it has drawn tick values): the
    axis then keeps its size from a blank panel to the first points, and no new layout follows them."""
    panel.setLabel("bottom", label, **{"font-size": "9pt"})
    axis = panel.getAxis("bottom")
    text = QFontMetrics(axis.style["tickFont"]).height()
    axis.setHeight(int(round(text + axis.style["tickTextOffset"][1] + max(0, axis.style["tickLength"])
                             + axis.label.boundingRect().height() * 0.8)))
