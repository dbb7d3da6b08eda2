"""Light and dark themes: the application palette, and the colours pyqtgraph gives new plots.

"system" follows the desktop: Qt 6.5+ reports its colour scheme (``QStyleHints.colorScheme``), and the
theme is applied again when the desktop switches. Where a platform reports a dark scheme but its style
keeps a light palette (the Fusion style on many Linux desktops), the dark palette below is applied, so
"dark" always looks dark.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_state = {"theme": "system", "light_palette": None, "following": False}


def dark_palette() -> QPalette:
    """A dark palette in which every role used as a text colour (Mid and Dark included) stays readable."""
    p = QPalette()
    window, base, alt, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(40, 40, 43), QColor(225, 225, 225)
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base, QPalette.ColorRole.AlternateBase: alt,
        QPalette.ColorRole.ToolTipBase: QColor(60, 60, 64), QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor(150, 150, 150), QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor(55, 55, 59), QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 90, 90),
        QPalette.ColorRole.Light: QColor(75, 75, 80), QPalette.ColorRole.Midlight: QColor(62, 62, 66),
        # The studio writes hints in palette(mid) and palette(dark): lighter than the window here.
        QPalette.ColorRole.Mid: QColor(150, 150, 155), QPalette.ColorRole.Dark: QColor(170, 170, 175),
        QPalette.ColorRole.Shadow: QColor(10, 10, 10),
        QPalette.ColorRole.Highlight: QColor(42, 130, 218), QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.Link: QColor(90, 160, 240), QPalette.ColorRole.LinkVisited: QColor(170, 130, 230),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(120, 120, 120))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor(80, 80, 80))
    return p


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hasattr(hints, "colorScheme") and hints.colorScheme() == Qt.ColorScheme.Dark


def effective_theme(theme: str) -> str:
    """"light" or "dark": what ``theme`` ("system", "light", "dark") means on this desktop now."""
    if theme in ("light", "dark"):
        return theme
    return "dark" if system_is_dark() else "light"


def apply_theme(app: QApplication, theme: str) -> str:
    """Apply ``theme`` to the whole application; returns "light" or "dark". Plots take the new background
    and axis colours too (their series keep theirs)."""
    if _state["light_palette"] is None:
        _state["light_palette"] = QPalette(app.palette())     # the style's own palette, before any change
    _state["theme"] = theme
    hints = QGuiApplication.styleHints()
    if theme == "system":
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
    elif hasattr(hints, "setColorScheme"):      # Qt 6.8+: native styles (Windows 11, macOS) follow this
        hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
    if not _state["following"] and hasattr(hints, "colorSchemeChanged"):
        _state["following"] = True
        hints.colorSchemeChanged.connect(lambda _scheme: _state["theme"] == "system"
                                         and apply_theme(app, "system"))
    chosen = effective_theme(theme)
    if chosen == "dark":
        app.setPalette(dark_palette())
    else:
        app.setPalette(_state["light_palette"])
    sync_plot_colors()
    for window in app.topLevelWidgets():
        restyle_plots(window)
    return chosen


def sync_plot_colors(import_now: bool = False) -> None:
    """Give plots made from now on the palette's background and text colours.

    The window calls this before it builds a tab (after the first paint, so importing pyqtgraph here costs
    the start nothing); before that, pyqtgraph is not imported and there is nothing to do."""
    if sys.modules.get("pyqtgraph") is None and not import_now:
        return
    import pyqtgraph as pg

    palette = QApplication.palette()
    pg.setConfigOption("background", palette.color(QPalette.ColorRole.Base))
    pg.setConfigOption("foreground", palette.color(QPalette.ColorRole.Text))


def restyle_plots(root) -> int:
    """Give the plots already built under ``root`` (a widget) the palette's background and axis colours,
    after a change of theme; returns how many plots were restyled. Series keep their own colours."""
    pg = sys.modules.get("pyqtgraph")
    if pg is None:
        return 0
    palette = QApplication.palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    views = root.findChildren(pg.GraphicsView)
    for view in views:
        view.setBackground(base)
        for item in view.items():
            if isinstance(item, pg.AxisItem):
                item.setPen(text)
                item.setTextPen(text)
    return len(views)
