"""Paired A-against-B measurement: the one way every comparing bench in bench/ runs (issue 11).

A machine's speed drifts (other programs, turbo, caches warming up), so two sides measured one after
the other in blocks compare the moments as much as the code. Here each pair runs every side once,
back to back, in an order that rotates from pair to pair (A B, B A, A B, …), after each side has run
once as a warm-up whose figures are dropped. A comparison is the median of the pairs' own ratios,
printed with its spread (min–max and the interquartile range) and the load average, so a reader can
tell an effect from the noise of the machine.

    from pairs import run_pairs, ratio_line
    got = run_pairs({"bare": run_bare, "engine": run_engine}, pairs=5)
    print(ratio_line("engine / bare", got.ratios("engine", "bare", "per_s")))
"""

from __future__ import annotations

import os
import statistics
from dataclasses import dataclass, field
from typing import Callable


def load_average() -> float:
    """The one-minute load average (what every printed figure carries: the machine is shared)."""
    return os.getloadavg()[0]


@dataclass
class PairedRuns:
    """What each side measured in each pair: ``runs[side][pair]`` is the dict its function returned."""

    order: list[tuple[str, ...]] = field(default_factory=list)
    runs: dict[str, list[dict]] = field(default_factory=dict)
    loads: list[float] = field(default_factory=list)

    def values(self, side: str, key: str) -> list[float]:
        return [r[key] for r in self.runs[side]]

    def ratios(self, a: str, b: str, key: str) -> list[float]:
        """Per pair, side ``a``'s ``key`` over side ``b``'s."""
        return [ra[key] / rb[key] for ra, rb in zip(self.runs[a], self.runs[b])]


def run_pairs(sides: dict[str, Callable[[int], dict | float]], pairs: int = 5, warmup: int = 1,
              describe: Callable[[int, str, dict], str] | None = None) -> PairedRuns:
    """Run each side ``warmup`` times (dropped), then ``pairs`` rounds of every side, the order rotating.

    A side is ``f(pair_number) -> dict`` of figures (a bare float becomes ``{"value": x}``); the pair
    number lets a side vary its seed. ``describe(pair, side, figures)`` prints a line per run when given.
    """
    if pairs < 1:
        raise ValueError("at least one pair")
    names = list(sides)
    result = PairedRuns(runs={n: [] for n in names})
    for w in range(warmup):
        for name in (names if w % 2 == 0 else names[::-1]):
            sides[name](-1 - w)
    for p in range(pairs):
        k = p % len(names)
        order = tuple(names[k:] + names[:k])
        result.order.append(order)
        for name in order:
            got = sides[name](p)
            got = got if isinstance(got, dict) else {"value": float(got)}
            result.runs[name].append(got)
            if describe is not None:
                print(describe(p, name, got), flush=True)
        result.loads.append(load_average())
    return result


def spread(values: list[float]) -> dict[str, float]:
    """Median, min, max and the interquartile range of ``values``."""
    vs = sorted(values)
    if len(vs) >= 4:
        q1, _, q3 = statistics.quantiles(vs, n=4, method="inclusive")
    else:
        q1, q3 = vs[0], vs[-1]
    return {"median": statistics.median(vs), "min": vs[0], "max": vs[-1], "q1": q1, "q3": q3, "n": len(vs)}


def ratio_line(label: str, ratios: list[float], digits: int = 3) -> str:
    """"label: median 1.012 (IQR 0.998–1.020, min–max 0.981–1.034, 7 pairs), load average 1.9"."""
    s = spread(ratios)
    f = f"{{:.{digits}f}}"
    return (f"{label}: median {f.format(s['median'])} (IQR {f.format(s['q1'])}–{f.format(s['q3'])}, "
            f"min–max {f.format(s['min'])}–{f.format(s['max'])}, {s['n']} pairs), "
            f"load average {load_average():.2f}")
