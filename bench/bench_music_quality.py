"""Quality of the music models on the built-in Bach chorales, after a fixed small CPU budget.

For note-rnn and event-rnn (small sizes, below): train on `bach` for --budget seconds of wall time (then
stop), report validation NLL per token and accuracy over the whole validation split; sample --takes takes
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

# Small enough to take a few hundred steps within the budget on a shared two-core machine.
MODELS = {
    "note-rnn": {"hidden": 128, "embedding": 64},                  # the seed's shape: 3 GRU layers + attention
    "event-rnn": {"body": "gru", "hidden": 128, "embedding": 64, "window": 128},
}


def load() -> str:
    return "load average %.2f %.2f %.2f" % os.getloadavg()


def train(model: str, settings: dict, workspace, budget: float, batch_size: int):
    """Train for ``budget`` seconds of wall time (stopped between steps); the run keeps a checkpoint."""
    from studio.core.events import EpochMetrics, Finished, StepMetrics
    from studio.core.tasks import TaskControl
    from studio.training.config import TrainConfig
    from studio.training.session import TrainingSession

    config = TrainConfig(model=model, dataset="bach", model_config=dict(settings), epochs=1000,
                         batch_size=batch_size, lr=3e-3, device="cpu", grad_clip=1.0)
    session = TrainingSession(config, workspace)
    control = TaskControl()
    t0, steps = None, 0
    for event in session.run(control):
        if t0 is None and not isinstance(event, Finished):
            t0 = time.perf_counter()        # the clock starts once the data are loaded
        if isinstance(event, StepMetrics):
            steps = event.step
        if isinstance(event, EpochMetrics):
            print(f"  {model} epoch {event.epoch}: val NLL {event.val['loss']:.3f} nats/token "
                  f"({time.perf_counter() - t0:.0f} s, {load()})", flush=True)
        if t0 is not None and time.perf_counter() - t0 >= budget:
            control.stop()
        if isinstance(event, Finished) and event.failure is not None:
            raise SystemExit(f"{model} failed: {event.failure.message}")
    return session.run_folder, steps, time.perf_counter() - t0


def validate(run, workspace) -> dict[str, float]:
    """NLL per token and accuracy over every validation window, from the run's latest checkpoint."""
    import torch

    from studio.data.importers import load_sources
    from studio.data.sources import index_batches
    from studio.training.trained import load_trained_model

    model = load_trained_model(run, "latest")
    split = load_sources("bach", 0.1, 0, request=model.config.data_request(), cache_dir=workspace.root / "cache")
    nll = right = count = 0.0
    with torch.no_grad():
        for batch in split.val.batches(index_batches(len(split.val), 64), "cpu"):
            n = float(batch["mask"][:, 1:].sum())
            terms = model.validation_step(batch)
            nll += float(terms["loss"]) * n
            right += float(terms["accuracy"]) / 100 * n
            count += n
    return {"loss": nll / count, "accuracy": 100 * right / count, "tokens": count}


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
    ap.add_argument("--budget", type=float, default=240.0, help="training seconds per model")
    ap.add_argument("--takes", type=int, default=8)
    ap.add_argument("--temperatures", type=float, nargs="+", default=[1.0, 0.8])
    ap.add_argument("--reuse", action="store_true", help="measure the newest run of each model instead of training")
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--threads", type=int, default=1, help="torch threads (1: steadier on a shared machine)")
    args = ap.parse_args()

    import torch

    from studio.core.workspace import Workspace
    from studio.data.bach import convert_chorales
    from studio.music.generate import GenerateOptions, generate_takes
    from studio.training.trained import load_trained_model
    from studio.music.metrics import mean_stats, song_stats

    torch.set_num_threads(args.threads)
    workspace = Workspace(Path(args.workspace))
    t0 = time.perf_counter()
    for item in convert_chorales(workspace.root / "cache"):
        pass
    print(f"Bach chorales ready in {time.perf_counter() - t0:.0f} s ({load()})", flush=True)
    reference, _ = data_stats(workspace)
    print("validation chorales:", {k: round(v, 3) for k, v in reference.items()}, flush=True)
    for model, settings in MODELS.items():
        if args.reuse:          # the newest run of this model in the workspace, as it was left
            run = next(r for r in workspace.runs()[::-1] if r.info().get("model") == model)
            steps, seconds = run.info().get("steps_done", 0), run.info().get("time", 0.0)
        else:
            run, steps, seconds = train(model, settings, workspace, args.budget, args.batch_size)
        val = validate(run, workspace)
        net = load_trained_model(run, "latest")
        by_temperature = {}
        for temperature in args.temperatures:
            options = GenerateOptions(seconds=args.seconds, variations=args.takes, seed=0, temperature=temperature)
            takes = None
            for item in generate_takes(run, None, options, model=net):
                takes = item
            by_temperature[temperature] = mean_stats(song_stats(s) for s in takes.songs)
        # Speed: one take, tokens sampled per second of wall time.
        t1 = time.perf_counter()
        one = None
        for item in generate_takes(run, None, GenerateOptions(seconds=args.seconds, seed=1), model=net):
            one = item
        speed = one.done / (time.perf_counter() - t1)
        print(f"\n== {model} {settings}: {steps} steps in {seconds:.0f} s; validation NLL {val['loss']:.3f} "
              f"nats/token, accuracy {val['accuracy']:.1f} % over {val['tokens']:.0f} tokens ({load()})")
        print(f"   generation: {speed:.0f} tokens/s ({one.done} tokens for {args.seconds:.0f} s of music; {load()})")
        for temperature, stats in by_temperature.items():
            print(f"   takes at temperature {temperature:g}:")
            for key, value in stats.items():
                ref = reference[key]
                rel = (value - ref) / ref * 100 if ref else float("nan")
                print(f"   {key:17s} takes {value:8.3f}   data {ref:8.3f}   ({rel:+.1f} %)")
            goal = abs(stats["in_scale"] - reference["in_scale"]) / reference["in_scale"] <= 0.05
            print(f"   in-scale goal (within 5 % of the data's): {'met' if goal else 'MISSED'}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
