"""Loss curves of one run as growing numpy arrays, fed by live events or by a run's metrics.jsonl.

Each curve is one loss term of one split ("train" from the per-step records, "val" from the per-epoch
records) and keeps its x positions in every unit the monitor can show: optimiser step, epoch and
seconds of training.
"""

from __future__ import annotations

from typing import Iterable

import numpy as np

X_AXES = ("step", "epoch", "time")


# A curve keeps at most this many points. A long run (hundreds of thousands of steps) is thinned as it grows:
# the newest quarter stays as it came, and the older points keep the lowest and the highest value of each
# bucket of ``2 * stride`` points, the same buckets along the whole run. So every spike stays, a view of the
# whole run still has 24,000 points or more (a panel draws two a pixel), the newest 8,192 can be zoomed into
# one by one, and the memory stays bounded however long it trains (issue 11: under 1 MB a curve).
MAX_POINTS = 1 << 15


class Series:
    """One curve: values with their step, epoch and time, stored in arrays that grow by doubling up to
    ``max_points``; then the older points are thinned (see ``MAX_POINTS``)."""

    def __init__(self, max_points: int | None = None, raw_tail: int | None = None) -> None:
        # float32: a live curve may keep hundreds of thousands of points for hours, and plotting needs no more
        # (16 bytes a point instead of 32; steps stay exact up to 16 million).
        self._data = np.empty((4, 64), dtype=np.float32)  # rows: step, epoch, time, value
        self._ordinal = np.empty(64, dtype=np.int64)      # each point's place among all the points appended
        self._n = 0
        self.total = 0                 # points appended, thinned ones included
        self.max_points = max(16, int(max_points or MAX_POINTS))
        self.raw_tail = min(self.max_points // 2, raw_tail if raw_tail is not None else self.max_points // 4)
        self.stride = 1                # the bucket, in points appended, of the thinned part (a power of 2)
        self.version = 0               # bumped on every change, so that views know when to redraw
        self.generation = 0            # bumped when points are thinned: the indices of the stored points change
        # The last thinning: the indices kept (into the points stored before it) and the first index it left
        # as it was; a view that saw the series just before can carry its own per-point values across.
        self.last_thinning: tuple[np.ndarray, int] | None = None

    def __len__(self) -> int:
        return self._n

    def append(self, step: float, epoch: float, time: float, value: float) -> None:
        if self._n == self._data.shape[1]:
            if self._n >= self.max_points:
                self._thin()
            else:
                size = min(2 * self._n, self.max_points)
                grown = np.empty((4, size), dtype=np.float32)
                grown[:, :self._n] = self._data[:, :self._n]
                ordinal = np.empty(size, dtype=np.int64)
                ordinal[:self._n] = self._ordinal[:self._n]
                self._data, self._ordinal = grown, ordinal
        self._data[:, self._n] = (step, epoch, time, value)
        self._ordinal[self._n] = self.total
        self._n += 1
        self.total += 1
        self.version += 1

    def _thin(self) -> None:
        """Keep each bucket's lowest and highest value before the raw tail, coarser buckets until at most
        three quarters of the room is used (so the next thinning is a quarter of the room away)."""
        boundary = self._n - self.raw_tail
        values, ordinal = self._data[3, :boundary], self._ordinal[:boundary]
        keep = np.arange(boundary)
        while True:
            kept = keep[_run_extremes(values[keep], ordinal[keep] // (2 * self.stride))]
            if len(kept) + self.raw_tail <= (3 * self.max_points) // 4 or len(kept) <= 2:
                break
            self.stride *= 2
            keep = kept
        keep = np.concatenate((kept, np.arange(boundary, self._n)))
        n = len(keep)
        self._data[:, :n] = self._data[:, keep]
        self._ordinal[:n] = self._ordinal[keep]
        self._n = n
        self.generation += 1
        self.last_thinning = (keep, boundary)

    def x(self, axis: str) -> np.ndarray:
        """Positions in ``axis`` units ("step", "epoch" or "time"); a view, not a copy."""
        return self._data[X_AXES.index(axis), :self._n]

    @property
    def values(self) -> np.ndarray:
        return self._data[3, :self._n]


def _run_extremes(values: np.ndarray, bucket: np.ndarray) -> np.ndarray:
    """Sorted indices that keep the first point, and of each run of equal ``bucket`` ids the lowest and the
    highest finite value (a bucket of only non-finite values keeps its first point)."""
    n = len(values)
    if n == 0:
        return np.arange(0)
    starts = np.flatnonzero(np.r_[True, bucket[1:] != bucket[:-1]])
    sizes = np.diff(np.r_[starts, n])
    finite = np.isfinite(values)
    index = np.arange(n)
    picks = []
    for key in (np.where(finite, values, np.inf), np.where(finite, -values, np.inf)):
        best = np.minimum.reduceat(key, starts)
        hit = key == np.repeat(best, sizes)
        picks.append(np.minimum.reduceat(np.where(hit, index, n), starts))
    low, high = picks
    kept = np.empty(2 * len(starts), dtype=np.int64)
    kept[0::2] = np.minimum(low, high)     # each bucket's two points in order; buckets follow each other
    kept[1::2] = np.maximum(low, high)
    unique = np.ones(len(kept), dtype=bool)
    unique[1::2] = kept[1::2] != kept[0::2]
    kept = kept[unique]
    return kept if kept[0] == 0 else np.concatenate(([0], kept))


class RunCurves:
    """Every loss curve of one run, keyed by (term, split); each keeps at most ``max_points`` points."""

    def __init__(self, max_points: int | None = None) -> None:
        self.series: dict[tuple[str, str], Series] = {}
        self.max_points = max_points

    def _get(self, term: str, split: str) -> Series:
        key = (term, split)
        if key not in self.series:
            self.series[key] = Series(self.max_points)
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
    def from_records(cls, records: Iterable[dict], max_points: int | None = None) -> "RunCurves":
        curves = cls(max_points)
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
