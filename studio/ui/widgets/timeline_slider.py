"""TimelineSlider: scrub through a list of snapshots (a GAN's grids saved during training) and play them.

It knows only labels ("epoch 3 · step 1,200"); the owner maps the index to a snapshot. While the slider
sits on the last snapshot it *follows* the timeline: a snapshot appended by a running training is shown
at once; once the user scrubs back, new snapshots no longer pull the view away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSlider, QToolButton, QWidget

from studio.ui.i18n import tr

PLAY_FPS = 4


class TimelineSlider(QWidget):
    """A slider over snapshot labels with a play button. ``index_changed(int)`` when the shown one changes."""

    index_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self.play_button = QToolButton()
        self.play_button.setText("▶")
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(tr("Play the timeline (Space)"))
        self.play_button.toggled.connect(self._toggle_play)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setPageStep(1)
        self.slider.setToolTip(tr("Scrub through the grids saved during training, from the same noise each time "
                               "(Home: the first, End: the newest)"))
        self.slider.valueChanged.connect(self._on_value)
        self.label = QLabel(tr("No snapshots yet"))
        longest = (tr("epoch {epoch}").format(epoch=888) + tr(" · step {step:,}").format(step=888888)
                   + " (00/00)")      # the longest snapshot label, in the user's language
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance(longest))
        self.label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.play_button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        self._timer = QTimer(self)
        self._timer.setInterval(1000 // PLAY_FPS)
        self._timer.timeout.connect(self._advance)
        self._set_enabled()

    # Content ---------------------------------------------------------------------------------------

    def set_labels(self, labels: list[str], index: int | None = None) -> None:
        """Replace the snapshots; show ``index`` (default: the last one)."""
        self._labels = list(labels)
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, len(self._labels) - 1))
        self.slider.setValue(len(self._labels) - 1 if index is None else index)
        self.slider.blockSignals(False)
        self._set_enabled()
        self._show_label()
        if self._labels:
            self.index_changed.emit(self.slider.value())

    def append(self, label: str) -> None:
        """A new snapshot at the end; the view follows it only if it was on the last one."""
        following = self.is_following()
        self._labels.append(label)
        self.slider.blockSignals(True)
        self.slider.setMaximum(len(self._labels) - 1)
        self.slider.blockSignals(False)
        self._set_enabled()
        last = len(self._labels) - 1
        if following and self.slider.value() != last:
            self.slider.setValue(last)    # emits index_changed
        elif following:
            self._on_value(last)          # the first snapshot: the value 0 did not change
        else:
            self._show_label()

    def clear(self) -> None:
        self.play_button.setChecked(False)
        self.set_labels([])

    # Accessors -------------------------------------------------------------------------------------

    def count(self) -> int:
        return len(self._labels)

    def index(self) -> int:
        return self.slider.value() if self._labels else -1

    def set_index(self, index: int) -> None:
        if self._labels:
            self.slider.setValue(max(0, min(index, len(self._labels) - 1)))

    def is_following(self) -> bool:
        return not self._labels or self.slider.value() == len(self._labels) - 1

    def is_playing(self) -> bool:
        return self._timer.isActive()

    # Internals -------------------------------------------------------------------------------------

    def _set_enabled(self) -> None:
        many = len(self._labels) > 1
        self.slider.setEnabled(many)
        self.play_button.setEnabled(many)

    def _show_label(self) -> None:
        if not self._labels:
            self.label.setText(tr("No snapshots yet"))
            return
        i = self.slider.value()
        self.label.setText(f"{self._labels[i]} ({i + 1}/{len(self._labels)})")

    def _on_value(self, value: int) -> None:
        self._show_label()
        self.index_changed.emit(value)

    def _toggle_play(self, on: bool) -> None:
        if on and len(self._labels) > 1:
            if self.is_following():
                self.slider.setValue(0)   # play from the start when sitting at the end
            self.play_button.setText("■")
            self._timer.start()
        else:
            self._timer.stop()
            self.play_button.setText("▶")
            if on:
                self.play_button.setChecked(False)

    def toggle_play(self) -> None:
        self.play_button.setChecked(not self.play_button.isChecked())

    def _advance(self) -> None:
        nxt = self.slider.value() + 1
        if nxt >= len(self._labels):
            self.play_button.setChecked(False)   # stop at the end, on the newest snapshot
            return
        self.slider.setValue(nxt)
