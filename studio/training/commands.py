"""Core subcommands: `studio train`, `studio resume`, `studio runs`, `studio models`."""

from __future__ import annotations

import json
import sys

from studio.core.console import ProgressBar
from studio.core.errors import StudioError


def register(sub) -> None:
    from studio.training.config import TrainConfig  # imports no torch

    defaults = TrainConfig()
    p = sub.add_parser("train", help="train a model and save the run in the workspace",
                       description="Train a model. Under `torchrun --nproc_per_node N` the same command "
                                   "trains with DistributedDataParallel (gloo on CPU, NCCL on CUDA).")
    p.add_argument("--model", default="vae", help="model family (see `studio models`; default: vae)")
    p.add_argument("--dataset", default=None,
                   help="'digits' (built in), an MNIST folder or IDX file, an image folder, or a .npz; for the "
                        "music models 'bach' (built in) or a folder of MIDI files (default: digits, or bach for "
                        "a model of token sequences)")
    p.add_argument("--preset", metavar="TITLE", help="start from one of the model's presets (its model and "
                   "training settings; `studio models` lists them); --set and the options below win over it")
    # No argparse defaults: an option left out takes the preset's, then the model's own training setting
    # (a GAN's learning rate of 2e-4), then the engine's (TrainConfig.for_model).
    p.add_argument("--epochs", type=int, help=f"default {defaults.epochs}, or the model's")
    p.add_argument("--batch-size", type=int, help=f"default {defaults.batch_size}, or the model's")
    p.add_argument("--lr", type=float, help=f"learning rate (default {defaults.lr:g}, or the model's: "
                   "2e-4 for the GANs)")
    p.add_argument("--seed", type=int, default=defaults.seed)
    p.add_argument("--device", help="auto (CUDA, else MPS, else CPU), cuda, mps or cpu; default: the device "
                                    "chosen in the studio's settings (auto unless changed)")
    p.add_argument("--no-amp", action="store_true", help="train in full precision on CUDA")
    p.add_argument("--val-fraction", type=float, default=defaults.val_fraction)
    p.add_argument("--image-size", type=int, metavar="PX", help="a folder of pictures: train at PX×PX "
                   "(default: their most common size, at most 64)")
    p.add_argument("--fit", choices=("crop", "pad", "stretch"), default="crop",
                   help="a folder: how pictures of another shape fit (default crop: the centre)")
    p.add_argument("--colour", choices=("auto", "rgb", "grey"), default="auto",
                   help="a folder: colour or grey (default auto: grey when every picture is)")
    p.add_argument("--augment", metavar="PARTS", help="augment the training pictures: " + _augment_help())
    p.add_argument("--set", dest="options", action="append", default=[], metavar="KEY=VALUE",
                   help="a model setting, e.g. --set latent_dim=2 --set architecture=conv (repeatable)")
    p.add_argument("--workspace", help="workspace folder (default: the one in the app's settings)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("resume", help="continue a stopped or interrupted run from its latest checkpoint")
    p.add_argument("run", help="run id (or a unique part of it) or run folder")
    p.add_argument("--epochs", type=int, help="train up to this many epochs in all")
    p.add_argument("--device", help="override the device")
    p.add_argument("--checkpoint", metavar="NAME", help="resume from this checkpoint (a folder name under the "
                   "run's checkpoints/, e.g. epoch-0002) instead of the latest")
    p.add_argument("--workspace")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_resume)

    p = sub.add_parser("runs", help="list the runs in the workspace; move runs to its trash and back")
    p.add_argument("--workspace")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--trash", metavar="RUN", action="append", default=[],
                   help="move this run to the workspace's trash folder (nothing is deleted; repeatable)")
    p.add_argument("--restore", metavar="RUN", action="append", default=[],
                   help="bring this run back from the trash (repeatable)")
    p.add_argument("--trashed", action="store_true", help="list the runs in the trash instead")
    p.set_defaults(func=cmd_runs)

    p = sub.add_parser("models", help="list the model families and their settings")
    p.set_defaults(func=cmd_models)


