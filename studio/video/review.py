"""Reviewing highlights: the segment list a user edits, its undo history, and the words that describe it.

The Qt-free half of the highlights tab: the tab shows what this computes, so that the editing rules (one
undo step per change, a hundred kept) and the wording can be checked without a window.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.core.console import format_duration
from studio.video.export import ExportResult
from studio.video.segments import Segment, Threshold, reel_length

UNDO_LIMIT = 100


class SegmentEdits:
    """The segments being reviewed, with undo and redo.

    Every change keeps the list as it was before, unless it is made with ``undoable=False`` (the many
    steps of a threshold drag), in which case ``record(before)`` makes the whole run of changes one step.
    """

    def __init__(self) -> None:
        self._segments: list[Segment] = []
        self._undo: list[list[Segment]] = []
        self._redo: list[list[Segment]] = []

    @property
    def segments(self) -> list[Segment]:
        """The current segments (a copy: change them through this object)."""
        return list(self._segments)

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def clear_history(self) -> None:
        self._undo.clear()
        self._redo.clear()

    def replace(self, segments: list[Segment], undoable: bool = True) -> None:
        before = self._segments
        self._segments = list(segments)
        if undoable:
            self.record(before)

    def record(self, before: list[Segment]) -> None:
        """Keep ``before`` as one undo step, if the segments are no longer the same."""
        if before != self._segments:
            self._undo.append(list(before))
            del self._undo[:-UNDO_LIMIT]
            self._redo.clear()

    def toggle(self, rows: list[int]) -> None:
        """Switch these rows on or off, as one step."""
        segs = list(self._segments)
        for r in rows:
            segs[r] = segs[r].toggled()
        self.replace(segs)

    def set_enabled(self, row: int, enabled: bool) -> None:
        segs = list(self._segments)
        segs[row] = segs[row].toggled(enabled)
        self.replace(segs)

    def move_edges(self, row: int, start: float, end: float, duration_s: float) -> None:
        """Give segment ``row`` new edges, kept inside [0, ``duration_s``]."""
        segs = list(self._segments)
        segs[row] = segs[row].with_edges(max(0.0, start), min(duration_s, end))
        self.replace(segs)

    def undo(self) -> bool:
        """Go back one step; False when there is none."""
        if not self._undo:
            return False
        self._redo.append(self._segments)
        self._segments = self._undo.pop()
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        self._undo.append(self._segments)
        self._segments = self._redo.pop()
        return True


def clock(t: float) -> str:
    """A time in the source as the segment list shows it: "01:02.50", or "1:02:03.00" past an hour."""
    m, s = divmod(t, 60)
    h, m = divmod(int(m), 60)
    return f"{h}:{m:02d}:{s:05.2f}" if h else f"{m:02d}:{s:05.2f}"


def row_cells(index: int, segment: Segment) -> list[str]:
    """The texts of one row of the segment list after its check box: number, start, end, length, peak."""
    return [str(index + 1), clock(segment.start), clock(segment.end), f"{segment.length:.1f} s",
            f"{segment.peak_db:.1f}"]


def reel_summary(segments: list[Segment], crossfade_s: float) -> str:
    on = [s for s in segments if s.enabled]
    return f"{len(on)} of {len(segments)} highlights, reel {format_duration(reel_length(segments, crossfade_s))}"


def export_summary(result: ExportResult) -> str:
    how = "copied without re-encoding" if result.stream_copied else "encoded"
    text = (f"Saved {result.path.name} in {result.path.parent}: {format_duration(result.duration_s)}, "
            f"{result.segments} clips, {how} in {result.elapsed_s:.1f} s.")
    return " ".join([text, *result.notes])


def threshold_summary(threshold: Threshold, duration_s: float, elapsed_s: float, notes: tuple[str, ...]) -> str:
    """What the threshold means for this file, how fast the analysis was, and its notes."""
    speed = duration_s / max(elapsed_s, 1e-9)
    text = (f"{threshold.explanation} Drag the red line to change it.  "
            f"(Analysed in {elapsed_s:.1f} s, {speed:.0f}× real time.)")
    return text + (f"\n{' '.join(notes)}" if notes else "")


@dataclass(frozen=True)
class LevelField:
    """How the threshold's value box reads in one mode. ``decimals`` and ``step`` None: left as they are."""

    low: float
    high: float
    suffix: str
    default: float
    decimals: int | None = None
    step: float | None = None
    editable: bool = True


def level_field(mode: str, unit: str, current: float | None) -> LevelField:
    """The value box of threshold mode ``mode`` on a curve in ``unit`` ("dBFS", "LUFS" or "energy").

    ``current``: the level now in use, the default where the mode's value is a level.
    """
    if mode == "percentile":
        return LevelField(0.5, 99.5, " % loudest", 10.0, decimals=1, step=1)
    if mode == "mad":
        return LevelField(0.5, 10, " × spread", 3.0, decimals=1, step=0.5)
    if mode == "absolute" and unit == "energy":
        return LevelField(0, 1e12, " energy", 2205.0 if current is None else current, decimals=0, step=100)
    if mode == "absolute":
        return LevelField(-120, 0, f" {unit}", -25.0 if current is None else current, decimals=1, step=1)
    # otsu: the box only shows the level found
    return LevelField(-1e12, 1e12, "" if unit == "energy" else f" {unit}", 0.0 if current is None else current,
                      editable=False)
