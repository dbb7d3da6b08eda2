"""The two ways the music models read notes as tokens.

- :class:`NoteSetTokens` (the seed's): a piano roll at ``fs`` frames per second; each frame's set of
  sounding pitches is one token, written "61,77" ("e" for a silent frame). Its vocabulary is the sets
  that occur in the training data (the most frequent ``limit`` of them); a set outside it is read as its
  largest known subset, so that a rare chord loses a note instead of the whole frame. It keeps pitch and
  timing to the frame; velocity is not kept (a note is written at one velocity), and a key struck again
  with no gap between the two notes reads as one longer note.
- :class:`EventTokens` (Performance RNN's): note-on and note-off for each of 128 pitches, time shifts
  of 1 to ``max_shift_steps`` steps of ``1 / steps_per_second`` seconds, and ``velocity_bins``
  velocity changes. It keeps timing (to the step) and dynamics (to the bin).

Notes come and go as float arrays with columns pitch, start (s), end (s), velocity (``note_array``);
id 0 is padding in both vocabularies.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

PAD = "<pad>"
SILENCE = "e"


def _empty_notes() -> np.ndarray:
    return np.zeros((0, 4), dtype=np.float64)


def _notes_from_rows(rows: list[tuple[int, float, float, int]]) -> np.ndarray:
    if not rows:
        return _empty_notes()
    out = np.asarray(rows, dtype=np.float64)
    return out[np.lexsort((out[:, 0], out[:, 1]))]


# Note sets ----------------------------------------------------------------------------------------

def piano_roll(notes: np.ndarray, fs: float, length: int | None = None) -> np.ndarray:
    """A bool roll (T, 128): frame t is the time [t/fs, (t+1)/fs); a note sounds in the frames its
    start and end round to (at least one frame, so that a short note is never lost)."""
    if len(notes) == 0:
        return np.zeros((length or 0, 128), dtype=bool)
    starts = np.round(notes[:, 1] * fs).astype(np.int64)
    ends = np.maximum(starts + 1, np.round(notes[:, 2] * fs).astype(np.int64))
    frames = int(ends.max()) if length is None else length
    roll = np.zeros((frames, 128), dtype=bool)
    for p, s, e in zip(notes[:, 0].astype(np.int64), starts, ends):
        roll[min(s, frames):min(e, frames), p] = True
    return roll


def roll_to_notes(roll: np.ndarray, fs: float, velocity: int = 80) -> np.ndarray:
    """Notes (N, 4) from a (T, 128) roll: each run of sounding frames of a pitch is one note."""
    padded = np.zeros((roll.shape[0] + 2, 128), dtype=np.int8)
    padded[1:-1] = roll.astype(np.int8)
    change = np.diff(padded, axis=0)      # (T + 1, 128): +1 where a run starts, -1 just after it ends
    rows = []
    for p in range(128):
        on = np.flatnonzero(change[:, p] == 1)
        off = np.flatnonzero(change[:, p] == -1)
        rows += [(p, s / fs, e / fs, velocity) for s, e in zip(on, off)]
    return _notes_from_rows(rows)


def set_text(pitches: Iterable[int]) -> str:
    """A frame's token text: sorted pitches joined by commas, or "e" for silence."""
    ps = sorted(int(p) for p in pitches)
    return ",".join(map(str, ps)) if ps else SILENCE


def set_pitches(text: str) -> tuple[int, ...]:
    return () if text in (SILENCE, PAD) else tuple(int(p) for p in text.split(","))


