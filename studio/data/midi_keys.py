"""Keys of note arrays at the data layer: the Krumhansl-Schmuckler key finder, and moving a piece into
C major or A minor.

The key finder correlates a piece's pitch-class durations with the Krumhansl-Kessler major and minor
profiles in every key; the best key wins. ``studio.music.scales.detect_key`` (the in-scale metric, the
Piano roll) is this same finder, so the training data, the metric and generation agree on what a key is.

Key normalisation (on by default for the music models): every piece is moved to C major (a major piece)
or A minor (a minor one) before it is tokenised. C major and A minor share their notes, so the model
learns one set of seven pitch classes and their harmony instead of twelve keys; a take then drifts
less from key to key, and generation moves it into the key the user asks for.
"""

from __future__ import annotations

import numpy as np

# Krumhansl-Kessler key profiles (probe-tone ratings), tonic first.
MAJOR_PROFILE = np.array([6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88])
MINOR_PROFILE = np.array([6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17])
# The tonic a normalised piece has in each mode: C major, A minor (the same seven notes).
NORMAL_TONIC = {"major": 0, "minor": 9}


def pitch_class_durations(notes: np.ndarray) -> np.ndarray:
    """How long each pitch class sounds, (12,) seconds, for notes (N, ≥3: pitch, start, end)."""
    weights = np.zeros(12)
    if len(notes):
        np.add.at(weights, notes[:, 0].astype(np.int64) % 12, notes[:, 2] - notes[:, 1])
    return weights


def key_of_weights(weights: np.ndarray) -> tuple[int, str]:
    """(tonic 0-11, "major" | "minor") that fits the pitch-class weights best (C major for none)."""
    weights = np.asarray(weights, dtype=np.float64)
    if weights.sum() <= 0 or np.ptp(weights) == 0:
        return 0, "major"
    best, best_r = (0, "major"), -2.0
    for mode, profile in (("major", MAJOR_PROFILE), ("minor", MINOR_PROFILE)):
        for tonic in range(12):
            r = float(np.corrcoef(weights, np.roll(profile, tonic))[0, 1])
            if r > best_r:
                best, best_r = (tonic, mode), r
    return best


def detect_key_of(notes: np.ndarray) -> tuple[int, str]:
    """The major or minor key of notes (N, ≥3: pitch, start, end), as (tonic, mode)."""
    return key_of_weights(pitch_class_durations(notes))


def shift_between(tonic: int, to_tonic: int) -> int:
    """The smallest move in semitones, -6..5, that takes ``tonic`` to ``to_tonic``."""
    return (int(to_tonic) - int(tonic) + 6) % 12 - 6


def transposed(notes: np.ndarray, semitones: int) -> np.ndarray | None:
    """The notes moved by ``semitones``, or None when a note would leave the MIDI range 0-127."""
    out = notes.copy()
    out[:, 0] += semitones
    if len(out) and (out[:, 0].min() < 0 or out[:, 0].max() > 127):
        return None
    return out


def normalised(notes: np.ndarray) -> tuple[np.ndarray, int]:
    """The notes moved into C major or A minor (by their detected key), and the move in semitones.

    The smallest move is taken (at most a tritone either way), so a piece keeps its register; if that
    would leave the MIDI range, an octave the other way.
    """
    tonic, mode = detect_key_of(notes)
    shift = shift_between(tonic, NORMAL_TONIC[mode])
    for s in (shift, shift - 12 if shift > 0 else shift + 12):
        moved = transposed(notes, s)
        if moved is not None:
            return moved, s
    return notes.copy(), 0
