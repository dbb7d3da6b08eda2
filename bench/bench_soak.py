"""The soak: does a long run cost the window more than a short one?

Trains the VAE on the built-in digits from the Training monitor's Start button, with the window open, for
``--minutes`` (default 30), then presses Stop. Per window of ``--window`` minutes (default 5) it prints:
the event-loop probe's p99 and max gap (a 5 ms precise QTimer; goal p99 < 16 ms, max < 33 ms), the
tab's redraw p50 (``TrainingTab.redraw``, the 10 Hz timer's work, over the redraws that had new points)
with the loss plot's ``refresh()`` in it, the loss plot's paint p50 (every paint of its graphics view), the GUI process's CPU (all its threads, % of one core), the GUI's and the
training process's resident memory, the points per training curve and the training speed, the full
(generation 2) collections and the load average. Under each window, every gap over ``--why-ms`` (25)
with what the GUI thread did meanwhile: ran (the events that ran), waited for a core, or was off it,
its page faults, the other threads' CPU and the machine's counters (``gap_why``). At the end: the memory
growth per hour from the end of the first window (goal < 5 %/h).

The bench's own records (probe ticks, paints, redraws, collections) are allocated for the whole soak at
its start, so that the instrument does not stall the loop it measures (``--grow-records``: as before,
doubling when full).

    QT_QPA_PLATFORM=offscreen python bench/bench_soak.py [--minutes 30] [--window 5] [--epochs 20000]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def rss_mb(pid: int | str = "self") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return float("nan")


def heap_mb() -> tuple[float, float]:
    """glibc's account of the heap, every arena: (bytes in use by the program, bytes free but kept) in MB.
    RSS that grows while "in use" stays flat is fragmentation, not something the program keeps."""
    import ctypes

    class MallInfo2(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd",
                                                          "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]

    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = MallInfo2
        info = libc.mallinfo2()
    except (OSError, AttributeError):
        return float("nan"), float("nan")
    return (info.uordblks + info.hblkhd) / 2**20, info.fordblks / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--window", type=float, default=5.0, help="minutes per line of figures")
    parser.add_argument("--epochs", type=int, default=20000, help="the run's planned length, more than --minutes "
                        "allows (a quiet machine trains ~70 epochs a minute); Stop ends it after --minutes")
    parser.add_argument("--probe-ms", type=int, default=5)
    parser.add_argument("--plain", action="store_true", help="a plain QApplication and no probe: memory only")
    parser.add_argument("--trim", action="store_true", help="call glibc's malloc_trim(0) before each memory "
                        "reading: what RSS keeps that the allocator holds free (fragmentation), not the app")
    parser.add_argument("--collect", action="store_true", help="run a full garbage collection before each memory "
                        "reading, and print what it freed: cyclic garbage waiting for a collection, not the app's")
    parser.add_argument("--max-points", type=int, default=None, help="the points a curve keeps (default "
                        "studio.core.curves.MAX_POINTS): smaller, a short soak reaches the bound")
    parser.add_argument("--redraw-hz", type=int, default=None, help="the Training monitor's redraws a second "
                        "(default its REDRAW_HZ): to tell what grows per redraw from what grows per point")
    parser.add_argument("--grow-records", action="store_true", help="let the bench's records grow by doubling "
                        "as before, instead of allocating them for the whole soak at the start (each doubling "
                        "copies them and faults fresh pages in, inside a probed event)")
    parser.add_argument("--why-ms", type=float, default=25.0, help="explain every gap longer than this: what "
                        "the GUI thread, its process and the machine did meanwhile (gap_why)")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="studio-soak-"))
    os.environ["STUDIO_WORKSPACE"] = str(root / "workspace")
    os.environ["STUDIO_CONFIG_DIR"] = str(root / "config")

    import numpy as np
    from PySide6.QtCore import QTimer

    import studio.core.curves

    if args.max_points:
        studio.core.curves.MAX_POINTS = args.max_points
    if args.redraw_hz:
        import studio.ui.tabs.training.tab

        studio.ui.tabs.training.tab.REDRAW_HZ = args.redraw_hz

    from gui_probe import GcWatch, Probe, TimedApplication, top_events
    from studio.core.settings import Settings
    from studio.ui.context import AppContext
    from studio.ui.errors import ErrorReporter
    from studio.ui.main_window import MainWindow
    from studio.ui.tabs.training import TrainingTab

    from studio.ui.widgets.loss_plot import LossPlot

    from gap_why import GapWhy
    from gui_probe import Records

    def capacity(per_second: float) -> int:
        return 1024 if args.grow_records else int(args.minutes * 60.0 * per_second * 1.1) + 1024

    from studio.ui.tabs.training.tab import REDRAW_HZ

    redraw_rate = 2 * (args.redraw_hz or REDRAW_HZ)   # paints are more frequent than the redraws that have news
    redraws = Records(2, capacity(redraw_rate))     # (start, ms): the tab's redraws that had new points to draw
    refreshes = Records(2, capacity(redraw_rate))   # the loss plot's refresh() in them
    plain_redraw, plain_refresh = TrainingTab.redraw, LossPlot.refresh

    def timed_refresh(self) -> None:
        start = time.perf_counter()
        plain_refresh(self)
        refreshes.append((start, (time.perf_counter() - start) * 1000.0))

    def timed_redraw(self) -> None:  # the tab's timer is connected to this once the window is built
        start, count = time.perf_counter(), len(refreshes)
        plain_redraw(self)
        if len(refreshes) > count:
            redraws.append((start, (time.perf_counter() - start) * 1000.0))

    TrainingTab.redraw, LossPlot.refresh = timed_redraw, timed_refresh

    if args.plain:
        # Memory only: Qt's events not routed through a Python notify() and no 5 ms probe, so that what
        # the instruments themselves cost is not counted (the stall columns then read nan).
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])
        app.paints, app.long_events = Records(2), []
    else:
        app = TimedApplication(sys.argv[:1])
        app.paints = Records(2, capacity(redraw_rate))
    reporter = ErrorReporter()
    reporter.show_dialogs = False
    window = MainWindow(AppContext(settings=Settings.load(), reporter=reporter))
    window.resize(1400, 880)
    window.show()
    tab = window.tab_widgets["Training monitor"]
    window.tabs.setCurrentWidget(tab)
    app.paint_target = tab.loss_plot.graphics.viewport()
    watch = GcWatch(capacity(20.0))
    why = None if args.plain else GapWhy(args.why_ms, app, watch, Records.growths)
    probe = Probe(args.probe_ms, capacity(1000.0 / args.probe_ms), why)
    marks: dict[str, float] = {}
    rows: list[dict] = []
    window_s = args.window * 60.0

    def trainer_rss() -> float:
        kids = [p for p in multiprocessing.active_children() if p.name == "studio-job"]
        return max((rss_mb(p.pid) for p in kids), default=float("nan"))

    def points() -> int:
        live = tab.live
        series = None if live is None else live.curves.series.get(("loss", "train"))
        return 0 if series is None else series.total   # points received (a long curve keeps fewer)

    collected: list[int] = []

    def gui_rss() -> float:
        if args.collect:
            import gc

            collected.append(gc.collect())
        return trimmed_rss() if args.trim else rss_mb()

    def trimmed_rss() -> float:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
        return rss_mb()

    def within(records, lo: float, hi: float) -> np.ndarray:
        """The lengths (ms) of the records that began between lo and hi: numpy, not a Python loop over an
        hour of rows on the GUI thread."""
        rows = records.array()
        return rows[(rows[:, 0] >= lo) & (rows[:, 0] <= hi), 1]

    def bench_mb() -> float:
        """What the bench's own records hold (not the app's): subtracted from the GUI's memory below."""
        held = redraws.nbytes + refreshes.nbytes + app.paints.nbytes + probe.ticks.nbytes + watch.collections.nbytes
        return held / 2**20

    def close_window() -> None:
        now, cpu = time.perf_counter(), time.process_time()
        lo = marks["window"]
        starts, gaps = probe.gaps(lo, now)
        red, ref, paint = (within(r, lo, now) for r in (redraws, refreshes, app.paints))
        step = tab.live.last_step.step if tab.live is not None and tab.live.last_step is not None else 0
        gcs = watch.collections.array()
        full = gcs[(gcs[:, 1] == 2) & (gcs[:, 0] >= lo) & (gcs[:, 0] <= now), 2].tolist()
        rows.append({
            "from": (lo - marks["click"]) / 60.0, "to": (now - marks["click"]) / 60.0,
            "p99": np.percentile(gaps, 99) if len(gaps) else float("nan"),
            "max": gaps.max() if len(gaps) else float("nan"),
            "redraw": np.median(red) if len(red) else float("nan"),
            "refresh": np.median(ref) if len(ref) else float("nan"),
            "paint": np.median(paint) if len(paint) else float("nan"),
            "cpu": 100.0 * (cpu - marks["cpu"]) / (now - lo),
            "gui": gui_rss(), "heap": heap_mb(), "trainer": trainer_rss(), "points": points(), "bench": bench_mb(),
            "steps_s": (step - marks["step"]) / (now - lo), "gc2": full,
            "load": os.getloadavg()[0], "events": top_events(app, lo, now, limit=3)})
        r = rows[-1]
        gc2 = f"{len(full)} × max {max(full):.1f} ms" if full else "none"
        print(f"{r['from']:5.1f}–{r['to']:5.1f} min | probe p99 {r['p99']:6.1f} ms, max {r['max']:6.1f} ms | "
              f"redraw p50 {r['redraw']:5.1f} ms (plot refresh {r['refresh']:4.1f} ms) | plot paint p50 {r['paint']:5.1f} ms | GUI CPU {r['cpu']:4.0f} % | "
              f"RSS GUI {r['gui']:6.1f} MB (bench's records {r['bench']:.1f}; heap in use {r['heap'][0]:.1f}, free {r['heap'][1]:.1f}), trainer {r['trainer']:6.1f} MB | {r['points']:>7,} points, "
              f"{r['steps_s']:5.1f} steps/s | full gc {gc2} | load {r['load']:.1f}", flush=True)
        print(f"      long events: {r['events']}" + (f"; full collection freed {collected[-1]:,} objects"
                                                         if collected else ""), flush=True)
        if why is not None:
            for line in why.lines(lo, now, marks["click"]):
                print("    " + line, flush=True)
        marks["window"], marks["cpu"], marks["step"] = now, cpu, step

    def tick() -> None:
        if "stopping" in marks:
            return
        if time.perf_counter() - marks["window"] >= window_s:
            close_window()
        if time.perf_counter() - marks["click"] >= args.minutes * 60.0:
            if time.perf_counter() - marks["window"] >= 10.0:   # the last, shorter window too
                close_window()
            marks["stopping"] = time.perf_counter()
            probe.stop()
            tab.stop_button.click()

    def start() -> None:
        tab.dataset_edit.setText("digits")
        tab.model_combo.setCurrentIndex(tab.model_combo.findData("vae"))
        tab.epochs_spin.setValue(args.epochs)
        tab.device_combo.setCurrentIndex(tab.device_combo.findData("cpu"))
        if not args.plain:
            probe.start()
        marks["click"] = marks["window"] = time.perf_counter()
        marks["cpu"], marks["step"] = time.process_time(), 0
        tab.start_button.click()
        clock.start()

    clock = QTimer()
    clock.setInterval(1000)
    clock.timeout.connect(tick)
    tab.models_loaded.connect(lambda: QTimer.singleShot(500, start))
    tab.run_finished.connect(lambda outcome: (marks.setdefault("outcome", outcome), QTimer.singleShot(0, app.quit)))
    print(f"soak: VAE on the built-in digits for {args.minutes:g} min, {os.cpu_count()} cores, platform "
          f"{app.platformName()}, load {' '.join(f'{a:.2f}' for a in os.getloadavg())}", flush=True)
    app.exec()
    watch.close()
    window.close()
    if len(rows) >= 2:
        first, last = rows[0], rows[-1]
        hours = (last["to"] - first["to"]) / 60.0
        for row in rows:
            row["app"] = row["gui"] - row["bench"]
        for key, name in (("gui", "GUI"), ("app", "GUI less the bench's records"), ("trainer", "trainer")):
            growth = 100.0 * (last[key] / first[key] - 1.0) / hours if hours > 0 else float("nan")
            print(f"{name} memory {first[key]:.1f} → {last[key]:.1f} MB from minute {first['to']:.0f} to "
                  f"{last['to']:.0f}: {growth:+.1f} %/hour")
    print(f"outcome {marks.get('outcome')}; {reporter.last_message or ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
