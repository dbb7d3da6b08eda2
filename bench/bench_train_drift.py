"""Does training slow down over a long run because of the studio, or because of the machine?

Two processes side by side, each pinned to a core of its own with one torch thread: `studio train` (the
VAE on the built-in digits, batch 16, as the Training monitor's defaults run it) and a bare hand-written
loop of the same model on the same data (shuffle, slice, the model's step, nothing else: no metrics, no
validation, no previews, no checkpoints). Both run for the same minutes; the table gives each one's
steps/s in every window and their ratio. If the studio's rate falls and the bare loop's does not, the
studio slows itself; if both fall alike, the machine does.

    python bench/bench_train_drift.py [--minutes 30] [--window 5]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "bench")]


def bare(report: Path, batch_size: int) -> None:
    """The peer: runs until killed, writes `seconds steps` lines to `report` every 10 s."""
    import torch

    from bench_engine import bare_steps
    from studio.data.importers import load_sources

    torch.set_flush_denormal(True)   # as the engine does
    torch.set_num_threads(1)
    split = load_sources("digits")
    start, last = time.perf_counter(), 0.0
    with report.open("w") as out:
        for steps in bare_steps(split, "vae", {}, 10**9, batch_size, 1e-3, 0):
            now = time.perf_counter() - start
            if now - last >= 10.0:
                out.write(f"{now:.3f} {steps}\n")
                out.flush()
                last = now


def rate(points: list[tuple[float, int]], lo: float, hi: float) -> float:
    """Steps/s between the first point at or after `lo` and the last point at or before `hi`."""
    inside = [p for p in points if lo <= p[0] <= hi]
    if len(inside) < 2:
        return float("nan")
    (t0, s0), (t1, s1) = inside[0], inside[-1]
    return (s1 - s0) / (t1 - t0)


def studio_points(workspace: Path) -> list[tuple[float, int]]:
    metrics = next(workspace.glob("runs/*/metrics.jsonl"))
    points = []
    for line in metrics.read_text().splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:   # the line being written when the run was stopped
            continue
        if record.get("kind") == "step":
            points.append((float(record["time"]), int(record["step"])))
    return points


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--window", type=float, default=5.0, help="minutes a row")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--peer", help=argparse.SUPPRESS)   # internal: run the bare loop, report here
    args = parser.parse_args()
    if args.peer:
        bare(Path(args.peer), args.batch_size)
        return
    cores = sorted(os.sched_getaffinity(0))
    if len(cores) < 2:
        sys.exit("this bench needs two cores: one for each side")
    env = dict(os.environ, OMP_NUM_THREADS="1")
    with tempfile.TemporaryDirectory(prefix="drift-") as tmp:
        tmp = Path(tmp)
        studio = [sys.executable, "-m", "studio", "train", "--model", "vae", "--dataset", "digits",
                  "--epochs", "1000000", "--batch-size", str(args.batch_size), "--workspace",
                  str(tmp / "ws"), "--quiet"]
        peer = [sys.executable, __file__, "--peer", str(tmp / "peer.txt"), "--batch-size", str(args.batch_size)]
        procs = [subprocess.Popen(cmd, env=env, cwd=REPO, preexec_fn=lambda c=core: os.sched_setaffinity(0, {c}))
                 for cmd, core in ((studio, cores[0]), (peer, cores[1]))]
        print(f"studio on core {cores[0]}, bare loop on core {cores[1]}, {args.minutes:g} minutes, "
              f"batch {args.batch_size}", flush=True)
        loads = []
        deadline = time.monotonic() + 60 * args.minutes
        try:
            while time.monotonic() < deadline:
                if any(p.poll() is not None for p in procs):
                    sys.exit("a side ended early")
                time.sleep(min(30.0, max(0.0, deadline - time.monotonic())))
                loads.append((time.monotonic(), os.getloadavg()[0]))
        finally:
            for p in procs:
                p.terminate()
            for p in procs:
                p.wait()
        ours = studio_points(tmp / "ws")
        theirs = [(float(t), int(s)) for t, s in (line.split() for line in (tmp / "peer.txt").read_text().splitlines())]
    width = 60 * args.window
    print(f"\n{'minutes':>9} {'studio steps/s':>15} {'bare steps/s':>13} {'studio / bare':>14}")
    first = None
    for k in range(int(args.minutes // args.window)):
        lo, hi = k * width, (k + 1) * width
        a, b = rate(ours, lo, hi), rate(theirs, lo, hi)
        first = first or (a, b)
        print(f"{k * args.window:>4g}–{(k + 1) * args.window:<4g} {a:>15.1f} {b:>13.1f} {a / b:>14.3f}")
    last = (a, b)
    print(f"\nfirst to last window: studio {last[0] / first[0] - 1:+.1%}, bare loop {last[1] / first[1] - 1:+.1%}; "
          f"load average {min(v for _, v in loads):.2f}–{max(v for _, v in loads):.2f}")


if __name__ == "__main__":
    main()
