"""Video highlights benchmark: analysis speed and peak memory (1 min vs 1 h), the seed's path, export.

    python bench/bench_highlights.py            # builds its test files under bench/out/
    python bench/bench_highlights.py --quick    # 1 min and 10 min only

Test files are made by looping ../shared/data/video/auto-editor-example.mp4 (720p30 H.264, AAC 48 kHz
stereo) with stream copy. Each measurement runs in a fresh process, so peak memory (max RSS of the
process and of any worker processes) belongs to that measurement alone.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SOURCE = REPO.parent / "shared" / "data" / "video" / "auto-editor-example.mp4"
OUT = REPO / "bench" / "out"


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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs="+")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
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
    lengths = [1, 10] if args.quick else [1, 60]
    files = {m: make_looped(OUT / f"loop-{m}min.mp4", m) for m in lengths}
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start; files: "
          + ", ".join(f"{m} min" for m in lengths))
    print("x real time = file length / wall time; per CPU-s = file length / CPU seconds (all processes),"
          " which other programs on the machine do not inflate.")
    print("\nAnalysis (RMS + K-weighted sums, Otsu threshold, segments), fresh process each:")
    print(f"{'file':>8} {'workers':>7} {'time s':>8} {'x real time':>12} {'per CPU-s':>10} {'peak MB (main)':>15} "
          f"{'peak MB (worker)':>17}")
    rows = {}
    for m, path in files.items():
        for workers in (1, 2):
            r = run_child("analyse", str(path), str(workers))
            rows[(m, workers)] = r
            print(f"{m:>5} min {r['workers']:>7} {r['elapsed_s']:>8.2f} {r['duration_s'] / r['elapsed_s']:>12.0f} "
                  f"{r['duration_s'] / r['cpu_s']:>10.0f} "
                  f"{r['rss_mb']:>15.0f} {r['children_rss_mb']:>17.0f}")
    print("\nThe seed's path (full decode into memory at 22,050 Hz, then 10 s chunk energy):")
    for m, path in files.items():
        r = run_child("seed", str(path))
        ours = rows[(m, 2)]
        print(f"{m:>5} min  {r['elapsed_s']:>8.2f} s  {r['duration_s'] / r['elapsed_s']:>6.0f}x real time  "
              f"{r['duration_s'] / r['cpu_s']:>5.0f} per CPU-s  "
              f"peak {r['rss_mb']:>6.0f} MB   | ours: {ours['elapsed_s'] / 1:.2f} s, "
              f"{max(ours['rss_mb'], ours['children_rss_mb']):.0f} MB per process -> "
              f"{r['elapsed_s'] / ours['elapsed_s']:.1f}x faster, "
              f"{r['rss_mb'] / max(ours['rss_mb'], ours['children_rss_mb']):.1f}x less memory")
    big = files[max(lengths)]
    print(f"\nExport of a 60 s reel (6 clips) from the {max(lengths)} min 720p30 file:")
    for mode, preset in (("never", "veryfast"), ("never", "ultrafast"), ("keyframes", "veryfast")):
        r = run_child("export", str(big), mode, preset)
        how = "stream copy, cuts widened to keyframes" if r["copied"] else f"re-encode, x264 {preset}"
        print(f"  {how:<40} {r['elapsed_s']:>6.2f} s  {r['reel_s'] / r['elapsed_s']:>5.1f}x real time  "
              f"{r['frames'] / r['elapsed_s']:>6.0f} fps  {r['cpu_s']:>6.1f} CPU-s  peak {r['rss_mb']:.0f} MB")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
