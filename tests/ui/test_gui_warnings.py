"""The window says known warnings in its status bar and logs the rest; none reaches the terminal."""

from __future__ import annotations

import logging
import warnings

from PIL import Image


def test_known_warnings_go_to_the_status_bar_and_the_rest_to_the_log(qtbot, app_context, capfd, caplog):
    from studio.ui.main_window import MainWindow, route_warnings

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    saved = warnings.showwarning
    try:
        with warnings.catch_warnings():
            route_warnings(window)
            warnings.warn("Image size (200000000 pixels) exceeds limit of 89478485 pixels, could be "
                          "decompression bomb DOS attack.", Image.DecompressionBombWarning)
            with caplog.at_level(logging.WARNING, logger="studio.warnings"):
                warnings.warn("something internal changed", UserWarning)
    finally:
        warnings.showwarning = saved
    assert window.statusBar().currentMessage().startswith("An image is very large (200,000,000 pixels)")
    assert "something internal changed" in caplog.text
    out, err = capfd.readouterr()
    assert "Warning" not in err and "Warning" not in out
