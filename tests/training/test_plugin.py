"""A new model family is one file: the CLI and the Training monitor show it with no edit elsewhere.

The file (tests/training/plugin_model.py) is copied into a temporary folder named by STUDIO_MODEL_PATH,
the registry looks again, and the family appears: in `studio models`, in `studio train`, and in the
Training monitor with its own panels, titles, units and preview rows. Its sampling job runs in the
worker machinery and stops between rows with the partial result kept.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from studio.core.events import Samples
from studio.core.tasks import TaskControl
from studio.core.workspace import Workspace
from studio.models import registry

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


@pytest.fixture
def plugin_folder(tmp_path, monkeypatch):
    folder = tmp_path / "my-models"
    folder.mkdir()
    shutil.copy(HERE / "plugin_model.py", folder / "row_painter.py")
    monkeypatch.setenv(registry.MODEL_PATH_VARIABLE, str(folder))
    registry.reload()
    yield folder
    monkeypatch.delenv(registry.MODEL_PATH_VARIABLE)
    registry.unregister("rows")


def studio(*args, env_folder: Path, workspace: Path) -> subprocess.CompletedProcess:
    import os

    env = dict(os.environ, STUDIO_MODEL_PATH=str(env_folder), STUDIO_WORKSPACE=str(workspace))
    return subprocess.run([sys.executable, "-m", "studio", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=240)


def test_the_cli_lists_and_trains_the_new_family(plugin_folder, tmp_path):
    listed = studio("models", env_folder=plugin_folder, workspace=tmp_path / "ws")
    assert listed.returncode == 0 and "rows: Row painter (test)" in listed.stdout
    assert "--set hidden=16" in listed.stdout
    trained = studio("train", "--model", "rows", "--epochs", "1", "--device", "cpu", "--quiet",
                     env_folder=plugin_folder, workspace=tmp_path / "ws")
    assert trained.returncode == 0, trained.stderr
    (run,) = Workspace(tmp_path / "ws").runs()
    assert run.info()["status"] == "completed" and run.info()["headline"] == "bce"
    assert (run.samples_dir / "epoch-0001.png").exists()
    bad = studio("train", "--model", "rows", "--set", "hidden=1", env_folder=plugin_folder,
                 workspace=tmp_path / "ws")
    assert bad.returncode != 0 and "'Hidden units' (hidden) must be between 2 and 256" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_the_training_monitor_shows_the_new_family(qtbot, show_widget, app_context, plugin_folder):
    from studio.ui.tabs.training import TrainingTab

    tab = show_widget(TrainingTab(app_context), 1280, 800)
    qtbot.waitUntil(tab.models_ready, timeout=60_000)
    tab.model_combo.setCurrentIndex(tab.model_combo.findData("rows"))
    assert tab.model_combo.currentText() == "Row painter (test)"
    assert tab.model_form().values() == {"hidden": 16}
    tab.epochs_spin.setValue(2)
    tab.device_combo.setCurrentIndex(tab.device_combo.findData("cpu"))
    with qtbot.waitSignal(tab.run_finished, timeout=60_000) as finished:
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
        assert tab.loss_plot.panel_terms() == ["loss", "bce"]
        assert tab.loss_plot.panel_titles() == ["Loss", "Next-row error"]
        assert tab.loss_plot.term_unit("bce") == "BCE/pixel"
        qtbot.waitUntil(tab.preview.has_images, timeout=60_000)
        assert tab.preview.row_titles() == ["Painted rows"]
    assert finished.args == ["completed"]
    assert tab.run_list.rows()[0][1:3] == ["completed", "rows"]
    tab.shutdown()


def test_sampling_stops_between_steps_and_keeps_the_partial_result_in_order(plugin_folder):
    import torch

    from studio.data.sources import DataSpec
    from studio.training.sampling import sample_steps

    torch.manual_seed(0)
    model = registry.build_model("rows", {}, DataSpec.images((1, 12, 10)))
    control = TaskControl()
    seen: list[Samples] = []
    with pytest.raises(Exception) as stopped:
        for item in sample_steps(model, 4, control):
            seen.append(item)
            if len(seen) == 3:
                control.stop()
    assert type(stopped.value).__name__ == "Cancelled"
    assert [s.done for s in seen] == [2, 3, 4] and all(s.total == 12 and not s.final for s in seen)
    assert seen[-1].data.shape == (4, 1, 12, 10)
    # Rows not painted yet are still blank; painted ones are kept.
    assert (seen[-1].data[:, :, 4:] == 0).all() and (seen[-1].data[:, :, 1:4] > 0).all()


def test_a_sampling_job_runs_in_a_worker_and_can_be_stopped(qtbot, plugin_folder, tmp_path):
    import torch

    from studio.data.sources import DataSpec
    from studio.training.sampling import sample_steps
    from studio.workers.task_worker import TaskWorker

    torch.manual_seed(0)
    model = registry.build_model("rows", {}, DataSpec.images((1, 64, 8)))
    gate = threading.Semaphore(0)   # the job waits for each row to be seen: no race with the window

    def job(control):
        for item in sample_steps(model, 2, control):
            yield item
            gate.acquire(timeout=30)

    worker = TaskWorker(job)
    seen = []

    def on_event(item):
        seen.append(item.done)
        if len(seen) == 5:
            worker.stop()   # what the Stop button does
        gate.release()

    worker.event.connect(on_event)
    with qtbot.waitSignal(worker.finished, timeout=30_000) as ended:
        worker.start()
    assert ended.args[0].status == "stopped"
    assert seen == [2, 3, 4, 5, 6]   # in order, and nothing after the stop


def test_a_preview_within_its_time_budget_keeps_the_last_partial_result(plugin_folder):
    from studio.training.sampling import last_within

    def steps():
        yield from range(1, 1000)

    assert last_within(steps(), 0.0) == 1          # at least one step, then the budget is spent
    assert last_within(iter([1, 2, 3]), 60.0) == 3   # a quick sampler finishes within it
