"""A growing series' min/max envelope at every scale, kept up to date as values arrive.

A live loss curve gains a few points per redraw and may grow to hundreds of thousands; the screen has a
thousand or so pixels across. ``MinMaxPyramid`` keeps, for buckets of 2, 4, 8, ... values, the index of
each bucket's minimum and maximum. Appending updates only the last bucket of each level (O(new points +
levels)), and ``envelope(i0, i1, buckets)`` picks the coarsest level that still gives ``buckets`` buckets
over [i0, i1) and returns their extremes, so what a view draws costs O(pixels) at any length of run, and
every spike stays visible (unlike plain subsampling).

``GrowingArray`` is the float buffer both use: numpy storage that doubles, never a list of floats (which
would give the garbage collector one object per point to walk).
"""

from __future__ import annotations

import math
from math import isfinite
from typing import Callable

import numpy as np


class GrowingArray:
    """A 1-D numpy array that grows by doubling; ``view()`` is the filled part (a view, not a copy)."""

    def __init__(self, dtype=np.float64, capacity: int = 64) -> None:
        self._data = np.empty(capacity, dtype=dtype)
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def extend(self, values: np.ndarray) -> None:
        values = np.asarray(values, dtype=self._data.dtype)
        end = self._n + len(values)
        if end > len(self._data):
            grown = np.empty(max(end, 2 * len(self._data)), dtype=self._data.dtype)
            grown[:self._n] = self._data[:self._n]
            self._data = grown
        self._data[self._n:end] = values
        self._n = end

    def append(self, value) -> None:
        if self._n == len(self._data):
            grown = np.empty(2 * len(self._data), dtype=self._data.dtype)
            grown[:self._n] = self._data
            self._data = grown
        self._data[self._n] = value
        self._n += 1

    def truncate(self, n: int) -> None:
        self._n = min(self._n, n)

    def set_tail(self, start: int, values: np.ndarray) -> None:
        """Overwrite from ``start`` on (a partial bucket recomputed), growing where needed."""
        self._n = start
        self.extend(values)

    def view(self) -> np.ndarray:
        return self._data[:self._n]


# The finest stored level has buckets of 2**BASE values: finer envelopes (a view of under 2 * 8 points
# per pixel) are taken from the values themselves, which are few then. Storing from buckets of 2 would
# cost 16 bytes a point instead of 2 (a long run's curves are kept for hours).
BASE = 3


def _take_second(va: np.ndarray, vb: np.ndarray, lower: bool) -> np.ndarray:
    """Where the second candidate is the better extreme (a non-finite value never is; ties keep the first)."""
    better = vb < va if lower else vb > va
    return np.isfinite(vb) & (~np.isfinite(va) | better)


