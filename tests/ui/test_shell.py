"""The window's shell: settings through a fresh start, window state, shortcuts and About, tabs built after paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from studio.core.settings import Settings
from studio.ui.context import AppContext
from studio.ui.errors import ErrorReporter
from studio.ui.main_window import TABS, MainWindow
from studio.ui.preferences import Preferences
from studio.ui.theme import apply_theme

REPO = Path(__file__).resolve().parents[2]


def fresh_context() -> AppContext:
    """What a new start of the app reads: the settings files, nothing kept in memory."""
    reporter = ErrorReporter()
    reporter.show_dialogs = False
    return AppContext(settings=Settings.load(), reporter=reporter, preferences=Preferences())


def new_window(qtbot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def light_theme_after():
    yield
    apply_theme(QApplication.instance(), "light")     # the test session's one QApplication stays light


def test_settings_round_trip_through_a_fresh_start(qtbot, tmp_path, light_theme_after):
    from studio.music.playback import output_devices

    window = new_window(qtbot, fresh_context())
    dialog = window.show_settings()
    assert dialog.values()["theme"] == "system" and dialog.values()["language"] == "system"   # the defaults
    workspace = tmp_path / "my runs"
    speaker = (output_devices() or [""])[0]
    dialog.workspace_edit.setText(str(workspace))
    for combo, value in ((dialog.device_combo, "cpu"), (dialog.theme_combo, "dark"),
                         (dialog.language_combo, "zh_CN"), (dialog.audio_combo, speaker)):
        combo.setCurrentIndex(combo.findData(value))
    assert "starts again" in dialog.language_note.text()
    with qtbot.waitSignal(dialog.applied) as applied:
        dialog.accept()
    assert set(applied.args[0]) >= {"workspace", "device", "theme", "language"}
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 100     # dark at once
    assert window.statusBar().currentMessage().endswith(str(workspace)) and workspace.is_dir()
    window.show()
    window.move(QPoint(40, 30))
    window.resize(QSize(610, 470))       # inside the offscreen platform's 800×600 screen
    window.show_tab("Piano roll")
    window.close()

    again = new_window(qtbot, fresh_context())
    settings, prefs = again.context.settings, again.preferences
    assert (settings.workspace, settings.device) == (str(workspace), "cpu")
    assert (prefs.theme, prefs.language, prefs.audio_output) == ("dark", "zh_CN", speaker)
    assert again.current_tab_title() == "Piano roll"
    assert again.size() == QSize(610, 470)
    # The offscreen platform's pretend frame (2 px) moves a window not shown yet by its width.
    assert (again.pos() - QPoint(40, 30)).manhattanLength() <= 4
    # The command line reads the same workspace and device.
    assert Settings.load().workspace_path() == workspace and Settings.load().device == "cpu"
    again.close()


def test_a_maximised_window_opens_maximised(qtbot):
    window = new_window(qtbot, fresh_context())
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.close()
    again = new_window(qtbot, fresh_context())
    again.show()
    qtbot.waitUntil(again.isMaximized)
    again.close()


def test_the_window_takes_the_gil_back_from_busy_threads_within_a_millisecond(qtbot):
    # Beside a thread running Python, a repaint waited up to 5 ms (the default) each time it asked for the GIL.
    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        new_window(qtbot, fresh_context()).close()
        assert sys.getswitchinterval() <= 0.001
    finally:
        sys.setswitchinterval(before)


def test_a_wrong_workspace_is_said_in_the_dialog(qtbot, tmp_path):
    window = new_window(qtbot, fresh_context())
    dialog = window.show_settings()
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine")
    dialog.workspace_edit.setText(str(a_file))
    assert not dialog.apply()
    assert "is a file, not a folder" in dialog.problem_label.text() and dialog.isVisible()
    assert window.context.settings.workspace != str(a_file) and a_file.read_text() == "mine"
    dialog.reject()


def test_the_audio_output_reaches_the_piano_rolls_player(qtbot):
    from studio.music.playback import find_output_device, output_devices

    names = output_devices()
    if not names:
        pytest.skip("no audio output device (no PortAudio)")
    window = new_window(qtbot, fresh_context())
    window.set_audio_output(names[-1])
    music = window.tab_widgets["Piano roll"]
    assert music.playback_available()
    assert music.player.device == find_output_device(names[-1]) is not None
    window.set_audio_output("")                 # the system's default, told to a tab already built
    assert music.player.device is None
    assert find_output_device("a speaker unplugged long ago") is None
    window.shutdown_tabs()


def test_tabs_are_built_after_the_first_paint_and_each_works(qtbot):
    context = fresh_context()
    context.preferences.current_tab = "Latent explorer"    # a returning user: that tab comes back on top
    window = new_window(qtbot, context)
    assert window.tab_widgets.built() == {}              # nothing heavy before the window is on screen
    with qtbot.waitSignal(window.first_painted, timeout=10000):
        window.show()
    with qtbot.waitSignal(window.tab_built, timeout=30000) as first:
        pass
    assert first.args == ["Latent explorer"] == [window.current_tab_title()]    # the visible one, and only it
    assert list(window.tab_widgets.built()) == [window.current_tab_title()]
    for title, spec in TABS:
        i = window.tab_index(title)
        window.tabs.setCurrentIndex(i)                     # each other one when it is first shown
        qtbot.waitUntil(lambda: title in window.tab_widgets.built(), timeout=30000)
        page = window.tabs.widget(i)
        assert page is window.tab_widgets[title] and type(page).__name__ == spec.split(":")[1]
        assert window.tabs.tabText(i).replace("&&", "&") == title and window.tabs.currentIndex() == i
    assert window.all_tabs_built()
    window.shutdown_tabs()


def test_a_tab_asked_for_is_built_alone_and_ctrl_number_shows_it(qtbot):
    window = new_window(qtbot, fresh_context())
    clouds = window.tab_widgets["Word clouds"]
    assert list(window.tab_widgets.built()) == ["Word clouds"]
    assert window.tabs.indexOf(clouds) == window.tab_index("Word clouds") == window.tabs.count() - 1
    ctrl5 = next(a for a in window.actions() if a.shortcut().toString() == "Ctrl+5")
    ctrl5.trigger()
    assert window.current_tab_title() == "Piano roll"
    window.shutdown_tabs()


def test_no_heavy_module_is_imported_before_the_first_paint(tmp_path):
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from studio.ui.main_window import run_app\n"
        "import studio.ui.main_window as mw\n"
        "class W(mw.MainWindow):\n"
        "    def __init__(self, *a):\n"
        "        super().__init__(*a)\n"
        "        self.first_painted.connect(self.report)\n"
        "    def report(self, _t):\n"
        "        heavy = ('torch', 'pyqtgraph', 'av', 'scipy', 'sklearn', 'sounddevice', 'pretty_midi')\n"
        "        print('LOADED', sorted(m for m in heavy if m in sys.modules), flush=True)\n"
        "        QApplication.instance().exit(0)\n"
        "mw.MainWindow = W\n"
        "sys.exit(run_app(['studio']))\n")
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert "LOADED []" in out.stdout, out.stdout + out.stderr


def test_shortcuts_dialog_lists_the_live_shortcuts_by_tab(qtbot):
    window = new_window(qtbot, fresh_context())
    dialog = window.show_shortcuts()
    rows = dialog.rows()
    groups = {group for group, _d, _k in rows}
    assert {"Everywhere", "Training monitor", "Piano roll", "Video highlights", "Word clouds"} <= groups
    assert ("Everywhere", "Show the Training monitor tab", "Ctrl+1") in rows
    assert ("Everywhere", "Show the Pixels & RBM tab", "Ctrl+4") in rows
    assert ("Everywhere", "Settings", "Ctrl+,") in rows
    assert ("Training monitor", "Start training", "Ctrl+Return") in rows
    assert ("Video highlights", "Preview the selected highlight", "P") in rows
    assert any(g == "Piano roll" and d == "Undo" for g, d, _k in rows)
    assert all(d and k for _g, d, k in rows)
    dialog.filter_edit.setText("ctrl+1")
    assert dialog.rows() == [("Everywhere", "Show the Training monitor tab", "Ctrl+1")]
    dialog.close()
    window.shutdown_tabs()


def test_about_dialog_shows_versions_and_readable_licences(qtbot):
    import numpy

    window = new_window(qtbot, fresh_context())
    dialog = window.show_about()
    text = dialog.versions_text()
    for line in ("Python: ", "Qt: ", "PySide6 (Qt for Python): ", "PyTorch: ", f"NumPy: {numpy.__version__}",
                 "pretty_midi: "):
        assert line in text
    titles = [licence.title for licence in dialog.licences]
    assert any(t.startswith("Font: Comfortaa") for t in titles)
    assert any("TimGM6mb" in t for t in titles) and any("music21" in t for t in titles)
    assert any("Font Awesome" in t for t in titles) and any("digits" in t for t in titles)
    fonts = dialog.licence_list.findItems("Font: BebasNeue", qtbot_match())
    dialog.licence_list.setCurrentItem(fonts[0])
    assert "SIL OPEN FONT LICENSE" in dialog.licence_text.toPlainText().upper()
    dialog.close()


def qtbot_match():
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchExactly


def test_screenshots_light_and_dark(qtbot, screenshot_dir, light_theme_after):
    context = fresh_context()
    context.preferences.current_tab = "Training monitor"
    window = new_window(qtbot, context)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.current_tab_title() in window.tab_widgets.built(), timeout=30000)
    import pyqtgraph as pg

    for theme in ("light", "dark"):
        apply_theme(QApplication.instance(), theme)
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        plots = window.findChildren(pg.GraphicsView)
        assert plots and all(p.backgroundBrush().color() == base for p in plots)     # plots follow the theme
        path = screenshot_dir / f"window_{theme}.png"
        assert window.grab().save(str(path))
        assert path.stat().st_size > 10_000
    window.shutdown_tabs()


def test_a_tab_that_fails_to_build_says_so_once_and_the_others_open(qtbot, monkeypatch):
    import studio.ui.main_window as mw

    real = mw._load

    def load(spec):
        if spec.endswith(":WordCloudTab"):
            raise RuntimeError("the fonts folder is missing")
        return real(spec)

    monkeypatch.setattr(mw, "_load", load)
    context = fresh_context()
    window = new_window(qtbot, context)
    window.tabs.setCurrentIndex(window.tab_index("Word clouds"))   # the tab on screen
    window.show()
    qtbot.waitUntil(lambda: context.reporter.last_message is not None, timeout=10000)
    assert context.reporter.last_message.startswith("The Word clouds tab could not be opened")
    assert "fonts folder is missing" in window.tabs.widget(window.tab_index("Word clouds")).text()
    window.tabs.setCurrentIndex(window.tab_index("Video highlights"))
    qtbot.waitUntil(lambda: "Video highlights" in window.tab_widgets.built(), timeout=30000)
    assert window.tabs.widget(window.tab_index("Video highlights")) is window.tab_widgets.built()["Video highlights"]
    window.build_all_tabs()                          # what the shortcuts list does: the broken one is skipped
    assert "Word clouds" not in window.tab_widgets.built() and len(window.tab_widgets.built()) == 6
    assert window.show_shortcuts().rows()
    window.shutdown_tabs()


def test_the_chosen_language_is_installed_at_start(qapp, monkeypatch, caplog):
    from studio.ui import i18n
    from studio.ui.main_window import install_language

    asked = []
    monkeypatch.setattr(i18n, "install_translator", lambda app, language: asked.append(language), raising=False)
    install_language(qapp, "zh_CN")
    install_language(qapp, "system")                 # i18n decides: STUDIO_LANG, then the system's locale
    assert asked == ["zh_CN", "system"]

    def broken(app, language):
        raise OSError("studio_zh_CN.qm is damaged")

    monkeypatch.setattr(i18n, "install_translator", broken, raising=False)
    install_language(qapp, "zh_CN")                  # logged; the window opens in English
    assert "zh_CN translation could not be loaded" in caplog.text


def test_thumbnails_are_drawn_in_device_pixels_on_high_dpi():
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from studio.clouds import icons\n"
        "from studio.ui.widgets.icon_picker import IconListModel\n"
        "from studio.ui.widgets.palette_picker import swatch\n"
        "for p in (IconListModel().thumbnail(icons.resolve_icon('fas fa-dog')), swatch(['#f00', '#0f0'])):\n"
        "    print('PIXMAP', p.devicePixelRatio(), p.width() / p.deviceIndependentSize().width())\n")
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2")
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.count("PIXMAP 2.0 2.0") == 2, out.stdout + out.stderr
