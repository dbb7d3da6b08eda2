"""The welcome page, drops on the window and the recent files and runs, in a real main window.

Drops go through the window's platform window (QWidgetWindow), as a file manager's do: Qt picks the
widget under the point, a tab's own drop target takes what it knows, the rest reaches the window's router.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

# The window holds the Video highlights tab: QtMultimedia's FFmpeg backend reports missing VA-API/PipeWire
# libraries and sound cards on headless machines (as in test_highlights_tab).
pytestmark = pytest.mark.qt_log_ignore("Couldn.t (load|resolve)", "pa_context", "audio device", "RHI",
                                       "HW decoder", "PulseAudio", "va-")

TIMEOUT = 60000
SHORT = 30000     # work on the GUI thread (opening a file; PyAV's first import on a loaded machine)


def new_window(qtbot, app_context):
    from studio.ui.main_window import MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, app_context):
    win = new_window(qtbot, app_context)
    yield win
    win.shutdown_tabs()


def fresh_context():
    """The context of the next start: the settings read back from the file."""
    from studio.core.settings import Settings
    from studio.ui.context import AppContext
    from studio.ui.errors import ErrorReporter

    reporter = ErrorReporter()
    reporter.show_dialogs = False
    return AppContext(settings=Settings.load(), reporter=reporter)


def drop(window, paths, on=None) -> bool:
    """Drag ``paths`` over the centre of ``on`` (default: the current tab) and drop them; returns whether
    a widget accepted the drop."""
    target = on or window.tabs.currentWidget()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = target.mapTo(window, target.rect().center())
    handle = window.windowHandle()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(handle, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(handle, event)
    return event.isAccepted()


def tab(window, key):
    from studio.ui.welcome.opener import find_tab

    return find_tab(window, key)


def pictures(folder: Path, n=6) -> Path:
    rng = np.random.default_rng(0)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        Image.fromarray(rng.integers(0, 255, (40, 40, 3), dtype=np.uint8)).save(folder / f"{i}.png")
    return folder


# The page ------------------------------------------------------------------------------------------

def test_welcome_is_first_on_the_first_start_and_can_be_turned_off(qtbot, app_context):
    window = new_window(qtbot, app_context)
    welcome = window.welcome
    assert window.tabs.currentWidget() is welcome.page and window.tabs.indexOf(welcome.page) == 0
    assert len(welcome.page.cards) == 6
    welcome.page.show_at_start.setChecked(False)
    welcome.close_page()
    assert not welcome.is_shown()
    window.shutdown_tabs()

    again = new_window(qtbot, fresh_context())
    assert not again.welcome.is_shown()
    again.welcome.welcome_action.trigger()          # Help ▸ Welcome
    assert again.tabs.currentWidget() is again.welcome.page
    assert not again.welcome.page.show_at_start.isChecked()
    again.shutdown_tabs()


def test_keyboard_starts_a_card_and_the_word_cloud_is_drawn(qtbot, window):
    from studio.ui.tabs.wordcloud.tab import SAMPLE_TEXT

    words = tab(window, "words")
    words.text_panel.set_text("my own words")
    cards = window.welcome.page.cards
    assert window.focusWidget() is cards["vae"]          # the page opens with the first card ready for Enter
    for key, then in ((Qt.Key.Key_Right, "gan"), (Qt.Key.Key_Down, "video"), (Qt.Key.Key_Right, "words"),
                      (Qt.Key.Key_Right, "words")):        # the arrows move in the grid, and stop at its edge
        qtbot.keyClick(window.focusWidget(), key)
        assert window.focusWidget() is cards[then]
    with qtbot.waitSignal(words.previewShown, timeout=TIMEOUT):
        qtbot.keyClick(cards["words"], Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is words
    assert words.text_panel.text() == SAMPLE_TEXT
    words.text_panel.editor.undo()                  # the user's text is one Ctrl+Z away
    assert words.text_panel.text() == "my own words"


def wait_training_then_stop(qtbot, is_training, stop):
    qtbot.waitUntil(is_training, timeout=TIMEOUT)
    stop()
    qtbot.waitUntil(lambda: not is_training(), timeout=TIMEOUT)


def test_vae_card_trains_in_the_latent_explorer(qtbot, window):
    latent = tab(window, "latent")
    qtbot.mouseClick(window.welcome.page.cards["vae"], Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is latent
    wait_training_then_stop(qtbot, latent.is_training, latent.train_bar.stop)
    assert latent.presets[latent.preset_combo.currentIndex()][0] == "VAE, 2-D latent"


def test_gan_cards_train_on_digits_and_on_a_folder(qtbot, window, tmp_path, monkeypatch):
    gan = tab(window, "gan")
    qtbot.mouseClick(window.welcome.page.cards["gan"], Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is gan and gan.dataset == "digits"
    wait_training_then_stop(qtbot, gan.is_training, gan.train_bar.stop)

    folder = pictures(tmp_path / "mine")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.welcome.show_page()
    qtbot.mouseClick(window.welcome.page.cards["folder"], Qt.MouseButton.LeftButton)
    assert gan.dataset == str(folder) and gan.folder_dialog.isVisible()     # what the GAN will see
    wait_training_then_stop(qtbot, gan.is_training, gan.train_bar.stop)
    gan.folder_dialog.close()
    assert window.welcome.page.recent_paths("files") == [str(folder)]


def test_chorale_card_converts_then_trains_a_small_model(qtbot, window):
    music = tab(window, "music")
    panel = music.generation
    qtbot.mouseClick(window.welcome.page.cards["chorale"], Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is music
    qtbot.waitUntil(panel.is_training, timeout=TIMEOUT)
    assert panel.model_combo.currentText() == "note-rnn"
    panel.toggle_training()                          # stop (the conversion, or the training after it)
    qtbot.waitUntil(lambda: not panel.is_training(), timeout=TIMEOUT)


def test_video_card_offers_the_file_dialog(qtbot, window, shared_data, monkeypatch):
    video = shared_data / "video" / "whisper-jfk.mp4"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(video), ""))
    highlights = tab(window, "highlights")
    qtbot.mouseClick(window.welcome.page.cards["video"], Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is highlights and highlights.path == video
    assert window.welcome.opener.recent.items("files")[0].path == str(video)


# Drops ---------------------------------------------------------------------------------------------

def test_drops_go_to_their_tabs(qtbot, window, shared_data, tmp_path):
    opener = window.welcome.opener
    midi = next((shared_data / "midi" / "piano-midi-de").rglob("*.mid"))
    with qtbot.waitSignal(opener.opened, timeout=SHORT):
        assert drop(window, [midi])
    music = tab(window, "music")
    assert window.tabs.currentWidget() is music and music.path == midi and music.roll.note_count() > 0

    text = shared_data / "text" / "en" / "gettysburg.txt"
    with qtbot.waitSignal(opener.opened, timeout=SHORT):
        assert drop(window, [text])                 # dropped on the piano roll, which takes only MIDI
    words = tab(window, "words")
    assert window.tabs.currentWidget() is words
    assert words.text_panel.text() == text.read_text(encoding="utf-8")

    picture = pictures(tmp_path / "one", 1) / "0.png"
    with qtbot.waitSignal(opener.opened, timeout=SHORT):
        assert drop(window, [picture], on=words.text_panel.editor)   # not pasted as a path: the cloud's shape
    assert words.settings.mask_path() == str(picture) and words.text_panel.text().startswith("Four score")

    folder = pictures(tmp_path / "set")
    with qtbot.waitSignal(opener.opened, timeout=SHORT):
        assert drop(window, [folder])
    gan = tab(window, "gan")
    assert window.tabs.currentWidget() is gan and gan.dataset == str(folder)
    gan.folder_dialog.close()

    for sound in (shared_data / "audio" / "whisper-jfk.wav", shared_data / "video" / "whisper-jfk.mp4"):
        highlights = tab(window, "highlights")
        qtbot.waitUntil(lambda: not highlights.worker, timeout=TIMEOUT)    # its analysis of the last one
        assert drop(window, [sound])
        qtbot.waitUntil(lambda: bool(highlights.path == sound or window.context.reporter.last_message),
                        timeout=SHORT)
        assert window.tabs.currentWidget() is highlights and highlights.path == sound, \
            (window.statusBar().currentMessage(), window.context.reporter.last_message)

    kinds = [(Path(i.path).name, i.kind) for i in opener.recent.items("files")]
    assert kinds[:2] == [("whisper-jfk.mp4", "video"), ("whisper-jfk.wav", "audio")]
    assert {"midi", "text", "image", "image_folder"} <= {k for _n, k in kinds}


def test_other_drops_are_refused_in_one_sentence(qtbot, window, tmp_path):
    before = window.tabs.currentWidget()
    paper = tmp_path / "paper.pdf"
    paper.write_bytes(b"%PDF")
    assert drop(window, [paper])
    qtbot.waitUntil(lambda: "does not open .pdf files" in window.statusBar().currentMessage())
    assert window.tabs.currentWidget() is before
    empty = tmp_path / "empty"
    empty.mkdir()
    assert drop(window, [empty])
    qtbot.waitUntil(lambda: "no pictures" in window.statusBar().currentMessage())


# Recent files and runs -----------------------------------------------------------------------------

def test_recent_files_and_runs_persist_prune_and_clear(qtbot, app_context, tmp_path, tmp_path_factory):
    from tests.latent.small_runs import plain_autoencoder

    run = plain_autoencoder(tmp_path_factory)
    text = tmp_path / "poem.txt"
    text.write_text("roses are red, violets are blue", encoding="utf-8")
    gone = tmp_path / "gone.txt"
    gone.write_text("soon gone", encoding="utf-8")

    window = new_window(qtbot, app_context)
    opener = window.welcome.opener
    assert opener.open_path(str(gone)) and opener.open_path(str(text))
    latent = tab(window, "latent")
    with qtbot.waitSignal(latent.space_loaded, timeout=TIMEOUT):
        assert drop(window, [run])                  # a run folder opens in the tab of its model
    assert window.tabs.currentWidget() is latent
    window.shutdown_tabs()
    window.close()

    gone.unlink()
    again = new_window(qtbot, fresh_context())      # the next start: the gone file is pruned, with a note
    welcome = again.welcome
    qtbot.waitUntil(lambda: "gone.txt" in again.statusBar().currentMessage(), timeout=SHORT)
    assert welcome.page.recent_paths("runs") == [str(run)]
    assert welcome.page.recent_paths("files") == [str(text)]
    welcome.recent_menu.aboutToShow.emit()          # File ▸ Open Recent is filled as it opens
    entries = [a for a in welcome.recent_menu.actions() if a.data()]
    assert [a.data()[1] for a in entries] == [str(text), str(run)]

    words = tab(again, "words")
    words.text_panel.set_text("")
    entries[0].trigger()                            # a recent file routes like a drop
    assert again.tabs.currentWidget() is words and words.text_panel.text().startswith("roses")
    latent = tab(again, "latent")
    with qtbot.waitSignal(latent.space_loaded, timeout=TIMEOUT):
        entries[1].trigger()
    assert again.tabs.currentWidget() is latent

    clear = [a for a in welcome.recent_menu.actions() if a.text() == "Clear recent"][0]
    clear.trigger()
    assert welcome.page.recent_paths("files") == [] and welcome.page.recent_paths("runs") == []
    again.shutdown_tabs()


def test_welcome_page_screenshot(qtbot, window, screenshot_dir):
    window.welcome.show_page()
    path = screenshot_dir / "welcome_page.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 20_000
