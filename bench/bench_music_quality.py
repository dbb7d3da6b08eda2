"""Quality of the music models on the built-in Bach chorales, after a fixed small CPU budget.

For note-rnn and event-rnn: train on `bach` for whole epochs until --budget seconds have passed (then
the epoch in progress finishes), report validation NLL per token and accuracy; sample --takes takes
of --seconds each and compare their pitch range, polyphony, in-scale rate and empty-beat rate with
the validation chorales'; measure generation speed in tokens per second (one take, no key constraint).

    nice -n 5 .venv/bin/python bench/bench_music_quality.py --workspace /tmp/music-bench

The machine this runs on may be shared: the load average is printed with every figure.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MODELS = {
    "note-rnn": {},                               # the seed's size: 3 GRU layers of 256, window 50, fs 8
    "event-rnn": {"body": "gru"},                  # 2 GRU layers of 256, windows of 256 events
}


def load() -> str:
    return "load average %.2f %.2f %.2f" % os.getloadavg()


def train(model: str, settings: dict, workspace, budget: float, batch_size: int):
    from studio.core.events import EpochMetrics, Finished
    from studio.core.tasks import TaskControl
    from studio.training.config import TrainConfig
    from studio.training.session import TrainingSession

    config = TrainConfig(model=model, dataset="bach", model_config=dict(settings), epochs=1000,
                         batch_size=batch_size, lr=2e-3, device="cpu", grad_clip=1.0)
    session = TrainingSession(config, workspace)
    control = TaskControl()
    t0, last, epochs = time.perf_counter(), None, 0
    for event in session.run(control):
        if isinstance(event, EpochMetrics):
            last, epochs = event, epochs + 1
            print(f"  {model} epoch {epochs}: val NLL {event.val['loss']:.3f} nats/token, accuracy "
                  f"{event.val['accuracy']:.1f} %  ({time.perf_counter() - t0:.0f} s, {load()})", flush=True)
            if time.perf_counter() - t0 >= budget:
                control.stop()
        if isinstance(event, Finished) and event.failure is not None:
            raise SystemExit(f"{model} failed: {event.failure.message}")
    return session.run_folder, last, epochs, time.perf_counter() - t0


def data_stats(workspace):
    """Statistics of the validation chorales (the pieces the models never saw)."""
    from studio.data.bach import cache_folder
    from studio.data.datasets import split_indices
    from studio.data.midi_files import list_midi_files
    from studio.music.metrics import mean_stats, song_stats
    from studio.music.midi_io import read_midi

    files = list_midi_files(cache_folder(workspace.root / "cache"))
    songs = []
    for f in files:
        try:
            songs.append(read_midi(f))
        except Exception:  # noqa: BLE001 - the loader skips what it cannot read; so does this
            continue
    _, val = split_indices(len(songs), 0.1, 0, "bach")
    return mean_stats(song_stats(songs[i]) for i in val), [songs[i] for i in val]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workspace", default="/tmp/music-bench")
    ap.add_argument("--budget", type=float, default=240.0, help="training seconds per model (whole epochs)")
    ap.add_argument("--takes", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()

    import torch

    from studio.core.workspace import Workspace
    from studio.data.bach import convert_chorales
    from studio.music.generate import GenerateOptions, generate_takes, load_music_model
    from studio.music.metrics import mean_stats, song_stats

    torch.set_num_threads(args.threads)
    workspace = Workspace(Path(args.workspace))
    t0 = time.perf_counter()
    for item in convert_chorales(workspace.root / "cache"):
        pass
    print(f"Bach chorales ready in {time.perf_counter() - t0:.0f} s ({load()})")
    reference, _ = data_stats(workspace)
    print("validation chorales:", {k: round(v, 3) for k, v in reference.items()})
    for model, settings in MODELS.items():
        run, last, epochs, seconds = train(model, settings, workspace, args.budget, args.batch_size)
        net = load_music_model(run)
        options = GenerateOptions(seconds=args.seconds, variations=args.takes, seed=0, temperature=1.0)
        takes = None
        for item in generate_takes(run, None, options, model=net):
            takes = item
        stats = mean_stats(song_stats(s) for s in takes.songs)
        # Speed: one take, tokens sampled per second of wall time.
        t1 = time.perf_counter()
        one = None
        for item in generate_takes(run, None, GenerateOptions(seconds=args.seconds, seed=1), model=net):
            one = item
        speed = one.done / (time.perf_counter() - t1)
        print(f"\n== {model}: {epochs} epochs in {seconds:.0f} s; validation NLL {last.val['loss']:.3f} nats/token, "
              f"accuracy {last.val['accuracy']:.1f} %")
        print(f"   generation: {speed:.0f} tokens/s ({one.done} tokens for {args.seconds:.0f} s of music; {load()})")
        for key, value in stats.items():
            ref = reference[key]
            rel = (value - ref) / ref * 100 if ref else float("nan")
            print(f"   {key:17s} takes {value:8.3f}   data {ref:8.3f}   ({rel:+.1f} %)")
        goal = abs(stats["in_scale"] - reference["in_scale"]) / reference["in_scale"] <= 0.05
        print(f"   in-scale goal (within 5 % of the data's): {'met' if goal else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
