"""The analysis job: stream a file's sound once and keep its per-tick loudness sums.

Long files are cut into parts that separate processes measure at the same time (PyAV's decoders hold
Python's GIL, so threads would not help); each part starts decoding a second early so that the AAC
decoder (which needs the frame before) has settled when its first tick begins. How many processes is
chosen from the file's length and from what a process costs to start (``plan_workers``).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import dataclass, field
from typing import Iterator

import numpy as np

from studio.core.console import format_duration
from studio.core.tasks import Progress, TaskControl
from studio.video.audio import ANALYSIS_RATE, AudioTrack, MediaInfo, open_media, stream_mono
from studio.video.loudness import (LoudnessCurve, LoudnessSettings, TickMeter, TickStats, loudness_curve,
                                   tick_samples)

WARM_UP_S = 1.0
log = logging.getLogger("studio.video")


@dataclass(frozen=True)
class AnalysisSettings:
    """``track``: audio track number from 0 (None: the first). ``workers``: processes (None: chosen from
    the file's length, up to 4 of the machine's cores; 1 measures in this process). ``part_s``: the
    longest part handed out. ``start_method``: how worker processes start (None: "fork" where that is
    safe, else "spawn"; see ``pool_start_method``)."""

    track: int | None = None
    sample_rate: int = ANALYSIS_RATE
    workers: int | None = None
    part_s: float = 300.0   # each part opens the file again: ~15 ms for a 30-minute MP4 (its index)
    start_method: str | None = None


@dataclass(frozen=True)
class HighlightAnalysis:
    """What one pass over a file's sound found: the per-tick sums and notes for the user."""

    info: MediaInfo
    track: AudioTrack
    ticks: TickStats
    notes: tuple[str, ...] = ()
    elapsed_s: float = 0.0
    workers: int = 1
    _cache: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def duration_s(self) -> float:
        return self.ticks.duration_s

    def curve(self, settings: LoudnessSettings) -> LoudnessCurve:
        """The loudness curve for ``settings`` (computed from the sums in milliseconds, then cached)."""
        if settings not in self._cache:
            self._cache[settings] = loudness_curve(self.ticks, settings)
        return self._cache[settings]


def measure_part(path: str, track: int | None, sample_rate: int, start_s: float,
                 end_s: float | None) -> TickStats:
    """Measure [start_s, end_s) of a file. Runs in a worker process, so it takes and returns plain data."""
    first = int(round(start_s * sample_rate))
    meter = TickMeter(sample_rate, first_sample=first)
    warm_from = max(0.0, start_s - WARM_UP_S)
    for pos, block in stream_mono(path, track, sample_rate, warm_from, end_s):
        if pos < first:  # the decoder's warm-up second is not measured
            block = block[min(block.size, first - pos):]
        if block.size:
            meter.feed(block)
    return meter.finish()


def default_workers() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


# Seconds of sound that one more worker process must have to measure before it pays for its start.
# Measured (docs/benchmarks.md, "Video highlights"): a minute of AAC sound costs about 70 ms of CPU to
# decode and measure; two forked workers cost about 80 ms more than one process (the pool, the forks,
# copy-on-write faults), so on a one-minute file one process was faster (paired, 7 pairs) and from about
# three minutes two are; a spawned worker starts a fresh interpreter and imports numpy and PyAV again
# (about 0.3 s of CPU), which only several minutes of sound earn back. Below three minutes the command
# line forks one child by hand instead of a pool (``studio.video.fork_pair``): that pays from 20 s.
SOUND_PER_WORKER_S = {"fork": 90.0, "spawn": 600.0}


def pool_start_method() -> str:
    """"fork" on Linux in a process that runs no other Python thread and has loaded neither Qt nor torch
    (the command line); "spawn" elsewhere: forking a process whose other threads hold locks (Qt's, an
    OpenMP pool's) can deadlock the child, and macOS frameworks do not survive a fork."""
    import threading

    if (sys.platform.startswith("linux") and threading.active_count() == 1
            and not any(m in sys.modules for m in ("PySide6.QtCore", "torch"))):
        return "fork"
    return "spawn"


