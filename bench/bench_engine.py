"""Engine vs a bare hand-written PyTorch loop: same model, same data, same batch size, in one process.

Two models: the VAE (one optimiser) and the AAE (three optimisers, each side stepping them in the same
order). The sides run in pairs (bench/pairs.py: one warm-up run of each, then the order alternates from
pair to pair); the figure is the median of the pairs' ratios (engine / bare, training throughput), with
their spread and the load average; with ``--threads 1`` the ratio of samples per CPU-second is the one a
loaded machine does not blur. Goal (issue 11): >= 0.99.

    python bench/bench_engine.py [--data ../shared/data/mnist] [--pairs 5] [--models vae,aae,vae-tiny]
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

import torch

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "bench")]   # this checkout's studio, and bench/pairs.py
from pairs import ratio_line, run_pairs  # noqa: E402
from studio.core.events import CheckpointWritten, RunStarted, StepMetrics  # noqa: E402
from studio.core.workspace import Workspace  # noqa: E402
from studio.data.importers import load_sources  # noqa: E402
from studio.models.base import StepContext  # noqa: E402
from studio.models.registry import build_model  # noqa: E402
from studio.training.config import TrainConfig  # noqa: E402
from studio.training.session import TrainingSession  # noqa: E402

MODELS = {"vae": ("vae", {"architecture": "mlp", "latent_dim": 16, "hidden": 512}),
          "aae": ("aae", {"architecture": "mlp", "latent_dim": 8, "hidden": 512, "disc_hidden": 256}),
          # A step that costs almost nothing, so that the engine's own cost per step shows (in µs).
          "vae-tiny": ("vae", {"architecture": "mlp", "latent_dim": 2, "hidden": 8})}


class BareOptimizers:
    """What a person writes by hand for several optimisers: zero, backward, step (no scaler, no checks)."""

    def __init__(self, optimizers: dict) -> None:
        self.optimizers = optimizers

    def step(self, name: str, loss) -> None:
        opt = self.optimizers[name]
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()


def bare_steps(split, model: str, config: dict, epochs: int, batch_size: int, lr: float, seed: int):
    """Shuffle, slice, the model's own step, nothing else; yields after each step (its number from 1)."""
    torch.manual_seed(seed)
    net = build_model(model, config, split.spec)
    opt = BareOptimizers(net.configure_optimizers(lr))
    images = torch.from_numpy(split.train.dataset.images)
    labels = torch.from_numpy(split.train.dataset.labels)
    n = len(images)
    per_epoch = math.ceil(n / batch_size)
    for epoch in range(epochs):
        perm = torch.randperm(n, generator=torch.Generator().manual_seed(seed * 1_000_003 + epoch))
        for b, i in enumerate(range(0, n, batch_size)):
            idx = perm[i:i + batch_size]
            batch = {"image": images[idx].float().div_(255.0), "label": labels[idx]}
            # The step's true place in the run, as the engine gives it: the VAE's KL warm-up reads it, so
            # with a constant context the two sides would train differently.
            step = epoch * per_epoch + b
            net.training_step(batch, StepContext(step, epoch, b, per_epoch, epochs, per_epoch * epochs), opt)
            yield step + 1


def bare_loop(split, model: str, config: dict, epochs: int, batch_size: int, lr: float, seed: int) -> dict:
    """The bare loop's training samples per second and per CPU-second."""
    n = len(split.train.dataset.images)
    start, cpu = time.perf_counter(), time.process_time()
    for _ in bare_steps(split, model, config, epochs, batch_size, lr, seed):
        pass
    return {"per_s": n * epochs / (time.perf_counter() - start),
            "per_cpu_s": n * epochs / (time.process_time() - cpu)}


