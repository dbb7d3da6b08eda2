"""The Piano roll tab's generation panel: pick or train a music model, sample takes, audition and keep them.

Generation is music-core's ``generate_takes`` run in a TaskWorker: each ``Takes`` it yields is shown at
once as an overlay on the roll (notes appear as they are sampled) and Stop ends it between tokens,
keeping what was sampled. Takes are listed to audition (played with the roll), keep (added to the roll
as one undo step), export, or drag out of the window as a .mid file. Training runs in a child process
through the same ``TrainingController`` as the other tabs.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from studio.core.events import EpochMetrics
from studio.core.tasks import Progress
from studio.core.workspace import Workspace
from studio.music.generate import (MUSIC_MODELS, GenerateOptions, Takes, generate_takes, load_music_model,
                                   music_runs)
from studio.music.midi_io import write_midi
from studio.music.presets import CPU_EPOCHS
from studio.music.scales import key_names, scale_names
from studio.music.song import Song, note_name
from studio.ui.i18n import tr, tr_noop
from studio.ui.live_status import translate_status
from studio.ui.widgets.data_preparation import DataPreparation
from studio.ui.widgets.progress_bar import ProgressBar
from studio.ui.widgets.train_bar import TrainBar
from studio.workers.task_worker import TaskWorker

STARTS = ((tr_noop("Silence"), "silence"), (tr_noop("A chosen note"), "note"), (tr_noop("Random notes"), "random"),
          (tr_noop("Continue the selection"), "primer"))


def _checkpoint_stamp(run: str) -> float:
    """When the run's checkpoints last changed (a resumed run's model must be loaded again)."""
    try:
        return (Path(run) / "checkpoints").stat().st_mtime
    except OSError:
        return 0.0


class TakeList(QListWidget):
    """The takes; dragging one out of the window drops it as a .mid file (into a DAW or a file manager)."""

    def __init__(self, panel: "GenerationPanel") -> None:
        super().__init__()
        self.panel = panel
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setToolTip(tr("Double-click to hear a take; drag it out of the window to drop it as a .mid file"))

    def startDrag(self, actions) -> None:  # noqa: N802 - Qt's name
        row = self.currentRow()
        mime = self.panel.take_mime_data(row)
        if mime is None:
            return
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setHotSpot(QPoint(0, 0))
        drag.exec(Qt.DropAction.CopyAction)


class GenerationPanel(QWidget):
    """Model, options, Generate/Stop, and the takes (see the module's docstring)."""

    def __init__(self, context, tab) -> None:
        super().__init__()
        self.context = context
        self.tab = tab
        self.takes: list[Song] = []
        self.take_offset = 0.0          # where in the roll the takes begin (the cursor, or the selection)
        self.generated_final = False
        self._worker: TaskWorker | None = None
        self._model_cache: dict = {}          # {(run, checkpoint stamp): model}: one model kept
        self._drag_dir = tempfile.TemporaryDirectory(prefix="studio-takes-")
        self._train_live = None
        self._generate_when_trained = False   # the welcome page's chorale: generate once its model is trained
        self._closing = False
        self._build()
        self.refresh_runs()
        context.runs.changed.connect(self.refresh_runs)

    # Layout ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)

        model_box = QGroupBox(tr("Model"))
        mv = QVBoxLayout(model_box)
        self.run_combo = QComboBox()
        self.run_combo.setToolTip(tr("A trained note-rnn or event-rnn run of this workspace"))
        mv.addWidget(self.run_combo)
        bar = self.train_bar = TrainBar(
            self.context, "", None, tr("Train on the Bach chorales"),
            tr("Train the chosen model on the built-in Bach chorales (no download)"), epochs=CPU_EPOCHS,
            combo_tip=tr("note-rnn: the notes sounding in each frame; event-rnn: note-on, note-off, time-shift "
                         "and velocity events (keeps timing and dynamics)"), compact=True)
        bar.set_presets([(name, name, {}) for name in MUSIC_MODELS])
        bar.requested.connect(lambda _preset, _epochs: self.toggle_training())
        bar.event.connect(self._on_train_event)
        bar.ended.connect(self._on_train_ended)
        self.controller = bar.controller
        self.model_combo, self.epochs_spin = bar.preset_combo, bar.epochs_spin
        self.train_button, self.train_progress = bar.train_button, bar.train_progress
        self.preparation = DataPreparation(self.train_progress, self)
        self.preparation.finished.connect(self._on_converted)
        self._pending = None                 # the training to start once the chorales are converted
        mv.addWidget(bar)
        layout.addWidget(model_box)

        options_box = QGroupBox(tr("Generate"))
        form = QFormLayout(options_box)
        self.start_combo = QComboBox()
        for title, _key in STARTS:
            self.start_combo.addItem(tr(title))
        self.start_combo.currentIndexChanged.connect(self._start_changed)
        self.start_combo.setToolTip(tr("Random notes: the model first hears a few random notes drawn with the "
                                       "seed, and the take goes on from them"))
        form.addRow(tr("Start from:"), self.start_combo)
        self.pitch_spin = QSpinBox()
        self.pitch_spin.setRange(21, 108)
        self.pitch_spin.setValue(60)
        self.pitch_spin.valueChanged.connect(lambda v: self.pitch_spin.setSuffix(f"  ({note_name(v)})"))
        self.pitch_spin.setSuffix("  (C4)")
        self.pitch_spin.setEnabled(False)
        form.addRow(tr("First note:"), self.pitch_spin)
        length = QHBoxLayout()
        self.length_spin = QDoubleSpinBox()
        self.length_spin.setRange(1, 600)
        self.length_spin.setValue(15)
        self.length_spin.setDecimals(0)
        length.addWidget(self.length_spin)
        self.length_unit = QComboBox()
        self.length_unit.addItem(tr("seconds"), "seconds")
        self.length_unit.addItem(tr("bars"), "bars")
        length.addWidget(self.length_unit)
        form.addRow(tr("Length:"), length)
        self.temperature_spin = QDoubleSpinBox()
        self.temperature_spin.setRange(0.05, 3.0)
        self.temperature_spin.setSingleStep(0.05)
        self.temperature_spin.setValue(1.0)
        self.temperature_spin.setToolTip(tr("Lower: safer, more repetitive; higher: more surprising"))
        form.addRow(tr("Temperature:"), self.temperature_spin)
        self.top_k_spin = QSpinBox()
        self.top_k_spin.setRange(0, 1000)
        self.top_k_spin.setSpecialValueText(tr("off"))
        form.addRow(tr("Top-k:"), self.top_k_spin)
        self.top_p_spin = QDoubleSpinBox()
        self.top_p_spin.setRange(0.05, 1.0)
        self.top_p_spin.setSingleStep(0.05)
        self.top_p_spin.setValue(1.0)
        self.top_p_spin.setToolTip(tr("Sample only from the most likely tokens that make up this share (1: off)"))
        form.addRow(tr("Top-p:"), self.top_p_spin)
        self.variations_spin = QSpinBox()
        self.variations_spin.setRange(1, 8)
        self.variations_spin.setValue(3)
        form.addRow(tr("Variations:"), self.variations_spin)
        seed = QHBoxLayout()
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2 ** 31 - 1)
        seed.addWidget(self.seed_spin, 1)
        self.random_seed = QCheckBox(tr("Random"))
        self.random_seed.setChecked(True)
        self.random_seed.toggled.connect(lambda on: self.seed_spin.setEnabled(not on))
        self.seed_spin.setEnabled(False)
        seed.addWidget(self.random_seed)
        form.addRow(tr("Seed:"), seed)
        self.scale_combo = QComboBox()
        self.scale_combo.addItem(tr("Any notes"))
        self.scale_combo.addItems(scale_names())
        self.scale_combo.setToolTip(tr("Only notes of this scale are sampled"))
        form.addRow(tr("Scale:", "musical scale"), self.scale_combo)
        self.key_combo = QComboBox()
        self.key_combo.setObjectName("generation-key")
        self.key_combo.addItem(tr("Automatic"))
        self.key_combo.addItems(key_names())
        self.key_combo.setToolTip(tr("The key of the takes. Automatic: the selection's key when continuing it, else "
                                     "the scale's, else C major (the model plays in C major or A minor and the take "
                                     "is moved into this key)"))
        form.addRow(tr("Key:", "musical key"), self.key_combo)
        layout.addWidget(options_box)

        row = QHBoxLayout()
        self.generate_button = QPushButton(tr("Generate"))
        self.generate_button.setToolTip(tr("Sample takes with the chosen model; notes appear as they are sampled"))
        self.generate_button.clicked.connect(self.toggle_generation)
        row.addWidget(self.generate_button)
        self.progress = ProgressBar()
        self.progress.setVisible(False)
        row.addWidget(self.progress, 1)
        layout.addLayout(row)

        layout.addWidget(QLabel(tr("Takes")))
        self.take_list = TakeList(self)
        self.take_list.currentRowChanged.connect(self._take_selected)
        self.take_list.itemDoubleClicked.connect(lambda _item: self.play_take())
        layout.addWidget(self.take_list, 1)
        buttons = QHBoxLayout()
        self.play_take_button = QPushButton(tr("Play"))
        self.play_take_button.clicked.connect(self.play_take)
        self.keep_button = QPushButton(tr("Keep"))
        self.keep_button.setToolTip(tr("Add the take to the roll as a track of its own (undo removes it)"))
        self.keep_button.clicked.connect(self.keep_take)
        self.take_midi_button = QPushButton(tr("MIDI…"))
        self.take_midi_button.setToolTip(tr("Export the take as a .mid file"))
        self.take_midi_button.clicked.connect(lambda: self._export_take("mid"))
        self.take_wav_button = QPushButton(tr("WAV…"))
        self.take_wav_button.setToolTip(tr("Export the take as a .wav file"))
        self.take_wav_button.clicked.connect(lambda: self._export_take("wav"))
        for b in (self.play_take_button, self.keep_button, self.take_midi_button, self.take_wav_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._update_take_buttons()

    def _start_changed(self, index: int) -> None:
        self.pitch_spin.setEnabled(STARTS[index][1] == "note")

    # Runs and training -----------------------------------------------------------------------------

    def refresh_runs(self) -> None:
        """List the workspace's trained music models, newest first (keeping the chosen one)."""
        current = self.run_combo.currentData()
        self.run_combo.clear()
        try:
            runs = music_runs(Workspace(self.context.workspace))
        except OSError:
            runs = []
        for run in runs:
            info = run.info()
            self.run_combo.addItem(f"{run.id}  ({info.get('model', '?')}, {info.get('dataset', '?')})", str(run.path))
        if not runs:
            self.run_combo.addItem(tr("No music model yet: train one below"))
            self.run_combo.setItemData(0, None)
        index = self.run_combo.findData(current) if current else -1
        self.run_combo.setCurrentIndex(max(0, index))
        self._update_generate_button()

    def selected_run(self) -> str | None:
        return self.run_combo.currentData()

    def select_run(self, path: str) -> bool:
        """Choose the run at ``path`` to generate with; False when it is not one of the workspace's music runs."""
        index = self.run_combo.findData(str(path))
        if index >= 0:
            self.run_combo.setCurrentIndex(index)
        return index >= 0

    def toggle_training(self) -> None:
        if self.preparation.is_running():
            self.preparation.stop()
            self.train_button.setEnabled(False)
        elif self.train_bar.is_training():
            self.train_bar.stop()
        else:
            self.start_training(self.model_combo.currentText(), self.epochs_spin.value())

    def start_training(self, model: str, epochs: int, dataset: str = "bach", model_config: dict | None = None,
                       converted: bool = False) -> None:
        """Train ``model`` in a child process with the CPU settings (studio.music.presets); the Bach
        chorales are first converted here, with a progress bar, when this workspace has not converted them
        yet (the training would do it silently)."""
        from studio.music.presets import cpu_train_config

        cache = Path(self.context.workspace) / "cache"
        if not converted and DataPreparation.needed(dataset, cache):
            self._pending = (model, epochs, dataset, model_config)
            self.train_button.setText(tr("Stop"))
            self.preparation.start(dataset, cache)
            self.message.setText(tr("Converting the Bach chorales to MIDI (once for this workspace)…"))
            return
        config = cpu_train_config(model, dataset, epochs, model_config)
        self._train_live = self.train_bar.start(config)
        self.message.setText(tr("Training a {model} on {dataset}…").format(model=model, dataset=dataset))

    def is_training(self) -> bool:
        """Whether the chorales are being converted or a music model trains from here."""
        return self.preparation.is_running() or self.train_bar.is_training()

    def train_and_generate(self, model: str, epochs: int, model_config: dict | None = None) -> bool:
        """Generate takes with the chosen model; with none yet, first train ``model`` on the Bach chorales
        (converting them once) and generate when it is done (the welcome page's one-click chorale). False
        when a training, conversion or generation is under way."""
        if self.is_generating() or self.is_training():
            return False
        if self.selected_run() is not None:
            return self.generate()
        self.model_combo.setCurrentIndex(max(0, self.model_combo.findText(model)))
        self.epochs_spin.setValue(epochs)
        self._generate_when_trained = True
        self.start_training(model, epochs, model_config=model_config)
        return True

    def _on_converted(self, end) -> None:
        training, self._pending = self._pending, None
        self.train_bar.reset()
        if end.failure is not None:
            self.context.reporter.report(end.failure.message, end.failure.details)
        elif end.completed and not self._closing and training is not None:
            self.start_training(*training, converted=True)
            return
        else:
            self.message.setText(tr("Stopped converting the chorales; the pieces converted so far are kept."))
        self._generate_when_trained = False

    def _on_train_event(self, event) -> None:
        if isinstance(event, EpochMetrics) and self._train_live is not None:
            self.message.setText(tr("Training: {status}").format(status=translate_status(self._train_live.status)))

    def _on_train_ended(self, live, outcome: str) -> None:
        """The training is over (the bar then tells every tab's list): choose the new model, and generate
        with it when the training was the first step of ``train_and_generate``."""
        self._train_live = None
        generate, self._generate_when_trained = self._generate_when_trained, False
        if live is not None and live.run_dir:
            self.refresh_runs()
            chosen = self.select_run(str(live.run_dir))
            self.message.setText(translate_status(live.status))
            if generate and chosen and outcome in ("completed", "stopped") and not self._closing:
                self.generate()

    # Generation ------------------------------------------------------------------------------------

    def options(self) -> GenerateOptions:
        start = STARTS[self.start_combo.currentIndex()][1]
        bars = self.length_unit.currentData() == "bars"
        scale = self.scale_combo.currentText()
        return GenerateOptions(
            seconds=self.length_spin.value() if not bars else 30.0,
            bars=self.length_spin.value() if bars else None,
            temperature=self.temperature_spin.value(), top_k=self.top_k_spin.value(),
            top_p=self.top_p_spin.value(), variations=self.variations_spin.value(),
            seed=None if self.random_seed.isChecked() else self.seed_spin.value(),
            scale=None if self.scale_combo.currentIndex() == 0 else scale,
            key=None if self.key_combo.currentIndex() == 0 else self.key_combo.currentText(),
            start=start, start_pitch=self.pitch_spin.value(),
            tempo_bpm=self.tab.roll.document.tempo_bpm,
            time_signature=tuple(self.tab.roll.document.time_signature))

    def _primer(self, options: GenerateOptions) -> tuple[Song | None, float]:
        """The selection as a primer (from its first note) and where the takes then begin in the roll."""
        roll = self.tab.roll
        if options.start != "primer":
            return None, roll.cursor
        notes = roll.selected_notes()
        if not notes:
            self.context.reporter.report(tr("Select the notes to continue first (drag a box in Select mode)."))
            return None, -1.0
        start = min(n.start for n in notes)
        return Song.from_notes([n.moved(-start) for n in notes], roll.document.tempo_bpm), start

    def toggle_generation(self) -> None:
        if self.is_generating():
            self._worker.stop()
            self.generate_button.setEnabled(False)
        else:
            self.generate()

    def generate(self, run: str | None = None) -> bool:
        """Sample takes from ``run`` (default: the chosen one) with the panel's options."""
        run = run or self.selected_run()
        if run is None:
            self.context.reporter.report(tr("Train a music model first, or choose one of the workspace's runs."))
            return False
        if self.is_generating():
            return False
        options = self.options()
        primer, offset = self._primer(options)
        if offset < 0:
            return False
        self.take_offset = offset
        if options.scale or options.key:
            self.tab.scale_combo.setCurrentText(options.scale or options.key)   # the roll tints the scale's rows
        self.takes = []
        self.generated_final = False
        self.take_list.clear()
        worker = TaskWorker(lambda control: self._generation_job(control, run, primer, options), self)
        worker.event.connect(self._on_generation_event)
        worker.finished.connect(self._on_generation_finished)
        self._worker = worker
        self.generate_button.setText(tr("Stop"))
        self.progress.setRange(0, 0)
        self.progress.setFormat(tr("Loading the model…"))
        self.progress.setVisible(True)
        self.message.setText("")
        worker.start()
        return True

    def _generation_job(self, control, run: str, primer: Song | None, options: GenerateOptions):
        """Runs in the worker: the run's model is loaded once and kept for the next Generate."""
        key = (run, _checkpoint_stamp(run))
        model = self._model_cache.get(key)
        if model is None:
            yield Progress(0, None, tr("Loading the model…"))
            model = load_music_model(run, "cpu")   # small models: the CPU leaves a GPU to training
            self._model_cache = {key: model}
        yield from generate_takes(run, primer, options, control, model=model)

    def is_generating(self) -> bool:
        return self._worker is not None

    def _on_generation_event(self, item) -> None:
        if isinstance(item, Progress):
            self.progress.setFormat(item.message or tr("Working…"))
        elif isinstance(item, Takes):
            if self.progress.maximum() == 0:
                self.progress.setRange(0, 100)
                self.progress.setFormat("%p%")
            self.progress.setValue(int(100 * item.fraction))    # of the length (tokens are not time)
            self._show_takes([self._generated_part(s) for s in item.songs])
            self.generated_final = item.final

    @staticmethod
    def _generated_part(song: Song) -> Song:
        """A take without the primer's tracks: only its generated (last) track."""
        return song.with_tracks(song.tracks[-1:]) if len(song.tracks) > 1 else song

    def _show_takes(self, songs: list[Song]) -> None:
        self.takes = list(songs)
        row = max(0, self.take_list.currentRow())
        self.take_list.blockSignals(True)
        while self.take_list.count() < len(songs):
            self.take_list.addItem(QListWidgetItem(""))
        for i, song in enumerate(songs):
            first = min((n.start for n in song.notes), default=0.0)
            self.take_list.item(i).setText(tr("Take {n}  ·  {note_count} notes  ·  {seconds:.1f} s").format(
                n=i + 1, note_count=song.note_count(), seconds=song.end - first))
        self.take_list.setCurrentRow(min(row, len(songs) - 1))
        self.take_list.blockSignals(False)
        self._take_selected(self.take_list.currentRow())

    def _on_generation_finished(self, end) -> None:
        self._worker = None
        self.generate_button.setText(tr("Generate"))
        self.generate_button.setEnabled(True)
        self.progress.setVisible(False)
        if end.failure is not None:
            self.context.reporter.report(end.failure.message, end.failure.details)
        elif end.status == "stopped":
            self.message.setText(tr("Stopped: the notes sampled so far are kept in the takes."))
        else:
            takes = (tr("1 take") if len(self.takes) == 1 else tr("{n} takes").format(n=len(self.takes)))
            self.message.setText(tr("{takes}: double-click to hear one, Keep adds it as a track.").format(
                takes=takes))
        self._update_take_buttons()

    def _update_generate_button(self) -> None:
        self.generate_button.setEnabled(self.is_generating() or self.selected_run() is not None)

    # Takes -----------------------------------------------------------------------------------------

    def current_take(self) -> Song | None:
        row = self.take_list.currentRow()
        return self.takes[row] if 0 <= row < len(self.takes) else None

    def _take_selected(self, row: int) -> None:
        take = self.current_take()
        self.tab.roll.set_overlay(take, self.take_offset)
        self._update_take_buttons()

    def _update_take_buttons(self) -> None:
        on = self.current_take() is not None
        for b in (self.play_take_button, self.keep_button, self.take_midi_button, self.take_wav_button):
            b.setEnabled(on)

    def play_take(self) -> None:
        take = self.current_take()
        if take is not None:
            self.tab.play_take(take, self.take_offset)

    def keep_take(self) -> set[int]:
        """Add the current take to the roll as a track of its own (one undo step) and select its notes."""
        take = self.current_take()
        if take is None:
            return set()
        from studio.music.editing import TrackInfo, add_track

        roll = self.tab.roll
        row = self.take_list.currentRow()
        program = take.tracks[-1].program if take.tracks else 0
        edit = add_track(roll.document, TrackInfo(tr("Take {n}").format(n=row + 1), program),
                         [n.moved(self.take_offset) for n in take.notes], label=tr("Keep take"))
        roll.push(edit)
        ids = set(edit.added)
        roll.set_selection(ids)
        roll.set_overlay(None)
        self.tab.tracks.refresh(active=len(roll.document.tracks) - 1)
        roll.active_track = self.tab.tracks.active_track()
        self.take_list.clearSelection()
        self.tab.warm_up(take)
        self.message.setText(tr("Kept take {n} as a track of its own; its notes are selected in the roll.").format(
            n=row + 1))
        return ids

    def _export_take(self, kind: str) -> None:
        take = self.current_take()
        if take is not None:
            self.tab.ask_export(kind, take)

    def take_mime_data(self, row: int) -> QMimeData | None:
        """What dragging take ``row`` out carries: the URL of a .mid file of it in a temporary folder."""
        if not 0 <= row < len(self.takes):
            return None
        path = Path(self._drag_dir.name) / f"take-{row + 1}.mid"
        write_midi(self.takes[row], path)
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        return mime

    # Shutdown --------------------------------------------------------------------------------------

    def shutdown(self) -> None:
        self._closing = True
        self.preparation.shutdown()
        self.train_bar.shutdown()
        if self._worker is not None:
            self._worker.stop_and_wait()
        self._drag_dir.cleanup()
