"""`studio data check FOLDER` and `studio data preview FOLDER --augment … -o x.png`: what a model will see."""

from __future__ import annotations


def register(sub) -> None:
    from studio.data.augment import HELP

    p = sub.add_parser("data", help="check a folder of pictures and preview what a model will see")
    d = p.add_subparsers(dest="data_command", metavar="ACTION")
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])
    for name, helptext in (("check", "report broken, mixed or tiny pictures in a folder, in plain sentences"),
                           ("preview", "a PNG of pictures as the model will see them, each with augmented copies")):
        a = d.add_parser(name, help=helptext)
        a.add_argument("folder", help="a folder of pictures (sub-folders are labels)")
        a.add_argument("--image-size", type=int, metavar="PX", help="train at PX×PX (default: the most common "
                       "size, at most 64)")
        a.add_argument("--fit", choices=("crop", "pad", "stretch"), default="crop")
        a.add_argument("--colour", choices=("auto", "rgb", "grey"), default="auto")
        if name == "preview":
            a.add_argument("--augment", metavar="PARTS", help=HELP)
            a.add_argument("--n", type=int, default=8, help="pictures, one row each (default 8)")
            a.add_argument("--copies", type=int, default=7, help="augmented copies of each (default 7)")
            a.add_argument("--seed", type=int, default=0)
            a.add_argument("--scale", type=int, default=2)
            a.add_argument("-o", "--output", required=True, help="the PNG to write")
            a.add_argument("-y", "--overwrite", action="store_true", help="replace the file if it exists")
            a.set_defaults(func=_preview)
        else:
            a.set_defaults(func=_check)


def _options(args):
    from studio.data.folder_stream import FolderOptions

    return FolderOptions(args.image_size, args.fit, args.colour)


def _check(args) -> int:
    from studio.data.report import inspect_folder

    for line in inspect_folder(args.folder, _options(args)).sentences():
        print(line)
    return 0


def _preview(args) -> int:
    from pathlib import Path

    from studio.core.errors import DataError
    from studio.core.images import make_grid, save_png

    from studio.data.report import preview_folder

    out = Path(args.output).expanduser()
    if out.suffix.lower() != ".png":
        raise DataError(f"'{out.name}' should end in .png.")
    if out.exists() and not args.overwrite:
        raise DataError(f"'{out}' already exists; add --overwrite to replace it.")
    folder = Path(args.folder).expanduser().resolve()
    if folder in out.resolve().parents:
        raise DataError(f"'{out.name}' would be written inside the folder it previews; choose another place.")
    if not 1 <= args.n <= 64 or not 0 <= args.copies <= 32:
        raise DataError("Choose 1 to 64 pictures and 0 to 32 copies of each.")
    rows = preview_folder(folder, _options(args), args.augment, args.n, args.copies, args.seed)
    save_png(out, make_grid([r.astype("float32") / 255.0 for r in rows]), scale=max(1, min(args.scale, 16)))
    print(f"Wrote {out} ({len(rows)} pictures, each followed by {args.copies} augmented copies"
          f"{f' ({args.augment})' if args.augment else ''}).")
    return 0
