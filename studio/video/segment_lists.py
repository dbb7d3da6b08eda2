"""Segment lists for people and editors: CSV, JSON, a CMX 3600 edit list and FCPXML, written through the
output guard, and read back from JSON.

Apart from the reel (``studio.video.export``) so that `studio highlights --segments-only`, which writes
only a list, never imports the reel's code (its start-up is part of what a user waits for on a short
file).
"""

from __future__ import annotations

import csv
import io
import os
from fractions import Fraction
from pathlib import Path

from studio.core.errors import DataError, StudioError
from studio.core.outputs import check_output, output_file
from studio.video.audio import MediaInfo
from studio.video.segments import Segment

LIST_SUFFIXES = (".csv", ".json", ".edl", ".fcpxml")


class ExportError(StudioError):
    """A reel or list that cannot be written (``studio.video.export`` raises it too)."""


def segment_rows(segments: list[Segment]) -> list[dict]:
    return [{"index": i + 1, "start_s": round(s.start, 3), "end_s": round(s.end, 3),
             "length_s": round(s.length, 3), "peak_db": round(s.peak_db, 1), "level": round(s.level, 2),
             "score": round(s.score, 3), "enabled": s.enabled} for i, s in enumerate(segments)]


def segments_csv(segments: list[Segment]) -> str:
    buf = io.StringIO()
    rows = segment_rows(segments)
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]) if rows else ["index", "start_s", "end_s"],
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def segments_json(segments: list[Segment], source: Path | None = None, extra: dict | None = None) -> str:
    doc = {"source": str(source) if source else None, "segments": segment_rows(segments)}
    doc.update(extra or {})
    import json   # here: the list most people write is CSV

    return json.dumps(doc, indent=2) + "\n"


def _timecode(t: float, fps: int) -> str:
    frames = int(round(t * fps))
    f = frames % fps
    s = frames // fps
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}:{f:02d}"


def segments_edl(segments: list[Segment], source: Path, fps: float, title: str = "Highlights") -> str:
    """A CMX 3600 edit list (non-drop-frame), which Premiere, Resolve and most editors import."""
    rate = max(1, int(round(fps)))
    lines = [f"TITLE: {title}", "FCM: NON-DROP FRAME", ""]
    rec = 0.0
    on = [s for s in segments if s.enabled]
    for i, s in enumerate(on, 1):
        lines.append(f"{i:03d}  AX       AA/V  C        {_timecode(s.start, rate)} {_timecode(s.end, rate)} "
                     f"{_timecode(rec, rate)} {_timecode(rec + s.length, rate)}")
        lines.append(f"* FROM CLIP NAME: {source.name}")
        lines.append("")
        rec += s.length
    return "\n".join(lines) + "\n"


def segments_fcpxml(segments: list[Segment], info: MediaInfo) -> str:
    """An FCPXML 1.9 project with one clip per highlight (Final Cut Pro, DaVinci Resolve)."""
    fps = info.video.fps if info.video else 25.0
    fd = Fraction(fps).limit_denominator(1001)
    frame_dur = f"{fd.denominator}/{fd.numerator}s"

    def rt(t: float) -> str:  # rational time on the frame grid
        frames = int(round(t * fd))
        return f"{frames * fd.denominator}/{fd.numerator}s" if frames else "0s"

    width = info.video.width if info.video else 1920
    height = info.video.height if info.video else 1080
    from xml.sax.saxutils import escape   # here: it imports urllib, which the rest of the command never needs

    name = escape(info.path.name, {'"': "&quot;"})
    uri = escape(info.path.resolve().as_uri(), {'"': "&quot;"})
    on = [s for s in segments if s.enabled]
    clips, rec = [], 0.0
    for i, s in enumerate(on, 1):
        clips.append(f'          <asset-clip name="Highlight {i}" ref="r2" offset="{rt(rec)}" '
                     f'start="{rt(s.start)}" duration="{rt(s.length)}" tcFormat="NDF"/>')
        rec += s.length
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE fcpxml>
<fcpxml version="1.9">
  <resources>
    <format id="r1" frameDuration="{frame_dur}" width="{width}" height="{height}"/>
    <asset id="r2" name="{name}" start="0s" duration="{rt(info.duration_s)}" hasVideo="{int(info.video is not None)}" hasAudio="{int(bool(info.audio))}" format="r1">
      <media-rep kind="original-media" src="{uri}"/>
    </asset>
  </resources>
  <library>
    <event name="Highlights">
      <project name="{name} highlights">
        <sequence format="r1" duration="{rt(rec)}" tcStart="0s" tcFormat="NDF">
          <spine>
{chr(10).join(clips)}
          </spine>
        </sequence>
      </project>
    </event>
  </library>
</fcpxml>
"""


def check_list_output(path: str | os.PathLike, src: Path, overwrite: bool = False, others=()) -> Path:
    """The output guard for a segment list: a known suffix, never the video, an existing file only with
    ``overwrite``."""
    p = Path(path)
    if p.is_dir():
        check_output(p)
    suffix = p.suffix.lower()
    if suffix not in LIST_SUFFIXES:
        raise ExportError(f"Segment lists can be saved as {', '.join(LIST_SUFFIXES)}, not {suffix or 'no extension'}.")
    return check_output(p, [(src, "the video")], overwrite=overwrite, others=others)


def write_segments(path: str | os.PathLike, segments: list[Segment], info: MediaInfo,
                   extra: dict | None = None, overwrite: bool = False) -> Path:
    """Write the segments in the format the extension names (.csv, .json, .edl, .fcpxml), atomically,
    through the output guard (an existing file is replaced only with ``overwrite``)."""
    p = check_list_output(path, info.path, overwrite)
    suffix = p.suffix.lower()
    if suffix == ".csv":
        text = segments_csv(segments)
    elif suffix == ".json":
        text = segments_json(segments, info.path, extra)
    elif suffix == ".edl":
        text = segments_edl(segments, info.path, info.video.fps if info.video else 25.0)
    else:
        text = segments_fcpxml(segments, info)
    with output_file(p, [(info.path, "the video")], overwrite=overwrite) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return p


def read_segments_json(path: str | os.PathLike) -> list[Segment]:
    """Read back a list written by :func:`write_segments` as JSON."""
    import json

    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        return [Segment(float(r["start_s"]), float(r["end_s"]), float(r.get("peak_db", -120)),
                        float(r.get("level", -120)), float(r.get("score", 0)), bool(r.get("enabled", True)))
                for r in doc["segments"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataError(f"{Path(path).name} is not a segment list written by the studio ({exc}).") from None
