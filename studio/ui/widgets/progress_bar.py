"""ProgressBar: a QProgressBar that paints itself plainly, opaque, and only what it shows.

While a model trains, the progress bar is repainted at every change of percent, next to the plots. Qt's
Fusion style draws it with stripes and gradients (lines that Qt's raster engine hands to its thread pool
and waits for) and, the bar not being opaque, repaints the widgets beneath it each time; busy (range
0..0) it animates at 30 frames a second. Over one run of bench/bench_gui_stall.py (loading included),
that was 283 paints and 92 ms of the window's time, max 1.8 ms; this bar: 166 paints, 43 ms, max 0.6 ms.

It draws a frame, the filled part and the centred text, the text in the highlight's own text colour
over the filled part. Busy, a block slides to and fro at 20 frames a second, only while visible, and a
format without placeholders ("Starting…") is shown, which Qt's bar leaves out.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QProgressBar, QWidget

BUSY_FPS = 20
BUSY_BLOCK = 0.3      # the sliding block's share of the bar
BUSY_PERIOD_S = 1.6   # one sweep there and back


class ProgressBar(QProgressBar):
    """Drop-in QProgressBar (same API) without the style's animation; see the module's docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phase = 0.0
        self._busy_timer = QTimer(self)
        self._busy_timer.setInterval(1000 // BUSY_FPS)
        self._busy_timer.timeout.connect(self._step_busy)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # it fills its whole rectangle

    def is_animating(self) -> bool:
        """Whether the busy block is moving (only while busy and on screen)."""
        return self._busy_timer.isActive()

    def is_busy(self) -> bool:
        return self.minimum() == self.maximum() == 0

    def _step_busy(self) -> None:
        if not self.is_busy() or not self.isVisible():
            self._busy_timer.stop()
            return
        self._phase = (self._phase + 1.0 / (BUSY_FPS * BUSY_PERIOD_S)) % 1.0
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if self.is_busy() and not self._busy_timer.isActive() and self.isVisible():
            self._busy_timer.start()
        palette = self.palette()
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter = QPainter(self)
        painter.fillRect(self.rect(), palette.color(group, QPalette.ColorRole.Window))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(palette.color(group, QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(group, QPalette.ColorRole.Base))
        painter.drawRoundedRect(frame, 3, 3)

        inner = frame.adjusted(1.5, 1.5, -1.5, -1.5)
        if self.is_busy():
            sweep = 1.0 - abs(2.0 * self._phase - 1.0)  # 0 → 1 → 0
            width = inner.width() * BUSY_BLOCK
            chunk = QRectF(inner.left() + sweep * (inner.width() - width), inner.top(), width, inner.height())
        else:
            span = max(self.maximum() - self.minimum(), 1)
            share = min(max((self.value() - self.minimum()) / span, 0.0), 1.0)
            chunk = QRectF(inner.left(), inner.top(), inner.width() * share, inner.height())
        if chunk.width() > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(group, QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(chunk, 2, 2)

        if self.isTextVisible():
            # Busy, Qt gives no text; a format without placeholders ("Starting…") is still worth showing.
            text = self.format() if self.is_busy() and "%" not in self.format() else self.text()
            painter.setPen(palette.color(group, QPalette.ColorRole.Text))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)
            if chunk.width() > 0:  # the part of the text over the filled part, in the contrasting colour
                painter.setClipRect(chunk)
                painter.setPen(palette.color(group, QPalette.ColorRole.HighlightedText))
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
