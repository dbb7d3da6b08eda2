"""The highlight reel of a recording as a sound file (.m4a, .wav, .mp3, .ogg, .flac): a podcast or a radio
match has no picture, and a video's reel can be wanted as sound alone.

The same rules as the video reel (studio.video.export): the enabled segments (pre- and post-roll are in
them already), cut to the sample on a 48 kHz clock, joined with an equal-power crossfade when asked,
clamped to the end of the media, written through the output guard into a temporary file renamed into
place.
"""

from __future__ import annotations

import os
import time
from fractions import Fraction
from pathlib import Path
from typing import Iterator

import numpy as np

from studio.core.outputs import check_output, output_file
from studio.core.tasks import Progress, TaskControl
from studio.video.audio import media_end, probe
from studio.video.export import AUDIO_RATE, ExportError, ExportResult, ExportSettings, _enabled
from studio.video.segments import Segment, clamp_to_media

# suffix: (container format, encoder, its sample format, bit rate or None for lossless)
AUDIO_REEL_FORMATS = {
    ".m4a": ("ipod", "aac", "fltp", 192_000),
    ".wav": ("wav", "pcm_s16le", "s16", None),
    ".mp3": ("mp3", "libmp3lame", "fltp", 192_000),
    ".ogg": ("ogg", "libopus", "flt", 128_000),     # Ogg Opus: FFmpeg's own Vorbis encoder is experimental
    ".flac": ("flac", "flac", "s16", None),
}
AUDIO_REEL_SUFFIXES = tuple(AUDIO_REEL_FORMATS)


def is_audio_reel(path: str | os.PathLike) -> bool:
    """True when ``path``'s suffix names a sound-only reel."""
    return Path(path).suffix.lower() in AUDIO_REEL_FORMATS


def check_audio_reel_output(src: Path, dst: Path, overwrite: bool = False, others=()) -> tuple:
    """The output guard for a sound reel; returns its format entry."""
    if Path(dst).is_dir():
        check_output(dst)
    entry = AUDIO_REEL_FORMATS.get(Path(dst).suffix.lower())
    if entry is None:
        raise ExportError(f"Save a sound reel as {', '.join(AUDIO_REEL_SUFFIXES)}, not "
                          f"{Path(dst).suffix or 'a name without extension'}.")
    check_output(dst, [(src, "the recording it is cut from")], overwrite=overwrite, others=others)
    return entry


def export_audio_reel(src: str | os.PathLike, segments: list[Segment], dst: str | os.PathLike,
                      settings: ExportSettings = ExportSettings(), control: TaskControl | None = None,
                      track: int | None = None, overwrite: bool = False) -> Iterator[Progress | ExportResult]:
    """Cut the enabled segments' sound out of ``src`` and join them into ``dst``; yields Progress in
    seconds of the reel (unit "s"), then the ExportResult."""
    import av

    control = control or TaskControl()
    started = time.perf_counter()
    src, dst = Path(src), Path(dst)
    fmt, codec, sample_fmt, bit_rate = check_audio_reel_output(src, dst, overwrite)
    info = probe(src)
    if not info.audio:
        raise ExportError(f"{src.name} has no sound, so no sound reel can be made.")
    info.track(track)
    segs = _enabled(segments)
    end = media_end(info, track)
    segs, clamped = clamp_to_media(segs, end)
    if not segs:
        raise ExportError(f"Every highlight lies after the end of {src.name}, whose sound ends at {end:.1f} s; "
                          "nothing can be cut from there.")
    notes = [f"Highlights past the end of the media ({end:.1f} s) were cut at its end."] if clamped else []
    fade = max(0.0, settings.crossfade_s)
    if fade:
        fade = min(fade, min(s.length for s in segs) / 2)
    total = sum(s.length for s in segs) - fade * (len(segs) - 1)
    yield Progress(0.0, total, "Cutting the highlights…", unit="s")
    with output_file(dst, [(src, "the recording it is cut from")], overwrite=overwrite) as tmp:
        with av.open(str(src)) as inp, av.open(str(tmp), "w", format=fmt) as out:
            aud = inp.streams.audio[track or 0]
            stream = out.add_stream(codec, rate=AUDIO_RATE)
            stream.layout = "stereo"
            if bit_rate:
                stream.bit_rate = bit_rate
            sink = _SoundSink(out, stream, sample_fmt)
            tail = np.zeros((2, 0), np.float32)
            done = 0.0
            for i, seg in enumerate(segs):
                sound = _read_sound(inp, aud, seg, control)                     # (2, n) at 48 kHz
                h = int(round((fade if i > 0 else 0.0) * AUDIO_RATE))
                if h and tail.shape[1]:
                    h = min(h, tail.shape[1], sound.shape[1])
                    ramp = np.linspace(0.0, 1.0, h, dtype=np.float32)
                    # Equal power: the sum of the two gains' squares is 1, so the join does not dip.
                    sound[:, :h] = tail[:, :h] * np.cos(ramp * np.pi / 2) + sound[:, :h] * np.sin(ramp * np.pi / 2)
                k = int(round((fade if i < len(segs) - 1 else 0.0) * AUDIO_RATE))
                if k:
                    tail, sound = sound[:, -k:].copy(), sound[:, :-k]
                sink.add(sound)
                done += seg.length - (fade if i > 0 else 0.0)
                yield Progress(min(done, total), total, "Cutting…", unit="s")
            sink.finish()
    yield ExportResult(dst, total, len(segs), False, time.perf_counter() - started, tuple(notes))


