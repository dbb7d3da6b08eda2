"""The "Pixels & RBM" tab with a real trained PixelCNN: open, draw pixel by pixel, stop, complete, screenshots."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt

from studio.pixels.masks import named_mask


@pytest.fixture
def tab(show_widget, app_context):
    from studio.ui.tabs.pixels import PixelsTab

    widget = show_widget(PixelsTab(app_context), 1300, 820)
    yield widget
    widget.shutdown()


def opened(qtbot, tab, path):
    with qtbot.waitSignal(tab.model_opened, timeout=30000):
        tab.open_run(path)
    return tab


def test_the_tab_sits_with_the_other_model_tabs():
    from studio.ui.main_window import TABS

    titles = [t for t, _ in TABS]
    assert titles.index("Latent explorer") < titles.index("Pixels & RBM") < titles.index("Video highlights")


def test_the_pages(qtbot, tab):
    qtbot.waitUntil(tab.models_ready, timeout=30000)
    assert tab.preset_combo.count() == 2 and tab.train_button.isEnabled()
    from studio.ui.widgets.classifier_report import ClassifierReport

    assert [tab.pages.tabText(i) for i in range(tab.pages.count())] == [
        "PixelCNN sampling", "Completion", "RBM samples and likelihood", "RBM features classifier"]
    assert isinstance(tab.pages.widget(3), ClassifierReport) and not tab.pages.widget(3).is_busy()
    assert not tab.sampling.sample_button.isEnabled()          # nothing to draw with until a run is open


def test_draws_pixel_by_pixel_and_saves(qtbot, tab, pixel_run, tmp_path):
    page = opened(qtbot, tab, pixel_run).sampling
    page.count_spin.setValue(4)
    page.slow_check.setChecked(False)
    with qtbot.waitSignal(page.drawing_finished, timeout=30000) as ended:
        page.toggle()
        assert page.is_drawing()
    assert ended.args == ["completed"]
    pictures = page.pictures()
    assert pictures.shape == (4, 1, 28, 28) and set(np.unique(pictures)) <= {0.0, 1.0}
    assert page.view.image_array() is not None and "4 pictures, 784 pixels each" in page.status.text()
    page.save(str(tmp_path / "s.png"), scale=1)
    with Image.open(tmp_path / "s.png") as im:
        assert im.size == (2 + 4 * 30, 32)


def test_stop_acts_between_pixels(qtbot, tab, pixel_run):
    page = opened(qtbot, tab, pixel_run).sampling
    page.slow_check.setChecked(True)          # slow motion: about eight seconds for the whole drawing
    page.toggle()
    qtbot.waitUntil(lambda: page.job.latest() is not None and page.job.latest().done >= 20, timeout=20000)
    with qtbot.waitSignal(page.drawing_finished, timeout=5000) as ended:
        page.toggle()
    assert ended.args == ["stopped"]
    assert page.job.latest().done < 784 and "Stopped at pixel" in page.status.text()


def test_completes_a_digit_several_ways_keeping_what_is_visible(qtbot, tab, pixel_run, screenshot_dir):
    opened(qtbot, tab, pixel_run)
    tab.pages.setCurrentWidget(tab.completion)
    page = tab.completion
    page.digit_spin.setValue(12)
    page.choose_mask("bottom-half")
    assert np.array_equal(page.canvas.mask(), named_mask("bottom-half", 28, 28))
    # Painting by hand (a click with the left button at pixel (5, 5)) makes the mask one's own.
    rect = page.canvas.target_rect()
    at = QPoint(rect.x() + int(5.5 * rect.width() / 28), rect.y() + int(5.5 * rect.height() / 28))
    qtbot.mouseClick(page.canvas, Qt.MouseButton.LeftButton, pos=at)
    assert page.mask_combo.currentText() == "Painted by hand" and page.canvas.mask()[5, 5]
    qtbot.mouseClick(page.canvas, Qt.MouseButton.RightButton, pos=at)     # the right button uncovers
    assert not page.canvas.mask()[5, 5]
    page.canvas.undo()
    page.canvas.undo()
    assert np.array_equal(page.canvas.mask(), named_mask("bottom-half", 28, 28))
    page.count_spin.setValue(3)
    with qtbot.waitSignal(page.completion_finished, timeout=30000) as ended:
        page.start(slow=False)
    assert ended.args == ["completed"]
    done = page.completions()
    hidden = page.canvas.mask()
    shown = page.canvas.picture()
    assert done.shape == (3, 1, 28, 28)
    for completion in done:
        assert np.array_equal(completion[:, ~hidden], shown[:, ~hidden])
    assert tab.grab().save(str(screenshot_dir / "pixels-completion.png"))


def test_completes_a_drawing_from_the_sketch_pad(qtbot, tab, pixel_run):
    page = opened(qtbot, tab, pixel_run).completion
    page.draw_button.setChecked(True)
    page.sketch.draw_stroke([(140, 40), (140, 240)], width=24)       # a "1"
    page.use_drawing()
    assert not page.draw_button.isChecked()
    picture = page.canvas.picture()
    assert picture[0, 6:22, 13:15].mean() > 0.5                       # the stroke, framed like a digit
    page.choose_mask("top-half")
    with qtbot.waitSignal(page.completion_finished, timeout=30000):
        page.start(slow=False)
    assert page.completions() is not None


def test_screenshot_of_sampling(qtbot, tab, pixel_run, screenshot_dir):
    page = opened(qtbot, tab, pixel_run).sampling
    page.slow_check.setChecked(False)
    with qtbot.waitSignal(page.drawing_finished, timeout=30000):
        page.toggle()
    assert tab.grab().save(str(screenshot_dir / "pixels-sampling.png"))
