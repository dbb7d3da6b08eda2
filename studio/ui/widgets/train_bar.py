"""TrainBar: the "Train a new model" row of the tabs that train their own kind of model.

It owns the preset combo (filled from the model registry once it is loaded), the epochs spin box, the
Train/Stop button, the progress bar and the ``TrainingController`` that runs the training in a child
process. The tab decides what to train (``start`` with a ``TrainConfig``) and reacts to plain signals;
the bar keeps its own look in step: "Starting…" until the first step, then the percent done, and the
workspace's run lists told (``runs.changed``) when the run folder appears and when the training ends.

A preset may carry training settings of its own (the registry's ``Preset.training``): ``training_for(i)``
gives them to the tab for ``TrainConfig.for_model``, which adds the model's own (a GAN's 2e-4). With
``settings=True`` a "Settings…" button shows every setting of the chosen preset in a
``TrainSettingsDialog``; its Train emits ``customised``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from studio.core.events import RunStarted, StepMetrics
from studio.training.job import new_run_spec
from studio.ui.i18n import tr
from studio.ui.widgets.progress_bar import ProgressBar
from studio.workers.training_controller import TrainingController

Preset = tuple[str, str, dict]   # (title, model family, model settings)


class TrainBar(QWidget):
    """Presets, epochs, Train/Stop and progress of a tab's own trainings (see the module's docstring).

    ``entries(registry)`` gives the registry entries whose presets are offered, in order (or the tab sets
    its own choices with ``set_presets``). ``compact`` stacks it for a narrow side panel: the choices and
    epochs on one line, the button and the progress under them, as wide as the panel. Signals:
    ``requested(preset, epochs)`` when Train is pressed with presets to choose from (the tab then calls
    ``start``); ``event(object)`` for each event of the training started here; ``ended(live, outcome)``
    once it is over (not while the tab shuts down), before the run lists are told.
    """

    requested = Signal(int, int)
    customised = Signal(int, int, dict, dict)   # preset, epochs, model settings, training settings
    event = Signal(object)
    ended = Signal(object, str)

    def __init__(self, context, label: str, entries: Callable[[object], Iterable] | None, button_text: str,
                 button_tip: str, epochs: int = 10, max_epochs: int = 500, combo_tip: str = "",
                 describe: bool = False, empty_text: str = "", compact: bool = False,
                 settings: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.training: list[dict] = []         # each preset's own training settings (the registry's)
        self.settings_dialog = None            # the open TrainSettingsDialog, if any
        self.context = context
        self._entries = entries
        self._describe = describe
        self._empty_text = empty_text
        self._button_text = button_text
        self._closing = False
        self.presets: list[Preset] = []
        self.live = None                       # the LiveRun of the training started here
        self.controller = TrainingController(context.report_failure, self, keep_spare=False)
        self.controller.event.connect(self._on_event)
        self.controller.ended.connect(self._on_ended)

        self._layout = bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        if label:
            bar.addWidget(QLabel(label))
        self.preset_combo = QComboBox()
        self.preset_combo.addItem(tr("Loading models…"))
        self.preset_combo.setEnabled(False)
        self.preset_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if combo_tip:
            self.preset_combo.setToolTip(combo_tip)
        bar.addWidget(self.preset_combo)
        self.preset_combo.currentIndexChanged.connect(self._preset_changed)
        self.settings_button = None
        if settings:
            self.settings_button = QPushButton(tr("Settings…"))
            self.settings_button.setToolTip(tr("Every setting of the chosen preset (the model's form, the "
                                               "batch size and the learning rate) before it trains"))
            self.settings_button.setEnabled(False)
            self.settings_button.clicked.connect(self.open_settings)
            bar.addWidget(self.settings_button)
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setRange(1, max_epochs)
        self.epochs_spin.setValue(epochs)
        self.epochs_spin.setSuffix(tr(" epochs"))
        bar.addWidget(self.epochs_spin)
        self.train_button = QPushButton(button_text)
        self.train_button.setToolTip(button_tip)
        self.train_button.setEnabled(False)
        self.train_button.clicked.connect(self.toggle)
        self.train_progress = ProgressBar()
        self.train_progress.setVisible(False)
        if compact:
            column = QVBoxLayout(self)
            column.setContentsMargins(0, 0, 0, 0)
            column.addLayout(bar)
            column.addWidget(self.train_button)
            column.addWidget(self.train_progress)
        else:
            self.setLayout(bar)
            bar.addWidget(self.train_button)
            self.train_progress.setFixedWidth(160)
            bar.addWidget(self.train_progress)
            bar.addStretch(1)

    def add_option(self, widget: QWidget) -> None:
        """Put a tab's own choice (what to train on, ...) between the presets and the epochs."""
        self._layout.insertWidget(self._layout.indexOf(self.epochs_spin), widget)

    # Presets ---------------------------------------------------------------------------------------

    def load_presets(self) -> None:
        """Offer the presets of the registry's entries (call once the registry is loaded)."""
        presets, tips, training = [], [], []
        for entry in self._entries(self.context.models):
            for preset in entry.presets:
                presets.append((tr(preset.title), entry.name, preset.config))
                tips.append(tr(entry.description) if self._describe else "")
                training.append(preset.training)
        self.set_presets(presets, tips, training)

    def set_presets(self, presets: list[Preset], tips: list[str] | None = None,
                    training: list[dict] | None = None) -> None:
        """Offer these choices (title, model, settings), with a tooltip each where ``tips`` gives one and
        training settings of its own (the registry preset's ``training``) where ``training`` does."""
        self.preset_combo.blockSignals(True)
        self.preset_combo.clear()
        self.presets = list(presets)
        self.training = [dict(t) for t in training] if training else [{} for _ in self.presets]
        for i, (title, _model, _config) in enumerate(self.presets):
            self.preset_combo.addItem(title)
            if tips and tips[i]:
                self.preset_combo.setItemData(i, tips[i], Qt.ItemDataRole.ToolTipRole)
        if not self.presets and self._empty_text:
            self.preset_combo.addItem(self._empty_text)
        self.preset_combo.blockSignals(False)
        self.preset_combo.setEnabled(bool(self.presets))
        self.train_button.setEnabled(bool(self.presets) or self.controller.is_busy())
        self._enable_settings()
        self._preset_changed(self.preset_combo.currentIndex())

    def _preset_changed(self, index: int) -> None:
        """A preset that says how long it trains sets the epochs (any other leaves the user's number)."""
        if 0 <= index < len(self.training) and "epochs" in self.training[index]:
            self.epochs_spin.setValue(int(self.training[index]["epochs"]))

    def training_for(self, index: int) -> dict:
        """Preset ``index``'s own training settings except the epochs (the spin box says those): the tab
        passes them to ``TrainConfig.for_model``, which adds the model's own."""
        own = self.training[index] if 0 <= index < len(self.training) else {}
        return {k: v for k, v in own.items() if k != "epochs"}

    # The full settings -----------------------------------------------------------------------------

    def _enable_settings(self) -> None:
        if self.settings_button is not None:
            self.settings_button.setEnabled(bool(self.presets) and not self.controller.is_busy())

    def open_settings(self) -> None:
        """Show every setting of the chosen preset in a dialog; its "Train" emits ``customised``."""
        from studio.training.config import TrainConfig
        from studio.ui.widgets.train_settings_dialog import TrainSettingsDialog

        index = self.preset_combo.currentIndex()
        if not (0 <= index < len(self.presets)) or not self.context.models.is_ready():
            return
        title, model, settings = self.presets[index]
        start = TrainConfig.for_model(model, **self.training_for(index), epochs=self.epochs_spin.value())
        dialog = TrainSettingsDialog(self.context.models.entry(model), title, settings,
                                     {k: getattr(start, k) for k in ("epochs", "batch_size", "lr", "seed")}, self)
        dialog.accepted.connect(lambda: self._settings_accepted(index, dialog))
        dialog.finished.connect(lambda _result: self._settings_closed(dialog))
        self.settings_dialog = dialog
        dialog.open()

    def _settings_accepted(self, index: int, dialog) -> None:
        training = dialog.training_settings()
        epochs = training.pop("epochs")
        self.epochs_spin.setValue(epochs)
        if not self.controller.is_busy():
            self.customised.emit(index, epochs, dialog.model_settings(), training)

    def _settings_closed(self, dialog) -> None:
        if self.settings_dialog is dialog:
            self.settings_dialog = None
        dialog.deleteLater()

    # Training --------------------------------------------------------------------------------------

    def toggle(self) -> None:
        """Stop the training, or ask the tab to start one (``requested``) with the chosen preset."""
        if self.controller.is_busy():
            self.stop()
        elif self.presets:
            self.requested.emit(self.preset_combo.currentIndex(), self.epochs_spin.value())

    def start(self, config) -> object:
        """Train ``config`` (a ``TrainConfig``) in a child process; returns the LiveRun it feeds."""
        models = self.context.models
        entry = models.entry(config.model) if models.is_ready() else None
        if config.device == "auto":             # the tab did not choose: the device of the settings
            config = dataclasses.replace(config, device=self.context.settings.device)
        self.live = self.controller.start(new_run_spec(config, self.context.workspace), config.model,
                                          entry.headline if entry else "loss")
        self.train_button.setText(tr("Stop training"))
        self.train_button.setEnabled(True)
        self.train_progress.setRange(0, 0)   # busy until the first step
        self.train_progress.setFormat(tr("Starting…"))
        self.train_progress.setVisible(True)
        self._enable_settings()
        return self.live

    def stop(self) -> None:
        """Ask the training to stop (it saves a checkpoint first); the button waits for it to end."""
        if self.controller.is_busy():
            self.controller.stop()
            self.train_button.setEnabled(False)

    def is_training(self) -> bool:
        return self.controller.is_busy()

    def shutdown(self) -> None:
        """Stop the training and wait for its process (the window is closing)."""
        self._closing = True
        self.controller.shutdown()

    def _on_event(self, event) -> None:
        if self.live is None:
            return
        if isinstance(event, RunStarted):
            self.context.runs.changed.emit()   # the new run shows in every tab's list, as running
        elif isinstance(event, StepMetrics):
            if self.train_progress.maximum() == 0:
                self.train_progress.setRange(0, 100)
                self.train_progress.setFormat("%p%")
            self.train_progress.setValue(int(event.fraction * 100))
        self.event.emit(event)

    def reset(self) -> None:
        """Show the bar idle again (after the tab used its button and progress for work of its own)."""
        self.train_button.setText(self._button_text)
        self.train_button.setEnabled(bool(self.presets))
        self.train_progress.setVisible(False)
        self._enable_settings()

    def _on_ended(self, outcome: str) -> None:
        live, self.live = self.live, None
        if self._closing:
            return
        self.reset()
        self.ended.emit(live, outcome)
        self.context.runs.changed.emit()   # every tab's list shows how it ended


