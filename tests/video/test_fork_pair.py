"""The command line's forked second process for short files (studio.video.fork_pair)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import numpy as np
import pytest

from studio.video import analysis
from studio.video.analysis import AnalysisSettings, analyse, analyse_to_end
from studio.video.fork_pair import PAIR_MIN_S, pack, unpack
from studio.video.loudness import LoudnessSettings, TickStats
from tests.video import media

FORK = AnalysisSettings(start_method="fork")   # as the command line runs it (the test process has Qt loaded)


@pytest.fixture(scope="module")
def clip(tmp_path_factory) -> Path:
    sound = media.quiet_noise(30.0, db=-40)
    media.mix_in(sound, media.quiet_noise(3.0, db=-12, seed=4), 8.0)
    media.mix_in(sound, media.quiet_noise(2.0, db=-15, seed=5), 21.0)   # loud on both sides of the cut
    return media.write_video(tmp_path_factory.mktemp("pair") / "clip.mp4", sound, 30.0, fps=2)


def children() -> set[int]:
    """This process's child processes (Linux)."""
    found: set[int] = set()
    for task in Path("/proc/self/task").iterdir():
        text = (task / "children").read_text().split()
        found.update(int(pid) for pid in text)
    return found


def test_a_short_file_is_measured_by_two_processes_as_by_one(clip):
    before = children()
    serial = analyse_to_end(clip, AnalysisSettings(workers=1))
    pair = analyse_to_end(clip, FORK)
    assert pair.workers == 2 and serial.workers == 1
    assert abs(pair.ticks.n_ticks - serial.ticks.n_ticks) == 0
    for measure in ("rms", "lufs"):
        a, b = serial.curve(LoudnessSettings(measure)).values, pair.curve(LoudnessSettings(measure)).values
        assert np.max(np.abs(a - b)) < 0.1
    assert children() == before   # the child was reaped


def test_too_short_a_file_or_a_chosen_number_of_workers_stays_in_one_process(tmp_path, clip):
    short = media.write_video(tmp_path / "short.mp4", media.quiet_noise(PAIR_MIN_S - 5), PAIR_MIN_S - 5, fps=2)
    assert analyse_to_end(short, FORK).workers == 1
    assert analyse_to_end(clip, AnalysisSettings(workers=1, start_method="fork")).workers == 1
    assert analyse_to_end(clip, AnalysisSettings(start_method="spawn")).workers == 1   # never forks Qt


def test_a_child_that_fails_leaves_its_half_to_this_process(clip, monkeypatch, caplog):
    parent = os.getpid()
    real = analysis.measure_part

    def fails_in_the_child(*args):
        if os.getpid() != parent:
            raise RuntimeError("the child cannot read the file")
        return real(*args)

    monkeypatch.setattr(analysis, "measure_part", fails_in_the_child)
    with caplog.at_level(logging.WARNING, logger="studio.video"):
        pair = analyse_to_end(clip, FORK)
    serial = analyse_to_end(clip, AnalysisSettings(workers=1))
    assert "did not measure" in caplog.text
    np.testing.assert_allclose(pair.curve(LoudnessSettings("rms")).values,
                               serial.curve(LoudnessSettings("rms")).values, atol=0.1)


def test_a_cancelled_analysis_ends_its_child(clip):
    from studio.core.errors import Cancelled
    from studio.core.tasks import TaskControl

    before = children()
    control = TaskControl()
    gen = analyse(clip, FORK, control)
    next(gen)
    control.stop()
    with pytest.raises(Cancelled):
        list(gen)
    assert children() == before


def test_the_sums_cross_the_pipe_whole_or_not_at_all():
    stats = TickStats(16_000, 600, np.arange(5.0), np.arange(5.0) * 2, np.zeros(5, np.float32),
                      np.ones(5, np.float32), np.full(5, 800, np.int64))
    back = unpack(pack(stats))
    assert back.first_tick == 600 and back.sample_rate == 16_000
    for name in ("ss", "kss", "lo", "hi", "counts"):
        np.testing.assert_array_equal(getattr(back, name), getattr(stats, name))
    assert unpack(pack(stats)[:-3]) is None and unpack(b"") is None
