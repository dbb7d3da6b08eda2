"""Probing and streaming decode on real files, and every kind of bad input."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from studio.core.errors import DataError
from studio.video.analysis import analyse_to_end
from studio.video.audio import probe, stream_mono
from tests.video import media


def test_probe_real_files(shared_data):
    info = probe(shared_data / "video" / "auto-editor-example.mp4")
    assert info.duration_s == pytest.approx(42.4, abs=0.1)
    assert info.video and (info.video.width, info.video.height) == (1280, 720)
    assert len(info.audio) == 1 and info.audio[0].sample_rate == 48000 and info.audio[0].channels == 2
    assert info.notes() == []


def test_stream_mono_is_blockwise_and_complete(shared_data):
    blocks = list(stream_mono(shared_data / "video" / "whisper-jfk.mp4", sample_rate=16000, block_s=1.0))
    starts = [s for s, _ in blocks]
    sizes = [b.size for _, b in blocks]
    assert starts == list(np.cumsum([0] + sizes[:-1]))          # contiguous
    assert sum(sizes) / 16000 == pytest.approx(11.0, abs=0.05)  # the whole file
    assert max(sizes) <= 1.2 * 16000                            # memory: about one block at a time
    assert all(b.dtype == np.float32 for _, b in blocks)


def test_stream_mono_range_matches_whole(shared_data):
    path = shared_data / "video" / "auto-editor-example.mp4"
    whole = np.concatenate([b for _, b in stream_mono(path)])
    part = np.concatenate([b for _, b in stream_mono(path, start_s=5.0, end_s=7.0)])
    assert part.size == 2 * 16000
    ref = whole[5 * 16000:7 * 16000]
    # Same sound after a seek (AAC warm-up aside): the energies agree within 0.5 dB.
    assert 10 * np.log10(np.mean(part[4000:] ** 2) / np.mean(ref[4000:] ** 2)) == pytest.approx(0, abs=0.5)


def test_text_file_named_mp4(tmp_path):
    bad = tmp_path / "notes.mp4"
    bad.write_text("this is not a video\n" * 50)
    before = media.sha256(bad)
    with pytest.raises(DataError, match="could not be read as a video"):
        probe(bad)
    assert media.sha256(bad) == before


def test_zero_length_file(tmp_path):
    empty = tmp_path / "empty.mp4"
    empty.touch()
    with pytest.raises(DataError, match="empty"):
        analyse_to_end(empty)
    assert empty.stat().st_size == 0


def test_missing_file(tmp_path):
    with pytest.raises(DataError, match="does not exist"):
        probe(tmp_path / "nope.mp4")


def test_no_audio_stream(tmp_path):
    path = media.write_video(tmp_path / "silent.mp4", None, 1.0)
    before = media.sha256(path)
    with pytest.raises(DataError, match="no audio track"):
        analyse_to_end(path)
    assert media.sha256(path) == before


def test_truncated_file_moov_at_end(tmp_path, short_video):
    whole = media.write_video(tmp_path / "end.mp4", media.quiet_noise(3.0), 3.0, faststart=False)
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    before = media.sha256(cut)
    with pytest.raises(DataError, match="damaged, cut short"):
        analyse_to_end(cut)
    assert media.sha256(cut) == before


def test_truncated_file_with_index_first_is_analysed_with_a_note(tmp_path, shared_data):
    src = shared_data / "video" / "auto-editor-example.mp4"
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(src.read_bytes()[: src.stat().st_size // 2])
    result = analyse_to_end(cut)
    assert 5 < result.duration_s < 40
    assert any("cut short" in n for n in result.notes)


def test_several_audio_streams(tmp_path):
    loud = media.quiet_noise(3.0, db=-10)
    quiet = media.quiet_noise(3.0, db=-40)
    path = media.write_video(tmp_path / "two.mp4", [quiet, loud], 3.0)
    first = analyse_to_end(path)
    assert len(first.info.audio) == 2
    assert any("2 audio tracks" in n for n in first.notes)
    from studio.video.analysis import AnalysisSettings
    from studio.video.loudness import LoudnessSettings

    second = analyse_to_end(path, AnalysisSettings(track=1))
    a = np.median(first.curve(LoudnessSettings()).values)
    b = np.median(second.curve(LoudnessSettings()).values)
    assert b - a == pytest.approx(30, abs=1.5)  # the second track is 30 dB louder
    with pytest.raises(DataError, match="no track 3"):
        analyse_to_end(path, AnalysisSettings(track=2))


def test_input_is_never_modified(tmp_path, shared_data):
    src = tmp_path / "in.mp4"
    shutil.copy(shared_data / "video" / "whisper-jfk.mp4", src)
    before = media.sha256(src)
    analyse_to_end(src)
    assert media.sha256(src) == before
