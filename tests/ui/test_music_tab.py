"""The Piano roll tab end to end: open (and drop) a real chorale, mute/solo, play to the end through
PortAudio, export MIDI and WAV, generate takes with a tiny trained note-rnn, keep one, drag one out."""

from __future__ import annotations

import shutil
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from studio.music.midi_io import read_midi
from studio.music.scales import Scale

CHORALE = "midi/music21-bach/bwv1.6.mid"


@pytest.fixture(scope="module")
def note_rnn_run(tmp_path_factory, shared_data):
    """A note-rnn trained for one epoch on four chorales (a few seconds): enough to sample from."""
    from studio.core.workspace import Workspace
    from studio.training.config import TrainConfig
    from studio.training.session import TrainingSession

    folder = tmp_path_factory.mktemp("chorales")
    for path in sorted((shared_data / "midi" / "music21-bach").glob("*.mid"))[:4]:
        shutil.copy(path, folder)
    config = TrainConfig(model="note-rnn", dataset=str(folder), epochs=1, device="cpu", batch_size=16,
                         model_config={"hidden": 32, "embedding": 16, "layers": 1, "heads": 1, "window": 16})
    events = list(TrainingSession(config, Workspace(tmp_path_factory.mktemp("music-ws"))).run())
    return events[-1].run_dir


@pytest.fixture
def tab(show_widget, app_context):
    from studio.ui.tabs.music import MusicTab

    widget = show_widget(MusicTab(app_context), 1350, 820)
    yield widget
    widget.shutdown()


def test_open_mute_play_to_the_end_and_export(tab, qtbot, shared_data, tmp_path):
    chorale = shared_data / CHORALE
    assert tab.open_midi(str(chorale))
    assert tab.tracks.topLevelItemCount() == 5 and tab.roll.note_count() == read_midi(chorale).note_count()
    assert tab.sound_label.text().startswith("Sound: ")
    # Solo the bass: only it is heard (and exported as audio); the MIDI export keeps every track.
    tab.tracks.set_solo(4, True)
    assert [t.name for t in tab.roll.song(audible_only=True).tracks] == [tab.roll.document.tracks[4].name]
    assert tab.playback_available()
    tab.roll.set_cursor(tab.roll.song().end - 2.0)
    with qtbot.waitSignal(tab.playback_state, timeout=10000, check_params_cb=lambda s: s == "finished"):
        assert tab.play()
    assert tab.player.position() >= tab.roll.song(audible_only=True).end        # the playhead reached the end
    out_mid, out_wav = tmp_path / "out.mid", tmp_path / "out.wav"
    assert tab.export_midi(str(out_mid))
    assert read_midi(out_mid).note_count() == tab.roll.note_count()
    with qtbot.waitSignal(tab.exported, timeout=60000):
        tab.export_wav(str(out_wav))
    with wave.open(str(out_wav)) as wav:
        seconds = wav.getnframes() / wav.getframerate()
    assert seconds == pytest.approx(tab.roll.song(audible_only=True).end, abs=0.3)