def _augment_help() -> str:
    from studio.data.augment import HELP

    return HELP


def _workspace(args):
    from pathlib import Path

    from studio.core.settings import Settings
    from studio.core.workspace import Workspace

    root = Path(args.workspace).expanduser() if getattr(args, "workspace", None) else Settings.load().workspace_path()
    return Workspace(root)


def _parse_options(options: list[str], model: str) -> dict:
    from dataclasses import fields

    from studio.models.registry import get_entry

    entry = get_entry(model)
    types = {f.name: f for f in fields(entry.config_cls) if f.name != "image_shape"}
    out = {}
    for item in options:
        key, sep, value = item.partition("=")
        key = key.strip().replace("-", "_")
        if not sep or key not in types:
            raise StudioError(f"'{item}' is not a setting of the {entry.title}; it has: {', '.join(types)}.")
        default = types[key].default
        try:
            if isinstance(default, bool):
                out[key] = value.lower() in ("1", "true", "yes", "on")
            elif isinstance(default, int):
                out[key] = int(value)
            elif isinstance(default, float):
                out[key] = float(value)
            else:
                out[key] = value
        except ValueError:
            raise StudioError(f"The setting {key} needs a number, not '{value}'.") from None
    return out


def _training_settings_note(args, preset) -> str | None:
    """Name the model's (or preset's) training settings that replaced the engine's, so that a user who
    reads `--lr` default 0.001 in the help knows why this run uses 0.0002 (said once the run started)."""
    from studio.models.registry import get_entry

    entry = get_entry(args.model)
    given = {"epochs": args.epochs, "batch_size": args.batch_size, "lr": args.lr}
    used = {k: v for k, v in entry.training_settings(preset).items() if given.get(k) is None}
    if used:
        whose = f"the preset's and the {entry.title}'s" if preset is not None and preset.training else \
            f"the {entry.title}'s"
        return f"training with {whose} own settings: {_training_text(used)}"
    return None


def _preset(model: str, title: str | None):
    """The preset of ``model`` called ``title`` (case and spaces aside), or None when no title was given."""
    if title is None:
        return None
    from studio.models.registry import get_entry

    entry = get_entry(model)
    wanted = " ".join(title.split()).casefold()
    for preset in entry.presets:
        if " ".join(preset.title.split()).casefold() == wanted:
            return preset
    known = "; ".join(f"'{p.title}'" for p in entry.presets) or "none"
    raise StudioError(f"The {entry.title} has no preset called '{title}'; its presets: {known}.")


def default_dataset(model: str) -> str:
    """The built-in data a family trains on when no dataset is named: the Bach chorales for the music
    models, the handwritten digits for the others."""
    from studio.models.registry import get_entry

    return "bach" if get_entry(model).data_kind == "tokens" else "digits"


def cmd_train(args) -> int:
    from studio.core.settings import Settings
    from studio.models.registry import make_config
    from studio.training.config import TrainConfig
    from studio.training.distributed import dist_info, init_distributed_from_env
    from studio.training.session import TrainingSession

    preset = _preset(args.model, args.preset)
    options = {**(preset.config if preset else {}), **_parse_options(args.options, args.model)}
    make_config(args.model, options)  # a setting out of its range is said now, in one sentence
    device = init_distributed_from_env(args.device or Settings.load().device)
    dataset = args.dataset if args.dataset is not None else default_dataset(args.model)
    data_options = {"fit": args.fit, "colour": args.colour}
    if args.image_size:
        data_options["size"] = args.image_size
    if args.augment:
        from studio.data.augment import Augmentation

        Augmentation.parse(args.augment)   # a wrong part is said now, in one sentence
        data_options["augment"] = args.augment
    config = TrainConfig.for_model(args.model, preset.title if preset else None, dataset=dataset,
                                   model_config=options, data_options=data_options, epochs=args.epochs,
                                   batch_size=args.batch_size, lr=args.lr, seed=args.seed, device=device,
                                   amp=not args.no_amp, val_fraction=args.val_fraction)
    config.validate()   # a wrong number is said before the data load
    note = _training_settings_note(args, preset) if not args.quiet and dist_info()[0] == 0 else None
    workspace = _workspace(args)
    if dist_info()[0] == 0:
        _prepare(dataset, workspace, args.quiet)
    session = TrainingSession(config, workspace)
    code = 1
    try:
        code = _drive(session, quiet=args.quiet or dist_info()[0] != 0, notes=[note] if note else [])
        return code
    finally:
        _shutdown_distributed(together=code == 0)


