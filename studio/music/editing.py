"""Undoable edits of a song's notes: the piano roll's model, with no Qt.

A :class:`NoteDocument` holds the notes of every track under stable integer ids, so that a selection
survives edits. Every change is an :class:`Edit`: the notes it removes and the notes it adds, by id.
Applying an edit and reverting it are exact inverses (nothing is recomputed on undo), which is what
makes undo and redo exact. The functions below (``add_notes``, ``erase``, ``move``, ``resize``,
``transpose``, ``quantise``, ``set_velocity``, ``paste``; ``set_track`` for a track's mute, solo, name or
instrument; ``set_timing`` for the tempo and time signature) build edits; :class:`EditHistory` applies
them and keeps the undo and redo stacks. Times are seconds, as in :mod:`studio.music.song`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Iterable, Mapping

import numpy as np

from studio.music.song import Note, Song, Track

MIN_LENGTH_S = 0.01          # a note is never shorter than this (a zero-length note would vanish)
MAX_PITCH = 127


@dataclass(frozen=True)
class Placed:
    """A note and the index of the track it belongs to."""

    track: int
    note: Note


@dataclass(frozen=True)
class TrackInfo:
    """A track's settings apart from its notes (the notes live in the document by id)."""

    name: str
    program: int = 0
    is_drum: bool = False
    muted: bool = False
    solo: bool = False


@dataclass(frozen=True)
class Timing:
    """The song's clock: its tempo (quarter notes per minute), time signature, and a file's later tempo
    changes (information only, as in Song)."""

    tempo_bpm: float
    time_signature: tuple[int, int]
    tempo_changes: tuple[tuple[float, float], ...] = ()


@dataclass(frozen=True)
class Edit:
    """One undoable change: ``removed`` notes (by id, as they were) give way to ``added`` ones.

    A changed note keeps its id and appears in both. An edit that changes the tracks (a take kept as a
    track of its own, a track muted, soloed, renamed) holds the whole track lists before and after it;
    one that changes the tempo or time signature holds the timings before and after it. ``label`` names
    the edit in the Undo menu.
    """

    label: str
    removed: Mapping[int, Placed] = field(default_factory=dict)
    added: Mapping[int, Placed] = field(default_factory=dict)
    tracks_before: tuple[TrackInfo, ...] | None = None
    tracks_after: tuple[TrackInfo, ...] | None = None
    timing_before: Timing | None = None
    timing_after: Timing | None = None

    @property
    def empty(self) -> bool:
        return (not self.removed and not self.added and self.tracks_after == self.tracks_before
                and self.timing_after == self.timing_before)


@dataclass(frozen=True)
class NoteArrays:
    """The document's notes as parallel arrays sorted by start, for drawing and hit tests."""

    ids: np.ndarray        # (N,) int64
    start: np.ndarray      # (N,) float64 seconds
    end: np.ndarray        # (N,) float64
    pitch: np.ndarray      # (N,) int16
    velocity: np.ndarray   # (N,) int16
    track: np.ndarray      # (N,) int16
    max_length: float      # the longest note: how far before a view's left edge a visible note may start

    def __len__(self) -> int:
        return len(self.ids)


def _replace(note: Note, **changes) -> Note:
    return dataclasses.replace(note, **changes)


