"""Key normalisation of the music data: every piece moved into C major or A minor, rhythm kept."""

import shutil

import numpy as np
import pytest

from studio.data.midi_dataset import load_music_sources
from studio.data.midi_files import note_array, open_midi
from studio.data.midi_keys import detect_key_of, normalised, shift_between
from studio.data.midi_tokens import NoteSetTokens
from studio.music.scales import Scale, detect_key, key_of_scale

MAJOR = (0, 2, 4, 5, 7, 9, 11)
# A cadence-shaped line: tonic, scale up, dominant, tonic (degrees of the scale, octave 4).
DEGREES = (0, 2, 4, 3, 1, 4, 6, 0, 4, 2, 0)


def scale_piece(tonic: int, mode: str) -> np.ndarray:
    """Quarter notes over a tonic pedal in a key: pitch, start, end, velocity (N, 4)."""
    steps = MAJOR if mode == "major" else (0, 2, 3, 5, 7, 8, 10)
    rows = [(48 + tonic, 0.0, len(DEGREES) * 0.5, 70)]
    rows += [(60 + tonic + steps[d], i * 0.5, i * 0.5 + 0.45, 60 + i) for i, d in enumerate(DEGREES)]
    return np.array(rows, dtype=np.float64)


@pytest.mark.parametrize("tonic, mode, shift", [(2, "major", -2), (7, "major", 5), (4, "minor", 5),
                                                 (3, "minor", -6), (9, "minor", 0)])
def test_a_piece_moves_into_c_major_or_a_minor_and_keeps_its_rhythm(tonic, mode, shift):
    notes = scale_piece(tonic, mode)
    assert detect_key_of(notes) == (tonic, mode)
    moved, s = normalised(notes)
    assert s == shift
    assert detect_key_of(moved) == ((0, "major") if mode == "major" else (9, "minor"))
    assert np.array_equal(moved[:, 1:], notes[:, 1:])                 # starts, ends and velocities kept
    assert np.array_equal(moved[:, 0] - notes[:, 0], np.full(len(notes), shift))


def test_a_real_chorale_moves_into_c_major_or_a_minor(shared_data):
    path = sorted((shared_data / "midi" / "music21-bach").glob("*.mid"))[0]
    notes = note_array(open_midi(path))
    moved, shift = normalised(notes)
    key = detect_key(moved)
    assert key.name in ("C major", "A minor") and -6 <= shift <= 5
    assert detect_key(notes).tonic == (key.tonic - shift) % 12
    assert np.array_equal(moved[:, 1:], notes[:, 1:])
    # The studio's key finder (the in-scale metric's) is the data layer's.
    assert (detect_key(notes).tonic, detect_key(notes).mode) == detect_key_of(notes)


def test_keys_between_and_of_scales():
    assert shift_between(0, 2) == 2 and shift_between(9, 2) == 5 and shift_between(0, 6) == -6
    assert key_of_scale(Scale.parse("D dorian")).name == "D minor"
    assert key_of_scale(Scale.parse("G mixolydian")).name == "G major"


def test_normalised_sources_say_so_and_learn_fewer_note_sets(shared_data, tmp_path):
    for path in sorted((shared_data / "midi" / "music21-bach").glob("*.mid"))[:10]:
        shutil.copy(path, tmp_path / path.name)
    request = {"tokens": "note-set", "fs": 4, "window": 32, "vocab_limit": 100000}
    raw = load_music_sources(str(tmp_path), {**request, "key_normalise": False})
    keyed = load_music_sources(str(tmp_path), {**request, "key_normalise": True})
    assert keyed.train.spec.extra["key_normalised"] and not raw.train.spec.extra["key_normalised"]
    assert any("C major or A minor" in n for n in keyed.train.notes)
    assert len(keyed.train) == len(raw.train)                             # the same pieces, windows and rhythm
    assert keyed.train.spec.vocab_size < raw.train.spec.vocab_size        # fewer chords to learn
    tok = NoteSetTokens(4.0, tuple(keyed.train.spec.extra["vocabulary"]))
    # Every training window is in C major / A minor's notes, but for the chorales' accidentals.
    pcs = np.zeros(12)
    for window in keyed.train.sequences:
        for t in window:
            for p in tok.pitches(int(t)):
                pcs[p % 12] += 1
    assert pcs[list(MAJOR)].sum() / pcs.sum() > 0.85
