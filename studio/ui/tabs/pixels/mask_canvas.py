"""MaskCanvas: a small picture, enlarged, on which the user paints the part a model should complete.

The hidden part shows as a translucent orange veil. Left button paints it, right button (or the eraser)
uncovers; each stroke can be undone (Ctrl+Z, up to MAX_UNDO strokes). The mask is an (H, W) boolean
array, True where the model will draw.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.ui.i18n import tr
from studio.ui.widgets.pixel_view import to_qimage

MAX_UNDO = 50
VEIL = QColor(255, 140, 0, 120)


class MaskCanvas(QWidget):
    """Shows a (C, H, W) picture in [0, 1] with its mask; ``mask_changed`` after every edit."""

    mask_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._picture: np.ndarray | None = None
        self._image = None
        self._mask = np.zeros((28, 28), bool)
        self._undo: list[np.ndarray] = []
        self._painting: bool | None = None      # True: hiding, False: uncovering, None: not in a stroke
        self.brush = 2                           # the brush's side in picture pixels
        self.eraser = False
        self.setMinimumSize(168, 168)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(tr("Paint the part to complete (left button); the right button uncovers. Ctrl+Z undoes."))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(280, 280)

    # Public API ------------------------------------------------------------------------------------

    def set_picture(self, picture: np.ndarray) -> None:
        """Show ``picture`` (C, H, W) in [0, 1]; a mask of another size is cleared."""
        self._picture = np.asarray(picture, np.float32)
        self._image = to_qimage(self._picture)
        h, w = self._picture.shape[1:]
        if self._mask.shape != (h, w):
            self._mask = np.zeros((h, w), bool)
            self._undo.clear()
        self.update()

    def picture(self) -> np.ndarray | None:
        return self._picture

    def mask(self) -> np.ndarray:
        return self._mask.copy()

    def set_mask(self, hidden: np.ndarray) -> None:
        """Replace the mask (undoable)."""
        hidden = np.asarray(hidden, bool)
        if hidden.shape != self._mask.shape:
            raise ValueError(f"the mask must be {self._mask.shape}, not {hidden.shape}")
        self._push_undo()
        self._mask = hidden.copy()
        self.update()
        self.mask_changed.emit()

    def clear_mask(self) -> None:
        self.set_mask(np.zeros_like(self._mask))

    def undo(self) -> bool:
        if not self._undo:
            return False
        self._mask = self._undo.pop()
        self.update()
        self.mask_changed.emit()
        return True

    def can_undo(self) -> bool:
        return bool(self._undo)

    def paint_at(self, row: int, col: int, hide: bool = True) -> None:
        """Paint one brush dab centred on pixel (row, col), as a stroke of its own (for tests and keys)."""
        self._push_undo()
        self._dab(row, col, hide)
        self.mask_changed.emit()

    # Painting --------------------------------------------------------------------------------------

    def _push_undo(self) -> None:
        self._undo.append(self._mask.copy())
        del self._undo[:-MAX_UNDO]

    def target_rect(self) -> QRect:
        h, w = self._mask.shape
        scale = max(1, min(self.width() // w, self.height() // h))
        return QRect((self.width() - w * scale) // 2, (self.height() - h * scale) // 2, w * scale, h * scale)

    def _pixel(self, pos) -> tuple[int, int]:
        rect = self.target_rect()
        h, w = self._mask.shape
        col = int((pos.x() - rect.x()) * w / max(1, rect.width()))
        row = int((pos.y() - rect.y()) * h / max(1, rect.height()))
        return row, col

    def _dab(self, row: int, col: int, hide: bool) -> None:
        h, w = self._mask.shape
        half = (self.brush - 1) // 2
        r0, c0 = row - half, col - half
        r1, c1 = r0 + self.brush, c0 + self.brush
        self._mask[max(0, r0):max(0, min(h, r1)), max(0, c0):max(0, min(w, c1))] = hide
        self.update()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            self._push_undo()
            self._painting = event.button() == Qt.MouseButton.LeftButton and not self.eraser
            self._dab(*self._pixel(event.position()), self._painting)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._painting is not None:
            self._dab(*self._pixel(event.position()), self._painting)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._painting is not None:
            self._painting = None
            self.mask_changed.emit()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        rect = self.target_rect()
        if self._image is None:
            painter.setPen(QColor(140, 140, 140))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             tr("Choose a digit, open a picture or draw one."))
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(rect, self._image)
        h, w = self._mask.shape
        sx, sy = rect.width() / w, rect.height() / h
        for r, c in zip(*np.nonzero(self._mask)):
            painter.fillRect(QRect(int(rect.x() + c * sx), int(rect.y() + r * sy), int(np.ceil(sx)),
                                   int(np.ceil(sy))), VEIL)
        painter.setPen(QColor(90, 90, 100))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()
