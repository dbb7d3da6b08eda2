"""MIDI files <-> Songs (pretty_midi). Damaged bytes give one clear sentence; writes are atomic."""

from __future__ import annotations

import os
from pathlib import Path

from studio.core.atomic import atomic_path
from studio.core.errors import StudioError
from studio.data.midi_files import MidiFileError, open_midi
from studio.music.song import Note, Song, Track

__all__ = ["MidiFileError", "read_midi", "read_midi_bytes", "song_from_pretty_midi", "write_midi",
           "to_pretty_midi", "midi_bytes"]


def read_midi(path: str | os.PathLike) -> Song:
    """The Song in a type-0 or type-1 MIDI file; a MidiFileError (a StudioError) when it cannot be read."""
    path = Path(path)
    return song_from_pretty_midi(open_midi(path), title=path.stem)


def read_midi_bytes(data: bytes, name: str = "The MIDI data") -> Song:
    """The Song in MIDI bytes (a dropped file, a clipboard)."""
    return song_from_pretty_midi(open_midi(data=data, name=name), title=Path(name).stem)


def song_from_pretty_midi(pm, title: str = "") -> Song:
    """A Song from a PrettyMIDI: one Track per instrument, the first tempo and time signature."""
    times, tempi = pm.get_tempo_changes()
    tempo = float(tempi[0]) if len(tempi) else 120.0
    tempo = min(1000.0, max(10.0, tempo))
    changes = tuple((float(t), float(b)) for t, b in zip(times[1:], tempi[1:]))
    sig = (4, 4)
    if pm.time_signature_changes:
        ts = pm.time_signature_changes[0]
        if ts.denominator in (1, 2, 4, 8, 16, 32) and ts.numerator >= 1:
            sig = (int(ts.numerator), int(ts.denominator))
    tracks = []
    for i, inst in enumerate(pm.instruments):
        notes = [Note(n.pitch, max(0.0, n.start), n.end, max(1, min(127, n.velocity)))
                 for n in inst.notes if n.end > max(0.0, n.start) and 0 <= n.pitch <= 127]
        name = inst.name.strip() or ("Drums" if inst.is_drum else f"Track {i + 1}")
        tracks.append(Track(name, int(inst.program), bool(inst.is_drum), tuple(notes)))
    return Song(tuple(tracks), tempo, sig, title, changes)


def to_pretty_midi(song: Song):
    """The PrettyMIDI of a Song (muted and solo flags are not part of a MIDI file).

    It is written at the Song's one tempo; notes keep their times in seconds, so a file whose tempo
    changed plays exactly as before, only its bar lines follow the first tempo.
    """
    import pretty_midi

    pm = pretty_midi.PrettyMIDI(initial_tempo=float(song.tempo_bpm))
    num, den = song.time_signature
    pm.time_signature_changes.append(pretty_midi.TimeSignature(num, den, 0.0))
    for track in song.tracks:
        inst = pretty_midi.Instrument(program=int(track.program), is_drum=bool(track.is_drum), name=track.name)
        inst.notes = [pretty_midi.Note(velocity=n.velocity, pitch=n.pitch, start=n.start, end=n.end)
                      for n in track.notes]
        pm.instruments.append(inst)
    return pm


def write_midi(song: Song, path: str | os.PathLike, overwrite: bool = True) -> Path:
    """Write ``song`` to ``path`` as a type-1 MIDI file, atomically (a reader never sees half a file).

    ``overwrite=False`` refuses to replace an existing file with a StudioError.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise StudioError(f"'{path.name}' already exists; choose another name or allow overwriting.")
    if path.is_dir():
        raise StudioError(f"'{path}' is a folder; give a file name ending in .mid.")
    pm = to_pretty_midi(song)
    try:
        with atomic_path(path) as tmp:
            pm.write(str(tmp))
    except OSError as exc:
        raise StudioError(f"Could not write '{path.name}': {exc.strerror or exc}.") from None
    return path


def midi_bytes(song: Song) -> bytes:
    """The bytes of ``song`` as a MIDI file (for a drag out of the window or the clipboard)."""
    import io

    buf = io.BytesIO()
    to_pretty_midi(song).write(buf)
    return buf.getvalue()
