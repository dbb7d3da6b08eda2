"""From a loudness curve to highlight segments: thresholds that explain themselves, merging, top-N.

Every threshold is on an absolute scale (dBFS, LUFS, or the classic energy), never relative to the
file's single loudest peak, so one firecracker cannot push every other moment under the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import numpy as np

from studio.core.console import format_duration
from studio.core.errors import StudioError
from studio.video.loudness import FLOOR_DB, LoudnessCurve

THRESHOLD_MODES = ("otsu", "mad", "percentile", "absolute")
MODE_NAMES = {"otsu": "Automatic (Otsu: split loud from quiet)",
              "mad": "Automatic (median + k × spread)",
              "percentile": "Loudest share of the file (top %)",
              "absolute": "Fixed level"}
SILENCE_DB = -90.0  # windows below this are digital silence and do not vote in automatic thresholds


class ThresholdError(StudioError):
    """A threshold the user typed that cannot be understood."""


@dataclass(frozen=True)
class ThresholdSpec:
    """How to choose the threshold. ``value``: dB (absolute), the top share in % (percentile),
    k (mad); unused for otsu."""

    mode: str = "otsu"
    value: float | None = None

    @staticmethod
    def parse(text: str) -> "ThresholdSpec":
        """Read "auto", "otsu", "mad", "mad:2.5", "top10%", "10%", "-20", "-20dB", "-23LUFS" or "5000"."""
        t = str(text).strip().lower().replace(" ", "")
        if t in ("auto", "otsu"):
            return ThresholdSpec("otsu")
        m = re.fullmatch(r"mad(?::|=)?([0-9.]+)?", t)
        if m:
            return ThresholdSpec("mad", float(m.group(1)) if m.group(1) else 3.0)
        m = re.fullmatch(r"(?:top|p)?([0-9.]+)%", t) or re.fullmatch(r"top([0-9.]+)", t)
        if m:
            share = float(m.group(1))
            if not 0 < share < 100:
                raise ThresholdError(f"A top share must be between 0 and 100 %, not {share:g} %.")
            return ThresholdSpec("percentile", share)
        m = re.fullmatch(r"([-+]?[0-9.]+)(db|dbfs|lufs|lu)?", t)
        if m:
            return ThresholdSpec("absolute", float(m.group(1)))
        raise ThresholdError(f"'{text}' is not a threshold I understand. Use auto, mad, mad:2.5, top10%, "
                             "or a level such as -25dB.")


@dataclass(frozen=True)
class Threshold:
    """The chosen level, and a sentence that says what it means for this file."""

    value: float
    spec: ThresholdSpec
    explanation: str
    share_above: float  # fraction of the file's time that is above the line


def _fmt(value: float, unit: str) -> str:
    return f"{value:,.0f} (energy)" if unit == "energy" else f"{value:.1f} {unit}"


def resolve_threshold(curve: LoudnessCurve, spec: ThresholdSpec) -> Threshold:
    """Turn a spec into a level on ``curve``'s scale, with its explanation in plain words."""
    v = curve.values
    if v.size == 0:
        return Threshold(0.0, spec, "The file has no sound to measure.", 0.0)
    voiced = v[v > SILENCE_DB] if curve.is_db else v[v > 0]
    pool = voiced if voiced.size >= 4 else v
    if spec.mode == "absolute":
        level = float(spec.value if spec.value is not None else -20.0)
        why = f"Moments louder than {_fmt(level, curve.unit)} count as exciting (a fixed level you chose)."
    elif spec.mode == "percentile":
        share = float(spec.value if spec.value is not None else 10.0)
        level = float(np.percentile(v, 100 - share))
        why = (f"The loudest {share:g} % of the file counts as exciting: everything above "
               f"{_fmt(level, curve.unit)}.")
    elif spec.mode == "mad":
        k = float(spec.value if spec.value is not None else 3.0)
        scale = pool if curve.is_db else _energy_db(pool)
        med = float(np.median(scale))
        mad = float(np.median(np.abs(scale - med))) * 1.4826  # a standard deviation that ignores outliers
        level_db = med + k * max(mad, 0.5)
        level = level_db if curve.is_db else float(10 ** (level_db / 10))
        why = (f"Typical loudness here is {_fmt(med if curve.is_db else 10 ** (med / 10), curve.unit)}; "
               f"moments {k:g} × the usual spread ({mad:.1f} dB) above it, louder than "
               f"{_fmt(level, curve.unit)}, count as exciting.")
    elif spec.mode == "otsu":
        scale = pool if curve.is_db else _energy_db(pool)
        level_db = otsu(scale)
        level = level_db if curve.is_db else float(10 ** (level_db / 10))
        why = (f"The sound splits best into a quiet group and a loud group at {_fmt(level, curve.unit)}; "
               f"the loud group counts as exciting.")
    else:
        raise ThresholdError(f"Unknown threshold mode '{spec.mode}'.")
    above = float(np.mean(v > level))
    why += f" That is {above * 100:.0f} % of the file."
    return Threshold(level, spec, why, above)


