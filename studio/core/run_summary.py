"""What a run folder's run.json says, read in one place: ``RunSummary.read(run)``.

Every view of the runs (the run lists of the tabs, ``studio runs``, the latent explorer's chooser) reads
this, never the JSON itself, so that the file's layout can change in one place. ``summary_format`` 1 is
what the studio wrote before the data spec was recorded; 2 adds ``data_spec``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from studio.core.errors import StudioError
from studio.core.workspace import RUN_FILE, Run

SUMMARY_FORMAT = 2
LIVE_STATUSES = ("running", "paused")   # statuses that change without run.json changing


@dataclass(frozen=True)
class RunSummary:
    """A run as its lists show it. ``status`` is the display status ("interrupted" for a dead process)."""

    id: str
    path: Path
    model: str
    dataset: str
    dataset_title: str
    status: str
    epochs_done: int
    epochs_planned: int | None
    last_val: dict[str, float] = field(default_factory=dict)
    created: float | None = None
    device: str = ""
    message: str = ""
    model_config: dict[str, Any] = field(default_factory=dict)
    train: dict[str, Any] = field(default_factory=dict)
    image_shape: tuple[int, ...] | None = None
    label_names: tuple[str, ...] = ()
    data_spec: dict[str, Any] | None = None
    summary_format: int = 1
    headline: str = "loss"          # the validation term that sums the run up
    capabilities: tuple[str, ...] | None = None   # what its model can do (None: not recorded, older runs)

    @classmethod
    def read(cls, run: Run) -> "RunSummary":
        """Read ``run``'s run.json; a CheckpointError (a sentence) when it is missing or damaged."""
        info = run.info()
        status = run.display_status()
        train = info.get("train") if isinstance(info.get("train"), dict) else {}
        shape = info.get("image_shape")
        try:
            planned = int(train["epochs"]) if "epochs" in train else None
        except (TypeError, ValueError):
            planned = None
        dataset = str(info.get("dataset") or "digits")
        return cls(
            id=run.id, path=run.path, model=str(info.get("model", "?")), dataset=dataset,
            dataset_title=str(info.get("dataset_title") or dataset), status=status,
            epochs_done=_int(info.get("epochs_done")), epochs_planned=planned,
            last_val={k: v for k, v in (info.get("last_val") or {}).items() if isinstance(v, (int, float))},
            created=info.get("created") if isinstance(info.get("created"), (int, float)) else None,
            device=str(info.get("device", "")), message=str(info.get("message") or ""),
            model_config=dict(info.get("model_config") or {}), train=dict(train),
            image_shape=tuple(int(v) for v in shape) if isinstance(shape, list) else None,
            label_names=tuple(str(n) for n in info.get("label_names") or ()),
            data_spec=info.get("data_spec") if isinstance(info.get("data_spec"), dict) else None,
            summary_format=_int(info.get("summary_format"), 1), headline=str(info.get("headline") or "loss"),
            capabilities=tuple(info["capabilities"]) if isinstance(info.get("capabilities"), list) else None)

    @property
    def run(self) -> Run:
        return Run(self.path)

    @property
    def dataset_name(self) -> str:
        """The dataset as a short name: "digits", or the file or folder's name."""
        return Path(self.dataset).name if self.dataset != "digits" else "digits"

    @property
    def epochs_text(self) -> str:
        return f"{self.epochs_done}/{self.epochs_planned if self.epochs_planned is not None else '?'}"

    def label(self) -> str:
        """A short legend name: model and start time, e.g. "vae 01:06:45"."""
        when = datetime.fromtimestamp(self.created).strftime("%H:%M:%S") if self.created else self.id
        return f"{self.model} {when}"

    def value(self, term: str | None = None) -> float | None:
        """The last validation value of ``term`` (default: the headline term), if the run has one."""
        return self.last_val.get(term or self.headline, self.last_val.get("loss") if term is None else None)


# Summaries already read, by run folder, with the (inode, mtime, size) of the run.json they came from.
# Every tab's run list rereads the workspace when a run starts or ends; parsing each run.json again took
# 0.1–0.2 s per list with 200 runs (seconds on a loaded machine), all of it on the GUI thread.
_CACHE: dict[Path, tuple[tuple[int, int, int], RunSummary]] = {}
_CACHE_LIMIT = 20_000


def read_summaries(runs: list[Run]) -> list[RunSummary]:
    """The summaries of the runs that can be read (damaged ones are left out).

    A run.json unchanged since the last call is not parsed again; a run that says it is training is
    always reread (its display status depends on whether its process still lives).
    """
    out = []
    for run in runs:
        try:
            stat = (run.path / RUN_FILE).stat()
        except OSError:
            _CACHE.pop(run.path, None)
            continue
        key = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        hit = _CACHE.get(run.path)
        if hit is not None and hit[0] == key and hit[1].status not in LIVE_STATUSES:
            out.append(hit[1])
            continue
        try:
            summary = RunSummary.read(run)
        except StudioError:
            _CACHE.pop(run.path, None)
            continue
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        _CACHE[run.path] = (key, summary)
        out.append(summary)
    return out


def _int(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
