"""Edits of the piano roll's notes undo and redo exactly (studio.music.editing)."""

from __future__ import annotations

import pytest

from studio.core.errors import StudioError
from studio.music import editing as ed
from studio.music.song import Note, Song, Track


def _song() -> Song:
    piano = Track("Piano", 0, False, (Note(60, 0.0, 0.5, 80), Note(64, 0.5, 1.0, 90), Note(67, 1.13, 1.61, 70)))
    bass = Track("Bass", 33, False, (Note(36, 0.0, 2.0, 100),))
    return Song((piano, bass), 120.0, (3, 4), "tune")


def _state(doc):
    return sorted((p.track, p.note) for p in doc.notes.values())


def _ids(doc, pitch):
    return [i for i, p in doc.notes.items() if p.note.pitch == pitch]


def test_song_round_trips_through_the_document():
    song = _song()
    doc = ed.NoteDocument.from_song(song)
    assert doc.to_song() == song
    assert doc.bar_s == pytest.approx(1.5)
    history = ed.EditHistory(doc)
    history.push(ed.set_track(doc, 1, muted=True))
    assert [t.name for t in doc.to_song(audible_only=True).tracks] == ["Piano"]
    history.push(ed.set_track(doc, 1, solo=True))
    assert [t.name for t in doc.to_song(audible_only=True).tracks] == ["Bass"]


def test_every_edit_undoes_and_redoes_exactly():
    doc = ed.NoteDocument.from_song(_song())
    history = ed.EditHistory(doc)
    states = [_state(doc)]
    all_piano = [i for i, p in doc.notes.items() if p.track == 0]
    edits = [
        lambda: ed.add_notes(doc, 0, [Note(72, 2.0, 2.5, 64)]),
        lambda: ed.move(doc, _ids(doc, 60), 0.25, 2),
        lambda: ed.resize(doc, _ids(doc, 64), "start", -0.2),
        lambda: ed.resize(doc, _ids(doc, 64), "end", 0.3),
        lambda: ed.transpose(doc, all_piano, -5),
        lambda: ed.quantise(doc, list(doc.notes), 0.25),
        lambda: ed.set_velocity(doc, all_piano, scale=1.5),
        lambda: ed.erase(doc, _ids(doc, 36)),
    ]
    for build in edits:
        # Each edit is built against the state it applies to, as the roll does.
        edit = build()
        assert history.push(edit)
        states.append(_state(doc))
        assert states[-1] != states[-2], edit.label
    for expected in reversed(states[:-1]):
        history.undo()
        assert _state(doc) == expected
    assert not history.can_undo() and history.undo() is None
    for expected in states[1:]:
        history.redo()
        assert _state(doc) == expected
    assert not history.can_redo()


def test_limits_and_values_of_edits():
    doc = ed.NoteDocument.from_song(_song())
    history = ed.EditHistory(doc)
    piano = [i for i, p in doc.notes.items() if p.track == 0]
    history.push(ed.move(doc, piano, -5.0, 100))            # stops at time 0 and at pitch 127, as a group
    notes = sorted(doc.notes[i].note for i in piano)
    assert notes[0].start == 0.0 and max(n.pitch for n in notes) == 127
    assert [n.pitch for n in notes] == [120, 124, 127]       # intervals kept
    history.push(ed.resize(doc, piano, "end", -10.0))        # never shorter than the minimum
    assert all(doc.notes[i].note.duration == pytest.approx(ed.MIN_LENGTH_S) for i in piano)
    history.push(ed.set_velocity(doc, piano, velocity=300))
    assert {doc.notes[i].note.velocity for i in piano} == {127}
    assert history.undo_label() == "Velocity"
    assert not history.push(ed.transpose(doc, [], 3))        # an empty edit is no undo step


def test_quantise_snaps_starts_and_ends_to_the_grid():
    doc = ed.NoteDocument.from_song(_song())
    history = ed.EditHistory(doc)
    grid = doc.beat_s / 4                                     # sixteenths at 120 bpm: 0.125 s
    history.push(ed.quantise(doc, list(doc.notes), grid))
    for placed in doc.notes.values():
        for t in (placed.note.start, placed.note.end):
            assert t / grid == pytest.approx(round(t / grid))
    (moved,) = [p.note for p in doc.notes.values() if p.note.pitch == 67]
    assert (moved.start, moved.end) == pytest.approx((1.125, 1.625))


