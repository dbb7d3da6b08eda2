"""Generating music with a trained note-rnn or event-rnn: takes sampled token by token, as a job.

``generate_takes(run, primer, options, control)`` is a generator, the shape of all long work here: it
yields ``Progress`` while the model loads, then ``Takes`` (one Song per variation with the notes
sampled so far) about twenty times a second and once at the end (``final``). It runs the model's
``sample`` through the engine's sampling job (``studio.training.sampling.sample_steps``), which checks
the control between tokens, so that Stop ends it at once; the last Takes yielded is the result so far.

Where it starts: from silence, from a chosen note (the seed's way: a window of silent frames and the
note), from random notes (the seed's other way: the model first reads a few random notes drawn with the
take's seed, which are not part of the take), or continuing a primer (a Song, e.g. a selection of the
roll, as Magenta Studio's Continue). A key constraint masks the logits of every token that would sound a
note outside the scale.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator

import numpy as np

from studio.core.errors import StudioError
from studio.core.tasks import Progress, TaskControl
from studio.core.workspace import Run, Workspace
from studio.data.midi_tokens import EventTokens, NoteSetTokens
from studio.music.scales import Scale
from studio.music.song import Note, Song, Track

MUSIC_MODELS = ("note-rnn", "event-rnn")
STARTS = ("silence", "note", "random", "primer")
# The random start: this many eighth notes of random pitches in this range (C3 to C6), one at a time.
RANDOM_NOTES = 16
RANDOM_RANGE = (48, 84)
# Takes reach the screen at most this often while sampling (the last one always).
UPDATE_EVERY_S = 0.05
# Events a piece needs per second at most (Bach's chorales use about 15): bounds an event model's budget.
MAX_EVENTS_PER_SECOND = 80
# An event model's note that has not ended after this long is ended (a forgotten note-off).
MAX_NOTE_SECONDS = 5.0
# A primer is read up to this many of the model's windows back.
PRIMER_WINDOWS = 4


@dataclass(frozen=True)
class GenerateOptions:
    """What to generate: its length (``bars`` wins over ``seconds`` when given), how to sample, where to start."""

    seconds: float = 30.0
    bars: float | None = None
    temperature: float = 1.0
    top_k: int = 0                 # 0: off
    top_p: float = 1.0             # 1.0: off
    variations: int = 1
    seed: int | None = 0           # None: a different take every time
    scale: str | None = None       # "C major", "A minor", … (None: any note)
    start: str = "silence"         # "silence", "note" (start_pitch), "random" (random notes) or "primer"
    start_pitch: int = 60
    tempo_bpm: float | None = None  # None: the primer's, else 120
    time_signature: tuple[int, int] | None = None   # None: the primer's, else 4/4
    velocity: int = 80             # note-set takes have no dynamics: every note at this velocity
    program: int = 0               # General MIDI instrument of the generated track (0: piano)

    def check(self) -> None:
        if self.start not in STARTS:
            raise StudioError(f"Start must be one of {', '.join(STARTS)}; got '{self.start}'.")
        if self.bars is None and not (0 < self.seconds <= 3600):
            raise StudioError("The length must be between 0 and 3,600 seconds.")
        if self.bars is not None and not (0 < self.bars <= 1000):
            raise StudioError("The length must be between 0 and 1,000 bars.")
        if not 1 <= self.variations <= 32:
            raise StudioError("The number of variations must be between 1 and 32.")
        if not 0 <= self.start_pitch <= 127:
            raise StudioError("The starting note must be a MIDI pitch between 0 and 127.")
        if not 1 <= self.velocity <= 127:
            raise StudioError("The velocity must be between 1 and 127.")
        if self.scale:
            Scale.parse(self.scale)
        if self.tempo_bpm is not None or self.time_signature is not None:
            Song(tempo_bpm=self.tempo_bpm or 120.0, time_signature=self.time_signature or (4, 4))   # its checks


@dataclass(frozen=True)
class Takes:
    """The takes so far: one Song per variation (primer tracks first when continuing); ``done`` of
    ``total`` tokens sampled; ``final`` on the last one."""

    songs: tuple[Song, ...]
    done: int
    total: int
    final: bool = False
    fraction: float = 0.0          # of the length sampled so far, 0..1 (for a progress bar)


def music_runs(workspace: Workspace) -> list[Run]:
    """The runs of the music models that have a checkpoint, newest first."""
    out = []
    for run in workspace.runs():
        try:
            info = run.info()
        except Exception:  # noqa: BLE001 - a damaged run folder is simply not offered
            continue
        if info.get("model") in MUSIC_MODELS and run.checkpoints_dir.is_dir() and any(run.checkpoints_dir.iterdir()):
            out.append(run)
    return sorted(out, key=lambda r: r.id, reverse=True)


def tokenizer_of(model) -> NoteSetTokens | EventTokens:
    """The tokeniser a trained music model reads and writes (its config carries everything needed)."""
    c = model.config
    if model.family == "note-rnn":
        return NoteSetTokens(float(c.fs), tuple(c.vocabulary))
    if model.family == "event-rnn":
        return EventTokens(int(c.steps_per_second), int(c.max_shift_steps), int(c.velocity_bins))
    raise StudioError(f"A {model.family} model does not make music; choose a note-rnn or event-rnn run.")


def load_music_model(run: Run | str | Path, device: str = "cpu"):
    from studio.training.trained import load_trained_model

    run = run if isinstance(run, Run) else Run(Path(run))
    name = run.info().get("model", "")
    if name not in MUSIC_MODELS:
        raise StudioError(f"The run '{run.id}' holds a '{name or 'unknown'}' model, which does not make music; "
                          "choose a note-rnn or event-rnn run.")
    return load_trained_model(run, "best", device)


def _to_array(notes: list[Note]) -> np.ndarray:
    if not notes:
        return np.zeros((0, 4))
    return np.array([(n.pitch, n.start, n.end, n.velocity) for n in notes], dtype=np.float64)


def _primer_ids(tok, options: GenerateOptions, primer: Song | None, window: int) -> tuple[list[int], float]:
    """The tokens the model reads first, and the offset of their time from the take's (seconds): where the
    music proper starts in them, or minus the time of a long primer's part that is not read."""
    if options.start == "primer":
        if primer is None or not primer.pitched_notes():
            raise StudioError("Continuing needs a primer with notes: select some notes or choose a MIDI file.")
        ids = tok.encode(_to_array(primer.pitched_notes()))
        # The model reads a long primer one token at a time: its last few windows are what it remembers
        # anyway (the GRU's state, the attention's window). The offset is the time of what is left out.
        keep = PRIMER_WINDOWS * window
        if len(ids) <= keep:
            return ids.tolist(), 0.0
        cut = len(ids) - keep
        dropped = cut / tok.fs if isinstance(tok, NoteSetTokens) else tok.seconds(ids[:cut])
        return ids[cut:].tolist(), -dropped
    if isinstance(tok, NoteSetTokens):
        silence = [1] * (window - 1 if options.start == "note" else 1)
        if options.start == "silence":
            return silence, len(silence) / tok.fs
        return silence + [tok.id_with(options.start_pitch)], len(silence) / tok.fs
    if options.start == "silence":
        return [tok.time_shift], 1.0 / tok.steps_per_second
    return [tok.velocity + tok.velocity_bin(options.velocity), tok.NOTE_ON + options.start_pitch], 0.0


