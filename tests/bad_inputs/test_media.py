"""Media: a cut-short MP4, thresholds written as the help shows them, clips past the end, --copy keyframes."""

from __future__ import annotations

import av
import pytest

from studio.core.tasks import drain
from studio.video.export import ExportResult, ExportSettings, export_reel
from studio.video.segments import Segment
from tests.bad_inputs.conftest import Files, assert_one_sentence
from tests.video import media


@pytest.fixture
def truncated(tmp_path, crowd_video):
    """The crowd video cut after its first quarter, as an interrupted download leaves it."""
    data = crowd_video.read_bytes()
    path = tmp_path / "cut.mp4"
    path.write_bytes(data[:len(data) // 4])
    return path


def _durations(path):
    with av.open(str(path)) as c:
        return c.duration / 1e6, [float(s.duration * s.time_base) for s in c.streams]


def test_an_empty_reel_suggests_something_else_than_what_was_tried(cli, tmp_path, truncated):
    files = Files(truncated).watch(tmp_path)
    message = assert_one_sentence(cli("highlights", truncated, "--threshold", "top10%", "-q", "--min-length", "30",
                                      "-o", tmp_path / "r.mp4"), "reel would be empty")
    assert "top10%" not in message and "top20%" in message
    message = assert_one_sentence(cli("highlights", truncated, "--threshold", "-5dB", "-q",
                                      "-o", tmp_path / "r.mp4"), "louder than -5 dB")
    assert "--threshold=-15dB" in message
    files.assert_unchanged()
    assert not (tmp_path / "r.mp4").exists()


@pytest.mark.parametrize("form", [["--threshold", "-25dB"], ["--threshold", "-25"], ["--threshold", "-23LUFS"],
                                  ["--threshold=-25dB"]])
def test_a_negative_level_is_accepted_as_the_help_writes_it(cli, crowd_video, form):
    outcome = cli("highlights", crowd_video, "--segments-only", "-q", *form)
    assert outcome.code == 0, outcome.err
    assert "fixed level you chose" in outcome.err


def test_help_texts_name_each_default_once(cli, capsys):
    with pytest.raises(SystemExit):
        cli("highlights", "--help")
    text = " ".join(capsys.readouterr().out.split())
    assert "the seed's" not in text and "(default: None)" not in text
    assert "up to 4) (default" not in text


def test_clips_past_the_end_are_clamped_to_the_media(tmp_path, truncated):
    out = tmp_path / "reel.mp4"
    result = drain(export_reel(truncated, [Segment(1.0, 2.0), Segment(3.0, 60.0)], out,
                               ExportSettings(copy="never")))[-1]
    assert isinstance(result, ExportResult) and any("past the end" in n for n in result.notes)
    container, streams = _durations(out)
    assert container < 10 and all(abs(container - d) <= 1 / 15 for d in streams)
    with pytest.raises(Exception, match="lies after the end"):
        drain(export_reel(truncated, [Segment(50.0, 60.0)], tmp_path / "late.mp4", ExportSettings(copy="never")))
    assert not (tmp_path / "late.mp4").exists()


def test_copy_keyframes_copies_or_says_why_not(cli, tmp_path, crowd_video):
    out = tmp_path / "k.mp4"
    outcome = cli("highlights", crowd_video, "-o", out, "-q", "--copy", "keyframes", "--top", "1")
    assert outcome.code == 0 and "copied without re-encoding" in outcome.err
    outcome = cli("highlights", crowd_video, "-o", out, "-y", "-q", "--copy", "keyframes", "--top", "1",
                  "--crossfade", "0.3")
    assert outcome.code == 0 and "re-encoded, not copied: a crossfade" in outcome.err
    v, a, _ = media.stream_lengths(out)
    assert abs(v - a) <= 1 / 15
