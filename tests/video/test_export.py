"""The reel: expected length, sound and picture in step (also for variable frame rates), lists."""

from __future__ import annotations

import json
import shutil

import av
import numpy as np
import pytest

from studio.core.errors import Cancelled, StudioError
from studio.core.tasks import TaskControl, drain
from studio.video.audio import probe
from studio.video.export import (ExportError, ExportResult, ExportSettings, export_reel, keyframe_times,
                                 read_segments_json, write_segments)
from studio.video.segments import Segment
from tests.video import media


def _result(items) -> ExportResult:
    return [i for i in items if isinstance(i, ExportResult)][0]


def _check_reel(path, expected_s, fps):
    v_len, a_len, step = media.stream_lengths(path)
    assert v_len == pytest.approx(expected_s, abs=1 / fps)
    assert a_len == pytest.approx(expected_s, abs=1 / fps)
    assert abs(v_len - a_len) <= 1 / fps  # in step within one frame
    with av.open(str(path)) as c:
        assert c.streams.video[0].codec_context.name == "h264"
        assert c.streams.audio[0].codec_context.name == "aac"


def test_reel_has_expected_length_and_streams_in_step(tmp_path, short_video):
    src_hash = media.sha256(short_video)
    segs = [Segment(0.3, 1.1), Segment(2.02, 3.5), Segment(4.9, 5.7)]
    out = tmp_path / "reel.mp4"
    res = _result(drain(export_reel(short_video, segs, out, ExportSettings(copy="never"))))
    assert not res.stream_copied and res.duration_s == pytest.approx(3.08)
    _check_reel(out, 3.08, 25)
    assert media.sha256(short_video) == src_hash
    assert not list(tmp_path.glob(".reel.mp4.*"))  # no temporary file left behind


def test_reel_keeps_the_loud_part_loud(tmp_path, short_video):
    out = tmp_path / "reel.mp4"
    drain(export_reel(short_video, [Segment(1.0, 2.5), Segment(3.5, 5.0)], out, ExportSettings(copy="never")))
    sound = media.load_wav_stereo(out)[0]
    # The tone (2-4 s in the source) is at 1.0-2.0 s in the reel; the rest is quiet noise.
    rms = lambda a, b: 20 * np.log10(np.sqrt(np.mean(sound[int(a * 48000):int(b * 48000)] ** 2)) + 1e-12)  # noqa: E731
    assert rms(1.05, 1.45) > -15 and rms(1.55, 1.95) > -15  # both sides of the join
    assert rms(0.1, 0.9) < -40 and rms(2.1, 2.9) < -40


def test_variable_frame_rate_stays_in_step(tmp_path):
    src = media.write_video(tmp_path / "vfr.mp4", media.quiet_noise(8.0), 8.0, fps=20, vfr=True)
    out = tmp_path / "reel.mp4"
    drain(export_reel(src, [Segment(0.5, 2.0), Segment(4.2, 7.3)], out, ExportSettings(copy="never")))
    _check_reel(out, 4.6, 10)
    with av.open(str(out)) as c:
        times = [f.time for f in c.decode(video=0)]
    gaps = np.round(np.diff(times), 3)
    assert set(gaps[:6]) <= {0.05, 0.1}  # the variable spacing survived


def test_crossfade_shortens_by_the_overlaps(tmp_path, short_video):
    out = tmp_path / "xf.mp4"
    segs = [Segment(0.0, 1.5), Segment(2.0, 3.5), Segment(4.0, 5.5)]
    res = _result(drain(export_reel(short_video, segs, out, ExportSettings(copy="never", crossfade_s=0.4))))
    assert res.duration_s == pytest.approx(4.5 - 0.8)
    _check_reel(out, 3.7, 25)


def test_stream_copy_on_keyframes(tmp_path, short_video):
    keys = keyframe_times(short_video)
    assert list(np.round(keys, 3)) == [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
    out = tmp_path / "copy.mp4"
    res = _result(drain(export_reel(short_video, [Segment(1.0, 2.0), Segment(4.0, 5.0)], out)))
    assert res.stream_copied  # "auto": every cut is on a keyframe
    _check_reel(out, 2.0, 25)
    out2 = tmp_path / "snap.mp4"
    res = _result(drain(export_reel(short_video, [Segment(1.3, 2.6)], out2, ExportSettings(copy="keyframes"))))
    assert res.stream_copied and res.duration_s == pytest.approx(2.0)  # widened to 1.0-3.0
    _check_reel(out2, 2.0, 25)


def test_refuses_to_overwrite_the_input(tmp_path, short_video):
    src = tmp_path / "in.mp4"
    shutil.copy(short_video, src)
    before = media.sha256(src)
    with pytest.raises(StudioError, match="the video it is cut from itself"):
        drain(export_reel(src, [Segment(0, 1)], src))
    with pytest.raises(ExportError, match="nothing to put"):
        drain(export_reel(src, [Segment(0, 1, enabled=False)], tmp_path / "r.mp4"))
    with pytest.raises(ExportError, match=r"\.mp4, \.mov or \.mkv"):
        drain(export_reel(src, [Segment(0, 1)], tmp_path / "r.avi"))
    assert media.sha256(src) == before


def test_cancel_leaves_no_file(tmp_path, short_video):
    control = TaskControl()
    out = tmp_path / "reel.mp4"
    gen = export_reel(short_video, [Segment(0, 5)], out, ExportSettings(copy="never"), control)
    next(gen)
    control.stop()
    with pytest.raises(Cancelled):
        drain(gen)
    assert not out.exists() and not list(tmp_path.iterdir())


def test_segment_lists(tmp_path, shared_data):
    info = probe(shared_data / "video" / "auto-editor-example.mp4")
    segs = [Segment(0.0, 17.5, -9.2, -20.5, 400.0), Segment(39.7, 40.8, -13.7, -24.3, 17.0, enabled=False)]
    write_segments(tmp_path / "s.csv", segs, info)
    lines = (tmp_path / "s.csv").read_text().splitlines()
    assert lines[0].startswith("index,start_s,end_s,length_s,peak_db") and lines[1].startswith("1,0.0,17.5,17.5")
    write_segments(tmp_path / "s.json", segs, info, {"measure": "rms"})
    doc = json.loads((tmp_path / "s.json").read_text())
    assert doc["measure"] == "rms" and doc["segments"][1]["enabled"] is False
    assert read_segments_json(tmp_path / "s.json") == segs
    write_segments(tmp_path / "s.edl", segs, info)
    edl = (tmp_path / "s.edl").read_text()
    assert "001  AX       AA/V  C        00:00:00:00 00:00:17:15 00:00:00:00 00:00:17:15" in edl
    assert "002" not in edl  # the switched-off one is left out
    write_segments(tmp_path / "s.fcpxml", segs, info)
    import xml.etree.ElementTree as ET

    root = ET.parse(tmp_path / "s.fcpxml").getroot()
    clips = root.findall(".//asset-clip")
    assert root.get("version") == "1.9" and len(clips) == 1
    assert clips[0].get("start") == "0s" and clips[0].get("duration") == "525/30s"  # 17.5 s at 30 fps
    with pytest.raises(ExportError, match="can be saved as"):
        write_segments(tmp_path / "s.txt", segs, info)
