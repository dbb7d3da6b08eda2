"""`studio latent grid|interpolate|anomalies`: the latent explorer's pictures from the command line."""

from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("latent", help="decode grids and interpolations from a VAE or AAE run's latent space")
    actions = p.add_subparsers(dest="latent_command", metavar="ACTION")
    p.set_defaults(func=lambda args: _usage(p))

    g = actions.add_parser("grid", help="decode an n×n grid over the map of a run's latent space")
    _common(g)
    g.add_argument("-o", "--output", required=True, help="PNG file to write")
    g.add_argument("-n", type=int, default=16, help="images per side (default 16)")
    g.add_argument("--range", nargs=4, type=float, metavar=("X0", "X1", "Y0", "Y1"),
                   help="the rectangle of the map to cover (default: around the validation codes)")
    g.add_argument("--axes", nargs=2, type=int, metavar=("I", "J"),
                   help="latent axes of the map (default: 0 1 for 2-D latents, else the PCA plane)")
    g.add_argument("--pca", action="store_true", help="use the PCA plane through the mean of the codes")
    g.add_argument("--label", type=int, default=0, help="supervised AAE: the class to decode (default 0)")
    g.add_argument("--scale", type=int, default=2, help="enlarge each pixel this many times (default 2)")
    g.set_defaults(func=_grid)

    i = actions.add_parser("interpolate", help="decode a strip between two validation images' codes")
    _common(i)
    i.add_argument("--from", dest="start", type=int, required=True, help="index of the first validation image")
    i.add_argument("--to", dest="end", type=int, required=True, help="index of the last validation image")
    i.add_argument("-o", "--output", required=True, help="PNG strip to write")
    i.add_argument("--gif", help="also write an animated GIF (back and forth) here")
    i.add_argument("--steps", type=int, default=10, help="number of images, ends included (default 10)")
    i.add_argument("--mode", choices=("linear", "spherical"), default="linear")
    i.add_argument("--label", type=int, default=0, help="supervised AAE: the class to decode (default 0)")
    i.add_argument("--scale", type=int, default=4, help="enlarge each pixel this many times (default 4)")
    i.set_defaults(func=_interpolate)

    a = actions.add_parser("anomalies", help="list the validation images a run reconstructs worst")
    _common(a)
    a.add_argument("-k", type=int, default=10, help="how many to list (default 10)")
    a.add_argument("-o", "--output", help="also save them as a PNG strip here")
    a.set_defaults(func=_anomalies)


def _common(p) -> None:
    p.add_argument("run", help="run id (or a unique part of it) or run folder")
    p.add_argument("--workspace", help="workspace folder (default: the one in the app's settings)")
    p.add_argument("--checkpoint", default="best", help="best (default), latest or a checkpoint name")
    p.add_argument("-y", "--overwrite", action="store_true",
                   help="replace output files that exist (a missing output folder is created)")


def _usage(p) -> int:
    p.print_help()
    return 2


def _open(args, outputs=()):
    """Find the run, check the outputs (before any work: never a file of the run, never one another,
    an existing file only with -y), then open its latent space. Sets ``args.inputs`` for the writers."""
    from studio.core.outputs import check_output
    from studio.core.settings import Settings
    from studio.core.workspace import Workspace
    from studio.latent.explorer import LatentSpace
    from studio.latent.export import run_inputs

    root = Path(args.workspace).expanduser() if args.workspace else Settings.load().workspace_path()
    run = Workspace(root).find(args.run)
    args.inputs = run_inputs(run)
    wanted = [o for o in outputs if o]
    for out in wanted:
        check_output(out, args.inputs, args.overwrite, others=wanted)
    space = LatentSpace.open(run, args.checkpoint)
    if space.prior_note:
        import sys

        print(f"note: {space.prior_note}", file=sys.stderr)
    if space.num_conditions:
        from studio.core.errors import StudioError

        if not 0 <= args.label < space.num_conditions:
            raise StudioError(f"The label must be between 0 and {space.num_conditions - 1}.")
        space.condition = args.label
    return space


def _grid(args) -> int:
    from studio.core.errors import StudioError
    from studio.latent.explorer import axis_plane, pca_plane
    from studio.latent.export import save_grid_png

    if not 1 <= args.n <= 64:
        raise StudioError("The grid size must be between 1 and 64.")
    space = _open(args, [args.output])
    if space.dim < 2:
        raise StudioError("This run's latent space has one dimension; a grid needs at least two.")
    plane = (pca_plane(space.codes) if args.pca else
             axis_plane(space.dim, *args.axes) if args.axes else space.default_plane())
    rect = tuple(args.range) if args.range else space.bounds(plane)
    if rect[1] <= rect[0] or rect[3] <= rect[2]:
        raise StudioError("The range must go from smaller to larger values: X0 X1 Y0 Y1.")
    grid = space.decode_grid(plane, rect, args.n)
    path = save_grid_png(args.output, grid, args.scale, args.overwrite, args.inputs)
    print(f"Wrote {path} ({args.n}×{args.n} decodes over x {rect[0]:.2f}…{rect[1]:.2f}, "
          f"y {rect[2]:.2f}…{rect[3]:.2f}, {plane.name}).")
    return 0


def _interpolate(args) -> int:
    from studio.core.errors import StudioError
    from studio.latent.export import save_gif, save_strip_png

    space = _open(args, [args.output, args.gif])
    n = len(space.codes)
    for which in (args.start, args.end):
        if not 0 <= which < n:
            raise StudioError(f"Image {which} does not exist: the validation set has images 0 to {n - 1}.")
    if not 2 <= args.steps <= 256:
        raise StudioError("The number of steps must be between 2 and 256.")
    _, images = space.interpolate(space.codes[args.start], space.codes[args.end], args.steps, args.mode)
    path = save_strip_png(args.output, images, args.scale, args.overwrite, args.inputs)
    print(f"Wrote {path} ({args.steps} steps, {args.mode}, from image {args.start} "
          f"[{space.label_name(int(space.val_labels[args.start]))}] to image {args.end} "
          f"[{space.label_name(int(space.val_labels[args.end]))}]).")
    if args.gif:
        gif = save_gif(args.gif, images, max(args.scale, 4), overwrite=args.overwrite, inputs=args.inputs)
        print(f"Wrote {gif}.")
    return 0


def _anomalies(args) -> int:
    from studio.latent.export import save_strip_png

    space = _open(args, [args.output])
    scores = space.anomaly_scores()
    worst = space.most_anomalous(args.k)
    print(f"Reconstruction error (mean squared pixel error) over {len(scores):,} validation images: "
          f"median {float(sorted(scores)[len(scores) // 2]):.4f}, max {float(scores.max()):.4f}.")
    for rank, i in enumerate(worst, 1):
        print(f"{rank:3d}. image {int(i):6d}  label {space.label_name(int(space.val_labels[i])):>10}  "
              f"error {float(scores[i]):.4f}")
    if args.output:
        images = space.val_images[worst].astype("float32") / 255.0
        print(f"Wrote {save_strip_png(args.output, images, 2, args.overwrite, args.inputs)}.")
    return 0
