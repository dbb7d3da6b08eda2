"""The studio's MusicXML reader against music21 on every chorale of the corpus: the same notes? how fast?

For each chorale score (``studio.data.bach.chorale_scores``) it writes MIDI with the fast reader
(``studio.data.musicxml``, timed in CPU seconds of this process) and with music21 (in worker processes;
kept in ``--reference-dir`` so that a second run re-times only the reader), then compares the notes
part by part (``chorale_compare.compare``: pitch, onset and length in beats, times in seconds, velocity).
It prints how many scores the reader took and how many match music21 exactly, the worst differences,
the scores it rejected and why, the time per score; ``--convert`` also times the whole conversion as the
app runs it (``convert_chorales`` into an empty cache: wall time and the CPU seconds of all processes).
The machine is shared: the load average is printed next to each figure.

    nice -n 5 python bench/bench_chorale_reader.py [--limit N] [--workers 2] [--reference-dir DIR] [--convert]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def load() -> str:
    return "load %.1f %.1f %.1f" % os.getloadavg()


def cpu_seconds() -> float:
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def music21_midi(score: str) -> tuple[bytes | None, float, str]:
    """music21's MIDI of ``score`` (None when it fails), the CPU seconds it took, and the error."""
    from studio.data.bach import _music21_midi_bytes

    t0 = time.process_time()
    try:
        data = _music21_midi_bytes(Path(score))
    except Exception as exc:  # noqa: BLE001 - report any failure of music21
        return None, time.process_time() - t0, f"{exc.__class__.__name__}: {exc}"
    return data, time.process_time() - t0, ""


def references(scores: list[Path], folder: Path, workers: int) -> dict[str, bytes | None]:
    """music21's MIDI of each score, from ``folder`` or converted now (and kept there)."""
    from concurrent.futures import ProcessPoolExecutor

    folder.mkdir(parents=True, exist_ok=True)
    out, todo = {}, []
    for score in scores:
        cached = folder / (score.name + ".mid")
        if cached.exists():
            out[score.name] = cached.read_bytes() or None
        else:
            todo.append(score)
    if todo:
        t0, cpu = time.perf_counter(), []
        print(f"music21: converting {len(todo)} scores in {workers} processes ({load()})", flush=True)
        with ProcessPoolExecutor(workers) as pool:
            for score, (data, seconds, error) in zip(todo, pool.map(music21_midi, map(str, todo), chunksize=4)):
                (folder / (score.name + ".mid")).write_bytes(data or b"")
                out[score.name] = data
                cpu.append(seconds)
                if error:
                    print(f"  music21 failed on {score.name}: {error}")
        print(f"music21: {len(todo)} scores in {time.perf_counter() - t0:.0f} s wall, {sum(cpu):.0f} CPU-s "
              f"({statistics.median(cpu) * 1000:.0f} ms a score, median) ({load()})", flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N scores")
    parser.add_argument("--workers", type=int, default=2, help="music21 processes (default 2)")
    parser.add_argument("--reference-dir", default=str(Path(tempfile.gettempdir()) / "studio-music21-chorales"),
                        help="where music21's MIDI files are kept between runs")
    parser.add_argument("--convert", action="store_true", help="also time convert_chorales into an empty cache")
    args = parser.parse_args()

    from chorale_compare import compare

    from studio.data.bach import chorale_scores
    from studio.data.musicxml import ScoreRejected, musicxml_to_midi_bytes

    scores = chorale_scores()[:args.limit]
    print(f"{len(scores)} chorale scores, {os.cpu_count()} CPUs ({load()})", flush=True)
    refs = references(scores, Path(args.reference_dir), args.workers)

    fast, rejected, times = {}, [], []
    musicxml_to_midi_bytes(scores[0])          # warm up: imports pretty_midi
    for score in scores:
        t0 = time.process_time()
        try:
            fast[score.name] = musicxml_to_midi_bytes(score)
        except ScoreRejected as exc:
            rejected.append((score.name, str(exc)))
            continue
        times.append(time.process_time() - t0)
    print(f"reader: {len(fast)} of {len(scores)} scores in {sum(times):.2f} CPU-s, {statistics.median(times) * 1000:.1f} "
          f"ms a score (median), {max(times) * 1000:.1f} ms at most ({load()})")
    for name, why in rejected:
        print(f"  rejected (music21 converts it): {why}")

    exact, differ, no_reference = 0, [], []
    worst = {"onset": (0.0, ""), "length": (0.0, ""), "seconds": (0.0, "")}
    programs = names = 0
    for name, data in fast.items():
        reference = refs.get(name)
        if reference is None:
            no_reference.append(name)
            continue
        c = compare(data, reference)
        programs += c.programs_differ > 0
        names += c.names_differ > 0
        if not c.same_notes:
            differ.append((name, c))
            continue
        for key, value in (("onset", c.worst_onset_beats), ("length", c.worst_length_beats),
                           ("seconds", c.worst_seconds)):
            if value > worst[key][0]:
                worst[key] = (value, name)
        exact += 1
    compared = len(fast) - len(no_reference)
    print(f"same notes as music21 (pitch, onset and length within 0.001 beat and 1 ms, velocity): "
          f"{exact} of {compared} scores")
    print(f"worst differences of those: onset {worst['onset'][0]:.2g} beats ({worst['onset'][1]}), length "
          f"{worst['length'][0]:.2g} beats ({worst['length'][1]}), times {worst['seconds'][0] * 1000:.2g} ms "
          f"({worst['seconds'][1]})")
    print(f"scores whose MIDI program differs: {programs}; whose track names differ: {names}")
    for name, c in differ[:20]:
        print(f"  differs: {name}: {c.first_difference} (notes {c.notes[0]} against {c.notes[1]})")
    if no_reference:
        print(f"  music21 could not convert (no reference): {', '.join(no_reference)}")

    if args.convert:
        from studio.data.bach import convert_chorales

        with tempfile.TemporaryDirectory(prefix="studio-bach-convert-") as tmp:
            cpu, t0 = cpu_seconds(), time.perf_counter()
            for _ in convert_chorales(Path(tmp)):
                pass
            wall, cpu = time.perf_counter() - t0, cpu_seconds() - cpu
            from studio.data.bach import conversion_report

            print(f"convert_chorales: {wall:.1f} s wall, {cpu:.1f} CPU-s (all processes), "
                  f"{conversion_report(Path(tmp))} ({load()})")


if __name__ == "__main__":
    main()
