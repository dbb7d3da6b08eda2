"""ImageStrip: labelled rows of small pictures (inputs, reconstructions, samples), scaled without blur.

The pictures arrive as (N, C, H, W) float arrays in [0, 1]. They are laid out once into one RGB grid
(``studio.core.images.make_grid``) and painted with nearest-neighbour scaling by a whole factor, so that
28×28 digits stay crisp pixel art instead of a blurred smear.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.core.images import make_grid

ROW_TITLES = {"inputs": "Inputs", "outputs": "Reconstructions", "samples": "Samples"}
PAD = 2


class ImageStrip(QWidget):
    """Shows rows of images with a title at the left of each row.

    ``set_images({"inputs": a, "outputs": b, "samples": c}, caption)``; rows missing from the dict are
    not drawn. Models that only generate give "outputs" alone, which is then titled "Samples".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._titles: list[str] = []
        self._cell = (28, 28)
        self._caption = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(90)

    def clear(self) -> None:
        self._image = None
        self._titles = []
        self._caption = ""
        self.update()

    def has_images(self) -> bool:
        return self._image is not None

    def row_titles(self) -> list[str]:
        return list(self._titles)

    def set_images(self, images: dict[str, np.ndarray], caption: str = "") -> None:
        names = [n for n in ("inputs", "outputs", "samples") if images.get(n) is not None and len(images[n])]
        names += [n for n in images if n not in names and images[n] is not None and len(images[n])]
        if not names:
            self.clear()
            return
        rows = [np.asarray(images[n], dtype=np.float32) for n in names]
        shape = rows[0].shape[1:]
        rows = [r for r in rows if r.shape[1:] == shape]  # a row of another size cannot share the grid
        names = names[:len(rows)]
        grid = np.ascontiguousarray(make_grid(rows, pad=PAD, background=32))     # (H', W', 3) uint8
        h, w, _ = grid.shape
        # QImage does not own numpy's memory, so keep a copy that lives as long as the picture.
        self._image = QImage(grid.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        self._cell = (shape[1], shape[2])
        self._titles = [ROW_TITLES.get(n, n.capitalize()) for n in names]
        if names == ["outputs"]:  # a model without inputs to rebuild shows what it generates
            self._titles = ["Samples"]
        self._caption = caption
        self.update()

    def set_picture(self, path, cell_height: int, caption: str = "") -> None:
        """Show a strip saved by the trainer (``make_grid`` rows, enlarged twice) from a PNG file."""
        image = QImage(str(path))
        if image.isNull():
            self.clear()
            return
        # The trainer saves the grid at twice its size; halve it back so that one pixel is one pixel.
        image = image.scaled(image.width() // 2, image.height() // 2, Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.FastTransformation)
        rows = max(1, round((image.height() - PAD) / (cell_height + PAD)))
        titles = {1: ["Samples"], 2: ["Inputs", "Reconstructions"], 3: ["Inputs", "Reconstructions", "Samples"]}
        self._image = image.convertToFormat(QImage.Format.Format_RGB888)
        self._cell = (cell_height, cell_height)
        self._titles = titles.get(rows, [""] * rows)
        self._caption = caption
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(600, 180)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        metrics = painter.fontMetrics()
        if self._image is None:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             "Inputs, reconstructions and samples appear here after each epoch.")
            painter.end()
            return
        label_w = max(metrics.horizontalAdvance(t) for t in self._titles) + 12
        caption_h = metrics.height() + 4 if self._caption else 0
        avail_w = max(1, self.width() - label_w - 8)
        avail_h = max(1, self.height() - caption_h - 4)
        img_w, img_h = self._image.width(), self._image.height()
        # A whole-number zoom keeps every source pixel the same size on screen.
        scale = max(1, min(avail_w // img_w, avail_h // img_h))
        fit = min(avail_w / img_w, avail_h / img_h)
        if fit < 1:  # too small even at 1×: shrink, still without smoothing
            scale = fit
        target = QRect(label_w, caption_h, int(img_w * scale), int(img_h * scale))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(target, self._image)
        painter.setPen(self.palette().text().color())
        if self._caption:
            painter.drawText(QRect(label_w, 0, self.width() - label_w, caption_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._caption)
        row_h = (self._cell[0] + PAD) * scale
        for i, title in enumerate(self._titles):
            y = caption_h + PAD * scale + i * row_h
            painter.drawText(QRect(0, int(y), label_w - 8, int(self._cell[0] * scale)),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, title)
        painter.end()