@dataclass(frozen=True)
class NoteSetTokens:
    """Note-set tokens at ``fs`` frames per second over a vocabulary of sets (see the module's docstring)."""

    fs: float
    vocabulary: tuple[str, ...]   # id -> text; vocabulary[0] is "<pad>", vocabulary[1] is "e"

    @classmethod
    def build(cls, rolls: Iterable[np.ndarray], fs: float, limit: int = 4000) -> "NoteSetTokens":
        """The vocabulary of the ``limit`` most frequent sets in ``rolls`` (silence always included)."""
        counts: Counter[str] = Counter()
        for roll in rolls:
            counts.update(set_text(np.flatnonzero(frame)) for frame in roll)
        counts.pop(SILENCE, None)
        common = [t for t, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: max(0, limit - 2)]]
        return cls(float(fs), (PAD, SILENCE, *common))

    @property
    def size(self) -> int:
        return len(self.vocabulary)

    def _index(self) -> dict[str, int]:
        cached = self.__dict__.get("_ids")
        if cached is None:
            cached = {t: i for i, t in enumerate(self.vocabulary)}
            object.__setattr__(self, "_ids", cached)
        return cached

    def id_of(self, pitches: Sequence[int]) -> int:
        """The id of a set, or of its largest subset in the vocabulary (dropping the rarest notes first)."""
        ids = self._index()
        key = set_text(pitches)
        if key in ids:
            return ids[key]
        best, best_len = ids[SILENCE], 0
        ps = sorted(set(int(p) for p in pitches))
        # Greedy: try every one-note-smaller subset, keep the best known; recurse on the largest.
        frontier = [tuple(ps)]
        while frontier:
            nxt = []
            for s in frontier:
                for i in range(len(s)):
                    sub = s[:i] + s[i + 1:]
                    if len(sub) <= best_len:
                        continue
                    t = set_text(sub)
                    if t in ids:
                        best, best_len = ids[t], len(sub)
                    else:
                        nxt.append(sub)
            if best_len:
                break
            frontier = list(dict.fromkeys(nxt))[:64]   # bound the search on huge clusters
        return best

    def id_with(self, pitch: int) -> int:
        """The token of ``pitch`` alone, else the most frequent set that holds it (a starting note for a
        model that learned chords); silence when no set holds it."""
        ids = self._index()
        if str(int(pitch)) in ids:
            return ids[str(int(pitch))]
        return next((i for i, t in enumerate(self.vocabulary) if int(pitch) in set_pitches(t)), ids[SILENCE])

    def encode(self, notes: np.ndarray) -> np.ndarray:
        """Token ids (T,) of the notes' roll."""
        roll = piano_roll(notes, self.fs)
        return np.asarray([self.id_of(np.flatnonzero(f)) for f in roll], dtype=np.int64)

    def pitches(self, token: int) -> tuple[int, ...]:
        return set_pitches(self.vocabulary[int(token)])

    def roll(self, ids: Sequence[int]) -> np.ndarray:
        """The (T, 128) bool roll of token ids (padding reads as silence)."""
        roll = np.zeros((len(ids), 128), dtype=bool)
        for t, tok in enumerate(ids):
            roll[t, list(self.pitches(tok))] = True
        return roll

    def decode(self, ids: Sequence[int], velocity: int = 80) -> np.ndarray:
        return roll_to_notes(self.roll(ids), self.fs, velocity)

    def allowed(self, pitch_classes: Iterable[int]) -> np.ndarray:
        """A bool mask (size,) of the tokens whose pitches all lie in ``pitch_classes`` (padding excluded)."""
        pcs = set(int(p) % 12 for p in pitch_classes)
        mask = np.array([all(p % 12 in pcs for p in set_pitches(t)) for t in self.vocabulary], dtype=bool)
        mask[0] = False
        return mask


