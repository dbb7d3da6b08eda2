"""The studio's music: a Song of Tracks of Notes, timed in seconds, immutable.

Everything musical (the MIDI reader and writer, the tokenisers, generation, the piano roll, playback)
passes these values around. They are frozen: an edit makes a new Song (``with_track``, ``replace``),
so that an undo step can keep the old one and a background job can read a Song while the GUI edits.

Time is in seconds, as MIDI files are played; beats and bars come from one tempo and one time
signature (the first ones of a file: later tempo changes keep their notes' timing in seconds, only the
grid follows the first tempo).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Iterable

from studio.core.errors import StudioError

NOTE_NAMES = ("C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B")


def note_name(pitch: int) -> str:
    """MIDI pitch -> its name with the octave, middle C (60) being "C4"."""
    return f"{NOTE_NAMES[pitch % 12]}{pitch // 12 - 1}"


@dataclass(frozen=True, order=True)
class Note:
    """One note: MIDI ``pitch`` 0-127 sounding from ``start`` to ``end`` seconds, ``velocity`` 1-127.

    Notes sort by start, then pitch.
    """

    start: float
    pitch: int
    end: float
    velocity: int = 80

    def __init__(self, pitch: int, start: float, end: float, velocity: int = 80) -> None:
        # The positional order callers use is (pitch, start, end, velocity), as pretty_midi's Note has it;
        # the field order (start first) only makes sorting follow time.
        object.__setattr__(self, "pitch", int(pitch))
        object.__setattr__(self, "start", float(start))
        object.__setattr__(self, "end", float(end))
        object.__setattr__(self, "velocity", int(velocity))
        if not 0 <= self.pitch <= 127:
            raise StudioError(f"A note's pitch must be between 0 and 127; got {self.pitch}.")
        if not 1 <= self.velocity <= 127:
            raise StudioError(f"A note's velocity must be between 1 and 127; got {self.velocity}.")
        if not (math.isfinite(self.start) and math.isfinite(self.end)) or self.start < 0 or self.end <= self.start:
            raise StudioError(f"A note must end after it starts, at a time of 0 s or later; got "
                              f"{self.start:g} s to {self.end:g} s.")

    @property
    def duration(self) -> float:
        return self.end - self.start

    @property
    def name(self) -> str:
        return note_name(self.pitch)

    def moved(self, seconds: float = 0.0, semitones: int = 0) -> "Note":
        """This note shifted in time and in pitch."""
        return Note(self.pitch + semitones, self.start + seconds, self.end + seconds, self.velocity)

    def __repr__(self) -> str:
        return f"Note({self.pitch}, {self.start:.4g}, {self.end:.4g}, {self.velocity})"


@dataclass(frozen=True)
class Track:
    """An instrument's part: a General MIDI ``program`` (0-127) or drums, and its notes sorted in time."""

    name: str = ""
    program: int = 0
    is_drum: bool = False
    notes: tuple[Note, ...] = ()
    muted: bool = False
    solo: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "notes", tuple(sorted(self.notes)))
        if not 0 <= int(self.program) <= 127:
            raise StudioError(f"A track's instrument (program) must be between 0 and 127; got {self.program}.")

    @property
    def end(self) -> float:
        """When the last note ends (0 for an empty track)."""
        return max((n.end for n in self.notes), default=0.0)

    def with_notes(self, notes: Iterable[Note]) -> "Track":
        return replace(self, notes=tuple(notes))


@dataclass(frozen=True)
class Song:
    """Tracks played together at ``tempo_bpm`` beats (quarter notes) per minute in ``time_signature``.

    Copy semantics: a Song and its parts never change; ``with_track``, ``with_tracks`` and
    ``dataclasses.replace`` give new Songs that share the unchanged tracks.
    """

    tracks: tuple[Track, ...] = ()
    tempo_bpm: float = 120.0
    time_signature: tuple[int, int] = (4, 4)
    title: str = ""
    # The file's later tempo changes, (time in seconds, bpm), for information: notes are timed in seconds.
    tempo_changes: tuple[tuple[float, float], ...] = field(default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "tracks", tuple(self.tracks))
        num, den = (int(v) for v in self.time_signature)
        object.__setattr__(self, "time_signature", (num, den))
        if not (math.isfinite(self.tempo_bpm) and 10.0 <= self.tempo_bpm <= 1000.0):
            raise StudioError(f"The tempo must be between 10 and 1000 beats per minute; got {self.tempo_bpm:g}.")
        if num < 1 or den not in (1, 2, 4, 8, 16, 32):
            raise StudioError(f"The time signature {num}/{den} is not one the studio can use.")

    # Time -----------------------------------------------------------------------------------------

    @property
    def seconds_per_beat(self) -> float:
        """Length of one beat, the quarter note that the tempo counts."""
        return 60.0 / self.tempo_bpm

    @property
    def beats_per_bar(self) -> float:
        """Quarter-note beats in a bar: 4 in 4/4, 3 in 3/4, 3 in 6/8."""
        num, den = self.time_signature
        return num * 4.0 / den

    @property
    def seconds_per_bar(self) -> float:
        return self.beats_per_bar * self.seconds_per_beat

    def to_beats(self, seconds: float) -> float:
        return seconds / self.seconds_per_beat

    def to_seconds(self, beats: float) -> float:
        return beats * self.seconds_per_beat

    def bars_to_seconds(self, bars: float) -> float:
        return bars * self.seconds_per_bar

    @property
    def end(self) -> float:
        """When the last note of any track ends, in seconds."""
        return max((t.end for t in self.tracks), default=0.0)

    # Content --------------------------------------------------------------------------------------

    @property
    def notes(self) -> list[Note]:
        """Every note of every track, sorted in time."""
        return sorted(n for t in self.tracks for n in t.notes)

    def note_count(self) -> int:
        return sum(len(t.notes) for t in self.tracks)

    def audible_tracks(self) -> list[Track]:
        """The tracks that sound: the soloed ones if any track is soloed, else every unmuted one."""
        soloed = [t for t in self.tracks if t.solo]
        return soloed if soloed else [t for t in self.tracks if not t.muted]

    def pitched_notes(self) -> list[Note]:
        """The notes of the non-drum tracks (what the music models learn and continue)."""
        return sorted(n for t in self.tracks if not t.is_drum for n in t.notes)

    def with_track(self, index: int, track: Track) -> "Song":
        tracks = list(self.tracks)
        tracks[index] = track
        return replace(self, tracks=tuple(tracks))

    def with_tracks(self, tracks: Iterable[Track]) -> "Song":
        return replace(self, tracks=tuple(tracks))

    def window(self, start: float, end: float) -> "Song":
        """The notes that start within [start, end), moved to begin at 0 and cut at the window's end."""
        if end <= start:
            raise StudioError("A selection must end after it starts.")
        tracks = []
        for t in self.tracks:
            kept = [Note(n.pitch, n.start - start, min(n.end, end) - start, n.velocity)
                    for n in t.notes if start <= n.start < end]
            tracks.append(t.with_notes(kept))
        return replace(self, tracks=tuple(tracks), tempo_changes=())

    @classmethod
    def from_notes(cls, notes: Iterable[Note], tempo_bpm: float = 120.0, program: int = 0,
                   name: str = "Piano", title: str = "") -> "Song":
        """A one-track Song (what a generator makes)."""
        return cls((Track(name, program, False, tuple(notes)),), tempo_bpm, title=title)
