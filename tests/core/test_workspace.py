"""The workspace's trash: runs move out of the list whole, and back, and a training run stays put."""

from __future__ import annotations

import json
import os

import pytest

from studio.core.errors import StudioError
from studio.core.workspace import Workspace


def make(ws: Workspace, name: str, status: str = "completed", pid: int | None = None):
    run = ws.new_run("vae", name)
    (run.path / "run.json").write_text(json.dumps({"id": run.id, "status": status, "pid": pid}))
    (run.path / "checkpoints").mkdir()
    (run.path / "checkpoints" / "latest.json").write_text("{}")
    return run


def test_trash_and_restore_keep_the_run_whole_and_find_free_names(tmp_path):
    ws = Workspace(tmp_path)
    run = make(ws, "digits")
    trashed = ws.trash(run)
    assert ws.runs() == [] and [r.id for r in ws.trashed_runs()] == [run.id]
    assert (trashed.path / "checkpoints" / "latest.json").exists()
    # A new run took the old name meanwhile: the restored one gets a free name beside it.
    (ws.runs_dir / run.id).mkdir()
    (ws.runs_dir / run.id / "run.json").write_text("{}")
    back = ws.restore(run.id[-6:])
    assert back.path.parent == ws.runs_dir and back.id == f"{run.id}-2"
    assert not ws.trashed_runs()


def test_a_run_that_is_training_is_not_moved(tmp_path):
    ws = Workspace(tmp_path)
    run = make(ws, "digits", status="running", pid=os.getpid())  # its process is alive
    with pytest.raises(StudioError, match="is training"):
        ws.trash(run)
    assert run.path.is_dir()
    interrupted = make(ws, "mnist", status="running", pid=None)  # crashed: may go
    ws.trash(interrupted)
    assert [r.id for r in ws.runs()] == [run.id]
