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
from studio.ui.i18n import tr

PAD = 2
# The PNG text field where the trainer keeps the rows' titles, one per line.
TITLES_KEY = "rows"


class ImageStrip(QWidget):
    """Shows rows of images with a title at the left of each row.

    ``set_rows([("Inputs", a), ("Reconstructions", b)], caption)``: each row is (N, C, H, W) in [0, 1];
    the titles are the model's (they come with its previews).
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

    def set_rows(self, rows: list[tuple[str, np.ndarray]], caption: str = "") -> None:
        rows = [(t, np.asarray(a, dtype=np.float32)) for t, a in rows if a is not None and len(a)]
        if not rows:
            self.clear()
            return
        shape = rows[0][1].shape[1:]
        rows = [(t, a) for t, a in rows if a.shape[1:] == shape]  # a row of another size cannot share the grid
        grid = np.ascontiguousarray(make_grid([a for _t, a in rows], pad=PAD, background=32))  # (H', W', 3)
        h, w, _ = grid.shape
        # QImage does not own numpy's memory, so keep a copy that lives as long as the picture.
        self._image = QImage(grid.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        self._cell = (shape[1], shape[2])
        self._titles = [tr(t) if t else t for t, _a in rows]
        self._caption = caption
        self.update()

    def set_picture(self, path, cell_height: int, caption: str = "", fallback_titles: list[str] = ()) -> None:
        """Show a strip saved by the trainer (``make_grid`` rows, enlarged twice) from a PNG file.

        The rows' titles are read from the PNG; strips saved before the titles were kept there take
        ``fallback_titles`` (the first as many as there are rows)."""
        image = QImage(str(path))
        if image.isNull():
            self.clear()
            return
        # The trainer saves the grid at twice its size; halve it back so that one pixel is one pixel.
        image = image.scaled(image.width() // 2, image.height() // 2, Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.FastTransformation)
        rows = max(1, round((image.height() - PAD) / (cell_height + PAD)))
        # The trainer writes the rows' titles into the PNG; strips saved before that get none.
        titles = [t for t in image.text(TITLES_KEY).split("\n") if t]
        if len(titles) != rows:
            titles = list(fallback_titles)[:rows] if len(fallback_titles) >= rows else [""] * rows
        self._image = image.convertToFormat(QImage.Format.Format_RGB888)
        self._cell = (cell_height, cell_height)
        self._titles = [tr(t) if t else t for t in titles]
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
                             tr("Inputs, reconstructions and samples appear here after each epoch."))
            painter.end()
            return
        label_w = max([metrics.horizontalAdvance(t) for t in self._titles] + [0]) + 12
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
