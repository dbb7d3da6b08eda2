"""bench/pairs.py: the order alternates, warm-ups are dropped, and ratios are per pair."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from pairs import ratio_line, run_pairs, spread  # noqa: E402


def test_pairs_alternate_after_a_warm_up_of_each_side():
    calls = []

    def side(name, value):
        def run(pair):
            calls.append((name, pair))
            return {"s": value * (pair + 2)}
        return run

    got = run_pairs({"a": side("a", 2.0), "b": side("b", 1.0)}, pairs=4)
    assert calls[:2] == [("a", -1), ("b", -1)]                 # warm-ups, dropped
    assert got.order == [("a", "b"), ("b", "a"), ("a", "b"), ("b", "a")]
    assert [c for c in calls[2:]] == [("a", 0), ("b", 0), ("b", 1), ("a", 1), ("a", 2), ("b", 2), ("b", 3), ("a", 3)]
    assert got.ratios("a", "b", "s") == [2.0] * 4               # per pair, not median over median
    assert len(got.runs["a"]) == 4 and len(got.loads) == 4


def test_spread_and_line():
    s = spread([1.0, 2.0, 3.0, 4.0, 5.0])
    assert (s["median"], s["min"], s["max"], s["q1"], s["q3"]) == (3.0, 1.0, 5.0, 2.0, 4.0)
    line = ratio_line("x / y", [0.98, 1.0, 1.02])
    assert line.startswith("x / y: median 1.000 (IQR") and "min–max 0.980–1.020, 3 pairs" in line
    assert "load average" in line
    with pytest.raises(ValueError):
        run_pairs({"a": lambda p: 1.0}, pairs=0)