# Events -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EventTokens:
    """Performance-RNN events: 0 pad, then note-on ×128, note-off ×128, time-shift ×N, velocity ×V."""

    steps_per_second: int = 100
    max_shift_steps: int = 100
    velocity_bins: int = 32

    NOTE_ON = 1
    NOTE_OFF = 1 + 128

    @property
    def time_shift(self) -> int:
        return 1 + 256

    @property
    def velocity(self) -> int:
        return self.time_shift + self.max_shift_steps

    @property
    def size(self) -> int:
        return self.velocity + self.velocity_bins

    def kind(self, token: int) -> str:
        """"pad", "on", "off", "shift" or "velocity"."""
        if token <= 0:
            return "pad"
        if token < self.NOTE_OFF:
            return "on"
        if token < self.time_shift:
            return "off"
        if token < self.velocity:
            return "shift"
        return "velocity"

    def velocity_bin(self, velocity: int) -> int:
        return min(self.velocity_bins - 1, max(0, (int(velocity) - 1) * self.velocity_bins // 127))

    def bin_velocity(self, b: int) -> int:
        """The velocity in the middle of bin ``b``."""
        lo = -(-b * 127 // self.velocity_bins) + 1
        hi = -(-(b + 1) * 127 // self.velocity_bins)
        return max(1, min(127, (lo + hi) // 2))

    def encode(self, notes: np.ndarray) -> np.ndarray:
        """Event ids (E,) of the notes, in time order; note-offs come before note-ons at the same step."""
        events = []   # (step, order, pitch, velocity): order 0 = off, 1 = on
        for p, s, e, v in notes[:, :4]:
            on = int(round(s * self.steps_per_second))
            off = max(on + 1, int(round(e * self.steps_per_second)))
            events.append((on, 1, int(p), int(v)))
            events.append((off, 0, int(p), 0))
        events.sort()
        out: list[int] = []
        now, vel_bin, sounding = 0, -1, Counter()
        for step, order, pitch, vel in events:
            while step > now:
                shift = min(self.max_shift_steps, step - now)
                out.append(self.time_shift + shift - 1)
                now += shift
            if order == 1:
                b = self.velocity_bin(vel)
                if b != vel_bin:
                    out.append(self.velocity + b)
                    vel_bin = b
                if sounding[pitch]:          # the same key again while it sounds: end the old note first
                    out.append(self.NOTE_OFF + pitch)
                sounding[pitch] += 1
                out.append(self.NOTE_ON + pitch)
            elif sounding[pitch]:
                sounding[pitch] -= 1
                if sounding[pitch] == 0:
                    out.append(self.NOTE_OFF + pitch)
        return np.asarray(out, dtype=np.int64)

    def decode(self, ids: Sequence[int], velocity: int = 80, end_open_notes: bool = True,
               max_note_seconds: float | None = None) -> np.ndarray:
        """Notes (N, 4) from event ids; a note still sounding at the end ends there (or is dropped).

        ``max_note_seconds`` cuts longer notes, as Magenta's Performance RNN decoder does: a model that
        forgets a note-off would otherwise hold the key to the end of the take.
        """
        now = 0
        vel = velocity
        open_notes: dict[int, tuple[int, int]] = {}
        rows = []
        for tok in ids:
            tok = int(tok)
            k = self.kind(tok)
            if k == "shift":
                now += tok - self.time_shift + 1
            elif k == "velocity":
                vel = self.bin_velocity(tok - self.velocity)
            elif k == "on":
                p = tok - self.NOTE_ON
                if p in open_notes:
                    s, v = open_notes.pop(p)
                    if now > s:
                        rows.append((p, s, now, v))
                open_notes[p] = (now, vel)
            elif k == "off":
                p = tok - self.NOTE_OFF
                if p in open_notes:
                    s, v = open_notes.pop(p)
                    rows.append((p, s, max(now, s + 1), v))
        if end_open_notes:
            for p, (s, v) in open_notes.items():
                rows.append((p, s, max(now, s + 1), v))
        rows = [(p, s / self.steps_per_second, e / self.steps_per_second, v) for p, s, e, v in rows]
        if max_note_seconds is not None:
            rows = [(p, s, min(e, s + max_note_seconds), v) for p, s, e, v in rows]
        return _notes_from_rows(rows)

    def seconds(self, ids: Sequence[int]) -> float:
        """How long the events last (the sum of their time shifts)."""
        ids = np.asarray(ids)
        shifts = ids[(ids >= self.time_shift) & (ids < self.velocity)] - self.time_shift + 1
        return float(shifts.sum()) / self.steps_per_second

    def allowed(self, pitch_classes: Iterable[int]) -> np.ndarray:
        """A bool mask (size,): every event but the note-ons of pitches outside ``pitch_classes``."""
        pcs = set(int(p) % 12 for p in pitch_classes)
        mask = np.ones(self.size, dtype=bool)
        mask[0] = False
        for p in range(128):
            if p % 12 not in pcs:
                mask[self.NOTE_ON + p] = False
        return mask

    def to_dict(self) -> dict:
        return {"steps_per_second": self.steps_per_second, "max_shift_steps": self.max_shift_steps,
                "velocity_bins": self.velocity_bins}
