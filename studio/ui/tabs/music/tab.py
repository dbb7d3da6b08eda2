"""Piano roll tab: edit MIDI in a piano roll, hear it, generate takes with a trained music model, export.

A thin view over the Qt-free music core: the roll edits a ``NoteDocument`` (studio.music.editing),
playback is a ``Player`` (studio.music.playback) polled 30 times a second for the playhead, WAV export
runs ``render_wav_steps`` in a TaskWorker, and generation (the ``GenerationPanel``) runs music-core's
``generate_takes`` in another. With no audio device, Play is disabled and says why; export still works.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QSplitter, QToolButton, QVBoxLayout, QWidget)

from studio.core.errors import StudioError, user_message
from studio.core.tasks import Progress
from studio.music.midi_io import read_midi, write_midi
from studio.music.playback import Player, check_output_device, find_output_device
from studio.music.render import render_wav_steps
from studio.music.scales import Scale, detect_key, scale_names
from studio.music.song import Note, Song
from studio.music.synth import SynthError, choose_synth
from studio.ui.i18n import tr, tr_noop
from studio.ui.tabs.music.generation import GenerationPanel
from studio.ui.tabs.music.timing import TimingControls
from studio.ui.tabs.music.tracks import TrackList
from studio.ui.widgets.piano_roll import PianoRollView
from studio.ui.widgets.progress_bar import ProgressBar
from studio.workers.task_worker import TaskWorker

SNAPS = ((tr_noop("Bar"), 0.0), ("1/4", 1.0), ("1/8", 0.5), ("1/16", 0.25), ("1/32", 0.125),
         (tr_noop("1/8 triplet"), 1 / 3),
         (tr_noop("1/16 triplet"), 1 / 6), (tr_noop("Off"), 0.0))
SOUNDFONT_KEY = "music.soundfont"
PLAYHEAD_FPS = 30
AUTOSAVE_DELAY_MS = 1500      # after the last edit: a drag or a run of shortcuts is written once


class MusicTab(QWidget):
    """The "Piano roll" tab."""

    file_loaded = Signal(str)            # a MIDI file is in the roll
    exported = Signal(str)               # a MIDI or WAV export was written
    playback_state = Signal(str)         # "playing", "stopped", "finished"

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.player: Player | None = None
        self.synth = None
        self._export_worker: TaskWorker | None = None
        self._closing = False
        self._warm_workers: set[TaskWorker] = set()
        self._poll = QTimer(self)
        self._poll.setInterval(1000 // PLAYHEAD_FPS)
        self._poll.timeout.connect(self._poll_playhead)
        self._build()
        self._sound_ready = False
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._restore_autosave()

    # Layout ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 4)
        self.roll = PianoRollView()
        self.roll.midi_dropped.connect(self._dropped)
        self.roll.edited.connect(self._on_edited)
        self.roll.audition_note.connect(self.audition)
        root.addLayout(self._build_toolbar())

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(tr("Tracks")))
        self.tracks = TrackList()
        self.tracks.edit_requested.connect(self._track_edit)     # mute, solo, rename: undo steps
        self.tracks.active_changed.connect(self._active_track_changed)
        lv.addWidget(self.tracks, 1)
        hint = QLabel(tr("Click a track to draw into it. M mutes, S solos."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        lv.addWidget(hint)
        splitter.addWidget(left)
        splitter.addWidget(self.roll)
        self.generation = GenerationPanel(self.context, self)
        splitter.addWidget(self.generation)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 800, 300])
        root.addWidget(splitter, 1)

        status = QHBoxLayout()
        self.status = QLabel(tr("Draw notes, open a MIDI file (or drop one on the roll), or generate a take."))
        status.addWidget(self.status, 1)
        self.export_progress = ProgressBar()
        self.export_progress.setFixedWidth(160)
        self.export_progress.setVisible(False)
        status.addWidget(self.export_progress)
        self.sound_label = QLabel("")
        self.sound_label.setToolTip(tr("The synthesiser that plays and renders the music"))
        status.addWidget(self.sound_label)
        sf_button = QPushButton(tr("Sound font…"))
        sf_button.setToolTip(tr("Play with another General MIDI sound font (.sf2); FluidSynth is needed"))
        sf_button.clicked.connect(self.choose_soundfont)
        status.addWidget(sf_button)
        root.addLayout(status)
        self.tracks.set_document(self.roll.document)
        self.timing.set_document(self.roll.document)

    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.open_button = QPushButton(tr("Open MIDI…"))
        self.open_button.setToolTip(tr("Open a .mid file in the roll (or drop one on the roll)  [Ctrl+O]"))
        self.open_button.clicked.connect(self.ask_open)
        bar.addWidget(self.open_button)
        self.export_midi_button = QPushButton(tr("Export MIDI…"))
        self.export_midi_button.clicked.connect(lambda: self.ask_export("mid"))
        bar.addWidget(self.export_midi_button)
        self.export_wav_button = QPushButton(tr("Export WAV…"))
        self.export_wav_button.clicked.connect(lambda: self.ask_export("wav"))
        bar.addWidget(self.export_wav_button)
        bar.addSpacing(12)
        for action in (self.roll.undo_action, self.roll.redo_action):
            button = QToolButton()
            button.setDefaultAction(action)
            bar.addWidget(button)
            self.addAction(action)    # Ctrl+Z anywhere in the tab (a text box keeps its own undo)

        group = QActionGroup(self)
        self.tool_buttons: dict[str, QToolButton] = {}
        for tool, text, tip in (("draw", tr("Draw"), tr("Click to add notes, drag to set their length  [D]")),
                                ("select", tr("Select"), tr("Drag a box to select notes  [S]")),
                                ("erase", tr("Erase"), tr("Click or drag over notes to erase them  [E]"))):
            action = QAction(text, self)
            action.setCheckable(True)
            action.setToolTip(tip)
            action.triggered.connect(lambda _=False, t=tool: self.roll.set_tool(t))
            group.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            bar.addWidget(button)
            self.tool_buttons[tool] = button
        self.tool_buttons["draw"].defaultAction().setChecked(True)
        bar.addWidget(QLabel(tr("Snap:")))
        self.snap_combo = QComboBox()
        for title, _beats in SNAPS:
            self.snap_combo.addItem(tr(title))
        self.snap_combo.setCurrentText("1/16")
        self.snap_combo.currentIndexChanged.connect(self._snap_changed)
        bar.addWidget(self.snap_combo)
        self.timing = TimingControls()
        self.timing.edit_requested.connect(self._track_edit)      # tempo, time signature: undo steps
        bar.addWidget(self.timing)
        bar.addWidget(QLabel(tr("Scale:", "musical scale")))
        self.scale_combo = QComboBox()
        self.scale_combo.addItem(tr("None"))
        self.scale_combo.addItems(scale_names())
        self.scale_combo.setToolTip(tr("Highlight the notes of a scale in the roll"))
        self.scale_combo.currentTextChanged.connect(self._scale_changed)
        bar.addWidget(self.scale_combo)
        quantise = QPushButton(tr("Quantise"))
        quantise.setToolTip(tr("Snap the selected notes (all when none is selected) to the grid  [Q]"))
        quantise.clicked.connect(self.roll.quantise_selection)
        bar.addWidget(quantise)
        fit = QPushButton(tr("Fit"))
        fit.setToolTip(tr("Show all the notes  [Ctrl+0]"))
        fit.clicked.connect(self.roll.zoom_to_fit)
        bar.addWidget(fit)
        bar.addStretch(1)

        self.play_button = QPushButton(tr("Play"))
        self.play_button.setToolTip(tr("Play from the cursor, or loop the marked region  [Space]"))
        self.play_button.clicked.connect(self.toggle_play)
        bar.addWidget(self.play_button)
        self.loop_check = QCheckBox(tr("Loop"))
        self.loop_check.setToolTip(tr("Loop the region marked on the ruler (drag on the ruler to mark it), "
                                   "or else the selected notes"))
        bar.addWidget(self.loop_check)
        self.time_label = QLabel("0:00.0")
        self.time_label.setMinimumWidth(60)
        bar.addWidget(self.time_label)

        for keys, slot in (("Space", self.toggle_play), ("Ctrl+O", self.ask_open), ("Home", lambda: self.roll.set_cursor(0.0))):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        return bar

    # Sound -----------------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Loading the sound font and asking PortAudio for a device take a fraction of a second: done when
        # the tab is first shown, not while the window opens.
        self.ensure_sound()

    def ensure_sound(self) -> None:
        """Pick the synthesiser and the output device, once."""
        if not self._sound_ready:
            self._sound_ready = True
            self._setup_sound()

    def _setup_sound(self) -> None:
        """Pick the synthesiser (FluidSynth where it works, the user's sound font if any) and the device."""
        soundfont = self.context.settings.extra.get(SOUNDFONT_KEY) or None
        try:
            self.synth = choose_synth("auto", soundfont)
        except SynthError as exc:
            self.synth = choose_synth("auto")
            self.status.setText(str(exc))
        self.sound_label.setText(tr("Sound: {name}").format(name=self.synth.name))
        if self.roll.note_count():
            self.warm_up(self.roll.song())
        device = find_output_device(self.context.preferences.audio_output)
        problem = check_output_device(device)
        if problem is None:
            self.player = Player(self.synth, device=device)
        self.play_button.setEnabled(self.player is not None)
        if problem is not None:
            self.play_button.setToolTip(problem)
            self.status.setText(problem)

    def audio_output_changed(self) -> None:
        """The output device setting changed: play through the new device from the next Play on."""
        if not self._sound_ready:
            return                      # chosen when the sound is first set up
        self.stop()
        if self.player is not None:
            self.player.close()
            self.player = None
        device = find_output_device(self.context.preferences.audio_output)
        problem = check_output_device(device)
        if problem is None:
            self.player = Player(self.synth, device=device)
        self.play_button.setEnabled(self.player is not None)
        if problem is not None:
            self.play_button.setToolTip(tr(problem))
            self.status.setText(tr(problem))

    def playback_available(self) -> bool:
        self.ensure_sound()
        return self.player is not None

    def choose_soundfont(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Sound font"), "", tr("Sound fonts (*.sf2 *.sf3)"))
        if path:
            self.set_soundfont(path)

    def set_soundfont(self, path: str | None) -> None:
        """Play and render with the sound font at ``path`` (None: the default), and remember it."""
        self.ensure_sound()
        try:
            synth = choose_synth("auto", path)
        except StudioError as exc:
            self.context.reporter.report(str(exc))
            return
        self.stop()
        old, self.synth = self.synth, synth
        if self.player is not None:
            self.player.synth = synth
        if old is not None and not self._warm_workers:
            old.close()          # its FluidSynth instance (a warm-up still using it frees it with itself)
        self.sound_label.setText(tr("Sound: {name}").format(name=synth.name))
        self.context.settings.extra[SOUNDFONT_KEY] = path or ""
        try:
            self.context.settings.save()
        except OSError:
            pass

    # Files -----------------------------------------------------------------------------------------

    def ask_open(self) -> None:
        if not self._confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(self, tr("Open MIDI file"), str(self.path.parent if self.path else ""),
                                              tr("MIDI files (*.mid *.midi *.smf *.kar);;All files (*)"))
        if path:
            self.open_midi(path)

    def _dropped(self, path: str) -> None:
        self.open_file(path)

    def open_file(self, path: str) -> bool:
        """Open a MIDI file as a drop or File ▸ Open Recent do: first ask when the roll has unsaved changes."""
        return self._confirm_discard() and self.open_midi(path)

    def _confirm_discard(self) -> bool:
        if not self.roll.history.is_modified() or not self.roll.note_count():
            return True
        answer = QMessageBox.question(self, tr("Replace the roll?"), tr("The roll has changes that are not exported. "
                                      "Replace them with the file?"))
        return answer == QMessageBox.StandardButton.Yes

    def open_midi(self, path: str) -> bool:
        """Load a MIDI file into the roll (tracks kept); a damaged file is reported in one sentence."""
        try:
            song = read_midi(path)
        except StudioError as exc:
            self.context.reporter.report(str(exc))
            return False
        self.load_song(song, Path(path).stem)
        self.path = Path(path)
        key = ""
        pitched = song.pitched_notes()
        if pitched:
            # The detected key is tinted in the roll (the Scale box turns it off), as a guide for editing.
            scale = detect_key(pitched)
            self.scale_combo.setCurrentText(scale.name)
            key = tr(", in {name} (detected)").format(name=scale.name)
        tracks = tr("1 track") if len(song.tracks) == 1 else tr("{n} tracks").format(n=len(song.tracks))
        self.status.setText(tr("Opened {name}: {notes} notes in {tracks}, {bpm:.0f} bpm{key}.").format(
            name=self.path.name, notes=song.note_count(), tracks=tracks, bpm=song.tempo_bpm, key=key))
        self.file_loaded.emit(str(path))
        return True

    def load_song(self, song: Song, name: str = "") -> None:
        self.stop()
        if not song.tracks:
            song = Song.from_notes([], song.tempo_bpm)
        self.roll.set_song(song, name)
        self.roll.set_cursor(0.0)
        self.tracks.set_document(self.roll.document)
        self.timing.set_document(self.roll.document)
        self.roll.active_track = self.tracks.active_track()
        self.roll.zoom_to_fit()
        self.warm_up(song)

    def warm_up(self, song: Song) -> None:
        """Let the synthesiser prepare ``song``'s sounds in a worker (the built-in piano computes each
        pitch's tone once), so that Play starts at once; the first play of a cold pitch waits ~25 ms."""
        if self.synth is None or self._closing:
            return
        synth = self.synth

        def job(control):
            synth.prepare(song)
            yield Progress(1, 1)

        worker = TaskWorker(job, self)
        self._warm_workers.add(worker)
        worker.finished.connect(lambda _end, w=worker: self._warm_workers.discard(w))
        worker.start()

    def ask_export(self, kind: str, take: Song | None = None) -> None:
        """Ask where to write the roll (or ``take``) as MIDI or WAV; the dialog confirms replacing a file."""
        name = (self.path.stem if self.path else (take.title if take else "roll")) or "roll"
        dialog = QFileDialog(self, tr("Export MIDI") if kind == "mid" else tr("Export WAV"),
                             str((self.path.parent if self.path else Path.home()) / f"{name}.{kind}"),
                             tr("MIDI files (*.mid)") if kind == "mid" else tr("WAV audio (*.wav)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        # With a default suffix the dialog adds ".mid" itself, so its overwrite question is about the
        # file that will really be written.
        dialog.setDefaultSuffix(kind)
        if not dialog.exec() or not dialog.selectedFiles():
            return
        path = dialog.selectedFiles()[0]
        if self.path is not None and Path(path).resolve() == self.path.resolve():
            self.context.reporter.report(tr("{name} is the file the roll was opened from; choose another name so "
                                            "that it is kept.").format(name=Path(path).name))
            return
        (self.export_midi if kind == "mid" else self.export_wav)(path, take)

    def _song_for_export(self, take: Song | None) -> Song | None:
        song = take if take is not None else self.roll.song()
        if not song.note_count():
            self.context.reporter.report(tr("There are no notes to export yet."))
            return None
        return song

    def export_midi(self, path: str, take: Song | None = None) -> bool:
        """Write the roll (every track, with mute and solo left out of the file) or a take as MIDI."""
        song = self._song_for_export(take)
        if song is None:
            return False
        try:
            write_midi(song, path)
        except (StudioError, OSError) as exc:
            self.context.reporter.report(user_message(exc))
            return False
        if take is None:
            self.roll.history.set_clean()
        self.status.setText(tr("Wrote {name}.").format(name=Path(path).name))
        self.exported.emit(str(path))
        return True

    def export_wav(self, path: str, take: Song | None = None) -> None:
        """Render what is heard (muted tracks left out) to a WAV in a worker; ``exported`` fires when written."""
        self.ensure_sound()
        song = self._song_for_export(take)
        if song is None or (self._export_worker is not None and self._export_worker.is_running()):
            return
        synth = self.synth
        worker = TaskWorker(lambda control: render_wav_steps(song, path, synth, control), self)
        worker.event.connect(self._on_export_event)
        worker.finished.connect(lambda end, p=str(path): self._on_export_finished(end, p))
        self._export_worker = worker
        self.export_progress.setRange(0, 100)
        self.export_progress.setValue(0)
        self.export_progress.setVisible(True)
        self.status.setText(tr("Rendering {name} with {synth}…").format(name=Path(path).name, synth=synth.name))
        worker.start()

    def _on_export_event(self, item) -> None:
        if isinstance(item, Progress) and item.fraction is not None:
            self.export_progress.setValue(int(item.fraction * 100))

    def _on_export_finished(self, end, path: str) -> None:
        self._export_worker = None
        if self._closing:
            return
        self.export_progress.setVisible(False)
        if end.failure is not None:
            self.context.reporter.report(end.failure.message, end.failure.details)
        elif end.completed:
            self.status.setText(tr("Wrote {name}.").format(name=Path(path).name))
            self.exported.emit(path)

    def is_exporting(self) -> bool:
        return self._export_worker is not None

    # Playback --------------------------------------------------------------------------------------

    def toggle_play(self) -> None:
        # A note being auditioned (a click on the roll) is not playback: Play then plays.
        if self.player is not None and self.player.playing and self._poll.isActive():
            self.stop()
        else:
            self.play()

    def play(self, song: Song | None = None, start: float | None = None) -> bool:
        """Play the roll from the cursor (or its loop region when Loop is on), or ``song`` from its start."""
        self.ensure_sound()
        if self.player is None:
            problem = check_output_device()   # the core's words; its fixed sentence is in the catalogue
            self.status.setText(tr(problem) if problem else tr("Playback is off."))
            return False
        loop = None
        if song is None:
            song = self.roll.song(audible_only=True)
            if self.loop_check.isChecked():
                loop = self.loop_region()
        try:
            if loop:
                self.player.play(song, loop[0], loop[1], loop=True)
            else:
                self.player.play(song, self.roll.cursor if start is None else start)
        except StudioError as exc:
            self.status.setText(str(exc))
            return False
        self.play_button.setText(tr("Stop"))
        self._poll.start()
        self.playback_state.emit("playing")
        return True

    def loop_region(self) -> tuple[float, float] | None:
        """What Loop plays: the region marked on the ruler, else the span of the selected notes."""
        if self.roll.loop:
            return self.roll.loop
        notes = self.roll.selected_notes()
        if notes:
            return min(n.start for n in notes), max(n.end for n in notes)
        return None

    def stop(self) -> None:
        if self.player is None:
            return
        was_playing = self.player.playing
        self.player.stop()
        self._poll.stop()
        self.play_button.setText(tr("Play"))
        self.roll.set_playhead(None)
        if was_playing:
            self.playback_state.emit("stopped")

    def _poll_playhead(self) -> None:
        player = self.player
        t = player.position()
        self.time_label.setText(f"{int(t // 60)}:{t % 60:04.1f}")
        if player.state == "playing":
            self.roll.set_playhead(t)
            return
        self._poll.stop()
        self.play_button.setText(tr("Play"))
        self.roll.set_playhead(None)
        if player.error:
            self.context.reporter.report(player.error)
        self.playback_state.emit(player.state)

    def play_take(self, take: Song, offset: float) -> bool:
        """Audition a take: the roll's audible tracks with the take, from the take's start."""
        base = self.roll.song(audible_only=True)
        moved = [n.moved(offset) for t in take.tracks for n in t.notes]
        song = base.with_tracks([*base.tracks, take.tracks[-1].with_notes(moved)]) if take.tracks else base
        return self.play(song, start=offset)

    def audition(self, pitch: int, velocity: int) -> None:
        """Sound one note briefly (a clicked or drawn note), unless the music is playing."""
        if self.player is None or self._poll.isActive():
            return
        info = self.roll.document.tracks[self.roll.active_track]
        note = Note(pitch, 0.0, 0.35, velocity)
        song = Song.from_notes([note], program=info.program)
        try:
            self.player.play(song)
        except StudioError:
            pass

    # Roll news -------------------------------------------------------------------------------------

    def _on_edited(self) -> None:
        self.tracks.refresh()
        self.timing.sync()
        if self.snap_combo.currentText() == "Bar":
            self._snap_changed(self.snap_combo.currentIndex())       # a bar's length follows the signature
        self.roll.active_track = self.tracks.active_track()   # an undone "Keep take" removes its track
        if not self._closing:
            self._autosave_timer.start()

    # Nothing lost on a crash ----------------------------------------------------------------------

    def autosave_path(self) -> Path:
        return Path(self.context.workspace) / "music" / "roll-autosave.mid"

    def autosave(self) -> None:
        """Write the roll to the workspace (atomically), so that a crash or a quit loses no edit; it is
        opened again with the tab."""
        self._autosave_timer.stop()
        path = self.autosave_path()
        try:
            if self.roll.note_count():
                write_midi(self.roll.song(), path)
            elif path.exists():
                path.unlink()
        except (StudioError, OSError):
            pass   # autosave is a safety net; a full disk must not interrupt the editing

    def _restore_autosave(self) -> None:
        path = self.autosave_path()
        if not path.is_file():
            return
        try:
            song = read_midi(path)
        except StudioError:
            return
        self.load_song(song, song.title)
        self.status.setText(tr("Restored the roll of your last session."))

    def _track_edit(self, edit) -> None:
        """A track's or the timing's change, pushed as an undo step of the roll."""
        if not self.roll.push(edit):
            self.tracks.refresh()          # refused (the roll is read-only while a take is sampled)
            self.timing.sync()

    def _active_track_changed(self, index: int) -> None:
        self.roll.active_track = index

    def _snap_changed(self, index: int) -> None:
        title, beats = SNAPS[index]
        if title == "Bar":
            beats = self.roll.document.bar_s / self.roll.document.beat_s
        self.roll.set_snap_division(beats)

    def _scale_changed(self, text: str) -> None:
        self.roll.set_scale(Scale.parse(text).pitch_classes if text and self.scale_combo.currentIndex() > 0 else ())

    def workspace_changed(self) -> None:
        self.generation.refresh_runs()

    # Shutdown --------------------------------------------------------------------------------------

    def shutdown(self) -> None:
        if self._autosave_timer.isActive():
            self.autosave()
        self._closing = True
        self._poll.stop()
        if self.player is not None:
            self.player.close()
        self.generation.shutdown()
        if self._export_worker is not None and self._export_worker.is_running():
            self._export_worker.stop_and_wait()
        for worker in list(self._warm_workers):
            worker.stop_and_wait()
        if self.synth is not None:
            self.synth.close()
