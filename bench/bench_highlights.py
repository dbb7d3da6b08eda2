"""Video highlights: the whole `studio highlights` command against the plainest loop, and more.

    python bench/bench_highlights.py                  # 1, 10 and 30 min files, 5 pairs each
    python bench/bench_highlights.py --minutes 1,10 --pairs 7
    python bench/bench_highlights.py --extras         # also: the seed's path and the export of a reel
    python bench/bench_highlights.py --minutes 1 --pairs 11 --before DIR   # this checkout against another

The main comparison (issue 11) times each side as a user meets it: a fresh process with the clock
around it, imports and start-up included. One side is `python -m studio highlights --segments-only`,
which measures RMS and K-weighted loudness per 50 ms and finds the highlights; the other is
`bench/peer_rms.py`, a 30-line streaming PyAV loop that decodes the sound and prints an RMS per 0.5 s
window. They run in pairs (bench/pairs.py: the order alternates, both sides warm up first) and the
figure is the median of the pairs' time ratios, peer / studio (above 1: the studio is faster). Peak
memory is the largest resident set of the process and of any worker it started (``wait4``'s rusage).
Both sides keep compiled bytecode between runs, as installed programs do (``USER_ENV``).

Test files loop ../shared/data/video/auto-editor-example.mp4 (720p30 H.264, AAC 48 kHz stereo) by
stream copy to the exact length, in a temporary folder (``--files``) that is kept for the next run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))
SOURCE = REPO.parent / "shared" / "data" / "video" / "auto-editor-example.mp4"
OUT = Path(tempfile.gettempdir()) / "studio-bench-highlights"
PEER = Path(__file__).resolve().parent / "peer_rms.py"
# As a user runs it: an installed program has its modules compiled to bytecode once, so both sides may
# keep theirs (in a folder of their own; a development shell that sets PYTHONDONTWRITEBYTECODE would
# otherwise make the studio compile its ~20 modules on every start, and the one-file peer nothing).
USER_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
USER_ENV["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "studio-bench-pycache")


def make_looped(dst: Path, minutes: float) -> Path:
    """Loop the example by remuxing its packets (no re-encode), shifting each pass by its length."""
    import av

    if dst.exists():
        return dst
    tmp = dst.with_suffix(".part.mp4")
    with av.open(str(SOURCE)) as inp, av.open(str(tmp), "w") as out:
        vi, ai = inp.streams.video[0], inp.streams.audio[0]
        vo, ao = out.add_stream_from_template(vi), out.add_stream_from_template(ai)
        packets = [p for p in inp.demux(vi, ai) if p.dts is not None]
        # One pass lasts as long as its longer stream, so the streams never overlap across passes.
        ends = {}
        for p in packets:
            end = float((p.pts + (p.duration or 0)) * p.stream.time_base)
            ends[p.stream.index] = max(ends.get(p.stream.index, 0.0), end)
        span = max(ends.values())
        loops = int(minutes * 60 // span) + 1
        for k in range(loops):
            for p in packets:
                s = p.stream
                if k * span + float(p.pts * s.time_base) >= minutes * 60:
                    continue   # cut at the exact length (the last pass is partial)
                shift = int(round(k * span / s.time_base))
                q = av.Packet(bytes(p))
                q.pts, q.dts, q.is_keyframe, q.time_base = p.pts + shift, p.dts + shift, p.is_keyframe, s.time_base
                q.duration = p.duration
                q.stream = vo if s is vi else ao
                out.mux(q)
    tmp.rename(dst)
    return dst


def cpu_s() -> float:
    """CPU seconds (user + system) of this process and its finished workers."""
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


def peak_rss_mb() -> tuple[float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def child_analyse(path: str, workers: int) -> dict:
    from studio.video.analysis import AnalysisSettings, analyse_to_end
    from studio.video.loudness import LoudnessSettings
    from studio.video.segments import SegmentRules, ThresholdSpec, find_segments, resolve_threshold

    t = time.perf_counter()
    result = analyse_to_end(path, AnalysisSettings(workers=workers))
    curve = result.curve(LoudnessSettings())
    thr = resolve_threshold(curve, ThresholdSpec())
    segs = find_segments(curve, thr.value, SegmentRules())
    elapsed = time.perf_counter() - t
    me, kids = peak_rss_mb()
    return {"elapsed_s": elapsed, "cpu_s": cpu_s(), "duration_s": result.duration_s, "workers": result.workers,
            "segments": len(segs), "rss_mb": me, "children_rss_mb": kids}


def child_seed(path: str) -> dict:
    """The seed's path, librosa style: decode the whole track into memory as 22,050 Hz mono float32,
    then the energy of each 10 s chunk (sum of squares) against a fixed threshold."""
    import av
    import numpy as np

    t = time.perf_counter()
    with av.open(path) as c:
        res = av.AudioResampler(format="flt", layout="mono", rate=22050)
        parts = []
        for frame in c.decode(audio=0):
            parts += [f.to_ndarray().reshape(-1) for f in res.resample(frame)]
        parts += [f.to_ndarray().reshape(-1) for f in res.resample(None)]
    y = np.concatenate(parts)
    del parts
    chunk = 10 * 22050
    n = y.size // chunk
    energy = np.array([np.sum(y[i * chunk:(i + 1) * chunk] ** 2) for i in range(n)])
    exciting = energy > 2205.0
    elapsed = time.perf_counter() - t
    me, kids = peak_rss_mb()
    return {"elapsed_s": elapsed, "cpu_s": cpu_s(), "duration_s": y.size / 22050, "chunks": int(n),
            "exciting": int(exciting.sum()), "rss_mb": me, "children_rss_mb": kids}


def child_export(path: str, mode: str, preset: str) -> dict:
    from studio.core.tasks import drain
    from studio.video.export import ExportResult, ExportSettings, export_reel
    from studio.video.segments import Segment

    # Six clips, 60 s in all, with cuts off the keyframe grid (the example has a keyframe every 2 s).
    segs = [Segment(0.7 + k * 300.0, 10.7 + k * 300.0) for k in range(6)]
    out = OUT / f"reel-{mode}-{preset}.mp4"
    t = time.perf_counter()
    items = drain(export_reel(path, segs, out, ExportSettings(copy=mode, preset=preset)))
    elapsed = time.perf_counter() - t
    res = [i for i in items if isinstance(i, ExportResult)][0]
    me, kids = peak_rss_mb()
    return {"elapsed_s": elapsed, "cpu_s": cpu_s(), "reel_s": res.duration_s, "copied": res.stream_copied,
            "frames": int(round(res.duration_s * 30)), "rss_mb": me}


def run_child(*args: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True,
                          cwd=REPO, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def timed_process(cmd: list[str], cwd: Path = REPO) -> dict:
    """Wall seconds around a whole process, its CPU seconds and its peak RSS (MB), workers included
    (``wait4`` reports the largest resident set among the process and the children it waited for)."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=USER_ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{err}")
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024}


