"""Posterior collapse of the VAE after a short run on the built-in digits, with and without its guards.

After ``--epochs`` (default 5) epochs on the built-in digits (1,617 training images), for each setting:
- recon acc: a 1-nearest-neighbour classifier fitted on the training images labels the reconstructions of
  the 180 validation images; collapsed models draw the same grey blob for every digit (~10-20 %);
- class spread: mean distance between the ten per-class mean reconstructions, over the same for the
  real validation images (1.0: the classes are as distinct as the real digits; 0: all the same);
- sample gap: mean distance from 500 prior samples to their nearest training image, over the same for the
  validation images (1.0: as close to real digits as real digits are; a blur is far from all of them);
- active dims: latent dimensions whose KL exceeds 0.01 nats (a collapsed one carries nothing);
- val ELBO (nats/image, higher is better).
Settings alternate within each seed (off, then on, then the other order) and the median over seeds is
printed with the load average, since the machine is shared.

    python bench/bench_vae_collapse.py [--epochs 5] [--seeds 5] [--compare guards|training] [--batch-size 64]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

from studio.core.events import EpochMetrics
from studio.core.workspace import Workspace
from studio.data.importers import load_dataset
from studio.training.config import TrainConfig
from studio.training.session import TrainingSession

# name -> (model settings, training settings)
GUARDS = {
    "no guard (before)": ({"kl_warmup": 0.0, "free_bits": 0.0}, {}),
    "warm-up 2 ep (new default)": ({}, {}),
    "warm-up 2 ep + free bits 0.1": ({"free_bits": 0.1}, {}),
}
# The VAE's training settings (the registry's `training`): what a 5-epoch run on the digits needs.
TRAINING = {
    "batch 32, lr 1e-3 (engine)": ({}, {"batch_size": 32, "lr": 1e-3}),
    "batch 16, lr 1e-3": ({}, {"batch_size": 16, "lr": 1e-3}),
    "batch 32, lr 2e-3": ({}, {"batch_size": 32, "lr": 2e-3}),
    "batch 16, lr 2e-3": ({}, {"batch_size": 16, "lr": 2e-3}),
}


def one_nn(train_x: np.ndarray, train_y: np.ndarray, x: np.ndarray) -> np.ndarray:
    a = torch.from_numpy(x.reshape(len(x), -1)).float()
    b = torch.from_numpy(train_x.reshape(len(train_x), -1)).float()
    return train_y[torch.cdist(a, b).argmin(1).numpy()]


def nearest(train_x: np.ndarray, x: np.ndarray) -> float:
    """Mean distance from each image to its nearest training image (a blur is far from every real digit)."""
    a = torch.from_numpy(x.reshape(len(x), -1)).float()
    b = torch.from_numpy(train_x.reshape(len(train_x), -1)).float()
    return float(torch.cdist(a, b).min(1).values.mean())


def class_spread(images: np.ndarray, labels: np.ndarray) -> float:
    means = np.stack([images[labels == c].reshape((labels == c).sum(), -1).mean(0) for c in np.unique(labels)])
    d = np.linalg.norm(means[:, None] - means[None], axis=-1)
    return float(d[np.triu_indices(len(means), 1)].mean())


def run(split, model_config: dict, epochs: int, seed: int, training: dict) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        session = TrainingSession(TrainConfig.for_model("vae", model_config=model_config, epochs=epochs, seed=seed,
                                                        device="cpu", **training), Workspace(Path(tmp)),
                                  split=split)
        last = None
        for event in session.run():
            if isinstance(event, EpochMetrics):
                last = event
        model = session.model.eval()
    val_x = split.val.images.astype(np.float32) / 255.0
    train_x = split.train.images.astype(np.float32) / 255.0
    with torch.inference_mode():
        x = torch.from_numpy(val_x)
        recon = model.decode(model.encode(x)).numpy()
        mu, logvar = model.posterior(x)
        kl_dims = (0.5 * (mu.pow(2) + logvar.exp() - 1.0 - logvar)).mean(0).numpy()
        samples = model.decode(model.sample_prior(500, torch.Generator().manual_seed(seed))).numpy()
    acc = float((one_nn(train_x, split.train.labels, recon) == split.val.labels).mean())
    spread = class_spread(recon, split.val.labels) / class_spread(val_x, split.val.labels)
    return {"recon acc": acc, "class spread": spread, "sample gap": nearest(train_x, samples) / nearest(train_x, val_x),
            "active dims": int((kl_dims > 0.01).sum()),
            "val ELBO": float(last.val["elbo"]) if last and "elbo" in last.val else float("nan")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--batch-size", type=int, help="for --compare guards (default: the VAE's own)")
    ap.add_argument("--compare", choices=("guards", "training"), default="guards",
                    help="guards: KL warm-up and free bits; training: batch sizes and learning rates")
    args = ap.parse_args()
    torch.set_num_threads(1)
    split = load_dataset("digits", 0.1, 0)
    settings = GUARDS if args.compare == "guards" else TRAINING
    if args.compare == "guards" and args.batch_size:
        settings = {k: (m, {"batch_size": args.batch_size}) for k, (m, _) in settings.items()}
    names = list(settings)
    results: dict[str, list[dict]] = {n: [] for n in names}
    t0 = time.perf_counter()
    for seed in range(args.seeds):
        order = names if seed % 2 == 0 else names[::-1]
        for name in order:
            model_config, training = settings[name]
            results[name].append(run(split, model_config, args.epochs, seed, training))
    print(f"VAE (16-D latent, MLP 512) on the built-in digits, {args.epochs} epochs, "
          f"median of {args.seeds} seeds; load average {', '.join(f'{v:.2f}' for v in os.getloadavg())} "
          f"(shared machine), {time.perf_counter() - t0:.0f} s in all")
    keys = ["recon acc", "class spread", "sample gap", "active dims", "val ELBO"]
    print(f"{'setting':32s}" + "".join(f"{k:>14s}" for k in keys))
    for name in names:
        med = {k: statistics.median(r[k] for r in results[name]) for k in keys}
        print(f"{name:32s}" + "".join(f"{med[k]:14.3f}" for k in keys))


if __name__ == "__main__":
    main()
