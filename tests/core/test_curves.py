"""A curve of a long run keeps bounded memory: the older points are thinned to each bucket's extremes."""

from __future__ import annotations

import numpy as np

from studio.core.curves import MAX_POINTS, RunCurves, Series


def fill(series: Series, values: np.ndarray) -> None:
    for i, v in enumerate(values.tolist()):
        series.append(i + 1, (i + 1) / 50, (i + 1) * 0.01, v)


def noisy(n: int, seed: int = 0) -> np.ndarray:
    values = 100 + 400 * np.exp(-np.arange(n) / (n / 5)) + np.random.default_rng(seed).normal(0, 5, n)
    return values.astype(np.float32)


def test_a_short_curve_is_kept_as_it_came():
    series = Series()
    values = noisy(5_000)
    fill(series, values)
    assert len(series) == series.total == 5_000 and series.generation == 0
    np.testing.assert_array_equal(series.values, values)
    np.testing.assert_array_equal(series.x("step"), np.arange(1, 5_001))


def test_a_long_curve_stays_within_its_room_and_keeps_every_spike_first_and_newest_points():
    series = Series(max_points=4_096)
    values = noisy(200_000)
    values[[1_234, 77_777, 150_000]] = [2_000.0, -50.0, 3_000.0]
    fill(series, values)
    assert series.total == 200_000 and len(series) <= 4_096 and series.generation > 0
    assert series._data.shape[1] <= 4_096       # the room itself stopped growing
    x = series.x("step")
    assert x[0] == 1 and np.all(np.diff(x) > 0)   # the first point stays; order and x units are kept
    assert set(series.values.tolist()) >= {2_000.0, -50.0, 3_000.0}
    # The newest points are kept as they came, for a view of the last minutes.
    np.testing.assert_array_equal(series.values[-series.raw_tail:], values[-series.raw_tail:])
    np.testing.assert_array_equal(x[-series.raw_tail:], np.arange(200_001 - series.raw_tail, 200_001))


def test_the_thinned_part_keeps_the_extremes_of_every_bucket():
    series = Series(max_points=2_048)
    values = noisy(60_000, seed=3)
    fill(series, values)
    width = 2 * series.stride
    kept_x = series.x("step").astype(np.int64)
    kept_y = series.values
    thinned = kept_x <= series.total - series.raw_tail - width   # whole buckets only, before the tail
    buckets = (kept_x[thinned] - 1) // width
    for b in np.unique(buckets)[:: max(1, len(np.unique(buckets)) // 50)]:
        raw = values[b * width:(b + 1) * width]
        mine = kept_y[thinned][buckets == b]
        assert mine.min() == raw.min() and mine.max() == raw.max()
    # What the last thinning left: two points a bucket at most (and the curve's first point).
    keep, boundary = series.last_thinning
    head = kept_x[:np.count_nonzero(keep < boundary)]
    assert len(head) <= 2 * len(np.unique((head - 1) // width)) + 1


def test_non_finite_values_are_never_an_extreme_but_keep_their_place():
    series = Series(max_points=256, raw_tail=64)
    values = noisy(5_000)
    values[100:140] = np.nan          # a whole bucket or more of a diverged stretch
    values[1_000] = np.inf
    fill(series, values)
    kept = series.values
    finite = kept[np.isfinite(kept)]
    assert finite.max() == values[np.isfinite(values)].max()
    assert finite.min() == values[np.isfinite(values)].min()
    assert not np.isinf(kept).any()    # inf never beats a finite value in its bucket


def test_a_run_read_from_its_log_is_thinned_the_same_way():
    records = [{"kind": "step", "step": s, "epoch": s / 10, "time": s * 0.01, "terms": {"loss": 1.0 / s}}
               for s in range(1, 3_001)]
    curves = RunCurves.from_records(records, max_points=512)
    series = curves.series[("loss", "train")]
    assert len(series) <= 512 and series.total == 3_000 and series.values.max() == 1.0
    assert MAX_POINTS >= 1 << 15      # a live run's default: a whole-run view still has points to spare
