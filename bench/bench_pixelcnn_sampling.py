"""PixelCNN sampling speed: naive (the whole net per pixel) against cached (new values only), side by side.

    python bench/bench_pixelcnn_sampling.py --pairs 5 --paired-n 4 --n 16

Each pair draws ``--paired-n`` pictures with both methods, which must give the same pictures from the same
seed (checked on every pair), and then ``--n`` pictures (the goal: 16 in under 2 s) with the cached one.
The pairs alternate which method runs first, both are warmed up, and the figures are medians. (Naive
sampling of 16 pictures takes minutes on a loaded 2-core machine, hence the smaller paired count; its time
grows in proportion to the pictures, give or take the batch's efficiency.) Speed does not depend on the
weights, so the net is freshly initialised (the default `pixelcnn` settings unless given). The machine is
shared: the load average is printed before and after each pair.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from pairs import ratio_line  # noqa: E402


CPU_SECONDS: list[float] = []     # this process's CPU time of each draw (all threads together)


def draw(model, n: int, method: str, seed: int):
    import torch

    from studio.models.base import SampleStep

    g = torch.Generator().manual_seed(seed)
    t0, cpu0 = time.perf_counter(), time.process_time()
    last: SampleStep | None = None
    # Every pixel is yielded, as the GUI asks; the consumer here just keeps the last one.
    for last in model.sample(n, options={"method": method}, generator=g):
        pass
    CPU_SECONDS.append(time.process_time() - cpu0)
    return time.perf_counter() - t0, last.samples


def main() -> int:
    import torch

    from studio.data.sources import DataSpec
    from studio.models.registry import build_model

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--pairs", type=int, default=5)
    p.add_argument("--n", type=int, default=16, help="pictures per cached draw (default 16)")
    p.add_argument("--paired-n", type=int, default=4, help="pictures per draw of the naive/cached pairs (default 4)")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--channels", type=int, default=32)
    p.add_argument("--layers", type=int, default=6)
    p.add_argument("--output", default="binary", choices=("binary", "grey"))
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    config = {"channels": args.channels, "layers": args.layers, "output": args.output}
    model = build_model("pixelcnn", config, DataSpec.images((1, 28, 28))).eval()
    params = sum(p.numel() for p in model.parameters())
    print(f"load average before: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}"
          f" on {os.cpu_count()} cores; torch {torch.__version__}, {args.threads} threads")
    print(f"net: {args.layers} gated layers of {args.channels} channels, first kernel 7, then 3, head 64, "
          f"{args.output} output; {params:,} parameters; pictures of 28×28")
    draw(model, 2, "naive", 0)          # warm-ups
    draw(model, args.n, "cached", 0)
    naive_s, cached_s, goal_s, goal_cpu = [], [], [], []
    m = args.paired_n
    for pair in range(args.pairs):
        order = ("naive", "cached") if pair % 2 == 0 else ("cached", "naive")
        results = {}
        for method in order:
            results[method] = draw(model, m, method, seed=pair)
        same = torch.equal(results["naive"][1], results["cached"][1])
        goal = draw(model, args.n, "cached", seed=pair)[0]
        goal_cpu.append(CPU_SECONDS[-1])
        naive_s.append(results["naive"][0])
        cached_s.append(results["cached"][0])
        goal_s.append(goal)
        print(f"pair {pair + 1} ({order[0]} first): {m} pictures naive {results['naive'][0]:.2f} s, cached "
              f"{results['cached'][0]:.3f} s, speed-up {results['naive'][0] / results['cached'][0]:.0f}×, "
              f"same pictures: {same}; {args.n} pictures cached {goal:.3f} s ({goal_cpu[-1]:.3f} CPU s)  "
              f"(load {os.getloadavg()[0]:.2f})",
              flush=True)
        if not same:
            print("the two methods drew different pictures", file=sys.stderr)
            return 1
    ratios = [a / b for a, b in zip(naive_s, cached_s)]
    print(f"median of {args.pairs} pairs, {m} pictures: naive {statistics.median(naive_s):.2f} s, cached "
          f"{statistics.median(cached_s):.3f} s")
    print(ratio_line(f"speed-up (naive / cached, {m} pictures)", ratios, digits=1))
    print(f"median, {args.n} pictures cached: {statistics.median(goal_s):.3f} s wall, "
          f"{statistics.median(goal_cpu):.3f} s of CPU time (goal: under 2 s)")
    print(f"load average after: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