def test_a_dropped_file_opens_and_a_damaged_one_is_one_sentence(tab, qtbot, shared_data, tmp_path, app_context):
    chorale = tmp_path / "dropped.mid"
    shutil.copy(shared_data / CHORALE, chorale)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(chorale))])
    enter = QDragEnterEvent(QPoint(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab.roll, enter)          # as a real drag does, before the drop
    assert enter.isAccepted()
    with qtbot.waitSignal(tab.file_loaded):
        QApplication.sendEvent(tab.roll, QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime,
                                                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert tab.roll.note_count() > 400
    broken = tmp_path / "broken.mid"
    broken.write_bytes(chorale.read_bytes()[:40])
    assert not tab.open_midi(str(broken))
    assert "broken.mid" in app_context.reporter.last_message and "\n" not in app_context.reporter.last_message
    assert tab.roll.note_count() > 400                                           # the roll is kept


def test_generate_takes_keep_one_and_drag_one_out(tab, qtbot, note_rnn_run, screenshot_dir):
    panel = tab.generation
    panel.variations_spin.setValue(2)
    panel.length_spin.setValue(6)
    panel.scale_combo.setCurrentText("C major")
    panel.random_seed.setChecked(False)
    assert panel.generate(str(note_rnn_run))
    qtbot.waitUntil(lambda: not panel.is_generating(), timeout=60000)
    assert len(panel.takes) == 2 and panel.generated_final
    take = panel.current_take()
    assert take.note_count() > 0 and all(n.pitch % 12 in {0, 2, 4, 5, 7, 9, 11} for n in take.notes)
    assert tab.roll.overlay is not None                                         # shown over the roll
    tab.roll.zoom_to_fit()
    QApplication.processEvents()
    tab.grab().save(str(screenshot_dir / "piano_roll_tab_take.png"))
    # Dragging a take out carries a real .mid file.
    mime = panel.take_mime_data(1)
    (url,) = mime.urls()
    assert read_midi(url.toLocalFile()).note_count() == panel.takes[1].note_count()
    # Keep: the take joins the roll as a track of its own, one undo step.
    ids = panel.keep_take()
    assert tab.roll.note_count() == take.note_count() == len(ids)
    assert tab.tracks.topLevelItemCount() == 2 and tab.tracks.active_track() == 1
    assert tab.roll.song().tracks[1].name == "Take 1"
    panel.take_list.setFocus()                                   # Ctrl+Z works from anywhere in the tab
    qtbot.keyClick(panel.take_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.roll.note_count() == 0 and tab.tracks.topLevelItemCount() == 1


def test_continue_a_selection_and_loop_a_region(tab, qtbot, note_rnn_run, shared_data):
    assert tab.open_midi(str(shared_data / CHORALE))
    doc = tab.roll.document
    chosen = [i for i, p in doc.notes.items() if 2.0 <= p.note.start < 6.0]
    tab.roll.set_selection(chosen)
    start = min(doc.notes[i].note.start for i in chosen)
    end = max(doc.notes[i].note.end for i in chosen)
    panel = tab.generation
    panel.start_combo.setCurrentText("Continue the selection")
    panel.variations_spin.setValue(1)
    panel.length_spin.setValue(4)
    assert panel.generate(str(note_rnn_run))
    qtbot.waitUntil(lambda: not panel.is_generating(), timeout=60000)
    take = panel.current_take()
    assert panel.take_offset == pytest.approx(start) and take.note_count() > 0
    # Only the continuation is the take (the primer stays in the roll), and it begins where the selection ends.
    assert min(n.start for n in take.notes) >= (end - start) - 0.2
    # Loop the region marked on the ruler: it plays on, round and round, until stopped.
    tab.roll.set_loop(1.0, 2.0)
    tab.loop_check.setChecked(True)
    assert tab.play()
    qtbot.waitUntil(lambda: tab.player.frames_written > 5 * tab.player.sample_rate, timeout=10000)
    assert tab.player.playing and 1.0 <= tab.player.position() < 2.0
    with qtbot.waitSignal(tab.playback_state, check_params_cb=lambda s: s == "stopped"):
        tab.toggle_play()
    tab.roll.set_loop(0.0, 0.0)                                      # no region: Loop plays the selection
    assert tab.loop_region() == pytest.approx((start, end))


def test_without_fluidsynth_or_an_audio_device(show_widget, app_context, qtbot, monkeypatch, tmp_path, shared_data):
    import studio.music.synth as synth_module
    import studio.ui.tabs.music.tab as tab_module
    from studio.music.playback import NO_DEVICE
    from studio.ui.tabs.music import MusicTab

    monkeypatch.setattr(synth_module, "fluidsynth_available", lambda: False)
    monkeypatch.setattr(tab_module, "check_output_device", lambda device=None: NO_DEVICE)
    tab = show_widget(MusicTab(app_context), 1200, 800)
    try:
        assert tab.sound_label.text() == "Sound: Built-in piano synthesiser"      # it says which synth plays
        assert not tab.playback_available() and not tab.play_button.isEnabled()
        assert tab.play_button.toolTip() == NO_DEVICE and not tab.play()
        assert tab.open_midi(str(shared_data / CHORALE))
        with qtbot.waitSignal(tab.exported, timeout=60000):                       # WAV export still works
            tab.export_wav(str(tmp_path / "chorale.wav"))
        assert (tmp_path / "chorale.wav").stat().st_size > 100_000
    finally:
        tab.shutdown()


def test_train_a_music_model_from_the_tab(tab, qtbot, workspace_dir, monkeypatch):
    import studio.data.bach as bach

    # A corpus of three chorales (all ~400 take minutes). The chorales are converted first, in the tab,
    # with a progress bar; then the training starts.
    scores = bach.chorale_scores()[:3]
    monkeypatch.setattr(bach, "chorale_scores", lambda: scores)
    panel = tab.generation
    assert panel.selected_run() is None and not panel.generate_button.isEnabled()
    panel.start_training("note-rnn", 1, model_config={"hidden": 32, "embedding": 16, "layers": 1, "heads": 1,
                                                      "window": 16})
    assert panel.train_progress.format().startswith("Converting")
    qtbot.waitUntil(lambda: panel.controller.is_busy(), timeout=120000)        # then the training starts
    qtbot.waitUntil(lambda: not panel.controller.is_busy(), timeout=120000)
    assert len(list((workspace_dir / "cache").rglob("*.mid"))) == 3
    # The new run is listed and chosen, ready to generate from.
    assert panel.selected_run() is not None and Path(panel.selected_run()).parent.parent == workspace_dir
    assert panel.generate_button.isEnabled()


def test_stop_ends_generation_at_once_and_keeps_the_notes(tab, qtbot, note_rnn_run):
    panel = tab.generation
    panel.variations_spin.setValue(1)
    panel.length_spin.setValue(600)                                   # ten minutes: far more than the test waits
    assert panel.generate(str(note_rnn_run))
    qtbot.waitUntil(lambda: bool(panel.takes) and panel.takes[0].note_count() > 0, timeout=60000)
    panel.toggle_generation()                                          # the Stop button
    qtbot.waitUntil(lambda: not panel.is_generating(), timeout=5000)
    assert not panel.generated_final and panel.takes[0].end < 600
    assert panel.message.text().startswith("Stopped") and panel.keep_button.isEnabled()


def test_the_roll_is_autosaved_and_restored(show_widget, app_context, qtbot):
    from studio.music.song import Note
    from studio.ui.tabs.music import MusicTab

    first = show_widget(MusicTab(app_context), 1000, 700)
    first.roll.add_notes([Note(60, 0.0, 0.5, 90), Note(67, 0.5, 1.0, 70)])
    qtbot.waitUntil(first.autosave_path().is_file, timeout=5000)            # written shortly after the edit
    first.roll.add_notes([Note(72, 1.0, 1.5, 80)])
    first.shutdown()                                                         # a pending autosave is written now
    second = show_widget(MusicTab(app_context), 1000, 700)
    try:
        assert sorted(n.pitch for n in second.roll.song().notes) == [60, 67, 72]
        assert second.status.text() == "Restored the roll of your last session."
    finally:
        second.shutdown()


def test_a_track_takes_another_instrument_and_name(tab, qtbot, tmp_path):
    from studio.music.song import Note

    tab.roll.add_notes([Note(60, 0.0, 0.5, 90)])
    tab.tracks.set_program(0, 40)                                   # violin
    tab.tracks.rename(0, "Melody")
    row = tab.tracks.topLevelItem(0)
    assert (row.text(0), row.text(1)) == ("Melody", "Strings") and row.toolTip(1).startswith("Violin")
    assert tab.export_midi(str(tmp_path / "violin.mid"))
    (track,) = read_midi(tmp_path / "violin.mid").tracks
    assert (track.program, track.name) == (40, "Melody")


def test_choosing_a_sound_font(tab, app_context, tmp_path):
    from studio.core.settings import Settings
    from studio.music.synth import default_soundfont, fluidsynth_available

    if not fluidsynth_available():
        pytest.skip("FluidSynth is not installed")
    copy = tmp_path / "MyPiano.sf2"
    shutil.copy(default_soundfont(), copy)
    tab.set_soundfont(str(copy))
    assert tab.sound_label.text() == "Sound: FluidSynth (MyPiano.sf2)"
    assert Settings.load().extra["music.soundfont"] == str(copy)           # remembered for the next start
    broken = tmp_path / "Broken.sf2"
    broken.write_bytes(b"RIFF0000sfbk")
    tab.set_soundfont(str(broken))
    assert "could not load the sound font" in app_context.reporter.last_message
    assert tab.sound_label.text() == "Sound: FluidSynth (MyPiano.sf2)"     # the working one is kept


def test_space_plays_from_the_cursor(tab, qtbot):
    from studio.music.song import Note

    tab.roll.add_notes([Note(60 + i, i * 0.25, i * 0.25 + 0.3, 90) for i in range(8)])
    tab.roll.set_cursor(1.0)
    tab.roll.canvas.setFocus()
    with qtbot.waitSignal(tab.playback_state, check_params_cb=lambda s: s == "playing"):
        qtbot.keyClick(tab.roll.canvas, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: tab.play_button.text() == "Play", timeout=10000)     # played to the end
    assert tab.player.state == "finished" and tab.player.position() >= 2.05


def test_generate_from_random_notes(tab, qtbot, note_rnn_run):
    panel = tab.generation
    panel.start_combo.setCurrentText("Random notes")
    assert not panel.pitch_spin.isEnabled() and panel.options().start == "random"
    panel.length_spin.setValue(4)
    panel.random_seed.setChecked(False)
    panel.seed_spin.setValue(7)
    assert panel.generate(str(note_rnn_run))
    qtbot.waitUntil(lambda: not panel.is_generating(), timeout=60000)
    first = panel.current_take()
    assert panel.generated_final and first.end <= 4 + 1e-6
    assert panel.generate(str(note_rnn_run))                     # the same seed: the same take
    qtbot.waitUntil(lambda: not panel.is_generating(), timeout=60000)
    assert panel.current_take() == first


def test_generate_in_a_chosen_key(tab, qtbot, note_rnn_run):
    panel = tab.generation
    assert panel.key_combo.currentIndex() == 0 and panel.options().key is None      # automatic by default
    panel.key_combo.setCurrentText("D major")
    panel.scale_combo.setCurrentText("D major")
    panel.length_spin.setValue(4)
    assert panel.options().key == "D major"
    assert panel.generate(str(note_rnn_run))
    qtbot.waitUntil(lambda: not panel.is_generating(), timeout=60000)
    take = panel.current_take()
    assert take.note_count() > 0 and all(Scale.parse("D major").contains(n.pitch) for n in take.notes)
    assert tab.scale_combo.currentText() == "D major"                   # the roll tints the key's notes
