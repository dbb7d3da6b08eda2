"""A Song rendered to a WAV file: 16-bit stereo PCM, written atomically, as a stoppable job."""

from __future__ import annotations

import os
import tempfile
import wave
from pathlib import Path
from typing import Iterator

import numpy as np

from studio.core.atomic import atomic_path
from studio.core.errors import StudioError
from studio.core.tasks import Progress, TaskControl
from studio.music.song import Song
from studio.music.synth import Synth, choose_synth, song_frames


def check_output(path: str | os.PathLike, overwrite: bool, inputs: tuple[str | os.PathLike, ...] = ()) -> Path:
    """``path`` as an output: never one of ``inputs``, and an existing file only with ``overwrite``."""
    out = Path(path)
    for source in inputs:
        if Path(source).resolve() == out.resolve():
            raise StudioError(f"{out.name} is also the input; choose another name for the output.")
    if out.is_dir():
        raise StudioError(f"{out} is a folder; give a file name for the output.")
    if out.exists() and not overwrite:
        raise StudioError(f"{out.name} already exists; use --overwrite to replace it.")
    return out


def render_wav_steps(song: Song, path: str | os.PathLike, synth: Synth | None = None,
                     control: TaskControl | None = None) -> Iterator[Progress]:
    """Render ``song`` (its audible tracks) into a WAV at ``path``, yielding Progress in seconds of audio.

    The caller has already decided that ``path`` may be written (see ``check_output``). The audio is
    rendered into a temporary file first (float32, so a long piece never sits in memory, and its peak is
    known before the 16-bit samples are written); a stop leaves no WAV behind.
    """
    synth = synth or choose_synth()
    control = control or TaskControl()
    audible = song.with_tracks(song.audible_tracks())
    if not any(t.notes for t in audible.tracks):
        raise StudioError("There are no notes to render (every track is empty or muted).")
    rate = synth.sample_rate
    seconds = song_frames(audible, rate) / rate
    peak, done = 0.0, 0
    with tempfile.TemporaryFile(prefix="studio-render-") as raw:
        for block in synth.stream(audible, 0.0, None, block=32768):
            control.checkpoint()
            raw.write(np.ascontiguousarray(block, np.float32).tobytes())
            peak = max(peak, float(np.abs(block).max()) if block.size else 0.0)
            done += len(block)
            yield Progress(done / rate, seconds, "Rendering audio", unit="s")
        # Scaled down (never up) when the mix would clip, the same factor for the whole piece.
        gain = 0.999 / peak if peak > 0.999 else 1.0
        raw.seek(0)
        with atomic_path(path) as tmp, wave.open(str(tmp), "wb") as wav:
            wav.setnchannels(2)
            wav.setsampwidth(2)
            wav.setframerate(rate)
            while True:
                chunk = raw.read(rate * 8)                # one second of stereo float32
                if not chunk:
                    break
                audio = np.frombuffer(chunk, np.float32) * np.float32(gain)
                wav.writeframes((np.clip(audio, -1.0, 1.0) * 32767.0).astype("<i2").tobytes())
    yield Progress(seconds, seconds, f"Wrote {Path(path).name}", unit="s")


def render_wav(song: Song, path: str | os.PathLike, synth: Synth | None = None) -> Path:
    """Render ``song`` into a WAV at ``path`` (blocking); returns the path."""
    for _ in render_wav_steps(song, path, synth):
        pass
    return Path(path)
