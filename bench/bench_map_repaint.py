"""What a repaint of the Latent explorer's map costs: its grid, and a busy Python thread beside the window.

Two paired comparisons (``pairs.py``: warm-up, alternating order, median of the pairs' ratios, load):

- ``grid``: the map zoomed step by step, drawn with the studio's grid item (``GridItem``) against
  pyqtgraph's own grid (``showGrid``, drawn by the axes, which then are as large as the map);
- ``gil``: the loss plot redrawn whole while another thread of the process runs Python, with the GIL's
  switch interval the window sets (``GIL_SWITCH_S``) against Python's default of 5 ms.

Each side's figure is the median time from a change to its repaint done (``processEvents``), in ms.

    QT_QPA_PLATFORM=offscreen python bench/bench_map_repaint.py [--case grid|gil|all] [--pairs 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pairs import ratio_line, run_pairs, spread  # noqa: E402

REPAINTS = 40


def settle(app) -> float:
    start = time.perf_counter()
    app.processEvents()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def grid_case(app, pairs: int) -> None:
    from studio.ui.widgets.latent_map import LatentMap

    rng = np.random.default_rng(0)
    xy, labels = rng.normal(size=(2000, 2)), rng.integers(0, 10, 2000)
    maps = {}
    for name in ("studio grid", "pyqtgraph grid"):
        latent = LatentMap()
        if name == "pyqtgraph grid":
            latent.grid.hide()
            latent.plot.showGrid(x=True, y=True, alpha=0.15)
        latent.resize(900, 700)
        latent.show()
        latent.set_points(xy, labels, [str(i) for i in range(10)])
        maps[name] = latent
    for _ in range(5):
        settle(app)

    def side(name):
        def run(_pair):
            latent, times = maps[name], []
            latent.raise_()
            settle(app)
            for k in range(REPAINTS):
                half = 2.0 + (k % 10) * 0.3
                latent.set_range(-half, half, -half, half)
                times.append(settle(app))
            return {"ms": statistics.median(times)}
        return run

    got = run_pairs({name: side(name) for name in maps}, pairs=pairs)
    for name in maps:
        s = spread(got.values(name, "ms"))
        print(f"  {name}: a zoom's repaint, median {s['median']:.1f} ms (pairs {s['min']:.1f}–{s['max']:.1f})")
    print("  " + ratio_line("pyqtgraph grid / studio grid", got.ratios("pyqtgraph grid", "studio grid", "ms"), 2))


def gil_case(app, pairs: int) -> None:
    from studio.core.curves import RunCurves
    from studio.ui.main_window import GIL_SWITCH_S
    from studio.ui.widgets.loss_plot import LossPlot

    plot = LossPlot()
    plot.resize(1000, 600)
    plot.show()
    curves = RunCurves()
    for s in range(1, 3000):
        curves.add_step(s, s / 100, s * 0.01, {"loss": 100 - s * 0.01 + np.sin(s), "kl": 3 + np.cos(s)})
    plot.set_runs([("run", "run", curves)])
    for _ in range(50):
        settle(app)
    stop = threading.Event()

    def busy() -> None:          # a worker thread running Python (opening a space, a job's reader)
        x = 0
        while not stop.is_set():
            for i in range(1000):
                x += i

    thread = threading.Thread(target=busy, daemon=True)
    thread.start()

    def side(interval):
        def run(_pair):
            sys.setswitchinterval(interval)
            times = []
            for k in range(REPAINTS):
                plot.set_smoothing(0.5 + (k % 2) * 0.1)   # every curve drawn again
                times.append(settle(app))
            return {"ms": statistics.median(times)}
        return run

    sides = {f"switch {GIL_SWITCH_S * 1000:g} ms": side(GIL_SWITCH_S), "switch 5 ms": side(0.005)}
    try:
        got = run_pairs(sides, pairs=pairs)
    finally:
        stop.set()
        thread.join()
    for name in sides:
        s = spread(got.values(name, "ms"))
        print(f"  {name}: a redraw beside a busy thread, median {s['median']:.1f} ms "
              f"(pairs {s['min']:.1f}–{s['max']:.1f})")
    a, b = list(sides)
    print("  " + ratio_line(f"{b} / {a}", got.ratios(b, a, "ms"), 2))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=("grid", "gil", "all"), default="all")
    parser.add_argument("--pairs", type=int, default=7)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    if args.case in ("grid", "all"):
        print("grid:")
        grid_case(app, args.pairs)
    if args.case in ("gil", "all"):
        print("gil:")
        gil_case(app, args.pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
