"""`studio pixelcnn sample|complete`: pictures drawn pixel by pixel from a trained run, on the command line."""

from __future__ import annotations

import sys
import time
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("pixelcnn", help="draw or complete pictures pixel by pixel with a trained PixelCNN run")
    actions = p.add_subparsers(dest="pixelcnn_command", metavar="ACTION")
    p.set_defaults(func=lambda args: _usage(p))

    s = actions.add_parser("sample", help="draw new pictures")
    _common(s)
    s.add_argument("--n", "-n", type=int, default=16, help="how many pictures (default 16)")
    s.add_argument("--per-row", type=int, default=8, help="pictures per row of the PNG (default 8)")
    s.set_defaults(func=_sample)

    c = actions.add_parser("complete", help="hide part of a picture and draw the rest, several ways")
    _common(c)
    c.add_argument("--image", required=True, help="the picture to complete (PNG, JPEG…; resized to the model's size)")
    c.add_argument("--mask", default="bottom-half",
                   help="what to hide: bottom-half (default), top-half, left-half, right-half, centre, "
                        "or a picture whose white part is hidden")
    c.add_argument("--n", "-n", type=int, default=4, help="how many completions side by side (default 4)")
    c.set_defaults(func=_complete)


def _common(p) -> None:
    p.add_argument("run", help="run id (or a unique part of it) or run folder")
    p.add_argument("-o", "--output", required=True, help="PNG file to write")
    p.add_argument("-y", "--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--workspace", help="workspace folder (default: the one in the app's settings)")
    p.add_argument("--checkpoint", default="best", help="best (default), latest or a checkpoint name")
    p.add_argument("--seed", type=int, default=0, help="random seed: the same seed draws the same pictures")
    p.add_argument("--temperature", type=float, default=1.0,
                   help="below 1 bolder, more typical pictures; above 1 wilder ones (default 1)")
    p.add_argument("--method", choices=("cached", "naive"), default="cached",
                   help="cached (default) or naive: the whole network per pixel (slow; the same pictures)")
    p.add_argument("--scale", type=int, default=4, help="enlarge each pixel this many times (default 4)")


def _usage(p) -> int:
    p.print_help()
    return 2


def _open(args):
    from studio.core.settings import Settings
    from studio.core.workspace import Workspace
    from studio.pixels.jobs import PixelModel

    root = Path(args.workspace).expanduser() if args.workspace else Settings.load().workspace_path()
    return PixelModel.open(Workspace(root).find(args.run), args.checkpoint)


def _progress(steps):
    """Pass the job's steps through, showing a percentage on a terminal."""
    shown = -1
    for step in steps:
        pct = int(100 * step.done / max(1, step.total))
        if sys.stderr.isatty() and pct != shown:
            shown = pct
            print(f"\rdrawing… {pct:3d}%", end="", file=sys.stderr, flush=True)
        yield step
    if sys.stderr.isatty():
        print("\r" + " " * 16 + "\r", end="", file=sys.stderr, flush=True)


def _sample(args) -> int:
    from studio.core.errors import StudioError
    from studio.pixels.jobs import check_output, last_samples, sample_job, samples_picture, save_picture

    out = check_output(args.output, args.overwrite)
    if not 1 <= args.per_row <= 64:
        raise StudioError("The pictures per row must be between 1 and 64.")
    model = _open(args)
    options = {"method": args.method, "temperature": args.temperature, "every": 28}
    t0 = time.perf_counter()
    final = last_samples(_progress(sample_job(model, args.n, seed=args.seed, options=options)))
    seconds = time.perf_counter() - t0
    save_picture(out, samples_picture(final.data, args.per_row), args.scale)
    c, h, w = model.image_shape
    print(f"Wrote {out} ({args.n} pictures of {w}×{h}, {args.method} sampling, {seconds:.2f} s, seed {args.seed}).")
    return 0


def _complete(args) -> int:
    from studio.pixels.jobs import check_output, completion_job, completions_picture, last_samples, save_picture
    from studio.pixels.masks import mask, read_picture

    out = check_output(args.output, args.overwrite, inputs=(args.image, args.mask))
    model = _open(args)
    c, h, w = model.image_shape
    image = read_picture(args.image, c, h, w)
    hidden = mask(args.mask, h, w)
    options = {"method": args.method, "temperature": args.temperature, "every": 28}
    t0 = time.perf_counter()
    final = last_samples(_progress(completion_job(model, image, hidden, args.n, seed=args.seed, options=options)))
    seconds = time.perf_counter() - t0
    save_picture(out, completions_picture(image, hidden, final.data, model), args.scale)
    print(f"Wrote {out}: the picture with {int(hidden.sum())} of {h * w} pixels hidden, then {args.n} "
          f"completions ({seconds:.2f} s, seed {args.seed}).")
    return 0
