"""GAN grids tab: how long one grid of samples takes, which is why the tab samples in a worker thread.

A DCGAN with the registry's default width (untrained: the time does not depend on the weights) draws the
tab's default grid (8 × 8 = 64 tiles) through ``studio.gan.generate``, at 28, 64 and 128 px. Prints the
median of ``--runs`` timings after one warm-up, per size, with the load average (the machine may be shared).
A frame is 16.7 ms: anything above it would stutter a slider if it ran on the GUI thread.

    python bench/bench_gan_grid.py [--runs 7] [--threads 2]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--threads", type=int, default=2, help="torch threads (the app leaves torch's default)")
    args = parser.parse_args()

    import numpy as np
    import torch

    from studio import gan
    from studio.models.registry import build_model

    torch.set_num_threads(args.threads)
    print(f"load average before: {os.getloadavg()[0]:.2f} (1 min), torch threads {args.threads}")
    for side, channels in ((28, 1), (64, 3), (128, 3)):
        model = build_model("dcgan", {"image_shape": [channels, side, side]}).eval()
        generator = gan.Generator(model, "dcgan", "DCGAN", "bench", model.latent_dim, (channels, side, side))
        z = gan.noise(generator, 64, seed=0)
        gan.generate(generator, z)                                   # warm-up
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            images = gan.generate(generator, z)
            times.append((time.perf_counter() - t0) * 1000)
        assert images.shape == (64, channels, side, side) and np.isfinite(images).all()
        print(f"{side:>3} px × {channels}: 64 tiles in {statistics.median(times):7.1f} ms (median of {args.runs}; "
              f"min {min(times):.1f}, max {max(times):.1f})")
    print(f"load average after: {os.getloadavg()[0]:.2f} (1 min)")


if __name__ == "__main__":
    main()