def plan_workers(duration_s: float, settings: AnalysisSettings, method: str) -> tuple[int, float]:
    """(processes, part length in seconds) for a file of ``duration_s``: as many processes as the cores
    allow and the sound pays for (``SOUND_PER_WORKER_S``), unless ``settings.workers`` says; parts no
    longer than ``settings.part_s`` and short enough that every process gets one, cut on tick bounds."""
    tick_s = tick_samples(settings.sample_rate) / settings.sample_rate
    if settings.workers is not None:
        workers = max(1, settings.workers)
    else:
        workers = max(1, min(default_workers(), int(duration_s // SOUND_PER_WORKER_S[method])))
    part_s = min(settings.part_s, duration_s / workers) if workers > 1 else settings.part_s
    part_s = max(tick_s, round(part_s / tick_s) * tick_s)
    n_parts = int(np.ceil(max(duration_s, 1e-3) / part_s))
    return max(1, min(workers, n_parts)), part_s


def analyse(path: str | os.PathLike, settings: AnalysisSettings = AnalysisSettings(),
            control: TaskControl | None = None) -> Iterator[Progress | HighlightAnalysis]:
    """Measure a file's loudness, yielding Progress in seconds of the file (unit "s") and, last, the
    HighlightAnalysis.

    Raises DataError (one sentence) for a file that cannot be used; the file is only ever read.
    """
    control = control or TaskControl()
    started = time.perf_counter()
    info, shared = open_media(path)   # kept open for an analysis in this process: one open, not two
    try:
        track = info.track(settings.track)
        notes = list(info.notes(settings.track))
        total = max(info.duration_s, 1e-3)
        yield _progress(0.0, total, f"Measuring the sound of {info.path.name}…")
        method = settings.start_method or pool_start_method()
        workers, part_s = plan_workers(info.duration_s, settings, method)
        ticks = None
        if workers == 1 and _pair_pays(info.duration_s, settings, method):
            ticks = yield from _analyse_pair(info, track, settings, control, started, shared)
            workers = 2
        elif workers > 1:
            from concurrent.futures.process import BrokenProcessPool

            shared.close()        # each worker opens the file itself (a forked one must not share this one)
            shared = None
            try:
                ticks = yield from _analyse_parallel(info, track, settings, part_s, int(np.ceil(total / part_s)),
                                                     workers, method, control, started)
            except BrokenProcessPool:
                # Worker processes could not start (a locked-down system, an unusual frozen build):
                # measure here instead, only slower.
                log.warning("worker processes failed; analysing %s in one process", info.path, exc_info=True)
        if ticks is None:
            workers = 1
            ticks = yield from _analyse_serial(info, track, settings, control, started, shared)
    finally:
        if shared is not None:
            shared.close()
    read = ticks.duration_s
    if read <= 0:
        from studio.core.errors import DataError
        raise DataError(f"No sound could be decoded from {info.path.name}; the file may be damaged or cut short.")
    if info.duration_s - read > max(1.0, 0.02 * info.duration_s):
        notes.append(f"The sound ends at {format_duration(read)} although {info.path.name} says it lasts "
                     f"{format_duration(info.duration_s)}; the file may be cut short. "
                     "Only the part that could be read was analysed.")
    yield _progress(total, total, "Done.")
    yield HighlightAnalysis(info=info, track=track, ticks=ticks, notes=tuple(notes),
                            elapsed_s=time.perf_counter() - started, workers=workers)


def _progress(done: float, total: float, message: str, eta_s: float | None = None) -> Progress:
    """How far the analysis has come, in seconds of the file."""
    return Progress(done, total, message, eta_s, unit="s")


def _eta(started: float, done: float, total: float) -> float | None:
    spent = time.perf_counter() - started
    return None if done <= 0 else spent / done * max(0.0, total - done)


def _analyse_serial(info, track, settings, control, started, container=None, end_s=None, pace=1.0,
                    message="Measuring loudness…"):
    """Measure from the start to ``end_s`` (None: the end) here; ``pace``: seconds of the file done for
    each second measured here (2 while a forked child measures the other half at the same pace)."""
    meter = TickMeter(settings.sample_rate)
    total = max(info.duration_s, 1e-3)
    last_report = 0.0
    for pos, block in stream_mono(info.path, track.number, settings.sample_rate, 0.0, end_s, container=container):
        control.checkpoint()
        meter.feed(block)
        done = pace * (pos + block.size) / settings.sample_rate
        now = time.perf_counter()
        if now - last_report > 0.1:
            last_report = now
            yield _progress(min(done, total), total, message, _eta(started, done, total))
    return meter.finish()


def _pair_pays(duration_s: float, settings: AnalysisSettings, method: str) -> bool:
    """Whether a short file is measured by this process and one forked child (``studio.video.fork_pair``):
    where forking is safe, the number of workers is left to the studio, and the sound is long enough."""
    from studio.video.fork_pair import PAIR_MIN_S

    return (method == "fork" and settings.workers is None and duration_s >= PAIR_MIN_S
            and default_workers() >= 2)


def _analyse_pair(info, track, settings, control, started, container):
    """The first half here (on the file already open), the second in a forked child, as one TickStats."""
    from studio.video.fork_pair import CHILD_START_S, ForkedPart

    rate = settings.sample_rate
    tick_s = tick_samples(rate) / rate
    # The child also decodes WARM_UP_S before its half and starts late: the cut is placed so that both
    # finish together.
    split = round((info.duration_s + WARM_UP_S + CHILD_START_S) / 2 / tick_s) * tick_s
    split = min(max(tick_s, split), max(tick_s, info.duration_s - 1.0))
    path, number = str(info.path), track.number
    child = ForkedPart(lambda: measure_part(path, number, rate, split, None))
    try:
        first = yield from _analyse_serial(info, track, settings, control, started, container, end_s=split,
                                           pace=2.0, message="Measuring loudness (2 processes)…")
        second = child.result()
    finally:
        child.close()
    if second is None:
        log.warning("the forked process did not measure %s; measuring its half here", info.path)
        second = measure_part(path, number, rate, split, None)
    return _join_parts([first, second], int(round(split * rate)))


def _analyse_parallel(info, track, settings, part_s, n_parts, workers, method, control, started):
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    total = max(info.duration_s, 1e-3)
    bounds = [(i * part_s, None if i == n_parts - 1 else (i + 1) * part_s) for i in range(n_parts)]
    results: dict[int, TickStats] = {}
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method))
    try:
        futures = {executor.submit(measure_part, str(info.path), track.number, settings.sample_rate, a, b): i
                   for i, (a, b) in enumerate(bounds)}
        pending = set(futures)
        while pending:
            control.checkpoint()
            done, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for fut in done:
                results[futures[fut]] = fut.result()
            finished = sum(min(part_s, total - bounds[i][0]) for i in results)
            if done:
                yield _progress(finished, total, f"Measuring loudness ({workers} processes)…",
                                _eta(started, finished, total))
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    return _join_parts([results[i] for i in range(n_parts)], int(round(part_s * settings.sample_rate)))


def _join_parts(parts: list[TickStats], part_samples: int) -> TickStats:
    """Join parts in order. A part that ended early (damaged data) is padded with silence when sound
    follows it, so that later ticks keep their true times; trailing empty parts are dropped."""
    last_real = max((i for i, p in enumerate(parts) if p.n_ticks), default=-1)
    fixed = []
    for i, p in enumerate(parts[:last_real + 1]):
        tick = tick_samples(p.sample_rate)
        want = part_samples // tick
        if i < last_real and p.n_ticks < want:
            pad = want - p.n_ticks
            p = TickStats(p.sample_rate, p.first_tick,
                          np.concatenate([p.ss, np.zeros(pad)]), np.concatenate([p.kss, np.zeros(pad)]),
                          np.concatenate([p.lo, np.zeros(pad, np.float32)]),
                          np.concatenate([p.hi, np.zeros(pad, np.float32)]), np.full(want, tick, np.int64))
        fixed.append(p)
    return TickStats.join(fixed)


def analyse_to_end(path: str | os.PathLike, settings: AnalysisSettings = AnalysisSettings()) -> HighlightAnalysis:
    """Run the analysis without progress reports (tests, scripts)."""
    result = None
    for item in analyse(path, settings):
        if isinstance(item, HighlightAnalysis):
            result = item
    assert result is not None
    return result


__all__ = ["AnalysisSettings", "HighlightAnalysis", "analyse", "analyse_to_end",
           "measure_part", "plan_workers", "pool_start_method"]
