"""Loudness measures against known signals, and parallel measuring against serial."""

from __future__ import annotations

import numpy as np
import pytest

from studio.video.analysis import AnalysisSettings, analyse_to_end
from studio.video.loudness import LoudnessSettings, TickMeter, TickStats, loudness_curve
from tests.video import media


def _ticks(x: np.ndarray, rate: int = 16000, block: int = 3001) -> TickStats:
    meter = TickMeter(rate)
    for i in range(0, x.size, block):  # odd block size: ticks straddle blocks
        meter.feed(x[i:i + block])
    return meter.finish()


def test_rms_of_a_sine():
    t = np.arange(16000 * 4) / 16000
    x = (0.5 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    curve = loudness_curve(_ticks(x), LoudnessSettings("rms"))
    assert np.allclose(curve.values, 20 * np.log10(0.5 / np.sqrt(2)), atol=0.05)
    assert curve.starts[0] == 0 and curve.ends[-1] == pytest.approx(4.0)
    assert np.allclose(curve.starts[1:], curve.ends[:-1])  # the stretches tile the file


def test_k_weighted_full_scale_1khz_is_minus_3_lufs():
    # ITU-R BS.1770: a 0 dBFS 1 kHz sine in one channel reads -3.01 LKFS.
    rate = 48000
    t = np.arange(rate * 3) / rate
    x = np.sin(2 * np.pi * 1000 * t).astype(np.float32)
    curve = loudness_curve(_ticks(x, rate), LoudnessSettings("lufs", window_s=0.4, hop_s=0.1))
    assert np.median(curve.values) == pytest.approx(-3.01, abs=0.15)


def test_k_weighting_ignores_rumble():
    rate = 16000
    t = np.arange(rate * 2) / rate
    low = (0.5 * np.sin(2 * np.pi * 20 * t)).astype(np.float32)
    rms = np.median(loudness_curve(_ticks(low, rate), LoudnessSettings("rms")).values)
    lufs = np.median(loudness_curve(_ticks(low, rate), LoudnessSettings("lufs")).values)
    assert lufs < rms - 6


def test_classic_energy_is_the_seeds_sum_of_squares():
    rate = 16000
    x = np.full(rate * 25, 0.1, np.float32)
    curve = loudness_curve(_ticks(x, rate), LoudnessSettings("classic"))
    assert list(curve.starts) == [0, 10, 20]
    # sum of squares of 10 s at 22,050 Hz: 0.01 * 220,500
    assert curve.values[0] == pytest.approx(0.01 * 220500, rel=1e-3)
    assert curve.values[2] == pytest.approx(0.01 * 22050 * 5, rel=1e-3)


def test_parallel_parts_match_serial(tmp_path):
    rng = np.random.default_rng(1)
    sound = media.quiet_noise(30.0, db=-40)
    for k in range(6):
        media.mix_in(sound, media.quiet_noise(2.0, db=-15, seed=k), float(rng.uniform(0, 27)))
    path = media.write_video(tmp_path / "long.mp4", sound, 30.0, fps=5)
    serial = analyse_to_end(path, AnalysisSettings(workers=1))
    parallel = analyse_to_end(path, AnalysisSettings(workers=2, part_s=7.0))
    assert parallel.workers == 2
    for measure in ("rms", "lufs"):
        a = serial.curve(LoudnessSettings(measure)).values
        b = parallel.curve(LoudnessSettings(measure)).values
        n = min(a.size, b.size)
        assert abs(a.size - b.size) <= 1
        assert np.max(np.abs(a[:n] - b[:n])) < 0.5


@pytest.mark.parametrize("workers", [1, 2])
def test_analysis_can_be_cancelled(tmp_path, workers):
    from studio.core.errors import Cancelled
    from studio.core.tasks import TaskControl
    from studio.core.tasks import Progress
    from studio.video.analysis import analyse

    path = media.write_video(tmp_path / "long.mp4", media.quiet_noise(20.0), 20.0, fps=2)
    control = TaskControl()
    gen = analyse(path, AnalysisSettings(workers=workers, part_s=5.0), control)
    first = next(gen)
    assert isinstance(first, Progress) and first.done == 0 and first.unit == "s"
    control.stop()
    with pytest.raises(Cancelled):
        list(gen)


def test_forked_workers_match_serial(tmp_path):
    # The command line forks its workers (no Qt, no torch loaded there); the parts must join as the
    # spawned ones do.
    sound = media.quiet_noise(20.0, db=-40)
    media.mix_in(sound, media.quiet_noise(2.0, db=-15, seed=3), 11.0)
    path = media.write_video(tmp_path / "long.mp4", sound, 20.0, fps=2)
    serial = analyse_to_end(path, AnalysisSettings(workers=1))
    forked = analyse_to_end(path, AnalysisSettings(workers=2, part_s=6.0, start_method="fork"))
    assert forked.workers == 2
    a, b = serial.curve(LoudnessSettings("rms")).values, forked.curve(LoudnessSettings("rms")).values
    n = min(a.size, b.size)
    assert abs(a.size - b.size) <= 1 and np.max(np.abs(a[:n] - b[:n])) < 0.5


def test_the_number_of_workers_follows_the_length():
    from studio.video.analysis import SOUND_PER_WORKER_S, default_workers, plan_workers

    auto = AnalysisSettings()
    assert plan_workers(20.0, auto, "fork") == (1, auto.part_s)          # a short clip: one process
    assert plan_workers(300.0, auto, "spawn")[0] == 1
    cores = default_workers()
    workers, part = plan_workers(3600.0, auto, "fork")
    assert workers == cores and part == auto.part_s                      # an hour: every core, 5-min parts
    # A spawned worker (a fresh interpreter) needs more sound to pay for its start than a forked one.
    assert SOUND_PER_WORKER_S["spawn"] > SOUND_PER_WORKER_S["fork"]
    if cores >= 2:
        workers, part = plan_workers(2.5 * SOUND_PER_WORKER_S["fork"], auto, "fork")
        assert workers == 2 and part <= 1.25 * SOUND_PER_WORKER_S["fork"] + 0.05   # both get a share
        assert plan_workers(2.5 * SOUND_PER_WORKER_S["fork"], auto, "spawn")[0] == 1
    # An explicit number wins; the parts shrink so that each process has one.
    workers, part = plan_workers(10.0, AnalysisSettings(workers=3, part_s=5.0), "fork")
    assert workers == 3 and part == pytest.approx(10.0 / 3, abs=0.05)
    assert plan_workers(3600.0, AnalysisSettings(workers=1), "fork")[0] == 1


def test_the_command_line_forks_and_the_window_spawns():
    import subprocess
    import sys

    code = ("import sys; from studio.video.analysis import pool_start_method as m; a = m(); "
            "import PySide6.QtCore; print(a, m())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == (["fork", "spawn"] if sys.platform.startswith("linux") else ["spawn", "spawn"])
