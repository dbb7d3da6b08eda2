"""Thresholds, merging, padding and top-N on hand-made curves."""

from __future__ import annotations

import numpy as np
import pytest

from studio.video.loudness import LoudnessCurve, LoudnessSettings
from studio.video.segments import (Segment, SegmentRules, ThresholdError, ThresholdSpec, find_segments, otsu,
                                   reel_length, resolve_threshold, select_best)


def curve_from(values, hop=0.25) -> LoudnessCurve:
    v = np.asarray(values, float)
    starts = np.arange(v.size) * hop
    return LoudnessCurve("rms", "dBFS", starts, starts + hop, v, v + 3, v.size * hop, LoudnessSettings())


@pytest.mark.parametrize("text,mode,value", [
    ("auto", "otsu", None), ("otsu", "otsu", None), ("mad", "mad", 3.0), ("mad:2.5", "mad", 2.5),
    ("top10%", "percentile", 10.0), ("5%", "percentile", 5.0), ("-25dB", "absolute", -25.0),
    ("-23 LUFS", "absolute", -23.0), ("-30", "absolute", -30.0)])
def test_parse_threshold(text, mode, value):
    spec = ThresholdSpec.parse(text)
    assert (spec.mode, spec.value) == (mode, value)


@pytest.mark.parametrize("text", ["loud", "top150%", "mad:x"])
def test_parse_threshold_rejects_nonsense_with_a_sentence(text):
    with pytest.raises(ThresholdError, match="threshold|share"):
        ThresholdSpec.parse(text)


def test_otsu_splits_two_groups():
    values = np.concatenate([np.full(300, -50.0), np.full(100, -20.0)]) + np.random.default_rng(0).normal(0, 1, 400)
    assert -45 < otsu(values) < -25


def test_thresholds_explain_themselves():
    c = curve_from([-50] * 30 + [-20] * 10)
    for spec in ("auto", "mad", "top25%", "-30dB"):
        t = resolve_threshold(c, ThresholdSpec.parse(spec))
        assert -50 < t.value <= -20
        assert "%" in t.explanation and "dBFS" in t.explanation
        assert t.share_above == pytest.approx(0.25, abs=0.01)


def test_one_spike_does_not_hide_the_rest():
    # A single firecracker at 0 dBFS; a peak-normalised threshold (auto-editor style, 4 % of the peak)
    # would put the line at -28 dB and still keep the crowd, but at 10 % of peak (-20 dB) it loses
    # every cheer. Distribution-based thresholds do not move.
    base = [-50] * 200 + ([-22] * 8 + [-50] * 12) * 5
    spiky = base + [0]
    for spec in ("auto", "top20%"):
        a = resolve_threshold(curve_from(base), ThresholdSpec.parse(spec)).value
        b = resolve_threshold(curve_from(spiky), ThresholdSpec.parse(spec)).value
        assert b < -22 and abs(a - b) < 5
    segs = find_segments(curve_from(spiky), resolve_threshold(curve_from(spiky), ThresholdSpec()).value,
                         SegmentRules(min_length_s=0, merge_gap_s=0, pre_s=0, post_s=0))
    assert len(segs) == 6  # five cheers and the spike


def test_merge_min_length_and_padding():
    v = [-50] * 8 + [-10] * 8 + [-50] * 2 + [-10] * 4 + [-50] * 20 + [-10] * 1 + [-50] * 8
    c = curve_from(v)
    segs = find_segments(c, -30, SegmentRules(min_length_s=0.5, merge_gap_s=0.6, pre_s=0, post_s=0))
    assert [(s.start, s.end) for s in segs] == [(2.0, 5.5)]  # joined across a 0.5 s gap; the 0.25 s blip dropped
    segs = find_segments(c, -30, SegmentRules(min_length_s=0.5, merge_gap_s=0.6, pre_s=3.0, post_s=1.0))
    assert [(s.start, s.end) for s in segs] == [(0.0, 6.5)]  # pre-roll clamped at the file start
    segs = find_segments(c, -30, SegmentRules(min_length_s=0.5, merge_gap_s=0.1, pre_s=0, post_s=0))
    assert len(segs) == 2


def test_top_n_and_target_length_keep_the_best_in_time_order():
    segs = [Segment(0, 5, score=1), Segment(10, 12, score=9), Segment(20, 30, score=5), Segment(40, 41, score=7)]
    assert [s.start for s in select_best(segs, 2, None)] == [10, 40]
    assert [s.start for s in select_best(segs, None, 4.0)] == [10, 40]
    assert [s.start for s in select_best(segs, None, 13.0)] == [10, 20, 40]
    only = select_best([Segment(0, 100, score=1)], None, 10.0)
    assert only[0].length == pytest.approx(10.0)


def test_reel_length_counts_enabled_and_crossfades():
    segs = [Segment(0, 5), Segment(10, 12).toggled(), Segment(20, 30)]
    assert reel_length(segs) == 15
    assert reel_length(segs, crossfade_s=0.5) == 14.5
