"""The highlights tab's settings form: what counts as a highlight (threshold, lengths, how many)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QSpinBox, QWidget

from studio.ui.i18n import tr
from studio.ui.tabs.highlights.panels import spin_box
from studio.video.review import level_field
from studio.video.segments import MODE_NAMES, SegmentRules, ThresholdSpec


class RulesForm(QGroupBox):
    """The threshold (its mode and value) and the rules that turn loud parts into highlights.

    Signals: ``modeChanged()`` when the user picks another threshold mode, ``rulesChanged()`` when the
    value or any rule changes. Changes made through the methods below are silent.
    """

    modeChanged = Signal()
    rulesChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("What counts as a highlight"), parent)
        self._level_mode: tuple[str, str] | None = None  # (mode, unit) the value box is set up for
        self.mode_box = QComboBox()
        self.mode_box.setObjectName("threshold_mode")
        for key, name in MODE_NAMES.items():
            self.mode_box.addItem(tr(name), key)
        self.mode_box.currentIndexChanged.connect(lambda _i: self.modeChanged.emit())
        self.level_spin = spin_box("threshold_level", -120, 1e9, -25, 1, suffix=tr(" dB"),
                                   tip=tr("The threshold's value"))
        self.min_spin = spin_box("shortest", 0, 600, 1.0, 0.5, tip=tr("Loud bursts shorter than this are dropped"))
        self.gap_spin = spin_box("join_gaps", 0, 600, 2.0, 0.5, tip=tr("Loud parts closer than this become one "
                                                                       "highlight"))
        self.pre_spin = spin_box("keep_before", 0, 120, 2.0, 0.5, tip=tr("Kept before each highlight: the build-up"))
        self.post_spin = spin_box("keep_after", 0, 120, 2.0, 0.5, tip=tr("Kept after each highlight: the reaction"))
        self.top_spin = QSpinBox()
        self.top_spin.setObjectName("best")
        self.top_spin.setRange(0, 999)
        self.top_spin.setSpecialValueText(tr("all"))
        self.top_spin.setToolTip(tr("Keep only the N best highlights (0: all)"))
        self.target_spin = spin_box("reel_length", 0, 36000, 0, 10,
                                    tip=tr("Keep the best highlights until the reel is this long"))
        self.target_spin.setSpecialValueText(tr("no limit"))
        for box in (self.level_spin, self.min_spin, self.gap_spin, self.pre_spin, self.post_spin, self.target_spin,
                    self.top_spin):
            box.valueChanged.connect(lambda *_a: self.rulesChanged.emit())

        grid = QGridLayout(self)
        grid.addWidget(QLabel(tr("Threshold")), 0, 0)
        grid.addWidget(self.mode_box, 0, 1, 1, 3)
        grid.addWidget(self.level_spin, 0, 4)
        pairs = [(tr("Shortest"), self.min_spin), (tr("Join gaps up to"), self.gap_spin), (tr("Before"), self.pre_spin),
                 (tr("After"), self.post_spin), (tr("Best"), self.top_spin), (tr("Reel length"), self.target_spin)]
        for k, (label, box) in enumerate(pairs):
            grid.addWidget(QLabel(label), 1 + k // 3, 2 * (k % 3))
            grid.addWidget(box, 1 + k // 3, 2 * (k % 3) + 1)
        self.explain_label = QLabel("")
        self.explain_label.setObjectName("threshold_explanation")
        self.explain_label.setWordWrap(True)
        grid.addWidget(self.explain_label, 3, 0, 1, 6)

    def mode(self) -> str:
        return self.mode_box.currentData()

    def rules(self) -> SegmentRules:
        return SegmentRules(min_length_s=self.min_spin.value(), merge_gap_s=self.gap_spin.value(),
                            pre_s=self.pre_spin.value(), post_s=self.post_spin.value(),
                            top_n=self.top_spin.value() or None, target_s=self.target_spin.value() or None)

    def threshold_spec(self) -> ThresholdSpec:
        mode = self.mode()
        return ThresholdSpec(mode, None if mode == "otsu" else self.level_spin.value())

    def set_mode(self, mode: str, unit: str, current: float | None, value: float | None = None) -> None:
        """Switch to ``mode`` silently, with ``value`` in the value box when given."""
        self.mode_box.blockSignals(True)
        self.mode_box.setCurrentIndex(self.mode_box.findData(mode))
        self.mode_box.blockSignals(False)
        self.configure_level(mode, unit, current)
        if value is not None:
            self.show_level(value)

    def configure_level(self, mode: str, unit: str, current: float | None) -> None:
        """Give the value box the range and unit of ``mode`` on a curve in ``unit``, and its default when
        the mode or the unit changed (``current``: the level now in use, if any)."""
        spin = self.level_spin
        changed = (mode, unit) != self._level_mode
        self._level_mode = (mode, unit)
        field = level_field(mode, unit, current)
        spin.blockSignals(True)
        spin.setRange(field.low, field.high)
        spin.setSuffix(field.suffix)
        if field.decimals is not None:
            spin.setDecimals(field.decimals)
        if field.step is not None:
            spin.setSingleStep(field.step)
        if changed:
            spin.setValue(field.default)
        spin.setEnabled(field.editable)
        spin.blockSignals(False)

    def show_level(self, value: float) -> None:
        """Put ``value`` in the value box silently (the level found, in the automatic modes)."""
        self.level_spin.blockSignals(True)
        self.level_spin.setValue(value)
        self.level_spin.blockSignals(False)

    def explain(self, text: str) -> None:
        self.explain_label.setText(text)

    def explanation(self) -> str:
        return self.explain_label.text()
