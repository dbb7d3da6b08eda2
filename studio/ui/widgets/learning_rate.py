"""LearningRateSpinBox: a learning rate typed freely or stepped through 1-2-5 values (the Training monitor's
form and the training-settings dialog of the tabs that train from presets)."""

from __future__ import annotations

import math

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget


class LearningRateSpinBox(QDoubleSpinBox):
    """A learning-rate box that steps through 1-2-5 values (…, 5e-4, 1e-3, 2e-3, …) and shows 0.001, 3e-05."""

    _MANTISSAS = (1.0, 2.0, 5.0)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(10)
        # No sensible upper limit: a rate that makes training diverge is reported by the trainer's guard.
        self.setRange(1e-8, 1e6)
        self.setValue(1e-3)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        return f"{value:.4g}"

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        try:
            return float(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        try:
            ok = self.minimum() <= float(text) <= self.maximum()
        except ValueError:
            ok = False  # "1e-" on the way to "1e-4": let the user keep typing
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate, text, pos)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        value = self.value()
        exponent = math.floor(math.log10(value))
        mantissa = value / 10 ** exponent
        # The index of the nearest 1-2-5 value at or below this one, then move by `steps` of them.
        index = exponent * 3 + max(i for i, m in enumerate(self._MANTISSAS) if m <= mantissa * 1.0001)
        index += steps
        exponent, i = divmod(index, 3)
        self.setValue(self._MANTISSAS[i] * 10 ** exponent)
