"""How a long run's redraws, spread over passes of the event loop, leave room for the loop's own timers.

``LossPlot`` draws one panel's curves a pass; the next pass waits on a timer of ``PASS_MS`` (1 ms). This
bench puts a loss plot of a long run (three panels, 59,520 points a curve, the planned extent of the
soak) on screen, redraws it 10 times a second with new points, as the Training monitor does, and probes
the event loop with a 5 ms precise timer, as ``bench_gui_stall.py`` does. Two sides, paired
(``pairs.py``): the next pass on a 1 ms timer (the studio) against a zero-delay call, after which Qt can
run the pass and the repaints it causes with no timer in between.

    QT_QPA_PLATFORM=offscreen python bench/bench_plot_passes.py [--pairs 5] [--seconds 10]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pairs import ratio_line, run_pairs, spread  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=10.0, help="each side's run")
    parser.add_argument("--points", type=int, default=59_520)
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from studio.core.curves import RunCurves
    from studio.ui.widgets import loss_plot

    app = QApplication(sys.argv[:1])
    plot = loss_plot.LossPlot()
    plot.resize(1100, 620)
    plot.show()
    terms = ["loss", "reconstruction", "kl"]
    plot.expect_terms(terms)
    plot.set_planned_extent({"step": 520_000, "epoch": 20_000})
    curves = RunCurves(max_points=32_768)
    rng = np.random.default_rng(0)
    step = 0

    def fresh() -> None:
        """Every side starts from the same run, so that the curves' growth over the pairs favours neither."""
        nonlocal curves, rng, step
        curves, rng, step = RunCurves(max_points=32_768), np.random.default_rng(0), 0
        add(args.points)
        plot.set_runs([("run", "run", curves)])
        for _ in range(100):
            app.processEvents()

    def add(count: int) -> None:
        nonlocal step
        for _ in range(count):
            step += 1
            v = 100 * np.exp(-step / 20_000) + rng.normal()
            values = {"loss": v, "reconstruction": v * 0.8, "kl": v * 0.2}
            curves.add_step(step, step / 26, step * 0.01, values)
            if step % 26 == 0:
                curves.add_epoch(step // 26, step, step * 0.01, values)

    def side(pass_ms: int):
        def run(_pair):
            loss_plot.PASS_MS = pass_ms
            fresh()
            ticks: list[float] = []
            loop = QEventLoop()
            probe = QTimer()
            probe.setTimerType(Qt.TimerType.PreciseTimer)
            probe.setInterval(5)
            probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
            redraw = QTimer()
            redraw.setInterval(100)
            redraw.timeout.connect(lambda: (add(10), plot.refresh()))
            probe.start()
            redraw.start()
            QTimer.singleShot(int(args.seconds * 1000), loop.quit)
            loop.exec()
            probe.stop()
            redraw.stop()
            gaps = np.diff(ticks) * 1000.0
            return {"p99": float(np.percentile(gaps, 99)), "max": float(gaps.max()),
                    "over16": int((gaps > 16).sum()), "n": len(gaps)}
        return run

    sides = {"timer 1 ms": side(1), "zero delay": side(0)}
    got = run_pairs(sides, pairs=args.pairs,
                    describe=lambda p, name, f: f"  pair {p}: {name}: p99 {f['p99']:.1f} ms, max {f['max']:.1f} ms, "
                                                f"{f['over16']} of {f['n']} gaps over 16 ms")
    for name in sides:
        p99, mx = spread(got.values(name, "p99")), spread(got.values(name, "max"))
        print(f"{name}: probe p99 median {p99['median']:.1f} ms ({p99['min']:.1f}–{p99['max']:.1f}), "
              f"max median {mx['median']:.1f} ms ({mx['min']:.1f}–{mx['max']:.1f})")
    print(ratio_line("p99, zero delay / timer 1 ms", got.ratios("zero delay", "timer 1 ms", "p99"), 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
