"""The built-in music dataset: Bach's chorales from the corpus inside the music21 wheel, as MIDI files.

No download: music21 ships ~400 chorale scores (MusicXML, and three also in Humdrum). They are converted
to MIDI on first use and kept in the workspace's cache (``<workspace>/cache/bach-chorales``), one file
at a time, so that a stopped conversion resumes where it stopped. The conversion is a generator of
Progress that stops between pieces (the GUI runs it in a worker with a progress bar; ``studio music
import bach`` on the command line).

Each score is read by the studio's own MusicXML reader (``studio.data.musicxml``, a few milliseconds a
score); one it rejects is converted by music21 (~0.75 s a score), and the manifest says which path each
piece took. The cache carries a version: a workspace converted by an earlier studio (music21 alone,
version 1) holds the same music and is kept; a cache of an unknown version is converted again, once.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Iterator

from studio.core.atomic import write_bytes, write_json
from studio.core.errors import DataError
from studio.core.tasks import Progress, TaskControl

FOLDER_NAME = "bach-chorales"
MANIFEST = "manifest.json"
# The cache's version. 1 (a manifest without "version"): every piece written by music21; 2: by the studio's
# MusicXML reader, music21 for the scores it rejects. Both give the same notes (bench/bench_chorale_reader.py),
# so a version-1 cache stays valid; a cache of any other version is converted again.
CACHE_VERSION = 2
VALID_VERSIONS = (1, 2)
# Score formats of the corpus that hold music (its .rntxt files are harmonic analyses, not scores), in the
# order preferred when a chorale is in two formats: MusicXML (read by the fast reader) before Humdrum.
SCORE_SUFFIXES = (".mxl", ".xml", ".musicxml", ".krn")
MAX_WORKERS = 8       # processes converting at once
MIN_PER_WORKER = 40   # scores per worker process, at least, to pay for its start (~0.5 s of a core)
BATCH = 8             # scores a worker converts per task: fewer messages, and a stop still comes quickly


def corpus_folder() -> Path:
    """The folder of Bach scores inside the installed music21 wheel (found without importing music21,
    which takes a second or two)."""
    import importlib.util

    spec = importlib.util.find_spec("music21")
    if spec is None:
        raise DataError("The built-in Bach chorales need the 'music21' package; install it with "
                        "'pip install music21'.")
    for location in spec.submodule_search_locations or ():
        folder = Path(location) / "corpus" / "bach"
        if folder.is_dir():
            return folder
    from music21 import corpus  # an unusual installation (a bundle): ask music21 where its corpus is

    paths = corpus.getComposer("bach")
    if not paths:
        raise DataError("The installed music21 has no Bach chorales in its corpus.")
    return Path(paths[0]).parent


def chorale_scores() -> list[Path]:
    """The chorale scores inside the installed music21 wheel, one per chorale, in a stable order.

    A chorale the corpus holds in two formats is listed once, in the first of SCORE_SUFFIXES.
    """
    folder = corpus_folder()
    rank = {suffix: i for i, suffix in enumerate(SCORE_SUFFIXES)}
    best: dict[str, Path] = {}
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        suffix = path.suffix.lower()
        if suffix in rank and path.is_file():
            kept = best.get(path.stem)
            if kept is None or rank[suffix] < rank[kept.suffix.lower()]:
                best[path.stem] = path
    return [best[stem] for stem in sorted(best)]


def cache_folder(cache_dir: Path) -> Path:
    return Path(cache_dir) / FOLDER_NAME


def _manifest(cache_dir: Path) -> dict | None:
    """The finished conversion's manifest, {} when it cannot be read, None when there is none."""
    path = cache_folder(cache_dir) / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def cache_version(cache_dir: Path) -> int | None:
    """The version of the finished conversion in the cache (1 for one without a version), None if none."""
    data = _manifest(cache_dir)
    if data is None:
        return None
    version = data.get("version", 1 if "pieces" in data else 0)
    return version if isinstance(version, int) else 0


def is_converted(cache_dir: Path) -> bool:
    """Whether a finished conversion of a valid version is in the cache (its manifest is written last)."""
    return cache_version(cache_dir) in VALID_VERSIONS


def _clear_stale(folder: Path) -> None:
    """Remove a conversion of an unknown version (the cache's own files): the pieces first, then the
    manifest, so that a crash in between leaves nothing stale to resume from."""
    for path in folder.glob("*.mid"):
        path.unlink(missing_ok=True)
    (folder / MANIFEST).unlink(missing_ok=True)


def _music21_midi_bytes(score_path: Path) -> bytes:
    from music21 import converter, midi

    # forceSource/storePickle: read the score itself and leave music21's pickle cache alone.
    score = converter.parseFile(score_path, forceSource=True, storePickle=False)
    return midi.translate.music21ObjectToMidiFile(score).writestr()