class NoteDocument:
    """The notes being edited, by id, with the song's tracks and tempo. Change it only through edits."""

    def __init__(self, tracks: list[TrackInfo] | None = None, tempo_bpm: float = 120.0,
                 time_signature: tuple[int, int] = (4, 4), name: str = "") -> None:
        self.tracks: list[TrackInfo] = list(tracks or [TrackInfo("Piano")])
        self.tempo_bpm = float(tempo_bpm)
        self.time_signature = tuple(time_signature)
        self.name = name
        self.tempo_changes: tuple[tuple[float, float], ...] = ()   # kept so that a file is written back as it came
        self.notes: dict[int, Placed] = {}
        self.version = 0               # bumped by every change; views cache by it
        self._next_id = 1
        self._arrays: NoteArrays | None = None

    # Conversion ------------------------------------------------------------------------------------

    @classmethod
    def from_song(cls, song: Song, name: str = "") -> "NoteDocument":
        infos = [TrackInfo(t.name or f"Track {i + 1}", t.program, t.is_drum, t.muted, t.solo)
                 for i, t in enumerate(song.tracks)]
        doc = cls(infos or [TrackInfo("Piano")], song.tempo_bpm, tuple(song.time_signature), name or song.title)
        doc.tempo_changes = tuple(song.tempo_changes)
        for i, track in enumerate(song.tracks):
            for note in track.notes:
                doc.notes[doc.new_id()] = Placed(i, note)
        return doc

    def to_song(self, tracks: Iterable[int] | None = None, audible_only: bool = False) -> Song:
        """The document as a Song: every track, the given ``tracks``, or those not muted (solo wins)."""
        chosen = set(range(len(self.tracks)) if tracks is None else tracks)
        if audible_only:
            chosen &= set(self.audible_tracks())
        per_track: dict[int, list[Note]] = {i: [] for i in chosen}
        for placed in self.notes.values():
            if placed.track in per_track:
                per_track[placed.track].append(placed.note)
        out = []
        for i in sorted(chosen):
            info = self.tracks[i]
            notes = sorted(per_track[i], key=lambda n: (n.start, n.pitch))
            out.append(Track(info.name, info.program, info.is_drum, tuple(notes), info.muted, info.solo))
        return Song(tuple(out), self.tempo_bpm, self.time_signature, self.name, self.tempo_changes)

    def audible_tracks(self) -> list[int]:
        """Tracks that sound: the solo ones if any track is solo, else those not muted."""
        solo = [i for i, t in enumerate(self.tracks) if t.solo]
        if solo:
            return solo
        return [i for i, t in enumerate(self.tracks) if not t.muted]

    @property
    def timing(self) -> Timing:
        return Timing(self.tempo_bpm, tuple(self.time_signature), tuple(self.tempo_changes))

    def _set_timing(self, timing: Timing) -> None:
        self.tempo_bpm = float(timing.tempo_bpm)
        self.time_signature = tuple(timing.time_signature)
        self.tempo_changes = tuple(timing.tempo_changes)

    # Queries ---------------------------------------------------------------------------------------

    def new_id(self) -> int:
        self._next_id += 1
        return self._next_id - 1

    def __len__(self) -> int:
        return len(self.notes)

    @property
    def duration(self) -> float:
        """When the last note ends (from the cached arrays: the roll asks on every scroll)."""
        a = self.arrays()
        return float(a.end.max()) if len(a) else 0.0

    @property
    def beat_s(self) -> float:
        return 60.0 / self.tempo_bpm

    @property
    def bar_s(self) -> float:
        return self.beat_s * self.time_signature[0] * 4 / self.time_signature[1]

    def arrays(self) -> NoteArrays:
        """The notes as arrays sorted by start: built once, then updated by each edit."""
        if self._arrays is None:
            self._arrays = self.build_arrays()
        return self._arrays

    def build_arrays(self) -> NoteArrays:
        """The arrays built afresh from every note (``arrays()`` keeps them up to date more cheaply)."""
        items = sorted(self.notes.items(), key=lambda kv: kv[1].note.start)
        n = len(items)
        ids = np.fromiter((k for k, _ in items), np.int64, n)
        start = np.fromiter((p.note.start for _, p in items), np.float64, n)
        end = np.fromiter((p.note.end for _, p in items), np.float64, n)
        pitch = np.fromiter((p.note.pitch for _, p in items), np.int16, n)
        velocity = np.fromiter((p.note.velocity for _, p in items), np.int16, n)
        track = np.fromiter((p.track for _, p in items), np.int16, n)
        longest = float((end - start).max()) if n else 0.0
        return NoteArrays(ids, start, end, pitch, velocity, track, longest)

    def visible(self, t0: float, t1: float, p_lo: int = 0, p_hi: int = MAX_PITCH) -> np.ndarray:
        """Indices into ``arrays()`` of the notes that overlap times [t0, t1) and pitches [p_lo, p_hi]."""
        a = self.arrays()
        # Sorted by start: only notes that start before t1 and after t0 minus the longest note can overlap.
        lo = int(np.searchsorted(a.start, t0 - a.max_length, "left"))
        hi = int(np.searchsorted(a.start, t1, "left"))
        idx = np.arange(lo, hi)
        keep = (a.end[lo:hi] > t0) & (a.pitch[lo:hi] >= p_lo) & (a.pitch[lo:hi] <= p_hi)
        return idx[keep]

    def ids_in_box(self, t0: float, t1: float, p_lo: int, p_hi: int,
                   tracks: Iterable[int] | None = None) -> set[int]:
        """Ids of the notes a selection box from t0 to t1 over pitches p_lo..p_hi touches."""
        t0, t1 = min(t0, t1), max(t0, t1)
        p_lo, p_hi = min(p_lo, p_hi), max(p_lo, p_hi)
        a = self.arrays()
        idx = self.visible(t0, t1, p_lo, p_hi)
        if tracks is not None:
            allowed = np.asarray(sorted(set(tracks)), np.int16)
            idx = idx[np.isin(a.track[idx], allowed)]
        return {int(i) for i in a.ids[idx]}

    def note_at(self, t: float, pitch: int, tracks: Iterable[int] | None = None) -> int | None:
        """The id of the note under time ``t`` at ``pitch`` (the latest-starting one), or None."""
        a = self.arrays()
        idx = self.visible(t, t + 1e-9, pitch, pitch)
        if tracks is not None:
            idx = idx[np.isin(a.track[idx], np.asarray(sorted(set(tracks)), np.int16))]
        return int(a.ids[idx[-1]]) if len(idx) else None

    # Changing (through EditHistory) ----------------------------------------------------------------

    def apply(self, edit: Edit) -> None:
        # Every change of the tracks and of the timing is an edit, so the whole lists before and after
        # an edit are exact: nothing changed them outside the undo history in between.
        if edit.tracks_after is not None:
            self.tracks = list(edit.tracks_after)
        if edit.timing_after is not None:
            self._set_timing(edit.timing_after)
        for note_id in edit.removed:
            del self.notes[note_id]
        for note_id, placed in edit.added.items():
            self.notes[note_id] = placed
        self._changed(edit.removed, edit.added)

    def revert(self, edit: Edit) -> None:
        for note_id in edit.added:
            del self.notes[note_id]
        for note_id, placed in edit.removed.items():
            self.notes[note_id] = placed
        if edit.tracks_before is not None:
            self.tracks = list(edit.tracks_before)
        if edit.timing_before is not None:
            self._set_timing(edit.timing_before)
        self._changed(edit.added, edit.removed)

    # A drag previews an edit at every mouse move: rebuilding the arrays from every note took ~20 ms
    # with 10,000 notes, updating them in numpy for the few notes an edit touches takes well under one.
    INCREMENTAL_LIMIT = 256

    def _changed(self, gone: Mapping[int, Placed] = None, new: Mapping[int, Placed] = None) -> None:
        self.version += 1
        a = self._arrays
        if a is None or gone is None or len(gone) + len(new) > self.INCREMENTAL_LIMIT:
            self._arrays = None
            return
        keep = ~np.isin(a.ids, np.fromiter(gone, np.int64, len(gone))) if gone else np.ones(len(a), bool)
        items = list(new.items())
        n = len(items)
        ids = np.concatenate([a.ids[keep], np.fromiter((k for k, _ in items), np.int64, n)])
        start = np.concatenate([a.start[keep], np.fromiter((p.note.start for _, p in items), np.float64, n)])
        end = np.concatenate([a.end[keep], np.fromiter((p.note.end for _, p in items), np.float64, n)])
        pitch = np.concatenate([a.pitch[keep], np.fromiter((p.note.pitch for _, p in items), np.int16, n)])
        velocity = np.concatenate([a.velocity[keep], np.fromiter((p.note.velocity for _, p in items), np.int16, n)])
        track = np.concatenate([a.track[keep], np.fromiter((p.track for _, p in items), np.int16, n)])
        order = np.argsort(start, kind="stable")
        start, end = start[order], end[order]
        longest = float((end - start).max()) if len(start) else 0.0
        self._arrays = NoteArrays(ids[order], start, end, pitch[order], velocity[order], track[order], longest)


