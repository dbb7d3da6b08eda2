"""What the GUI benches watch: an event-loop probe, every long top-level event by name, and each garbage
collection with its length (used by bench_gui_stall.py and bench_soak.py).

- ``Probe``: a precise QTimer every ``ms`` records when it fires; the gaps between firings are how long
  the event loop could not answer (a gap of ``ms`` is no stall at all).
- ``TimedApplication``: a QApplication whose ``notify`` times every top-level event (not the ones sent
  while another is being handled) and keeps those over a threshold, named by receiver and event type.
- ``GcWatch``: ``gc.callbacks`` times every collection, by generation.
- ``StackSampler``: a thread that, while a top-level event has run longer than a threshold, samples the
  GUI thread's Python stack every few milliseconds (what py-spy would show, from inside the process), so
  that the long events can be named by the code they ran.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
import traceback
from collections import defaultdict, deque
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication


class Records:
    """Numeric records (rows of ``width`` floats) in a numpy array that grows by doubling.

    A 30-minute soak takes ~360,000 probe ticks and tens of thousands of paints; as Python tuples of floats
    they cost ~100 bytes each and showed up in the GUI's memory as if the app had grown (bench_soak.py
    prints what these hold, so that it can be told apart from the app's own). Iterating gives tuples."""

    growths: list = []   # (start, ms, MB after): every doubling, by any Records (see below)

    def __init__(self, width: int, capacity: int = 1024) -> None:
        """``capacity`` rows are allocated and written at once: a long soak that knows its length
        preallocates, so that no doubling (a copy, and fresh pages faulted in) runs inside a probed event."""
        self._data = np.empty((max(1, capacity), width), dtype=np.float64)
        self._data.fill(0.0)
        self._n = 0

    def append(self, row) -> None:
        if self._n == len(self._data):
            start = time.perf_counter()
            grown = np.empty((2 * len(self._data), self._data.shape[1]), dtype=np.float64)
            grown[:self._n] = self._data
            self._data = grown
            Records.growths.append((start, (time.perf_counter() - start) * 1000.0, grown.nbytes / 2**20))
        self._data[self._n] = row
        self._n += 1

    def __len__(self) -> int:
        return self._n

    def __iter__(self):
        return iter([tuple(row) for row in self._data[:self._n].tolist()])

    def array(self) -> np.ndarray:
        return self._data[:self._n]

    @property
    def nbytes(self) -> int:
        return self._data.nbytes


