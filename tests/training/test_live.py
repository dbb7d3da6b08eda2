"""LiveRun (what a view shows of a run being trained) and RunSummary (what run.json says), without Qt."""

from __future__ import annotations

import json

import numpy as np

from studio.core.events import (CheckpointWritten, EpochMetrics, Finished, Preview, PreviewRow, RunStarted,
                                StepMetrics)
from studio.core.run_summary import RunSummary
from studio.core.tasks import Failure, JobEnd
from studio.core.workspace import Workspace
from studio.training.live import LiveRun


def started(run_dir: str) -> RunStarted:
    return RunStarted("r", run_dir, "vae", "digits", "cpu", 2, 10, 20, 0)


def test_events_in_curves_status_and_preview_out(tmp_path):
    live = LiveRun("vae")
    live.handle(started(str(tmp_path)))
    assert live.state == "running" and live.take_changes().status == "Training…"
    live.handle(StepMetrics(5, 0.5, 1.0, {"loss": 3.0}, 100.0, 0.25, 3.0))
    live.handle(EpochMetrics(1, 10, 2.0, {"loss": 2.5}, {"loss": 2.0}))
    image = np.zeros((2, 1, 4, 4), np.float32)
    live.handle(Preview("image_rows", 1, 10, (PreviewRow("inputs", "Inputs", image),)))
    live.handle(CheckpointWritten("ck", 1, 10))
    changes = live.take_changes()
    assert changes.curves and changes.preview.rows[0].title == "Inputs"
    assert changes.status == "Epoch 1 done · validation loss 2 · saved"
    assert live.curves.series[("loss", "val")].values.tolist() == [2.0]
    assert live.fraction == 0.25 and live.epoch_in_progress == 1
    nothing = live.take_changes()
    assert not nothing.curves and nothing.preview is None and nothing.status is None
    live.set_paused(True)
    assert live.state == "paused" and "Paused" in live.take_changes().status


def test_the_run_says_how_it_ended_and_the_job_fills_in_a_crash(tmp_path):
    live = LiveRun("vae")
    live.handle(started(str(tmp_path)))
    live.handle(Finished(str(tmp_path), "failed", 0, 3, Failure("The loss became NaN.")))
    assert live.end(JobEnd("completed")) == "failed" and live.failure.message == "The loss became NaN."
    crashed = LiveRun("vae")
    crashed.handle(started(str(tmp_path)))
    outcome = crashed.end(JobEnd("failed", Failure("The training process ended unexpectedly.", expected=False)))
    assert outcome == "failed" and crashed.status == "Training failed." and crashed.ended
    stopped = LiveRun("vae")
    stopped.handle(Finished(str(tmp_path), "stopped", 1, 7))
    assert stopped.end(JobEnd("completed")) == "stopped"


def test_run_summaries_read_old_and_new_run_files(tmp_path):
    ws = Workspace(tmp_path)
    old = ws.new_run("vae", "digits")
    (old.path / "run.json").write_text(json.dumps({   # as the studio wrote it before summary_format 2
        "model": "vae", "dataset": "digits", "status": "completed", "epochs_done": 3, "train": {"epochs": 3},
        "last_val": {"loss": 140.5}, "image_shape": [1, 28, 28], "created": 1_700_000_000}))
    summary = RunSummary.read(old)
    assert summary.summary_format == 1 and summary.capabilities is None and summary.headline == "loss"
    assert summary.epochs_text == "3/3" and summary.value() == 140.5 and summary.image_shape == (1, 28, 28)
    new = ws.new_run("aae", "digits")
    new.update_info(model="aae", status="completed", epochs_done=1, train={"epochs": 1}, summary_format=2,
                    headline="reconstruction", capabilities=["decode", "encode"],
                    last_val={"loss": 200.0, "reconstruction": 150.0})
    summary = RunSummary.read(new)
    assert summary.value() == 150.0 and summary.capabilities == ("decode", "encode")
