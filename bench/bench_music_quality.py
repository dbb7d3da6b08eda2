"""Quality of the music models on the built-in Bach chorales, after a fixed CPU budget.

For note-rnn and event-rnn with the Piano roll tab's CPU settings (studio.music.presets): train on `bach`
for --budget seconds of this process's CPU time (then stop; CPU time, not wall time, so that a loaded
machine gives the same training, only later), report validation NLL per token and accuracy over the
whole validation split; sample --takes takes of --seconds each and compare their pitch range, polyphony,
in-scale rate and empty-beat rate with the validation chorales' (whole, and cut into takes' lengths, the
same key detection on the same length); measure generation speed in tokens per second (one take).

    nice -n 5 .venv/bin/python bench/bench_music_quality.py --workspace /tmp/music-bench --models note-rnn

The machine this runs on may be shared: the load average is printed with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studio.music.presets import CPU_MODEL_SETTINGS as MODELS  # noqa: E402 - after the path


def load() -> str:
    return "load average %.2f %.2f %.2f" % os.getloadavg()


def train(model: str, workspace, budget: float, batch_size: int | None, overrides: dict | None = None):
    """Train for ``budget`` CPU seconds (stopped between steps); the run keeps a checkpoint.
    Returns the run, the steps, the CPU seconds and the wall seconds."""
    from studio.core.events import EpochMetrics, Finished, StepMetrics
    from studio.core.tasks import TaskControl
    from studio.music.presets import cpu_train_config
    from studio.training.session import TrainingSession

    extra = {"batch_size": batch_size} if batch_size else {}
    config = cpu_train_config(model, "bach", epochs=1000, model_config=overrides, device="cpu", **extra)
    print(f"  {model}: {config.model_config}, lr {config.lr:g}, batch {config.batch_size}, clip {config.grad_clip:g}",
          flush=True)
    session = TrainingSession(config, workspace)
    control = TaskControl()
    t0 = c0 = None
    steps = 0
    for event in session.run(control):
        if t0 is None and not isinstance(event, Finished):
            # The clocks start once the data are loaded.
            t0, c0 = time.perf_counter(), time.process_time()
        if isinstance(event, StepMetrics):
            steps = event.step
        if isinstance(event, EpochMetrics):
            print(f"  {model} epoch {event.epoch}: val NLL {event.val['loss']:.3f} nats/token, step {steps} "
                  f"({time.process_time() - c0:.0f} CPU s, {time.perf_counter() - t0:.0f} s, {load()})", flush=True)
        if c0 is not None and time.process_time() - c0 >= budget:
            control.stop()
        if isinstance(event, Finished) and event.failure is not None:
            raise SystemExit(f"{model} failed: {event.failure.message}")
    return session.run_folder, steps, time.process_time() - c0, time.perf_counter() - t0


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


def excerpt_stats(songs, seconds: float) -> dict[str, float]:
    """The statistics of the pieces cut into ``seconds``-long excerpts (the takes' length)."""
    import numpy as np

    from studio.music.metrics import mean_stats, piece_stats

    stats = []
    for song in songs:
        notes = song.pitched_notes()
        t = 0.0
        while t + seconds / 2 < song.end:
            part = [(n.pitch, n.start - t, min(n.end, t + seconds) - t) for n in notes if t <= n.start < t + seconds]
            stats.append(piece_stats(np.array(part, dtype=np.float64).reshape(-1, 3), song.tempo_bpm))
            t += seconds
    return mean_stats(stats)


def tokenised_stats(model, songs) -> dict[str, float]:
    """The statistics of the validation chorales after the model's tokeniser (what it can reproduce at best)."""
    import numpy as np

    from studio.music.generate import tokenizer_of
    from studio.music.metrics import mean_stats, piece_stats

    tok = tokenizer_of(model)
    stats = []
    for song in songs:
        notes = np.array([(n.pitch, n.start, n.end, n.velocity) for n in song.pitched_notes()], np.float64)
        decoded = np.asarray(tok.decode(tok.encode(notes)))
        stats.append(piece_stats(decoded.reshape(-1, 4)[:, :3] if decoded.size else decoded.reshape(0, 3),
                                 song.tempo_bpm))
    return mean_stats(stats)


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
    ap.add_argument("--budget", type=float, default=600.0, help="training CPU seconds per model")
    ap.add_argument("--models", nargs="+", default=list(MODELS), choices=list(MODELS))
    ap.add_argument("--takes", type=int, default=16)
    ap.add_argument("--temperatures", type=float, nargs="+", default=[1.0, 0.8])
    ap.add_argument("--top-p", type=float, nargs="+", default=[1.0, 0.95],
                    help="nucleus sizes to sample with at temperature 1 (1: the full distribution)")
    ap.add_argument("--reuse", action="store_true", help="measure the newest run of each model instead of training")
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--batch-size", type=int, help="instead of the tab's")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="a model setting instead of the tab's, e.g. --set transpose=5 (repeatable)")
    ap.add_argument("--threads", type=int, default=1, help="torch threads (1: steadier on a shared machine)")
    ap.add_argument("--no-cue", action="store_true",
                    help="ablation: a key-normalised model hears no tonic chord before a take")
    args = ap.parse_args()

    import numpy as np
    import torch

    from studio.core.workspace import Workspace
    from studio.data.bach import convert_chorales
    from studio.music.generate import GenerateOptions, generate_takes
    from studio.training.trained import load_trained_model
    from studio.music.metrics import mean_stats, song_stats
    from studio.music.scales import detect_key

    torch.set_num_threads(args.threads)
    if args.no_cue:
        import studio.music.generate as generate

        generate.CUE_CHORDS = {"major": (), "minor": ()}
    workspace = Workspace(Path(args.workspace))
    t0 = time.perf_counter()
    for item in convert_chorales(workspace.root / "cache"):
        pass
    print(f"Bach chorales ready in {time.perf_counter() - t0:.0f} s ({load()})", flush=True)
    reference, val_songs = data_stats(workspace)
    print("validation chorales:", {k: round(v, 3) for k, v in reference.items()}, flush=True)
    print(f"the same in {args.seconds:g}-s excerpts:",
          {k: round(v, 3) for k, v in excerpt_stats(val_songs, args.seconds).items()}, flush=True)
    for model in args.models:
        settings = MODELS[model]
        if args.reuse:          # the newest run of this model in the workspace, as it was left
            run = next(r for r in workspace.runs()[::-1] if r.info().get("model") == model)
            steps, cpu, seconds = run.info().get("steps_done", 0), float("nan"), run.info().get("time", 0.0)
        else:
            overrides = {k: json.loads(v) for k, v in (item.split("=", 1) for item in args.set)}
            run, steps, cpu, seconds = train(model, workspace, args.budget, args.batch_size, overrides)
        val = validate(run, workspace)
        net = load_trained_model(run, "latest")
        ceiling = tokenised_stats(net, val_songs)["in_scale"]
        by_temperature = {}
        settings_list = [(t, 1.0) for t in args.temperatures] + [(1.0, p) for p in args.top_p if p < 1.0]
        for temperature, top_p in settings_list:
            options = GenerateOptions(seconds=args.seconds, variations=args.takes, seed=0, temperature=temperature,
                                      top_p=top_p)
            takes = None
            for item in generate_takes(run, None, options, model=net):
                takes = item
            by_temperature[(temperature, top_p)] = mean_stats(song_stats(s) for s in takes.songs)
            # The takes' own keys: a key-normalised model is asked for C major (the default).
            by_temperature[(temperature, top_p)]["in_c_major"] = float(np.mean(
                [detect_key(s.pitched_notes()).name == "C major" for s in takes.songs]))
        if net.config.key_normalised:   # the mode asked for: takes in A minor (the model hears Am-E-Am first)
            options = GenerateOptions(seconds=args.seconds, variations=args.takes, seed=0, key="A minor")
            minor = [item for item in generate_takes(run, None, options, model=net)][-1].songs
            keys = [detect_key(s.pitched_notes()).name for s in minor]
            print(f"   asked for A minor at T=1: {keys.count('A minor') / len(keys):.2f} of the takes in A minor, "
                  f"{keys.count('C major') / len(keys):.2f} in C major; in-scale "
                  f"{mean_stats(song_stats(s) for s in minor)['in_scale']:.3f}", flush=True)
        # Speed: one take, tokens sampled per second of wall time.
        t1 = time.perf_counter()
        one = None
        for item in generate_takes(run, None, GenerateOptions(seconds=args.seconds, seed=1), model=net):
            one = item
        speed = one.done / (time.perf_counter() - t1)
        settings = {**settings, **({k: json.loads(v) for k, v in (i.split("=", 1) for i in args.set)})}
        print(f"\n== {model} {settings} (key-normalised: {net.config.key_normalised}, cue: {not args.no_cue}): "
              f"{steps} steps in {cpu:.0f} CPU s ({seconds:.0f} s); "
              f"in-scale rate of the chorales through its tokeniser {ceiling:.3f}; validation NLL {val['loss']:.3f} "
              f"nats/token, accuracy {val['accuracy']:.1f} % over {val['tokens']:.0f} tokens ({load()})")
        print(f"   generation: {speed:.0f} tokens/s ({one.done} tokens for {args.seconds:.0f} s of music; {load()})")
        for (temperature, top_p), stats in by_temperature.items():
            print(f"   takes at temperature {temperature:g}, top-p {top_p:g}:")
            print(f"   takes detected in C major: {stats.pop('in_c_major'):.2f}")
            for key, value in stats.items():
                ref = reference[key]
                rel = (value - ref) / ref * 100 if ref else float("nan")
                print(f"   {key:17s} takes {value:8.3f}   data {ref:8.3f}   ({rel:+.1f} %)")
            goal = abs(stats["in_scale"] - reference["in_scale"]) / reference["in_scale"] <= 0.05
            print(f"   in-scale goal (within 5 % of the data's): {'met' if goal else 'MISSED'}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
