"""ColorButton: a button that shows a colour and opens a colour dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QColorDialog, QPushButton, QWidget

from studio.ui.i18n import tr


class ColorButton(QPushButton):
    """Shows ``color`` as a swatch and its code; emits ``colorChanged(str)`` with '#rrggbb'."""

    colorChanged = Signal(str)

    def __init__(self, color: str = "#000000", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._color = QColor(color)
        self.clicked.connect(self.choose)
        self._refresh()

    def color(self) -> str:
        return self._color.name()

    def setColor(self, color: str) -> None:  # noqa: N802 - Qt style
        qcolor = QColor(color)
        if not qcolor.isValid() or qcolor == self._color:
            return
        self._color = qcolor
        self._refresh()
        self.colorChanged.emit(self._color.name())

    def choose(self) -> None:
        color = QColorDialog.getColor(self._color, self, tr("Choose a colour"))
        if color.isValid():
            self.setColor(color.name())

    def _refresh(self) -> None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(self._color)
        self.setIcon(QIcon(pixmap))
        self.setText(self._color.name())
        self.setToolTip(tr("Colour {name} (click to change)").format(name=self._color.name()))
