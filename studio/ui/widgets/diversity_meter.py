"""DiversityMeter: a GAN's mode-collapse indicator, the diversity of its samples against the real data's.

The figure is the mean pairwise distance of classifier features within a batch (the core computes it).
A generator that collapses onto a few modes makes samples that look alike, and the figure drops well
below the same figure on real images. The meter draws the history as a small line with the real
figure as a dashed reference and the warning level under it, and says in words how things stand.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

# Below this share of the real data's diversity the meter warns: a healthy GAN on MNIST sits around
# 0.8–1.0 of it; a collapsed one falls to a third or less.
WARN_RATIO = 0.6
OK_COLOR = QColor(60, 170, 90)
WARN_COLOR = QColor(220, 70, 50)


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
            painter.drawLine(QPointF(area.left(), y(ref * WARN_RATIO)), QPointF(area.right(), y(ref * WARN_RATIO)))
        if values:
            path = QPainterPath()
            n = len(values)
            for i, v in enumerate(values):
                x = area.left() + (area.width() * i / (n - 1) if n > 1 else area.width())
                (path.lineTo if i else path.moveTo)(QPointF(x, y(v)))
            painter.setPen(QPen(WARN_COLOR if m.is_warning() else OK_COLOR, 2))
            painter.drawPath(path)
            if n == 1:
                painter.drawEllipse(QPointF(area.right(), y(values[0])), 2, 2)
        painter.end()


class DiversityMeter(QWidget):
    """See the module's docstring. ``add(x, value)`` appends a point (x: the epoch or step);
    ``set_reference(value)`` gives the real data's figure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history: list[tuple[float, float]] = []
        self._reference: float | None = None
        self.title = QLabel("Diversity (mode-collapse check)")
        self.title.setStyleSheet("font-weight: 600;")
        self.spark = _Sparkline(self)
        self.text = QLabel("Shown while a GAN trains or when a run is open.")
        self.text.setWordWrap(True)
        self.setToolTip("Mean pairwise distance of classifier features within a batch of samples, against the "
                        "same figure on real images (dashed line). Well below it (dotted line: "
                        f"{WARN_RATIO:.0%} of it), the generator repeats itself: mode collapse.")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.spark)
        layout.addWidget(self.text)

    def clear(self) -> None:
        self._history = []
        self._reference = None
        self._refresh()

    def set_reference(self, value: float | None) -> None:
        self._reference = None if value is None or not math.isfinite(value) or value <= 0 else float(value)
        self._refresh()

    def set_history(self, points: list[tuple[float, float]]) -> None:
        self._history = [(float(x), float(v)) for x, v in points if math.isfinite(v)]
        self._refresh()

    def add(self, x: float, value: float) -> None:
        if math.isfinite(value):
            self._history.append((float(x), float(value)))
            self._refresh()

    # Accessors -------------------------------------------------------------------------------------

    def history(self) -> list[tuple[float, float]]:
        return list(self._history)

    def reference(self) -> float | None:
        return self._reference

    def latest(self) -> float | None:
        return self._history[-1][1] if self._history else None

    def ratio(self) -> float | None:
        latest = self.latest()
        if latest is None or not self._reference:
            return None
        return latest / self._reference

    def is_warning(self) -> bool:
        ratio = self.ratio()
        return ratio is not None and ratio < WARN_RATIO

    def status_text(self) -> str:
        return self.text.text()

    def _refresh(self) -> None:
        latest, ratio = self.latest(), self.ratio()
        if latest is None:
            self.text.setText("Shown while a GAN trains or when a run is open.")
            self.text.setStyleSheet("")
        elif ratio is None:
            self.text.setText(f"Diversity {latest:.3g} (no figure for the real data to compare with).")
            self.text.setStyleSheet("")
        elif ratio < WARN_RATIO:
            self.text.setText(f"⚠ Diversity {latest:.3g} is {ratio:.0%} of the real data's {self._reference:.3g}: "
                              "the samples look alike, a sign of mode collapse. Try a lower learning rate, "
                              "DiffAugment, spectral norm, or an earlier snapshot.")
            self.text.setStyleSheet(f"color: {WARN_COLOR.name()};")
        else:
            self.text.setText(f"Diversity {latest:.3g}, {ratio:.0%} of the real data's {self._reference:.3g}.")
            self.text.setStyleSheet("")
        self.spark.update()
