"""Training a GAN from the GAN grids tab: presets, the built-in digits or a folder of pictures (with a
preview of what the GAN will see), and the live grid and timeline while it learns.

A mixin of ``GanTab``. The training runs in a child process through the ``TrainingController`` that every
tab shares the shape of; its previews come through the controller's ``LiveRun`` and are shown on the tab's
10 Hz timer, never per event.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QPushButton

from studio.core.events import EpochMetrics
from studio.ui.i18n import tr
from studio.ui.live_status import lower_first, translate_status
from studio.ui.tabs.gan import jobs
from studio.ui.widgets.train_bar import TrainBar, TrainBarTab

DIGITS = "digits"


class TrainingMixin(TrainBarTab):
    """Training from the GAN tab (see the module's docstring)."""

    def _build_train_bar(self) -> TrainBar:
        """The GAN families' presets (the DCGAN first), what to train on, epochs, Train/Stop, progress."""
        def entries(models):
            return sorted((e for e in models.entries.values() if jobs.is_gan_family(e.name)),
                          key=lambda e: jobs.family_order(e.name))

        bar = self._use_train_bar(TrainBar(
            self.context, tr("Train a new GAN:"), entries, tr("Train"),
            tr("Train the chosen GAN and watch its grid learn (Ctrl+T)"), epochs=20, max_epochs=1000,
            combo_tip=tr("Ready-made settings of the GAN families"), describe=True,
            empty_text=tr("No GAN models found"), settings=True))
        # "Settings…": the preset's full form (model and training settings) in a dialog whose Train starts it.
        bar.customised.connect(lambda preset, epochs, model_config, training: self.start_training(
            preset, epochs, model_config=model_config, **training))
        self.dataset_combo = QComboBox()
        self.dataset_combo.addItem(tr("on digits (built in)"), DIGITS)
        self.dataset_combo.addItem(tr("on a folder of pictures…"), "")
        self.dataset_combo.setToolTip(tr("What to train on: the built-in digits, or a folder of your own pictures "
                                      "(sub-folders are classes for the conditional models)"))
        self.dataset_combo.activated.connect(self._dataset_chosen)
        bar.add_option(self.dataset_combo)
        # A folder's pictures are brought to one square size (the DCGAN's sides) by cropping or padding.
        self.size_combo = QComboBox()
        for side in (28, 32, 64, 128):
            self.size_combo.addItem(tr("{side} px").format(side=side), side)
        self.size_combo.setCurrentIndex(2)
        self.size_combo.setToolTip(tr("The size the pictures are trained at (larger is slower)"))
        self.fit_combo = QComboBox()
        self.fit_combo.addItem(tr("centre crop"), "crop")
        self.fit_combo.addItem(tr("pad"), "pad")
        self.fit_combo.setToolTip(tr("How pictures that are not square fit: crop their centre or pad them"))
        self.size_combo.currentIndexChanged.connect(lambda _i: self._folder_options_changed())
        self.fit_combo.currentIndexChanged.connect(lambda _i: self._folder_options_changed())
        self.folder_preview_button = QPushButton(tr("Preview…"))
        self.folder_preview_button.setToolTip(tr("The folder's pictures as the GAN will see them, and any broken, "
                                              "mixed or tiny ones"))
        self.folder_preview_button.clicked.connect(self.preview_folder)
        for w in (self.size_combo, self.fit_combo, self.folder_preview_button):
            w.setVisible(False)
            bar.add_option(w)
        return bar

    def _dataset_chosen(self, index: int) -> None:
        if self.dataset_combo.itemData(index) == DIGITS:
            self.set_dataset(DIGITS)
            return
        if self.dataset_combo.itemData(index):   # the folder chosen before
            self.set_dataset(self.dataset_combo.itemData(index))
            return
        folder = QFileDialog.getExistingDirectory(self, tr("A folder of pictures to train on"),
                                                  str(Path.home()))
        if folder:
            self.set_dataset(folder)
        else:
            self.dataset_combo.setCurrentIndex(0 if self.dataset == DIGITS else 2)

    def set_dataset(self, dataset: str) -> None:
        """Train on ``dataset``: "digits" or a folder of pictures."""
        self.dataset = dataset
        for w in (self.size_combo, self.fit_combo, self.folder_preview_button):
            w.setVisible(dataset != DIGITS)
        if dataset == DIGITS:
            self.dataset_combo.setCurrentIndex(0)
            return
        while self.dataset_combo.count() > 2:
            self.dataset_combo.removeItem(2)
        self.dataset_combo.addItem(tr("on {name}/").format(name=Path(dataset).name), dataset)
        self.dataset_combo.setItemData(2, dataset, Qt.ItemDataRole.ToolTipRole)
        self.dataset_combo.setCurrentIndex(2)
        self.preview_folder()
        self.folder_chosen.emit(dataset)

    def set_picture_size(self, side: int, fit: str = "crop") -> None:
        """Train a folder's pictures at ``side``×``side`` px (28, 32, 64 or 128), fitted by "crop" or "pad"."""
        self.size_combo.setCurrentIndex(max(0, self.size_combo.findData(side)))
        self.fit_combo.setCurrentIndex(max(0, self.fit_combo.findData(fit)))

    def preview_folder(self) -> None:
        """Show what the GAN will see of the chosen folder (in a dialog; read in a worker thread)."""
        from studio.ui.tabs.gan.folder_preview import FolderPreviewDialog

        if self.dataset == DIGITS or self._closing:
            return
        if self.folder_dialog is None:
            self.folder_dialog = FolderPreviewDialog(self)
        self.folder_dialog.show_waiting()
        self.folder_dialog.show()
        folder, size, fit = self.dataset, self.size_combo.currentData(), self.fit_combo.currentData()
        self.jobs["folder"].request(folder, lambda control: jobs.folder_preview_job(folder, size, fit, control))

    def _folder_options_changed(self) -> None:
        if self.folder_dialog is not None and self.folder_dialog.isVisible():
            self.preview_folder()

    def start_training(self, preset: int, epochs: int, dataset: str | None = None, model_config: dict | None = None,
                       **train) -> None:
        """Train preset ``preset`` of ``presets`` in a child process; its grid shows here as it learns and the
        run opens when it ends. ``model_config`` replaces the preset's model settings (the Settings dialog);
        ``train`` are TrainConfig fields that win over the preset's and the model's training settings."""
        from studio.training.config import TrainConfig

        title, model, preset_config = self.presets[preset]
        dataset = dataset or self.dataset
        if dataset != DIGITS:
            train.setdefault("data_options", {"size": self.size_combo.currentData(),
                                              "fit": self.fit_combo.currentData()})
        config = TrainConfig.for_model(model, dataset=dataset, epochs=epochs,
                                       model_config=dict(preset_config if model_config is None else model_config),
                                       **{**self.train_bar.training_for(preset), **train})
        self._train_live = self.train_bar.start(config)
        self._live_shown = True
        self.info, self._generator, self.sampled, self.fixed_z = None, None, None, None
        self._set_snapshots([])
        self.grid.clear()
        self.grid.set_placeholder(tr("Training… the grid of the fixed noise appears after the first epoch."))
        self.timeline.clear()
        self.diversity.clear()
        self.clear_tools()
        self._set_open(False)
        on = tr("digits") if dataset == DIGITS else Path(dataset).name
        self.status.setText(tr("Training a {title} on {dataset}…").format(title=title, dataset=on))
        self._redraw_timer.start()

    def _on_train_event(self, event) -> None:
        live = self._train_live
        if live is None:
            return
        if isinstance(event, EpochMetrics):
            if live.run_dir and live.started is not None:
                self.run_list.set_live(live.run_dir, live.state, f"{event.epoch}/{live.started.epochs}")
            value = jobs.diversity_of(event)
            if value is not None and self._live_shown:
                self.diversity.add(event.epoch, value)

    def _redraw_live(self) -> None:
        """The timer's look at the live run: a new preview becomes the grid and a timeline snapshot."""
        live = self._train_live
        if live is None:
            self._redraw_timer.stop()
            return
        changes = live.take_changes()
        if changes.status is not None and self._live_shown:
            self.status.setText(tr("Training: {status}").format(status=lower_first(translate_status(changes.status))))
        if changes.preview is None or not self._live_shown:
            return
        snap = jobs.snapshot_from_preview(changes.preview, live.run_dir)
        if snap is None:
            return
        self._add_snapshot(snap)
        self.timeline.append(snap.label)   # shown at once unless the user scrubbed back

    def _on_train_ended(self, live, outcome: str) -> None:
        """The training is over (the bar tells the run lists after this): open its run if it is shown."""
        self._train_live = None
        self._redraw_timer.stop()
        if live is not None and live.run_dir:
            self.run_list.clear_live(live.run_dir)   # the list reads how it ended from the run folder now
        if live is None:
            return
        run_dir = live.run_dir
        done = run_dir and (Path(run_dir) / "checkpoints" / "latest.json").exists()
        shown, self._live_shown = self._live_shown, False
        if shown and done and outcome in ("completed", "stopped"):
            self.open_run(Path(run_dir))
        elif shown:
            self.status.setText(translate_status(live.status))
