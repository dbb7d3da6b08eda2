"""Songs and MIDI files: round trips through real files, and damaged bytes as one clear sentence."""

from dataclasses import replace

import pytest

from studio.core.errors import StudioError
from studio.music.midi_io import MidiFileError, midi_bytes, read_midi, read_midi_bytes, write_midi
from studio.music.song import Note, Song, Track, note_name


def test_song_values_time_and_copies():
    melody = Track("Melody", 0, False, (Note(64, 1.0, 1.5, 90), Note(60, 0.0, 0.5)))
    song = Song((melody,), tempo_bpm=90, time_signature=(3, 4))
    assert [n.pitch for n in song.tracks[0].notes] == [60, 64]              # kept sorted in time
    assert song.seconds_per_beat == pytest.approx(60 / 90) and song.beats_per_bar == 3
    assert song.to_seconds(song.to_beats(1.25)) == pytest.approx(1.25)
    assert song.bars_to_seconds(2) == pytest.approx(4.0) and song.end == 1.5
    louder = song.with_track(0, melody.with_notes(replace(n, velocity=120) for n in melody.notes))
    assert song.tracks[0].notes[0].velocity == 80 and louder.tracks[0].notes[0].velocity == 120
    (picked,) = song.window(0.9, 2.0).notes
    assert (picked.pitch, picked.start, picked.end) == (64, pytest.approx(0.1), pytest.approx(0.6))
    assert note_name(60) == "C4" and Note(61, 0, 1).moved(1.0, 2) == Note(63, 1.0, 2.0)
    soloed = Song((melody, Track("Bass", 33, solo=True), Track("Drums", 0, True, muted=True)))
    assert [t.name for t in soloed.audible_tracks()] == ["Bass"]
    with pytest.raises(StudioError, match="end after it starts"):
        Note(60, 1.0, 1.0)
    with pytest.raises(StudioError, match="pitch"):
        Note(128, 0, 1)


def test_midi_round_trip_keeps_tracks_notes_and_tempo(tmp_path):
    song = Song((Track("Piano", 0, False, (Note(60, 0, 0.5, 100), Note(67, 0.25, 1.0, 64))),
                 Track("Drums", 0, True, (Note(36, 0, 0.1, 127),)),
                 Track("Bass", 33, False, (Note(36, 0.5, 2.0, 80),))), tempo_bpm=100, time_signature=(3, 4))
    path = write_midi(song, tmp_path / "song.mid")
    back = read_midi(path)
    assert back.tempo_bpm == pytest.approx(100, abs=1e-3) and back.time_signature == (3, 4)
    assert [(t.name, t.program, t.is_drum) for t in back.tracks] == [("Piano", 0, False), ("Drums", 0, True),
                                                                     ("Bass", 33, False)]
    for a, b in zip(song.notes, back.notes):
        assert (a.pitch, a.velocity) == (b.pitch, b.velocity)
        assert a.start == pytest.approx(b.start, abs=1e-3) and a.end == pytest.approx(b.end, abs=1e-3)
    assert read_midi_bytes(midi_bytes(song), "drop.mid").note_count() == 4
    with pytest.raises(StudioError, match="already exists"):
        write_midi(song, path, overwrite=False)


def test_real_chorale_reads_and_writes_back_the_same_notes(shared_data, tmp_path):
    path = sorted((shared_data / "midi" / "music21-bach").glob("*.mid"))[0]
    song = read_midi(path)
    assert len(song.tracks) >= 4 and song.note_count() > 100
    back = read_midi(write_midi(song, tmp_path / "copy.mid"))
    assert [(n.pitch, round(n.start, 3), round(n.end, 3)) for n in back.notes] == \
           [(n.pitch, round(n.start, 3), round(n.end, 3)) for n in song.notes]


@pytest.mark.parametrize("data, words", [
    (b"", "is empty"),
    (b"RIFF\x00\x00\x00\x00", "not a MIDI file"),
    (b"MThd\x00\x00\x00\x06\x00\x01\x00\x02\x01\xe0MTrk\x00\x00\xff\xff\x00", "damaged MIDI file"),
])
def test_corrupt_midi_bytes_give_one_clear_sentence(tmp_path, data, words):
    path = tmp_path / "broken.mid"
    path.write_bytes(data)
    with pytest.raises(MidiFileError, match=words) as info:
        read_midi(path)
    message = str(info.value)
    assert "'broken.mid'" in message and "\n" not in message and "Traceback" not in message
    assert isinstance(info.value, StudioError)


def test_a_cut_off_real_file_is_reported_not_crashed(shared_data, tmp_path):
    data = sorted((shared_data / "midi" / "music21-bach").glob("*.mid"))[1].read_bytes()
    cut = tmp_path / "cut.mid"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(MidiFileError, match="'cut.mid'"):
        read_midi(cut)
