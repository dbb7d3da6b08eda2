"""The Piano roll tab's tempo and time-signature fields, and its mute and solo, are undo steps; the grid
follows the tempo and the export keeps it."""

from __future__ import annotations

import pytest

from studio.music.midi_io import read_midi

CHORALE = "midi/music21-bach/bwv1.6.mid"


@pytest.fixture
def tab(show_widget, app_context):
    from studio.ui.tabs.music import MusicTab

    widget = show_widget(MusicTab(app_context), 1350, 820)
    yield widget
    widget.shutdown()


def _starts(tab):
    return sorted(n.start for n in tab.roll.song().notes)


def test_mute_and_solo_undo_and_redo(tab, shared_data):
    assert tab.open_midi(str(shared_data / CHORALE))
    names = [t.name for t in tab.roll.document.tracks]
    tab.tracks.set_muted(1, True)
    tab.tracks.set_solo(4, True)
    assert [t.name for t in tab.roll.song(audible_only=True).tracks] == [names[4]]
    assert tab.roll.undo_action.toolTip().startswith(f"Undo Solo {names[4]}")
    tab.roll.undo_action.trigger()
    assert not tab.tracks.is_solo(4) and tab.tracks.is_muted(1)
    assert [t.name for t in tab.roll.song(audible_only=True).tracks] == [n for i, n in enumerate(names) if i != 1]
    tab.roll.undo_action.trigger()
    assert not tab.tracks.is_muted(1) and len(tab.roll.song(audible_only=True).tracks) == 5
    tab.roll.redo_action.trigger()
    tab.roll.redo_action.trigger()
    assert tab.tracks.is_muted(1) and tab.tracks.is_solo(4)


def test_tempo_and_time_signature_are_edits_the_grid_follows(tab, shared_data, tmp_path):
    assert tab.open_midi(str(shared_data / CHORALE))
    doc = tab.roll.document
    tempo = doc.tempo_bpm
    assert tab.timing.tempo() == pytest.approx(tempo)
    starts = _starts(tab)
    tab.timing.set_tempo(tempo / 2)                     # half as fast: every note twice as late
    assert doc.tempo_bpm == pytest.approx(tempo / 2)
    assert _starts(tab) == pytest.approx([2 * s for s in starts])
    assert tab.roll.geo.beat_s == pytest.approx(2 * 60 / tempo)         # the ruler's grid followed
    tab.timing.set_time_signature(3, 4)
    assert doc.time_signature == (3, 4) and tab.roll.geo.bar_s == pytest.approx(3 * 2 * 60 / tempo)
    out = tmp_path / "slow.mid"
    assert tab.export_midi(str(out))
    song = read_midi(out)
    assert song.tempo_bpm == pytest.approx(tempo / 2, abs=1e-3) and song.time_signature == (3, 4)
    tab.roll.undo_action.trigger()
    tab.roll.undo_action.trigger()
    assert tab.timing.tempo() == pytest.approx(tempo) and tab.timing.time_signature() == (4, 4)
    assert _starts(tab) == pytest.approx(starts) and tab.roll.geo.beat_s == pytest.approx(60 / tempo)
