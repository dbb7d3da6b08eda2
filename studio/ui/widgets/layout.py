"""Small layout helpers shared by the tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget


def splitter(orientation: Qt.Orientation, *parts: tuple[QWidget, int, int]) -> QSplitter:
    """A splitter of (widget, stretch factor, starting size) parts."""
    split = QSplitter(orientation)
    for i, (widget, stretch, _size) in enumerate(parts):
        split.addWidget(widget)
        split.setStretchFactor(i, stretch)
    split.setSizes([size for _w, _s, size in parts])
    return split