def test_copy_paste_and_box_selection():
    doc = ed.NoteDocument.from_song(_song())
    history = ed.EditHistory(doc)
    chosen = doc.ids_in_box(0.1, 0.9, 59, 65)                # touches C4 and E4, not the bass or G4
    assert sorted(doc.notes[i].note.pitch for i in chosen) == [60, 64]
    clip = ed.copy(doc, chosen)
    edit, pasted = ed.paste(doc, clip, 4.0)
    history.push(edit)
    assert sorted((doc.notes[i].note.pitch, doc.notes[i].note.start) for i in pasted) == [(60, 4.0), (64, 4.5)]
    assert len(doc) == 6
    history.undo()
    assert len(doc) == 4 and not (pasted & set(doc.notes))
    assert doc.note_at(0.7, 64) is not None and doc.note_at(0.7, 65) is None


def test_a_drag_preview_is_one_undo_step():
    doc = ed.NoteDocument.from_song(_song())
    history = ed.EditHistory(doc)
    before = _state(doc)
    ids = _ids(doc, 60)
    for dt in (0.1, 0.2, 0.3):
        # Each mouse move builds its edit from the notes as they were when the drag began.
        history.cancel_preview()
        history.preview(ed.move(doc, ids, dt, 0))
    assert history.commit_preview()
    assert doc.notes[ids[0]].note.start == pytest.approx(0.3)
    history.undo()
    assert _state(doc) == before
    history.preview(ed.move(doc, ids, 1.0))
    history.cancel_preview()
    assert _state(doc) == before and history.can_redo()


def test_arrays_find_the_visible_notes():
    notes = [Note(40 + i % 40, i * 0.1, i * 0.1 + 0.05 + (5.0 if i == 3 else 0.0), 80) for i in range(1000)]
    doc = ed.NoteDocument.from_song(Song.from_notes(notes))
    a = doc.arrays()
    idx = doc.visible(50.0, 51.0)
    assert sorted(a.start[idx].round(3)) == [round(i * 0.1, 3) for i in range(500, 510)]
    assert 3 in {int(i) for i in doc.visible(4.0, 4.1)}        # the long note that started long before


def test_a_take_kept_as_a_new_track_is_one_undo_step():
    doc = ed.NoteDocument.from_song(_song())
    history = ed.EditHistory(doc)
    before = (list(doc.tracks), _state(doc))
    history.push(ed.add_track(doc, ed.TrackInfo("Take 1", 0), [Note(72, 4.0, 4.5, 80), Note(74, 4.5, 5.0, 80)]))
    assert [t.name for t in doc.tracks] == ["Piano", "Bass", "Take 1"]
    assert [t.name for t in doc.to_song().tracks][-1] == "Take 1" and len(doc.to_song().tracks[-1].notes) == 2
    history.undo()
    assert (list(doc.tracks), _state(doc)) == before
    history.redo()
    assert len(doc.tracks) == 3 and len(doc) == 6


def test_arrays_follow_edits_exactly():
    """The arrays updated edit by edit (as a drag does) equal the arrays rebuilt from the notes."""
    import numpy as np

    rng = np.random.default_rng(1)
    notes = [Note(int(p), float(t), float(t + 0.3), 70) for p, t in zip(rng.integers(40, 80, 300), rng.uniform(0, 30, 300))]
    doc = ed.NoteDocument.from_song(Song.from_notes(notes))
    history = ed.EditHistory(doc)
    doc.arrays()
    ids = list(doc.notes)
    for i in range(30):
        chosen = ids[i * 7:i * 7 + 5]
        history.cancel_preview()
        history.preview(ed.move(doc, chosen, float(rng.uniform(-2, 2)), int(rng.integers(-3, 4))))
        if i % 3 == 0:
            history.commit_preview()
        if i % 5 == 0:
            history.undo()
    history.push(ed.add_notes(doc, 0, [Note(100, 31.0, 32.0, 90)]))
    history.push(ed.erase(doc, ids[:4]))
    updated, rebuilt = doc.arrays(), doc.build_arrays()
    order_u, order_r = np.lexsort((updated.ids, updated.start)), np.lexsort((rebuilt.ids, rebuilt.start))
    for field in ("ids", "start", "end", "pitch", "velocity", "track"):
        assert np.array_equal(getattr(updated, field)[order_u], getattr(rebuilt, field)[order_r]), field
    assert updated.max_length == rebuilt.max_length


