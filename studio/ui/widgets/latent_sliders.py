"""LatentSliders: one slider per latent dimension, in a scroll area (a latent can have hundreds)."""

from __future__ import annotations

from typing import Iterator

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QSlider, QVBoxLayout, QWidget

from studio.ui.i18n import tr

SLIDER_STEPS = 1000
MAX_SLIDERS = 512
ROWS_PER_STEP = 32


class LatentSliders(QWidget):
    """One slider per latent dimension in a scroll area. ``changed(index, value)`` when the user moves one."""

    changed = Signal(int, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sliders: list[QSlider] = []
        self._values: list[QLabel] = []
        self._limit = 4.0
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setContentsMargins(4, 4, 4, 4)
        self._grid.setVerticalSpacing(2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    @property
    def limit(self) -> float:
        """The code value at either end of the sliders (±limit)."""
        return self._limit

    def set_dimensions(self, dim: int, limit: float, prefix: str = "z") -> None:
        """One slider per dimension, from -limit to +limit, named ``prefix`` + index (z0, z1… or c0, c1…)."""
        for _ in self.build_in_steps(dim, limit, prefix):
            pass

    def build_in_steps(self, dim: int, limit: float, prefix: str = "z",
                       rows_per_step: int = ROWS_PER_STEP) -> Iterator[None]:
        """``set_dimensions`` as a generator that yields after every ``rows_per_step`` rows, so that a caller
        can spread a few hundred sliders over several passes of the event loop: a row takes ~0.1 ms to build,
        and laying out and showing the new rows more (256 rows: 143 ms in one event, or 4–27 ms a step)."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._sliders, self._values = [], []
        self._limit = limit
        for i in range(min(dim, MAX_SLIDERS)):
            name = QLabel(f"{prefix}{i}")
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(-SLIDER_STEPS, SLIDER_STEPS)
            slider.setToolTip(tr("Latent coordinate {prefix}{i}, from {low:g} to {limit:g}").format(
                prefix=prefix, i=i, low=-limit, limit=limit))
            value = QLabel("0.00")
            value.setMinimumWidth(44)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            slider.valueChanged.connect(lambda v, i=i: self._on_slider(i, v))
            self._grid.addWidget(name, i, 0)
            self._grid.addWidget(slider, i, 1)
            self._grid.addWidget(value, i, 2)
            self._sliders.append(slider)
            self._values.append(value)
            if (i + 1) % rows_per_step == 0 and i + 1 < min(dim, MAX_SLIDERS):
                yield
        self._grid.setRowStretch(len(self._sliders), 1)

    def set_values(self, z: np.ndarray) -> None:
        for i, slider in enumerate(self._sliders):
            v = float(z[i])
            slider.blockSignals(True)
            slider.setValue(int(round(np.clip(v / self._limit, -1, 1) * SLIDER_STEPS)))
            slider.blockSignals(False)
            self._values[i].setText(f"{v:+.2f}")

    def count(self) -> int:
        return len(self._sliders)

    def slider(self, i: int) -> QSlider:
        return self._sliders[i]

    def _on_slider(self, i: int, step: int) -> None:
        value = step / SLIDER_STEPS * self._limit
        self._values[i].setText(f"{value:+.2f}")
        self.changed.emit(i, value)
