"""What one live update of the loss plot costs as a run grows, and next to a training loop.

A LossPlot with four panels (loss, reconstruction and kl with their validation curves, elbo validation
only) shows one run that grows like a live VAE run (26 steps an epoch). At each length (5k, 20k, 60k and
200k points per training curve by default) the run gets two new points per curve 60 times; each time
``refresh()`` (the plot's own work on the new data) and the paint that follows (the event loop drawing the
changed items) are timed apart. A redraw that costs O(pixels) costs the same at every length.

``--contention`` also measures a redraw at 200 points alone, with a VAE training in a thread of the same
process (it competes for Python's interpreter lock) and in a child process (how the Training monitor runs
it). The load average is printed with every figure: other work on the machine takes CPU time too.

    QT_QPA_PLATFORM=offscreen python bench/bench_plot_redraw.py [--lengths 5000 20000 60000 200000]
    QT_QPA_PLATFORM=offscreen python bench/bench_plot_redraw.py --contention
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TRAIN = """
import torch
torch.set_num_threads(1)
from studio.models.registry import build_model
from studio.data.sources import DataSpec
model = build_model("vae", {}, DataSpec.images((1, 28, 28)))
opt = torch.optim.Adam(model.parameters())
batch = {"image": torch.rand(64, 1, 28, 28), "label": torch.zeros(64, dtype=torch.long)}
while True:
    loss = model.losses(batch)["loss"]
    opt.zero_grad(); loss.backward(); opt.step()
"""
STEPS_PER_EPOCH = 26


def load() -> str:
    return " ".join(f"{a:.2f}" for a in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", type=int, nargs="+", default=[5_000, 20_000, 60_000, 200_000])
    parser.add_argument("--updates", type=int, default=60, help="updates timed at each length")
    parser.add_argument("--contention", action="store_true", help="also time redraws next to a training")
    args = parser.parse_args()

    import numpy as np
    from PySide6.QtWidgets import QApplication

    from studio.core.curves import RunCurves
    from studio.ui.widgets.loss_plot import LossPlot

    app = QApplication(sys.argv[:1])
    plot = LossPlot()
    plot.resize(1050, 560)
    plot.show()
    plot.expect_terms(["loss", "reconstruction", "kl", "elbo"])
    curves = RunCurves()
    rng = np.random.default_rng(0)
    state = {"step": 0}

    def add(n: int) -> None:
        steps = np.arange(state["step"] + 1, state["step"] + n + 1)
        losses = 100 + 400 * np.exp(-steps / 5000) + rng.normal(0, 5, n)
        for step, loss in zip(steps.tolist(), losses.tolist()):
            curves.add_step(step, step / STEPS_PER_EPOCH, step * 0.03,
                            {"reconstruction": 0.9 * loss, "kl": 0.1 * loss, "loss": loss})
            if step % STEPS_PER_EPOCH == 0:
                curves.add_epoch(step // STEPS_PER_EPOCH, step, step * 0.03,
                                 {"reconstruction": 0.9 * loss, "kl": 0.1 * loss, "loss": loss, "elbo": -loss})
        state["step"] += n

    add(60)
    plot.set_runs([("run", "run", curves)])
    app.processEvents()

    def measure(label: str, updates: int) -> None:
        refreshes, paints = [], []
        for _ in range(updates):
            add(2)
            t0 = time.perf_counter()
            plot.refresh()
            t1 = time.perf_counter()
            app.processEvents()
            t2 = time.perf_counter()
            refreshes.append(t1 - t0)
            paints.append(t2 - t1)
        r, p = np.array(refreshes) * 1000, np.array(paints) * 1000
        print(f"{label:28s} refresh p50 {np.percentile(r, 50):6.2f} ms, p90 {np.percentile(r, 90):6.2f} ms | "
              f"paint p50 {np.percentile(p, 50):6.2f} ms, p90 {np.percentile(p, 90):6.2f} ms | "
              f"load {load()}", flush=True)

    print(f"LossPlot 1050x560, 4 panels, {os.cpu_count()} cores, platform {app.platformName()}")
    for length in sorted(args.lengths):
        add(max(0, length - state["step"]))
        plot.refresh()
        app.processEvents()
        measure(f"{length:>7,} points per curve", args.updates)

    if not args.contention:
        return 0
    plot.set_runs([])
    curves = RunCurves()
    state["step"] = 0
    add(200)
    plot.set_runs([("run", "run", curves)])
    app.processEvents()
    measure("alone", 150)
    child = subprocess.Popen([sys.executable, "-c", TRAIN], env=dict(os.environ, PYTHONPATH=str(REPO)))
    try:
        time.sleep(5)  # let it import torch and start training  # noqa: bench, not a test
        measure("training in a child process", 150)
    finally:
        child.kill()
        child.wait()
    stop = threading.Event()

    def train() -> None:
        namespace = {"__name__": "train", "stop": stop}
        exec(compile(TRAIN.replace("while True:", "while not stop.is_set():"), "train", "exec"), namespace)

    thread = threading.Thread(target=train)
    thread.start()
    time.sleep(3)
    measure("training in a thread", 150)
    stop.set()
    thread.join()
    return 0


if __name__ == "__main__":
    sys.exit(main())