def test_mute_solo_rename_and_instrument_are_undo_steps():
    doc = ed.NoteDocument.from_song(_song())
    history = ed.EditHistory(doc)
    states = [tuple(doc.tracks)]
    for index, changes in ((1, {"muted": True}), (0, {"solo": True}), (1, {"name": "Low"}), (0, {"program": 40}),
                           (1, {"muted": False})):
        edit = ed.set_track(doc, index, **changes)
        assert history.push(edit)
        states.append(tuple(doc.tracks))
    assert history.undo_label() == "Unmute Low"
    assert not history.push(ed.set_track(doc, 0, solo=True))        # no change: no undo step
    assert [t.name for t in doc.to_song(audible_only=True).tracks] == ["Piano"]
    for expected in reversed(states[:-1]):
        history.undo()
        assert tuple(doc.tracks) == expected
    for expected in states[1:]:
        history.redo()
        assert tuple(doc.tracks) == expected


def test_a_kept_take_and_a_mute_undo_in_order():
    doc = ed.NoteDocument.from_song(_song())
    history = ed.EditHistory(doc)
    history.push(ed.set_track(doc, 0, muted=True))
    history.push(ed.add_track(doc, ed.TrackInfo("Take 1"), [Note(70, 0.0, 1.0)]))
    history.push(ed.set_track(doc, 2, solo=True))
    history.undo()
    assert not doc.tracks[2].solo and doc.tracks[0].muted
    history.undo()
    assert len(doc.tracks) == 2 and doc.tracks[0].muted and len(doc) == 4
    history.undo()
    assert not doc.tracks[0].muted
    history.redo()
    history.redo()
    history.redo()
    assert [(t.name, t.muted, t.solo) for t in doc.tracks] == [("Piano", True, False), ("Bass", False, False),
                                                                ("Take 1", False, True)]


def test_a_new_tempo_keeps_the_notes_on_their_beats_and_undoes_exactly(tmp_path):
    from studio.music.midi_io import read_midi, write_midi

    doc = ed.NoteDocument.from_song(_song())
    history = ed.EditHistory(doc)
    before = _state(doc)
    beats = sorted(p.note.start / doc.beat_s for p in doc.notes.values())
    assert history.push(ed.set_timing(doc, tempo_bpm=90.0))
    assert doc.tempo_bpm == 90.0 and doc.beat_s == pytest.approx(60 / 90) and doc.bar_s == pytest.approx(2.0)
    assert sorted(p.note.start / doc.beat_s for p in doc.notes.values()) == pytest.approx(beats)
    assert history.undo_label() == "Set tempo 90 bpm"
    assert history.push(ed.set_timing(doc, time_signature=(6, 8)))
    assert doc.bar_s == pytest.approx(3 * 60 / 90)
    # Exported as edited: the file keeps the tempo and the time signature.
    path = tmp_path / "edited.mid"
    write_midi(doc.to_song(), path)
    song = read_midi(path)
    assert song.tempo_bpm == pytest.approx(90.0, abs=1e-3) and song.time_signature == (6, 8)
    assert sorted(n.start for n in song.notes) == pytest.approx(sorted(p.note.start for p in doc.notes.values()),
                                                                abs=2e-3)
    history.undo()
    history.undo()
    assert (doc.tempo_bpm, doc.time_signature, _state(doc)) == (120.0, (3, 4), before)
    history.redo()
    assert doc.tempo_bpm == 90.0 and doc.time_signature == (3, 4)


def test_a_tempo_can_move_only_the_grid():
    doc = ed.NoteDocument.from_song(_song())
    doc.tempo_changes = ((4.0, 100.0),)
    before = _state(doc)
    edit = ed.set_timing(doc, tempo_bpm=60.0, keep_beats=False)
    assert not edit.removed and not edit.added
    ed.EditHistory(doc).push(edit)
    assert _state(doc) == before and doc.bar_s == pytest.approx(3.0) and doc.tempo_changes == ()
    with pytest.raises(StudioError):
        ed.set_timing(doc, time_signature=(3, 5))
