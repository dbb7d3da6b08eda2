"""The RBM in the app: the Training monitor shows its filters and negative particles while it trains; the
classifier report runs the RBM-features pipeline and shows accuracies and confusion matrices."""

from __future__ import annotations

from dataclasses import replace

import pytest
import torch
from PySide6.QtCore import Qt

from studio.core.events import Preview, PreviewRow
from studio.energy.features import settings_for
from studio.models.rbm import RBM, RBMConfig
from studio.ui.widgets.classifier_report import ClassifierReport
from studio.ui.widgets.filter_tiles import FilterTilesView
from studio.ui.widgets.preview_view import PreviewView

TIMEOUT = 180_000   # a loaded CI machine: the training process starts torch first


def rbm_preview(hidden=120) -> Preview:
    torch.manual_seed(0)
    model = RBM(RBMConfig(hidden=hidden, chains=30))
    batch = {"image": torch.rand(8, 1, 28, 28)}
    rows = tuple(PreviewRow(k, model.preview_titles[k], v.float().numpy()) for k, v in model.preview(batch).items())
    return Preview("filter_tiles", 1, 10, rows)


def test_preview_view_shows_filters_and_particles_as_tiles(qtbot, show_widget):
    view = show_widget(PreviewView(), 900, 400)
    view.show_preview(rbm_preview())
    tiles = view.currentWidget()
    assert isinstance(tiles, FilterTilesView) and view.kind == "filter_tiles"
    assert view.has_images()
    assert tiles.tile_count("filters") == RBM.shown_filters and tiles.tile_count("particles") == 30
    assert view.row_titles()[:2] == ["Filters (weights) (100)", "Negative particles (30)"]
    view.clear()
    assert not view.has_images()


def test_training_monitor_shows_the_rbm_learning(qtbot, show_widget, app_context, screenshot_dir):
    from studio.ui.tabs.training import TrainingTab

    tab = show_widget(TrainingTab(app_context), 1280, 800)
    try:
        qtbot.waitUntil(tab.models_ready, timeout=TIMEOUT)
        tab.dataset_edit.setText("digits")
        tab.model_combo.setCurrentIndex(tab.model_combo.findData("rbm"))
        tab.model_form().set_values({"hidden": 64, "chains": 36})
        tab.epochs_spin.setValue(500)
        tab.device_combo.setCurrentIndex(tab.device_combo.findData("cpu"))
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)

        def tiles_shown() -> bool:
            tiles = tab.image_strip.currentWidget()
            return isinstance(tiles, FilterTilesView) and tiles.tile_count("filters") > 0

        # While it trains, the monitor shows the filters and the persistent chain's particles as tiles.
        qtbot.waitUntil(tiles_shown, timeout=TIMEOUT)
        tiles = tab.image_strip.currentWidget()
        assert tiles.tile_count("filters") == 64 and tiles.tile_count("particles") == 36
        assert {"reconstruction", "pll"} <= set(tab.loss_plot.panel_terms())
        tab.grab().save(str(screenshot_dir / "training-monitor-rbm.png"))
        with qtbot.waitSignal(tab.run_finished, timeout=TIMEOUT) as finished:
            qtbot.mouseClick(tab.stop_button, Qt.MouseButton.LeftButton)
        assert finished.args == ["stopped"]
        assert app_context.reporter.last_message is None
    finally:
        tab.shutdown()


def test_classifier_report_runs_and_shows_three_classifiers(qtbot, show_widget, screenshot_dir):
    report = show_widget(ClassifierReport(), 1200, 700)
    quick = replace(settings_for("breast_cancer"), hidden=16, epochs=3, c_grid=(10.0,))
    report.settings_for = lambda dataset: quick
    with qtbot.waitSignal(report.report_ready, timeout=TIMEOUT):
        report.run("breast_cancer")
        assert report.is_busy() and not report.run_button.isEnabled()
    assert not report.is_busy() and report.run_button.isEnabled()
    for name in ("Raw inputs", "RBM features", "Raw + RBM features"):
        assert report.accuracy_text(name).endswith("%")
    assert report.report().result("RBM features").n_features == 16
    report.grab().save(str(screenshot_dir / "classifier-report.png"))


def test_classifier_report_stops(qtbot, show_widget):
    report = show_widget(ClassifierReport(), 800, 500)
    report.settings_for = lambda dataset: replace(settings_for(dataset), epochs=10_000)
    report.run("digits")
    with qtbot.waitSignal(report.stop_button.clicked, timeout=TIMEOUT):
        qtbot.mouseClick(report.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not report.is_busy(), timeout=TIMEOUT)
    assert report.status.text() == "Stopped." and report.report() is None
