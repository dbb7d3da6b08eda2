"""Curve maths for the training monitor: debiased EMA smoothing and axis ranges that rarely move.

Both work on plain numpy arrays so that they can be tested without a display. The smoothing runs on the
full series (never on the thinned one, which would change the result with the zoom level); thinning what
is handed to the screen is ``studio.core.envelope``'s job.
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
