"""PixelCNN test NLL on statically binarised MNIST after a fixed CPU training budget.

    python bench/bench_pixelcnn_nll.py --cpu-minutes 4 --threads 1

MNIST from ../shared/data/mnist; every picture binarised once by a seeded Bernoulli draw of its grey levels
(static binarisation; the literature's fixed draw by Larochelle & Murray is not in ../shared, so the
figure is comparable in kind, not to the last digit). The model trains with Adam on random batches of the
60,000 training pictures until the budget of CPU time (this process's, all threads together; wall time
means little on a shared machine) is spent, then its exact NLL is computed on all 10,000
test pictures, in nats per picture. Anchor: 81.30 nats (van den Oord et al. 2016, a 15-layer net trained
on a GPU for a long time). The machine is shared: the load average is printed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def binarised(images: np.ndarray, seed: int) -> np.ndarray:
    """(N, 1, 28, 28) uint8 grey -> the same shape in {0, 1} as float32, one seeded draw per pixel."""
    rng = np.random.default_rng(seed)
    return (rng.random(images.shape, dtype=np.float32) < images / 255.0).astype(np.float32)


def main() -> int:
    import torch

    from studio.data.importers import load_dataset
    from studio.data.sources import DataSpec
    from studio.models.registry import build_model

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cpu-minutes", type=float, default=4.0, help="training budget in minutes of this process's CPU time")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--channels", type=int, default=32)
    p.add_argument("--layers", type=int, default=6)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--device", default="cpu")
    p.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "mnist"))
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    split = load_dataset(args.data)
    train = torch.from_numpy(binarised(split.train.images, seed=1))              # (60000, 1, 28, 28)
    test = torch.from_numpy(binarised(split.val.images, seed=2))                 # (10000, 1, 28, 28)
    device = torch.device(args.device)
    model = build_model("pixelcnn", {"channels": args.channels, "layers": args.layers, "output": "binary"},
                        DataSpec.images((1, 28, 28))).to(device)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    load0 = os.getloadavg()
    print(f"load average before: {load0[0]:.2f} {load0[1]:.2f} {load0[2]:.2f} on {os.cpu_count()} cores; "
          f"{args.threads} torch threads, device {device}")
    print(f"net: {args.layers} gated layers of {args.channels} channels "
          f"({sum(p.numel() for p in model.parameters()):,} parameters); batch {args.batch}, Adam lr {args.lr}")
    g = torch.Generator().manual_seed(0)
    budget = args.cpu_minutes * 60
    t0, cpu0 = time.perf_counter(), time.process_time()
    steps, recent = 0, []
    while time.process_time() - cpu0 < budget:
        idx = torch.randint(0, len(train), (args.batch,), generator=g)
        loss = model.losses({"image": train[idx].to(device)})["loss"]
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        steps += 1
        recent.append(loss.item())
        if steps % 50 == 0:
            print(f"  {time.process_time() - cpu0:6.0f} CPU s ({time.perf_counter() - t0:.0f} s wall), step {steps}: "
                  f"training NLL {np.mean(recent):.2f} nats "
                  f"(load {os.getloadavg()[0]:.2f})", flush=True)
            recent = []
    trained_s, cpu_s = time.perf_counter() - t0, time.process_time() - cpu0
    model.eval()
    total = 0.0
    with torch.no_grad():
        for i in range(0, len(test), 500):
            total += model.nll(test[i:i + 500].to(device)).sum().item()
    nll = total / len(test)
    load1 = os.getloadavg()
    print(f"trained {cpu_s / 60:.1f} CPU min ({trained_s / 60:.1f} min wall), {steps} steps "
          f"({steps * args.batch / len(train):.2f} epochs)")
    print(f"test NLL on 10,000 statically binarised MNIST pictures: {nll:.2f} nats "
          f"({nll / (784 * np.log(2)):.4f} bits/dim); anchor 81.30")
    print(f"load average after: {load1[0]:.2f} {load1[1]:.2f} {load1[2]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
