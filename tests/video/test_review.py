"""Reviewing highlights without a window: edits with undo and redo, and the words that describe them."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.video.export import ExportResult
from studio.video.review import (UNDO_LIMIT, SegmentEdits, clock, export_summary, level_field, reel_summary,
                                 row_cells)
from studio.video.segments import Segment


def three() -> list[Segment]:
    return [Segment(1.0, 3.0, -5.0), Segment(10.0, 14.0, -3.25), Segment(20.0, 21.5, -8.0)]


def test_each_change_is_one_undo_step_and_a_drag_is_one_too():
    edits = SegmentEdits()
    edits.replace(three())
    edits.toggle([0, 2])
    assert [s.enabled for s in edits.segments] == [False, True, False]
    edits.move_edges(1, -4.0, 99.0, duration_s=30.0)
    assert (edits.segments[1].start, edits.segments[1].end) == (0.0, 30.0)
    assert edits.undo() and (edits.segments[1].start, edits.segments[1].end) == (10.0, 14.0)
    assert edits.undo() and all(s.enabled for s in edits.segments)
    assert edits.redo() and not edits.segments[0].enabled
    assert edits.can_redo()

    before = edits.segments  # a drag: many silent changes, then one step
    for end in (4.0, 5.0, 6.0):
        edits.replace([before[0].with_edges(1.0, end)], undoable=False)
    edits.record(before)
    assert not edits.can_redo()
    assert edits.undo() and edits.segments == before


def test_history_is_bounded_and_unchanged_lists_leave_none():
    edits = SegmentEdits()
    edits.replace(three())
    edits.replace(three())  # the same list: nothing to undo
    assert edits.undo() and edits.segments == [] and not edits.can_undo()
    for k in range(UNDO_LIMIT + 20):
        edits.replace([Segment(0.0, 1.0 + k)])
    undone = 0
    while edits.undo():
        undone += 1
    assert undone == UNDO_LIMIT
    edits.clear_history()
    assert not edits.can_undo() and not edits.can_redo()


def test_rows_and_summaries_read_as_the_tab_shows_them():
    assert clock(62.5) == "01:02.50" and clock(3723.0) == "1:02:03.00"
    assert row_cells(1, Segment(10.0, 14.0, -3.25)) == ["2", "00:10.00", "00:14.00", "4.0 s", "-3.2"]
    segs = three()
    segs[2] = segs[2].toggled()
    assert reel_summary(segs, 0.0) == "2 of 3 highlights, reel 00:06"
    result = ExportResult(Path("/tmp/reel.mp4"), 6.0, 2, True, 1.25)
    assert export_summary(result) == "Saved reel.mp4 in /tmp: 00:06, 2 clips, copied without re-encoding in 1.2 s."
    noted = ExportResult(Path("/tmp/reel.mp4"), 6.0, 2, False, 1.25, ("Highlights past the end were cut.",))
    assert export_summary(noted).endswith("encoded in 1.2 s. Highlights past the end were cut.")


@pytest.mark.parametrize("mode, unit, current, expected", [
    ("percentile", "dBFS", -20.0, (0.5, 99.5, " % loudest", 10.0, True)),
    ("mad", "LUFS", None, (0.5, 10, " × spread", 3.0, True)),
    ("absolute", "dBFS", None, (-120, 0, " dBFS", -25.0, True)),
    ("absolute", "dBFS", -18.0, (-120, 0, " dBFS", -18.0, True)),
    ("absolute", "energy", None, (0, 1e12, " energy", 2205.0, True)),
    ("otsu", "energy", 900.0, (-1e12, 1e12, "", 900.0, False)),
    ("otsu", "LUFS", -30.0, (-1e12, 1e12, " LUFS", -30.0, False)),
])
def test_the_value_box_of_each_threshold_mode(mode, unit, current, expected):
    field = level_field(mode, unit, current)
    assert (field.low, field.high, field.suffix, field.default, field.editable) == expected