def _decode(tok, ids: np.ndarray, velocity: int) -> np.ndarray:
    if isinstance(tok, NoteSetTokens):
        return tok.decode(ids, velocity)
    return tok.decode(ids, max_note_seconds=MAX_NOTE_SECONDS)


def _take(tok, primer_ids: list[int], generated: np.ndarray, options: GenerateOptions, primer: Song | None,
          offset: float, first: float, stop: float, tempo: float, signature: tuple[int, int], index: int) -> Song:
    """One variation as a Song: the decoded notes that start in [first, stop), moved back by ``offset``,
    after the primer's tracks."""
    notes = _decode(tok, np.concatenate([np.asarray(primer_ids, dtype=np.int64), generated.astype(np.int64)]),
                    options.velocity)
    made = []
    for p, s, e, v in notes:
        if s >= first and s < stop:
            made.append(Note(int(p), s - offset, min(e, stop) - offset, int(v)))
    track = Track(f"Take {index + 1}", options.program, False, tuple(made))
    if options.start == "primer" and primer is not None:
        return replace(primer, tracks=(*primer.tracks, track), tempo_bpm=tempo, time_signature=signature,
                       title=f"Take {index + 1}")
    return Song((track,), tempo, signature, title=f"Take {index + 1}")


def random_primer(seed: int, tempo_bpm: float = 120.0) -> Song:
    """The random start: RANDOM_NOTES eighth notes of random pitches, the same for the same seed."""
    rng = np.random.default_rng(seed)
    eighth = 30.0 / tempo_bpm
    pitches = rng.integers(RANDOM_RANGE[0], RANDOM_RANGE[1] + 1, RANDOM_NOTES)
    return Song.from_notes([Note(int(p), i * eighth, (i + 1) * eighth) for i, p in enumerate(pitches)], tempo_bpm)


