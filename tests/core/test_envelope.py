"""MinMaxPyramid: every bucket's extremes kept up to date as values arrive, and a view's envelope from them."""

from __future__ import annotations

import numpy as np
import pytest

from studio.core.envelope import GrowingArray, MinMaxPyramid


def fed_in_pieces(values: np.ndarray, rng: np.random.Generator) -> MinMaxPyramid:
    pyramid = MinMaxPyramid()
    i = 0
    while i < len(values):
        k = int(rng.integers(1, 40))   # as a live curve gets them: a few at a time, sometimes more
        pyramid.extend(values[i:i + k])
        i += k
    return pyramid


@pytest.mark.parametrize("seed", range(6))
def test_the_envelope_of_any_range_holds_its_extremes_in_order_and_at_two_points_per_bucket(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(50, 5000))
    values = rng.normal(size=n)
    values[rng.random(n) < 0.05] = np.nan                 # non-finite values are never an extreme
    pyramid = fed_in_pieces(values, rng)
    np.testing.assert_array_equal(pyramid.values(), values)
    for _ in range(30):
        i0 = int(rng.integers(0, n))
        i1 = int(rng.integers(i0 + 1, n + 1))
        buckets = int(rng.integers(1, 300))
        idx = pyramid.envelope(i0, i1, buckets)
        assert np.all(np.diff(idx) > 0)                   # in x order, no point twice
        assert len(idx) <= 2 * buckets + 4                # aligned buckets may stick out at both ends
        assert idx.min() >= 0 and idx.max() < n
        seen = values[i0:i1]
        if np.isfinite(seen).any():
            drawn = values[idx]
            assert np.nanmax(drawn) >= np.nanmax(seen) and np.nanmin(drawn) <= np.nanmin(seen)


def test_a_short_range_comes_back_whole_and_a_spike_survives_thinning():
    values = np.zeros(100_000)
    values[77_777] = 50.0
    pyramid = MinMaxPyramid()
    pyramid.extend(values[:50_000])
    pyramid.extend(values[50_000:])
    np.testing.assert_array_equal(pyramid.envelope(10, 500, 300), np.arange(10, 500))
    idx = pyramid.envelope(0, len(values), 1000)
    assert len(idx) <= 2000 and 77_777 in idx


def test_bounds_follow_the_finite_values():
    pyramid = MinMaxPyramid()
    assert pyramid.bounds() is None and pyramid.finite_span() is None
    pyramid.extend(np.array([np.nan, np.inf]))
    assert pyramid.bounds() is None
    pyramid.extend(np.array([3.0, -2.0, np.nan]))
    pyramid.extend(np.array([7.0]))
    assert pyramid.bounds() == (-2.0, 7.0) and pyramid.finite_span() == (2, 5)


def test_growing_array_keeps_what_it_was_given():
    array = GrowingArray(capacity=2)
    for v in range(5):
        array.append(v)
    array.extend(np.arange(5, 300))
    np.testing.assert_array_equal(array.view(), np.arange(300))
    array.set_tail(10, np.array([-1.0]))
    assert len(array) == 11 and array.view()[-1] == -1


def test_a_pyramid_over_a_series_own_values_copies_nothing_and_agrees():
    rng = np.random.default_rng(7)
    values = rng.normal(size=20_000)
    values[::97] = np.inf                                   # not an extreme either
    own, shared = MinMaxPyramid(), MinMaxPyramid(lambda: values)
    for i in range(0, len(values), 37):
        own.extend(values[i:i + 37])
        shared.extend(values[i:i + 37])
    assert shared.values() is not values and np.shares_memory(shared.values(), values)
    for i0, i1, buckets in ((0, 20_000, 500), (1234, 9876, 300), (5, 400, 50)):
        np.testing.assert_array_equal(own.envelope(i0, i1, buckets), shared.envelope(i0, i1, buckets))
    assert np.isfinite(values[own.envelope(0, 20_000, 500)][1:-1]).all()
