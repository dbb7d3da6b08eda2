"""Engine vs a bare hand-written PyTorch loop: same VAE, same data, same batch size, in one process.

Prints samples/s for each and their ratio (goal: engine / bare >= 0.97). Runs alternate (bare, engine,
bare, engine, ...) so that a change in machine load hits both alike; the best of the repeats is kept.

    python bench/bench_engine.py [--data ../shared/data/mnist] [--epochs 1] [--repeats 3]
"""

from __future__ import annotations

import argparse
import math
import tempfile
import time
from pathlib import Path

import torch

from studio.training.config import TrainConfig
from studio.training.session import TrainingSession
from studio.core.events import CheckpointWritten, RunStarted, StepMetrics
from studio.core.workspace import Workspace
from studio.data.importers import load_dataset
from studio.models.registry import build_model

REPO = Path(__file__).resolve().parent.parent


def bare_loop(split, model_config, epochs, batch_size, lr, seed) -> float:
    """What a person would write by hand: shuffle, slice, forward, backward, step. Returns samples/s."""
    torch.manual_seed(seed)
    model = build_model("vae", model_config, split.image_shape)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    x_all = torch.from_numpy(split.train.images)
    n = len(x_all)
    start = time.perf_counter()
    for epoch in range(epochs):
        perm = torch.randperm(n, generator=torch.Generator().manual_seed(seed * 1_000_003 + epoch))
        for i in range(0, n, batch_size):
            x = x_all[perm[i:i + batch_size]].float().div_(255.0)
            loss = model.training_step(x, None)["loss"]
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
    return n * epochs / (time.perf_counter() - start)


def engine_run(split, model_config, epochs, batch_size, lr, seed) -> tuple[float, float]:
    """Returns (training samples/s, end-to-end samples/s including validation, previews, checkpoints)."""
    cfg = TrainConfig(model="vae", model_config=model_config, epochs=epochs, batch_size=batch_size, lr=lr,
                      seed=seed, device="cpu")
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "data" / "mnist"))
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    split = load_dataset(args.data)
    model_config = {"architecture": "mlp", "latent_dim": 16, "hidden": 512}
    print(f"data: {args.data} ({len(split.train)} train images), VAE mlp h=512 z=16, batch {args.batch_size}, "
          f"{args.epochs} epoch(s), torch {torch.__version__}, {torch.get_num_threads()} threads")
    bare, eng, e2e = [], [], []
    for r in range(args.repeats):
        bare.append(bare_loop(split, model_config, args.epochs, args.batch_size, 1e-3, r))
        a, b = engine_run(split, model_config, args.epochs, args.batch_size, 1e-3, r)
        eng.append(a)
        e2e.append(b)
        print(f"  repeat {r + 1}: bare {bare[-1]:8.0f}/s   engine {eng[-1]:8.0f}/s   "
              f"engine end-to-end {e2e[-1]:8.0f}/s")
    pairs = sorted(e / b for e, b in zip(eng, bare))
    print(f"median of the paired ratios (engine / bare, training): {pairs[len(pairs) // 2]:.3f}")
    print(f"best bare loop            : {max(bare):8.0f} samples/s")
    print(f"best engine (training)    : {max(eng):8.0f} samples/s   ratio {max(eng) / max(bare):.3f} (goal >= 0.97)")
    print(f"best engine (end to end)  : {max(e2e):8.0f} samples/s   ratio {max(e2e) / max(bare):.3f} "
          "(with validation on 10,000 images, previews and checkpoints each epoch)")


if __name__ == "__main__":
    main()
