"""Builds small test videos with PyAV: a generated picture track and a known soundtrack."""

from __future__ import annotations

import hashlib
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

RATE = 48_000


def load_wav_stereo(path: Path, rate: int = RATE) -> np.ndarray:
    """A sound file as float32 (2, n) at ``rate``."""
    out = []
    with av.open(str(path)) as c:
        res = av.AudioResampler(format="fltp", layout="stereo", rate=rate)
        for frame in c.decode(audio=0):
            out += [f.to_ndarray() for f in res.resample(frame)]
        out += [f.to_ndarray() for f in res.resample(None)]
    return np.concatenate(out, axis=1).astype(np.float32)


def quiet_noise(seconds: float, db: float = -55.0, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    amp = 10 ** (db / 20)
    return (rng.standard_normal((2, int(seconds * RATE))) * amp).astype(np.float32)


def mix_in(track: np.ndarray, clip: np.ndarray, at_s: float, fade_s: float = 0.01) -> None:
    clip = clip.copy()
    f = int(fade_s * RATE)
    if f:
        ramp = np.linspace(0, 1, f, dtype=np.float32)
        clip[:, :f] *= ramp
        clip[:, -f:] *= ramp[::-1]
    a = int(at_s * RATE)
    track[:, a:a + clip.shape[1]] += clip[:, :track.shape[1] - a]


def write_video(path: Path, audio: np.ndarray | list[np.ndarray] | None, seconds: float, fps: int = 15,
                size: tuple[int, int] = (160, 96), vfr: bool = False, gop: int | None = None,
                faststart: bool = True) -> Path:
    """An H.264/AAC MP4: a moving picture (frame number as brightness bars) and the given stereo sound.

    ``audio`` may be a list for several audio tracks, or None for no sound. ``vfr`` varies the frame
    spacing (alternately 1/fps and 2/fps), as phones and screen recorders do.
    """
    tracks = [] if audio is None else (audio if isinstance(audio, list) else [audio])
    opts = {"movflags": "+faststart"} if faststart else {}
    with av.open(str(path), "w", format="mp4", options=opts) as out:
        v = out.add_stream("libx264", rate=fps)
        v.width, v.height, v.pix_fmt = size[0], size[1], "yuv420p"
        tb = Fraction(1, fps * 2 * 10)
        v.codec_context.time_base = tb
        v.options = {"preset": "ultrafast", **({"g": str(gop)} if gop else {})}
        a_streams = []
        for _ in tracks:
            a = out.add_stream("aac", rate=RATE)
            a.layout = "stereo"
            a_streams.append(a)
        t, i = 0.0, 0
        while t < seconds - 1e-9:
            img = np.zeros((size[1], size[0], 3), np.uint8)
            img[:, : (i * 7) % size[0]] = 200
            img[: size[1] // 3] = (i * 5) % 255
            frame = av.VideoFrame.from_ndarray(img, format="rgb24")
            frame.pts = int(round(t / tb))
            frame.time_base = tb
            for pkt in v.encode(frame):
                out.mux(pkt)
            step = (2 if (vfr and i % 2) else 1) / fps
            t += step
            i += 1
        for pkt in v.encode(None):
            out.mux(pkt)
        for a, sound in zip(a_streams, tracks):
            n = 0
            for k in range(0, sound.shape[1], 1024):
                chunk = np.ascontiguousarray(sound[:, k:k + 1024])
                fr = av.AudioFrame.from_ndarray(chunk, format="fltp", layout="stereo")
                fr.sample_rate = RATE
                fr.pts = n
                fr.time_base = Fraction(1, RATE)
                n += chunk.shape[1]
                for pkt in a.encode(fr):
                    out.mux(pkt)
            for pkt in a.encode(None):
                out.mux(pkt)
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def stream_lengths(path: Path) -> tuple[float, float, float]:
    """(video length, audio length, frame duration) measured by decoding, in seconds."""
    with av.open(str(path)) as c:
        times = [f.time for f in c.decode(video=0)]
    with av.open(str(path)) as c:
        a = c.streams.audio[0]
        first = None
        n = 0
        for f in c.decode(a):
            if first is None:
                first = f.time
            n += f.samples
        audio_len = n / a.rate
        vs = c.streams.video[0]
        v_len = float(vs.duration * vs.time_base) if vs.duration else None
        a_len = float(a.duration * a.time_base) if a.duration else audio_len
    step = float(np.median(np.diff(times))) if len(times) > 1 else 0.04
    return (v_len if v_len is not None else times[-1] + step), a_len, step
