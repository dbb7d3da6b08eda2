"""Test media for the highlight tests, built once per session in a temporary folder."""

from __future__ import annotations

import pytest

from tests.video import media

# Known loud spans (seconds) of the synthetic crowd video: crowd cheering mixed over quiet noise.
CROWD_SPANS = [(3.0, 9.0), (15.0, 19.5)]
CROWD_LENGTH = 24.0


@pytest.fixture(scope="session")
def crowd_video(tmp_path_factory, shared_data):
    cheer = media.load_wav_stereo(shared_data / "audio" / "max-crowd_cheering.wav")
    track = media.quiet_noise(CROWD_LENGTH)
    for a, b in CROWD_SPANS:
        piece = cheer[:, int(1.0 * media.RATE):int((1.0 + b - a) * media.RATE)]
        media.mix_in(track, piece, a)
    path = tmp_path_factory.mktemp("media") / "crowd.mp4"
    return media.write_video(path, track, CROWD_LENGTH, fps=15)


@pytest.fixture(scope="session")
def short_video(tmp_path_factory):
    """6 s, a loud 1 kHz tone from 2 to 4 s over quiet noise; 25 fps, keyframe every 25 frames."""
    import numpy as np

    track = media.quiet_noise(6.0)
    t = np.arange(int(2.0 * media.RATE)) / media.RATE
    tone = (0.3 * np.sin(2 * np.pi * 1000 * t)).astype(np.float32)
    media.mix_in(track, np.stack([tone, tone]), 2.0)
    path = tmp_path_factory.mktemp("media") / "tone.mp4"
    return media.write_video(path, track, 6.0, fps=25, gop=25)