class EditHistory:
    """Applies edits to a document and undoes or redoes them exactly.

    A drag shows its edit live with ``preview`` (each call replaces the last preview) and ends with
    ``commit_preview`` (one undo step) or ``cancel_preview``.
    """

    def __init__(self, document: NoteDocument, limit: int = 500) -> None:
        self.document = document
        self.limit = limit
        self._undo: list[Edit] = []
        self._redo: list[Edit] = []
        self._preview: Edit | None = None
        self._clean_depth: int | None = 0

    def push(self, edit: Edit) -> bool:
        """Apply ``edit`` as a new undo step (an empty edit is ignored); returns whether it applied."""
        self.cancel_preview()
        if edit.empty:
            return False
        self.document.apply(edit)
        self._record(edit)
        return True

    def _record(self, edit: Edit) -> None:
        self._undo.append(edit)
        self._redo.clear()
        if self._clean_depth is not None and self._clean_depth >= len(self._undo):
            self._clean_depth = None   # the saved state can no longer be reached by undo
        if len(self._undo) > self.limit:
            del self._undo[0]
            if self._clean_depth is not None:
                self._clean_depth -= 1

    def undo(self) -> Edit | None:
        self.cancel_preview()
        if not self._undo:
            return None
        edit = self._undo.pop()
        self.document.revert(edit)
        self._redo.append(edit)
        return edit

    def redo(self) -> Edit | None:
        self.cancel_preview()
        if not self._redo:
            return None
        edit = self._redo.pop()
        self.document.apply(edit)
        self._undo.append(edit)
        return edit

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo_label(self) -> str:
        return self._undo[-1].label if self._undo else ""

    def redo_label(self) -> str:
        return self._redo[-1].label if self._redo else ""

    def clear(self) -> None:
        self._preview = None
        self._undo.clear()
        self._redo.clear()
        self._clean_depth = 0

    def set_clean(self) -> None:
        """Mark the current state as saved."""
        self._clean_depth = len(self._undo)

    def is_modified(self) -> bool:
        return self._clean_depth != len(self._undo)

    # Live previews of a drag -----------------------------------------------------------------------

    def preview(self, edit: Edit) -> None:
        if self._preview is not None:
            self.document.revert(self._preview)
        self._preview = edit
        self.document.apply(edit)

    def commit_preview(self) -> bool:
        edit, self._preview = self._preview, None
        if edit is None or edit.empty:
            return False
        self._record(edit)
        return True

    def cancel_preview(self) -> None:
        if self._preview is not None:
            self.document.revert(self._preview)
            self._preview = None

    @property
    def previewing(self) -> bool:
        return self._preview is not None


