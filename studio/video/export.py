"""Writing results: the highlight reel (MP4, H.264/AAC). The segment lists for people and editors are in
``studio.video.segment_lists`` (re-exported here), which the list-only command imports without this module.

The reel keeps sound and picture in step by building both on one clock: every segment [start, end)
takes exactly ``end - start`` seconds of the output. Audio is cut to the sample; video frames keep
their own timestamps relative to the segment start (so variable frame rates stay true), and the last
frame of a segment is held until the next segment begins. Nothing is written to the user's folder
until the whole file is done (atomic rename), and the input is only ever read.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Iterator

import numpy as np

from studio.core.outputs import check_output, output_file
from studio.core.tasks import Progress, TaskControl
from studio.video.audio import MediaInfo, media_end, probe
from studio.video.segment_lists import (LIST_SUFFIXES, ExportError, read_segments_json, segments_csv,  # noqa: F401
                                        segments_edl, segments_fcpxml, segments_json, write_segments)
from studio.video.segments import Segment, clamp_to_media

OUT_TB = Fraction(1, 90_000)  # output video clock: fine enough for any frame rate, variable or not
AUDIO_RATE = 48_000
REEL_SUFFIXES = {".mp4": "mp4", ".m4v": "mp4", ".mov": "mov", ".mkv": "matroska"}


@dataclass(frozen=True)
class ExportSettings:
    """``crossfade_s``: sound and picture blend over this long at each join (0: hard cuts).
    ``copy``: "auto" copies the compressed streams when every cut falls on a keyframe, "keyframes"
    moves the cuts out to the nearest keyframes so that it can always copy (fast, lossless, cuts up
    to a GOP wider), "never" always re-encodes. ``crf``/``preset``: x264 quality and speed."""

    crossfade_s: float = 0.0
    copy: str = "auto"
    crf: int = 20
    preset: str = "veryfast"
    audio_bitrate: int = 192_000


@dataclass(frozen=True)
class ExportResult:
    path: Path
    duration_s: float
    segments: int
    stream_copied: bool
    elapsed_s: float = 0.0
    notes: tuple[str, ...] = ()  # plain sentences (clips clamped to the end of the media, keyframe moves)


def _enabled(segments: list[Segment]) -> list[Segment]:
    segs = sorted((s for s in segments if s.enabled and s.length > 0), key=lambda s: s.start)
    if not segs:
        raise ExportError("No highlights are selected, so there is nothing to put in a reel.")
    return segs


def check_reel_output(src: Path, dst: Path, overwrite: bool = False, others=()) -> str:
    """The output guard for a reel (never the video itself, an existing file only with ``overwrite``, not a
    folder); returns the container format its suffix names."""
    fmt = REEL_SUFFIXES.get(Path(dst).suffix.lower())
    if Path(dst).is_dir():
        check_output(dst)  # the folder sentence comes before the suffix one
    if fmt is None:
        raise ExportError(f"Save the reel as .mp4, .mov or .mkv, not {Path(dst).suffix or 'a name without extension'}.")
    check_output(dst, [(src, "the video it is cut from")], overwrite=overwrite, others=others)
    return fmt


def keyframe_times(path: str | os.PathLike) -> np.ndarray:
    """Times of the video's keyframes, read from packet headers (no decoding)."""
    import av

    with av.open(str(path)) as c:
        vs = c.streams.video[0]
        times = [float(p.pts * vs.time_base) for p in c.demux(vs) if p.is_keyframe and p.pts is not None]
    return np.array(sorted(times))


def snap_to_keyframes(segments: list[Segment], keys: np.ndarray, duration: float) -> list[Segment]:
    """Widen each segment so it starts and ends on keyframes (the file's end counts as one); join overlaps."""
    out: list[Segment] = []
    for s in segments:
        i = int(np.searchsorted(keys, s.start + 1e-6, side="right")) - 1
        start = float(keys[max(i, 0)]) if keys.size else 0.0
        j = int(np.searchsorted(keys, s.end - 1e-6, side="left"))
        end = float(keys[j]) if j < keys.size else duration
        if out and start <= out[-1].end + 1e-6:
            out[-1] = out[-1].with_edges(out[-1].start, max(out[-1].end, end))
        else:
            out.append(s.with_edges(start, end))
    return out


