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

The key of a take: a model trained on pieces moved into C major / A minor (``key_normalised``, the
default) plays in that key; the take is then moved into the key asked for (``GenerateOptions.key``; by
default the primer's key when continuing, else the scale's, else C major). Before a take that does not
continue a primer, the model first hears a cadence in the key's mode (I-IV-V7-I in its own key, not part
of the take): C major and A minor share their notes, and the cadence asks for one of the two (a model
trained for minutes mostly follows its own habit, more often major: docs/benchmarks.md, "third pass"). A primer is read
moved into the model's key from its own, and the continuation keeps the primer's mode (a minor primer
asked to continue in D major goes on in B minor, D major's relative). A run trained before key
normalisation plays in the keys it learned and takes no key.
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
from studio.data.midi_keys import NORMAL_TONIC, shift_between
from studio.data.midi_tokens import EventTokens, NoteSetTokens
from studio.music.scales import Scale, detect_key, key_of_scale
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
# The key's cue for a key-normalised model (in the model's key, not part of the take): a cadence, I-IV-V7-I,
# a chord a beat. The minor's subdominant (D minor) and its dominant's leading note (G#) tell A minor from
# C major, which share their notes.
CUE_CHORDS = {"major": ((48, 60, 64, 67), (41, 60, 65, 69), (43, 59, 65, 67), (48, 60, 64, 67)),  # C F G7 C
              "minor": ((45, 57, 60, 64), (38, 57, 62, 65), (40, 56, 62, 64), (45, 57, 60, 64))}  # Am Dm E7 Am


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
    key: str | None = None         # the take's key, "D minor" (None: the primer's, else the scale's, else C major)
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
        if self.key and Scale.parse(self.key).mode not in NORMAL_TONIC:
            raise StudioError(f"The key must be major or minor, for example 'D minor'; got '{self.key}'.")
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
    key: str = ""                  # the key the takes were moved into ("" for a model that learned every key)


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


def _primer_ids(tok, options: GenerateOptions, primer: np.ndarray | None, window: int) -> tuple[list[int], float]:
    """The tokens the model reads first, and the offset of their time from the take's (seconds): where the
    music proper starts in them, or minus the time of a long primer's part that is not read.
    ``primer``: the primer's notes (N, 4) as the model is to read them (in its key)."""
    if options.start == "primer":
        if primer is None or not len(primer):
            raise StudioError("Continuing needs a primer with notes: select some notes or choose a MIDI file.")
        ids = tok.encode(primer)
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
    return _note_events(tok, options), 0.0


def _note_events(tok: EventTokens, options: GenerateOptions) -> list[int]:
    return [tok.velocity + tok.velocity_bin(options.velocity), tok.NOTE_ON + options.start_pitch]


def _seconds(tok, ids: list[int]) -> float:
    return len(ids) / tok.fs if isinstance(tok, NoteSetTokens) else tok.seconds(ids)


def _decode(tok, ids: np.ndarray, velocity: int) -> np.ndarray:
    if isinstance(tok, NoteSetTokens):
        return tok.decode(ids, velocity)
    return tok.decode(ids, max_note_seconds=MAX_NOTE_SECONDS)


@dataclass(frozen=True)
class KeyPlan:
    """How a take's key is made: ``key`` (None for a model that learned every key); ``shift`` moves the
    model's notes into it; ``primer_shift`` moves the primer into the model's key; ``cue`` the chords
    (pitches) the model hears first, one a beat (model's key), or ()."""

    key: Scale | None = None
    shift: int = 0
    primer_shift: int = 0
    cue: tuple[tuple[int, ...], ...] = ()


def key_plan(model, options: GenerateOptions, primer: Song | None) -> KeyPlan:
    """The key of the takes ``options`` ask of ``model`` (see the module's docstring)."""
    continuing = options.start == "primer" and primer is not None and bool(primer.pitched_notes())
    if not getattr(model.config, "key_normalised", False):
        if options.key:
            raise StudioError("This model was trained on music in every key (before key normalisation), so it "
                              "cannot be asked for one; leave the key on automatic, or use a scale constraint.")
        return KeyPlan()
    if options.key:
        key = Scale.parse(options.key)
    elif continuing:
        key = detect_key(primer.pitched_notes())
    elif options.scale:
        key = key_of_scale(Scale.parse(options.scale))
    else:
        key = Scale(0, "major")
    # C major and A minor share their notes: the shift that takes the key's own mode there fits both.
    shift = shift_between(NORMAL_TONIC[key.mode], key.tonic)
    if continuing:
        own = detect_key(primer.pitched_notes())
        return KeyPlan(key, shift, shift_between(own.tonic, NORMAL_TONIC[own.mode]))
    return KeyPlan(key, shift, 0, CUE_CHORDS[key.mode])


def _take(tok, primer_ids: list[int], generated: np.ndarray, options: GenerateOptions, primer: Song | None,
          offset: float, first: float, stop: float, tempo: float, signature: tuple[int, int], index: int,
          shift: int = 0) -> Song:
    """One variation as a Song: the decoded notes that start in [first, stop), moved back by ``offset``
    and up by ``shift`` semitones (into the take's key), after the primer's tracks."""
    notes = _decode(tok, np.concatenate([np.asarray(primer_ids, dtype=np.int64), generated.astype(np.int64)]),
                    options.velocity)
    made = []
    for p, s, e, v in notes:
        if s >= first and s < stop and 0 <= p + shift <= 127:
            made.append(Note(int(p) + shift, s - offset, min(e, stop) - offset, int(v)))
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
    plan = key_plan(model, options, primer)
    # What the model hears before the take that is not part of it: the key's cue, then random notes.
    hidden: list[int] = []
    if plan.cue:
        beat = 60.0 / tempo
        chords = np.array([(p, i * beat, (i + 1) * beat, options.velocity) for i, chord in enumerate(plan.cue)
                           for p in chord], dtype=np.float64)
        hidden += tok.encode(chords).tolist()
    if options.start == "random":
        randoms = _to_array(random_primer(seed, tempo).pitched_notes())
        hidden += _primer_ids(tok, replace(options, start="primer"), randoms, window)[0]
    if continuing:
        notes = _to_array(primer.pitched_notes()) if primer is not None else None
        if notes is not None and len(notes):
            notes[:, 0] = np.clip(notes[:, 0] + plan.primer_shift, 0, 127)
        primer_ids, offset = _primer_ids(tok, options, notes, window)
    elif hidden:
        # The take starts where the hidden notes end: with the chosen note (moved into the model's key), or
        # with whatever the model plays next.
        note = replace(options, start_pitch=int(np.clip(options.start_pitch - plan.shift, 0, 127)))
        start_ids = []
        if options.start == "note":
            start_ids = [tok.id_with(note.start_pitch)] if isinstance(tok, NoteSetTokens) else _note_events(tok, note)
        primer_ids, offset = hidden + start_ids, _seconds(tok, hidden)
    else:
        primer_ids, offset = _primer_ids(tok, options, None, window)
    primer_end = _seconds(tok, primer_ids)
    if isinstance(tok, NoteSetTokens):
        steps = int(math.ceil(length * tok.fs))
    else:
        steps = int(length * MAX_EVENTS_PER_SECOND) + 16
    # Notes from ``first`` to ``stop`` (in the decoded tokens' time) make the take.
    first, stop = -1.0, offset + length
    if continuing:
        # Continuing: the primer's own notes stay as they were; only what starts after its tokens is new,
        # and the take lasts ``length`` after the primer's end.
        first, stop = primer_end - 1e-6, primer.end + offset + length
    elif hidden:
        first, stop = offset - 1e-6, offset + length
    sample_opts = {"steps": steps, "temperature": options.temperature, "top_k": options.top_k,
                   "top_p": options.top_p}
    if options.scale:
        # The scale as the model plays it (in its own key, before the take is moved into the asked one).
        sample_opts["allowed"] = tok.allowed({p - plan.shift for p in Scale.parse(options.scale).pitch_classes})

    def takes(data: np.ndarray, final: bool, done: int) -> Takes:
        songs = tuple(_take(tok, primer_ids, data[i], options, primer, offset, first, stop, tempo, signature, i,
                            plan.shift) for i in range(len(data)))
        if final:
            fraction = 1.0
        elif isinstance(tok, EventTokens):   # the slowest take's time
            fraction = float(np.clip((elapsed.min() - primer_end) / max(1e-9, stop - primer_end), 0.0, 1.0))
        else:
            fraction = done / steps
        return Takes(songs, done, steps, final, fraction, plan.key.name if plan.key else "")

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