def engine_run(split, model: str, config: dict, epochs: int, batch_size: int, lr: float,
               seed: int) -> dict:
    """Training samples per second and per CPU-second, and end-to-end samples per second (validation,
    previews and checkpoints included)."""
    cfg = TrainConfig(model=model, model_config=config, epochs=epochs, batch_size=batch_size, lr=lr, seed=seed,
                      device="cpu")
    with tempfile.TemporaryDirectory() as tmp:
        train_time = train_cpu = 0.0
        t_epoch = t0 = c_epoch = None
        for event in TrainingSession(cfg, Workspace(Path(tmp)), split=split).run():
            now, cpu = time.perf_counter(), time.process_time()
            if isinstance(event, RunStarted):
                t0 = t_epoch = now
                c_epoch = cpu
            elif isinstance(event, StepMetrics) and math.isclose(event.epoch, round(event.epoch)) and event.epoch > 0:
                train_time += now - t_epoch       # the epoch's training steps, up to its last StepMetrics
                train_cpu += cpu - c_epoch
            elif isinstance(event, CheckpointWritten):
                t_epoch = time.perf_counter()     # the next epoch's training starts after the checkpoint
                c_epoch = time.process_time()
        total = time.perf_counter() - t0
    n = len(split.train) * epochs
    return {"per_s": n / train_time, "per_cpu_s": n / train_cpu, "end_to_end_per_s": n / total}


def first_images(split, n: int):
    """The split with its first ``n`` training images and its first ``n // 5`` validation images."""
    from studio.data.datasets import ImageDataset
    from studio.data.sources import ImageSource, SourceSplit

    def cut(source, k):
        d = source.dataset
        return ImageSource(ImageDataset(d.name, d.images[:k], d.labels[:k], list(d.label_names)))

    return SourceSplit(cut(split.train, n), cut(split.val, max(1, n // 5)))


def measure(split, name: str, args) -> None:
    model, config = MODELS[name]

    def bare(pair: int) -> dict:
        return bare_loop(split, model, config, args.epochs, args.batch_size, 1e-3, max(pair, 0))

    def engine(pair: int) -> dict:
        return engine_run(split, model, config, args.epochs, args.batch_size, 1e-3, max(pair, 0))

    def describe(pair: int, side: str, got: dict) -> str:
        return (f"  {name} pair {pair + 1}: {side:6} {got['per_s']:7.0f} samples/s, "
                f"{got['per_cpu_s']:7.0f} samples per CPU-s")

    got = run_pairs({"bare": bare, "engine": engine}, pairs=args.pairs, describe=describe)
    print(ratio_line(f"{name}: engine / bare, training", got.ratios("engine", "bare", "per_s")))
    # With one torch thread, CPU time is the work itself: other programs on the machine slow the wall
    # clock (the process waits for a core) but hardly its CPU seconds.
    print(ratio_line(f"{name}: engine / bare, training per CPU-second", got.ratios("engine", "bare", "per_cpu_s")))
    step_us = [1e6 * args.batch_size * (1 / e - 1 / b)
               for e, b in zip(got.values("engine", "per_cpu_s"), got.values("bare", "per_cpu_s"))]
    print(ratio_line(f"{name}: the engine's CPU cost per step, µs (engine − bare)", step_us, digits=0))
    ends = [e / b for e, b in zip(got.values("engine", "end_to_end_per_s"), got.values("bare", "per_s"))]
    print(ratio_line(f"{name}: engine end to end (validation, preview, checkpoint) / bare", ends))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "data" / "mnist"))
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--models", default="vae,aae")
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    parser.add_argument("--limit", type=int, default=0,
                        help="train on the first N images only (shorter runs: the two sides of a pair run "
                             "closer in time, which a loaded machine needs)")
    args = parser.parse_args()
    # Both sides in one process: the engine flushes subnormal floats to zero (studio.training.precision),
    # so set it here first, for the bare loop too and before torch's thread pool starts.
    torch.set_flush_denormal(True)
    if args.threads:
        torch.set_num_threads(args.threads)
    split = load_sources(args.data)
    if args.limit:
        split = first_images(split, args.limit)
    print(f"data: {args.data} ({len(split.train)} train images), batch {args.batch_size}, {args.epochs} epoch(s), "
          f"torch {torch.__version__}, {torch.get_num_threads()} threads, load average {os.getloadavg()[0]:.2f}")
    for model in args.models.split(","):
        measure(split, model, args)


if __name__ == "__main__":
    main()
