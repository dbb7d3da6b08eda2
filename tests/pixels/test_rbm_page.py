"""The RBM page of the Pixels & RBM tab: a finished RBM's filters and particles as tiles, new samples by
Gibbs sampling, and the AIS estimate of its test log-likelihood on demand (stoppable); and a drawing sent
from the Latent explorer's sketch pad lands on the completion canvas."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from tests.latent.small_runs import trained_run

TIMEOUT = 120_000


@pytest.fixture(scope="module")
def trained_rbm(tmp_path_factory):
    """A 1-epoch RBM with 16 hidden units, trained once for these tests."""
    return trained_run(tmp_path_factory.mktemp("rbm-runs"), "rbm", "rbm", {"hidden": 16, "chains": 20}, epochs=1,
                       batch_size=64, device="cpu")


@pytest.fixture
def rbm_in_workspace(trained_rbm, workspace_dir):
    """That run, copied into this test's workspace (the page lists the workspace's runs)."""
    from studio.core.workspace import Workspace

    target = Workspace(workspace_dir).runs_dir / trained_rbm.name
    shutil.copytree(trained_rbm, target)
    return target


def test_rbm_page_shows_tiles_samples_and_the_ais_estimate(qtbot, show_widget, app_context, rbm_in_workspace,
                                                           screenshot_dir):
    from studio.ui.tabs.pixels.rbm_page import SAMPLES, RbmPage

    page = show_widget(RbmPage(app_context), 1100, 700)
    index = page.run_combo.findData(str(rbm_in_workspace))
    assert index >= 0
    page.run_combo.setCurrentIndex(index)
    assert page.tiles.tile_count("filters") == 16 and page.tiles.tile_count("particles") == 20

    page.steps_spin.setValue(20)
    with qtbot.waitSignal(page.samples_finished, timeout=TIMEOUT):
        qtbot.mouseClick(page.sample_button, Qt.MouseButton.LeftButton)
    assert page.sample_grid.tile_count() == SAMPLES and not page.is_sampling()

    page.runs_spin.setValue(4)
    page.betas_spin.setValue(200)
    with qtbot.waitSignal(page.estimate_finished, timeout=TIMEOUT) as done:
        qtbot.mouseClick(page.ais_button, Qt.MouseButton.LeftButton)
    result = page.result()
    assert result is not None and result.runs == 4 and result.test_ll < 0
    assert "nats per image" in done.args[0] and "±" in done.args[0]
    page.grab().save(str(screenshot_dir / "rbm-page.png"))
    assert app_context.reporter.last_message is None


def test_the_estimate_stops_when_asked(qtbot, show_widget, app_context, rbm_in_workspace):
    from studio.ui.tabs.pixels.rbm_page import RbmPage

    page = show_widget(RbmPage(app_context), 900, 600)
    page.run_combo.setCurrentIndex(page.run_combo.findData(str(rbm_in_workspace)))
    page.betas_spin.setValue(1_000_000)
    qtbot.mouseClick(page.ais_button, Qt.MouseButton.LeftButton)
    assert page.is_estimating() and not page.run_combo.isEnabled()
    with qtbot.waitSignal(page.estimate_finished, timeout=TIMEOUT) as done:
        qtbot.mouseClick(page.ais_button, Qt.MouseButton.LeftButton)
    assert done.args[0] == "Stopped before the estimate was done." and page.result() is None
    assert page.run_combo.isEnabled()


def test_a_sketch_from_the_latent_explorer_is_completed_in_the_pixels_tab(qtbot, app_context):
    from studio.ui.main_window import MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    try:
        latent = window.tab_widgets["Latent explorer"]
        pixels = window.tab_widgets["Pixels & RBM"]
        latent.send_sketch()                                   # a blank pad sends nothing
        assert window.tabs.currentWidget() is not pixels
        latent.sketch.draw_stroke([(140, 50), (140, 230)])
        latent.send_sketch()                                   # the "Complete with a PixelCNN…" button
        assert window.tabs.currentWidget() is pixels
        assert pixels.pages.currentWidget() is pixels.completion
        picture = pixels.completion.canvas.picture()
        assert picture is not None and picture.max() > 0.5   # the stroke is there
    finally:
        window.shutdown_tabs()
