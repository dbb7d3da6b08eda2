"""The Training monitor tab: ``tab.TrainingTab`` and its ``settings_panel``."""

from studio.ui.tabs.training.settings_panel import LearningRateSpinBox
from studio.ui.tabs.training.tab import TrainingTab

__all__ = ["LearningRateSpinBox", "TrainingTab"]
