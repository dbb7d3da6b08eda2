"""Why the event loop missed a beat: what the GUI thread, the process and the machine did during a gap.

``GapWhy.tick()`` runs at each firing of the probe (``gui_probe.Probe``). It reads, in a few
microseconds, the GUI thread's scheduler statistics (``/proc/thread-self/schedstat``: time on a core and
time runnable but waiting for one), its page faults and context switches (``getrusage``), the whole
process's CPU time (so the other threads' share), and the machine's CPU counters (``/proc/stat``,
including the time the hypervisor took, *steal*). When the time since the last firing is over ``over_ms``
it keeps a report of the differences, with the top-level events that ran in the gap (``recent`` of a
``gui_probe.TimedApplication``), the garbage collections and any growth of the bench's own records.

A gap then reads as: the thread ran (Python or Qt work: see the events), waited for a core (the
scheduler gave it to another process), or was off its core without waiting for one (blocked: the GIL,
a lock, a page fault served slowly by the host, or simply idle). Linux only; elsewhere it reports nothing.
"""

from __future__ import annotations

import os
import resource
import time

_STAT_NAMES = ("user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal")


class GapWhy:
    def __init__(self, over_ms: float = 25.0, app=None, watch=None, growths: list | None = None) -> None:
        self.over = over_ms / 1000.0
        self.app, self.watch, self.growths = app, watch, growths
        self.reports: list[dict] = []
        try:
            self._sched = os.open("/proc/thread-self/schedstat", os.O_RDONLY)   # this thread: the GUI's
            self._stat = os.open("/proc/stat", os.O_RDONLY)
        except OSError:
            self._sched = self._stat = -1
        self._last_t = time.perf_counter()
        self._last = self._read()

    def _read(self) -> tuple | None:
        if self._sched < 0:
            return None
        ran_ns, waited_ns, _ = os.pread(self._sched, 128, 0).split()
        me, process = resource.getrusage(resource.RUSAGE_THREAD), resource.getrusage(resource.RUSAGE_SELF)
        machine = os.pread(self._stat, 256, 0).split(b"\n", 1)[0].split()[1:9]
        return (int(ran_ns) / 1e6, int(waited_ns) / 1e6, me.ru_minflt, me.ru_majflt, me.ru_nvcsw, me.ru_nivcsw,
                (process.ru_utime + process.ru_stime - me.ru_utime - me.ru_stime) * 1000.0,
                *(int(j) for j in machine))

    def tick(self, now: float) -> None:
        cur = self._read()
        if cur is None:
            return
        start, before = self._last_t, self._last
        self._last_t, self._last = now, cur
        if now - start > self.over:
            self.reports.append(self._report(start, now, before, cur))

    def _report(self, start: float, end: float, a: tuple, b: tuple) -> dict:
        d = [y - x for x, y in zip(a, b)]
        ms = (end - start) * 1000.0
        report = {"at": start, "ms": ms, "ran": d[0], "waited": d[1], "off": ms - d[0] - d[1],
                  "minflt": d[2], "majflt": d[3], "vol": d[4], "invol": d[5], "others": d[6],
                  "machine": dict(zip(_STAT_NAMES, d[7:])), "events": [], "gc": [], "growths": []}
        if self.app is not None:
            inside = [(s, dur, name) for s, dur, name in self.app.recent if s < end and s + dur / 1000.0 > start]
            report["events"] = inside
        if self.watch is not None:
            report["gc"] = [(g, dur) for s, g, dur in self.watch.collections.array()[-64:] if start <= s <= end]
        if self.growths is not None:
            report["growths"] = [(dur, mb) for s, dur, mb in self.growths if start <= s <= end]
        return report

    def lines(self, lo: float = float("-inf"), hi: float = float("inf"), origin: float = 0.0) -> list[str]:
        return [describe(r, origin) for r in self.reports if lo <= r["at"] <= hi]


def event_label(name) -> str:
    """A recorded event's name: a string for the long ones, (receiver's class, event type) for the rest."""
    if isinstance(name, str):
        return name
    kind, number = name
    try:
        from PySide6.QtCore import QEvent

        return f"{kind}:{QEvent.Type(number).name}"
    except (ImportError, ValueError):
        return f"{kind}:{number}"


def describe(r: dict, origin: float = 0.0) -> str:
    machine = r["machine"]
    busy = ", ".join(f"{k} {v * 10} ms" for k, v in machine.items() if v and k != "idle")
    events = r["events"]
    named = ", ".join(f"{event_label(name)} {dur:.1f}" for _, dur, name in sorted(events, key=lambda e: -e[1])[:4])
    text = (f"  gap {r['ms']:5.1f} ms at {(r['at'] - origin) / 60.0:5.2f} min: GUI thread ran {r['ran']:.1f} ms, "
            f"waited for a core {r['waited']:.1f} ms, off its core {r['off']:.1f} ms; other threads "
            f"{r['others']:.1f} ms; faults {r['minflt']} minor / {r['majflt']} major; switches "
            f"{r['vol']} voluntary / {r['invol']} forced | machine (10 ms ticks): {busy or '-'}, idle "
            f"{machine.get('idle', 0) * 10} ms | {len(events)} events, {sum(e[1] for e in events):.1f} ms"
            + (f" ({named})" if named else ""))
    if r["gc"]:
        text += " | gc " + ", ".join(f"gen {g:.0f} {dur:.1f} ms" for g, dur in r["gc"])
    if r["growths"]:
        text += " | bench records grew " + ", ".join(f"{mb:.1f} MB in {dur:.1f} ms" for dur, mb in r["growths"])
    return text
