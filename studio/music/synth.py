"""Turning a Song into audio: FluidSynth with a General MIDI sound font, or a built-in piano synthesiser.

Both synthesisers render a Song block by block from any start time (``stream``), so that playback can
start at the cursor after rendering one short block, and a whole file can be rendered for a WAV
(``render``). Audio is float32 stereo, shape (frames, 2), in [-1, 1].

FluidSynth (Debian's ``libfluidsynth3`` through ``pyfluidsynth``) plays every General MIDI instrument
with the TimGM6mb sound font that ships inside pretty_midi, or a ``.sf2`` the user picks. Where it is
missing, :class:`PianoSynth` renders a piano-like tone: inharmonic partials that decay faster the higher
they are, a hammer transient, velocity that brightens as well as louds, and a damper release; drum tracks
(GM channel 10) play its synthesized drum kit (:mod:`studio.music.drums`).
``choose_synth`` picks one and its ``name`` says which is in use.
"""

from __future__ import annotations

import math
import os
import threading
from pathlib import Path
from typing import Iterator

import numpy as np

from studio.core.errors import StudioError
from studio.music.drums import DrumKit
from studio.music.song import Song

SAMPLE_RATE = 44100
BLOCK_FRAMES = 4096          # ~93 ms: short enough that the first block renders in a few milliseconds
RELEASE_S = 0.12             # the damper: how long a note takes to fall silent after its end
TONE_SCALE = 32767.0         # the built-in piano's cached tones are int16 at this full scale
DRUM_CHANNEL = 9


class SynthError(StudioError):
    """A synthesiser or sound font that cannot be used."""


def _frames(seconds: float, rate: int) -> int:
    return int(round(seconds * rate))


def song_frames(song: Song, rate: int = SAMPLE_RATE, start: float = 0.0, end: float | None = None) -> int:
    """How many frames rendering ``song`` from ``start`` to ``end`` (default: its end plus the release) gives."""
    stop = song.end + RELEASE_S if end is None else end
    return max(0, _frames(stop - start, rate))


class Synth:
    """What both synthesisers offer: ``name``, ``sample_rate``, ``stream`` and ``render``."""

    name = "synthesiser"
    sample_rate = SAMPLE_RATE

    def stream(self, song: Song, start: float = 0.0, end: float | None = None,
               block: int = BLOCK_FRAMES) -> Iterator[np.ndarray]:
        """Blocks of (frames, 2) float32 audio of ``song`` from ``start`` to ``end`` seconds, in order."""
        raise NotImplementedError

    def prepare(self, song: Song) -> None:
        """Do the slow set-up ``song`` needs now (e.g. in a thread), so that its playback starts at once."""

    def close(self) -> None:
        """Free what the synthesiser holds (a FluidSynth instance)."""

    def render(self, song: Song, start: float = 0.0, end: float | None = None) -> np.ndarray:
        """The whole of ``song`` (from ``start`` to ``end``) as one (frames, 2) float32 array."""
        blocks = list(self.stream(song, start, end, block=16384))
        if not blocks:
            return np.zeros((0, 2), np.float32)
        return np.concatenate(blocks)


# The built-in piano --------------------------------------------------------------------------------------

