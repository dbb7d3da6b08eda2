"""Keys and the statistics the quality bench compares."""

import pytest

from studio.core.errors import StudioError
from studio.music.metrics import mean_stats, song_stats
from studio.music.scales import Scale, detect_key, scale_names
from studio.music.song import Note, Song


@pytest.mark.parametrize("text, tonic, mode", [("C major", 0, "major"), ("a minor", 9, "minor"),
                                               ("F# dorian", 6, "dorian"), ("Bb", 10, "major"), ("Ebm", 3, "minor")])
def test_scales_parse(text, tonic, mode):
    scale = Scale.parse(text)
    assert (scale.tonic, scale.mode) == (tonic, mode)
    assert Scale.parse(scale.name) == scale and scale.name in scale_names()


def test_bad_scales_say_what_to_write():
    with pytest.raises(StudioError, match="for example 'C major'"):
        Scale.parse("H major")
    with pytest.raises(StudioError, match="Unknown scale 'bebop'"):
        Scale.parse("C bebop")


def test_key_detection_and_piece_statistics():
    # Two bars of a G major tune over a held G at 120 bpm; the second bar's last two beats are silent.
    tune = [67, 71, 74, 72, 71, 69]
    notes = [Note(p, 0.5 * i, 0.5 * i + 0.5) for i, p in enumerate(tune)] + [Note(43, 0.0, 3.0)]
    song = Song.from_notes(notes, tempo_bpm=120)
    assert detect_key(song.notes) == Scale(7, "major")
    stats = song_stats(song)
    assert stats.pitch_range == 74 - 43 and stats.in_scale == 1.0
    assert stats.polyphony == pytest.approx(2.0) and stats.empty_beats == 0.0
    out_of_key = song_stats(Song.from_notes(notes + [Note(70, 3.0, 3.1)], tempo_bpm=120))
    assert out_of_key.in_scale == pytest.approx(7 / 8)
    assert mean_stats([stats, None, out_of_key])["in_scale"] == pytest.approx((1 + 7 / 8) / 2)
