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
