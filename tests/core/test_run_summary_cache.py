"""read_summaries parses a run.json again only when it changed, and never trusts a stale "running"."""

from __future__ import annotations

import json
import os

from studio.core.run_summary import read_summaries
from studio.core.workspace import Workspace


def write_run(folder, **info) -> None:
    folder.mkdir(parents=True)
    (folder / "run.json").write_text(json.dumps({"model": "vae", "status": "completed", **info}))


def test_a_changed_run_json_is_read_again_and_an_unchanged_one_is_not(tmp_path):
    runs = tmp_path / "runs"
    write_run(runs / "20260101-000000-a", epochs_done=3)
    write_run(runs / "20260101-000001-b", epochs_done=5)
    (runs / "not-a-run").mkdir()
    (runs / "a-file.txt").write_text("x")
    workspace = Workspace(tmp_path)
    first = read_summaries(workspace.runs())
    assert [s.epochs_done for s in first] == [3, 5]
    again = read_summaries(workspace.runs())
    assert again[0] is first[0] and again[1] is first[1]          # not parsed again
    # Rewritten (as the trainer does, through a new file renamed into place): read again.
    tmp = runs / "20260101-000001-b" / "run.json.tmp"
    tmp.write_text(json.dumps({"model": "vae", "status": "completed", "epochs_done": 6}))
    tmp.replace(runs / "20260101-000001-b" / "run.json")
    assert [s.epochs_done for s in read_summaries(workspace.runs())] == [3, 6]
    (runs / "20260101-000000-a" / "run.json").unlink()
    assert [s.id for s in read_summaries(workspace.runs())] == ["20260101-000001-b"]


def test_a_run_that_is_training_is_checked_every_time(tmp_path):
    write_run(tmp_path / "runs" / "20260101-000000-a", status="running", pid=os.getpid())
    workspace = Workspace(tmp_path)
    first = read_summaries(workspace.runs())
    assert first[0].status == "running"
    assert read_summaries(workspace.runs())[0] is not first[0]   # its process may have gone since