class TimedApplication(QApplication):
    """A QApplication that names its long top-level events (those over ``threshold_ms``)."""

    threshold_ms = 12.0

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self._depth = 0
        self.current_start = 0.0        # when the top-level event now running began (0: none)
        self.long_events: list[tuple[float, float, str]] = []   # (start, ms, name)
        self.recent: deque = deque(maxlen=512)   # (start, ms, name) of every top-level event lately: gap_why
        self.paint_target = None        # a widget whose paints are all timed, at any depth
        self.paints = Records(2)                                 # (start, ms)

    def notify(self, receiver, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self.paint_target is not None and receiver == self.paint_target:
            start = time.perf_counter()
            try:
                return super().notify(receiver, event)
            finally:
                self.paints.append((start, (time.perf_counter() - start) * 1000.0))
        if self._depth:
            return super().notify(receiver, event)
        self._depth += 1
        start = self.current_start = time.perf_counter()
        try:
            return super().notify(receiver, event)
        finally:
            self._depth -= 1
            self.current_start = 0.0
            ms = (time.perf_counter() - start) * 1000.0
            if ms > self.threshold_ms:
                self.long_events.append((start, ms, event_name(receiver, event)))
                self.recent.append((start, ms, self.long_events[-1][2]))
            else:
                self.recent.append((start, ms, (type(receiver).__name__, int(event.type()))))


def event_name(receiver, event) -> str:
    try:
        kind = QEvent.Type(event.type()).name
    except ValueError:
        kind = str(int(event.type()))
    name = receiver.objectName() if hasattr(receiver, "objectName") else ""
    return f"{type(receiver).__name__}{'#' + name if name else ''}{owner(receiver)}:{kind}"


def owner(receiver) -> str:
    """For a graphics scene, the studio widget that shows it, "(LossPlot)": a window has several; for a
    QTimer, the object it belongs to (its parent)."""
    views = getattr(receiver, "views", None)
    try:
        if type(receiver).__name__ == "QTimer":
            parent = receiver.parent()
            return f"({type(parent).__name__ if parent is not None else f'{receiver.interval()} ms'})"
        widget = views()[0] if callable(views) and views() else None
    except (RuntimeError, TypeError):
        return ""
    while widget is not None:
        if type(widget).__module__.startswith("studio."):
            return f"({type(widget).__name__})"
        widget = widget.parentWidget()
    return ""


class Probe:
    """A precise QTimer that records when it fires."""

    def __init__(self, ms: int = 5, capacity: int = 1024, why=None) -> None:
        self.ms = ms
        self.ticks = Records(1, capacity)
        self.why = why      # a gap_why.GapWhy, told of every firing (None: only the times are kept)
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(ms)
        self.timer.timeout.connect(self._fired)

    def _fired(self) -> None:
        now = time.perf_counter()
        self.ticks.append((now,))
        if self.why is not None:
            self.why.tick(now)

    def start(self) -> None:
        self._fired()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def gaps(self, lo: float = -np.inf, hi: float = np.inf) -> tuple[np.ndarray, np.ndarray]:
        """(start of each gap, its length in ms) between ``lo`` and ``hi`` (perf_counter seconds)."""
        t = self.ticks.array()[:, 0]
        t = t[(t >= lo) & (t <= hi)]
        return t[:-1], np.diff(t) * 1000.0


class GcWatch:
    """Every garbage collection with its generation and length, through ``gc.callbacks``."""

    def __init__(self, capacity: int = 1024) -> None:
        self.collections = Records(3, capacity)   # (start, generation, ms)
        self._start = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.collections.append((self._start, info["generation"],
                                     (time.perf_counter() - self._start) * 1000.0))

    def close(self) -> None:
        if self._callback in gc.callbacks:
            gc.callbacks.remove(self._callback)

    def summary(self, lo: float = -np.inf, hi: float = np.inf) -> str:
        by_gen: dict[int, list[float]] = defaultdict(list)
        for start, gen, ms in self.collections:
            if lo <= start <= hi:
                by_gen[int(gen)].append(ms)
        if not by_gen:
            return "no collections"
        return ", ".join(f"gen {g}: {len(v)} × (p50 {np.median(v):.2f} ms, max {max(v):.1f} ms)"
                         for g, v in sorted(by_gen.items()))


def stall_line(starts: np.ndarray, gaps: np.ndarray) -> str:
    if not len(gaps):
        return "no gaps"
    return (f"{len(gaps)} gaps; p50 {np.percentile(gaps, 50):.1f} ms, p99 {np.percentile(gaps, 99):.1f} ms, "
            f"max {gaps.max():.1f} ms; > 16 ms: {(gaps > 16).sum()}, > 33 ms: {(gaps > 33).sum()}")


def long_gaps(starts: np.ndarray, gaps: np.ndarray, app: TimedApplication, watch: GcWatch | None,
              over_ms: float = 33.0, limit: int = 12) -> list[str]:
    """Each gap over ``over_ms`` with the long events and collections that fell inside it."""
    lines = []
    for at, ms in sorted(zip(starts, gaps), key=lambda p: -p[1])[:limit]:
        if ms <= over_ms:
            break
        end = at + ms / 1000.0
        inside = [f"{name} {d:.0f} ms" for s, d, name in app.long_events if at - 0.001 <= s <= end]
        if watch is not None:
            inside += [f"gc gen {g:.0f} {d:.0f} ms" for s, g, d in watch.collections if at <= s <= end and d > 2]
        lines.append(f"  gap {ms:6.1f} ms: {', '.join(inside) or 'no single long event (several short ones)'}")
    return lines


def top_events(app: TimedApplication, lo: float = -np.inf, hi: float = np.inf, limit: int = 6) -> str:
    """The names of long events, most costly first: count and max."""
    by_name: dict[str, list[float]] = defaultdict(list)
    for start, ms, name in app.long_events:
        if lo <= start and start + ms / 1000.0 <= hi:   # the event that ends the bench ends after hi
            by_name[name].append(ms)
    ranked = sorted(by_name.items(), key=lambda kv: -sum(kv[1]))[:limit]
    return "; ".join(f"{name} {len(v)}× max {max(v):.0f} ms" for name, v in ranked) or "none"


class StackSampler:
    """Samples the GUI thread's stack while a top-level event runs longer than ``after_ms``."""

    def __init__(self, app: TimedApplication, after_ms: float = 12.0, every_ms: float = 3.0) -> None:
        self._app = app
        self._after = after_ms / 1000.0
        self._every = every_ms / 1000.0
        self._main = threading.main_thread().ident
        self.samples: dict[str, int] = defaultdict(int)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="stack-sampler")
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self._every):
            start = self._app.current_start
            if not start or time.perf_counter() - start < self._after:
                continue
            frame = sys._current_frames().get(self._main)
            if frame is None:
                continue
            stack = traceback.extract_stack(frame)
            ours = [f for f in stack if "/studio/" in f.filename]
            where = stack[-2:] + [f for f in ours[-2:] if f not in stack[-2:]]   # innermost, then ours
            key = " < ".join(f"{Path(f.filename).stem}.{f.name}:{f.lineno}" for f in reversed(where))
            self.samples[key] += 1

    def close(self) -> None:
        self._stop.set()
        self._thread.join()

    def top(self, limit: int = 8) -> list[str]:
        ranked = sorted(self.samples.items(), key=lambda kv: -kv[1])[:limit]
        return [f"  {n:4d} samples  {key}" for key, n in ranked]