def _prepare(dataset: str, workspace, quiet: bool) -> None:
    """A built-in dataset's one-time preparation (the Bach chorales' conversion) with its own progress bar."""
    from studio.data.importers import prepare_dataset

    bar = None
    for progress in prepare_dataset(dataset, workspace.root / "cache"):
        if not quiet and progress.total:
            if bar is None:
                print("Preparing the dataset (once per workspace)…", file=sys.stderr)
                bar = ProgressBar(progress.total, "prepare")
            bar.update(progress.done, progress.unit, progress.eta_s)
    if bar is not None:
        bar.close()


def cmd_resume(args) -> int:
    from studio.training.distributed import init_distributed_from_env
    from studio.training.session import TrainingSession

    run = _workspace(args).find(args.run)
    device = init_distributed_from_env(args.device or "auto")
    session = TrainingSession.resume(run, epochs=args.epochs, device=args.device and device,
                                     checkpoint=args.checkpoint)
    code = 1
    try:
        code = _drive(session, quiet=args.quiet)
        return code
    finally:
        _shutdown_distributed(together=code == 0)


def _shutdown_distributed(together: bool) -> None:
    from studio.training.distributed import shutdown_distributed

    shutdown_distributed(together)


def _drive(session, quiet: bool, notes: list[str] = ()) -> int:
    """Run a training session with a progress bar; Ctrl+C stops it cleanly and keeps a checkpoint."""
    from studio.core.events import EpochMetrics, Finished, RunStarted, StepMetrics
    from studio.core.tasks import TaskControl

    control = TaskControl()
    bar = None
    gen = session.run(control)
    result = 1
    while True:
        try:
            event = next(gen)
        except StopIteration:
            break
        except KeyboardInterrupt:
            control.stop()  # the next step raises Cancelled inside the trainer, which saves and finishes
            if bar:
                bar.close()
            print("Stopping: saving a checkpoint…", file=sys.stderr)
            continue
        if isinstance(event, RunStarted):
            if not quiet:
                print(f"Training {event.model} on {event.dataset} with {event.device}"
                      f"{' (resumed)' if event.resumed else ''}", file=sys.stderr)
                for note in (*notes, *event.notes):
                    print(f"  note: {note}", file=sys.stderr)
                bar = ProgressBar(1.0, "train")
        elif isinstance(event, StepMetrics) and bar:
            # "loss" where the model has one; a model without (a GAN's two players) shows its first terms.
            shown = ["loss"] if "loss" in event.terms else list(event.terms)[:2]
            terms = "  ".join(f"{k} {event.terms[k]:.4g}" for k in shown)
            bar.update(event.fraction, f"epoch {event.epoch:5.2f}  {terms}  {event.samples_per_s:,.0f} img/s",
                       eta_s=event.eta_s)
        elif isinstance(event, EpochMetrics) and not quiet:
            val = ", ".join(f"{k} {v:.4g}" for k, v in event.val.items())
            print(f"\repoch {event.epoch}: validation {val}".ljust(100), file=sys.stderr)
        elif isinstance(event, Finished):
            if bar:
                bar.close()
            if event.failure is not None:
                if event.failure.details:
                    import logging

                    logging.getLogger("studio").error("training failed\n%s", event.failure.details)
                print(f"studio: {event.failure.message}", file=sys.stderr)
                result = 1
                continue
            if not quiet:
                word = "finished" if event.status == "completed" else "stopped (resume with `studio resume`)"
                print(f"Run {word}: {event.run_dir}", file=sys.stderr)
                print(event.run_dir)
            result = 0 if event.status == "completed" else 130
    return result


