"""Tokenisers: MIDI -> roll -> MIDI keeps notes within a frame; events round trip; scale masks."""

import numpy as np
import pytest

from studio.data.midi_files import note_array, open_midi
from studio.data.midi_tokens import EventTokens, NoteSetTokens, piano_roll, roll_to_notes
from studio.music.midi_io import write_midi
from studio.music.song import Note, Song, Track


def _melody_file(tmp_path):
    """A real MIDI file: a melody over held chords, no key struck twice without a gap."""
    notes = [Note(60 + (i % 5) * 2, 0.5 * i, 0.5 * i + 0.375, 60 + 10 * (i % 4)) for i in range(16)]
    notes += [Note(48, 0.0, 3.9, 70), Note(43, 4.0, 7.9, 70)]
    return write_midi(Song((Track("Piano", 0, False, tuple(notes)),), 120), tmp_path / "melody.mid")


@pytest.mark.parametrize("fs", [4, 8, 20])
def test_midi_to_roll_to_midi_keeps_notes_within_the_frame(tmp_path, fs):
    notes = note_array(open_midi(_melody_file(tmp_path)))
    back = roll_to_notes(piano_roll(notes, fs), fs)
    assert len(back) == len(notes)
    order = np.lexsort((notes[:, 0], notes[:, 1]))
    for a, b in zip(notes[order], back):
        assert a[0] == b[0]
        assert abs(a[1] - b[1]) <= 0.5 / fs + 1e-9 and abs(a[2] - b[2]) <= 0.5 / fs + 1e-9


def test_note_set_tokens_round_trip_and_read_rare_chords_as_subsets(tmp_path):
    notes = note_array(open_midi(_melody_file(tmp_path)))
    tok = NoteSetTokens.build([piano_roll(notes, 8)], 8)
    assert tok.vocabulary[:2] == ("<pad>", "e")
    ids = tok.encode(notes)
    assert np.array_equal(tok.roll(ids), piano_roll(notes, 8))
    assert len(tok.decode(ids)) == len(notes)
    known = tok.vocabulary[2]
    unknown_chord = [int(p) for p in known.split(",")] + [127]
    assert tok.id_of(unknown_chord) == 2                   # the extra note is dropped, the chord kept
    assert tok.id_of([1]) == 1                             # nothing known: silence


def test_event_tokens_round_trip_timing_and_dynamics(tmp_path):
    notes = note_array(open_midi(_melody_file(tmp_path)))[:, :4]
    tok = EventTokens()
    ids = tok.encode(notes)
    assert ids.min() >= 1 and ids.max() < tok.size
    back = tok.decode(ids)
    assert len(back) == len(notes)
    order = np.lexsort((notes[:, 0], notes[:, 1]))
    assert np.array_equal(back[:, 0], notes[order, 0])
    assert np.abs(back[:, 1:3] - notes[order, 1:3]).max() <= 0.005 + 1e-9       # 10 ms steps
    assert np.abs(back[:, 3] - notes[order, 3]).max() <= 127 / 32                # one velocity bin
    assert tok.seconds(ids) == pytest.approx(notes[:, 2].max(), abs=0.01)
    assert np.array_equal(tok.encode(back), ids)                                 # events -> notes -> events


def test_event_tokens_long_rests_and_repeated_keys():
    tok = EventTokens(100, 100, 32)
    notes = np.array([[60, 0.0, 0.5, 80], [60, 0.5, 1.0, 80], [62, 3.5, 4.0, 100]], dtype=float)
    back = tok.decode(tok.encode(notes))
    assert back[:, :3].tolist() == notes[:, :3].tolist()        # the key struck again stays two notes


def test_scale_masks_allow_only_scale_notes():
    c_major = {0, 2, 4, 5, 7, 9, 11}
    ev = EventTokens()
    mask = ev.allowed(c_major)
    assert not mask[0] and mask[ev.NOTE_ON + 60] and not mask[ev.NOTE_ON + 61]
    assert mask[ev.NOTE_OFF + 61] and mask[ev.time_shift:].all()
    ns = NoteSetTokens(8, ("<pad>", "e", "60,64", "61", "60,63"))
    assert ns.allowed(c_major).tolist() == [False, True, True, False, False]


def test_event_decoding_cuts_notes_whose_note_off_never_came():
    tok = EventTokens()
    ids = [tok.NOTE_ON + 60] + [tok.time_shift + 99] * 10 + [tok.NOTE_ON + 64, tok.time_shift + 49, tok.NOTE_OFF + 64]
    held = tok.decode(ids)
    assert held[:, :3].tolist() == [[60, 0.0, 10.5], [64, 10.0, 10.5]]
    cut = tok.decode(ids, max_note_seconds=4.0)
    assert cut[:, :3].tolist() == [[60, 0.0, 4.0], [64, 10.0, 10.5]]