def _energy_db(x: np.ndarray) -> np.ndarray:
    return 10 * np.log10(np.maximum(x, 1e-12))


def otsu(values: np.ndarray, bins: int = 256) -> float:
    """Otsu's threshold: the level that best separates two groups (maximum between-class variance)."""
    values = values[np.isfinite(values)]
    if values.size == 0:
        return FLOOR_DB
    lo, hi = float(values.min()), float(values.max())
    if hi - lo < 1e-9:
        return hi
    hist, edges = np.histogram(values, bins=bins, range=(lo, hi))
    centres = (edges[:-1] + edges[1:]) / 2
    w0 = np.cumsum(hist)
    w1 = w0[-1] - w0
    m0 = np.cumsum(hist * centres)
    mean0 = m0 / np.maximum(w0, 1)
    mean1 = (m0[-1] - m0) / np.maximum(w1, 1)
    between = (w0 * w1 * (mean0 - mean1) ** 2)[:-1]
    # Well separated groups leave a plateau of equally good levels: take its middle, not its edge.
    best = np.flatnonzero(between >= between.max() * (1 - 1e-9))
    return float((edges[best[0] + 1] + edges[best[-1] + 1]) / 2)


@dataclass(frozen=True)
class SegmentRules:
    """What makes a highlight. Seconds throughout.

    ``min_length_s``: shorter loud bursts are dropped. ``merge_gap_s``: loud parts closer than this
    become one. ``pre_s``/``post_s``: kept before and after (the build-up and the reaction).
    ``top_n``: keep only the N best. ``target_s``: keep the best until the reel is this long.
    """

    min_length_s: float = 1.0
    merge_gap_s: float = 2.0
    pre_s: float = 2.0
    post_s: float = 2.0
    top_n: int | None = None
    target_s: float | None = None


@dataclass(frozen=True)
class Segment:
    """One highlight: [start, end) in seconds of the source, with how loud it got."""

    start: float
    end: float
    peak_db: float = FLOOR_DB     # loudest sample in it, dBFS
    level: float = FLOOR_DB       # loudest window on the curve's scale
    score: float = 0.0            # how far and how long it stays above the line
    enabled: bool = True

    @property
    def length(self) -> float:
        return max(0.0, self.end - self.start)

    def with_edges(self, start: float, end: float) -> "Segment":
        return replace(self, start=min(start, end), end=max(start, end))

    def toggled(self, enabled: bool | None = None) -> "Segment":
        return replace(self, enabled=(not self.enabled) if enabled is None else enabled)