def _cuts_on_keyframes(segments: list[Segment], keys: np.ndarray, duration: float, tol: float) -> bool:
    def on_key(t: float) -> bool:
        return bool(keys.size) and float(np.min(np.abs(keys - t))) <= tol

    return all(on_key(s.start) and (on_key(s.end) or s.end >= duration - tol) for s in segments)


def export_reel(src: str | os.PathLike, segments: list[Segment], dst: str | os.PathLike,
                settings: ExportSettings = ExportSettings(), control: TaskControl | None = None,
                track: int | None = None, overwrite: bool = False) -> Iterator[Progress | ExportResult]:
    """Cut the enabled segments out of ``src`` and join them into ``dst``; yields Progress in seconds of
    the reel (unit "s"), then the ExportResult. An existing ``dst`` is replaced only with ``overwrite``."""
    import time

    control = control or TaskControl()
    started = time.perf_counter()
    src, dst = Path(src), Path(dst)
    fmt = check_reel_output(src, dst, overwrite)
    info = probe(src)
    if info.video is None:
        raise ExportError(f"{src.name} has no picture, so no video reel can be made; "
                          "export the segment list instead.")
    info.track(track)  # a clear error for a missing track
    segs = _enabled(segments)
    notes: list[str] = []
    end = media_end(info, track)
    segs, clamped = clamp_to_media(segs, end)
    if not segs:
        raise ExportError(f"Every highlight lies after the end of {src.name}, whose picture and sound end at "
                          f"{end:.1f} s; nothing can be cut from there.")
    if clamped:
        notes.append(f"Highlights past the end of the media ({end:.1f} s) were cut at its end.")
    copy = False
    why_not = _why_not_copyable(info, settings, track)
    if settings.copy == "keyframes" and why_not:
        notes.append(f"The reel was re-encoded, not copied: {why_not}.")
    if settings.copy != "never" and not why_not:
        keys = keyframe_times(src)
        if settings.copy == "keyframes":
            segs, copy = snap_to_keyframes(segs, keys, end), True
        else:
            copy = _cuts_on_keyframes(segs, keys, end, tol=0.5 / max(info.video.fps, 1))
    total = sum(s.length for s in segs) - max(0.0, settings.crossfade_s) * (len(segs) - 1)
    yield Progress(0.0, total, "Copying the highlights…" if copy else "Encoding the highlights…", unit="s")
    with output_file(dst, [(src, "the video it is cut from")], overwrite=overwrite) as tmp:
        if copy:
            writer = _copy_reel(info, segs, tmp, fmt, control, track)
        else:
            writer = _encode_reel(info, segs, tmp, fmt, settings, control, track)
        for done in writer:
            yield Progress(min(done, total), total, "Copying…" if copy else "Encoding…", unit="s")
    yield ExportResult(dst, total, len(segs), copy, time.perf_counter() - started, tuple(notes))


def _why_not_copyable(info: MediaInfo, settings: ExportSettings, track: int | None) -> str | None:
    """None when the compressed streams can go into the reel as they are; else the reason, in words."""
    if settings.crossfade_s > 0:
        return "a crossfade blends pictures and sound, which needs decoding"
    if info.video is None or info.video.codec not in ("h264", "hevc", "mpeg4"):
        codec = info.video.codec if info.video else "none"
        return f"its picture is {codec}, and only H.264, HEVC or MPEG-4 pictures are copied into a reel"
    sound = info.audio[track or 0] if info.audio else None
    if sound is not None and sound.codec not in ("aac", "mp3"):
        return f"its sound is {sound.codec}, and only AAC or MP3 sound is copied into a reel"
    return None