def _bucket_extremes(values: np.ndarray, first: int, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices of the minimum and maximum of each bucket of ``size`` values from ``first`` on (the last
    bucket may be partial); a bucket of only non-finite values gives its first index."""
    seg = values[first:]
    buckets = -(-len(seg) // size)
    padded = np.full(buckets * size, np.nan)
    padded[:len(seg)] = seg
    padded = padded.reshape(buckets, size)
    nan = ~np.isfinite(padded)
    base = first + size * np.arange(buckets)
    lo = np.where(nan, np.inf, padded).argmin(axis=1) + base
    hi = np.where(nan, -np.inf, padded).argmax(axis=1) + base
    return lo, hi


class MinMaxPyramid:
    """Indices of the minimum and maximum of every aligned bucket of 2**k values, for k = BASE, BASE + 1, ...

    Non-finite values are never an extreme (a bucket of only such values reports its first index, whose
    value the caller drops). ``values()`` is what was appended: the pyramid's own copy, or, with
    ``source``, the array that function returns (a series that already keeps the values: nothing is
    copied). Memory: about 2 bytes a value for the levels, and 8 for the copy.
    """

    def __init__(self, source: Callable[[], np.ndarray] | None = None) -> None:
        self._source = source
        self._values = GrowingArray()
        self._n = 0
        self._levels: list[tuple[GrowingArray, GrowingArray]] = []  # (argmin, argmax) per bucket, int32
        self._lo_value = np.inf                 # running extremes of the finite values
        self._hi_value = -np.inf
        self._first_finite = -1                 # index of the first and last finite values (for x bounds)
        self._last_finite = -1

    def __len__(self) -> int:
        return self._n

    def values(self) -> np.ndarray:
        return self._values.view() if self._source is None else self._source()[:self._n]

    def bounds(self) -> tuple[float, float] | None:
        """(min, max) of the finite values so far, None when there are none."""
        return None if self._first_finite < 0 else (self._lo_value, self._hi_value)

    def finite_span(self) -> tuple[int, int] | None:
        """Indices of the first and the last finite value, None when there are none."""
        return None if self._first_finite < 0 else (self._first_finite, self._last_finite)

    def extend(self, values: np.ndarray) -> None:
        """Append values and bring every level's last buckets up to date."""
        values = np.asarray(values, dtype=np.float64)
        if not len(values):
            return
        start = self._n
        if self._source is None:
            self._values.extend(values)
        self._n += len(values)
        finite = np.isfinite(values)
        if finite.any():
            kept = values[finite]
            self._lo_value = min(self._lo_value, float(kept.min()))
            self._hi_value = max(self._hi_value, float(kept.max()))
            where = np.flatnonzero(finite)
            if self._first_finite < 0:
                self._first_finite = start + int(where[0])
            self._last_finite = start + int(where[-1])
        self._update(start)

    def _update(self, start: int) -> None:
        """Recompute the buckets that hold index ``start`` or later, level by level."""
        values = self.values()
        n = len(values)
        if n <= 1 << BASE and not self._levels:
            return                               # too short for a stored level: envelope() reads values
        if not self._levels:
            self._levels.append((GrowingArray(np.int32), GrowingArray(np.int32)))
            start = 0                            # the values appended before had no level yet
        first = start >> BASE                    # the first bucket that changed, at the finest level
        lo, hi = _bucket_extremes(values, first << BASE, 1 << BASE)
        lo_arr, hi_arr = self._levels[0]
        lo_arr.set_tail(first, lo)
        hi_arr.set_tail(first, hi)
        child_lo, child_hi = lo_arr.view(), hi_arr.view()
        count, level = len(child_lo), 1
        while count > 1:
            parents = (count + 1) // 2
            p0 = first // 2
            if level == len(self._levels):
                self._levels.append((GrowingArray(np.int32), GrowingArray(np.int32)))
            lo_arr, hi_arr = self._levels[level]
            if parents - p0 <= 4:
                # A live update touches one or two buckets per level: scalars beat numpy's per-call cost
                # (about 15 levels are visited on every update).
                lo_arr.truncate(p0)
                hi_arr.truncate(p0)
                for p in range(p0, parents):
                    a, b = 2 * p, min(2 * p + 1, count - 1)
                    la, lb, ha, hb = int(child_lo[a]), int(child_lo[b]), int(child_hi[a]), int(child_hi[b])
                    va, vb = float(values[la]), float(values[lb])
                    lo_arr.append(lb if isfinite(vb) and (not isfinite(va) or vb < va) else la)
                    va, vb = float(values[ha]), float(values[hb])
                    hi_arr.append(hb if isfinite(vb) and (not isfinite(va) or vb > va) else ha)
            else:
                a = 2 * np.arange(p0, parents)
                b = np.minimum(a + 1, count - 1)  # the last bucket may have one child so far
                la, lb, ha, hb = child_lo[a], child_lo[b], child_hi[a], child_hi[b]
                lo_arr.set_tail(p0, np.where(_take_second(values[la], values[lb], True), lb, la))
                hi_arr.set_tail(p0, np.where(_take_second(values[ha], values[hb], False), hb, ha))
            child_lo, child_hi = lo_arr.view(), hi_arr.view()
            count, first, level = parents, p0, level + 1

    def envelope(self, i0: int, i1: int, buckets: int) -> np.ndarray:
        """Sorted indices of each bucket's minimum and maximum over [i0, i1), with i0 and i1 - 1, at most
        about 2 * buckets + 2.

        Uses the finest buckets (of 2, 4, 8, ... values) that number ``buckets`` at most over the range, so
        a view ``buckets`` pixels wide gets two points per pixel at most; a range of up to ``2 * buckets``
        comes back whole.
        """
        n = self._n
        i0, i1 = max(0, int(i0)), min(n, int(i1))
        if i1 <= i0:
            return np.empty(0, dtype=np.int64)
        span = i1 - i0
        if span <= 2 * buckets:
            return np.arange(i0, i1)
        shift = math.ceil(math.log2(span / buckets))    # buckets of 2**shift values
        values = self.values()
        if shift < BASE or not self._levels:
            # Finer than the stored levels: at most 2 * 8 values a pixel, read directly.
            lo, hi = _bucket_extremes(values[:i1], i0, 1 << shift)
        else:
            level = min(len(self._levels) - 1, shift - BASE)
            shift = level + BASE
            lo_arr, hi_arr = self._levels[level]
            b0, b1 = i0 >> shift, ((i1 - 1) >> shift) + 1
            lo = lo_arr.view()[b0:b1].astype(np.int64)
            hi = hi_arr.view()[b0:b1].astype(np.int64)
            # The end buckets may reach past the range: their extremes come from the part inside it.
            for k, a, b in ((0, i0, min(i1, (b0 + 1) << shift)), (-1, max(i0, (b1 - 1) << shift), i1)):
                end_lo, end_hi = _bucket_extremes(values[:b], a, b - a)
                lo[k], hi[k] = end_lo[0], end_hi[0]
        idx = np.empty(2 * len(lo), dtype=np.int64)
        idx[0::2] = np.minimum(lo, hi)  # each bucket's two points in x order
        idx[1::2] = np.maximum(lo, hi)
        keep = (idx > i0) & (idx < i1 - 1)   # i0 and i1 - 1 are added below
        keep[1::2] &= idx[1::2] != idx[0::2]  # a flat bucket gives one point, not two
        # The line starts and ends where the data do (a live curve's newest point is the one watched).
        return np.concatenate(([i0], idx[keep], [i1 - 1]))
