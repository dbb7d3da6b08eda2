"""Music datasets: a folder of MIDI files (or the built-in Bach chorales) as token sequences to train on.

``import_midi_folder`` reads every MIDI file of a folder; a broken or empty file is skipped and listed
with its reason, never a crash. ``load_music_sources`` turns the pieces into a training and a
validation :class:`~studio.data.sources.SequenceSource`, tokenised as the model asks (note sets at ``fs``
frames per second, or Performance-RNN events), split by piece so that no piece is in both parts, cut
into windows of ``window + 1`` tokens (the model predicts each from those before it). When asked (the
music models' default), every piece is first moved into C major or A minor by its detected key
(``studio.data.midi_keys``); when asked, the training pieces are augmented by transposing them up and down
a few semitones.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from studio.core.atomic import write_json
from studio.core.errors import DataError
from studio.core.tasks import Progress, TaskControl
from studio.data.datasets import split_indices
from studio.data.midi_files import MidiFileError, list_midi_files, note_array, open_midi
from studio.data.midi_keys import normalised, transposed
from studio.data.midi_tokens import EventTokens, NoteSetTokens, piano_roll
from studio.data.sources import SequenceSource, SourceSplit

BUILT_IN = "bach"


@dataclass
class MidiCollection:
    """The pieces read from a folder: name and notes (N, 6 columns, see ``note_array``) of each, and what
    was skipped and why."""

    name: str
    folder: str
    pieces: list[tuple[str, np.ndarray]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    drums: bool = False

    def report(self) -> dict[str, Any]:
        """What was used and what was skipped, as a JSON-ready dict."""
        seconds = [float(n[:, 2].max()) for _, n in self.pieces]
        return {
            "dataset": self.name, "folder": self.folder, "drums_kept": self.drums,
            "used": [{"file": name, "notes": int(len(n)), "seconds": round(float(n[:, 2].max()), 3)}
                     for name, n in self.pieces],
            "skipped": list(self.skipped),
            "summary": {"files": len(self.pieces) + len(self.skipped), "used": len(self.pieces),
                        "skipped": len(self.skipped), "notes": int(sum(len(n) for _, n in self.pieces)),
                        "hours": round(sum(seconds) / 3600.0, 3)},
        }

    def write_report(self, path: Path) -> None:
        write_json(path, self.report())


def import_midi_folder(folder: str | Path, drums: bool = False, control: TaskControl | None = None,
                       name: str | None = None) -> Iterator[Progress | MidiCollection]:
    """Read the MIDI files of ``folder`` (and its sub-folders); yields Progress per file, then the collection.

    ``drums``: keep the notes of drum tracks (General MIDI channel 10), else they are left out.
    """
    control = control or TaskControl()
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise DataError(f"'{folder}' is not a folder of MIDI files.")
    files = list_midi_files(folder)
    if not files:
        raise DataError(f"'{folder}' holds no MIDI files (.mid or .midi).")
    out = MidiCollection(name or folder.name, str(folder), drums=drums)
    t0 = time.perf_counter()
    for i, path in enumerate(files):
        control.checkpoint()
        rel = str(path.relative_to(folder))
        try:
            notes = note_array(open_midi(path, name=rel), drums=drums)
        except MidiFileError as exc:
            out.skipped.append({"file": rel, "reason": str(exc)})
        else:
            if len(notes) == 0:
                reason = "it has only drum notes (drums are left out)" if not drums else "it has no notes"
                out.skipped.append({"file": rel, "reason": f"'{rel}' was skipped: {reason}."})
            else:
                out.pieces.append((rel, notes))
        done = i + 1
        eta = (time.perf_counter() - t0) / done * (len(files) - done)
        yield Progress(done, len(files), f"Reading {rel}", eta, "files")
    if not out.pieces:
        raise DataError(f"None of the {len(files)} MIDI files in '{folder}' could be used "
                        f"(the first: {out.skipped[0]['reason']})")
    yield out


def read_collection(spec: str, cache_dir: Path | None, drums: bool = False,
                    control: TaskControl | None = None) -> MidiCollection:
    """The pieces of ``spec``: "bach" (converted into ``cache_dir`` on first use) or a folder of MIDI files."""
    spec = (spec or "").strip()
    if spec.lower() == BUILT_IN:
        from studio.data.bach import chorales_folder

        if cache_dir is None:
            raise DataError("The Bach chorales need a workspace to keep their MIDI files in.")
        folder, name = chorales_folder(cache_dir, control), "Bach chorales"
    else:
        folder, name = Path(spec).expanduser(), None
    result = None
    for item in import_midi_folder(folder, drums, control, name):
        if isinstance(item, MidiCollection):
            result = item
    assert result is not None
    if spec.lower() == BUILT_IN:
        result.skipped += bach_skipped(cache_dir)
    return result


def bach_skipped(cache_dir: Path) -> list[dict[str, str]]:
    """The chorale scores music21 could not convert, as report entries."""
    from studio.data.bach import conversion_skipped

    return [{"file": s.get("file", "?"), "reason": f"'{s.get('file', '?')}' was skipped: {s.get('reason', '')}."}
            for s in conversion_skipped(cache_dir)]


def is_music_spec(spec: str) -> bool:
    """Whether a dataset name is the built-in chorales or a folder holding MIDI files."""
    spec = (spec or "").strip()
    if spec.lower() == BUILT_IN:
        return True
    path = Path(spec).expanduser()
    return path.is_dir() and next((True for _ in list_midi_files(path)), False)


def describe_music_spec(spec: str) -> str:
    return "Bach chorales (built in)" if spec.strip().lower() == BUILT_IN else Path(spec).name


# Tokenised sources --------------------------------------------------------------------------------

def _windows(ids: np.ndarray, window: int) -> list[np.ndarray]:
    """Cut a piece into sequences of ``window + 1`` tokens that overlap by one (every token a target once)."""
    return [ids[i:i + window + 1] for i in range(0, max(1, len(ids) - 1), window) if len(ids[i:i + window + 1]) >= 2]


def tokenizer_from_request(request: dict, rolls=None):
    """The tokeniser a model asks for (``request["tokens"]``: "note-set" or "events")."""
    kind = request.get("tokens")
    if kind == "note-set":
        return NoteSetTokens.build(rolls or [], float(request.get("fs", 8)), int(request.get("vocab_limit", 4000)))
    if kind == "events":
        return EventTokens(int(request.get("steps_per_second", 100)), int(request.get("max_shift_steps", 100)),
                           int(request.get("velocity_bins", 32)))
    raise DataError(f"Unknown music tokens '{kind}'; the music models use 'note-set' or 'events'.")


def load_music_sources(spec: str, request: dict, val_fraction: float = 0.1, seed: int = 0,
                       cache_dir: Path | None = None, control: TaskControl | None = None) -> SourceSplit:
    """Training and validation token sources of a music dataset, tokenised as ``request`` says.

    ``request`` (from the model's config): tokens ("note-set" | "events"), window, key_normalise (move
    every piece, training and validation, into C major / A minor), transpose (augment with every shift of
    up to this many semitones, training pieces only), drums, and the tokeniser's settings.
    """
    collection = read_collection(spec, cache_dir, bool(request.get("drums", False)), control)
    pieces = [n for _, n in collection.pieces]
    key_normalise = bool(request.get("key_normalise", False))
    if key_normalise:
        pieces = [normalised(n)[0] for n in pieces]
    if len(pieces) < 2:
        raise DataError(f"The music dataset '{collection.name}' needs at least two pieces to split.")
    train_idx, val_idx = split_indices(len(pieces), val_fraction, seed, collection.name)
    shift = int(request.get("transpose", 0))
    train_pieces = []
    for i in train_idx:
        for s in [0] + [d for k in range(1, shift + 1) for d in (k, -k)]:
            t = pieces[i] if s == 0 else transposed(pieces[i], s)
            if t is not None:
                train_pieces.append(t)
    val_pieces = [pieces[i] for i in val_idx]
    window = int(request.get("window", 64))
    if request.get("tokens") == "note-set":
        fs = float(request.get("fs", 8))
        tok = tokenizer_from_request(request, (piano_roll(n, fs) for n in train_pieces))
        extra = {"tokens": "note-set", "fs": fs, "vocabulary": list(tok.vocabulary)}
    else:
        tok = tokenizer_from_request(request)
        extra = {"tokens": "events", **tok.to_dict()}

    def sequences(ps: list[np.ndarray]) -> list[np.ndarray]:
        return [w for n in ps for w in _windows(tok.encode(n), window)]

    train, val = sequences(train_pieces), sequences(val_pieces)
    extra.update(window=window, dataset=collection.name, key_normalised=key_normalise)
    train_src = SequenceSource(collection.name, train, tok.size, 0, extra=extra)
    val_src = SequenceSource(collection.name, val, tok.size, 0, extra=extra)
    train_src.notes.append(f"{len(collection.pieces)} pieces ({len(train_idx)} for training"
                           + (f", {len(train_pieces)} with transpositions" if shift else "")
                           + f", {len(val_idx)} for validation"
                           + ("; every piece moved into C major or A minor" if key_normalise else "")
                           + f"): {len(train):,} training windows of {window + 1} tokens over a vocabulary of "
                           f"{tok.size:,}.")
    if collection.skipped:
        train_src.notes.append(f"{len(collection.skipped)} file(s) were skipped: "
                               + "; ".join(s["reason"] for s in collection.skipped[:3])
                               + (" …" if len(collection.skipped) > 3 else ""))
    return SourceSplit(train_src, val_src)