class PianoSynth(Synth):
    """A piano-like additive synthesiser in numpy (no sound font, no library).

    Each pitch's tone is computed once, in two velocity layers (soft and hard, the hard one brighter),
    and cached; a note is its pitch's tone blended by velocity, cut by a damper release at its end. Drum
    tracks play the built-in drum kit: each hit is a one-shot that sounds to its own end.
    """

    name = "Built-in piano synthesiser"
    PARTIALS = 10
    INHARMONICITY = 0.0004    # piano strings are stiff: partial n sits at n·f·sqrt(1 + B·n²)

    def __init__(self, sample_rate: int = SAMPLE_RATE) -> None:
        self.sample_rate = sample_rate
        self._tones: dict[int, tuple[np.ndarray, np.ndarray]] = {}    # pitch -> (soft, hard) int16
        self._lock = threading.Lock()   # playback renders in a thread while an export may render too
        self.drums = DrumKit(sample_rate)

    def tone_seconds(self, pitch: int) -> float:
        """How long a held key keeps sounding: long in the bass, short in the treble."""
        return float(np.clip(4.5 * 2.0 ** (-(pitch - 36) / 24.0), 0.8, 4.5))

    def prepare(self, song: Song) -> None:
        for pitch in sorted({n.pitch for t in song.tracks if not t.is_drum for n in t.notes}):
            self._tone(pitch)
        for pitch in sorted({n.pitch for t in song.tracks if t.is_drum for n in t.notes}):
            self.drums.sound(pitch)

    def _tone(self, pitch: int) -> tuple[np.ndarray, np.ndarray]:
        with self._lock:
            cached = self._tones.get(pitch)
            if cached is None:
                cached = self._tones[pitch] = self._make_tone(pitch)
            return cached

    def _make_tone(self, pitch: int) -> tuple[np.ndarray, np.ndarray]:
        rate = self.sample_rate
        f0 = 440.0 * 2.0 ** ((pitch - 69) / 12.0)
        length = self.tone_seconds(pitch)
        t = np.arange(int(length * rate), dtype=np.float32) / rate       # (T,)
        decay = length / 4.0                                              # e^-4 (-35 dB) at the tone's end
        soft = np.zeros_like(t)
        hard = np.zeros_like(t)
        rng = np.random.default_rng(pitch)
        for n in range(1, self.PARTIALS + 1):
            fn = n * f0 * math.sqrt(1.0 + self.INHARMONICITY * n * n)
            if fn >= rate * 0.45:   # above Nyquist it would alias into a wrong, lower tone
                break
            # Higher partials die sooner; this is what makes a struck string sound struck, not organ-like.
            env = np.exp(-t / (decay / (1.0 + 0.6 * (n - 1))))
            wave = np.sin(2 * np.pi * fn * t + rng.uniform(0, 2 * np.pi)).astype(np.float32) * env
            soft += wave * (1.0 / n ** 2.2)
            hard += wave * (1.0 / n ** 1.2)
        # The hammer: a few milliseconds of decaying noise, louder when struck hard.
        k = min(len(t), int(0.006 * rate))
        thump = rng.standard_normal(k).astype(np.float32) * np.exp(-np.arange(k) / (0.0015 * rate))
        hard[:k] += 0.08 * thump
        soft[:k] += 0.02 * thump
        attack = min(len(t), int(0.002 * rate))    # 2 ms ramp, so the onset does not click
        ramp = np.linspace(0.0, 1.0, attack, dtype=np.float32)
        soft[:attack] *= ramp
        hard[:attack] *= ramp
        # Kept as 16-bit integers: half the memory of floats (a piano piece's tones take ~35 MB), and
        # 16 bits is what the WAV gets anyway.
        soft *= TONE_SCALE / max(1e-6, float(np.abs(soft).max()))
        hard *= TONE_SCALE / max(1e-6, float(np.abs(hard).max()))
        return soft.astype(np.int16), hard.astype(np.int16)

    def stream(self, song: Song, start: float = 0.0, end: float | None = None,
               block: int = BLOCK_FRAMES) -> Iterator[np.ndarray]:
        rate = self.sample_rate
        total = song_frames(song, rate, start, end)
        notes = [(n, t.is_drum) for t in song.tracks for n in t.notes]
        release = _frames(RELEASE_S, rate)
        if notes:
            starts = np.array([_frames(n.start - start, rate) for n, _ in notes], np.int64)
            order = np.argsort(starts, kind="stable")
            notes = [notes[i] for i in order]
            starts = starts[order]
            # A drum hit lasts as long as its sound, whatever the note's length.
            ends = np.array([starts[i] + self.drums.length(n.pitch) if drum else _frames(n.end - start, rate)
                             for i, (n, drum) in enumerate(notes)], np.int64)
            longest = int((ends - starts).max()) + release
        # Each note's stereo position follows its pitch, as a piano heard from the bench.
        for f0 in range(0, total, block):
            f1 = min(total, f0 + block)
            out = np.zeros((f1 - f0, 2), np.float32)
            if notes:
                lo = int(np.searchsorted(starts, f0 - longest, "left"))
                hi = int(np.searchsorted(starts, f1, "left"))
                for i in range(lo, hi):
                    note, drum = notes[i]
                    if drum:
                        self._add_hit(out, f0, f1, note, int(starts[i]))
                    else:
                        self._add_note(out, f0, f1, note, int(starts[i]), int(ends[i]), release)
            yield out

    def _add_hit(self, out: np.ndarray, f0: int, f1: int, note, s: int) -> None:
        """A drum hit: the key's sound, blended by velocity, to its own end."""
        soft, hard = self.drums.sound(note.pitch)
        a, b = max(f0, s), min(f1, s + len(soft))
        if b <= a:
            return
        v = note.velocity / 127.0
        wave = soft[a - s:b - s] * np.float32((1.0 - v) / TONE_SCALE) + hard[a - s:b - s] * np.float32(v / TONE_SCALE)
        gain = 0.3 * v ** 1.5
        pan = (note.pitch - 58) / 100.0             # the kit spread a little: kick centre, hats and toms apart
        out[a - f0:b - f0, 0] += wave * (gain * (0.5 - pan))
        out[a - f0:b - f0, 1] += wave * (gain * (0.5 + pan))

    def _add_note(self, out: np.ndarray, f0: int, f1: int, note, s: int, e: int, release: int) -> None:
        soft, hard = self._tone(note.pitch)
        stop = min(e + release, s + len(soft))      # the tone may have died away before the key is let go
        a, b = max(f0, s), min(f1, stop)
        if b <= a:
            return
        local = np.arange(a - s, b - s)
        v = note.velocity / 127.0
        wave = soft[a - s:b - s] * np.float32((1.0 - v) / TONE_SCALE) + hard[a - s:b - s] * np.float32(v / TONE_SCALE)
        gain = 0.28 * v ** 1.5
        held = e - s
        if b - s > held:   # part of this slice is after the key was let go: the damper falls
            fall = np.exp(-np.maximum(0, local - held) / (release / 5.0)).astype(np.float32)
            wave = wave * fall
        pan = (note.pitch - 64) / 128.0             # -0.5 (bass, left) .. +0.5 (treble, right)
        out[a - f0:b - f0, 0] += wave * (gain * (0.5 - pan * 0.6))
        out[a - f0:b - f0, 1] += wave * (gain * (0.5 + pan * 0.6))


