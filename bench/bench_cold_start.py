"""Cold start: seconds from launching `python -m studio` to the window's first paint, against a bare PySide6 peer.

Both programs print ``studio: first paint <time.time()>`` when their main window receives its first Paint
event (the studio does so when STUDIO_REPORT_SHOWN is set, see studio.ui.main_window.run_app); the clock
starts just before the process is launched. The studio also reports when each tab is built: the first
one is the tab the user sees, so "tab ready" is when the window is usable, not just drawn.

Fairness (issue 11): each pair runs the studio and the peer (bench/cold_start_peer.py, the same seven tab
titles, a menu and a status bar) in alternating order, after one warm-up launch of each; the figures are
medians over the pairs, with the spread, and the paired ratio studio / peer. With ``--cold`` (the
default) the page cache is dropped before every launch (``sync; echo 3 > /proc/sys/vm/drop_caches``, root
on Linux), as after a reboot; where that is not allowed the label says "warm" (a second launch).

    python bench/bench_cold_start.py [--pairs 5] [--platform offscreen] [--warm]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PEER = REPO / "bench" / "cold_start_peer.py"
GOAL_S = 0.6


def drop_caches() -> bool:
    """Drop the page cache (Linux, as root); False where that is not possible."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
        return True
    except OSError:
        return False


def launch(command: list[str], platform: str, cold: bool, timeout: float,
           tab: str | None = None) -> tuple[float, float | None]:
    """(seconds to the first paint, seconds to the first tab built or None) of one launch of ``command``.
    ``tab``: a returning user's last tab (it comes back on top and is built after the paint); None: a first
    start, where the Welcome page is on top and no tab needs building."""
    with tempfile.TemporaryDirectory(prefix="studio-cold-") as tmp:
        if tab:
            (Path(tmp) / "config").mkdir()
            (Path(tmp) / "config" / "studio.ini").write_text(f"[window]\ntab={tab}\n", encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM=platform, STUDIO_REPORT_SHOWN="1",
                   STUDIO_WORKSPACE=str(Path(tmp) / "workspace"), STUDIO_CONFIG_DIR=str(Path(tmp) / "config"),
                   PYTHONPATH=str(REPO))
        if cold:
            drop_caches()
        t0 = time.time()
        proc = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                text=True)
        painted = None
        try:
            for line in proc.stdout:
                words = line.split()
                if line.startswith("studio: first paint"):
                    painted = float(words[3]) - t0
                    if command[-1] != "studio" or not tab:   # the peer, or the Welcome page: nothing to build
                        return painted, None
                elif line.startswith("studio: tab built") and painted is not None:
                    return painted, float(words[3]) - t0
                if time.time() - t0 > timeout:
                    break
            raise SystemExit(f"{' '.join(command)} did not report its first paint within {timeout:.0f} s")
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


def spread(values: list[float]) -> str:
    return f"median {statistics.median(values):.3f} s (min {min(values):.3f}, max {max(values):.3f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--warm", action="store_true", help="keep the file cache (a second launch)")
    parser.add_argument("--timeout", type=float, default=90.0)
    parser.add_argument("--tab", default="Training monitor",
                        help="a returning user's last tab, built after the paint (default: Training monitor); "
                             "'' for a first start, with the Welcome page on top")
    args = parser.parse_args()
    cold = not args.warm and drop_caches()
    label = "cold (page cache dropped before each launch)" if cold else "warm (file cache kept)"
    studio = [sys.executable, "-m", "studio"]
    peer = [sys.executable, str(PEER)]
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    launch(studio, args.platform, cold, args.timeout, args.tab)       # warm-up of both sides (imports compiled, ...)
    launch(peer, args.platform, cold, args.timeout)
    paints, readies, peers, ratios = [], [], [], []
    for i in range(args.pairs):
        order = (("studio", studio), ("peer", peer)) if i % 2 == 0 else (("peer", peer), ("studio", studio))
        result = {}
        for name, command in order:
            result[name] = launch(command, args.platform, cold, args.timeout, args.tab)
        paint, ready = result["studio"]
        paints.append(paint)
        readies.append(ready)
        peers.append(result["peer"][0])
        ratios.append(paint / result["peer"][0])
        shown = f"{ready:.3f} s" if ready is not None else "none to build (Welcome on top)"
        print(f"pair {i + 1} ({order[0][0]} first): studio paint {paint:.3f} s, first tab {shown}; "
              f"peer paint {result['peer'][0]:.3f} s", flush=True)
    median = statistics.median(paints)
    print(f"{label}, {args.platform}, {args.pairs} pairs, "
          + (f"returning user (last tab: {args.tab})" if args.tab else "first start (Welcome on top)"))
    print(f"  studio, first paint:    {spread(paints)}; goal < {GOAL_S} s ({'met' if median < GOAL_S else 'missed'})")
    if args.tab:
        print(f"  studio, first tab built: {spread(readies)}")
    print(f"  bare PySide6 peer:      {spread(peers)}")
    print(f"  paired ratio studio / peer: median {statistics.median(ratios):.2f} "
          f"(min {min(ratios):.2f}, max {max(ratios):.2f})")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
