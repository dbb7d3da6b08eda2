"""The training settings' fields (epochs, batch size, learning rate, seed), built once for every form that
shows them: the Training monitor's settings panel and the presets' Settings dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QSpinBox

from studio.ui.i18n import tr
from studio.ui.widgets.learning_rate import LearningRateSpinBox


class TrainingFields:
    """The four spin boxes, with the engine's limits and their tooltips; ``add_rows`` lays them out."""

    def __init__(self) -> None:
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 100_000)
        self.epochs.setToolTip(tr("How many passes over the training data."))
        self.batch = QSpinBox()
        self.batch.setRange(1, 65_536)
        self.batch.setToolTip(tr("Items per optimiser step. Larger batches are faster per item on a GPU "
                                 "but need more memory."))
        self.lr = LearningRateSpinBox()
        self.lr.setToolTip(tr("Adam's learning rate. Choosing a model fills in its own (0.001 for most, "
                              "0.0002 for the GANs); lower it if the loss jumps or becomes NaN. The arrows "
                              "step through 1-2-5 values."))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2_147_483_647)
        self.seed.setToolTip(tr("The random seed: the same seed and settings give the same run."))

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(tr("Epochs"), self.epochs)
        form.addRow(tr("Batch size"), self.batch)
        form.addRow(tr("Learning rate"), self.lr)
        form.addRow(tr("Seed"), self.seed)
