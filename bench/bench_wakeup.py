"""How late does this machine wake a plain thread? The floor under every event-loop stall figure.

A Python thread that does nothing but sleep ``--ms`` (5) at a time, in a process of its own (no Qt, no
other thread, no GIL to wait for), prints every wake-up later than ``--over-ms`` (15) with the machine's
CPU counters over it (``/proc/stat``, 10 ms ticks: user, nice, system, idle, iowait, irq, softirq, steal),
and at the end how many it counted and the longest. Run it beside ``bench_soak.py`` or
``bench_gui_stall.py``: a gap of the window's probe that this sleeper shares, at the same second, is the
machine's (a virtual CPU not run by its host), not the app's.

    python bench/bench_wakeup.py --minutes 30 &
    QT_QPA_PLATFORM=offscreen python bench/bench_soak.py --minutes 30
"""

from __future__ import annotations

import argparse
import os
import time

NAMES = ("user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--ms", type=float, default=5.0, help="each sleep asks for this long")
    parser.add_argument("--over-ms", type=float, default=15.0, help="print the wake-ups later than this")
    args = parser.parse_args()
    stat = os.open("/proc/stat", os.O_RDONLY)

    def machine() -> list[int]:
        return [int(j) for j in os.pread(stat, 256, 0).split(b"\n", 1)[0].split()[1:9]]

    print(f"wake-ups: sleeping {args.ms:g} ms at a time for {args.minutes:g} min; load "
          f"{' '.join(f'{a:.2f}' for a in os.getloadavg())}", flush=True)
    late: list[float] = []
    count = 0
    end = time.perf_counter() + args.minutes * 60.0
    before, counters = time.perf_counter(), machine()
    while before < end:
        time.sleep(args.ms / 1000.0)
        now, after = time.perf_counter(), machine()
        count += 1
        ms = (now - before) * 1000.0
        if ms > args.over_ms:
            late.append(ms)
            ticks = ", ".join(f"{n} {10 * (b - a)} ms" for n, a, b in zip(NAMES, counters, after) if b != a)
            print(f"{time.strftime('%H:%M:%S')} woke after {ms:.1f} ms | machine: {ticks or 'no ticks'}", flush=True)
        before, counters = now, after
    print(f"{count:,} sleeps of {args.ms:g} ms; {len(late)} woke later than {args.over_ms:g} ms"
          + (f", the latest after {max(late):.1f} ms" if late else "") + f"; load "
          f"{' '.join(f'{a:.2f}' for a in os.getloadavg())}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
