"""The Training monitor trains the music models: the data follow the model, a MIDI folder trains."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from studio.core.workspace import Workspace
from studio.ui.tabs.training import TrainingTab

TIMEOUT = 90_000


@pytest.fixture
def tab(qtbot, show_widget, app_context):
    widget = show_widget(TrainingTab(app_context), 1280, 800)
    qtbot.waitUntil(widget.models_ready, timeout=TIMEOUT)
    yield widget
    widget.shutdown()


def test_music_model_picks_music_data_and_trains_on_a_midi_folder(qtbot, tab, shared_data, tmp_path,
                                                                  workspace_dir, app_context):
    tab.model_combo.setCurrentIndex(tab.model_combo.findData("note-rnn"))
    assert tab.dataset_edit.text() == "bach"                 # digits would not do for a music model
    tab.model_combo.setCurrentIndex(tab.model_combo.findData("vae"))
    assert tab.dataset_edit.text() == "digits"

    folder = tmp_path / "chorales"
    folder.mkdir()
    for path in sorted((shared_data / "midi" / "music21-bach").glob("*.mid"))[:6]:
        shutil.copy(path, folder / path.name)
    tab.model_combo.setCurrentIndex(tab.model_combo.findData("event-rnn"))
    tab.dataset_edit.setText(str(folder))
    tab.model_form().set_values({"hidden": 16, "embedding": 8, "layers": 1, "window": 32})
    tab.epochs_spin.setValue(1)
    tab.device_combo.setCurrentIndex(tab.device_combo.findData("cpu"))
    with qtbot.waitSignal(tab.run_finished, timeout=TIMEOUT) as finished:
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["completed"] and app_context.reporter.last_message is None
    (run,) = Workspace(workspace_dir).runs()
    assert run.info()["model"] == "event-rnn" and run.info()["data_spec"]["kind"] == "tokens"


def _bach_scores(count: int):
    from studio.data.bach import chorale_scores

    return chorale_scores()[:count]


def test_start_on_bach_converts_the_chorales_with_a_progress_bar_then_trains(qtbot, tab, workspace_dir,
                                                                          monkeypatch, app_context):
    import studio.data.bach as bach

    scores = _bach_scores(3)
    monkeypatch.setattr(bach, "chorale_scores", lambda: scores)       # three pieces: a short conversion
    tab.model_combo.setCurrentIndex(tab.model_combo.findData("note-rnn"))
    assert tab.dataset_edit.text() == "bach"
    tab.model_form().set_values({"hidden": 16, "embedding": 8, "layers": 1, "heads": 1, "window": 16})
    tab.epochs_spin.setValue(1)
    tab.device_combo.setCurrentIndex(tab.device_combo.findData("cpu"))
    formats = []
    tab.progress.valueChanged.connect(lambda _v: formats.append(tab.progress.format()))
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert tab.is_preparing() and tab.stop_button.isEnabled() and not tab.start_button.isEnabled()
    assert "Converting the Bach chorales" in tab.status_label.text()
    # Converted with the bar moving, then the training process starts (the fixture stops it).
    qtbot.waitUntil(lambda: not tab.is_preparing(), timeout=TIMEOUT)
    assert tab.controller.is_busy() and app_context.reporter.last_message is None
    assert any(f.startswith("Converting the chorales") for f in formats)
    assert bach.is_converted(workspace_dir / "cache")
    assert "Loading the data" in tab.status_label.text()


def test_stop_ends_the_chorales_conversion(qtbot, tab, workspace_dir, monkeypatch):
    import studio.data.bach as bach

    scores = _bach_scores(40)
    monkeypatch.setattr(bach, "chorale_scores", lambda: scores)
    tab.model_combo.setCurrentIndex(tab.model_combo.findData("event-rnn"))
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.progress.value() > 0, timeout=TIMEOUT)
    with qtbot.waitSignal(tab.run_finished, timeout=TIMEOUT) as finished:
        qtbot.mouseClick(tab.stop_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["stopped"] and not tab.is_busy() and tab.start_button.isEnabled()
    assert not bach.is_converted(workspace_dir / "cache") and Workspace(workspace_dir).runs() == []
    assert "pieces converted so far are kept" in tab.status_label.text()


def test_resuming_a_note_rnn_after_its_folder_changed_says_so(qtbot, tab, shared_data, tmp_path, workspace_dir,
                                                              app_context):
    from studio.training.config import TrainConfig
    from studio.training.session import TrainingSession

    pieces = sorted((shared_data / "midi" / "music21-bach").glob("*.mid"))
    folder = tmp_path / "midi"
    folder.mkdir()
    for path in pieces[:3]:
        shutil.copy(path, folder / path.name)
    config = TrainConfig(model="note-rnn", dataset=str(folder), epochs=1, batch_size=32, device="cpu",
                         model_config={"hidden": 16, "embedding": 8, "layers": 1, "heads": 1, "window": 16})
    session = TrainingSession(config, Workspace(workspace_dir))
    assert list(session.run())[-1].status == "completed"
    for path in folder.iterdir():
        path.unlink()
    for path in pieces[3:6]:
        shutil.copy(path, folder / path.name)
    tab.refresh_runs()
    tab.select_runs([str(session.run_folder.path)])
    tab.resume_epochs.setValue(2)
    tab.device_combo.setCurrentIndex(tab.device_combo.findData("cpu"))
    with qtbot.waitSignal(tab.run_finished, timeout=TIMEOUT) as finished:
        qtbot.mouseClick(tab.resume_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["failed"]
    message = app_context.reporter.last_message
    assert message.startswith(f"Run '{session.run_folder.id}' cannot be resumed: its training data changed")
    assert session.run_folder.info()["epochs_done"] == 1