def duration_s(path: Path) -> float:
    from studio.video.audio import probe

    return probe(path).duration_s


def compare_with_peer(files: dict[float, Path], pairs: int) -> None:
    from pairs import run_pairs, spread

    print(f"\nThe whole command against the plainest loop ({pairs} pairs per file, order alternating, one "
          "warm-up each; wall = clock around the process):")
    print(f"{'file':>9} {'studio s':>9} {'peer s':>7} {'peer/studio':>24} {'x real time':>12} "
          f"{'CPU-s studio/peer':>18} {'peak MB studio/peer':>20} {'load':>5}")
    csv = OUT / "segments.csv"
    for minutes, path in files.items():
        length = duration_s(path)
        studio = [sys.executable, "-m", "studio", "highlights", "--segments-only", "-q", "-y", str(path),
                  "-o", str(csv)]
        peer = [sys.executable, str(PEER), str(path)]
        got = run_pairs({"studio": lambda _: timed_process(studio), "peer": lambda _: timed_process(peer)},
                        pairs=pairs)
        r = spread(got.ratios("peer", "studio", "wall_s"))
        st, pe = spread(got.values("studio", "wall_s")), spread(got.values("peer", "wall_s"))
        cpu = spread(got.values("studio", "cpu_s"))["median"], spread(got.values("peer", "cpu_s"))["median"]
        rss = max(got.values("studio", "rss_mb")), max(got.values("peer", "rss_mb"))
        best = min(got.values("studio", "wall_s"))
        print(f"{length / 60:>5.1f} min {st['median']:>9.2f} {pe['median']:>7.2f} "
              f"{r['median']:>6.2f} ({r['min']:.2f}–{r['max']:.2f}, IQR {r['q1']:.2f}–{r['q3']:.2f}) "
              f"{length / st['median']:>6.0f} ({length / best:.0f} best) {cpu[0]:>7.2f} / {cpu[1]:<8.2f} "
              f"{rss[0]:>9.0f} / {rss[1]:<8.0f} {max(got.loads):>5.1f}", flush=True)


