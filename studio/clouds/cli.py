"""`studio wordcloud`: stylecloud's command line (same option names), plus SVG, masks and listings.

    studio wordcloud --file_path speech.txt --icon_name "fas fa-flag" \
        --palette cartocolors.diverging.TealRose_7 --background_color black --output_name out.png
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _bool(value: str | bool) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on", "y"):
        return True
    if text in ("0", "false", "no", "off", "n"):
        return False
    raise argparse.ArgumentTypeError(f"'{value}' is not true or false")


def _opt(parser, name: str, **kwargs) -> None:
    """An option under stylecloud's name (--file_path) and the dashed spelling (--file-path)."""
    names = [f"--{name}"] + ([f"--{name.replace('_', '-')}"] if "_" in name else [])
    parser.add_argument(*names, dest=name, **kwargs)


def register(sub) -> None:
    p = sub.add_parser(
        "wordcloud", help="make a word cloud shaped as an icon (stylecloud's options)",
        description="Make a word cloud from text, a file, or a word,weight CSV, shaped as a Font Awesome icon "
                    "or a mask image. Options use stylecloud's names; Chinese text is segmented with jieba.")
    _opt(p, "text", help="the text itself (instead of --file_path)")
    _opt(p, "file_path", help="a .txt/.md file, or a CSV: one column of text, or word,weight")
    _opt(p, "size", default="512", help="pixels: 512, or WIDTHxHEIGHT such as 1600x900 (default 512)")
    _opt(p, "icon_name", default="fas fa-flag",
         help="Font Awesome icon: 'fas fa-dog', 'fa-solid fa-dog', 'fab fa-twitter'; 'none' for a rectangle")
    _opt(p, "mask_path", help="an image whose dark or opaque part is the shape (instead of an icon)")
    _opt(p, "invert_mask", type=_bool, nargs="?", const=True, default=False, help="put words around the shape")
    _opt(p, "palette", default="cartocolors.qualitative.Bold_5", help="a palettable palette name")
    _opt(p, "colors", help="colour(s) for the words: white, or \"['#ecf0f1', '#3498db']\" (overrides --palette)")
    _opt(p, "gradient", choices=["horizontal", "vertical"], help="colour the words along a gradient")
    _opt(p, "background_color", default="white", help="a colour name or #hex, or 'transparent'")
    _opt(p, "font_path", help="a font file, or a name from --list_fonts (default Bebas Neue)")
    _opt(p, "max_words", type=int, default=2000, help="most words to draw (default 2000)")
    _opt(p, "max_font_size", type=int, default=200, help="largest font size in pixels (default 200)")
    _opt(p, "stopwords", type=_bool, nargs="?", const=True, default=True, help="leave out stop words (default true)")
    p.add_argument("--nostopwords", dest="stopwords", action="store_false", help=argparse.SUPPRESS)
    _opt(p, "custom_stopwords", help="stop words: \"[thereof, may, state]\"; they replace the defaults unless "
                                     "--add_stopwords")
    _opt(p, "add_stopwords", type=_bool, nargs="?", const=True, default=False,
         help="add --custom_stopwords to the default list instead of replacing it")
    _opt(p, "collocations", type=_bool, nargs="?", const=True, default=True,
         help="count two-word phrases (default true)")
    p.add_argument("--nocollocations", dest="collocations", action="store_false", help=argparse.SUPPRESS)
    _opt(p, "exclude", help="words to leave out: \"[alice, said]\"")
    _opt(p, "random_state", type=int, help="seed: the same seed gives the same image, colours included")
    _opt(p, "contour_width", type=float, default=0.0, help="outline around the shape, in pixels")
    _opt(p, "contour_color", default="black", help="colour of the outline")
    _opt(p, "output_name", help="output file (.png, .svg or .jpg; default stylecloud.png); a missing folder "
                                "is created")
    p.add_argument("-y", "--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--svg", action="store_true", help="write SVG (the output name gets a .svg suffix)")
    _opt(p, "dpi", type=int, help="DPI written into the PNG (for print)")
    _opt(p, "list_icons", nargs="?", const="", metavar="QUERY", help="list icons matching QUERY and exit")
    _opt(p, "list_palettes", nargs="?", const="", metavar="QUERY", help="list palettes matching QUERY and exit")
    _opt(p, "list_fonts", action="store_true", help="list the fonts that can be named and exit")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from studio.clouds import fonts, icons, palettes
    from studio.clouds.render import make_cloud, sequence_arg
    from studio.core.outputs import check_output

    if args.list_icons is not None:
        for icon in icons.search_icons(args.list_icons):
            print(f"{icon.stylecloud_name:36s} {icon.label}")
        return 0
    if args.list_palettes is not None:
        for name in palettes.search_palettes(args.list_palettes, limit=100000):
            print(name)
        return 0
    if args.list_fonts:
        for font in fonts.available_fonts():
            print(f"{font.name:24s} {font.path}")
        return 0
    if not args.text and not args.file_path:
        if not sys.stdin.isatty():
            args.text = sys.stdin.read()
        else:
            from studio.core.errors import DataError

            raise DataError("Give the words with --file_path FILE or --text \"...\" (or pipe text in).")
    colors = sequence_arg(args.colors)
    output = Path(args.output_name or ("stylecloud.svg" if args.svg else "stylecloud.png"))
    if args.svg and output.suffix.lower() != ".svg":
        output = output.with_suffix(".svg")
    inputs = [(args.file_path, "the text file"), (args.mask_path, "the mask"), (args.font_path, "the font")]
    check_output(output, inputs, overwrite=args.overwrite)  # before the work, not after it
    if output.suffix.lower() not in ("", ".png", ".svg", ".jpg", ".jpeg"):
        from studio.core.errors import DataError

        raise DataError(f"Cannot save a word cloud as '{output.suffix}'; use .png, .svg or .jpg.")
    icon = None if str(args.icon_name).strip().lower() in ("", "none") else args.icon_name
    result = make_cloud(
        text=args.text, file_path=args.file_path, size=args.size, icon_name=icon, mask_path=args.mask_path,
        invert_mask=args.invert_mask, palette=args.palette, colors=colors, gradient=args.gradient,
        background_color=args.background_color, font_path=args.font_path, max_words=args.max_words,
        max_font_size=args.max_font_size, stopwords=args.stopwords,
        custom_stopwords=sequence_arg(args.custom_stopwords), add_stopwords=args.add_stopwords,
        collocations=args.collocations, exclude=sequence_arg(args.exclude) or (),
        random_state=args.random_state, contour_width=args.contour_width, contour_color=args.contour_color)
    path = result.save(output, dpi=args.dpi, overwrite=args.overwrite)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    w, h = result.size
    print(f"Wrote {path} ({w}x{h}, {len(result.layout)} words, random_state {result.random_state}).")
    return 0
