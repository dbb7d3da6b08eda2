"""`studio rbm features|ais|sample`: the RBM's classifier pipeline, its log-likelihood estimate, its samples."""

from __future__ import annotations

from pathlib import Path

from studio.core.errors import StudioError


def register(sub) -> None:
    p = sub.add_parser("rbm", help="RBM features for a classifier, AIS log-likelihood and samples of RBM runs")
    actions = p.add_subparsers(dest="rbm_command", metavar="ACTION")
    p.set_defaults(func=lambda args: _usage(p))

    f = actions.add_parser("features", help="logistic regression on RBM features against raw inputs "
                                            "(prints the test accuracies)")
    f.add_argument("--dataset", choices=("breast_cancer", "digits"), default="breast_cancer")
    f.add_argument("--hidden", type=int, help="hidden units of the RBM (default: the dataset's tuned setting)")
    f.add_argument("--epochs", type=int, help="epochs of RBM training")
    f.add_argument("--seed", type=int, default=0, help="seed of the split and of the RBM (default 0)")
    f.add_argument("--confusion", action="store_true", help="also print both confusion matrices")
    f.add_argument("--quiet", action="store_true", help="no progress bar")
    f.set_defaults(func=_features)

    a = actions.add_parser("ais", help="estimate an RBM run's test log-likelihood by annealed importance sampling")
    _common(a)
    a.add_argument("--runs", type=int, default=100, help="independent annealing runs (default 100)")
    a.add_argument("--betas", type=int, default=10000, help="intermediate temperatures (default 10,000; "
                                                            "Salakhutdinov & Murray used 14,500)")
    a.add_argument("--limit", type=int, help="use only the first N validation/test images")
    a.add_argument("--seed", type=int, default=0)
    a.add_argument("--quiet", action="store_true", help="no progress bar")
    a.set_defaults(func=_ais)

    s = actions.add_parser("sample", help="draw samples of an RBM or DBN run by Gibbs sampling")
    _common(s)
    s.add_argument("-o", "--output", required=True, help="PNG file to write")
    s.add_argument("-n", type=int, default=16, help="how many samples (default 16)")
    s.add_argument("--steps", type=int, default=1000, help="Gibbs steps (default 1000)")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("-y", "--overwrite", action="store_true", help="replace the output file if it exists")
    s.set_defaults(func=_sample)


def _common(p) -> None:
    p.add_argument("run", help="run id (or a unique part of it) or run folder")
    p.add_argument("--workspace", help="workspace folder (default: the one in the app's settings)")
    p.add_argument("--checkpoint", default="latest", help="latest (default), best or a checkpoint name")
    p.add_argument("--device", default="cpu", help="cpu (default) or cuda")


def _usage(p) -> int:
    p.print_help()
    return 2


def _drive(job, quiet: bool, label: str):
    """Run a job generator with a progress bar on stderr; returns its last (non-Progress) item."""
    from studio.core.console import ProgressBar
    from studio.core.tasks import Progress

    bar, result = None, None
    for item in job:
        if isinstance(item, Progress):
            if not quiet:
                bar = bar or ProgressBar(item.total or 1, label)
                bar.update(item.done, item.message)
        else:
            result = item
    if bar is not None:
        bar.close()
    return result


def _features(args) -> int:
    from dataclasses import replace

    from studio.energy.features import features_job, settings_for

    settings = replace(settings_for(args.dataset), seed=args.seed)
    if args.hidden is not None:
        if args.hidden < 1:
            raise StudioError("The number of hidden units must be at least 1.")
        settings = replace(settings, hidden=args.hidden)
    if args.epochs is not None:
        if args.epochs < 1:
            raise StudioError("The number of epochs must be at least 1.")
        settings = replace(settings, epochs=args.epochs)
    report = _drive(features_job(args.dataset, settings), args.quiet, "RBM features")
    print(report.summary())
    if args.confusion:
        for r in report.results:
            print(f"\n{r.name}: confusion matrix (rows: true class, columns: predicted)")
            width = max(len(n) for n in r.class_names)
            print(" " * (width + 2) + " ".join(f"{n[:6]:>6}" for n in r.class_names))
            for name, row in zip(r.class_names, r.confusion):
                print(f"{name:>{width}}  " + " ".join(f"{int(v):>6}" for v in row))
    print("test accuracy: " + ", ".join(f"{r.name.lower()} {r.accuracy:.4f}" for r in report.results))
    return 0


def _open_run(args):
    from studio.core.settings import Settings
    from studio.core.workspace import Workspace

    root = Path(args.workspace).expanduser() if args.workspace else Settings.load().workspace_path()
    return Workspace(root).find(args.run)


def _ais(args) -> int:
    from studio.energy.ais import ais_for_run

    if args.runs < 2 or args.betas < 3:
        raise StudioError("AIS needs at least 2 runs and 3 temperatures.")
    result = _drive(ais_for_run(_open_run(args), args.checkpoint, runs=args.runs, betas=args.betas,
                                limit=args.limit, seed=args.seed, device=args.device), args.quiet, "AIS")
    print(result.summary())
    return 0


def _sample(args) -> int:
    from studio.core.images import make_grid, save_png
    from studio.training.sampling import sample_steps
    from studio.training.trained import load_trained_model

    output = Path(args.output).expanduser()
    if output.exists() and not args.overwrite:
        raise StudioError(f"'{output}' already exists; add --overwrite (-y) to replace it.")
    if args.n < 1 or args.steps < 1:
        raise StudioError("The number of samples and of Gibbs steps must be at least 1.")
    model = load_trained_model(_open_run(args), args.checkpoint, args.device)
    if model.family not in ("rbm", "dbn"):
        raise StudioError(f"This run trained a {model.family}; `studio rbm sample` takes RBM and DBN runs.")
    last = None
    for last in sample_steps(model, args.n, options={"steps": args.steps, "every": args.steps}, seed=args.seed):
        pass
    cols = min(args.n, 8)
    rows = [last.data[i:i + cols] for i in range(0, args.n, cols)]
    save_png(output, make_grid(rows), scale=2)
    print(f"wrote {args.n} samples to {output}")
    return 0
