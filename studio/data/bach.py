"""The built-in music dataset: Bach's chorales from the corpus inside the music21 wheel, as MIDI files.

No download: music21 ships ~400 chorale scores (MusicXML and Humdrum). They are converted to MIDI on first
use and kept in the workspace's cache (``<workspace>/cache/bach-chorales``), one file at a time, so that a
stopped conversion resumes where it stopped. The conversion is a generator of Progress that stops between
pieces (the GUI runs it in a worker with a progress bar; ``studio music import bach`` on the command line).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Iterator

from studio.core.atomic import write_bytes, write_json
from studio.core.errors import DataError
from studio.core.tasks import Progress, TaskControl

FOLDER_NAME = "bach-chorales"
MANIFEST = "manifest.json"
# Score formats of the corpus that hold music (its .rntxt files are harmonic analyses, not scores).
SCORE_SUFFIXES = (".mxl", ".xml", ".musicxml", ".krn")
MAX_WORKERS = 8       # processes converting at once (each holds music21, ~100 MB)
MIN_PER_WORKER = 8    # scores per worker process, at least, to pay for its start (importing music21)


def chorale_scores() -> list[Path]:
    """The chorale scores inside the installed music21 wheel, in a stable order."""
    try:
        from music21 import corpus
    except ImportError:
        raise DataError("The built-in Bach chorales need the 'music21' package; install it with "
                        "'pip install music21'.") from None
    paths = [Path(p) for p in corpus.getComposer("bach")]
    return sorted(p for p in paths if p.suffix.lower() in SCORE_SUFFIXES)


def cache_folder(cache_dir: Path) -> Path:
    return Path(cache_dir) / FOLDER_NAME


def is_converted(cache_dir: Path) -> bool:
    """Whether a finished conversion is in the cache (its manifest is written last)."""
    return (cache_folder(cache_dir) / MANIFEST).exists()


def _to_midi_bytes(score_path: Path) -> bytes:
    from music21 import converter, midi

    # forceSource/storePickle: read the score itself and leave music21's pickle cache alone.
    score = converter.parseFile(score_path, forceSource=True, storePickle=False)
    return midi.translate.music21ObjectToMidiFile(score).writestr()


def _convert_one(score: Path, target: Path) -> str:
    """Convert one score to ``target``; the reason it could not be, or "" (runs in a worker process)."""
    try:
        write_bytes(target, _to_midi_bytes(score))
    except Exception as exc:  # noqa: BLE001 - music21 raises many kinds for a score it cannot read
        return f"music21 could not convert it ({exc.__class__.__name__})"
    return ""


def _convert(scores: list[Path], folder: Path, control: TaskControl) -> Iterator[tuple[Path, str]]:
    """Convert ``scores`` into ``folder``, yielding (score, reason it failed or "") as each is done.

    Parsing a score is pure Python (~0.2-0.7 s of one core each): with more than one core, the scores
    are parsed in worker processes, one per core, which makes a first start's conversion several times
    faster on a laptop (a handful of scores is done here: a worker's start would cost more). A stop
    cancels the scores not yet started; the ones being parsed are finished and kept.
    """
    workers = min(len(scores) // MIN_PER_WORKER, os.cpu_count() or 1, MAX_WORKERS)
    if workers <= 1:
        for score in scores:
            control.checkpoint()
            yield score, _convert_one(score, folder / (score.stem + ".mid"))
        return
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    waiting = iter(scores)
    running = {}

    def submit() -> None:
        # One score per worker at a time (not all queued at once), so that a stop leaves little to finish.
        score = next(waiting, None)
        if score is not None:
            running[pool.submit(_convert_one, score, folder / (score.stem + ".mid"))] = score

    try:
        for _ in range(workers):
            submit()
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                score = running.pop(future)
                yield score, future.result()
                control.checkpoint()
                submit()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def convert_chorales(cache_dir: Path, control: TaskControl | None = None,
                     limit: int | None = None) -> Iterator[Progress | Path]:
    """Convert the chorales to MIDI in the cache; yields Progress per piece, then the folder.

    Pieces already converted are kept; a piece music21 cannot read is listed in the manifest as skipped.
    ``limit`` converts only the first pieces (tests).
    """
    control = control or TaskControl()
    folder = cache_folder(cache_dir)
    if is_converted(cache_dir) and limit is None:
        yield folder
        return
    scores = chorale_scores()
    if limit is not None:
        scores = scores[:limit]
    if not scores:
        raise DataError("The installed music21 has no Bach chorales in its corpus.")
    folder.mkdir(parents=True, exist_ok=True)
    skipped = []
    t0 = time.perf_counter()
    # A chorale the corpus holds in two formats is converted once (same name): the first in the list.
    todo = {}
    for score in scores:
        if not (folder / (score.stem + ".mid")).exists():
            todo.setdefault(score.stem, score)
    done = len(scores) - len(todo)
    for score, reason in _convert(list(todo.values()), folder, control):
        if reason:
            skipped.append({"file": score.name, "reason": reason})
        done += 1
        eta = (time.perf_counter() - t0) / done * (len(scores) - done)
        yield Progress(done, len(scores), f"Converting the Bach chorales to MIDI: {score.stem}", eta, "pieces")
    if limit is None:
        # A chorale the corpus holds in two formats is converted once (same name).
        write_json(folder / MANIFEST, {"pieces": len(list(folder.glob("*.mid"))), "skipped": skipped})
    yield folder


def conversion_skipped(cache_dir: Path) -> list[dict[str, str]]:
    """The scores a finished conversion could not turn into MIDI, with the reason ({"file", "reason"})."""
    import json

    try:
        data = json.loads((cache_folder(cache_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [s for s in data.get("skipped", []) if isinstance(s, dict)]


def chorales_folder(cache_dir: Path, control: TaskControl | None = None) -> Path:
    """The folder of converted chorales, converting them first if needed (without progress reports)."""
    result = None
    for item in convert_chorales(cache_dir, control):
        if isinstance(item, Path):
            result = item
    assert result is not None
    return result
