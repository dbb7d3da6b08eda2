"""Compare two MIDI renderings of one score note by note (the fast MusicXML reader's against music21's).

What matters for training: per part, each note's pitch, onset and length in beats (quarter notes), its
times in seconds, and its velocity. Used by bench/bench_chorale_reader.py and tests/data/test_musicxml.py.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field

TOLERANCE_BEATS = 1e-3     # a tick of a 480-per-quarter file; both files are written at 10,080
TOLERANCE_S = 1e-3


@dataclass
class PartNotes:
    name: str
    program: int
    notes: list[tuple[int, float, float, float, float, int]]   # pitch, onset and length (beats), start, end (s), velocity


def read_parts(data: bytes) -> list[PartNotes]:
    """The notes of each instrument of a MIDI file, sorted by onset then pitch."""
    import pretty_midi

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pm = pretty_midi.PrettyMIDI(io.BytesIO(data))
    parts = []
    for inst in pm.instruments:
        notes = []
        for n in inst.notes:
            on = pm.time_to_tick(n.start) / pm.resolution
            off = pm.time_to_tick(n.end) / pm.resolution
            notes.append((n.pitch, on, off - on, n.start, n.end, n.velocity))
        notes.sort(key=lambda n: (round(n[1], 6), n[0]))
        parts.append(PartNotes(inst.name.strip(), inst.program, notes))
    return parts


@dataclass
class Comparison:
    """How the fast file differs from the reference: ``same_notes`` when every note matches within tolerance."""

    parts: tuple[int, int]
    notes: tuple[int, int]
    same_notes: bool = True
    worst_onset_beats: float = 0.0
    worst_length_beats: float = 0.0
    worst_seconds: float = 0.0
    velocities_differ: int = 0
    programs_differ: int = 0
    names_differ: int = 0
    first_difference: str = ""
    differences: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        self.same_notes = False
        self.differences.append(text)
        self.first_difference = self.first_difference or text


def _only(a: list, b: list, most: int = 3) -> str:
    """The notes of ``a`` not in ``b`` (pitch, onset and length in beats), the first ``most`` of them."""
    key = lambda n: (n[0], round(n[1], 3), round(n[2], 3))  # noqa: E731
    rest = [key(n) for n in b]
    out = []
    for n in map(key, a):
        if n in rest:
            rest.remove(n)
        else:
            out.append(f"pitch {n[0]} at beat {n[1]:g} for {n[2]:g}")
    return ", ".join(out[:most]) + (" …" if len(out) > most else "")


def compare(fast: bytes, reference: bytes) -> Comparison:
    """Compare the notes of ``fast`` with those of ``reference``, part by part (parts in file order)."""
    a, b = read_parts(fast), read_parts(reference)
    result = Comparison((len(a), len(b)), (sum(len(p.notes) for p in a), sum(len(p.notes) for p in b)))
    if len(a) != len(b):
        result.note(f"{len(a)} parts against {len(b)}")
    for i, (pa, pb) in enumerate(zip(a, b)):
        result.programs_differ += pa.program != pb.program
        result.names_differ += pa.name != pb.name
        if len(pa.notes) != len(pb.notes):
            only_a, only_b = _only(pa.notes, pb.notes), _only(pb.notes, pa.notes)
            result.note(f"part {i + 1} ({pb.name}): {len(pa.notes)} notes against {len(pb.notes)}; only in the "
                        f"first {only_a or 'none'}, only in the reference {only_b or 'none'}")
            continue
        for j, (na, nb) in enumerate(zip(pa.notes, pb.notes)):
            if na[0] != nb[0]:
                result.note(f"part {i + 1} note {j + 1}: pitch {na[0]} against {nb[0]} at beat {nb[1]:g}")
                break
            d_on, d_len = abs(na[1] - nb[1]), abs(na[2] - nb[2])
            d_s = max(abs(na[3] - nb[3]), abs(na[4] - nb[4]))
            result.worst_onset_beats = max(result.worst_onset_beats, d_on)
            result.worst_length_beats = max(result.worst_length_beats, d_len)
            result.worst_seconds = max(result.worst_seconds, d_s)
            result.velocities_differ += na[5] != nb[5]
            if d_on > TOLERANCE_BEATS or d_len > TOLERANCE_BEATS or d_s > TOLERANCE_S:
                result.note(f"part {i + 1} note {j + 1} (pitch {nb[0]}): onset {na[1]:g} against {nb[1]:g} beats, "
                            f"length {na[2]:g} against {nb[2]:g}")
                break
    if result.velocities_differ:
        result.note(f"{result.velocities_differ} notes have another velocity")
    return result