# Building edits ----------------------------------------------------------------------------------------

def _changed(doc: NoteDocument, label: str, ids: Iterable[int], change) -> Edit:
    """An edit that replaces each note ``ids`` names with ``change(note)`` (unchanged notes are left out)."""
    removed, added = {}, {}
    for note_id in ids:
        placed = doc.notes.get(note_id)
        if placed is None:
            continue
        new = change(placed.note)
        if new != placed.note:
            removed[note_id] = placed
            added[note_id] = Placed(placed.track, new)
    return Edit(label, removed, added)


def add_notes(doc: NoteDocument, track: int, notes: Iterable[Note], label: str = "Add note") -> Edit:
    added = {doc.new_id(): Placed(track, _clamped(n)) for n in notes}
    return Edit(label, {}, added)


def add_track(doc: NoteDocument, info: TrackInfo, notes: Iterable[Note] = (), label: str = "Add track") -> Edit:
    """A new track at the end of the list, with ``notes`` in it (undo removes both)."""
    index = len(doc.tracks)
    added = {doc.new_id(): Placed(index, _clamped(n)) for n in notes}
    return Edit(label, {}, added, tuple(doc.tracks), (*doc.tracks, info))


def set_track(doc: NoteDocument, index: int, label: str = "", **changes) -> Edit:
    """Change a track's ``muted``, ``solo``, ``name`` or ``program``: one undo step (empty if nothing changes)."""
    before = tuple(doc.tracks)
    after = list(before)
    after[index] = dataclasses.replace(before[index], **changes)
    if not label:
        name = before[index].name
        label = f"Change {name}"
        if len(changes) == 1:
            key, value = next(iter(changes.items()))
            label = {"muted": f"{'Mute' if value else 'Unmute'} {name}",
                     "solo": f"{'Solo' if value else 'Unsolo'} {name}",
                     "name": f"Rename {name}", "program": f"Instrument of {name}"}.get(key, label)
    return Edit(label, tracks_before=before, tracks_after=tuple(after))


