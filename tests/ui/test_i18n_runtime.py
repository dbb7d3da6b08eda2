"""In Chinese, the main window shows no untranslated English on any main tab.

The window is built with the zh_CN translator installed (as ``run_app`` does before any widget exists);
every tab is shown in turn, and the texts a user can read are gathered from the widgets: labels, buttons,
group boxes, tab bars, menus and actions, tooltips, combo items, placeholders, spin-box prefixes and
suffixes, table headers and the loss plot's panel titles. A text is untranslated English when it holds
an English word and no Chinese character. Names stay as they are (model families, file formats, units,
the built-in dataset names): the allow-list below says which, and is kept short on purpose.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QDoubleSpinBox, QGroupBox,
                               QHeaderView, QLabel, QLineEdit, QMenu, QSpinBox, QTabBar, QTabWidget, QTextEdit,
                               QWidget)

from studio.ui import i18n

CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
# Names a Chinese UI keeps in Latin letters (model families, formats, tools, units, built-in data).
NAMES = {
    "PixelCNN", "InfoGAN", "DCGAN", "Transformer", "Dropout", "DiffAugment", "FluidSynth", "General", "MIDI",
    "digits", "bach", "auto", "cpu", "cuda", "mps", "adam", "sgd", "palettable", "bpm", "dBFS", "px", "nats",
    "Top-k", "Top-p", "dB", "RMS", "studio", "note-rnn", "event-rnn",
}
SCALE = re.compile(r"^[A-G][#b]? [a-z ]+$")        # "C major", "F# harmonic minor": music theory's names
# Widgets whose items are names: a model option's choices (the command line's --set takes them as shown,
# and their help text explains them) and the user's fonts.
DATA_WIDGETS = {"ConfigForm", "font"}


def english_words(text: str) -> list[str]:
    """The English words of ``text`` that are not names (empty when the text is Chinese or a name)."""
    if not text or CJK.search(text) or SCALE.match(text):
        return []
    text = re.sub(r"<[^>]+>|#[0-9a-fA-F]{6}\b", " ", text)           # markup, colours
    text = re.sub(r"\((?:Ctrl|Shift|Alt|Esc|Space|F\d)[^)]*\)|\[[^\]]*\]", " ", text)   # (Ctrl+S), [D]
    text = re.sub(r"\*\.\w+|\.\w+\b", " ", text)                    # *.png, .mid
    words = re.findall(r"[A-Za-z][A-Za-z-]*[a-z][A-Za-z-]*", text)   # a word with a lower-case letter
    return [w for w in words if w not in NAMES and len(w) > 2]


def _visible(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window())


def _in_data_widget(widget: QWidget) -> bool:
    while widget is not None:
        if widget.objectName() in DATA_WIDGETS or type(widget).__name__ in DATA_WIDGETS:
            return True
        widget = widget.parentWidget()
    return False


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """``(where, text)`` for every text a user can read in ``root`` as it is now."""
    texts: list[tuple[str, str]] = []

    def add(widget, kind: str, text: str) -> None:
        if text and text.strip():
            texts.append((f"{type(widget).__name__}({widget.objectName()}).{kind}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if not _visible(widget) or _in_data_widget(widget):
            continue
        add(widget, "toolTip", widget.toolTip())
        if isinstance(widget, QLabel) and widget.pixmap().isNull():
            add(widget, "text", widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget, "tab", widget.tabText(i))
                add(widget, "tabToolTip", widget.tabToolTip(i))
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, "item", widget.itemText(i))
                tip = widget.itemData(i, Qt.ItemDataRole.ToolTipRole)
                add(widget, "itemToolTip", tip if isinstance(tip, str) else "")
        elif isinstance(widget, (QLineEdit, QTextEdit)):
            add(widget, "placeholder", widget.placeholderText())
        if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            add(widget, "prefix", widget.prefix())
            add(widget, "suffix", widget.suffix())
            add(widget, "special", widget.specialValueText())
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            count = model.columnCount() if widget.orientation() == Qt.Orientation.Horizontal else 0
            for section in range(count):
                header = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                add(widget, "header", header if isinstance(header, str) else "")
        for action in widget.actions():
            add(widget, "action", action.text())
            add(widget, "actionToolTip", action.toolTip() if action.toolTip() != action.text().replace("&", "")
                else "")
            if action.menu() is not None:
                for sub in action.menu().actions():
                    add(action.menu(), "action", sub.text())
    for menu in root.findChildren(QMenu):
        for action in menu.actions():
            add(menu, "action", action.text())
    return texts


def untranslated(root: QWidget) -> list[str]:
    found = []
    for where, text in shown_texts(root):
        if english_words(text):
            found.append(f"{where}: {text!r}")
    return sorted(set(found))


@pytest.fixture
def chinese(qapp, monkeypatch):
    monkeypatch.setenv(i18n.ENV_VAR, "zh_CN")
    assert i18n.install_translator(qapp) == "zh_CN"
    yield
    monkeypatch.delenv(i18n.ENV_VAR)
    assert i18n.install_translator(qapp, "en") == "en"


def test_the_chinese_main_window_shows_no_untranslated_english(qtbot, app_context, chinese):
    from studio.ui.main_window import MainWindow
    from studio.ui.widgets.loss_plot import LossPlot

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.build_all_tabs()                 # (the window builds its tabs when first shown)
    qtbot.waitUntil(lambda: app_context.models.is_ready(), timeout=60_000)
    problems: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: window.tabs.currentWidget().isVisible())
        page = window.tabs.currentWidget()
        problems += [f"[{window.tabs.tabText(index)}] {p}" for p in untranslated(page)]
        for inner in page.findChildren(QTabWidget):       # the tab's own pages (tools, settings, …)
            for sub in range(inner.count()):
                if inner.isTabEnabled(sub):
                    inner.setCurrentIndex(sub)
                    problems += [f"[{window.tabs.tabText(index)} › {inner.tabText(sub)}] {p}"
                                 for p in untranslated(inner.currentWidget())]
        for plot in page.findChildren(LossPlot):       # pyqtgraph's titles are not widgets
            problems += [f"[{window.tabs.tabText(index)}] LossPlot.panel: {t!r}" for t in plot.panel_titles()
                         if english_words(t)]
    problems += untranslated(window.menuBar()) + untranslated(window.tabs.tabBar())
    assert not problems, f"{len(problems)} untranslated texts:\n" + "\n".join(problems)


def test_english_stays_english(qtbot, app_context, qapp):
    """Without Chinese, the code's English shows (the translator is removed, not merely left unused)."""
    assert i18n.install_translator(qapp, "en") == "en"
    assert i18n.tr("Zoom in") == "Zoom in"


