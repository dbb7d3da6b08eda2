"""The built-in drum kit: General MIDI percussion (channel 10) as short synthesized sounds, in numpy.

Where FluidSynth is missing, the built-in synthesiser plays a drum track with these: each GM percussion
key (35-81) maps to a kind of instrument, and each kind is made the way analogue drum machines make it:

- kick: a sine whose pitch falls fast (150 -> 50 Hz), with a click at the front;
- snare: a short tuned body and a burst of band-passed noise (the wires);
- toms: a sine with a small pitch drop, tuned by the key (floor tom low, high tom high);
- hi-hats and cymbals: six detuned square waves at inharmonic ratios (the "metallic" cluster of the
  TR-808) and high-passed noise, with a short (closed hat), medium (open hat) or long (crash) decay;
- clap: a few noise bursts a few milliseconds apart, then a tail;
- the rest (cowbell, congas, bongos, wood block, shakers, triangle...): a pitched or noisy short decay.

A drum sound is a one-shot: it plays to its own end whatever the note's length, as in General MIDI.
Sounds are made once per key, in two velocity layers (soft and hard, the hard one brighter), and cached as
int16 like the piano's tones.
"""

from __future__ import annotations

import threading

import numpy as np

TONE_SCALE = 32767.0

# GM percussion key -> (kind, tuning in Hz or a decay in seconds, as each kind reads it).
KICKS = {35: 45.0, 36: 50.0}
SNARES = {38: 190.0, 40: 220.0}
TOMS = {41: 82.0, 43: 98.0, 45: 117.0, 47: 139.0, 48: 165.0, 50: 196.0}
HATS = {42: 0.045, 44: 0.07, 46: 0.45}
CYMBALS = {49: 1.6, 52: 1.4, 55: 0.9, 57: 1.6, 51: 1.1, 59: 1.1, 53: 0.8}
SHAKERS = {54: 0.18, 69: 0.09, 70: 0.08, 82: 0.1}        # tambourine, cabasa, maracas, shaker
# Pitched short percussion: (frequency Hz, decay s).
PITCHED = {37: (1700.0, 0.03), 56: (560.0, 0.18), 58: (300.0, 0.4), 60: (520.0, 0.12), 61: (390.0, 0.14),
           62: (330.0, 0.08), 63: (300.0, 0.2), 64: (220.0, 0.25), 65: (420.0, 0.22), 66: (310.0, 0.25),
           67: (900.0, 0.18), 68: (700.0, 0.18), 71: (2500.0, 0.15), 72: (2100.0, 0.35), 73: (600.0, 0.05),
           74: (500.0, 0.2), 75: (2500.0, 0.06), 76: (1100.0, 0.06), 77: (800.0, 0.07), 78: (700.0, 0.15),
           79: (500.0, 0.2), 80: (3000.0, 0.2), 81: (3000.0, 1.0)}
# The TR-808's cymbal oscillators (Hz): inharmonic, so that together they sound metallic, not a chord.
METAL_HZ = (205.3, 304.4, 369.6, 522.7, 540.0, 800.0)


def drum_kind(pitch: int) -> str:
    """The kind of sound a GM percussion key makes ("kick", "snare", "tom", "hat", "cymbal", "clap",
    "shaker" or "pitched")."""
    for kind, table in (("kick", KICKS), ("snare", SNARES), ("tom", TOMS), ("hat", HATS), ("cymbal", CYMBALS),
                        ("shaker", SHAKERS)):
        if pitch in table:
            return kind
    return "clap" if pitch == 39 else "pitched"


def _noise(n: int, rng: np.random.Generator, lo: float, hi: float, rate: int) -> np.ndarray:
    """White noise band-passed to [lo, hi] Hz (in the frequency domain, with soft edges), peak 1."""
    spectrum = np.fft.rfft(rng.standard_normal(n))
    f = np.fft.rfftfreq(n, 1.0 / rate)
    gain = 1.0 / (1.0 + (lo / np.maximum(f, 1.0)) ** 4) / (1.0 + (f / hi) ** 4)
    out = np.fft.irfft(spectrum * gain, n)
    return (out / max(1e-9, float(np.abs(out).max()))).astype(np.float32)


def _metal(t: np.ndarray, scale: float = 1.0) -> np.ndarray:
    """Six square waves at the 808's cymbal ratios (scaled), summed: a bright, inharmonic cluster."""
    out = np.zeros_like(t)
    for hz in METAL_HZ:
        out += np.sign(np.sin(2 * np.pi * hz * scale * t))
    return out / len(METAL_HZ)


def _highpass(x: np.ndarray, hz: float, rate: int) -> np.ndarray:
    spectrum = np.fft.rfft(x)
    f = np.fft.rfftfreq(len(x), 1.0 / rate)
    return np.fft.irfft(spectrum / (1.0 + (hz / np.maximum(f, 1.0)) ** 4), len(x)).astype(np.float32)


