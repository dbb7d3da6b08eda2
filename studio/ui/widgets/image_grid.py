"""ImageGrid: a grid of small pictures (samples of a generator) whose tiles can be clicked and picked.

The tiles arrive as (N, C, H, W) float arrays in [0, 1] with a column count (and optional row titles, e.g.
one row per class of a conditional model). They are laid out once into one picture and painted with
nearest-neighbour scaling, so 28×28 digits stay crisp. A plain click makes a tile *current*
(``tile_clicked``); Ctrl+click (or Shift+click) *picks* it, and at most two tiles are picked at a time
(``picks_changed``), which is what an interpolation between two tiles needs.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.core.images import to_uint8

PAD = 2            # pixels of background between tiles, in source pixels
BACKGROUND = 32
TITLE_GAP = 6      # screen pixels between the row titles and the grid
CURRENT_COLOR = QColor(255, 196, 0)
PICK_COLORS = (QColor(0, 170, 255), QColor(255, 80, 160))   # A and B, as the interpolation strip names them


def tile_mosaic(images: np.ndarray, columns: int, pad: int = PAD, background: int = BACKGROUND) -> np.ndarray:
    """Lay (N, C, H, W) images in [0, 1] out row by row, ``columns`` a row: one (H', W', 3) uint8 picture."""
    images = np.asarray(images, dtype=np.float32)
    n, _c, h, w = images.shape
    columns = max(1, min(columns, n))
    rows = -(-n // columns)
    out = np.full((pad + rows * (h + pad), pad + columns * (w + pad), 3), background, dtype=np.uint8)
    pics = to_uint8(images)                                               # (N, H, W, C)
    if pics.shape[-1] == 1:
        pics = np.repeat(pics, 3, axis=-1)
    for i, pic in enumerate(pics):
        r, c = divmod(i, columns)
        y, x = pad + r * (h + pad), pad + c * (w + pad)
        out[y:y + h, x:x + w] = pic[:, :, :3]
    return out


class ImageGrid(QWidget):
    """See the module's docstring. Public accessors (``tile_count``, ``tile_rect``, ``tile_at``, ``current``,
    ``picks``, ``tile_image``, ``mosaic``) let callers and tests work without reading its internals."""

    tile_clicked = Signal(int)      # a plain click: this tile is now the current one
    picks_changed = Signal(list)    # Ctrl/Shift+click: the picked tiles (at most two), oldest first

    def __init__(self, parent: QWidget | None = None, placeholder: str = "", whole_pixels: bool = False) -> None:
        super().__init__(parent)
        self._whole_pixels = whole_pixels
        self._images: np.ndarray | None = None                             # (N, C, H, W)
        self._mosaic: np.ndarray | None = None                             # (H', W', 3) uint8
        self._qimage: QImage | None = None
        self._columns = 1
        self._titles: list[str] = []
        self._current: int | None = None
        self._picks: list[int] = []
        self._placeholder = placeholder
        self._caption = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(480, 480)

    # Content ---------------------------------------------------------------------------------------

    def set_images(self, images: np.ndarray | None, columns: int, row_titles: list[str] | None = None,
                   keep_selection: bool = True) -> None:
        """Show ``images`` (N, C, H, W) in [0, 1], ``columns`` a row; ``row_titles`` label the rows at the left.

        ``keep_selection`` keeps the current and picked tiles when the count is unchanged (a grid refreshed
        by training or by the truncation slider shows the same noise, so the same tiles stay meaningful).
        """
        if images is None or len(images) == 0:
            self.clear()
            return
        images = np.asarray(images, dtype=np.float32)
        same = self._images is not None and len(self._images) == len(images) and self._columns == columns
        self._images = images
        self._columns = max(1, min(int(columns), len(images)))
        self._titles = list(row_titles or [])
        self._mosaic = tile_mosaic(images, self._columns)
        h, w, _ = self._mosaic.shape
        self._qimage = QImage(self._mosaic.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        if not (same and keep_selection):
            self._current = None
            if self._picks:
                self._picks = []
                self.picks_changed.emit([])
        self.update()

    def clear(self) -> None:
        had_picks = bool(self._picks)
        self._images = self._mosaic = self._qimage = None
        self._titles, self._current, self._picks = [], None, []
        if had_picks:
            self.picks_changed.emit([])
        self.update()

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.update()

    def set_caption(self, text: str) -> None:
        """A line drawn under the grid (e.g. "epoch 12 · seed 3 · truncation 0.7")."""
        self._caption = text
        self.update()

    # Accessors -------------------------------------------------------------------------------------

    def has_images(self) -> bool:
        return self._images is not None

    def tile_count(self) -> int:
        return 0 if self._images is None else len(self._images)

    def columns(self) -> int:
        return self._columns

    def images(self) -> np.ndarray | None:
        """The tiles shown, (N, C, H, W) in [0, 1]."""
        return self._images

    def tile_image(self, index: int) -> np.ndarray | None:
        """Tile ``index`` as (C, H, W) in [0, 1]."""
        if self._images is None or not 0 <= index < len(self._images):
            return None
        return self._images[index]

    def mosaic(self) -> np.ndarray | None:
        """The whole grid as one (H', W', 3) uint8 picture, as saved to PNG."""
        return self._mosaic

    def row_titles(self) -> list[str]:
        return list(self._titles)

    def current(self) -> int | None:
        return self._current

    def picks(self) -> list[int]:
        return list(self._picks)

    def caption(self) -> str:
        return self._caption

    # Selection -------------------------------------------------------------------------------------

    def set_current(self, index: int | None) -> None:
        if index is not None and not 0 <= index < self.tile_count():
            index = None
        self._current = index
        self.update()

    def toggle_pick(self, index: int) -> None:
        """Pick tile ``index`` (or unpick it); a third pick drops the oldest."""
        if not 0 <= index < self.tile_count():
            return
        if index in self._picks:
            self._picks.remove(index)
        else:
            self._picks.append(index)
            self._picks = self._picks[-2:]
        self.update()
        self.picks_changed.emit(list(self._picks))

    def clear_picks(self) -> None:
        if self._picks:
            self._picks = []
            self.update()
            self.picks_changed.emit([])

    # Geometry --------------------------------------------------------------------------------------

    def _title_width(self) -> int:
        if not self._titles:
            return 0
        fm = self.fontMetrics()
        return max(fm.horizontalAdvance(t) for t in self._titles) + TITLE_GAP

    def _caption_height(self) -> int:
        return self.fontMetrics().height() + 4 if self._caption else 0

    def image_rect(self) -> QRect:
        """Where the grid picture is drawn: as large as fits, keeping its aspect ratio."""
        if self._qimage is None:
            return QRect()
        left = self._title_width()
        avail_w = max(1, self.width() - left)
        avail_h = max(1, self.height() - self._caption_height())
        iw, ih = self._qimage.width(), self._qimage.height()
        scale = min(avail_w / iw, avail_h / ih)
        # A grid fills the space it is given (nearest neighbour, so still crisp); ``whole_pixels`` keeps
        # every source pixel the same size instead, at the cost of a smaller picture.
        if self._whole_pixels and scale >= 1:
            scale = float(int(scale))
        w, h = max(1, int(iw * scale)), max(1, int(ih * scale))
        return QRect(left + (avail_w - w) // 2, (avail_h - h) // 2, w, h)

    def _scale(self) -> float:
        rect = self.image_rect()
        return rect.width() / self._qimage.width() if self._qimage is not None else 1.0

    def tile_rect(self, index: int) -> QRect:
        """The on-screen rectangle of tile ``index`` (empty when there is none)."""
        if self._images is None or not 0 <= index < len(self._images):
            return QRect()
        _n, _c, h, w = self._images.shape
        r, c = divmod(index, self._columns)
        s = self._scale()
        origin = self.image_rect().topLeft()
        x0, y0 = PAD + c * (w + PAD), PAD + r * (h + PAD)
        return QRect(origin.x() + int(round(x0 * s)), origin.y() + int(round(y0 * s)),
                     max(1, int(round(w * s))), max(1, int(round(h * s))))

    def tile_at(self, pos: QPoint) -> int | None:
        """The tile under widget position ``pos``, if any."""
        for i in range(self.tile_count()):
            if self.tile_rect(i).adjusted(-1, -1, 1, 1).contains(pos):
                return i
        return None

    # Painting and mouse ----------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        if self._qimage is None:
            if self._placeholder:
                painter.setPen(QColor(140, 140, 140))
                painter.drawText(self.rect().adjusted(12, 12, -12, -12),
                                 Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._placeholder)
            painter.end()
            return
        target = self.image_rect()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(target, self._qimage)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        if self._titles and self._images is not None:
            for r, title in enumerate(self._titles):
                cell = self.tile_rect(r * self._columns)
                if cell.isEmpty():
                    break
                painter.drawText(QRect(0, cell.top(), target.left() - TITLE_GAP, cell.height()),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, title)
        if self._caption:
            painter.drawText(QRect(0, target.bottom() + 2, self.width(), self._caption_height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._caption)
        for i, color in ((self._current, CURRENT_COLOR),
                         *((p, PICK_COLORS[k]) for k, p in enumerate(self._picks))):
            if i is None:
                continue
            painter.setPen(QPen(color, 2))
            painter.drawRect(self.tile_rect(i).adjusted(-1, -1, 0, 0))
        for k, p in enumerate(self._picks):
            rect = self.tile_rect(p)
            painter.setPen(PICK_COLORS[k])
            painter.drawText(rect.adjusted(3, 1, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             "AB"[k])
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        index = self.tile_at(event.position().toPoint())
        if index is None:
            return super().mousePressEvent(event)
        mods = event.modifiers()
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
                   | Qt.KeyboardModifier.MetaModifier):
            self.toggle_pick(index)
        else:
            self._current = index
            self.update()
            self.tile_clicked.emit(index)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        index = self.tile_at(event.position().toPoint())
        cursor = Qt.CursorShape.PointingHandCursor if index is not None else Qt.CursorShape.ArrowCursor
        if self.cursor().shape() != cursor:
            self.setCursor(cursor)
        super().mouseMoveEvent(event)
