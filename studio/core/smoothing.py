"""Curve maths for the training monitor: debiased EMA smoothing and peak-preserving decimation.

Both work on plain numpy arrays so that they can be tested without a display. The smoothing runs on the
full series (never on the decimated one, which would change the result with the zoom level); decimation
only thins what is handed to the screen.
"""

from __future__ import annotations

import math

import numpy as np


def ema(values: np.ndarray, weight: float) -> np.ndarray:
    """Debiased exponential moving average, as TensorBoard smooths its scalars.

    ``ema_t = weight * ema_{t-1} + (1 - weight) * x_t`` starting from 0, divided by ``1 - weight**n`` (n
    finite values seen so far) so that the start is not pulled towards zero. Non-finite values are left
    as they are and do not enter the average. ``weight`` 0 returns the values unchanged.
    """
    smoother = EmaSmoother(weight)
    return smoother.extend(np.asarray(values, dtype=np.float64))


class EmaSmoother:
    """The same EMA, fed in pieces: ``extend`` smooths only the new values (for curves that grow live)."""

    def __init__(self, weight: float) -> None:
        if not 0.0 <= weight < 1.0:
            raise ValueError("the smoothing weight must be in [0, 1)")
        self.weight = float(weight)
        self._last = 0.0
        self._count = 0

    def reset(self) -> None:
        self._last = 0.0
        self._count = 0

    def extend(self, values: np.ndarray) -> np.ndarray:
        values = np.asarray(values, dtype=np.float64)
        out = np.empty_like(values)
        w = self.weight
        if w == 0.0:
            out[:] = values
            return out
        last, count = self._last, self._count
        # A plain loop: the recurrence does not vectorise stably, and live curves add a few points per
        # redraw (a full recompute of 100k points still takes only ~30 ms when the slider moves).
        for i, x in enumerate(values.tolist()):
            if not math.isfinite(x):
                out[i] = x
                continue
            last = w * last + (1.0 - w) * x
            count += 1
            out[i] = last / (1.0 - w ** count)
        self._last, self._count = last, count
        return out


def peak_decimate(x: np.ndarray, y: np.ndarray, max_points: int) -> tuple[np.ndarray, np.ndarray]:
    """Thin (x, y) to at most ``max_points`` points, keeping each bucket's minimum and maximum.

    Spikes (a loss that jumps for one step) survive, unlike with plain subsampling. The points of each
    bucket stay in x order, so the result draws as the same envelope as the full curve.
    """
    x = np.asarray(x)
    y = np.asarray(y)
    n = len(y)
    if n <= max_points or max_points < 4:
        return x, y
    buckets = max_points // 2
    size = math.ceil(n / buckets)
    used = (n // size) * size
    yb = y[:used].reshape(-1, size)
    # nanargmin/nanargmax fail on all-NaN buckets; treat NaN as neither extreme instead.
    lo = np.argmin(np.where(np.isnan(yb), np.inf, yb), axis=1)
    hi = np.argmax(np.where(np.isnan(yb), -np.inf, yb), axis=1)
    base = np.arange(len(yb)) * size
    first = np.minimum(lo, hi) + base
    second = np.maximum(lo, hi) + base
    idx = np.empty(2 * len(yb), dtype=np.int64)
    idx[0::2] = first
    idx[1::2] = second
    if used < n:
        tail = np.arange(used, n)
        idx = np.concatenate([idx, tail[[int(np.argmin(y[tail])), int(np.argmax(y[tail]))]]
                              if len(tail) > 1 else tail])
    idx = np.unique(idx)  # sorted, and a flat bucket (lo == hi) gives one point, not two
    return x[idx], y[idx]


def sticky_range(current: tuple[float, float] | None, lo: float, hi: float, *, headroom: float = 0.08,
                 headroom_high: float | None = None, shrink: float = 0.3) -> tuple[float, float] | None:
    """An axis range that holds [lo, hi] and changes rarely while a curve grows.

    The range is kept while it still holds the data and the data fill at least ``shrink`` of it; when it
    must change it gets ``headroom`` (a share of the data's span) beyond the data on each side
    (``headroom_high`` above, if given), so that the next few updates fit without another change.
    Redrawing an axis's ticks is the costly part of a live plot, and a range that moves every frame
    redraws them every frame.
    """
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi < lo:
        return current
    span = hi - lo
    if span <= 0:
        span = abs(hi) * 0.1 or 1.0
    if current is not None:
        c0, c1 = current
        if c0 <= lo and hi <= c1 and (hi - lo) >= shrink * (c1 - c0):
            return current
    high = headroom if headroom_high is None else headroom_high
    return (lo - headroom * span, hi + high * span)