def find_segments(curve: LoudnessCurve, threshold: float, rules: SegmentRules = SegmentRules()) -> list[Segment]:
    """Loud windows → runs → merged across short gaps → long enough → padded → the best N (in time order)."""
    v = curve.values
    if v.size == 0:
        return []
    loud = v > threshold
    edges = np.flatnonzero(np.diff(np.concatenate([[0], loud.astype(np.int8), [0]])))
    runs = [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2])]  # window index ranges [a, b)
    merged: list[list[int]] = []
    for a, b in runs:
        if merged and curve.starts[a] - curve.ends[merged[-1][1] - 1] <= rules.merge_gap_s + 1e-9:
            merged[-1][1] = b
        else:
            merged.append([a, b])
    excess = np.where(curve.is_db, v - threshold, 10 * np.log10(np.maximum(v, 1e-12) / max(threshold, 1e-12)))
    excess = np.maximum(excess, 0) * (curve.ends - curve.starts)
    segs = []
    for a, b in merged:
        start, end = float(curve.starts[a]), float(curve.ends[b - 1])
        if end - start + 1e-9 < rules.min_length_s:
            continue
        segs.append(Segment(start, end, float(curve.peak_db[a:b].max()), float(v[a:b].max()),
                            float(excess[a:b].sum())))
    segs = pad_and_merge(segs, rules.pre_s, rules.post_s, curve.duration_s)
    return select_best(segs, rules.top_n, rules.target_s)


def pad_and_merge(segs: list[Segment], pre: float, post: float, duration: float) -> list[Segment]:
    """Widen each segment, clamp to the file, and join those that now overlap or touch."""
    out: list[Segment] = []
    for s in sorted(segs, key=lambda s: s.start):
        s = replace(s, start=max(0.0, s.start - pre), end=min(duration, s.end + post) if duration else s.end + post)
        if out and s.start <= out[-1].end + 1e-9:
            last = out[-1]
            out[-1] = replace(last, end=max(last.end, s.end), peak_db=max(last.peak_db, s.peak_db),
                              level=max(last.level, s.level), score=last.score + s.score)
        else:
            out.append(s)
    return out


def select_best(segs: list[Segment], top_n: int | None, target_s: float | None) -> list[Segment]:
    """Keep the highest-scoring segments (all of them when neither limit is set), in time order."""
    ranked = sorted(segs, key=lambda s: (-s.score, -s.level, s.start))
    if top_n is not None:
        ranked = ranked[:max(0, top_n)]
    if target_s is not None:
        kept, total = [], 0.0
        for s in ranked:
            if total + s.length <= target_s + 1e-9:
                kept.append(s)
                total += s.length
        if not kept and ranked:  # even the best one is too long: keep it, cut around its middle
            s = ranked[0]
            mid = (s.start + s.end) / 2
            kept = [replace(s, start=max(s.start, mid - target_s / 2), end=min(s.end, mid + target_s / 2))]
        ranked = kept
    return sorted(ranked, key=lambda s: s.start)


def reel_length(segs: list[Segment], crossfade_s: float = 0.0) -> float:
    """How long the reel of the enabled segments will be."""
    on = [s for s in segs if s.enabled]
    return max(0.0, sum(s.length for s in on) - crossfade_s * max(0, len(on) - 1))


def summary(segs: list[Segment], crossfade_s: float = 0.0) -> str:
    on = [s for s in segs if s.enabled]
    return f"{len(on)} highlight(s), reel {format_duration(reel_length(segs, crossfade_s))}"


def iou(a: tuple[float, float], b: tuple[float, float]) -> float:
    inter = max(0.0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def clamp_to_media(segments: list[Segment], end_s: float) -> tuple[list[Segment], bool]:
    """Segments cut at the end of the media (those wholly after it dropped); True when any lost more than
    a tenth of a second."""
    out = []
    for s in segments:
        if s.start >= end_s - 1e-3:
            continue
        out.append(s.with_edges(s.start, min(s.end, end_s)) if s.end > end_s else s)
    # A few hundredths of a second (the header's duration against the last packet's end) is not news.
    changed = len(out) != len(segments) or any(b.end - a.end > 0.1 for a, b in zip(out, segments))
    return out, changed