def cmd_runs(args) -> int:
    from studio.core.run_summary import RunSummary

    ws = _workspace(args)
    for ref in args.trash:
        run = ws.trash(ws.find(ref))
        print(f"Moved {run.id} to the trash ({ws.trash_dir}); `studio runs --restore {run.id}` brings it back.")
    for ref in args.restore:
        run = ws.restore(ref)
        print(f"Restored {run.id} to {ws.runs_dir}.")
    if args.trash or args.restore:
        return 0
    where = ws.trash_dir if args.trashed else ws.runs_dir
    rows = []
    for run in (ws.trashed_runs() if args.trashed else ws.runs()):
        try:
            s = RunSummary.read(run)
        except StudioError as exc:
            rows.append({"id": run.id, "status": "damaged", "message": str(exc)})
            continue
        rows.append({"id": s.id, "model": s.model, "dataset": s.dataset_title, "status": s.status,
                     "epochs": s.epochs_text, "val_loss": s.value("loss"), "headline": s.headline,
                     "val_headline": s.value(), "path": str(s.path), "created": s.created})
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        print(f"The trash ({where}) is empty." if args.trashed else
              f"No runs yet in {where}. Start one with `studio train`.")
        return 0
    # Columns as wide as their longest entry: a dataset's name is never cut.
    wide = {key: max([len(str(r.get(key, ""))) for r in rows] + [len(title)])
            for key, title in (("id", "RUN"), ("model", "MODEL"), ("dataset", "DATASET"), ("status", "STATUS"))}
    print(f"{'RUN':<{wide['id']}}  {'MODEL':<{wide['model']}}  {'DATASET':<{wide['dataset']}}  "
          f"{'STATUS':<{wide['status']}}  {'EPOCHS':>7}  {'VALIDATION':>10}")
    for r in rows:
        value = r.get("val_headline")
        shown = f"{value:.4g}" if isinstance(value, (int, float)) else "-"
        print(f"{r['id']:<{wide['id']}}  {r.get('model', ''):<{wide['model']}}  {str(r.get('dataset', '')):<{wide['dataset']}}  "
              f"{r['status']:<{wide['status']}}  {r.get('epochs', ''):>7}  {shown:>10}")
    print(f"\n{len(rows)} run(s) in {where}")
    return 0


def cmd_models(args) -> int:
    from dataclasses import MISSING, fields

    from studio.models.registry import available_models

    for entry in available_models():
        print(f"{entry.name}: {entry.title}. {entry.description}")
        if entry.capabilities:
            print(f"    can: {', '.join(sorted(entry.capabilities))}")
        for f in fields(entry.config_cls):
            if f.name == "image_shape" or "label" not in f.metadata:
                continue   # filled in from the data (an image's shape, a vocabulary), not a setting
            meta = f.metadata
            choices = f" ({'/'.join(meta['choices'])})" if "choices" in meta else ""
            default = f.default if f.default is not MISSING else "?"
            print(f"    --set {f.name}={default}{choices}  {meta.get('help', '')}")
        if entry.training:
            print(f"    trains with: {_training_text(entry.training)}")
        for preset in entry.presets:
            extra = f"; trains with {_training_text(preset.training)}" if preset.training else ""
            print(f"    --preset \"{preset.title}\"  {_settings_text(preset.config) or 'the defaults'}{extra}")
    return 0


_OPTION_NAMES = {"lr": "--lr", "batch_size": "--batch-size", "epochs": "--epochs"}


def _training_text(settings: dict) -> str:
    return " ".join(f"{_OPTION_NAMES.get(k, k)} {v:g}" for k, v in settings.items())


def _settings_text(settings: dict) -> str:
    return " ".join(f"--set {k}={v}" for k, v in settings.items())
