"""Loudness over time: per-tick sums that stream, then windows built from them.

The decoder's blocks are reduced at once to a few numbers per 50 ms "tick" (sum of squares, the same
after K-weighting, the lowest and highest sample). Windows of any length that is a multiple of the tick
are then sums of ticks, so the audio itself is never kept, and a file can be split into parts that are
measured in separate processes and joined afterwards.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

TICK_S = 0.05
FLOOR_DB = -120.0  # digital silence is shown at this level instead of -inf
CLASSIC_RATE = 22_050  # the seed's librosa default; classic energies are expressed at this rate


def tick_samples(sample_rate: int) -> int:
    return max(1, int(round(TICK_S * sample_rate)))


def k_weighting(sample_rate: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The two biquads of ITU-R BS.1770 (high shelf, then high pass) for any sample rate."""
    # High shelf: +4 dB above about 1.5 kHz, the head's effect on sound.
    g, q, fc = 3.999843853973347, 0.7071752369554196, 1681.974450955533
    k = math.tan(math.pi * fc / sample_rate)
    vh = 10 ** (g / 20)
    vb = vh ** 0.4996667741545416
    a0 = 1 + k / q + k * k
    b1 = np.array([(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0])
    a1 = np.array([1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0])
    # High pass at about 38 Hz (the "RLB" curve): rumble does not count as loud.
    q, fc = 0.5003270373238773, 38.13547087602444
    k = math.tan(math.pi * fc / sample_rate)
    a0 = 1 + k / q + k * k
    b2 = np.array([1.0, -2.0, 1.0])
    a2 = np.array([1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0])
    return b1, a1, b2, a2


@dataclass(frozen=True)
class TickStats:
    """Per-tick sums over a stretch of audio. ``first_tick`` is where the stretch starts in the file."""

    sample_rate: int
    first_tick: int
    ss: np.ndarray       # sum of squares per tick (float64)
    kss: np.ndarray      # the same after K-weighting
    lo: np.ndarray       # lowest sample per tick (float32)
    hi: np.ndarray       # highest sample per tick
    counts: np.ndarray   # samples in each tick (the last one may be short)

    @property
    def n_ticks(self) -> int:
        return int(self.ss.size)

    @property
    def duration_s(self) -> float:
        return float(self.counts.sum()) / self.sample_rate

    @staticmethod
    def join(parts: list["TickStats"]) -> "TickStats":
        """Join stretches measured separately (in order, each starting where the last ended)."""
        parts = [p for p in parts if p.n_ticks]
        if not parts:
            return TickStats(16_000, 0, *(np.zeros(0) for _ in range(5)))
        return TickStats(parts[0].sample_rate, parts[0].first_tick,
                         *(np.concatenate([getattr(p, name) for p in parts])
                           for name in ("ss", "kss", "lo", "hi", "counts")))


def k_weight_gains(sample_rate: int, n: int) -> np.ndarray:
    """Per-bin weights that turn an ``n``-point rfft's |X|² into the K-weighted sum of squares.

    The K-weighting filter is applied as its magnitude response on each 50 ms tick (Parseval's
    theorem), which needs no filter state: ticks can be measured in any order, in any process.
    """
    b1, a1, b2, a2 = k_weighting(sample_rate)
    z = np.exp(-1j * 2 * np.pi * np.fft.rfftfreq(n))  # e^{-jω} for each bin

    def response(b, a):
        return (b[0] + b[1] * z + b[2] * z * z) / (a[0] + a[1] * z + a[2] * z * z)

    gains = np.abs(response(b1, a1) * response(b2, a2)) ** 2
    doubled = np.full(gains.size, 2.0)
    doubled[0] = 1.0
    if n % 2 == 0:
        doubled[-1] = 1.0
    return gains * doubled / n


class TickMeter:
    """Turns a stream of mono blocks into TickStats (the samples themselves are not kept)."""

    def __init__(self, sample_rate: int, first_sample: int = 0, k_weighted: bool = True) -> None:
        self.sample_rate = sample_rate
        self.tick = tick_samples(sample_rate)
        if first_sample % self.tick:
            raise ValueError("a measured stretch must start on a tick boundary")
        self.first_tick = first_sample // self.tick
        self.k_weighted = k_weighted
        self._gains = k_weight_gains(sample_rate, self.tick) if k_weighted else None
        self._carry = np.zeros(0, np.float32)
        self._parts: dict[str, list[np.ndarray]] = {k: [] for k in ("ss", "kss", "lo", "hi")}
        self.samples_seen = 0

    def _k_energy(self, body: np.ndarray) -> np.ndarray:
        spectrum = np.fft.rfft(body, axis=1)
        power = spectrum.real ** 2 + spectrum.imag ** 2
        return power @ self._gains

    def feed(self, samples: np.ndarray) -> None:
        self.samples_seen += samples.size
        x = np.concatenate([self._carry, samples]) if self._carry.size else samples
        whole = (x.size // self.tick) * self.tick
        if whole:
            body = x[:whole].reshape(-1, self.tick)
            self._parts["ss"].append(np.einsum("ij,ij->i", body, body, dtype=np.float64))
            self._parts["lo"].append(body.min(axis=1))
            self._parts["hi"].append(body.max(axis=1))
            if self.k_weighted:
                self._parts["kss"].append(self._k_energy(body))
        self._carry = x[whole:].copy()

    def finish(self) -> TickStats:
        if self._carry.size:
            c = self._carry.astype(np.float64)
            self._parts["ss"].append(np.array([np.dot(c, c)]))
            self._parts["lo"].append(np.array([self._carry.min()], np.float32))
            self._parts["hi"].append(np.array([self._carry.max()], np.float32))
            if self.k_weighted:
                padded = np.zeros((1, self.tick), np.float64)
                padded[0, :c.size] = c
                self._parts["kss"].append(self._k_energy(padded))
        cat = {k: (np.concatenate(v) if v else np.zeros(0)) for k, v in self._parts.items()}
        n = cat["ss"].size
        if not self.k_weighted:
            cat["kss"] = np.zeros(n)
        counts = np.full(n, self.tick, np.int64)
        if self._carry.size:
            counts[-1] = self._carry.size
        return TickStats(self.sample_rate, self.first_tick, cat["ss"], cat["kss"],
                         cat["lo"].astype(np.float32), cat["hi"].astype(np.float32), counts)


MEASURES = ("rms", "lufs", "classic")
MEASURE_NAMES = {"rms": "RMS loudness (dBFS)", "lufs": "K-weighted loudness (LUFS)",
                 "classic": "Classic: 10 s chunk energy"}


@dataclass(frozen=True)
class LoudnessSettings:
    """How loudness is measured. Window and hop are rounded to whole 50 ms ticks.

    ``measure``: "rms" (RMS in dBFS), "lufs" (K-weighted, EBU R128 momentary style) or "classic"
    (the seed's method: sum of squared samples per ``classic_chunk_s`` chunk).
    """

    measure: str = "rms"
    window_s: float = 0.5
    hop_s: float = 0.25
    classic_chunk_s: float = 10.0

    def window_ticks(self) -> tuple[int, int]:
        if self.measure == "classic":
            w = h = max(1, round(self.classic_chunk_s / TICK_S))
        else:
            w = max(1, round(self.window_s / TICK_S))
            h = max(1, round(self.hop_s / TICK_S))
        return w, min(h, w)


@dataclass(frozen=True)
class LoudnessCurve:
    """One value per window. Each window stands for the stretch [starts[i], ends[i]) around its centre,
    one hop long, so that the stretches tile the file without overlapping."""

    measure: str
    unit: str
    starts: np.ndarray
    ends: np.ndarray
    values: np.ndarray
    peak_db: np.ndarray
    duration_s: float
    settings: LoudnessSettings = field(default_factory=LoudnessSettings)

    @property
    def centres(self) -> np.ndarray:
        return (self.starts + self.ends) / 2

    @property
    def is_db(self) -> bool:
        return self.unit != "energy"


def to_db(power: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore"):
        return np.maximum(10 * np.log10(np.maximum(power, 0)), FLOOR_DB)


def loudness_curve(ticks: TickStats, settings: LoudnessSettings) -> LoudnessCurve:
    """Windows over the ticks, measured as ``settings.measure`` says."""
    w, h = settings.window_ticks()
    n = ticks.n_ticks
    duration = ticks.duration_s
    if n == 0:
        empty = np.zeros(0)
        return LoudnessCurve(settings.measure, _unit(settings.measure), empty, empty, empty, empty, 0.0, settings)
    source = ticks.kss if settings.measure == "lufs" else ticks.ss
    csum = np.concatenate([[0.0], np.cumsum(source)])
    ccount = np.concatenate([[0], np.cumsum(ticks.counts)])
    first = np.arange(0, n, h) if settings.measure == "classic" else np.arange(0, max(1, n - w + h), h)
    last = np.minimum(first + w, n)
    energy = csum[last] - csum[first]
    count = np.maximum(ccount[last] - ccount[first], 1)
    peak = np.maximum(np.abs(ticks.lo), np.abs(ticks.hi)).astype(np.float64)
    peak_w = np.maximum.reduceat(peak, first) if settings.measure == "classic" else _sliding_max(peak, first, w)
    tick_s = ticks.counts[0] / ticks.sample_rate if n else TICK_S
    if settings.measure == "classic":
        values = energy / ticks.sample_rate * CLASSIC_RATE  # the seed's sum of squares at 22,050 Hz
        starts = first * tick_s
        ends = np.minimum(last * tick_s, duration)
    else:
        mean_square = energy / count
        values = to_db(mean_square) - (0.691 if settings.measure == "lufs" else 0.0)
        centre = (first + (last - first) / 2) * tick_s
        starts = np.maximum(centre - h * tick_s / 2, 0)
        ends = np.minimum(centre + h * tick_s / 2, duration)
        starts[0] = 0.0
        ends[-1] = duration
        starts[1:] = ends[:-1]  # tile exactly
    return LoudnessCurve(settings.measure, _unit(settings.measure), starts.astype(np.float64),
                         ends.astype(np.float64), values.astype(np.float64), 20 * np.log10(np.maximum(peak_w, 1e-6)),
                         duration, settings)


def _sliding_max(x: np.ndarray, first: np.ndarray, w: int) -> np.ndarray:
    if w == 1:
        return x[first]
    from numpy.lib.stride_tricks import sliding_window_view

    padded = np.concatenate([x, np.zeros(w - 1)])
    return sliding_window_view(padded, w)[first].max(axis=1)


def _unit(measure: str) -> str:
    return {"rms": "dBFS", "lufs": "LUFS", "classic": "energy"}[measure]


def overview(ticks: TickStats) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(times, lowest, highest) per tick, for drawing the waveform."""
    times = (ticks.first_tick + np.arange(ticks.n_ticks)) * (tick_samples(ticks.sample_rate) / ticks.sample_rate)
    return times, ticks.lo, ticks.hi