# General MIDI ------------------------------------------------------------------------------------------

def gm_instruments() -> list[str]:
    """The 128 General MIDI instrument names, by program (pretty_midi's list)."""
    from pretty_midi import constants

    return list(constants.INSTRUMENT_MAP)


def gm_families() -> list[str]:
    """The 16 General MIDI families; program p belongs to family p // 8."""
    from pretty_midi import constants

    return list(constants.INSTRUMENT_CLASSES)


# FluidSynth -------------------------------------------------------------------------------------------

def default_soundfont() -> Path | None:
    """The General MIDI sound font that ships inside pretty_midi (TimGM6mb.sf2), if pretty_midi is there."""
    try:
        import importlib.util

        spec = importlib.util.find_spec("pretty_midi")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / "TimGM6mb.sf2"
    return path if path.is_file() else None


def fluidsynth_available() -> bool:
    """Whether pyfluidsynth and the FluidSynth library load on this machine."""
    try:
        import fluidsynth  # noqa: F401 - pyfluidsynth finds libfluidsynth when imported
    except (ImportError, OSError):
        return False
    return hasattr(fluidsynth, "Synth")


class FluidSynth(Synth):
    """General MIDI through FluidSynth and a sound font (``soundfont``, else pretty_midi's TimGM6mb)."""

    def __init__(self, soundfont: str | os.PathLike | None = None, sample_rate: int = SAMPLE_RATE,
                 gain: float = 0.5) -> None:
        if not fluidsynth_available():
            raise SynthError("FluidSynth is not installed (the libfluidsynth3 system package and pyfluidsynth); "
                             "the built-in piano synthesiser can be used instead.")
        path = Path(soundfont) if soundfont else default_soundfont()
        if path is None or not path.is_file():
            raise SynthError(f"The sound font {path or 'TimGM6mb.sf2'} was not found.")
        if path.suffix.lower() not in (".sf2", ".sf3"):
            raise SynthError(f"{path.name} is not a sound font (a .sf2 file).")
        self.soundfont = path
        self.sample_rate = sample_rate
        self.gain = gain
        self.name = f"FluidSynth ({path.name})"
        # One FluidSynth per stream: a stream is stateful (sounding notes) and may run in a thread. Loading
        # the sound font takes tens of milliseconds, so one loaded synth waits for the next stream.
        self._lock = threading.Lock()
        self._idle = [self._new_synth()]

    def _take(self):
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return self._new_synth()

    def _give_back(self, synth, sfid) -> None:
        synth.system_reset()        # every note off, controllers and programs back to their defaults
        with self._lock:
            if not self._idle:
                self._idle.append((synth, sfid))
                return
        synth.delete()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for synth, _ in idle:
            synth.delete()

    def _new_synth(self):
        import fluidsynth

        synth = fluidsynth.Synth(gain=self.gain, samplerate=float(self.sample_rate))
        sfid = synth.sfload(str(self.soundfont))
        if sfid == -1:
            synth.delete()
            raise SynthError(f"FluidSynth could not load the sound font {self.soundfont.name}; "
                             "it may be damaged or not a sound font.")
        return synth, sfid

    def stream(self, song: Song, start: float = 0.0, end: float | None = None,
               block: int = BLOCK_FRAMES) -> Iterator[np.ndarray]:
        rate = self.sample_rate
        total = song_frames(song, rate, start, end)
        synth, sfid = self._take()
        try:
            events = self._events(song, synth, sfid, start, rate)
            k = 0
            for f0 in range(0, total, block):
                f1 = min(total, f0 + block)
                parts, at = [], f0
                while k < len(events) and events[k][0] < f1:
                    frame = max(events[k][0], at)
                    if frame > at:
                        parts.append(synth.get_samples(frame - at))
                        at = frame
                    _, kind, chan, key, vel = events[k]
                    if kind == 1:
                        synth.noteon(chan, key, vel)
                    else:
                        synth.noteoff(chan, key)
                    k += 1
                if f1 > at:
                    parts.append(synth.get_samples(f1 - at))
                pcm = np.concatenate(parts) if len(parts) > 1 else parts[0]
                yield (pcm.reshape(-1, 2).astype(np.float32) / 32768.0)
        finally:
            self._give_back(synth, sfid)

    def _events(self, song: Song, synth, sfid: int, start: float, rate: int) -> list[tuple[int, int, int, int, int]]:
        """(frame, 1 on / 0 off, channel, key, velocity), offs before ons at the same frame."""
        events = []
        melodic = [c for c in range(16) if c != DRUM_CHANNEL]
        for i, track in enumerate(song.tracks):
            if track.is_drum:
                chan = DRUM_CHANNEL
                synth.program_select(chan, sfid, 128, 0)
            else:
                chan = melodic[i % len(melodic)]
                synth.program_select(chan, sfid, 0, int(track.program))
            for n in track.notes:
                if n.end <= start:
                    continue
                events.append((max(0, _frames(n.start - start, rate)), 1, chan, n.pitch, n.velocity))
                events.append((max(0, _frames(n.end - start, rate)), 0, chan, n.pitch, 0))
        events.sort(key=lambda e: (e[0], e[1]))
        return events


def choose_synth(kind: str = "auto", soundfont: str | os.PathLike | None = None,
                 sample_rate: int = SAMPLE_RATE) -> Synth:
    """A synthesiser: "fluidsynth", "builtin", or "auto" (FluidSynth where it works, else the built-in one)."""
    if kind == "builtin":
        return PianoSynth(sample_rate)
    if kind == "fluidsynth" or soundfont:
        return FluidSynth(soundfont, sample_rate)
    if kind != "auto":
        raise SynthError(f"Unknown synthesiser {kind!r}; choose auto, fluidsynth or builtin.")
    try:
        return FluidSynth(None, sample_rate)
    except SynthError:
        return PianoSynth(sample_rate)
