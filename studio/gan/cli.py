"""`studio gan sample|timeline|interpolate|variations|info` and `studio export RUN --onnx FILE`."""

from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("gan", help="sample grids, timelines and interpolations from a trained GAN run")
    g = p.add_subparsers(dest="gan_command", metavar="ACTION")
    p.set_defaults(func=lambda args: _usage(p))

    s = g.add_parser("sample", help="a grid of samples from seeded noise (conditional GANs: one row per class)")
    _common(s)
    s.add_argument("--n", type=int, default=64, help="samples (default 64; conditional: per class, default 8)")
    s.add_argument("--seed", type=int, default=0, help="the noise's seed: the same seed gives the same grid")
    s.add_argument("--truncation", type=float, default=1.0,
                   help="pull the noise toward its mean, 0 < ψ ≤ 1 (smaller: more typical; default 1: none)")
    s.add_argument("--label", type=int, help="conditional GANs: only this class (or InfoGAN category)")
    s.add_argument("--codes", type=float, nargs="+", metavar="C", help="InfoGAN: the continuous codes")
    s.add_argument("--columns", type=int, help="tiles per row (default: a square)")
    _output(s, ".png")
    s.set_defaults(func=_sample)

    t = g.add_parser("timeline", help="the snapshots saved while training, as an animated GIF or an MP4")
    _common(t, checkpoint=False)
    t.add_argument("--fps", type=float, default=4.0, help="snapshots per second (default 4)")
    _output(t, ".gif or .mp4")
    t.set_defaults(func=_timeline)

    i = g.add_parser("interpolate", help="a strip from one seed's sample to another's")
    _common(i)
    i.add_argument("--from-seed", type=int, required=True)
    i.add_argument("--to-seed", type=int, required=True)
    i.add_argument("--steps", type=int, default=10, help="images in the strip, ends included (default 10)")
    i.add_argument("--mode", choices=("linear", "slerp"), default="slerp",
                   help="slerp (spherical, default) keeps the noise's norm; linear is a straight line")
    i.add_argument("--truncation", type=float, default=1.0)
    i.add_argument("--label", type=int, help="conditional GANs: the class (default 0)")
    i.add_argument("--gif", help="also write the strip as a looping GIF here")
    _output(i, ".png")
    i.set_defaults(func=_interpolate)

    v = g.add_parser("variations", help="samples around one seed's sample")
    _common(v)
    v.add_argument("--seed", type=int, default=0)
    v.add_argument("--n", type=int, default=16)
    v.add_argument("--spread", type=float, default=0.3, help="how far from the sample (default 0.3)")
    v.add_argument("--label", type=int)
    _output(v, ".png")
    v.set_defaults(func=_variations)

    n = g.add_parser("info", help="what the GAN takes and makes (noise size, classes, codes, image size)")
    _common(n)
    n.set_defaults(func=_info)

    e = sub.add_parser("export", help="export a run's generator (GANs) or decoder (VAE, AAE) for other tools")
    _common(e)
    e.add_argument("--onnx", required=True, metavar="FILE", help="write an ONNX model here (checked against "
                   "PyTorch with onnxruntime)")
    e.add_argument("-y", "--overwrite", action="store_true", help="replace the file if it exists")
    e.set_defaults(func=_export)


def _usage(p) -> int:
    p.print_help()
    return 2


def _common(p, checkpoint: bool = True) -> None:
    p.add_argument("run", help="run id (or a unique part of it) or run folder")
    p.add_argument("--workspace", help="workspace folder (default: the one in the app's settings)")
    if checkpoint:
        p.add_argument("--checkpoint", default="latest", help="latest (default) or a checkpoint's name")


def _output(p, kind: str) -> None:
    p.add_argument("-o", "--output", required=True, help=f"the file to write ({kind})")
    p.add_argument("-y", "--overwrite", action="store_true", help="replace the file if it exists")
    p.add_argument("--scale", type=int, default=4, help="enlarge each pixel this many times (default 4)")


