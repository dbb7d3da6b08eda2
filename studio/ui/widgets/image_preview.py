"""ImagePreview: shows an image as large as fits, centred, over a checkerboard where it is transparent."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget


def qimage_from_rgba(data: bytes, width: int, height: int) -> QImage:
    """A QImage that owns a copy of ``data`` (RGBA bytes, rows packed).

    The pixels are copied into the image's own buffer: a QImage built on a Python buffer only borrows
    that memory, which Python may free while Qt still paints from it.
    """
    image = QImage(width, height, QImage.Format.Format_RGBA8888)
    stride = image.bytesPerLine()
    bits = image.bits()
    row = width * 4
    if stride == row:
        bits[: row * height] = data
    else:  # pragma: no cover - RGBA rows are always 4-byte aligned
        for y in range(height):
            bits[y * stride: y * stride + row] = data[y * row:(y + 1) * row]
    return image


class ImagePreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._message = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 200)
        checker = QPixmap(16, 16)
        checker.fill(QColor("#ffffff"))
        painter = QPainter(checker)
        painter.fillRect(0, 0, 8, 8, QColor("#d8d8d8"))
        painter.fillRect(8, 8, 8, 8, QColor("#d8d8d8"))
        painter.end()
        self._checker = checker

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(520, 520)

    def image(self) -> QImage | None:
        return self._image

    def setImage(self, image: QImage | None) -> None:  # noqa: N802 - Qt style
        self._image = image
        self._message = ""
        self.update()

    def setMessage(self, text: str) -> None:  # noqa: N802 - Qt style
        """A line shown over the (dimmed) image, e.g. why the cloud cannot be drawn."""
        self._message = text
        self.update()

    def target_rect(self) -> QRect:
        if self._image is None or self._image.isNull():
            return QRect()
        size = self._image.size().scaled(self.size() - QSize(16, 16), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) // 2
        y = (self.height() - size.height()) // 2
        return QRect(x, y, size.width(), size.height())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        rect = self.target_rect()
        if not rect.isNull():
            if self._image.hasAlphaChannel():
                painter.drawTiledPixmap(rect, self._checker)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(rect, self._image)
        if self._message:
            if not rect.isNull():  # the last good image stays, faded, behind the message
                painter.fillRect(rect, QColor(255, 255, 255, 200))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            width = min(self.width() - 48, 420)
            text_rect = painter.fontMetrics().boundingRect(QRect(0, 0, width, 2000), flags, self._message)
            panel = text_rect.adjusted(-16, -12, 16, 12)
            panel.moveCenter(self.rect().center())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QColor("#b0b0b0"))
            painter.setBrush(self.palette().base())
            painter.drawRoundedRect(panel, 6, 6)
            painter.setPen(self.palette().text().color())
            painter.drawText(panel, flags, self._message)
        painter.end()
