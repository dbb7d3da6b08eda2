"""ProgressBar: repaints only when something it shows changes; busy, it slides a block and shows its text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor

from studio.ui.widgets.progress_bar import BUSY_FPS, ProgressBar


class PaintCounter(QObject):
    def __init__(self, widget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def bar(show_widget) -> ProgressBar:
    return show_widget(ProgressBar(), 240, 24)


def wait_ms(qtbot, ms: int) -> None:
    """Run the event loop for ``ms`` (a timer's signal, not a sleep: the bar may repaint meanwhile)."""
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=ms + 2000):
        timer.start(ms)


def test_a_running_bar_paints_only_when_its_value_changes(qtbot, bar):
    bar.setRange(0, 100)
    bar.setValue(40)
    bar.setFormat("Epoch 2 of 5 · %p%")
    wait_ms(qtbot, 100)  # the paints those changes asked for
    counter = PaintCounter(bar)
    wait_ms(qtbot, 400)
    assert counter.count == 0
    bar.setValue(41)
    qtbot.waitUntil(lambda: counter.count >= 1)
    assert bar.text() == "Epoch 2 of 5 · 41%"
    image = bar.grab().toImage()
    highlight = bar.palette().highlight().color().rgb()
    left, right = image.pixel(8, image.height() // 2), image.pixel(image.width() - 8, image.height() // 2)
    assert QColor(left).rgb() == highlight and QColor(right).rgb() != highlight  # 41 % filled from the left


def test_a_busy_bar_slides_its_block_and_shows_its_text_while_visible(qtbot, bar):
    bar.setRange(0, 0)
    bar.setFormat("Starting…")
    counter = PaintCounter(bar)
    qtbot.waitUntil(lambda: counter.count >= 3, timeout=2000)
    first = bar.grab().toImage()
    wait_ms(qtbot, 3 * 1000 // BUSY_FPS)
    assert bar.grab().toImage() != first  # the block moved
    bar.hide()
    qtbot.waitUntil(lambda: not bar.is_animating(), timeout=2000)
    bar.setRange(0, 100)
    bar.setValue(0)
    bar.show()
    count = counter.count
    wait_ms(qtbot, 300)
    assert counter.count - count <= 2  # the paint of being shown again, then nothing
