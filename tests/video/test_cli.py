"""`studio highlights` end to end."""

from __future__ import annotations

import json

import pytest

from studio.cli import main
from tests.video import media
from tests.video.conftest import CROWD_SPANS


def test_segments_only_prints_csv(crowd_video, capsys):
    assert main(["highlights", str(crowd_video), "--segments-only", "--pre", "0", "--post", "0", "-q"]) == 0
    out = capsys.readouterr()
    rows = out.out.strip().splitlines()
    assert rows[0].startswith("index,start_s,end_s") and len(rows) == 1 + len(CROWD_SPANS)
    assert "splits best" in out.err  # the threshold, explained


def test_reel_with_top_and_lists(crowd_video, tmp_path, capsys):
    reel = tmp_path / "reel.mp4"
    before = media.sha256(crowd_video)
    code = main(["highlights", str(crowd_video), "-o", str(reel), "--threshold", "auto", "--top", "1",
                 "--pre", "1", "--post", "0.5", "--segments", str(tmp_path / "s.json"), "--copy", "never"])
    assert code == 0
    err = capsys.readouterr().err
    assert "Exporting" in err and "wrote" in err
    doc = json.loads((tmp_path / "s.json").read_text())
    (seg,) = doc["segments"]
    v_len, a_len, _ = media.stream_lengths(reel)
    assert v_len == pytest.approx(seg["length_s"], abs=1 / 15) and abs(v_len - a_len) <= 1 / 15
    assert media.sha256(crowd_video) == before


def test_target_length(crowd_video, tmp_path, capsys):
    out = tmp_path / "s.csv"
    assert main(["highlights", str(crowd_video), "--segments-only", "-o", str(out), "--target-length", "0:07",
                 "--pre", "0", "--post", "0", "-q"]) == 0
    rows = out.read_text().strip().splitlines()[1:]
    assert len(rows) == 1 and float(rows[0].split(",")[3]) <= 7.0


@pytest.mark.parametrize("make,expect", [
    (lambda d: d / "empty.mp4", "empty"),
    (lambda d: d / "text.mp4", "could not be read as a video"),
    (lambda d: d / "missing.mp4", "does not exist"),
])
def test_bad_input_gives_one_sentence(tmp_path, capsys, make, expect):
    path = make(tmp_path)
    if path.name == "empty.mp4":
        path.touch()
    elif path.name == "text.mp4":
        path.write_text("hello")
    assert main(["highlights", str(path), "-q"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("studio: ") and expect in err and "Traceback" not in err
    assert not list(tmp_path.glob("*-highlights.mp4"))


def test_existing_output_is_not_replaced_without_overwrite(crowd_video, tmp_path, capsys):
    out = tmp_path / "s.csv"
    out.write_text("mine")
    assert main(["highlights", str(crowd_video), "--segments-only", "-o", str(out), "-q"]) == 1
    assert "--overwrite" in capsys.readouterr().err and out.read_text() == "mine"


def test_bad_threshold(crowd_video, capsys):
    assert main(["highlights", str(crowd_video), "--threshold", "loud", "-q"]) == 1
    assert "not a threshold I understand" in capsys.readouterr().err


def test_sound_only_file_lists_and_refuses_a_video_reel(shared_data, tmp_path, capsys):
    src = shared_data / "audio" / "whisper-jfk.wav"
    assert main(["highlights", str(src), "--segments-only", "-q", "--pre", "0", "--post", "0",
                 "--merge-gap", "0.2", "--min-length", "0.2"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 5  # header + the four phrases
    assert main(["highlights", str(src), "-o", str(tmp_path / "r.mp4"), "-q"]) == 1
    err = capsys.readouterr().err
    assert "no picture" in err and "save the reel as sound (r.m4a)" in err and not list(tmp_path.iterdir())


@pytest.mark.parametrize("suffix,codec", [(".m4a", "aac"), (".wav", "pcm_s16le"), (".mp3", "mp3"),
                                          (".ogg", "opus"), (".flac", "flac")])
def test_a_sound_reel_with_crossfade_and_roll(shared_data, tmp_path, capsys, suffix, codec):
    import av

    src = shared_data / "audio" / "whisper-jfk.wav"
    out = tmp_path / f"reel{suffix}"
    listing = tmp_path / "s.json"
    assert main(["highlights", str(src), "-o", str(out), "-q", "--pre", "0.3", "--post", "0.3", "--merge-gap",
                 "0.2", "--min-length", "0.2", "--crossfade", "0.2", "--segments", str(listing)]) == 0
    segments = json.loads(listing.read_text())["segments"]
    expected = sum(s["length_s"] for s in segments) - 0.2 * (len(segments) - 1)
    assert len(segments) >= 2 and segments[0]["start_s"] >= 0
    with av.open(str(out)) as c:
        stream = c.streams.audio[0]
        assert stream.codec_context.name.startswith(codec[:3]) and stream.codec_context.sample_rate == 48000
        samples = sum(f.samples for f in c.decode(stream))
    # The decoded length is the reel's to the sample (AAC and MP3 add their encoder delay: < 50 ms).
    assert samples / 48000 == pytest.approx(expected, abs=0.05)
    assert f"wrote {out}" in capsys.readouterr().err


def test_a_recording_gets_a_sound_reel_by_default(shared_data, tmp_path, capsys):
    import shutil

    src = tmp_path / "podcast.mp3"
    shutil.copy(shared_data / "audio" / "auto-editor-new-commentary.mp3", src)
    before = media.sha256(src)
    assert main(["highlights", str(src), "-q"]) == 0
    assert (tmp_path / "podcast-highlights.m4a").is_file() and media.sha256(src) == before
    assert "saved as sound" in capsys.readouterr().err


def test_a_list_alone_never_imports_the_reel_code(crowd_video, tmp_path):
    # `--segments-only` writes a list: the reel's modules are part of its start-up cost for nothing
    # (issue 11: on a 1-minute file the command's start is a fifth of its time).
    import subprocess
    import sys
    from pathlib import Path

    out = tmp_path / "s.csv"
    code = ("import sys; from studio.cli import main\n"
            f"assert main(['highlights', {str(crowd_video)!r}, '--segments-only', '-q', '-o', {str(out)!r}]) == 0\n"
            "print(sorted(m for m in ('studio.video.export', 'studio.video.audio_reel', 'torch', 'PySide6')"
            " if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]" and out.read_text().startswith("index,start_s")
