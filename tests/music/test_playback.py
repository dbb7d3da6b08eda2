"""Playback really plays through PortAudio (into the ALSA null device of tests/conftest.py)."""

from __future__ import annotations

import pytest

from studio.music.playback import AudioDeviceError, Player, check_output_device
from studio.music.song import Note, Song
from studio.music.synth import RELEASE_S, PianoSynth

SONG = Song.from_notes([Note(60 + i, i * 0.2, i * 0.2 + 0.25, 90) for i in range(6)])


@pytest.fixture
def wait(qtbot):
    """Wait for PortAudio's thread (the core has no Qt signal to wait on): qtbot polls, no sleeps."""
    return lambda predicate, timeout=10000: qtbot.waitUntil(lambda: bool(predicate()), timeout=timeout)


@pytest.fixture
def player():
    if check_output_device() is not None:
        pytest.fail(f"no output device in the test run: {check_output_device()}")
    p = Player(PianoSynth())
    yield p
    p.close()


def test_plays_from_a_position_to_the_end(player, wait):
    player.play(SONG, start=0.5)
    assert player.state in ("playing", "finished")
    wait(lambda: player.state == "finished")
    assert player.position() == pytest.approx(SONG.end + RELEASE_S, abs=1e-3)
    assert player.play_latency_s is not None and player.play_latency_s < 1.0
    positions = []
    player.play(SONG)
    while player.state == "playing":
        positions.append(player.position())
    assert positions == sorted(positions)                     # the clock never runs backwards


def test_a_piece_longer_than_the_ring_buffer_plays_to_the_end(player, wait):
    long_song = Song.from_notes([Note(48 + i % 24, i * 0.25, i * 0.25 + 0.3, 80) for i in range(80)])   # 20 s
    assert long_song.end > 4 * Player.AHEAD_S
    player.play(long_song)
    wait(lambda: player.state == "finished")
    assert player.frames_written == round((long_song.end + RELEASE_S) * player.sample_rate)
    assert player.error is None


def test_loops_a_region_until_stopped(player, wait):
    player.play(SONG, start=0.2, end=0.6, loop=True)
    # The null device takes frames as fast as they come: after a moment the loop has wrapped many times.
    wait(lambda: player.frames_written > 10 * 0.4 * player.sample_rate)
    assert player.state == "playing"
    assert 0.2 <= player.position() < 0.6
    player.stop()
    assert player.state == "stopped"


def test_nothing_after_the_cursor_and_no_device_are_clear_errors(player, monkeypatch):
    with pytest.raises(Exception, match="nothing to play"):
        player.play(SONG, start=SONG.end + 5)
    import studio.music.playback as playback

    def missing():
        raise AudioDeviceError(playback.NO_DEVICE)

    monkeypatch.setattr(playback, "_sounddevice", missing)
    assert "No audio output device" in check_output_device()
    with pytest.raises(AudioDeviceError, match="export the music as a WAV"):
        player.play(SONG)
