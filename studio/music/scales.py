"""Keys and scales: parse "C major" or "F# dorian", test notes against a scale, and detect a piece's key.

The key finder is Krumhansl and Schmuckler's: the piece's pitch-class durations are correlated with
the Krumhansl-Kessler major and minor profiles in every key, and the best key wins. It lives in
``studio.data.midi_keys``, where the training data are moved into C major / A minor by it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

import numpy as np

from studio.core.errors import StudioError
from studio.data.midi_keys import key_of_weights
from studio.music.song import NOTE_NAMES, Note

# Intervals from the tonic, in semitones.
SCALES: dict[str, tuple[int, ...]] = {
    "major": (0, 2, 4, 5, 7, 9, 11),
    "minor": (0, 2, 3, 5, 7, 8, 10),
    "harmonic minor": (0, 2, 3, 5, 7, 8, 11),
    "melodic minor": (0, 2, 3, 5, 7, 9, 11),
    "dorian": (0, 2, 3, 5, 7, 9, 10),
    "phrygian": (0, 1, 3, 5, 7, 8, 10),
    "lydian": (0, 2, 4, 6, 7, 9, 11),
    "mixolydian": (0, 2, 4, 5, 7, 9, 10),
    "locrian": (0, 1, 3, 5, 6, 8, 10),
    "major pentatonic": (0, 2, 4, 7, 9),
    "minor pentatonic": (0, 3, 5, 7, 10),
    "blues": (0, 3, 5, 6, 7, 10),
}
_ALIASES = {"ionian": "major", "aeolian": "minor", "natural minor": "minor", "maj": "major", "min": "minor",
            "m": "minor", "pentatonic": "major pentatonic"}
_FLATS = {"Db": 1, "Eb": 3, "Fb": 4, "Gb": 6, "Ab": 8, "Bb": 10, "Cb": 11, "E#": 5, "B#": 0}


def tonic_number(name: str) -> int:
    """"C" -> 0, "F#" -> 6, "Bb" -> 10 (case-insensitive letter); a StudioError for anything else."""
    text = name.strip()
    if not text:
        raise StudioError("Name a key's tonic, for example 'C' or 'F#'.")
    text = text[0].upper() + text[1:].replace("♯", "#").replace("♭", "b")
    if text in NOTE_NAMES:
        return NOTE_NAMES.index(text)
    if text in _FLATS:
        return _FLATS[text]
    raise StudioError(f"'{name}' is not a note name; use C, C#, Db, D, … B.")


@dataclass(frozen=True)
class Scale:
    """A scale on a tonic (0 = C … 11 = B)."""

    tonic: int
    mode: str = "major"

    def __post_init__(self) -> None:
        if self.mode not in SCALES:
            raise StudioError(f"Unknown scale '{self.mode}'; the studio knows {', '.join(SCALES)}.")
        object.__setattr__(self, "tonic", int(self.tonic) % 12)

    @classmethod
    def parse(cls, text: str) -> "Scale":
        """"C major", "a minor", "F# dorian", "Bb" (major), "Am" -> a Scale; a StudioError sentence else."""
        m = re.fullmatch(r"\s*([A-Ga-g][#b♯♭]?)\s*(.*?)\s*", text or "")
        if not m:
            raise StudioError(f"'{text}' is not a key; write it as a tonic and a scale, for example 'C major' "
                              "or 'F# minor'.")
        mode = m.group(2).lower() or "major"
        mode = _ALIASES.get(mode, mode)
        if mode not in SCALES:
            raise StudioError(f"Unknown scale '{m.group(2)}'; the studio knows {', '.join(SCALES)}.")
        return cls(tonic_number(m.group(1)), mode)

    @property
    def pitch_classes(self) -> frozenset[int]:
        return frozenset((self.tonic + i) % 12 for i in SCALES[self.mode])

    def contains(self, pitch: int) -> bool:
        return pitch % 12 in self.pitch_classes

    @property
    def name(self) -> str:
        return f"{NOTE_NAMES[self.tonic]} {self.mode}"

    def __str__(self) -> str:
        return self.name


def scale_names() -> list[str]:
    """Every tonic with every scale ("C major", "C minor", …), for a list to pick from."""
    return [f"{t} {m}" for t in NOTE_NAMES for m in SCALES]


def pitch_class_weights(notes: Iterable[Note] | np.ndarray) -> np.ndarray:
    """How long each pitch class sounds, (12,) seconds; notes as Notes or as (N, ≥3) rows pitch, start, end."""
    weights = np.zeros(12)
    if isinstance(notes, np.ndarray):
        if len(notes):
            np.add.at(weights, notes[:, 0].astype(np.int64) % 12, notes[:, 2] - notes[:, 1])
        return weights
    for n in notes:
        weights[n.pitch % 12] += n.duration
    return weights


def detect_key(notes: Iterable[Note] | np.ndarray) -> Scale:
    """The major or minor key that fits the notes best (C major for no notes)."""
    return Scale(*key_of_weights(pitch_class_weights(notes)))


def key_names() -> list[str]:
    """The 24 major and minor keys ("C major", "C minor", "C# major", …), for a list to pick from."""
    return [f"{t} {m}" for t in NOTE_NAMES for m in ("major", "minor")]


def key_of_scale(scale: Scale) -> Scale:
    """The major or minor key a scale belongs with: its tonic, minor when its third is minor."""
    return Scale(scale.tonic, "minor" if 3 in SCALES[scale.mode] and 4 not in SCALES[scale.mode] else "major")