def set_timing(doc: NoteDocument, tempo_bpm: float | None = None, time_signature: tuple[int, int] | None = None,
               keep_beats: bool = True, label: str = "") -> Edit:
    """Set the tempo and/or the time signature; the bar and beat grid follows them.

    ``keep_beats``: the notes keep their places in bars and beats, so the music plays faster or slower (as
    in a DAW); otherwise they keep their times in seconds and only the grid moves under them (to line the
    grid up with a file whose tempo was wrong). A file's tempo map is replaced by the one tempo.
    """
    old = doc.timing
    tempo = float(old.tempo_bpm if tempo_bpm is None else tempo_bpm)
    signature = tuple(old.time_signature if time_signature is None else (int(time_signature[0]), int(time_signature[1])))
    Song(tempo_bpm=tempo, time_signature=signature)          # the same checks as a Song's (StudioError)
    tempo_changed = abs(tempo - old.tempo_bpm) > 1e-9
    new = Timing(tempo, signature, () if tempo_changed else old.tempo_changes)
    if not label:
        parts = ([f"tempo {tempo:g} bpm"] if tempo_changed else []) + (
            [f"time signature {signature[0]}/{signature[1]}"] if signature != old.time_signature else [])
        label = "Set " + " and ".join(parts) if parts else "Set tempo"
    removed, added = {}, {}
    if keep_beats and tempo_changed:
        ratio = old.tempo_bpm / tempo                          # seconds per beat, new over old
        for note_id, placed in doc.notes.items():
            n = placed.note
            removed[note_id] = placed
            added[note_id] = Placed(placed.track, _replace(n, start=n.start * ratio,
                                                           end=max(n.end * ratio, n.start * ratio + MIN_LENGTH_S)))
    return Edit(label, removed, added, timing_before=old, timing_after=new)


def erase(doc: NoteDocument, ids: Iterable[int], label: str = "Erase notes") -> Edit:
    return Edit(label, {i: doc.notes[i] for i in ids if i in doc.notes}, {})


def _clamped(note: Note) -> Note:
    pitch = min(MAX_PITCH, max(0, int(note.pitch)))
    start = max(0.0, float(note.start))
    end = max(start + MIN_LENGTH_S, float(note.end))
    velocity = min(127, max(1, int(note.velocity)))
    return _replace(note, pitch=pitch, start=start, end=end, velocity=velocity)


def move(doc: NoteDocument, ids: Iterable[int], dt: float, dpitch: int = 0, label: str = "Move notes") -> Edit:
    """Shift notes in time and pitch; the group stops at time 0 and at the keyboard's ends together."""
    ids = [i for i in ids if i in doc.notes]
    if not ids:
        return Edit(label)
    notes = [doc.notes[i].note for i in ids]
    dt = max(dt, -min(n.start for n in notes))
    dpitch = min(max(dpitch, -min(n.pitch for n in notes)), MAX_PITCH - max(n.pitch for n in notes))
    return _changed(doc, label, ids, lambda n: _replace(n, start=n.start + dt, end=n.end + dt, pitch=n.pitch + dpitch))


