"""FilterTilesView: an RBM's filters and its Gibbs chain's negative particles, each as a square of tiles.

Shows a Preview of kind "filter_tiles": every row of the preview ((N, C, H, W) images in [0, 1]) becomes one
titled panel, its images laid out in a near-square grid (a 100-unit RBM: 10×10 filters), painted with
nearest-neighbour scaling so that 28×28 weights stay crisp. Panels sit side by side, filters first.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from studio.core.events import Preview
from studio.core.images import make_grid
from studio.ui.i18n import tr

PAD = 1


class TileGrid(QWidget):
    """(N, C, H, W) images in [0, 1] as a near-square grid of tiles, scaled without smoothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._count = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)

    def set_images(self, images: np.ndarray) -> None:
        images = np.asarray(images, dtype=np.float32)
        self._count = len(images)
        if not self._count:
            self._image = None
            self.update()
            return
        cols = math.ceil(math.sqrt(self._count))
        rows = [images[i:i + cols] for i in range(0, self._count, cols)]
        grid = np.ascontiguousarray(make_grid(rows, pad=PAD, background=24))                # (H', W', 3)
        h, w, _ = grid.shape
        self._image = QImage(grid.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        self.update()

    def tile_count(self) -> int:
        return self._count

    def clear(self) -> None:
        self.set_images(np.zeros((0, 1, 1, 1), np.float32))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(300, 300)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self._image is not None:
            iw, ih = self._image.width(), self._image.height()
            fit = min(self.width() / iw, self.height() / ih)
            scale = math.floor(fit) if fit >= 1 else fit          # whole zoom factors keep pixels square
            w, h = int(iw * scale), int(ih * scale)
            target = QRect((self.width() - w) // 2, 0, w, h)
            # Enlarged: crisp pixels; shrunk (a small panel): smoothed, or thin strokes would vanish.
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, fit < 1)
            painter.drawImage(target, self._image)
        painter.end()


class FilterTilesView(QWidget):
    """One titled TileGrid per row of a "filter_tiles" preview (filters, particles, data, reconstructions)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._caption = QLabel(tr("The RBM's filters and its negative particles appear here after each epoch."))
        self._caption.setObjectName("filterTilesCaption")
        outer.addWidget(self._caption)
        self._row = QHBoxLayout()
        outer.addLayout(self._row, 1)
        self._panels: dict[str, tuple[QLabel, TileGrid, QWidget]] = {}
        self._order: list[str] = []

    def _panel(self, name: str) -> tuple[QLabel, TileGrid, QWidget]:
        if name not in self._panels:
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(2, 0, 2, 0)
            title = QLabel()
            title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            grid = TileGrid()
            grid.setObjectName(f"tiles-{name}")
            layout.addWidget(title)
            layout.addWidget(grid, 1)
            # The filters and particles get more room than the small data/reconstruction panels.
            self._row.addWidget(box, 4 if name in ("filters", "particles") else 1)
            self._panels[name] = (title, grid, box)
        return self._panels[name]

    def show_preview(self, preview: Preview) -> None:
        # A preview read back from its saved picture has no step: the epoch alone then.
        self._caption.setText(preview.title or ((tr("Epoch {epoch} · step {step:,}") if preview.step else
                                                 tr("Epoch {epoch}")).format(epoch=preview.epoch, step=preview.step)
                                                if preview.epoch else ""))
        shown = []
        for row in preview.rows:
            data = np.asarray(row.data)
            if data.ndim != 4:
                continue
            title, grid, box = self._panel(row.name)
            title.setText(f"{tr(row.title)} ({len(data)})")
            grid.set_images(data)
            box.show()
            shown.append(row.name)
        for name, (_t, _g, box) in self._panels.items():
            box.setVisible(name in shown)
        self._order = shown

    def clear(self) -> None:
        for _title, grid, box in self._panels.values():
            grid.clear()
            box.hide()
        self._order = []

    def has_images(self) -> bool:
        return any(self._panels[n][1].tile_count() for n in self._order)

    def row_titles(self) -> list[str]:
        return [self._panels[n][0].text() for n in self._order]

    def tile_count(self, name: str) -> int:
        """How many tiles the panel ``name`` (e.g. "filters") shows (0 when hidden or absent)."""
        return self._panels[name][1].tile_count() if name in self._order else 0
