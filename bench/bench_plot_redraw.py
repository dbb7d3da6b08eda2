"""What one live update of the loss plot costs, alone and next to a training loop (thread vs process).

A LossPlot with four panels gets two new points per curve, then the event loop paints; the time from the
update to the painted window is one redraw. Measured alone, with a VAE training in a thread of the same
process (it competes for Python's interpreter lock), and with the same training in a child process (how
the Training monitor runs it).

    QT_QPA_PLATFORM=offscreen python bench/bench_plot_redraw.py
"""

from __future__ import annotations

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


def main() -> int:
    import numpy as np
    from PySide6.QtWidgets import QApplication

    from studio.core.curves import RunCurves
    from studio.ui.widgets.loss_plot import LossPlot

    app = QApplication(sys.argv[:1])
    plot = LossPlot()
    plot.resize(1050, 560)
    plot.show()
    curves = RunCurves()
    rng = np.random.default_rng(0)
    state = {"step": 0}

    def add(n: int) -> None:
        for _ in range(n):
            step = state["step"] = state["step"] + 1
            loss = 100 + 400 * np.exp(-step / 50) + rng.normal(0, 5)
            curves.add_step(step, step / 26, step * 0.03, {"reconstruction": 0.9 * loss, "kl": 0.1 * loss,
                                                            "loss": loss})
            if step % 26 == 0:
                curves.add_epoch(step // 26, step, step * 0.03, {"reconstruction": 0.9 * loss, "kl": 0.1 * loss,
                                                                  "loss": loss, "elbo": -loss})

    add(60)
    plot.set_runs([("run", "run", curves)])
    app.processEvents()

    def measure(label: str) -> None:
        walls, cpus = [], []
        for _ in range(150):
            add(2)
            t, c = time.perf_counter(), time.thread_time()
            plot.refresh()
            app.processEvents()
            walls.append(time.perf_counter() - t)
            cpus.append(time.thread_time() - c)
        w, c = np.array(walls) * 1000, np.array(cpus) * 1000
        print(f"{label:32s} redraw wall p50 {np.percentile(w, 50):5.1f} ms, p90 {np.percentile(w, 90):5.1f} ms, "
              f"p99 {np.percentile(w, 99):5.1f} ms | GUI-thread CPU p50 {np.percentile(c, 50):5.1f} ms")

    measure("alone")
    child = subprocess.Popen([sys.executable, "-c", TRAIN], env=dict(os.environ, PYTHONPATH=str(REPO)))
    try:
        time.sleep(5)  # let it import torch and start training  # noqa: bench, not a test
        measure("training in a child process")
    finally:
        child.kill()
        child.wait()
    stop = threading.Event()

    def train() -> None:
        namespace = {"__name__": "train"}
        code = TRAIN.replace("while True:", "while not stop.is_set():")
        namespace["stop"] = stop
        exec(compile(code, "train", "exec"), namespace)

    thread = threading.Thread(target=train)
    thread.start()
    time.sleep(3)
    measure("training in a thread")
    stop.set()
    thread.join()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