def _encode_reel(info: MediaInfo, segs: list[Segment], tmp: Path, fmt: str, settings: ExportSettings,
                 control: TaskControl, track: int | None) -> Iterator[float]:
    import av

    fade = max(0.0, settings.crossfade_s)
    if fade:
        fade = min(fade, min(s.length for s in segs) / 2)
    with av.open(str(info.path)) as inp, av.open(str(tmp), "w", format=fmt) as out:
        vs = next(s for s in inp.streams.video if s.index == info.video.stream_index)
        vs.thread_type = "AUTO"
        aud = inp.streams.audio[track or 0] if info.audio else None
        fps = vs.average_rate or vs.guessed_rate or Fraction(30)
        width, height = info.video.width // 2 * 2, info.video.height // 2 * 2
        vout = out.add_stream("libx264", rate=fps)
        vout.width, vout.height, vout.pix_fmt = width, height, "yuv420p"
        vout.codec_context.time_base = OUT_TB
        vout.time_base = OUT_TB
        vout.options = {"crf": str(settings.crf), "preset": settings.preset}
        aout = out.add_stream("aac", rate=AUDIO_RATE)
        aout.layout = "stereo"
        aout.bit_rate = settings.audio_bitrate
        video = _VideoSink(out, vout, width, height)
        audio = _AudioSink(out, aout)
        offset = 0.0
        for i, seg in enumerate(segs):
            head = fade if i > 0 else 0.0
            tail = fade if i < len(segs) - 1 else 0.0
            for done in _cut_segment(inp, vs, aud, seg, offset, head, tail, video, audio, control):
                yield offset + done
            offset += seg.length - tail
        video.finish(offset)
        audio.finish(offset)


class _VideoSink:
    """Encodes frames at given output times; sets each packet's duration so that the last frame of a
    segment lasts until the next one starts and the stream ends exactly where the sound ends."""

    def __init__(self, out, stream, width: int, height: int) -> None:
        self.out, self.stream, self.width, self.height = out, stream, width, height
        self._pts: list[int] = []
        self._durations: dict[int, int] = {}
        self._held: list = []
        self.tail: list[tuple[float, np.ndarray]] = []  # kept back for a crossfade

    def to_array(self, frame) -> np.ndarray:
        if frame.width != self.width or frame.height != self.height or frame.format.name != "yuv420p":
            frame = frame.reformat(width=self.width, height=self.height, format="yuv420p")
        return frame.to_ndarray()

    def write(self, t: float, frame=None, array: np.ndarray | None = None) -> None:
        import av

        pts = int(round(t / OUT_TB))
        if self._pts and pts <= self._pts[-1]:
            return  # two frames on one tick (rounding, or a crossfade overlap): keep the first
        if array is not None:
            frame = av.VideoFrame.from_ndarray(array, format="yuv420p")
        elif frame.width != self.width or frame.height != self.height or frame.format.name != "yuv420p":
            frame = frame.reformat(width=self.width, height=self.height, format="yuv420p")
        frame.pts = pts
        frame.time_base = OUT_TB
        frame.pict_type = av.video.frame.PictureType.NONE
        if self._pts:
            self._durations[self._pts[-1]] = pts - self._pts[-1]
        self._pts.append(pts)
        self._mux(self.stream.encode(frame))

    def _mux(self, packets) -> None:
        self._held.extend(packets)
        while self._held and self._held[0].pts in self._durations:
            pkt = self._held.pop(0)
            pkt.duration = self._durations[pkt.pts]
            self.out.mux(pkt)

    def finish(self, end_s: float) -> None:
        if self._pts:
            self._durations[self._pts[-1]] = max(1, int(round(end_s / OUT_TB)) - self._pts[-1])
        self._mux(self.stream.encode(None))
        for pkt in self._held:  # nothing should be left; mux whatever is, rather than lose it
            self.out.mux(pkt)
        self._held = []