class TrainBarTab:
    """Mixin of a tab with a ``TrainBar``: its presets, Train/Stop and training state as the tab's own.

    The tab calls ``_use_train_bar`` once it has built the bar, and defines ``start_training(preset,
    epochs)``, ``_on_train_event(event)`` and ``_on_train_ended(live, outcome)``. A tab that also lists its
    runs (``run_list``, ``runs_hint``, ``open_button``, ``_train_live``, ``open_run(path)``) gets the list's
    refresh, Open and the registry's arrival from here too.
    """

    train_bar: TrainBar

    def _build_run_panel(self, accepts: Callable, hidden_columns: Iterable[int], open_tip: str) -> QWidget:
        """The tab's run list (the runs ``accepts`` takes, one selected at a time; Enter or a double-click
        opens one), with a hint for an empty list and an Open button below it."""
        from PySide6.QtWidgets import QAbstractItemView

        from studio.ui.widgets.run_list import RunList

        runs = QWidget()
        layout = QVBoxLayout(runs)
        layout.setContentsMargins(0, 0, 0, 0)
        self.run_list = RunList(lambda: self.context.workspace, accepts)
        for column in hidden_columns:
            self.run_list.tree.setColumnHidden(column, True)
        self.run_list.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.run_list.tree.itemActivated.connect(lambda *_a: self.open_selected())
        self.run_list.error.connect(self.context.reporter.report)
        self.run_list.message.connect(lambda text, _tip: self.status.setText(text))
        self.run_list.trashed.connect(self.context.runs.changed.emit)
        layout.addWidget(self.run_list, 1)
        row = QHBoxLayout()
        self.runs_hint = QLabel("")
        self.runs_hint.setWordWrap(True)
        row.addWidget(self.runs_hint, 1)
        self.open_button = QPushButton(tr("Open"))
        self.open_button.setToolTip(open_tip)
        self.open_button.clicked.connect(self.open_selected)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        return runs

    def _use_train_bar(self, bar: TrainBar) -> TrainBar:
        """Wire ``bar`` to the tab and offer its widgets and controller under the tab's names."""
        self.train_bar = bar
        bar.requested.connect(self.start_training)
        bar.event.connect(self._on_train_event)
        bar.ended.connect(self._on_train_ended)
        self.controller = bar.controller
        self.preset_combo, self.epochs_spin = bar.preset_combo, bar.epochs_spin
        self.train_button, self.train_progress = bar.train_button, bar.train_progress
        return bar

    @property
    def presets(self) -> list[Preset]:
        """The presets offered: (title, model, settings)."""
        return self.train_bar.presets

    @presets.setter
    def presets(self, presets: list[Preset]) -> None:
        self.train_bar.presets = presets
        self.train_bar.training = [{} for _ in presets]

    def toggle_training(self) -> None:
        """Stop the training, or start one with the chosen preset and epochs (the Train button, Ctrl+T)."""
        self.train_bar.toggle()

    def is_training(self) -> bool:
        return self.train_bar.is_training()

    def start_preset(self, model: str, epochs: int, preset: str | None = None, **options) -> bool:
        """Train the first preset of ``model`` (or the one titled ``preset``, in English) for ``epochs``, as a
        one-click start of the welcome page does: the bar shows the choice, and while the registry is still loading the
        training starts once it is loaded. ``options`` go to ``start_training``. False when a training runs
        already or there is no such preset."""
        if self.is_training():
            return False
        if not self.context.models.is_ready():
            self.context.models.ready.connect(lambda: self.start_preset(model, epochs, preset, **options),
                                              Qt.ConnectionType.SingleShotConnection)
            return True
        for index, (preset_title, preset_model, _config) in enumerate(self.presets):
            if preset_model == model and (preset is None or tr(preset) == preset_title):   # titles are shown translated
                self.preset_combo.setCurrentIndex(index)
                self.epochs_spin.setValue(epochs)
                self.start_training(index, epochs, **options)
                return True
        return False

    def _list_runs(self, empty_hint: str) -> None:
        """Re-read the run list, mark the run training here, and say ``empty_hint`` when there is none."""
        self.run_list.refresh()
        if self._train_live is not None and self._train_live.run_dir:
            self.run_list.set_live(self._train_live.run_dir, self._train_live.state)
        empty = not self.run_list.summaries()
        self.runs_hint.setText(empty_hint if empty else "")
        self.open_button.setEnabled(not empty)

    def _models_ready(self) -> None:
        """The registry is loaded: offer its presets, and list the runs by their models' capabilities."""
        self.train_bar.load_presets()
        self.refresh_runs()

    def models_ready(self) -> bool:
        """Whether the registry is loaded (the tab's presets offered)."""
        return bool(self.presets)

    def open_selected(self) -> None:
        """Open the run selected in the list (Open, Enter or a double-click)."""
        paths = self.run_list.selected_paths()
        if paths:
            self.open_run(Path(paths[0]))
