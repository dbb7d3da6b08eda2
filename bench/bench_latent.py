"""Latent explorer benchmark: drag-to-painted latency, map frame time with 10,000 points, k-NN accuracy.

    QT_QPA_PLATFORM=offscreen python bench/bench_latent.py [--mnist DIR] [--vae-epochs 10] [--aae-epochs 10]

1. Trains a 2-D VAE and a 2-D AAE on the first 20,000 MNIST training images (the 10,000 t10k-* images are
   the validation set) on the CPU, unless --runs gives existing run folders.
2. k-NN accuracy in latent space: the share of test images whose nearest training code (Euclidean, k=1)
   has the same label; also k=5 for reference.
3. Opens the VAE in the real Latent explorer tab (10,000 points on the map) and measures
   - drag -> painted: mouse-move events of a left-button drag on the crosshair are sent to the plot's
     viewport; each goes through pyqtgraph's scene to the TargetItem, the code is decoded, and the pending
     paint events are processed (picture and map repainted);
   - decode alone (LatentSpace.decode_one);
   - map frame time: the view is panned a little and the plot repainted, 200 times.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DEFAULT_MNIST = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "mnist"


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def train(root: Path, model: str, config: dict, epochs: int, dataset: str, split) -> Path:
    from studio.training.config import TrainConfig
    from studio.training.session import TrainingSession
    from studio.core.events import EpochMetrics, Finished
    from studio.core.workspace import Workspace

    cfg = TrainConfig(model=model, dataset=dataset, model_config=config, epochs=epochs, batch_size=128)
    session = TrainingSession(cfg, Workspace(root), split=split)
    t0 = time.perf_counter()
    for event in session.run():
        if isinstance(event, EpochMetrics):
            terms = ", ".join(f"{k} {v:.2f}" for k, v in event.val.items())
            print(f"  {model} epoch {event.epoch}: {terms}  ({time.perf_counter() - t0:.0f} s)", flush=True)
        if isinstance(event, Finished):
            assert event.status == "completed", event
    return session.run_folder.path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mnist", type=Path, default=DEFAULT_MNIST)
    parser.add_argument("--vae-epochs", type=int, default=10)
    parser.add_argument("--aae-epochs", type=int, default=10)
    parser.add_argument("--train-images", type=int, default=20000,
                        help="train on the first N training images (k-NN still searches all 60,000 codes)")
    parser.add_argument("--aae-prior", default="gaussian", choices=("gaussian", "mixture", "uniform"))
    parser.add_argument("--workspace", type=Path, default=Path("/tmp/bench-latent"))
    parser.add_argument("--runs", nargs=2, type=Path, metavar=("VAE_RUN", "AAE_RUN"),
                        help="use these trained runs instead of training")
    parser.add_argument("--threads", type=int, default=1,
                        help="torch threads (default 1: quicker for these small models, and robust on a busy machine)")
    parser.add_argument("--moves", type=int, default=300)
    args = parser.parse_args()

    import numpy as np
    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    # MNIST's arrays come read-only from the file buffer; torch warns about that once, harmlessly.
    import warnings

    warnings.filterwarnings("ignore", message="The given NumPy array is not writable")
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, {os.cpu_count()} CPUs")

    if args.runs:
        vae_run, aae_run = args.runs
    else:
        from studio.data.datasets import DatasetSplit
        from studio.data.importers import load_dataset

        full = load_dataset(str(args.mnist), 0.1, 0)
        n = min(args.train_images, len(full.train))
        split = DatasetSplit(full.train.subset(np.arange(n)), full.val)
        print(f"Training on {n:,} of the {len(full.train):,} training images of {args.mnist} (CPU)…")
        t0 = time.perf_counter()
        vae_run = train(args.workspace, "vae", {"latent_dim": 2, "hidden": 512}, args.vae_epochs, str(args.mnist),
                        split)
        t_vae = time.perf_counter() - t0
        aae_run = train(args.workspace, "aae", {"latent_dim": 2, "hidden": 512, "prior": args.aae_prior},
                        args.aae_epochs, str(args.mnist), split)
        print(f"  training took {t_vae:.0f} s (VAE, {args.vae_epochs} epochs) and "
              f"{time.perf_counter() - t0 - t_vae:.0f} s (AAE, {args.aae_epochs} epochs)")

    from studio.core.workspace import Run
    from studio.latent.explorer import LatentSpace

    print("\nk-NN accuracy in latent space (test codes vs. 60,000 training codes)")
    spaces = {}
    for name, run in (("VAE 2-D", vae_run), ("AAE 2-D", aae_run)):
        t0 = time.perf_counter()
        space = LatentSpace.open(Run(run))
        t_open = time.perf_counter() - t0
        acc1 = space.knn_accuracy(1)
        acc5 = space.knn_accuracy(5)
        spaces[name] = space
        print(f"  {name}: 1-NN {acc1:.3f}, 5-NN {acc5:.3f}  ({len(space.codes):,} test points, "
              f"{len(space.training_codes()):,} training codes; opened in {t_open:.1f} s)")

    space = spaces["VAE 2-D"]
    times = []
    for i in range(args.moves):
        z = np.array([np.sin(i / 20) * 2, np.cos(i / 31) * 2], np.float32)
        t0 = time.perf_counter()
        space.decode_one(z)
        times.append((time.perf_counter() - t0) * 1000)
    print(f"\nDecode one code (28×28, CPU): median {statistics.median(times):.3f} ms, p95 {pct(times, 95):.3f} ms")

    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    from studio.core.settings import Settings
    from studio.ui.context import AppContext
    from studio.ui.errors import ErrorReporter
    from studio.ui.tabs.latent import LatentTab

    app = QApplication.instance() or QApplication([])
    reporter = ErrorReporter()
    reporter.show_dialogs = False
    tab = LatentTab(AppContext(settings=Settings.load(), reporter=reporter))
    tab.resize(1360, 860)
    tab.show()
    tab.set_space(space)
    for _ in range(5):
        app.processEvents()
    print(f"Map: {tab.map.point_count():,} points")
    x0, x1, y0, y1 = tab.map.visible_rect()
    cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 3, (y1 - y0) / 3

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QMouseEvent

    plot = tab.map.plot
    viewport = plot.viewport()
    # pyqtgraph drops mouse moves that come faster than 60 a second; the benchmark sends them back to back.
    plot.scene()._moveEventIsAllowed = lambda: True
    vb = plot.getViewBox()

    def widget_pos(x, y):
        return plot.mapFromScene(vb.mapViewToScene(QPointF(x, y))).toPointF()

    def send(kind, pos, button, buttons):
        QApplication.sendEvent(viewport, QMouseEvent(kind, pos, viewport.mapToGlobal(pos), button, buttons,
                                                     Qt.KeyboardModifier.NoModifier))

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    tab.map.set_cursor(cx, cy)
    app.processEvents()
    send(QEvent.Type.MouseButtonPress, widget_pos(cx, cy), left, left)
    paints = tab.decoded_view.paint_count
    lat = []
    for i in range(args.moves):
        p = widget_pos(cx + rx * np.sin(i / 15), cy + ry * np.cos(i / 23))
        t0 = time.perf_counter()
        send(QEvent.Type.MouseMove, p, none, left)   # a drag step: scene -> TargetItem -> decode -> picture
        app.processEvents()                           # deliver the paint events: picture and map repainted
        lat.append((time.perf_counter() - t0) * 1000)
    send(QEvent.Type.MouseButtonRelease, p, left, none)
    painted = tab.decoded_view.paint_count - paints
    med, p95 = statistics.median(lat), pct(lat, 95)
    print(f"Drag -> painted (mouse move event -> decode -> picture and map repainted, {args.moves} moves, "
          f"{painted} paints): median {med:.2f} ms, p95 {p95:.2f} ms  (goal: median < 10 ms, p95 < 16 ms: "
          f"{'met' if med < 10 and p95 < 16 else 'NOT met'}; median {10 / med:.1f}× under the goal)")

    frames = []
    for i in range(200):
        dx = rx * 0.02 * (1 if (i // 50) % 2 == 0 else -1)
        vb.translateBy(x=dx, y=0)
        t0 = time.perf_counter()
        tab.map.plot.viewport().repaint()
        frames.append((time.perf_counter() - t0) * 1000)
    print(f"Map frame time while panning ({tab.map.point_count():,} points, repaint of the plot): "
          f"median {statistics.median(frames):.2f} ms, p95 {pct(frames, 95):.2f} ms "
          f"(≈ {1000 / statistics.median(frames):.0f} frames/s)")
    tab.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