class _AudioSink:
    """Takes stereo float blocks at 48 kHz and writes 1024-sample AAC frames on a sample clock."""

    def __init__(self, out, stream) -> None:
        self.out, self.stream = out, stream
        self.frame_size = stream.codec_context.frame_size or 1024
        self._buf = np.zeros((2, 0), np.float32)
        self.written = 0  # samples sent to the encoder
        self.tail = np.zeros((2, 0), np.float32)  # kept back for a crossfade

    def add(self, samples: np.ndarray) -> None:
        self._buf = np.concatenate([self._buf, samples], axis=1)
        self._drain(final=False)

    def _drain(self, final: bool) -> None:
        import av

        n = self._buf.shape[1]
        whole = n if final else n - n % self.frame_size
        pos = 0
        while pos < whole:
            chunk = np.ascontiguousarray(self._buf[:, pos:pos + self.frame_size])
            frame = av.AudioFrame.from_ndarray(chunk, format="fltp", layout="stereo")
            frame.sample_rate = AUDIO_RATE
            frame.pts = self.written
            frame.time_base = Fraction(1, AUDIO_RATE)
            self.written += chunk.shape[1]
            pos += chunk.shape[1]
            for pkt in self.stream.encode(frame):
                self.out.mux(pkt)
        self._buf = self._buf[:, whole:]

    def finish(self, end_s: float) -> None:
        want = int(round(end_s * AUDIO_RATE)) - self.written - self._buf.shape[1]
        if want > 0:
            self._buf = np.concatenate([self._buf, np.zeros((2, want), np.float32)], axis=1)
        elif want < 0:
            self._buf = self._buf[:, :self._buf.shape[1] + want]
        self._drain(final=True)
        for pkt in self.stream.encode(None):
            self.out.mux(pkt)


def _cut_segment(inp, vs, aud, seg: Segment, offset: float, head: float, tail: float,
                 video: _VideoSink, audio: _AudioSink, control: TaskControl) -> Iterator[float]:
    """Decode [seg.start, seg.end) and hand it to the sinks at output time ``offset``.

    ``head``: the first seconds blend with the previous segment's kept-back tail; ``tail``: the last
    seconds are kept back for the next segment's head.
    """
    import av

    start, end = seg.start, seg.end
    length = end - start
    n_audio = int(round(length * AUDIO_RATE))
    seek_to = max(0.0, start - 0.5)  # a little early, so the audio decoder has settled at the cut
    inp.seek(int(seek_to / vs.time_base), stream=vs, backward=True, any_frame=False)
    resampler = av.AudioResampler(format="fltp", layout="stereo", rate=AUDIO_RATE) if aud is not None else None
    got_audio = np.zeros((2, 0), np.float32)
    audio_pos: int | None = None  # output-relative sample index of the next resampled sample
    video_done = False
    audio_done = aud is None
    prev_tail = video.tail
    video.tail = []
    new_tail: list[tuple[float, np.ndarray]] = []
    streams = [vs] + ([aud] if aud is not None else [])
    last_report = -1.0
    for packet in inp.demux(*streams):
        control.checkpoint()
        try:
            frames = packet.decode()
        except av.error.FFmpegError:
            continue
        for frame in frames:
            if packet.stream is vs and not video_done:
                t = frame.time
                if t is None or t < start - 1e-6:
                    continue
                if t >= end - 1e-6:
                    video_done = True
                    continue
                rel = t - start
                if head and rel < head and prev_tail:
                    # Crossfade: blend with the previous segment's frame shown at the same moment.
                    alpha = rel / head
                    before = _nearest(prev_tail, rel)
                    mixed = (1 - alpha) * before.astype(np.float32) + alpha * video.to_array(frame)
                    video.write(offset + rel, array=np.clip(mixed + 0.5, 0, 255).astype(np.uint8))
                elif tail and rel >= length - tail:
                    new_tail.append((rel - (length - tail), video.to_array(frame)))
                else:
                    video.write(offset + rel, frame)
                if rel - last_report > 0.5:
                    last_report = rel
                    yield rel
            elif aud is not None and packet.stream is aud and not audio_done:
                for out_frame in resampler.resample(frame):
                    if audio_pos is None:
                        at = frame.time if frame.time is not None else start
                        audio_pos = int(round((at - start) * AUDIO_RATE))
                    data = out_frame.to_ndarray().reshape(2, -1)
                    lo = max(0, -audio_pos)
                    hi = max(lo, min(data.shape[1], n_audio - audio_pos))
                    if audio_pos + lo > got_audio.shape[1]:  # a hole: silence
                        got_audio = np.concatenate(
                            [got_audio, np.zeros((2, audio_pos + lo - got_audio.shape[1]), np.float32)], axis=1)
                    got_audio = np.concatenate([got_audio, data[:, lo:hi]], axis=1)
                    audio_pos += data.shape[1]
                    if audio_pos >= n_audio:
                        audio_done = True
        if video_done and audio_done:
            break
    # The sound of this segment, exactly n_audio samples long.
    if got_audio.shape[1] < n_audio:
        got_audio = np.concatenate([got_audio, np.zeros((2, n_audio - got_audio.shape[1]), np.float32)], axis=1)
    got_audio = got_audio[:, :n_audio]
    h = int(round(head * AUDIO_RATE))
    if h and audio.tail.shape[1]:
        h = min(h, audio.tail.shape[1], got_audio.shape[1])
        ramp = np.linspace(0.0, 1.0, h, dtype=np.float32)
        got_audio[:, :h] = audio.tail[:, :h] * np.cos(ramp * np.pi / 2) + got_audio[:, :h] * np.sin(ramp * np.pi / 2)
    k = int(round(tail * AUDIO_RATE))
    if k:
        audio.tail = got_audio[:, -k:].copy()
        got_audio = got_audio[:, :-k]
    audio.add(got_audio)
    video.tail = new_tail
    yield length


