"""Loss curves of one run as growing numpy arrays, fed by live events or by a run's metrics.jsonl.

Each curve is one loss term of one split ("train" from the per-step records, "val" from the per-epoch
records) and keeps its x positions in every unit the monitor can show: optimiser step, epoch and
seconds of training.
"""

from __future__ import annotations

from typing import Iterable

import numpy as np

X_AXES = ("step", "epoch", "time")


class Series:
    """One curve: values with their step, epoch and time, stored in arrays that grow by doubling."""

    def __init__(self) -> None:
        # float32: a live curve may keep hundreds of thousands of points for hours, and plotting needs no more
        # (16 bytes a point instead of 32; steps stay exact up to 16 million).
        self._data = np.empty((4, 64), dtype=np.float32)  # rows: step, epoch, time, value
        self._n = 0
        self.version = 0  # bumped on every change, so that views know when to redraw

    def __len__(self) -> int:
        return self._n

    def append(self, step: float, epoch: float, time: float, value: float) -> None:
        if self._n == self._data.shape[1]:
            grown = np.empty((4, 2 * self._n), dtype=np.float32)
            grown[:, :self._n] = self._data[:, :self._n]
            self._data = grown
        self._data[:, self._n] = (step, epoch, time, value)
        self._n += 1
        self.version += 1

    def x(self, axis: str) -> np.ndarray:
        """Positions in ``axis`` units ("step", "epoch" or "time"); a view, not a copy."""
        return self._data[X_AXES.index(axis), :self._n]

    @property
    def values(self) -> np.ndarray:
        return self._data[3, :self._n]


class RunCurves:
    """Every loss curve of one run, keyed by (term, split)."""

    def __init__(self) -> None:
        self.series: dict[tuple[str, str], Series] = {}

    def _get(self, term: str, split: str) -> Series:
        key = (term, split)
        if key not in self.series:
            self.series[key] = Series()
        return self.series[key]

    def add_step(self, step: int, epoch: float, time: float, terms: dict[str, float]) -> None:
        for term, value in terms.items():
            self._get(term, "train").append(step, epoch, time, value)

    def add_epoch(self, epoch: int, step: int, time: float, val: dict[str, float]) -> None:
        for term, value in val.items():
            self._get(term, "val").append(step, epoch, time, value)

    def add_record(self, record: dict) -> None:
        """Add one metrics.jsonl record ({"kind": "step", ...} or {"kind": "epoch", ...})."""
        kind = record.get("kind")
        try:
            if kind == "step":
                self.add_step(record["step"], record["epoch"], record["time"], record.get("terms") or {})
            elif kind == "epoch":
                self.add_epoch(record["epoch"], record["step"], record["time"], record.get("val") or {})
        except (KeyError, TypeError, ValueError):
            pass  # a record from a damaged or foreign log: skip it, keep the rest

    @classmethod
    def from_records(cls, records: Iterable[dict]) -> "RunCurves":
        curves = cls()
        for record in records:
            curves.add_record(record)
        return curves

    def terms(self) -> list[str]:
        """Loss terms in display order: "loss" first, then the others as they first appeared."""
        names: list[str] = []
        for term, _ in self.series:
            if term not in names:
                names.append(term)
        return sorted(names, key=lambda t: (t != "loss", names.index(t)))
