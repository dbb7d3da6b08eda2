"""The Word clouds tab: live preview in a worker, word exclusion, pickers, export, copy, bad input."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from studio.clouds import palettes


def control(tab, name: str):
    """A control of the tab found by its object name, wherever in the tab it sits."""
    widget = tab.findChild(QWidget, name)
    assert widget is not None, f"the tab has no control named {name!r}"
    return widget


@pytest.fixture
def tab(show_widget, app_context):
    from studio.ui.tabs.wordcloud import WordCloudTab

    widget = show_widget(WordCloudTab(app_context), 1300, 820)
    yield widget
    widget.shutdown()


def _next_preview(qtbot, tab, action, timeout=20000):
    with qtbot.waitSignal(tab.previewShown, timeout=timeout) as blocker:
        action()
    qtbot.waitUntil(lambda: not tab.is_rendering(), timeout=timeout)
    return tab.current_result() or blocker.args[0]


def test_preview_follows_the_text_and_shows_words(qtbot, tab, shared_data, screenshot_dir):
    qtbot.waitUntil(lambda: tab.current_result() is not None and not tab.is_rendering(), timeout=20000)
    assert tab.preview.image() is not None and tab.preview.image().width() == 512
    alice = (shared_data / "text" / "en" / "alice.txt").read_text(encoding="utf-8")
    result = _next_preview(qtbot, tab, lambda: control(tab, "text").setPlainText(alice))
    assert "Alice" in result.frequencies
    words = control(tab, "words")
    assert words.row_count() > 100 and words.word_at(0) == "said"
    assert tab.last_latency_ms is not None
    qtbot.waitUntil(lambda: control(tab, "palette").model.rowCount() > 1000, timeout=20000)
    tab.grab().save(str(screenshot_dir / "wordcloud_tab.png"))


def test_one_click_leaves_a_word_out_and_another_brings_it_back(qtbot, tab):
    control(tab, "text").setPlainText("rabbit rabbit rabbit rabbit hole hole hole queen queen tea")
    qtbot.waitUntil(lambda: tab.current_result() is not None and not tab.is_rendering(), timeout=20000)
    assert "rabbit" in tab.current_result().drawn_words
    view = control(tab, "words")
    row = next(r for r in range(view.row_count()) if view.word_at(r) == "rabbit")

    def click(column):
        rect = view.visualRect(view.model().index(row, column))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    result = _next_preview(qtbot, tab, lambda: click(1))
    assert "rabbit" not in result.drawn_words and "rabbit" in result.frequencies
    assert view.is_excluded("rabbit")
    assert view.model().data(view.model().index(row, 0), Qt.ItemDataRole.FontRole).strikeOut()
    result = _next_preview(qtbot, tab, lambda: click(0))
    assert "rabbit" in result.drawn_words and not view.is_excluded("rabbit")


def test_icon_palette_background_and_seed_controls(qtbot, tab):
    qtbot.waitUntil(lambda: tab.current_result() is not None and not tab.is_rendering(), timeout=20000)
    icons = control(tab, "icon")
    icons.search.setText("puppy")
    assert icons.model.rowCount() >= 1
    index = icons.model.index(0)
    assert icons.model.data(index, 1) is not None  # a thumbnail
    result = _next_preview(qtbot, tab, lambda: icons.view.clicked.emit(index))
    assert result.spec.icon_name == "fas fa-dog"

    teal = "cartocolors.diverging.TealRose_7"
    result = _next_preview(qtbot, tab, lambda: control(tab, "palette").set_palette(teal))
    assert {i[4].lower() for i in result.layout} <= {c.lower() for c in palettes.palette_colors(teal)}

    result = _next_preview(qtbot, tab, lambda: control(tab, "background").setColor("#000000"))
    assert result.image.getpixel((0, 0))[:3] == (0, 0, 0)
    result = _next_preview(qtbot, tab, lambda: control(tab, "transparent").setChecked(True))
    assert result.image.mode == "RGBA" and tab.preview.image().hasAlphaChannel()

    first = result.png_bytes()
    again = _next_preview(qtbot, tab, lambda: control(tab, "seed").setValue(2))
    assert again.png_bytes() != first
    back = _next_preview(qtbot, tab, lambda: control(tab, "seed").setValue(1))
    assert back.png_bytes() == first


def test_export_png_svg_and_copy(qtbot, tab, tmp_path):
    qtbot.waitUntil(lambda: tab.current_result() is not None and not tab.is_rendering(), timeout=20000)
    control(tab, "export_width").setValue(1024)
    control(tab, "export_height").setValue(512)
    qtbot.waitUntil(lambda: not tab.is_rendering() and tab.current_result().image.size == (512, 256),
                    timeout=20000)
    control(tab, "dpi").setValue(150)
    png = tmp_path / "cloud.png"
    with qtbot.waitSignal(tab.exported, timeout=20000):
        tab.export_to(str(png))
    with Image.open(png) as image:
        assert image.size == (1024, 512) and round(image.info["dpi"][0]) == 150
    svg = tmp_path / "cloud.svg"
    qtbot.waitUntil(lambda: not tab.is_exporting(), timeout=20000)
    with qtbot.waitSignal(tab.exported, timeout=20000):
        tab.export_to(str(svg))
    root = ET.fromstring(svg.read_text(encoding="utf-8"))
    assert root.get("width") == "1024" and root.get("height") == "512"
    qtbot.waitUntil(lambda: not tab.is_exporting(), timeout=20000)
    with qtbot.waitSignal(tab.exported, timeout=20000):
        tab.copy_image()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().image().width() == 1024


def test_bad_input_is_reported_in_one_sentence(qtbot, tab, tmp_path, app_context):
    qtbot.waitUntil(lambda: tab.current_result() is not None and not tab.is_rendering(), timeout=20000)
    editor = control(tab, "text")
    before = editor.toPlainText()
    binary = tmp_path / "image.bin"
    binary.write_bytes(bytes(range(256)) * 10)
    assert not tab.open_text(str(binary))
    assert "is not a text file" in app_context.reporter.last_message
    assert editor.toPlainText() == before and binary.read_bytes() == bytes(range(256)) * 10

    with qtbot.waitSignal(tab.previewFailed, timeout=20000) as blocker:
        editor.setPlainText("")
    assert "no text" in blocker.args[0]
    assert control(tab, "words").row_count() == 0
    with qtbot.waitSignal(tab.previewFailed, timeout=20000) as blocker:
        editor.setPlainText("the and of the a it is")
    assert "stop word" in blocker.args[0]

    blank = tmp_path / "blank.png"
    Image.new("RGB", (64, 64), "white").save(blank)
    editor.setPlainText("hello world hello again")
    with qtbot.waitSignal(tab.previewFailed, timeout=20000) as blocker:
        tab.set_mask_path(str(blank))
    assert "has no shape" in blocker.args[0]


def test_chinese_text_in_the_tab(qtbot, tab, shared_data):
    text = (shared_data / "text" / "zh" / "CalltoArms.txt").read_text(encoding="utf-8")[:20000]
    result = _next_preview(qtbot, tab, lambda: control(tab, "text").setPlainText(text), timeout=30000)
    assert "CJK" in result.font_path
    assert "was used instead" in tab.status.text()


def test_main_window_has_the_tab(qtbot, app_context):
    from studio.ui.main_window import MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Word clouds" in titles
    window.shutdown_tabs()


def test_settings_are_remembered(qtbot, app_context):
    from studio.ui.tabs.wordcloud import SETTINGS_KEY, WordCloudTab

    first = WordCloudTab(app_context)
    qtbot.addWidget(first)
    control(first, "icon").set_icon("fab fa-twitter")
    control(first, "palette").set_palette("colorbrewer.sequential.Blues_9")
    control(first, "gradient").setCurrentIndex(1)
    control(first, "background").setColor("#1a1a1a")
    control(first, "seed").setValue(42)
    control(first, "export_width").setValue(1600)
    first.shutdown()
    assert app_context.settings.extra[SETTINGS_KEY]["icon"] == "fab fa-twitter"

    second = WordCloudTab(app_context)
    qtbot.addWidget(second)
    spec = second.spec()
    assert spec.icon_name == "fab fa-twitter" and spec.palette == "colorbrewer.sequential.Blues_9"
    assert spec.gradient == "horizontal" and spec.background_color == "#1a1a1a" and spec.random_state == 42
    assert control(second, "export_width").value() == 1600
    second.shutdown()
    app_context.settings.extra[SETTINGS_KEY] = {"version": 1, "icon": "fas fa-nonexistent", "seed": "x"}
    third = WordCloudTab(app_context)  # bad values are skipped, not fatal
    qtbot.addWidget(third)
    assert third.spec().icon_name == "fas fa-flag"
    third.shutdown()


def test_dropping_a_file_opens_it(qtbot, tab, shared_data):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    path = shared_data / "text" / "en" / "gettysburg.txt"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    editor = control(tab, "text")
    result = _next_preview(qtbot, tab, lambda: editor.dropEvent(event))
    assert editor.toPlainText().startswith("Four score") and "nation" in result.frequencies


def test_svg_draws_like_the_png(qapp, shared_data):
    """Rendered by Qt's SVG renderer, with a font it finds on the system, the SVG matches the PNG."""
    import numpy as np
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from studio.clouds import fonts
    from studio.clouds.render import make_cloud

    if not fonts.resolve_font("DejaVu Sans").startswith("/usr/share/fonts"):
        pytest.skip("DejaVu Sans is not installed for Qt to find")
    text = (shared_data / "text" / "en" / "alice.txt").read_text(encoding="utf-8")[:40000]
    result = make_cloud(text=text, size=300, font_path="DejaVu Sans", random_state=2, icon_name="fas fa-dog")
    renderer = QSvgRenderer(QByteArray(result.svg(embed_font=False).encode("utf-8")))
    assert renderer.isValid()
    image = QImage(300, 300, QImage.Format.Format_RGBA8888)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    drawn = np.frombuffer(image.constBits(), np.uint8).reshape(300, 300, 4)[..., :3].mean(axis=2) < 200
    expected = np.asarray(result.image.convert("L")) < 200
    assert np.corrcoef(drawn.ravel(), expected.ravel())[0, 1] > 0.7