def _nearest(frames: list[tuple[float, np.ndarray]], t: float) -> np.ndarray:
    best = min(frames, key=lambda f: abs(f[0] - t))
    return best[1]


def _copy_reel(info: MediaInfo, segs: list[Segment], tmp: Path, fmt: str, control: TaskControl,
               track: int | None) -> Iterator[float]:
    """Join the segments without re-encoding: every cut lies on a keyframe, so each piece decodes alone."""
    import av

    with av.open(str(info.path)) as inp, av.open(str(tmp), "w", format=fmt) as out:
        vs = next(s for s in inp.streams.video if s.index == info.video.stream_index)
        aud = inp.streams.audio[track or 0] if info.audio else None
        vout = out.add_stream_from_template(vs)
        aout = out.add_stream_from_template(aud) if aud is not None else None
        offset = 0.0
        last_dts = {vs.index: None, aud.index if aud is not None else -1: None}
        for seg in segs:
            inp.seek(int(seg.start / vs.time_base), stream=vs, backward=True, any_frame=False)
            streams = [vs] + ([aud] if aud is not None else [])
            done = {s.index: False for s in streams}
            for pkt in inp.demux(*streams):
                control.checkpoint()
                if pkt.pts is None or pkt.dts is None:
                    continue
                s = pkt.stream
                t = float(pkt.pts * s.time_base)
                if t >= seg.end - 1e-6:
                    if s is vs and pkt.is_keyframe or s is not vs:
                        done[s.index] = True
                    if all(done.values()):
                        break
                    continue
                if t < seg.start - 1e-6 or done[s.index]:
                    continue
                shift = int(round((offset - seg.start) / s.time_base))
                pkt.pts += shift
                pkt.dts += shift
                prev = last_dts[s.index]
                if prev is not None and pkt.dts <= prev:
                    pkt.dts = prev + 1
                    pkt.pts = max(pkt.pts, pkt.dts)
                last_dts[s.index] = pkt.dts
                pkt.stream = vout if s is vs else aout
                out.mux(pkt)
            offset += seg.length
            yield offset


__all__ = ["ExportSettings", "ExportResult", "ExportError", "export_reel", "write_segments",
           "keyframe_times", "snap_to_keyframes", "segments_csv", "segments_json", "segments_edl",
           "segments_fcpxml", "read_segments_json"]
