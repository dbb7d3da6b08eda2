"""Musical statistics to compare generated takes with their training data.

- pitch range: highest minus lowest pitch of a piece, in semitones;
- polyphony: notes sounding at once, averaged over the moments when anything sounds;
- in-scale rate: share of notes in the piece's own key (Krumhansl-Schmuckler, major or natural minor);
- empty-beat rate: share of the piece's beats (from its tempo) in which no note sounds;
- notes per second.

Each is computed per piece and averaged over pieces, so that a long piece does not outweigh the others.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Iterable

import numpy as np

from studio.music.scales import detect_key
from studio.music.song import Song

# Time grid of the polyphony count (seconds): finer than a 32nd note at 120 bpm.
GRID_S = 0.05


@dataclass(frozen=True)
class PieceStats:
    pitch_range: float
    polyphony: float
    in_scale: float
    empty_beats: float
    notes_per_second: float

    def as_dict(self) -> dict[str, float]:
        return asdict(self)


def piece_stats(notes: np.ndarray, tempo_bpm: float = 120.0) -> PieceStats | None:
    """Statistics of one piece's notes (N, ≥3: pitch, start, end); None for a piece without notes."""
    if len(notes) == 0:
        return None
    pitch, start, end = notes[:, 0].astype(np.int64), notes[:, 1], notes[:, 2]
    length = float(end.max())
    frames = max(1, int(np.ceil(length / GRID_S)))
    count = np.zeros(frames + 1)
    np.add.at(count, np.clip((start / GRID_S).astype(np.int64), 0, frames), 1)
    np.add.at(count, np.clip((end / GRID_S).astype(np.int64), 0, frames), -1)
    sounding = np.cumsum(count)[:frames]
    polyphony = float(sounding[sounding > 0].mean()) if (sounding > 0).any() else 0.0
    key = detect_key(notes)
    in_scale = float(np.mean([key.contains(int(p)) for p in pitch]))
    beat = 60.0 / tempo_bpm
    beats = max(1, int(np.ceil(length / beat - 1e-9)))
    covered = np.zeros(beats, dtype=bool)
    for s, e in zip(start, end):
        covered[int(s // beat):min(beats, int(np.ceil(e / beat - 1e-9)))] = True
    return PieceStats(float(pitch.max() - pitch.min()), polyphony, in_scale, float(1.0 - covered.mean()),
                      len(notes) / max(length, 1e-9))


def song_stats(song: Song) -> PieceStats | None:
    notes = song.pitched_notes()
    arr = np.array([(n.pitch, n.start, n.end) for n in notes], dtype=np.float64).reshape(-1, 3)
    return piece_stats(arr, song.tempo_bpm)


def mean_stats(stats: Iterable[PieceStats | None]) -> dict[str, float]:
    """The mean of each statistic over the pieces that have notes."""
    kept = [s.as_dict() for s in stats if s is not None]
    if not kept:
        return {}
    return {k: float(np.mean([d[k] for d in kept])) for k in kept[0]}