def make_drum(pitch: int, rate: int, bright: float) -> np.ndarray:
    """One drum hit of GM key ``pitch`` as float32 audio; ``bright`` (0..1) opens the sound up as a hard
    stroke does."""
    rng = np.random.default_rng(1000 + pitch)
    kind = drum_kind(pitch)

    def clock(seconds: float) -> np.ndarray:
        return np.arange(int(seconds * rate), dtype=np.float32) / rate

    if kind == "kick":
        t = clock(0.45)
        low = KICKS[pitch]
        freq = low + (150.0 - low) * np.exp(-t / 0.03)                 # the fast pitch fall is the "thump"
        phase = 2 * np.pi * np.cumsum(freq) / rate
        out = np.sin(phase) * np.exp(-t / 0.16)
        click = _noise(len(t), rng, 1500, 8000, rate) * np.exp(-t / 0.003)
        out += (0.15 + 0.25 * bright) * click
    elif kind == "snare":
        t = clock(0.3)
        body = np.sin(2 * np.pi * SNARES[pitch] * t) * np.exp(-t / 0.05)
        wires = _noise(len(t), rng, 1200 + 1800 * bright, 9000, rate) * np.exp(-t / 0.09)
        out = 0.55 * body + (0.6 + 0.3 * bright) * wires
    elif kind == "tom":
        t = clock(0.6)
        f0 = TOMS[pitch]
        freq = f0 * (1.0 + 0.25 * np.exp(-t / 0.04))
        out = np.sin(2 * np.pi * np.cumsum(freq) / rate) * np.exp(-t / 0.2)
        out += (0.15 + 0.3 * bright) * _noise(len(t), rng, 500, 6000, rate) * np.exp(-t / 0.008)   # the stick
    elif kind in ("hat", "cymbal"):
        decay = HATS[pitch] if kind == "hat" else CYMBALS[pitch]
        t = clock(min(3.0, decay * 5))
        ride = pitch in (51, 53, 59)
        metal = _highpass(_metal(t, 1.0 if kind == "hat" else 0.8), 6000 if kind == "hat" else 3000, rate)
        hiss = _noise(len(t), rng, 7000 if kind == "hat" else 4000, 16000, rate)
        mix = 0.6 if ride else 0.35                                    # a ride rings; a crash washes
        out = (mix * metal / max(1e-9, float(np.abs(metal).max())) + (1.0 - mix) * hiss) * np.exp(-t / decay)
        if pitch == 53:                                                # the ride's bell: a clear ping
            out += 0.5 * np.sin(2 * np.pi * 2200.0 * t) * np.exp(-t / 0.4)
    elif kind == "clap":
        t = clock(0.35)
        bursts = sum(((t >= d) * np.exp(-np.maximum(0.0, t - d) / 0.006)) for d in (0.0, 0.011, 0.022))
        tail = (t >= 0.03) * np.exp(-np.maximum(0.0, t - 0.03) / 0.08)
        out = _noise(len(t), rng, 900, 5000, rate) * (bursts + 0.7 * tail)
    elif kind == "shaker":
        decay = SHAKERS[pitch]
        t = clock(decay * 4)
        swell = np.minimum(1.0, t / 0.008)
        out = _noise(len(t), rng, 5000, 15000, rate) * swell * np.exp(-t / decay)
        if pitch == 54:                                                # the tambourine's jingles
            out += 0.3 * _highpass(_metal(t, 4.0), 5000, rate) * np.exp(-t / decay)
    else:
        hz, decay = PITCHED.get(pitch, (200.0 * 2.0 ** ((pitch - 60) / 12.0), 0.15))
        t = clock(max(0.05, decay * 4))
        out = np.sin(2 * np.pi * hz * t) * np.exp(-t / decay)
        if pitch == 56:                                                # the cowbell: two square-ish tones
            out = (np.sign(np.sin(2 * np.pi * 540 * t)) + np.sign(np.sin(2 * np.pi * 800 * t))) * np.exp(-t / decay)
        out += 0.2 * bright * _noise(len(t), rng, 1000, 8000, rate) * np.exp(-t / 0.005)
    out = np.asarray(out, np.float32)
    attack = min(len(out), int(0.0005 * rate))                         # no click from a hard edge
    out[:attack] *= np.linspace(0.0, 1.0, attack, dtype=np.float32)
    fade = min(len(out), int(0.01 * rate))                              # nor at the end of the buffer
    out[len(out) - fade:] *= np.linspace(1.0, 0.0, fade, dtype=np.float32)
    return out / max(1e-6, float(np.abs(out).max()))


class DrumKit:
    """The GM drum sounds of one sample rate, made on first use and cached (soft, hard) as int16."""

    def __init__(self, sample_rate: int) -> None:
        self.sample_rate = sample_rate
        self._sounds: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._lock = threading.Lock()

    def sound(self, pitch: int) -> tuple[np.ndarray, np.ndarray]:
        with self._lock:
            cached = self._sounds.get(pitch)
            if cached is None:
                soft = make_drum(pitch, self.sample_rate, 0.0)
                hard = make_drum(pitch, self.sample_rate, 1.0)
                cached = self._sounds[pitch] = ((soft * TONE_SCALE).astype(np.int16),
                                                (hard * TONE_SCALE).astype(np.int16))
            return cached

    def length(self, pitch: int) -> int:
        """Frames a hit of ``pitch`` lasts."""
        return len(self.sound(pitch)[0])
