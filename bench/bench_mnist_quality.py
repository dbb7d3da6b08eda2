"""Quality on real MNIST (../shared/data/mnist), trained with the studio's own engine.

- The 784→32 autoencoder (MLP, undercomplete): validation BCE per pixel on the 10,000 test images
  (goal <= 0.09).
- The VAE (MLP, 16-D latent unless --vae-latent): test ELBO in nats per image, and the tighter
  importance-sampled log-likelihood (k=100).

    python bench/bench_mnist_quality.py [--ae-epochs 10] [--vae-epochs 10]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import torch

from studio.training.config import TrainConfig
from studio.training.session import TrainingSession
from studio.core.events import EpochMetrics
from studio.training.trained import load_trained_model
from studio.core.workspace import Workspace
from studio.data.importers import load_dataset

REPO = Path(__file__).resolve().parent.parent


def train(split, ws, model, model_config, epochs, batch_size=128, lr=1e-3):
    session = TrainingSession(TrainConfig(model=model, model_config=model_config, epochs=epochs,
                                          batch_size=batch_size, lr=lr, device="auto"), ws, split=split)
    t0 = time.perf_counter()
    last = None
    for event in session.run():
        if isinstance(event, EpochMetrics):
            last = event
            print(f"  {model} epoch {event.epoch:3d}: " + ", ".join(f"val {k} {v:.4f}" for k, v in event.val.items()),
                  flush=True)
    return session.run_folder, last, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "data" / "mnist"))
    parser.add_argument("--ae-epochs", type=int, default=10)
    parser.add_argument("--vae-epochs", type=int, default=10)
    parser.add_argument("--vae-latent", type=int, default=16)
    args = parser.parse_args()
    split = load_dataset(args.data)  # train: 60,000; validation: the 10,000 test images
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp))
        _, ae, ae_s = train(split, ws, "autoencoder", {"variant": "undercomplete", "latent_dim": 32, "hidden": 512},
                            args.ae_epochs)
        run, vae, vae_s = train(split, ws, "vae", {"latent_dim": args.vae_latent, "hidden": 512}, args.vae_epochs)
        model = load_trained_model(run, "best")
        x = torch.from_numpy(split.val.images).float().div(255.0)
        torch.manual_seed(0)
        with torch.no_grad():
            nll = torch.cat([model.importance_nll(x[i:i + 500], k=100) for i in range(0, len(x), 500)]).mean()
    print()
    print(f"autoencoder 784→32, {args.ae_epochs} epochs ({ae_s:.0f} s): test BCE per pixel "
          f"{ae.val['reconstruction']:.4f} (goal <= 0.09)")
    print(f"VAE z={args.vae_latent}, {args.vae_epochs} epochs ({vae_s:.0f} s): test ELBO {vae.val['elbo']:.2f} nats "
          f"(reconstruction {vae.val['reconstruction']:.2f} + KL {vae.val['kl']:.2f}); "
          f"importance-sampled log p(x) (k=100) {-float(nll):.2f} nats")


if __name__ == "__main__":
    main()