def test_export_with_the_text_emptied_writes_nothing(qtbot, tab, tmp_path):
    control(tab, "text").setPlainText("rabbit rabbit hole hole queen tea")
    qtbot.waitUntil(lambda: tab.current_result() is not None and not tab.is_rendering(), timeout=20000)
    out = tmp_path / "cloud.png"
    control(tab, "text").setPlainText("")
    tab.export_to(str(out))  # the emptied text has not been drawn yet: the old cloud is not written
    assert "being redrawn" in tab.context.reporter.last_message
    qtbot.waitUntil(lambda: not tab.is_rendering(), timeout=20000)
    tab.export_to(str(out))
    assert "no cloud to export" in tab.context.reporter.last_message and tab.current_result() is None
    assert not out.exists() and not list(tmp_path.iterdir())


@pytest.fixture
def mask_image(tmp_path):
    from PIL import ImageDraw

    path = tmp_path / "shape.png"
    img = Image.new("RGB", (64, 64), "white")
    ImageDraw.Draw(img).ellipse((4, 4, 60, 60), fill="black")
    img.save(path)
    return path


def test_export_never_replaces_the_mask(qtbot, tab, tmp_path, mask_image):
    control(tab, "text").setPlainText("rabbit rabbit hole hole queen tea")
    with qtbot.waitSignal(tab.previewShown, timeout=20000):
        tab.set_mask_path(str(mask_image))
    qtbot.waitUntil(lambda: not tab.is_rendering(), timeout=20000)
    before = mask_image.read_bytes()
    tab.export_to(str(mask_image))  # as if confirmed in the save dialog: the mask is still refused
    qtbot.waitUntil(lambda: not tab.is_exporting(), timeout=20000)
    assert "is the mask itself" in tab.context.reporter.last_message
    assert mask_image.read_bytes() == before


def test_a_text_file_chosen_as_the_mask_is_not_remembered(qtbot, tab, tmp_path, mask_image, app_context):
    from studio.ui.tabs.wordcloud import WordCloudTab
    from studio.ui.tabs.wordcloud.tab import SETTINGS_KEY

    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    with qtbot.waitSignal(tab.previewFailed, timeout=20000):
        tab.set_mask_path(str(notes))
    assert tab.state()["mask_path"] == ""
    # Settings saved by an older version, with the text file in them: the next start does not use it.
    app_context.settings.extra[SETTINGS_KEY] = {**tab.state(), "mask_path": str(notes), "shape": "image"}
    restarted = WordCloudTab(app_context)
    qtbot.addWidget(restarted)
    assert restarted.settings.mask_path() is None
    restarted.shutdown()
    tab.set_mask_path(str(mask_image))
    assert tab.state()["mask_path"] == str(mask_image)
