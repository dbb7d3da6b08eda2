"""The Training monitor's settings: data, model (a form made from the model's config), training, and the
Start / Pause / Stop buttons. It builds the TrainConfig; the tab decides what to do with it."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QFrame, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QMenu, QPushButton, QScrollArea, QStackedWidget,
                               QToolButton, QVBoxLayout, QWidget)

from studio.core.devices import DEVICE_CHOICES
from studio.training.config import TrainConfig
from studio.ui.i18n import tr
from studio.ui.widgets.config_form import ConfigForm
from studio.ui.widgets.learning_rate import LearningRateSpinBox
from studio.ui.widgets.training_fields import TrainingFields

__all__ = ["LearningRateSpinBox", "SettingsPanel"]
SHORTCUTS = {"start": "Ctrl+Return", "pause": "Ctrl+P", "stop": "Ctrl+."}


def shortcut_text(name: str) -> str:
    return QKeySequence(SHORTCUTS[name]).toString(QKeySequence.SequenceFormat.NativeText)


class SettingsPanel(QWidget):
    """Data, model and training settings with the run buttons (see the module's docstring)."""

    start_clicked = Signal()
    pause_clicked = Signal()
    stop_clicked = Signal()

    def __init__(self, device: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: dict = {}                      # model name -> registry entry
        self._shown_defaults: TrainConfig | None = None   # the training settings of the model chosen last
        self.forms: dict[str, ConfigForm] = {}
        self.setMinimumWidth(280)
        form_widget = QWidget()
        form_layout = QVBoxLayout(form_widget)
        form_layout.setContentsMargins(0, 0, 4, 0)
        form_layout.addWidget(self._data_box())
        form_layout.addWidget(self._model_box())
        form_layout.addWidget(self._training_box(device))
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(form_widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.start_button = QPushButton(tr("Start"))
        self.start_button.setToolTip(tr("Start training a new run ({shortcut_text})").format(
            shortcut_text=shortcut_text('start')))
        self.start_button.clicked.connect(self.start_clicked)
        self.start_button.setDefault(True)
        self.pause_button = QPushButton(tr("Pause"))
        self.pause_button.setToolTip(tr("Pause or resume the training ({shortcut_text})").format(
            shortcut_text=shortcut_text('pause')))
        self.pause_button.clicked.connect(self.pause_clicked)
        self.stop_button = QPushButton(tr("Stop"))
        self.stop_button.setToolTip(tr("Stop the training and save a checkpoint to resume from later "
                                       "({shortcut_text})").format(shortcut_text=shortcut_text('stop')))
        self.stop_button.clicked.connect(self.stop_clicked)
        buttons = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.stop_button):
            button.setMinimumHeight(30)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    # Building ----------------------------------------------------------------------------------------

    def _data_box(self) -> QGroupBox:
        self.dataset_edit = QLineEdit("digits")
        self.dataset_edit.setPlaceholderText(tr("digits, or a path"))
        self.dataset_edit.setToolTip(tr("'digits' (built in: 1,797 handwritten digits), or the path of an MNIST IDX "
                                     "file or folder, a folder of images, or a .npz archive. The music models "
                                     "learn from 'bach' (the Bach chorales, built in) or a folder of MIDI files."))
        browse = QToolButton()
        browse.setText(tr("Browse…"))
        browse.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(browse)
        menu.addAction(tr("Built-in digits"), lambda: self.dataset_edit.setText("digits"))
        menu.addAction(tr("MNIST IDX file…"), lambda: self._browse_file(
            tr("MNIST images (IDX file)"), tr("MNIST IDX files (*-ubyte *-ubyte.gz *idx*);;All files (*)")))
        menu.addAction(tr("MNIST folder or image folder…"), self._browse_folder)
        menu.addAction(tr(".npz archive…"), lambda: self._browse_file(
            tr("Images in a .npz archive"), tr("NumPy archives (*.npz);;All files (*)")))
        menu.addSeparator()
        menu.addAction(tr("Built-in Bach chorales (music models)"), lambda: self.dataset_edit.setText("bach"))
        menu.addAction(tr("Folder of MIDI files (music models)…"), self._browse_folder)
        browse.setMenu(menu)
        row = QHBoxLayout()
        row.addWidget(self.dataset_edit, 1)
        row.addWidget(browse)
        box = QGroupBox(tr("Data"))
        form = QFormLayout(box)
        form.addRow(tr("Dataset"), row)
        return box

    def _model_box(self) -> QGroupBox:
        self.model_combo = QComboBox()
        self.model_combo.addItem(tr("Loading models…"))
        self.model_combo.setEnabled(False)
        self.model_combo.currentIndexChanged.connect(self._model_changed)
        self.model_description = QLabel("")
        self.model_description.setWordWrap(True)
        self.model_description.setStyleSheet("color: palette(dark);")
        self.options_stack = QStackedWidget()
        self.options_stack.addWidget(QWidget())
        box = QGroupBox(tr("Model"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.model_combo)
        layout.addWidget(self.model_description)
        layout.addWidget(self.options_stack)
        return box

    def _training_box(self, device: str) -> QGroupBox:
        defaults = TrainConfig()  # the engine's defaults, as on the command line
        fields = TrainingFields()
        self.epochs_spin, self.batch_spin, self.lr_spin, self.seed_spin = (fields.epochs, fields.batch, fields.lr,
                                                                           fields.seed)
        self.epochs_spin.setValue(defaults.epochs)
        self.batch_spin.setValue(defaults.batch_size)
        self.lr_spin.setValue(defaults.lr)
        self.seed_spin.setValue(defaults.seed)
        self.device_combo = QComboBox()
        for name in DEVICE_CHOICES:
            self.device_combo.addItem(name, name)
        self.device_combo.setCurrentIndex(max(0, self.device_combo.findData(device)))
        self.device_combo.setToolTip(tr("auto: an NVIDIA GPU (cuda) if there is one, else Apple's GPU (mps), "
                                     "else the CPU."))
        box = QGroupBox(tr("Training"))
        form = QFormLayout(box)
        fields.add_rows(form)
        form.addRow(tr("Device"), self.device_combo)
        return box

    # Data ------------------------------------------------------------------------------------------

    def _start_dir(self) -> str:
        current = Path(self.dataset_edit.text().strip()).expanduser()
        return str(current.parent if current.is_file() else current if current.is_dir() else Path.home())

    def _browse_file(self, title: str, filters: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, title, self._start_dir(), filters)
        if path:
            self.dataset_edit.setText(path)

    def _browse_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("MNIST folder or folder of images"), self._start_dir())
        if path:
            self.dataset_edit.setText(path)

    # Models ------------------------------------------------------------------------------------------

    def set_models(self, entries) -> None:
        """Fill the model list from the registry's entries (the VAE chosen first)."""
        self.entries = {e.name: e for e in entries}
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        for entry in entries:
            self.model_combo.addItem(tr(entry.title), entry.name)
            self.model_combo.setItemData(self.model_combo.count() - 1, tr(entry.description),
                                         Qt.ItemDataRole.ToolTipRole)
        self.model_combo.blockSignals(False)
        self.model_combo.setCurrentIndex(max(0, self.model_combo.findData("vae")))
        self._model_changed()
        self.model_combo.setEnabled(True)

    def models_ready(self) -> bool:
        return bool(self.entries)

    def _model_changed(self, _index: int = 0) -> None:
        entry = self.entries.get(self.model_combo.currentData())
        if entry is None:
            return
        self.model_description.setText(tr(entry.description))
        # The built-in data follow the kind of model: digits for the image models, Bach for the music ones.
        dataset = self.dataset_edit.text().strip().lower()
        if entry.data_kind == "tokens" and dataset in ("", "digits"):
            self.dataset_edit.setText("bach")
        elif entry.data_kind != "tokens" and dataset == "bach":
            self.dataset_edit.setText("digits")
        if entry.name not in self.forms:
            self.forms[entry.name] = ConfigForm(entry.config_cls)
            self.options_stack.addWidget(self.forms[entry.name])
        self.options_stack.setCurrentWidget(self.forms[entry.name])
        self._fill_training(entry)

    def _fill_training(self, entry) -> None:
        """The model's own training settings (a GAN's learning rate of 2e-4) replace the previous model's in
        the fields the user left as they were; a value the user typed is kept."""
        new = TrainConfig.for_model(entry.name)
        old = self._shown_defaults or TrainConfig()
        for spin, name in ((self.epochs_spin, "epochs"), (self.batch_spin, "batch_size"), (self.lr_spin, "lr")):
            if math.isclose(spin.value(), getattr(old, name), rel_tol=1e-9):
                spin.setValue(getattr(new, name))
        self._shown_defaults = new

    def model_form(self) -> ConfigForm | None:
        return self.forms.get(self.model_combo.currentData())

    def current_entry(self):
        return self.entries.get(self.model_combo.currentData())

    # The config ------------------------------------------------------------------------------------

    def train_config(self) -> TrainConfig:
        """The TrainConfig the form describes."""
        form = self.model_form()
        # for_model: the model's training settings that have no field here (weight decay, clipping) apply too.
        return TrainConfig.for_model(self.model_combo.currentData() or "vae",
                                     dataset=self.dataset_edit.text().strip() or "digits",
                                     model_config=form.values() if form else {},
                                     epochs=self.epochs_spin.value(), batch_size=self.batch_spin.value(),
                                     lr=self.lr_spin.value(), seed=self.seed_spin.value(),
                                     device=self.device_combo.currentData())

    def device(self) -> str:
        return self.device_combo.currentData()

    def set_busy(self, busy: bool) -> None:
        ready = self.models_ready()
        self.start_button.setEnabled(not busy and ready)
        self.pause_button.setEnabled(busy)
        self.stop_button.setEnabled(busy)
        if not busy:
            self.pause_button.setText(tr("Pause"))
        for widget in (self.dataset_edit, self.model_combo, self.options_stack, self.epochs_spin, self.batch_spin,
                       self.lr_spin, self.seed_spin, self.device_combo):
            widget.setEnabled(not busy and (ready or widget is not self.model_combo))