def _read_sound(inp, aud, seg: Segment, control: TaskControl) -> np.ndarray:
    """The sound of [seg.start, seg.end) as (2, n) float32 at 48 kHz, exactly n = length x rate samples
    (a hole or a short end is filled with silence)."""
    import av

    n = int(round(seg.length * AUDIO_RATE))
    inp.seek(int(max(0.0, seg.start - 0.5) / aud.time_base), stream=aud, backward=True, any_frame=False)
    resampler = av.AudioResampler(format="fltp", layout="stereo", rate=AUDIO_RATE)
    got = np.zeros((2, n), np.float32)
    pos: int | None = None  # segment-relative index of the next resampled sample
    for packet in inp.demux(aud):
        control.checkpoint()
        try:
            frames = packet.decode()
        except av.error.FFmpegError:
            continue
        for frame in frames:
            for out_frame in resampler.resample(frame):
                if pos is None:
                    at = frame.time if frame.time is not None else seg.start
                    pos = int(round((at - seg.start) * AUDIO_RATE))
                data = out_frame.to_ndarray().reshape(2, -1)
                lo, hi = max(0, -pos), min(data.shape[1], n - pos)
                if hi > lo:
                    got[:, pos + lo:pos + hi] = data[:, lo:hi]
                pos += data.shape[1]
        if pos is not None and pos >= n:
            break
    return got


_SMALL_LAST_FRAME = 1 << 6       # AV_CODEC_CAP_SMALL_LAST_FRAME
_VARIABLE_FRAME_SIZE = 1 << 16   # AV_CODEC_CAP_VARIABLE_FRAME_SIZE


class _SoundSink:
    """Takes stereo float blocks and writes encoder-sized frames on a sample clock."""

    def __init__(self, out, stream, sample_fmt: str) -> None:
        self.out, self.stream, self.sample_fmt = out, stream, sample_fmt
        self.frame_size = stream.codec_context.frame_size or 1024  # PCM and FLAC take any size
        self._buf = np.zeros((2, 0), np.float32)
        self.written = 0

    def add(self, samples: np.ndarray) -> None:
        self._buf = np.concatenate([self._buf, samples], axis=1)
        self._drain(final=False)

    def _frame(self, chunk: np.ndarray):
        import av

        chunk = np.clip(chunk, -1.0, 1.0)
        if self.sample_fmt == "fltp":
            array = np.ascontiguousarray(chunk, dtype=np.float32)                  # (2, n) planar
        elif self.sample_fmt == "flt":
            array = np.ascontiguousarray(chunk.T.reshape(1, -1), dtype=np.float32)  # (1, 2n) interleaved
        else:  # s16, interleaved
            array = np.ascontiguousarray((chunk.T * 32767.0).round().astype(np.int16).reshape(1, -1))
        frame = av.AudioFrame.from_ndarray(array, format=self.sample_fmt, layout="stereo")
        frame.sample_rate = AUDIO_RATE
        frame.pts = self.written
        frame.time_base = Fraction(1, AUDIO_RATE)
        return frame

    def _drain(self, final: bool) -> None:
        n = self._buf.shape[1]
        whole = n if final else n - n % self.frame_size
        pos = 0
        while pos < whole:
            chunk = self._buf[:, pos:pos + self.frame_size]
            if final and chunk.shape[1] < self.frame_size and self.stream.codec_context.frame_size:
                # Fixed-size encoders (AAC, MP3, Opus) take a short last frame where they allow it; pad
                # the rest with silence rather than lose it.
                caps = self.stream.codec_context.codec.capabilities
                if not caps & (_SMALL_LAST_FRAME | _VARIABLE_FRAME_SIZE):
                    chunk = np.concatenate([chunk, np.zeros((2, self.frame_size - chunk.shape[1]), np.float32)],
                                           axis=1)
            for pkt in self.stream.encode(self._frame(chunk)):
                self.out.mux(pkt)
            self.written += chunk.shape[1]
            pos += self.frame_size
        self._buf = self._buf[:, whole:]

    def finish(self) -> None:
        self._drain(final=True)
        for pkt in self.stream.encode(None):
            self.out.mux(pkt)
