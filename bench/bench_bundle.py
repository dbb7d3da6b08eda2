"""The desktop bundle's size, file count, largest parts, and start time to the main window.

Start time: seconds from launching the bundled binary to its main window's first paint, with the event loop
running (the app prints a marker when STUDIO_REPORT_SHOWN is set; see studio.ui.main_window.run_app), in a
throwaway workspace and settings folder. ``--cold`` empties the kernel's file cache before each start
(``echo 3 > /proc/sys/vm/drop_caches``: needs root), as after a reboot; otherwise the starts are warm
(the files read by the previous start are cached). Goal (issue 15): the window in under 3 s, cold.

    python bench/bench_bundle.py [--dist dist/generative-studio] [--runs 5] [--cold] [--against OTHER_DIST]

``--against`` times another build too (e.g. main's), in alternating order after a warm-up of each, and
prints both medians: an A/B at the same load.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))     # bench/pairs.py

MARKER = "studio: first paint"          # printed at the window's first paint


def size_report(dist: Path) -> str:
    # os.walk does not follow links: a library linked from the top level is counted once.
    files = [Path(folder, name) for folder, _, names in os.walk(dist) for name in names]
    links = sum(p.is_symlink() for p in files)
    files = [p for p in files if not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    parts: Counter[str] = Counter()
    inside = dist / "_internal"
    for p in files:
        rel = p.relative_to(inside if inside in p.parents else dist).parts
        parts[rel[0] if len(rel) > 1 else "(top level)"] += p.stat().st_size
    largest = ", ".join(f"{name} {size / 1e6:.0f} MB" for name, size in parts.most_common(8))
    return (f"{dist}: {total / 1e6:.0f} MB ({total / 2**20:.0f} MiB) in {len(files)} files "
            f"(+ {links} links); largest: {largest}")


def drop_caches() -> None:
    subprocess.run(["sync"], check=True)
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def one_start(exe: Path, platform: str, cold: bool, timeout: float) -> float:
    with tempfile.TemporaryDirectory(prefix="studio-bundle-start-") as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM=platform, STUDIO_REPORT_SHOWN="1",
                   STUDIO_WORKSPACE=str(Path(tmp) / "workspace"), STUDIO_CONFIG_DIR=str(Path(tmp) / "config"))
        env.pop("PYTHONPATH", None)
        if cold:
            drop_caches()
        t0 = time.perf_counter()
        proc = subprocess.Popen([str(exe)], cwd=tmp, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                text=True)
        try:
            for line in proc.stdout:
                if MARKER in line:
                    return time.perf_counter() - t0
                if time.perf_counter() - t0 > timeout:
                    break
            raise SystemExit(f"the bundle did not report its window within {timeout:.0f} s")
        finally:
            proc.terminate()
            proc.wait(30)


def compare(exe: Path, other: Path, args) -> int:
    """``args.runs`` pairs of starts of both bundles (bench/pairs.py: a warm-up of each, the order
    alternating); both medians and the per-pair ratio."""
    from pairs import ratio_line, run_pairs

    print(size_report(other.parent))
    got = run_pairs({"this": lambda _p: one_start(exe, args.platform, args.cold, args.timeout),
                     "other": lambda _p: one_start(other, args.platform, args.cold, args.timeout)}, pairs=args.runs)
    kind = "cold (file cache dropped)" if args.cold else "warm"
    print(f"start to window shown, {kind}, {args.platform}: {exe.parent} median "
          f"{statistics.median(got.values('this', 'value')):.2f} s, {other.parent} median "
          f"{statistics.median(got.values('other', 'value')):.2f} s on {os.cpu_count()} CPUs")
    print(ratio_line("this / other", got.ratios("this", "other", "value")))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=Path("dist/generative-studio"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="drop the file cache before each start (root)")
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--against", type=Path, default=None, help="another bundle folder, timed alternately")
    args = parser.parse_args()
    binary = "studio.exe" if os.name == "nt" else "studio"
    exe = (args.dist / binary).resolve()
    print(size_report(args.dist))
    if args.runs < 1:
        return 0
    if args.against is not None:
        return compare(exe, (args.against / binary).resolve(), args)
    if not args.cold:
        one_start(exe, args.platform, False, args.timeout)   # warm the file cache once
    times = []
    for _ in range(args.runs):
        times.append(one_start(exe, args.platform, args.cold, args.timeout))
    kind = "cold (file cache dropped)" if args.cold else "warm"
    print(f"start to window shown, {kind}, {args.platform}, {args.runs} runs: median {statistics.median(times):.2f} s, "
          f"min {min(times):.2f} s, max {max(times):.2f} s; goal < 3 s "
          f"({'met' if statistics.median(times) < 3.0 else 'missed'}); "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
