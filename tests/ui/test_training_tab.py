"""The Training monitor tab end to end: real trainings on the built-in digits, driven by its buttons."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from studio.training.config import TrainConfig
from studio.training.session import TrainingSession
from studio.core.tasks import drain
from studio.core.workspace import Run, Workspace
from studio.ui.tabs.training import LearningRateSpinBox, TrainingTab

# A tiny VAE: a few seconds per run on two CPU cores.
TINY = {"hidden": 32, "latent_dim": 4}
TIMEOUT = 60_000


@pytest.fixture
def tab(qtbot, show_widget, app_context):
    widget = show_widget(TrainingTab(app_context), 1280, 800)
    qtbot.waitUntil(widget.models_ready, timeout=TIMEOUT)
    yield widget
    widget.shutdown()


def configure(tab: TrainingTab, epochs: int, batch: int = 64, dataset: str = "digits") -> None:
    tab.dataset_edit.setText(dataset)
    tab.model_combo.setCurrentIndex(tab.model_combo.findData("vae"))
    tab.model_form().set_values(TINY)
    tab.epochs_spin.setValue(epochs)
    tab.batch_spin.setValue(batch)
    tab.device_combo.setCurrentIndex(tab.device_combo.findData("cpu"))


def only_run(workspace_dir: Path) -> Run:
    runs = Workspace(workspace_dir).runs()
    assert len(runs) == 1
    return runs[0]


def test_start_trains_a_run_live_and_on_disk(qtbot, tab, workspace_dir, app_context):
    configure(tab, epochs=3)
    with qtbot.waitSignal(tab.run_finished, timeout=TIMEOUT) as finished:
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
        assert tab.is_busy() and not tab.start_button.isEnabled() and tab.stop_button.isEnabled()
        # Curves fill in while the run goes on.
        qtbot.waitUntil(lambda: tab.live_run_dir() is not None and
                        tab.loss_plot.curve_points(tab.live_run_dir()) > 0, timeout=TIMEOUT)
    assert finished.args == ["completed"]
    assert app_context.reporter.last_message is None

    run = only_run(workspace_dir)
    info = json.loads((run.path / "run.json").read_text())
    assert info["status"] == "completed" and info["epochs_done"] == 3
    assert info["model_config"]["hidden"] == 32 and info["train"]["device"] == "cpu"
    assert sorted(p.name for p in run.checkpoints_dir.iterdir() if p.is_dir() or p.suffix)  # checkpoints written
    assert any(run.checkpoints_dir.glob("epoch-0003*"))
    records = run.read_metrics()
    assert sum(r["kind"] == "epoch" for r in records) == 3
    # The plot shows exactly what was logged, with a panel per loss term, the KL among them.
    steps = sum(r["kind"] == "step" for r in records)
    assert tab.loss_plot.curve_points(str(run.path), "loss", "train") == steps
    assert tab.loss_plot.curve_points(str(run.path), "kl", "val") == 3
    assert {"loss", "reconstruction", "kl"} <= set(tab.loss_plot.panel_terms())
    assert tab.image_strip.has_images()
    assert tab.image_strip.row_titles() == ["Inputs", "Reconstructions", "Samples"]
    # The buttons are back to idle and the run list shows the run as completed.
    assert tab.start_button.isEnabled() and not tab.stop_button.isEnabled() and not tab.pause_button.isEnabled()
    row = tab.run_list.rows()[0]
    assert row[0] == run.id and row[1] == "completed" and row[4] == "3/3"
    assert tab.progress.value() == 100


def test_pause_resume_stop_then_resume_the_run_from_the_list(qtbot, tab, workspace_dir):
    configure(tab, epochs=200, batch=16)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.live_run_dir() is not None and tab.loss_plot.curve_points(tab.live_run_dir()) > 3,
                    timeout=TIMEOUT)
    qtbot.mouseClick(tab.pause_button, Qt.MouseButton.LeftButton)
    assert tab.is_paused() and tab.pause_button.text() == "Resume"
    assert tab.run_list.rows()[0][1] == "paused"
    qtbot.waitUntil(lambda: "Paused" in tab.status_label.text())
    width = tab.width()
    tab.resize(tab.minimumSizeHint().width(), tab.height())  # the narrowest the window allows
    qtbot.waitUntil(tab.status_fully_shown)  # wrapped, not cut off
    tab.resize(width, tab.height())
    qtbot.mouseClick(tab.pause_button, Qt.MouseButton.LeftButton)
    assert not tab.is_paused() and tab.pause_button.text() == "Pause"
    with qtbot.waitSignal(tab.run_finished, timeout=TIMEOUT) as finished:
        qtbot.mouseClick(tab.stop_button, Qt.MouseButton.LeftButton)
        assert not tab.stop_button.isEnabled()
    assert finished.args == ["stopped"]

    run = only_run(workspace_dir)
    info = run.info()
    assert info["status"] == "stopped"
    step = info["steps_done"]
    assert step > 0 and any(run.checkpoints_dir.glob(f"*step-{step:07d}"))

    # The stopped run is selected; resume it from the list, to epoch 1 so that it finishes quickly.
    tab.select_runs([str(run.path)])
    assert tab.resume_button.isEnabled()
    tab.resume_epochs.setValue(1)
    with qtbot.waitSignal(tab.run_finished, timeout=TIMEOUT) as finished:
        qtbot.mouseClick(tab.resume_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["completed"]
    info = run.info()
    assert info["status"] == "completed" and info["epochs_done"] == 1
    assert len(Workspace(workspace_dir).runs()) == 1  # the same run went on, no new one
    steps = [r["step"] for r in run.read_metrics() if r["kind"] == "step"]
    assert steps == sorted(steps) and len(set(steps)) == len(steps)  # one continuous log


def test_keyboard_shortcuts_start_and_stop(qtbot, tab, workspace_dir):
    configure(tab, epochs=200, batch=16)
    tab.start_button.setFocus()
    assert "Ctrl" in tab.start_button.toolTip()
    qtbot.keyClick(tab.start_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.live_run_dir() is not None and tab.loss_plot.curve_points(tab.live_run_dir()) > 0,
                    timeout=TIMEOUT)
    qtbot.keyClick(tab.start_button, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert tab.is_paused()
    with qtbot.waitSignal(tab.run_finished, timeout=TIMEOUT) as finished:
        qtbot.keyClick(tab.start_button, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert finished.args == ["stopped"]
    assert only_run(workspace_dir).info()["status"] == "stopped"


def make_run(workspace_dir: Path, seed: int) -> Run:
    """A finished run made directly with the engine (in this process, on one thread: quick)."""
    import torch

    torch.set_num_threads(1)
    session = TrainingSession(TrainConfig(model="vae", model_config=TINY, epochs=1, device="cpu", seed=seed),
                              Workspace(workspace_dir))
    drain(session.run())
    return session.run_folder


def test_selecting_two_runs_overlays_their_curves(qtbot, tab, workspace_dir):
    a, b = make_run(workspace_dir, 1), make_run(workspace_dir, 2)
    tab.refresh_runs()  # as F5 does; the tab was opened before these runs existed
    assert len(tab.run_list.rows()) == 2
    tab.select_runs([str(a.path), str(b.path)])
    assert sorted(tab.loss_plot.run_keys()) == sorted([str(a.path), str(b.path)])
    for run in (a, b):
        logged = sum(r["kind"] == "step" for r in run.read_metrics())
        assert tab.loss_plot.curve_points(str(run.path)) == logged > 0
    # Two runs' training curves share the loss panel (raw + smoothed each) with their validation points.
    assert len(tab.loss_plot.panel("loss").listDataItems()) == 2 * 3
    tab.select_runs([str(a.path)])
    assert tab.loss_plot.run_keys() == [str(a.path)]
    assert tab.image_strip.has_images()  # the saved preview of the single selected run


def test_delete_moves_runs_to_the_trash_and_ctrl_z_brings_them_back(qtbot, tab, workspace_dir, app_context):
    a, b = make_run(workspace_dir, 1), make_run(workspace_dir, 2)
    tab.refresh_runs()
    tab.select_runs([str(a.path)])
    assert tab.image_strip.has_images()
    tab.select_runs([str(a.path), str(b.path)])
    tab.run_list.tree.setFocus()
    qtbot.keyClick(tab.run_list.tree, Qt.Key.Key_Delete)
    workspace = Workspace(workspace_dir)
    assert tab.run_list.rows() == [] and workspace.runs() == []
    assert sorted(r.id for r in workspace.trashed_runs()) == sorted([a.id, b.id])  # moved, not deleted
    assert "Ctrl+Z" in tab.status_label.text() and not tab.loss_plot.run_keys()
    assert not tab.image_strip.has_images()  # no preview of a run that is gone
    qtbot.keyClick(tab.run_list.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(r.id for r in workspace.runs()) == sorted([a.id, b.id]) and not workspace.trashed_runs()
    assert len(tab.run_list.rows()) == 2 and len(tab.selected_runs()) == 2
    assert tab.loss_plot.curve_points(str(a.path)) > 0  # curves and all
    assert not tab.restore_action.isEnabled()


def test_the_run_that_is_training_cannot_be_moved_to_the_trash(qtbot, tab, workspace_dir, app_context):
    configure(tab, epochs=200, batch=16)
    with qtbot.waitSignal(tab.run_finished, timeout=TIMEOUT):
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.live_run_dir() is not None, timeout=TIMEOUT)
        tab.select_runs([tab.live_run_dir()])
        tab.trash_selected()
        assert "cannot be moved to the trash" in app_context.reporter.last_message
        assert Path(tab.live_run_dir()).is_dir()
        tab.stop()
    assert only_run(workspace_dir).display_status() == "stopped"


def test_a_new_tab_lists_the_runs_already_on_disk(qtbot, app_context, workspace_dir):
    run = make_run(workspace_dir, 3)
    widget = TrainingTab(app_context)
    qtbot.addWidget(widget)
    qtbot.waitUntil(widget.models_ready, timeout=TIMEOUT)
    assert widget.run_list.rows()[0][:2] == [run.id, "completed"]
    widget.shutdown()


def test_curve_controls_redraw_without_losing_data(qtbot, tab, workspace_dir):
    run = make_run(workspace_dir, 4)
    tab.refresh_runs()
    tab.select_runs([str(run.path)])
    plot = tab.loss_plot
    plot.smoothing_slider.setValue(90)
    assert plot.smoothing() == pytest.approx(0.9)
    plot.log_check.setChecked(True)
    plot.x_combo.setCurrentIndex(plot.x_combo.findData("time"))
    assert "Time" in plot.panel("loss").getAxis("bottom").labelText
    plot.x_combo.setCurrentIndex(plot.x_combo.findData("epoch"))
    plot.smoothing_slider.setValue(0)
    assert plot.curve_points(str(run.path)) == sum(r["kind"] == "step" for r in run.read_metrics())


@pytest.mark.parametrize("dataset, device, expected", [
    ("/no/such/folder/mnist", "cpu", "neither a built-in dataset"),
])
def test_a_bad_dataset_path_is_reported_in_one_sentence(qtbot, tab, workspace_dir, app_context,
                                                        dataset, device, expected):
    configure(tab, epochs=1, dataset=dataset)
    with qtbot.waitSignal(tab.run_finished, timeout=TIMEOUT) as finished:
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["failed"]
    message = app_context.reporter.last_message
    assert expected in message and "\n" not in message and "Traceback" not in message
    assert tab.start_button.isEnabled() and not tab.stop_button.isEnabled()
    assert tab.dataset_edit.isEnabled()
    assert Workspace(workspace_dir).runs() == []  # nothing half-made left behind
    # The panels laid out for the run that never started are gone again.
    assert not tab.loss_plot.panel_terms() and tab.loss_plot.stack.currentWidget() is tab.loss_plot.placeholder


def test_a_missing_cuda_device_is_reported(qtbot, tab, app_context):
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has a CUDA GPU")
    configure(tab, epochs=1)
    tab.device_combo.setCurrentIndex(tab.device_combo.findData("cuda"))
    with qtbot.waitSignal(tab.run_finished, timeout=TIMEOUT):
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert "No CUDA GPU was found" in app_context.reporter.last_message
    assert tab.start_button.isEnabled()


def test_divergence_is_reported_and_the_run_marked_failed(qtbot, tab, workspace_dir, app_context):
    configure(tab, epochs=2)
    tab.lr_spin.setValue(1e6)   # absurdly high: the VAE's loss becomes NaN within a few steps
    with qtbot.waitSignal(tab.run_finished, timeout=TIMEOUT) as finished:
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["failed"]
    assert "Try a lower learning rate" in app_context.reporter.last_message
    assert only_run(workspace_dir).info()["status"] == "failed"
    assert tab.start_button.isEnabled()


def test_learning_rate_box_steps_through_1_2_5_values(qtbot):
    box = LearningRateSpinBox()
    qtbot.addWidget(box)
    box.setValue(1e-3)
    box.stepBy(1)
    assert box.value() == pytest.approx(2e-3)
    box.stepBy(1)
    assert box.value() == pytest.approx(5e-3)
    box.stepBy(-3)
    assert box.value() == pytest.approx(5e-4)
    assert box.textFromValue(3e-5) == "3e-05"


def test_the_form_starts_on_the_same_defaults_as_the_command_line(tab):
    from studio.cli import build_parser
    from studio.training.commands import default_dataset

    args = build_parser().parse_args(["train"])
    config = tab.train_config()
    dataset = args.dataset if args.dataset is not None else default_dataset(args.model)
    # Options left out on the command line take the model's own training settings (TrainConfig.for_model).
    cli = TrainConfig.for_model(args.model, epochs=args.epochs, batch_size=args.batch_size, lr=args.lr,
                                seed=args.seed)
    assert (config.model, config.dataset, config.epochs, config.batch_size, config.lr, config.seed) == \
        (cli.model, dataset, cli.epochs, cli.batch_size, cli.lr, cli.seed)
    assert config.epochs == 30  # enough for the built-in digits to be drawn clearly (docs/training.md)


def open_window(qtbot, app_context):
    from studio.ui.main_window import MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(1400, 880)
    window.show()
    tab = window.tab_widgets["Training monitor"]
    qtbot.waitUntil(tab.models_ready, timeout=TIMEOUT)
    return window, tab


def test_closing_the_window_during_training_stops_the_run_and_keeps_it(qtbot, app_context, workspace_dir):
    window, tab = open_window(qtbot, app_context)
    configure(tab, epochs=200, batch=16)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.live_run_dir() is not None and tab.loss_plot.curve_points(tab.live_run_dir()) > 2,
                    timeout=TIMEOUT)
    window.close()  # returns once the training thread has ended
    run = only_run(workspace_dir)
    info = run.info()
    assert info["status"] == "stopped" and info["steps_done"] > 0
    assert any(run.checkpoints_dir.glob(f"*step-{info['steps_done']:07d}"))
    # A new window (an app restart) lists the run, ready to be resumed.
    _, tab2 = open_window(qtbot, app_context)
    assert tab2.run_list.rows()[0][1] == "stopped"
    tab2.select_runs([str(run.path)])
    assert tab2.resume_button.isEnabled()


def test_screenshot_of_the_window_during_training(qtbot, app_context, screenshot_dir):
    window, tab = open_window(qtbot, app_context)
    configure(tab, epochs=3)
    with qtbot.waitSignal(tab.run_finished, timeout=TIMEOUT):
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(tab.image_strip.has_images, timeout=TIMEOUT)
        tab.redraw()
        path = screenshot_dir / "training_monitor.png"
        assert window.grab().save(str(path))
    assert path.stat().st_size > 20_000


def test_every_panel_shares_the_planned_x_range_while_training(qtbot, tab):
    configure(tab, epochs=2)
    with qtbot.waitSignal(tab.run_finished, timeout=TIMEOUT):
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
        # Every panel the VAE will need is laid out at the click, before the run sends anything.
        assert tab.loss_plot.panel_terms() == ["loss", "reconstruction", "kl", "elbo"]
        # Titled and labelled as the model says (registry), with its units on the y axes.
        assert tab.loss_plot.panel_titles()[2] == "KL divergence"
        assert tab.loss_plot.term_unit("kl") == "nats/image"
        assert tab.loss_plot.stack.currentWidget() is tab.loss_plot.graphics
        panels = {term: tab.loss_plot.panel(term) for term in tab.loss_plot.panel_terms()}
        qtbot.waitUntil(lambda: tab.live_run_dir() is not None
                        and tab.loss_plot.curve_points(tab.live_run_dir(), "elbo", "val") > 0, timeout=TIMEOUT)
        tab.redraw()
        # The same panels: no new layout while it trains.
        assert {term: tab.loss_plot.panel(term) for term in tab.loss_plot.panel_terms()} == panels
        ranges = {term: tuple(round(v) for v in panel.getViewBox().viewRange()[0])
                  for term, panel in panels.items()}
        total = tab.live.started.total_steps
        assert set(ranges.values()) == {ranges["loss"]}, ranges  # validation-only panels too
        assert ranges["loss"][1] >= total  # the whole planned run from the start


def test_a_setting_out_of_its_range_is_refused_with_one_sentence(qtbot, tab, workspace_dir, app_context,
                                                                monkeypatch):
    """The form's boxes keep to each setting's limits; values that come from elsewhere (a settings file, a
    preset) are checked by the config itself, before a run starts."""
    configure(tab, epochs=1)
    form = tab.model_form()
    monkeypatch.setattr(form, "values", lambda: {**TINY, "latent_dim": -3})
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    message = app_context.reporter.last_message
    assert message == "The setting 'Latent size' (latent_dim) must be between 1 and 512; got -3."
    assert not tab.is_busy() and tab.start_button.isEnabled() and Workspace(workspace_dir).runs() == []


def test_the_run_list_filters_by_what_is_typed(qtbot, tab, workspace_dir):
    _a, b = make_run(workspace_dir, 1), make_run(workspace_dir, 2)
    tab.refresh_runs()
    assert len(tab.run_list.rows()) == 2
    qtbot.keyClicks(tab.run_list.filter_edit, b.id)
    assert [row[0] for row in tab.run_list.rows()] == [b.id]
    tab.run_list.filter_edit.clear()
    qtbot.keyClicks(tab.run_list.filter_edit, "vae completed")   # every word must match
    assert len(tab.run_list.rows()) == 2