def _convert_one(score: Path, target: Path) -> dict[str, str]:
    """Convert one score to ``target``: {"via": "musicxml"|"music21", "why": why the fast reader rejected it,
    "reason": why it could not be converted at all, or ""} (runs in a worker process too)."""
    from studio.data.musicxml import ScoreRejected, musicxml_to_midi_bytes

    result = {"via": "musicxml", "why": "", "reason": ""}
    try:
        data = musicxml_to_midi_bytes(score)
    except Exception as exc:  # noqa: BLE001 - a score the reader rejects, or a fault of the reader: music21 then
        result.update(via="music21", why=exc.reason if isinstance(exc, ScoreRejected)
                      else f"the studio's reader failed ({exc.__class__.__name__}: {exc})")
        try:
            data = _music21_midi_bytes(score)
        except Exception as exc:  # noqa: BLE001 - music21 raises many kinds for a score it cannot read
            result["reason"] = f"{result['why']}, and music21 could not convert it either ({exc.__class__.__name__})"
            return result
    write_bytes(target, data)
    return result


def _convert_batch(scores: list[Path], folder: Path) -> list[dict[str, str]]:
    return [_convert_one(score, folder / (score.stem + ".mid")) for score in scores]


def _convert(scores: list[Path], folder: Path, control: TaskControl) -> Iterator[tuple[Path, dict[str, str]]]:
    """Convert ``scores`` into ``folder``, yielding (score, its result, see ``_convert_one``) as each is done.

    The fast reader converts a chorale in a few milliseconds of one core; with more than one core and
    enough scores, batches of them are converted in worker processes, one per core, so that the GUI
    process's thread is left free. A stop cancels the batches not yet started.
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
    size = max(1, min(BATCH, len(scores) // (4 * workers)))      # several batches per worker
    batches = iter([scores[i:i + size] for i in range(0, len(scores), size)])
    running = {}

    def submit() -> None:
        # One batch per worker at a time (not all queued at once), so that a stop leaves little to finish.
        batch = next(batches, None)
        if batch is not None:
            running[pool.submit(_convert_batch, batch, folder)] = batch

    try:
        for _ in range(workers):
            submit()
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                batch = running.pop(future)
                yield from zip(batch, future.result())
                control.checkpoint()
                submit()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def convert_chorales(cache_dir: Path, control: TaskControl | None = None,
                     limit: int | None = None) -> Iterator[Progress | Path]:
    """Convert the chorales to MIDI in the cache; yields Progress per piece, then the folder.

    Pieces already converted are kept; a piece that cannot be read is listed in the manifest as skipped,
    and the manifest says which path (the MusicXML reader or music21) each piece took. ``limit``
    converts only the first pieces (tests).
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
    if cache_version(cache_dir) is not None and not is_converted(cache_dir):
        _clear_stale(folder)
    folder.mkdir(parents=True, exist_ok=True)
    skipped, pieces = [], {}
    t0 = time.perf_counter()
    todo = [score for score in scores if not (folder / (score.stem + ".mid")).exists()]
    # The longest scores first, so that the worker processes end together.
    todo.sort(key=lambda score: -score.stat().st_size)
    done = len(scores) - len(todo)
    for score, result in _convert(todo, folder, control):
        if result["reason"]:
            skipped.append({"file": score.name, "reason": result["reason"]})
        else:
            pieces[score.stem + ".mid"] = {"score": score.name, "via": result["via"],
                                          **({"why": result["why"]} if result["why"] else {})}
        done += 1
        eta = (time.perf_counter() - t0) / done * (len(scores) - done)
        yield Progress(done, len(scores), f"Converting the Bach chorales to MIDI: {score.stem}", eta, "pieces")
    if limit is None:
        mids = sorted(p.name for p in folder.glob("*.mid"))
        via = [pieces.get(name, {}).get("via", "earlier") for name in mids]
        write_json(folder / MANIFEST, {
            "version": CACHE_VERSION, "pieces": len(mids), "skipped": skipped,
            "converted_by": {k: via.count(k) for k in ("musicxml", "music21", "earlier") if k in via},
            "files": {name: pieces.get(name, {"via": "earlier"}) for name in mids}})
    yield folder


def conversion_report(cache_dir: Path) -> dict[str, int]:
    """How many pieces of the finished conversion each path wrote: {"musicxml": n, "music21": m, ...}."""
    data = _manifest(cache_dir) or {}
    counts = data.get("converted_by")
    if isinstance(counts, dict):
        return {str(k): int(v) for k, v in counts.items() if isinstance(v, int)}
    return {"music21": int(data.get("pieces", 0))} if data else {}


def conversion_skipped(cache_dir: Path) -> list[dict[str, str]]:
    """The scores a finished conversion could not turn into MIDI, with the reason ({"file", "reason"})."""
    data = _manifest(cache_dir) or {}
    return [s for s in data.get("skipped", []) if isinstance(s, dict)]


def chorales_folder(cache_dir: Path, control: TaskControl | None = None) -> Path:
    """The folder of converted chorales, converting them first if needed (without progress reports)."""
    result = None
    for item in convert_chorales(cache_dir, control):
        if isinstance(item, Path):
            result = item
    assert result is not None
    return result
