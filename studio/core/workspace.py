"""The workspace folder: one sub-folder per run with its config, metrics and checkpoints.

```
<workspace>/runs/<run id>/
    run.json          what was trained, on what, and how it ended (rewritten atomically)
    metrics.jsonl     one JSON record per line, appended while training (readable at any time)
    checkpoints/      safetensors + JSON checkpoints (see studio.core.checkpoints)
    samples/          the preview strip of each epoch as PNG
<workspace>/trash/<run id>/   runs moved out of the way (``Workspace.trash``), until restored or deleted
```
"""

from __future__ import annotations

import json
import os
import re
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Iterator

from studio.core import atomic
from studio.core.errors import CheckpointError, StudioError

RUN_FILE = "run.json"
METRICS_FILE = "metrics.jsonl"


class Run:
    """A run folder. Reading never needs the model; writing is done by the trainer."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @property
    def id(self) -> str:
        return self.path.name

    @property
    def checkpoints_dir(self) -> Path:
        return self.path / "checkpoints"

    @property
    def samples_dir(self) -> Path:
        return self.path / "samples"

    @property
    def metrics_path(self) -> Path:
        return self.path / METRICS_FILE

    def info(self) -> dict[str, Any]:
        try:
            data = json.loads((self.path / RUN_FILE).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise CheckpointError(f"'{self.path}' is not a run folder (it has no {RUN_FILE}).") from None
        except (OSError, ValueError):
            raise CheckpointError(f"The run '{self.id}' is damaged: its {RUN_FILE} cannot be read.") from None
        if not isinstance(data, dict):
            raise CheckpointError(f"The run '{self.id}' is damaged: its {RUN_FILE} is not a record.")
        return data

    def update_info(self, **changes: Any) -> dict[str, Any]:
        data = self.info() if (self.path / RUN_FILE).exists() else {}
        data.update(changes)
        data["updated"] = time.time()
        atomic.write_json(self.path / RUN_FILE, data)
        return data

    def append_metrics(self, records: list[dict]) -> None:
        """Append records, one JSON object per line; each write ends on a line break."""
        if not records:
            return
        text = "".join(json.dumps(r, separators=(",", ":")) + "\n" for r in records)
        with open(self.metrics_path, "a", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()

    def read_metrics(self) -> list[dict]:
        """All complete records; a half-written last line (a crash mid-write) is skipped."""
        return list(iter_metrics(self.metrics_path))

    def truncate_metrics_after(self, step: int) -> None:
        """Drop records past ``step`` (used when resuming from a checkpoint older than the log)."""
        records = [r for r in self.read_metrics() if r.get("step", 0) <= step]
        atomic.write_text(self.metrics_path, "".join(json.dumps(r, separators=(",", ":")) + "\n"
                                                     for r in records))

    def display_status(self) -> str:
        info = self.info()
        status = info.get("status", "unknown")
        # A run that says "running" but whose process is gone was interrupted (a crash or a kill).
        if status in ("running", "paused") and not _pid_alive(info.get("pid")):
            return "interrupted"
        return status


def iter_metrics(path: Path) -> Iterator[dict]:
    try:
        fh = open(path, encoding="utf-8")
    except FileNotFoundError:
        return
    with fh:
        for line in fh:
            if not line.endswith("\n"):
                break
            try:
                yield json.loads(line)
            except ValueError:
                continue


def _pid_alive(pid: Any) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


@dataclass
class Workspace:
    root: Path

    @property
    def runs_dir(self) -> Path:
        return self.root / "runs"

    def new_run(self, model: str, dataset: str) -> Run:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        slug = re.sub(r"[^A-Za-z0-9]+", "-", f"{model}-{Path(dataset).name or dataset}").strip("-")[:40]
        self.runs_dir.mkdir(parents=True, exist_ok=True)
        base = f"{stamp}-{slug}"
        for i in range(1000):
            path = self.runs_dir / (base if i == 0 else f"{base}-{i + 1}")
            try:
                path.mkdir()
                return Run(path)
            except FileExistsError:
                continue
        raise OSError(f"could not create a run folder under {self.runs_dir}")

    def runs(self) -> list[Run]:
        """Every readable run, oldest first."""
        return _runs_in(self.runs_dir)

    def find(self, ref: str) -> Run:
        """A run by folder path, full id or unique id prefix/suffix."""
        path = Path(ref).expanduser()
        if path.is_dir() and (path / RUN_FILE).exists():
            return Run(path)
        return _find(self.runs(), ref, self.runs_dir, "`studio runs` lists them.")

    # The trash: runs the user removed, kept until they restore them or delete the folder ---------------

    @property
    def trash_dir(self) -> Path:
        return self.root / "trash"

    def trashed_runs(self) -> list[Run]:
        """The runs in the trash, oldest first."""
        return _runs_in(self.trash_dir)

    def trash(self, run: Run) -> Run:
        """Move a run out of the list into the workspace's trash folder; nothing is deleted.

        A run that is training (here or in another process) is refused with a sentence.
        """
        if run.display_status() in ("running", "paused"):
            raise StudioError(f"The run '{run.id}' is training; stop it before moving it to the trash.")
        return Run(_move(run.path, self.trash_dir))

    def restore(self, ref: str) -> Run:
        """Bring a run back from the trash (by id, or a unique part of it)."""
        run = _find(self.trashed_runs(), ref, self.trash_dir, "`studio runs --trashed` lists them.")
        return Run(_move(run.path, self.runs_dir))


def _runs_in(folder: Path) -> list[Run]:
    # scandir knows which entries are folders without a stat each (run lists call this on every change).
    try:
        with os.scandir(folder) as entries:
            folders = sorted(e.path for e in entries if e.is_dir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    return [Run(Path(p)) for p in folders if os.path.exists(os.path.join(p, RUN_FILE))]


def _find(runs: list[Run], ref: str, where: Path, hint: str) -> Run:
    exact = [r for r in runs if r.id == ref]
    if exact:
        return exact[0]
    matches = [r for r in runs if ref in r.id]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise CheckpointError(f"No run called '{ref}' was found in {where}. {hint}")
    raise CheckpointError(f"'{ref}' matches {len(matches)} runs; give more of its name.")


def _move(path: Path, folder: Path) -> Path:
    """Rename a run folder into ``folder`` (one rename on the same disk), under a free name."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(1000):
        target = folder / (path.name if i == 0 else f"{path.name}-{i + 1}")
        if not target.exists():
            try:
                os.rename(path, target)
            except OSError as exc:
                raise StudioError(f"The run '{path.name}' could not be moved to {folder} "
                                  f"({exc.strerror or exc}).") from None
            return target
    raise StudioError(f"There is no free name for '{path.name}' in {folder}.")