def _run(args):
    from studio.core.settings import Settings
    from studio.core.workspace import Run, Workspace

    if Path(args.run).is_dir() and (Path(args.run) / "run.json").exists():
        return Run(Path(args.run))
    root = Path(args.workspace).expanduser() if args.workspace else Settings.load().workspace_path()
    return Workspace(root).find(args.run)


def _generator(args):
    """The run's generator; ``args.run_folder`` is kept so that no output lands inside it."""
    from studio import gan

    run = _run(args)
    args.run_folder = run
    return gan.load_generator(run, args.checkpoint)


def _sample(args) -> int:
    import math

    from studio import gan
    from studio.core.errors import StudioError

    gen = _generator(args)
    if not 1 <= args.n <= 1024:
        raise StudioError("The number of samples must be between 1 and 1024.")
    codes = _codes(gen, args.codes)
    if gen.num_classes and args.label is None:
        per = args.n if args.n != 64 else 8
        images, _, _ = gan.class_grid(gen, per, args.seed, args.truncation, codes)
        columns = per
        what = f"{gen.num_classes} rows of {per}, one per {'category' if gen.family == 'infogan' else 'class'}"
    else:
        images = gan.sample_grid(gen, args.n, args.seed, args.truncation, args.label, codes)
        columns = args.columns or math.ceil(math.sqrt(args.n))
        what = f"{args.n} samples"
    path = gan.save_png(args.output, images, columns, args.scale, args.overwrite, args.run_folder)
    print(f"Wrote {path} ({what}, seed {args.seed}, truncation {args.truncation:g}; {gen.title}, "
          f"epoch {gen.epochs_done}).")
    return 0


def _codes(gen, values):
    from studio.core.errors import StudioError

    if values is None:
        return None
    if len(values) != gen.code_dim:
        raise StudioError(f"This GAN takes {gen.code_dim} continuous code(s); got {len(values)}.")
    return values


def _timeline(args) -> int:
    from studio import gan

    run = _run(args)
    last = None
    for last in gan.export_timeline(run, args.output, fps=args.fps, overwrite=args.overwrite):
        pass
    count = len(gan.timeline(run))
    print(f"Wrote {args.output} ({count} snapshot{'' if count == 1 else 's'}, {args.fps:g} per second).")
    return 0


def _interpolate(args) -> int:
    from studio import gan
    from studio.core.errors import StudioError

    gen = _generator(args)
    if not 2 <= args.steps <= 256:
        raise StudioError("The number of steps must be between 2 and 256.")
    z0 = gan.noise(gen, 1, args.from_seed, args.truncation)[0]
    z1 = gan.noise(gen, 1, args.to_seed, args.truncation)[0]
    images = gan.generate(gen, gan.interpolate(z0, z1, args.steps, args.mode), labels=args.label)
    gif = gan.check_output(args.gif, (".gif",), args.overwrite, args.run_folder) if args.gif else None
    path = gan.save_png(args.output, images, args.steps, args.scale, args.overwrite, args.run_folder)
    print(f"Wrote {path} ({args.steps} steps, {args.mode}, from seed {args.from_seed} to seed {args.to_seed}).")
    if gif is not None:
        gan.save_gif(gif, images, max(args.scale, 4), overwrite=True, run=args.run_folder)
        print(f"Wrote {gif}.")
    return 0


def _variations(args) -> int:
    from studio import gan

    gen = _generator(args)
    z = gan.noise(gen, 1, args.seed)[0]
    images = gan.generate(gen, gan.variations(gen, z, args.n, args.spread, args.seed + 1), labels=args.label)
    path = gan.save_png(args.output, images, min(args.n, 8), args.scale, args.overwrite, args.run_folder)
    print(f"Wrote {path} (seed {args.seed}'s sample first, then {args.n - 1} variations, spread {args.spread:g}).")
    return 0


def _info(args) -> int:
    import json

    from studio import gan

    print(json.dumps(gan.describe(_generator(args)), indent=2))
    return 0


def _export(args) -> int:
    from studio import gan
    from studio.gan.export import ONNX_TOLERANCE

    path = gan.export_onnx(_run(args), args.onnx, args.overwrite, args.checkpoint)
    print(f"Wrote {path}; onnxruntime gives PyTorch's images to within {ONNX_TOLERANCE:g}.")
    return 0
