"""Runs made by the studio before the one-engine rework (tests/fixtures/old-runs: a VAE and an AAE, one
epoch each) still list, open, explore and resume."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import torch

from studio.core.run_summary import RunSummary
from studio.core.workspace import Workspace
from studio.training.session import TrainingSession
from studio.training.trained import load_trained_model

OLD = Path(__file__).resolve().parent.parent / "fixtures" / "old-runs"


@pytest.fixture
def old_workspace(tmp_path) -> Workspace:
    shutil.copytree(OLD, tmp_path / "ws")   # the fixture itself is never written to
    return Workspace(tmp_path / "ws")


def test_old_runs_are_listed_and_their_models_load(old_workspace):
    runs = old_workspace.runs()
    assert sorted(RunSummary.read(r).model for r in runs) == ["aae", "vae"]
    for run in runs:
        summary = RunSummary.read(run)
        assert summary.status == "completed" and summary.epochs_text == "1/1" and summary.summary_format == 1
        model = load_trained_model(run)
        assert model.decode(torch.zeros(1, 2)).shape == (1, 1, 28, 28)


def test_old_runs_open_in_the_latent_explorer(old_workspace):
    from studio.latent.explorer import LatentSpace

    for run in old_workspace.runs():
        space = LatentSpace.open(run)
        assert space.dim == 2 and len(space.codes) > 0


@pytest.mark.parametrize("model", ["vae", "aae"])
def test_old_runs_resume_on_the_new_engine(old_workspace, model):
    from studio.data.datasets import random_split
    from studio.data.digits import load_digits_28

    run = next(r for r in old_workspace.runs() if RunSummary.read(r).model == model)
    split = random_split(load_digits_28().subset(list(range(120))), 0.25, seed=0)   # as they were trained
    events = list(TrainingSession.resume(run, epochs=2, split=split).run())
    assert events[0].resumed and events[0].start_step == 3
    assert events[-1].status == "completed" and events[-1].step == 6
    summary = RunSummary.read(run)
    assert summary.epochs_text == "2/2" and summary.summary_format == 2


def test_the_training_monitor_lists_an_old_run_with_its_preview(qtbot, show_widget, app_context, old_workspace,
                                                                monkeypatch):
    from studio.ui.tabs.training import TrainingTab

    monkeypatch.setenv("STUDIO_WORKSPACE", str(old_workspace.root))
    tab = show_widget(TrainingTab(app_context), 1280, 800)
    qtbot.waitUntil(tab.models_ready, timeout=60_000)
    assert sorted(row[2] for row in tab.run_list.rows()) == ["aae", "vae"]
    vae = next(r for r in old_workspace.runs() if RunSummary.read(r).model == "vae")
    tab.select_runs([str(vae.path)])
    assert tab.loss_plot.curve_points(str(vae.path)) > 0
    assert tab.preview.row_titles() == ["Inputs", "Reconstructions", "Samples"]  # from the model, not the PNG
    assert tab.resume_button.isEnabled()
    tab.shutdown()
