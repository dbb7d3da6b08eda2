"""DiversityMeter: a GAN's mode-collapse indicator, the diversity of its samples against the real data's.

The figure is the mean pairwise distance of features within a batch of samples over the same figure on
real images (the model computes it at each validation). A generator that collapses onto a few modes makes
samples that look alike, and the ratio drops well below 1. The meter draws its history as a small line,
with 1 (as varied as the data) dashed and the warning level dotted, and says in words how things stand.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from studio.ui.i18n import tr, tr_noop

# Below this share of the real data's diversity the meter warns, unless its owner gives another level.
WARN_RATIO = 0.5
OK_COLOR = QColor(60, 170, 90)
WARN_COLOR = QColor(220, 70, 50)
IDLE_TEXT = tr_noop("Measured after each epoch while a GAN trains.")


class _Sparkline(QWidget):
    def __init__(self, meter: "DiversityMeter") -> None:
        super().__init__(meter)
        self._meter = meter
        self.setMinimumHeight(46)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(200, 46)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        m = self._meter
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        values = [v for _x, v in m.history()]
        ref = m.reference()
        top = max(values + ([ref] if ref else []) + [1e-6]) * 1.1
        area = QRectF(self.rect()).adjusted(3, 3, -3, -3)

        def y(v: float) -> float:
            return area.bottom() - (v / top) * area.height()

        if ref:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(area.left(), y(ref)), QPointF(area.right(), y(ref)))
            painter.setPen(QPen(WARN_COLOR.lighter(150), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(area.left(), y(ref * m.warn_ratio)), QPointF(area.right(), y(ref * m.warn_ratio)))
        points = m.history()
        if points:
            lo, hi = points[0][0], points[-1][0]

            def px(x_value: float) -> float:
                return area.left() + (area.width() * (x_value - lo) / (hi - lo) if hi > lo else area.width())

            path = QPainterPath()
            for i, (xv, v) in enumerate(points):
                (path.lineTo if i else path.moveTo)(QPointF(px(xv), y(v)))
            painter.setPen(QPen(WARN_COLOR if m.is_warning() else OK_COLOR, 2))
            painter.drawPath(path)
            if len(points) == 1:
                painter.drawEllipse(QPointF(px(points[0][0]), y(points[0][1])), 2, 2)
            marker = m.marker()
            if marker is not None and lo <= marker <= hi:
                # The epoch the grid shows (a snapshot scrubbed to): where the figure stood then.
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1))
                painter.drawLine(QPointF(px(marker), area.top()), QPointF(px(marker), area.bottom()))
        painter.end()


class DiversityMeter(QWidget):
    """See the module's docstring. ``add(x, ratio)`` appends a point (x: the epoch; ratio: the samples'
    diversity over the real images', 1.0 = as varied as the data)."""

    def __init__(self, parent: QWidget | None = None, warn_ratio: float = WARN_RATIO) -> None:
        super().__init__(parent)
        self.warn_ratio = warn_ratio
        self._history: list[tuple[float, float]] = []
        self._marker: float | None = None
        self.title = QLabel(tr("Diversity (mode-collapse check)"))
        self.title.setStyleSheet("font-weight: 600;")
        self.spark = _Sparkline(self)
        self.text = QLabel(tr(IDLE_TEXT))
        self.text.setWordWrap(True)
        self.setToolTip(tr("Mean pairwise distance of features within a batch of samples, over the same figure on "
                           "real images (dashed line: as varied as the data). Below the dotted line "
                           "({warn_ratio:.0%}), the generator repeats itself: mode collapse.").format(
                               warn_ratio=warn_ratio))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.spark)
        layout.addWidget(self.text)

    def clear(self) -> None:
        self._history = []
        self._marker = None
        self._refresh()

    def set_marker(self, x: float | None) -> None:
        """Mark ``x`` (an epoch) on the line, e.g. the snapshot the grid shows; None removes the mark."""
        self._marker = None if x is None else float(x)
        self.spark.update()

    def marker(self) -> float | None:
        return self._marker

    def set_history(self, points: list[tuple[float, float]]) -> None:
        self._history = [(float(x), float(v)) for x, v in points if math.isfinite(v)]
        self._refresh()

    def add(self, x: float, ratio: float) -> None:
        if math.isfinite(ratio):
            self._history.append((float(x), float(ratio)))
            self._refresh()

    # Accessors -------------------------------------------------------------------------------------

    def history(self) -> list[tuple[float, float]]:
        return list(self._history)

    def reference(self) -> float:
        return 1.0

    def ratio(self) -> float | None:
        return self._history[-1][1] if self._history else None

    def is_warning(self) -> bool:
        ratio = self.ratio()
        return ratio is not None and ratio < self.warn_ratio

    def status_text(self) -> str:
        return self.text.text()

    def _refresh(self) -> None:
        ratio = self.ratio()
        if ratio is None:
            self.text.setText(tr(IDLE_TEXT))
            self.text.setStyleSheet("")
        elif ratio < self.warn_ratio:
            self.text.setText(tr("⚠ The samples are {ratio:.0%} as varied as the real images: they look alike, a "
                                 "sign of mode collapse. Try an earlier snapshot, a lower learning rate, DiffAugment "
                                 "or spectral norm.").format(ratio=ratio))
            self.text.setStyleSheet(f"color: {WARN_COLOR.name()};")
        else:
            self.text.setText(tr("The samples are {ratio:.0%} as varied as the real images.").format(ratio=ratio))
            self.text.setStyleSheet("")
        self.spark.update()
