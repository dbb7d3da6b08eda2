"""Detection on real recordings and on synthetic crowd videos with known loud spans."""

from __future__ import annotations

import pytest

from studio.video.analysis import analyse_to_end
from studio.video.loudness import LoudnessSettings
from studio.video.segments import SegmentRules, ThresholdSpec, find_segments, iou, resolve_threshold
from tests.video.conftest import CROWD_SPANS

TIGHT = SegmentRules(min_length_s=0.2, merge_gap_s=0.2, pre_s=0, post_s=0)


@pytest.fixture(scope="module")
def jfk(shared_data):
    return analyse_to_end(shared_data / "video" / "whisper-jfk.mp4")


@pytest.fixture(scope="module")
def example(shared_data):
    return analyse_to_end(shared_data / "video" / "auto-editor-example.mp4")


@pytest.mark.parametrize("measure", ["rms", "lufs"])
def test_jfk_loud_words_and_pauses(jfk, measure):
    curve = jfk.curve(LoudnessSettings(measure))
    t = resolve_threshold(curve, ThresholdSpec("otsu"))
    segs = find_segments(curve, t.value, TIGHT)
    gaps = [(a.end, b.start) for a, b in zip(segs, segs[1:])]
    # The pauses near 2-2.5 s, 4.5 s and 7.5 s separate the words.
    for near in (2.3, 4.6, 7.7):
        assert any(a - 0.3 <= near <= b + 0.3 for a, b in gaps), (near, gaps)
    assert len(gaps) == 3
    for a, b in gaps:
        inside = curve.values[(curve.centres > a) & (curve.centres < b)]
        assert inside.max() < -25  # pauses: -33..-41 dBFS
    loud = curve.values[(curve.centres > 0.5) & (curve.centres < 1.9)]
    assert loud.max() > -16  # "ask not": the loud words, -11..-16 dBFS


def test_example_speech_silence_and_burst(example):
    curve = example.curve(LoudnessSettings("rms"))
    segs = find_segments(curve, resolve_threshold(curve, ThresholdSpec("otsu")).value,
                         SegmentRules(min_length_s=0.3, merge_gap_s=1.0, pre_s=0, post_s=0))
    assert len(segs) == 2
    speech, burst = segs
    assert speech.start == pytest.approx(0.0, abs=0.3) and speech.end == pytest.approx(17.5, abs=0.3)
    assert 39.3 < burst.start < 40.2 and burst.end < 41.5
    silence = curve.values[(curve.centres > 18) & (curve.centres < 39.3)]
    assert silence.max() < -90  # digital silence


def test_classic_mode_marks_10s_chunks(example):
    curve = example.curve(LoudnessSettings("classic"))
    assert list(curve.starts[:5]) == [0, 10, 20, 30, 40]
    segs = find_segments(curve, 30.0, SegmentRules(min_length_s=0, merge_gap_s=0, pre_s=0, post_s=0))
    assert [(s.start, s.end) for s in segs] == [(0.0, 20.0), (40.0, pytest.approx(42.41, abs=0.05))]


@pytest.mark.parametrize("measure,spec", [("rms", "auto"), ("lufs", "auto"), ("rms", "mad"), ("rms", "-40dB")])
def test_crowd_spans_found(crowd_video, measure, spec):
    result = analyse_to_end(crowd_video)
    curve = result.curve(LoudnessSettings(measure))
    t = resolve_threshold(curve, ThresholdSpec.parse(spec))
    segs = find_segments(curve, t.value, SegmentRules(min_length_s=1.0, merge_gap_s=1.0, pre_s=0, post_s=0))
    assert len(segs) == len(CROWD_SPANS), [(s.start, s.end) for s in segs]
    for seg, truth in zip(segs, CROWD_SPANS):
        assert iou((seg.start, seg.end), truth) >= 0.9, ((seg.start, seg.end), truth)


def test_crowd_top1_keeps_the_longer_cheer(crowd_video):
    curve = analyse_to_end(crowd_video).curve(LoudnessSettings())
    t = resolve_threshold(curve, ThresholdSpec())
    segs = find_segments(curve, t.value, SegmentRules(pre_s=1, post_s=1, top_n=1))
    assert len(segs) == 1 and segs[0].start == pytest.approx(2.0, abs=0.3)
