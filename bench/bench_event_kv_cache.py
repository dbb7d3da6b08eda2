"""Generation speed of event-rnn's Transformer with and without its KV cache (tokens per second).

The model is the registry's "Transformer" preset (4 layers, 256 wide, a window of 256 events) with its
initial weights: the speed of sampling does not depend on what the weights learned. Each side samples
--steps events for one take after a one-event primer; the sides alternate, both are warmed up first, and
the median of --pairs pairs is printed with the load average (the machine may be shared).

    PYTHONPATH=. nice -n 5 .venv/bin/python bench/bench_event_kv_cache.py --steps 400 --pairs 5
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def load() -> str:
    return "load average %.2f %.2f %.2f" % os.getloadavg()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=400)
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()

    import torch

    from studio.core.tasks import TaskControl
    from studio.models.registry import build_model, get_entry
    from studio.training.sampling import sample_steps

    torch.set_num_threads(args.threads)
    settings = dict(next(p.config for p in get_entry("event-rnn").presets if p.title == "Transformer"))
    model = build_model("event-rnn", settings).eval()
    primer = [model.config.first_shift]

    def tokens_per_second(cache: bool) -> float:
        model.kv_cache = cache
        t0 = time.perf_counter()
        for _ in sample_steps(model, 1, TaskControl(), primer, {"steps": args.steps}, 0):
            pass
        return args.steps / (time.perf_counter() - t0)

    tokens_per_second(True), tokens_per_second(False)          # warm-up
    cached, reread = [], []
    for i in range(args.pairs):
        for cache in ((True, False) if i % 2 == 0 else (False, True)):
            (cached if cache else reread).append(tokens_per_second(cache))
    c, r = statistics.median(cached), statistics.median(reread)
    print(f"event-rnn Transformer {settings}, window {model.config.window}, {args.steps} events, "
          f"{args.threads} thread(s), median of {args.pairs} pairs ({load()}):")
    print(f"  re-reading the context: {r:8.1f} tokens/s")
    print(f"  KV cache:               {c:8.1f} tokens/s   ({c / r:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
