"""PixelImageView: shows a small image (a 28×28 digit, a grid of them) enlarged with nearest-neighbour scaling."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


def to_qimage(image: np.ndarray) -> QImage:
    """(C, H, W) or (H, W, C) or (H, W) floats in [0, 1] (or uint8) -> a QImage that owns its pixels."""
    arr = np.asarray(image)
    if arr.ndim == 3 and arr.shape[0] in (1, 3) and arr.shape[-1] not in (1, 3):
        arr = arr.transpose(1, 2, 0)                                      # (H, W, C)
    if arr.ndim == 3 and arr.shape[-1] == 1:
        arr = arr[:, :, 0]
    if arr.dtype != np.uint8:
        arr = (np.clip(arr, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)
    arr = np.ascontiguousarray(arr)
    h, w = arr.shape[:2]
    if arr.ndim == 2:
        img = QImage(arr.data, w, h, arr.strides[0], QImage.Format.Format_Grayscale8)
    else:
        img = QImage(arr.data, w, h, arr.strides[0], QImage.Format.Format_RGB888)
    # A copy detaches it from the numpy buffer; 32-bit pixels are what the raster painter scales fastest.
    return img.convertToFormat(QImage.Format.Format_RGB32)


class PixelImageView(QWidget):
    """Draws one image as large as fits, keeping its aspect ratio, with crisp (nearest-neighbour) pixels.

    Painting a 28×28 picture into a few hundred pixels without smoothing costs well under a millisecond,
    which is what keeps the explorer's drag-to-picture latency low.
    """

    clicked = Signal()

    def __init__(self, min_side: int = 64, parent: QWidget | None = None, whole_pixels: bool = True) -> None:
        super().__init__(parent)
        # Whole-number enlargement keeps every source pixel the same size (best for one small picture);
        # grids and strips rather fill the space they are given.
        self._whole_pixels = whole_pixels
        self._image: QImage | None = None
        self._array: np.ndarray | None = None
        self._placeholder = ""
        self._min_side = min_side
        self.setMinimumSize(min_side, min_side)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.paint_count = 0  # counted for tests and the latency benchmark

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(max(self._min_side, 224), max(self._min_side, 224))

    def set_image(self, image: np.ndarray | None) -> None:
        """Show ``image`` ((C, H, W) or (H, W, C) in [0, 1]); None clears the view."""
        self._array = None if image is None else np.asarray(image)
        self._image = None if image is None else to_qimage(image)
        self.update()

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.update()

    def image_array(self) -> np.ndarray | None:
        """The array last shown (as given to set_image)."""
        return self._array

    def qimage(self) -> QImage | None:
        return self._image

    def target_rect(self) -> QRect:
        if self._image is None:
            return QRect()
        iw, ih = self._image.width(), self._image.height()
        # Whole-number scale factors when the picture is small, so every source pixel is the same size.
        scale = min(self.width() / iw, self.height() / ih)
        if scale >= 1 and self._whole_pixels:
            scale = max(1, int(scale))
        w, h = max(1, int(iw * scale)), max(1, int(ih * scale))
        return QRect((self.width() - w) // 2, (self.height() - h) // 2, w, h)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        if self._image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            painter.drawImage(self.target_rect(), self._image)
        elif self._placeholder:
            painter.setPen(QColor(140, 140, 140))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._placeholder)
        painter.end()
        self.paint_count += 1

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.clicked.emit()
        super().mousePressEvent(event)
