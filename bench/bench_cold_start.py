"""Cold start: seconds from launching `python -m studio` to its main window shown, event loop running.

The app prints a marker when STUDIO_REPORT_SHOWN is set (see studio.ui.main_window.run_app); this script
starts it in a fresh process several times, with a throwaway workspace and settings, and times the marker.
Goal: under 2 s. torch is not imported before the window shows (the model list fills in afterwards).

    python bench/bench_cold_start.py [--runs 5] [--platform offscreen]
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
MARKER = "studio: window shown"


def one_start(platform: str, timeout: float) -> float:
    with tempfile.TemporaryDirectory(prefix="studio-cold-") as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM=platform, STUDIO_REPORT_SHOWN="1",
                   STUDIO_WORKSPACE=str(Path(tmp) / "workspace"), STUDIO_CONFIG_DIR=str(Path(tmp) / "config"),
                   PYTHONPATH=str(REPO))
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "studio"], cwd=REPO, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
        try:
            deadline = t0 + timeout
            for line in proc.stdout:
                if MARKER in line:
                    return time.perf_counter() - t0
                if time.perf_counter() > deadline:
                    break
            raise SystemExit(f"the app did not report its window within {timeout:.0f} s")
        finally:
            proc.terminate()
            proc.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    one_start(args.platform, args.timeout)  # warm the file cache, as a second launch would be
    times = [one_start(args.platform, args.timeout) for _ in range(args.runs)]
    print(f"cold start to window shown ({args.platform}, {args.runs} runs): median {statistics.median(times):.2f} s, "
          f"min {min(times):.2f} s, max {max(times):.2f} s; goal < 2 s "
          f"({'met' if statistics.median(times) < 2.0 else 'missed'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
