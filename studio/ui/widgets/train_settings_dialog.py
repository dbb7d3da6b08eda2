"""TrainSettingsDialog: every setting of a preset before it trains, for the tabs that train from presets.

A tab's row of presets is quick, but a user who wants another learning rate or a wider network needs the
full form. The dialog shows the same form the Training monitor builds from the model's config (a
``ConfigForm``) and the training settings (epochs, batch size, learning rate, seed), filled in from the
preset and its model's own training settings; "Train" accepts, "Restore the preset" undoes the edits.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from studio.ui.i18n import tr
from studio.ui.widgets.config_form import ConfigForm
from studio.ui.widgets.training_fields import TrainingFields


class TrainSettingsDialog(QDialog):
    """The model and training settings of one preset (see the module's docstring).

    ``entry`` is the registry entry of the preset's family, ``model_settings`` the preset's model settings
    and ``training`` the training settings to start from (``epochs``, ``batch_size``, ``lr``, ``seed``).
    """

    def __init__(self, entry, preset_title: str, model_settings: dict, training: dict,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings of {preset}").format(preset=preset_title))
        self._preset = (dict(model_settings), dict(training))
        description = QLabel(entry.description)
        description.setWordWrap(True)
        self.form = ConfigForm(entry.config_cls)
        model_box = QGroupBox(entry.title)
        QVBoxLayout(model_box).addWidget(self.form)

        fields = TrainingFields()
        self.epochs_spin, self.batch_spin, self.lr_spin, self.seed_spin = (fields.epochs, fields.batch, fields.lr,
                                                                           fields.seed)
        self.lr_spin.setToolTip(tr("Adam's learning rate (the preset's model chooses its own; GANs train at "
                                   "0.0002). The arrows step through 1-2-5 values."))
        training_box = QGroupBox(tr("Training"))
        form = QFormLayout(training_box)
        fields.add_rows(form)

        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(description)
        column.addWidget(model_box)
        column.addWidget(training_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.train_button = buttons.addButton(tr("Train"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.train_button.setDefault(True)
        self.restore_button = QPushButton(tr("Restore the preset"))
        self.restore_button.setToolTip(tr("Undo the changes: the preset's settings again"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.restore_button.clicked.connect(self.restore)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(460, 620)
        self.restore()

    def restore(self) -> None:
        """Show the preset's settings again."""
        model_settings, training = self._preset
        self.form.set_values({**_defaults(self.form), **model_settings})
        self.epochs_spin.setValue(int(training.get("epochs", 10)))
        self.batch_spin.setValue(int(training.get("batch_size", 32)))
        self.lr_spin.setValue(float(training.get("lr", 1e-3)))
        self.seed_spin.setValue(int(training.get("seed", 0)))

    def model_settings(self) -> dict:
        """The model settings as the form shows them."""
        return self.form.values()

    def training_settings(self) -> dict:
        """``epochs``, ``batch_size``, ``lr`` and ``seed`` as the form shows them."""
        return {"epochs": self.epochs_spin.value(), "batch_size": self.batch_spin.value(),
                "lr": self.lr_spin.value(), "seed": self.seed_spin.value()}


def _defaults(form: ConfigForm) -> dict:
    """The config's own defaults for every field the form shows (a restore starts from them)."""
    return {f.name: f.default for f in dataclasses.fields(form.config_cls)
            if f.name in form.editors and f.default is not dataclasses.MISSING}
