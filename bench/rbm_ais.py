"""RBM quality bench: a 500-unit Bernoulli RBM trained by PCD on MNIST (through the studio's engine) for a
fixed number of epochs, then its test log-likelihood estimated by AIS, with the standard error.

Anchor: -86.34 nats for CD-25 after long training (Salakhutdinov & Murray 2008); a short CPU budget gets
much less. Prints the load average: the figure is only comparable to runs on a similar machine and load.

    nice -n 5 .venv/bin/python bench/rbm_ais.py --data ../shared/data/mnist --epochs 2
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    import torch

    from studio.core.events import EpochMetrics, Finished
    from studio.core.workspace import Workspace
    from studio.energy.ais import AISResult, ais_for_run
    from studio.training.config import TrainConfig
    from studio.training.session import TrainingSession

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data" / "mnist"))
    p.add_argument("--epochs", type=int, default=2)
    p.add_argument("--hidden", type=int, default=500)
    p.add_argument("--lr", type=float, default=5e-4)
    p.add_argument("--cd-k", type=int, default=1)
    p.add_argument("--optimizer", choices=("adam", "sgd"), default="adam")
    p.add_argument("--momentum", type=float, default=0.9, help="SGD's momentum or Adam's beta1")
    p.add_argument("--runs", type=int, default=100)
    p.add_argument("--betas", type=int, default=10000)
    # One thread: on a machine loaded by others, OpenMP's second thread spins for a core it cannot get.
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--device", default="cpu")
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    print(f"{vars(args)}\nload average before: {os.getloadavg()}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        cfg = TrainConfig(model="rbm", dataset=args.data, epochs=args.epochs, batch_size=100, lr=args.lr,
                          device=args.device, val_fraction=0.1,
                          model_config={"hidden": args.hidden, "method": "pcd", "cd_k": args.cd_k, "chains": 100,
                                        "optimizer": args.optimizer, "momentum": args.momentum})
        session = TrainingSession(cfg, Workspace(Path(tmp)))
        started = time.perf_counter()
        for event in session.run():
            if isinstance(event, EpochMetrics):
                print(f"epoch {event.epoch}: train {fmt(event.train)} | val {fmt(event.val)} "
                      f"({time.perf_counter() - started:.0f} s wall, {time.process_time():.0f} s CPU)", flush=True)
            elif isinstance(event, Finished) and event.status != "completed":
                print(f"training ended: {event.status} {event.failure}")
                return 1
        train_s = time.perf_counter() - started
        print(f"trained {args.epochs} epochs ({session.step} PCD-{args.cd_k} updates) in {train_s:.0f} s wall, "
              f"{time.process_time():.0f} s CPU; load average: {os.getloadavg()}", flush=True)
        result = None
        for item in ais_for_run(session.run_folder, "latest", runs=args.runs, betas=args.betas, device=args.device):
            if isinstance(item, AISResult):
                result = item
        print(result.summary())
        print(f"process CPU time in all: {time.process_time():.0f} s; load average after: {os.getloadavg()}")
    return 0


def fmt(terms: dict) -> str:
    return ", ".join(f"{k} {v:.2f}" for k, v in terms.items())


if __name__ == "__main__":
    raise SystemExit(main())