def generate_takes(run: Run | str | Path, primer: Song | None = None, options: GenerateOptions | None = None,
                   control: TaskControl | None = None, device: str = "cpu",
                   model=None) -> Iterator[Progress | Takes]:
    """Sample ``options.variations`` takes from the music model of ``run`` (see the module's docstring).

    ``model``: an already loaded model (the tab keeps one), else it is loaded from the run's best checkpoint.
    """
    from studio.training.sampling import sample_steps

    options = options or GenerateOptions()
    options.check()
    control = control or TaskControl()
    if model is None:
        yield Progress(0, None, "Loading the model")
        model = load_music_model(run, device)
    tok = tokenizer_of(model)
    seed = options.seed if options.seed is not None else int.from_bytes(np.random.bytes(4), "little")
    continuing = options.start == "primer"
    tempo = float(options.tempo_bpm or (primer.tempo_bpm if continuing and primer is not None else 120.0))
    signature = tuple(options.time_signature or (primer.time_signature if continuing and primer else (4, 4)))
    length = options.seconds
    if options.bars is not None:
        length = Song(tempo_bpm=tempo, time_signature=signature).bars_to_seconds(options.bars)
    window = int(getattr(model.config, "window", 50))
    if options.start == "random":
        # Read like a primer, then left out of the take: the take starts where the random notes end.
        primer_ids, _ = _primer_ids(tok, replace(options, start="primer"), random_primer(seed, tempo), window)
        offset = 0.0
    else:
        primer_ids, offset = _primer_ids(tok, options, primer, window)
    if isinstance(tok, NoteSetTokens):
        primer_end = len(primer_ids) / tok.fs
        steps = int(math.ceil(length * tok.fs))
    else:
        primer_end = tok.seconds(primer_ids)
        steps = int(length * MAX_EVENTS_PER_SECOND) + 16
    # Notes from ``first`` to ``stop`` (in the decoded tokens' time) make the take.
    first, stop = -1.0, offset + length
    if continuing:
        # Continuing: the primer's own notes stay as they were; only what starts after its tokens is new,
        # and the take lasts ``length`` after the primer's end.
        first, stop = primer_end - 1e-6, primer.end + offset + length
    elif options.start == "random":
        first, offset, stop = primer_end - 1e-6, primer_end, primer_end + length
    sample_opts = {"steps": steps, "temperature": options.temperature, "top_k": options.top_k,
                   "top_p": options.top_p}
    if options.scale:
        sample_opts["allowed"] = tok.allowed(Scale.parse(options.scale).pitch_classes)

    def takes(data: np.ndarray, final: bool, done: int) -> Takes:
        songs = tuple(_take(tok, primer_ids, data[i], options, primer, offset, first, stop, tempo, signature, i)
                      for i in range(len(data)))
        if final:
            fraction = 1.0
        elif isinstance(tok, EventTokens):   # the slowest take's time
            fraction = float(np.clip((elapsed.min() - primer_end) / max(1e-9, stop - primer_end), 0.0, 1.0))
        else:
            fraction = done / steps
        return Takes(songs, done, steps, final, fraction)

    last, interval = 0.0, UPDATE_EVERY_S
    data = np.zeros((options.variations, 0))
    # An event model has no fixed number of tokens for a length: count each take's time as it grows.
    elapsed = np.full(options.variations, tok.seconds(primer_ids) if isinstance(tok, EventTokens) else 0.0)
    steps_iter = sample_steps(model, options.variations, control, primer_ids, sample_opts, seed)
    try:
        for step in steps_iter:
            data = step.data
            if isinstance(tok, EventTokens):
                newest = data[:, -1].astype(np.int64)
                is_shift = (newest >= tok.time_shift) & (newest < tok.velocity)
                elapsed += np.where(is_shift, newest - tok.time_shift + 1, 0) / tok.steps_per_second
                if (elapsed >= stop).all():
                    break
            if step.final:
                break
            now = time.perf_counter()
            if now - last >= interval:
                update = takes(data, False, step.done)
                # Decoding every take costs time too: keep it under a quarter of the sampling's.
                interval = max(UPDATE_EVERY_S, 4 * (time.perf_counter() - now))
                last = now
                yield update
    finally:
        steps_iter.close()
    yield takes(data, True, data.shape[1])