def test_the_language_follows_env_then_setting_then_system(monkeypatch, tmp_path):
    from PySide6.QtCore import QSettings

    from studio.core.settings import config_dir

    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    prefs = QSettings(str(config_dir() / "studio.ini"), QSettings.Format.IniFormat)
    prefs.setValue(i18n.SETTING_KEY, "zh_CN")
    prefs.sync()
    assert i18n.chosen_language() == "zh_CN"
    assert i18n.chosen_language("en") == "en"              # the caller's setting wins over the file
    monkeypatch.setenv(i18n.ENV_VAR, "en")
    assert i18n.chosen_language("zh_CN") == "en"           # the environment wins over both
    assert [i18n.normalise(n) for n in ("zh", "zh-Hans", "zh_TW", "en_GB", "fr_FR", "")] == \
        ["zh_CN", "zh_CN", None, "en", None, None]


@pytest.mark.parametrize("text, words", [
    ("放大", []), ("Zoom in", ["Zoom"]), ("PixelCNN", []), ("Save PNG… (Ctrl+S)", ["Save"]),
    ("<b>12</b> px", []), ("导出 PNG…  (Ctrl+E)", []),
])
def test_english_words_are_found(text, words):
    assert english_words(text) == words


def test_live_training_status_lines_are_translated(chinese):
    """The core's status lines (LiveRun) come out in Chinese, numbers kept; a new fixed sentence in the core
    that the catalogue lacks fails here."""
    from studio.training.live import OUTCOME_TEXT, LiveRun
    from studio.ui.live_status import FIXED, translate_status

    assert set(OUTCOME_TEXT.values()) <= set(FIXED)
    live = LiveRun()
    live.set_paused(True)
    lines = [live.status, "Training…", "Stopping: saving a checkpoint…", "Epoch 3 done",
             "Epoch 12 done · validation loss 0.1234 · saved", "Resumed at step 1,200."]
    shown = [translate_status(line) for line in lines]
    assert all(CJK.search(s) and not english_words(s.replace("loss", "")) for s in shown), shown
    assert "0.1234" in shown[4] and "1,200" in shown[5]


def test_the_ui_words_of_the_video_summaries_match_the_core_in_english(tmp_path):
    """The highlights tab rebuilds two of the core's sentences from the catalogue: in English they must read
    exactly as the command line's."""
    from studio.ui.tabs.highlights.tab import export_text
    from studio.video.export import ExportResult
    from studio.video.review import export_summary

    for copied in (True, False):
        result = ExportResult(tmp_path / "reel.mp4", 83.5, 4, copied, 2.25, ("A note.",))
        assert export_text(result) == export_summary(result)
