"""Engine vs a bare hand-written PyTorch loop: same model, same data, same batch size, in one process.

Two models: the VAE (one optimiser) and the AAE (three optimisers, each side stepping them in the same
order). Each pair runs both sides once, in an order that alternates from pair to pair, after one warm-up
run of each; the figure is the median of the pairs' ratios (engine / bare, training throughput), with
their spread and the load average. Goal: >= 0.97 (issue 11 asks for >= 0.99).

    python bench/bench_engine.py [--data ../shared/data/mnist] [--pairs 5] [--models vae,aae]
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import tempfile
import time
from pathlib import Path

import torch

from studio.core.events import CheckpointWritten, RunStarted, StepMetrics
from studio.core.workspace import Workspace
from studio.data.importers import load_sources
from studio.models.base import StepContext
from studio.models.registry import build_model
from studio.training.config import TrainConfig
from studio.training.session import TrainingSession

REPO = Path(__file__).resolve().parent.parent
MODELS = {"vae": {"architecture": "mlp", "latent_dim": 16, "hidden": 512},
          "aae": {"architecture": "mlp", "latent_dim": 8, "hidden": 512, "disc_hidden": 256}}


class BareOptimizers:
    """What a person writes by hand for several optimisers: zero, backward, step (no scaler, no checks)."""

    def __init__(self, optimizers: dict) -> None:
        self.optimizers = optimizers

    def step(self, name: str, loss) -> None:
        opt = self.optimizers[name]
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()


def bare_loop(split, model: str, config: dict, epochs: int, batch_size: int, lr: float, seed: int) -> float:
    """Shuffle, slice, the model's own step, nothing else. Returns training samples/s."""
    torch.manual_seed(seed)
    net = build_model(model, config, split.spec)
    opt = BareOptimizers(net.configure_optimizers(lr))
    images = torch.from_numpy(split.train.dataset.images)
    labels = torch.from_numpy(split.train.dataset.labels)
    n = len(images)
    ctx = StepContext(0, 0, 0, 1, 1, 1)
    start = time.perf_counter()
    for epoch in range(epochs):
        perm = torch.randperm(n, generator=torch.Generator().manual_seed(seed * 1_000_003 + epoch))
        for i in range(0, n, batch_size):
            idx = perm[i:i + batch_size]
            batch = {"image": images[idx].float().div_(255.0), "label": labels[idx]}
            net.training_step(batch, ctx, opt)
    return n * epochs / (time.perf_counter() - start)


def engine_run(split, model: str, config: dict, epochs: int, batch_size: int, lr: float,
               seed: int) -> tuple[float, float]:
    """(training samples/s, end-to-end samples/s including validation, previews and checkpoints)."""
    cfg = TrainConfig(model=model, model_config=config, epochs=epochs, batch_size=batch_size, lr=lr, seed=seed,
                      device="cpu")
    with tempfile.TemporaryDirectory() as tmp:
        train_time = 0.0
        t_epoch = t0 = None
        for event in TrainingSession(cfg, Workspace(Path(tmp)), split=split).run():
            now = time.perf_counter()
            if isinstance(event, RunStarted):
                t0 = t_epoch = now
            elif isinstance(event, StepMetrics) and math.isclose(event.epoch, round(event.epoch)) and event.epoch > 0:
                train_time += now - t_epoch       # the epoch's training steps, up to its last StepMetrics
            elif isinstance(event, CheckpointWritten):
                t_epoch = time.perf_counter()     # the next epoch's training starts after the checkpoint
        total = time.perf_counter() - t0
    n = len(split.train) * epochs
    return n / train_time, n / total


def measure(split, model: str, args) -> None:
    config = MODELS[model]
    run = {"bare": lambda seed: bare_loop(split, model, config, args.epochs, args.batch_size, 1e-3, seed),
           "engine": lambda seed: engine_run(split, model, config, args.epochs, args.batch_size, 1e-3, seed)}
    run["bare"](99), run["engine"](99)   # warm-up of both sides (allocator, caches, lazy imports)
    ratios, ends = [], []
    for pair in range(args.pairs):
        order = ("bare", "engine") if pair % 2 == 0 else ("engine", "bare")
        got = {side: run[side](pair) for side in order}
        bare, (engine, end_to_end) = got["bare"], got["engine"]
        ratios.append(engine / bare)
        ends.append(end_to_end / bare)
        print(f"  {model} pair {pair + 1} ({order[0]} first): bare {bare:7.0f}/s  engine {engine:7.0f}/s  "
              f"ratio {engine / bare:.3f}  end to end {end_to_end / bare:.3f}")
    print(f"{model}: engine / bare, median of {len(ratios)} pairs {statistics.median(ratios):.3f} "
          f"(min {min(ratios):.3f}, max {max(ratios):.3f}); end to end {statistics.median(ends):.3f}; "
          f"load average {os.getloadavg()[0]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "data" / "mnist"))
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--models", default="vae,aae")
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    split = load_sources(args.data)
    print(f"data: {args.data} ({len(split.train)} train images), batch {args.batch_size}, {args.epochs} epoch(s), "
          f"torch {torch.__version__}, {torch.get_num_threads()} threads, load average {os.getloadavg()[0]:.2f}")
    for model in args.models.split(","):
        measure(split, model, args)


if __name__ == "__main__":
    main()