def compare_with_checkout(files: dict[float, Path], pairs: int, before: Path) -> None:
    """The same command from another checkout of the studio (``--before DIR``, e.g. an older commit's
    ``git archive``), paired against this one: what a change did to the whole command."""
    from pairs import run_pairs, spread

    print(f"\nThis checkout against {before} ({pairs} pairs per file, order alternating, one warm-up each):")
    print(f"{'file':>9} {'before s':>9} {'after s':>8} {'after/before wall':>24} {'after/before CPU-s':>26} "
          f"{'CPU-s before/after':>19} {'load':>5}")
    csv = OUT / "segments.csv"
    for minutes, path in files.items():
        cmd = [sys.executable, "-m", "studio", "highlights", "--segments-only", "-q", "-y", str(path), "-o", str(csv)]
        got = run_pairs({"before": lambda _: timed_process(cmd, before), "after": lambda _: timed_process(cmd)},
                        pairs=pairs)
        wall, cpu = spread(got.ratios("after", "before", "wall_s")), spread(got.ratios("after", "before", "cpu_s"))
        b, a = spread(got.values("before", "wall_s")), spread(got.values("after", "wall_s"))
        cb, ca = spread(got.values("before", "cpu_s")), spread(got.values("after", "cpu_s"))
        print(f"{minutes:>5.1f} min {b['median']:>9.3f} {a['median']:>8.3f} {wall['median']:>8.3f} "
              f"(IQR {wall['q1']:.3f}–{wall['q3']:.3f}) {cpu['median']:>8.3f} ({cpu['min']:.3f}–{cpu['max']:.3f}) "
              f"{cb['median']:>9.3f} / {ca['median']:<7.3f} {max(got.loads):>5.1f}", flush=True)


def extras(files: dict[float, Path]) -> None:
    """The seed's path (full decode into memory) against the analysis in one process, and the export."""
    print("\nThe seed's path (full decode into memory at 22,050 Hz, then 10 s chunk energy), against the "
          "analysis in one process, in the same fresh-process harness:")
    for m, path in files.items():
        r, ours = run_child("seed", str(path)), run_child("analyse", str(path), "1")
        print(f"{m:>5} min  seed {r['elapsed_s']:>6.2f} s, peak {r['rss_mb']:>5.0f} MB | ours (1 process) "
              f"{ours['elapsed_s']:.2f} s, {ours['rss_mb']:.0f} MB -> {r['elapsed_s'] / ours['elapsed_s']:.1f}x "
              f"faster, {r['rss_mb'] / ours['rss_mb']:.1f}x less memory", flush=True)
    big = files[max(files)]
    print(f"\nExport of a 60 s reel (6 clips) from the {max(files):g} min 720p30 file:")
    for mode, preset in (("never", "veryfast"), ("never", "ultrafast"), ("keyframes", "veryfast")):
        r = run_child("export", str(big), mode, preset)
        how = "stream copy, cuts widened to keyframes" if r["copied"] else f"re-encode, x264 {preset}"
        print(f"  {how:<40} {r['elapsed_s']:>6.2f} s  {r['reel_s'] / r['elapsed_s']:>5.1f}x real time  "
              f"{r['frames'] / r['elapsed_s']:>6.0f} fps  {r['cpu_s']:>6.1f} CPU-s  peak {r['rss_mb']:.0f} MB")


def main() -> None:
    global OUT
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--minutes", default="1,10,30", help="lengths of the test files (comma-separated)")
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--files", default=str(OUT), help="folder for the looped test files (kept)")
    parser.add_argument("--extras", action="store_true", help="also the seed's path and the export")
    parser.add_argument("--before", metavar="DIR", help="instead of the peer: the same command from another "
                        "checkout of the studio (e.g. `git archive COMMIT | tar -x -C DIR`), paired against this one")
    args = parser.parse_args()
    OUT = Path(args.files)
    if args.child:
        kind, *rest = args.child
        if kind == "analyse":
            print(json.dumps(child_analyse(rest[0], int(rest[1]))))
        elif kind == "seed":
            print(json.dumps(child_seed(rest[0])))
        elif kind == "export":
            print(json.dumps(child_export(rest[0], rest[1], rest[2])))
        return
    OUT.mkdir(parents=True, exist_ok=True)
    lengths = [float(m) for m in args.minutes.split(",")]
    files = {m: make_looped(OUT / f"loop-{m:g}min.mp4", m) for m in lengths}
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the start; Python "
          f"{sys.version.split()[0]}; files in {OUT}")
    if args.before:
        compare_with_checkout(files, args.pairs, Path(args.before).resolve())
    else:
        compare_with_peer(files, args.pairs)
    if args.extras:
        extras(files)
    print(f"load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
