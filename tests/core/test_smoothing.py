"""The monitor's curve maths: debiased EMA (as TensorBoard), peak decimation, growing run curves."""

from __future__ import annotations

import math

import numpy as np
import pytest

from studio.core.curves import RunCurves, Series
from studio.core.smoothing import EmaSmoother, ema


def reference_ema(values, weight):
    """TensorBoard's smoothing, written out as in its scalar dashboard."""
    last, count, out = 0.0, 0, []
    for v in values:
        if not math.isfinite(v):
            out.append(v)
            continue
        last = last * weight + (1 - weight) * v
        count += 1
        out.append(last / (1 - weight ** count))
    return np.array(out)


def test_ema_matches_the_debiased_recurrence():
    rng = np.random.default_rng(0)
    values = rng.normal(5.0, 1.0, 500)
    for weight in (0.0, 0.3, 0.6, 0.9, 0.99):
        np.testing.assert_allclose(ema(values, weight), reference_ema(values, weight), rtol=1e-12)


def test_debiasing_keeps_a_constant_series_constant():
    # Without the 1 - a^t correction the start would be pulled towards the zero the EMA starts from.
    np.testing.assert_allclose(ema(np.full(20, 7.0), 0.9), 7.0)


def test_first_point_is_the_first_value_and_weight_zero_is_identity():
    values = np.array([3.0, 1.0, 2.0])
    assert ema(values, 0.95)[0] == pytest.approx(3.0)
    np.testing.assert_array_equal(ema(values, 0.0), values)


def test_ema_skips_non_finite_values():
    values = np.array([1.0, np.nan, 3.0, np.inf, 5.0])
    out = ema(values, 0.5)
    assert np.isnan(out[1]) and np.isinf(out[3])
    np.testing.assert_allclose(out[[0, 2, 4]], ema(np.array([1.0, 3.0, 5.0]), 0.5))


def test_incremental_smoothing_equals_smoothing_the_whole_series():
    values = np.random.default_rng(1).random(1000)
    smoother = EmaSmoother(0.8)
    pieces = [smoother.extend(values[a:b]) for a, b in ((0, 1), (1, 10), (10, 10), (10, 999), (999, 1000))]
    np.testing.assert_allclose(np.concatenate(pieces), ema(values, 0.8), rtol=1e-12)


def test_smoothing_weight_must_be_below_one():
    with pytest.raises(ValueError):
        EmaSmoother(1.0)


def test_series_grows_and_keeps_every_axis():
    s = Series()
    for i in range(200):
        s.append(i + 1, (i + 1) / 50, 0.1 * i, float(i))
    assert len(s) == 200
    np.testing.assert_array_equal(s.x("step"), np.arange(1, 201))
    np.testing.assert_allclose(s.x("epoch")[-1], 4.0)
    np.testing.assert_allclose(s.values[-1], 199.0)


def test_run_curves_from_metrics_records():
    records = [
        {"kind": "step", "step": 1, "epoch": 0.5, "time": 0.1, "terms": {"reconstruction": 3.0, "kl": 1.0, "loss": 4.0}},
        {"kind": "step", "step": 2, "epoch": 1.0, "time": 0.2, "terms": {"reconstruction": 2.0, "kl": 1.0, "loss": 3.0}},
        {"kind": "epoch", "epoch": 1, "step": 2, "time": 0.3, "train": {"loss": 3.5}, "val": {"loss": 3.2, "elbo": -3.2}},
        {"kind": "step", "step": "damaged"},
    ]
    curves = RunCurves.from_records(records)
    assert curves.terms() == ["loss", "reconstruction", "kl", "elbo"]
    assert len(curves.series[("loss", "train")]) == 2
    val = curves.series[("loss", "val")]
    assert val.x("epoch").tolist() == [1.0]
    np.testing.assert_allclose(val.values, [3.2], rtol=1e-6)   # kept in float32: 16 bytes a point


def test_sticky_range_changes_rarely_while_a_curve_grows():
    from studio.core.smoothing import sticky_range

    current, changes = None, 0
    for n in range(1, 2001):
        new = sticky_range(current, 0.0, float(n), headroom=0.0, headroom_high=0.3)
        changes += new != current
        current = new
        assert current[0] <= 0.0 and current[1] >= n
    assert changes < 40  # ~log(2000)/log(1.3), not 2000


def test_sticky_range_keeps_what_fits_and_refits_what_shrank():
    from studio.core.smoothing import sticky_range

    assert sticky_range((0.0, 10.0), 2.0, 9.0) == (0.0, 10.0)
    lo, hi = sticky_range((0.0, 10.0), 4.0, 5.0)  # data fill a tenth of the range: zoom in
    assert 3.0 < lo < 4.0 and 5.0 < hi < 6.0
    assert sticky_range((0.0, 10.0), float("nan"), 1.0) == (0.0, 10.0)
    lo, hi = sticky_range(None, 5.0, 5.0)
    assert lo < 5.0 < hi