def resize(doc: NoteDocument, ids: Iterable[int], edge: str, dt: float, label: str = "Resize notes") -> Edit:
    """Move the ``edge`` ("start" or "end") of notes by ``dt``; a note keeps at least MIN_LENGTH_S."""
    if edge == "start":
        return _changed(doc, label, ids, lambda n: _replace(n, start=max(0.0, min(n.start + dt, n.end - MIN_LENGTH_S))))
    if edge == "end":
        return _changed(doc, label, ids, lambda n: _replace(n, end=max(n.end + dt, n.start + MIN_LENGTH_S)))
    raise ValueError(f"edge must be 'start' or 'end', not {edge!r}")


def transpose(doc: NoteDocument, ids: Iterable[int], semitones: int, label: str = "") -> Edit:
    return move(doc, ids, 0.0, semitones, label or f"Transpose {semitones:+d}")


def snap(t: float, grid_s: float) -> float:
    """``t`` rounded to the nearest multiple of ``grid_s`` (unchanged when the grid is off)."""
    if grid_s <= 0:
        return t
    return round(t / grid_s) * grid_s


def quantise(doc: NoteDocument, ids: Iterable[int], grid_s: float, strength: float = 1.0,
             ends: bool = True, label: str = "Quantise") -> Edit:
    """Pull note starts (and ends) towards the grid by ``strength`` (1 = onto it); lengths stay >= one step."""
    if grid_s <= 0:
        return Edit(label)

    def change(n: Note) -> Note:
        start = n.start + (snap(n.start, grid_s) - n.start) * strength
        end = n.end + (snap(n.end, grid_s) - n.end) * strength if ends else n.end - n.start + start
        if end - start < MIN_LENGTH_S or (ends and strength >= 1 and end <= start):
            end = start + (grid_s if strength >= 1 else max(MIN_LENGTH_S, n.end - n.start))
        return _replace(n, start=max(0.0, start), end=end)

    return _changed(doc, label, ids, change)


def set_velocity(doc: NoteDocument, ids: Iterable[int], velocity: int | None = None, scale: float | None = None,
                 delta: int = 0, label: str = "Velocity") -> Edit:
    """Set velocities to ``velocity``, or multiply them by ``scale`` and add ``delta``; kept within 1..127."""
    def change(n: Note) -> Note:
        v = velocity if velocity is not None else round(n.velocity * (scale if scale is not None else 1.0)) + delta
        return _replace(n, velocity=int(min(127, max(1, v))))

    return _changed(doc, label, ids, change)


@dataclass(frozen=True)
class Clip:
    """Copied notes, their times relative to the earliest start, with the track each came from."""

    notes: tuple[Placed, ...]

    def __len__(self) -> int:
        return len(self.notes)


def copy(doc: NoteDocument, ids: Iterable[int]) -> Clip:
    chosen = [doc.notes[i] for i in ids if i in doc.notes]
    if not chosen:
        return Clip(())
    t0 = min(p.note.start for p in chosen)
    return Clip(tuple(sorted((Placed(p.track, _replace(p.note, start=p.note.start - t0, end=p.note.end - t0))
                              for p in chosen), key=lambda p: (p.note.start, p.note.pitch))))


def paste(doc: NoteDocument, clip: Clip, at: float, track: int | None = None, label: str = "Paste") -> tuple[Edit, set[int]]:
    """Place ``clip`` at time ``at`` (into ``track``, or each note's own track where it still exists).

    Returns the edit and the ids of the pasted notes (to select them).
    """
    added = {}
    for placed in clip.notes:
        to = track if track is not None else (placed.track if placed.track < len(doc.tracks) else 0)
        n = placed.note
        added[doc.new_id()] = Placed(to, _clamped(_replace(n, start=n.start + at, end=n.end + at)))
    return Edit(label, {}, added), set(added)
