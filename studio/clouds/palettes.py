"""Colours of a cloud: palettable palettes by name, explicit colours, and horizontal/vertical gradients."""

from __future__ import annotations

import difflib
import functools
import importlib
import os
import threading
from random import Random
from typing import Sequence

from studio.core.errors import DataError

DEFAULT_PALETTE = "cartocolors.qualitative.Bold_5"
GRADIENTS = ("horizontal", "vertical")


def _import_palettable():
    # palettable imports matplotlib.pyplot; Agg keeps it from choosing a GUI backend in a worker thread.
    os.environ.setdefault("MPLBACKEND", "Agg")
    import palettable

    return palettable


@functools.lru_cache(maxsize=1)
def palette_names() -> tuple[str, ...]:
    """Every palettable palette as stylecloud names it, e.g. 'cartocolors.diverging.TealRose_7'."""
    import pkgutil

    palettable = _import_palettable()
    from palettable.palette import Palette

    names: list[str] = []
    for info in pkgutil.walk_packages(palettable.__path__, "palettable."):
        if ".test" in info.name:
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:
            continue
        prefix = info.name[len("palettable."):]
        for attr, value in vars(module).items():
            if isinstance(value, Palette) and not attr.startswith("_"):
                names.append(f"{prefix}.{attr}")
    return tuple(sorted(set(names)))


@functools.lru_cache(maxsize=256)
def palette_colors(name: str) -> tuple[str, ...]:
    """The hex colours of a palettable palette; DataError naming close matches when it does not exist."""
    name = (name or "").strip()
    if name.startswith("palettable."):
        name = name[len("palettable."):]
    module_name, _, attr = name.rpartition(".")
    palette = None
    if module_name and attr:
        _import_palettable()
        try:
            palette = getattr(importlib.import_module(f"palettable.{module_name}"), attr, None)
        except ImportError:
            palette = None
    if palette is None or not hasattr(palette, "hex_colors"):
        hint = suggest_palettes(name)
        tail = f" Did you mean {', '.join(hint)}?" if hint else ""
        raise DataError(f"There is no palette named '{name}'.{tail}")
    return tuple(palette.hex_colors)


def suggest_palettes(name: str, limit: int = 3) -> list[str]:
    names = palette_names()
    found = difflib.get_close_matches(name, names, n=limit, cutoff=0.5)
    if len(found) < limit:
        short = {n.rsplit(".", 1)[-1].lower(): n for n in names}
        for s in difflib.get_close_matches(name.rsplit(".", 1)[-1].lower(), list(short), n=limit, cutoff=0.5):
            if short[s] not in found:
                found.append(short[s])
    return found[:limit]


def search_palettes(query: str, limit: int = 200) -> list[str]:
    """Palette names containing every word of ``query`` (case-insensitive)."""
    words = query.lower().split()
    return [n for n in palette_names() if all(w in n.lower() for w in words)][:limit]


def parse_color(value: str) -> tuple[int, int, int]:
    """An (r, g, b) from any colour PIL understands: '#1f77b4', 'teal', 'rgb(0,128,128)'."""
    from PIL import ImageColor

    try:
        rgb = ImageColor.getrgb(str(value).strip())
    except ValueError:
        raise DataError(f"'{value}' is not a colour. Use a name such as 'teal' or a code such as '#1f77b4'.")
    return tuple(rgb[:3])  # type: ignore[return-value]


def to_hex(rgb: Sequence[int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*[int(c) for c in rgb[:3]])


def resolve_colors(palette: str | None = DEFAULT_PALETTE, colors: str | Sequence[str] | None = None) -> list[str]:
    """The colours words are drawn in: ``colors`` when given (one or a list), else the palette's."""
    if colors:
        items = [colors] if isinstance(colors, str) else list(colors)
        if isinstance(colors, str) and "," in colors and not colors.strip().lower().startswith(("rgb", "hsl")):
            items = [c for c in colors.split(",") if c.strip()]
        return [to_hex(parse_color(c)) for c in items]
    return list(palette_colors(palette or DEFAULT_PALETTE))


def gradient_color(colors: Sequence[str], t: float) -> str:
    """The colour a fraction ``t`` (0..1) along a linear gradient through ``colors``."""
    rgbs = [parse_color(c) for c in colors]
    if len(rgbs) == 1:
        return to_hex(rgbs[0])
    t = min(1.0, max(0.0, t)) * (len(rgbs) - 1)
    i = min(int(t), len(rgbs) - 2)
    f = t - i
    a, b = rgbs[i], rgbs[i + 1]
    return to_hex([round(a[k] + (b[k] - a[k]) * f) for k in range(3)])


class CloudColors:
    """word_cloud's ``color_func``: a palette colour per word, or a colour along a gradient.

    The random choice uses the ``random_state`` word_cloud passes in (its seeded generator), so one
    ``random_state`` gives the same colours every time, which stylecloud's own colouring did not.
    """

    def __init__(self, colors: Sequence[str], gradient: str | None = None, width: int = 512,
                 height: int = 512) -> None:
        if gradient is not None and gradient not in GRADIENTS:
            raise DataError(f"The gradient must be 'horizontal' or 'vertical', not '{gradient}'.")
        if not colors:
            raise DataError("No colours were given for the words.")
        self.colors = list(colors)
        self.gradient = gradient
        self.width = width
        self.height = height
        self._stops = [gradient_color(self.colors, i / 255) for i in range(256)] if gradient else None

    def __call__(self, word, font_size, position, orientation, random_state=None, font_path=None, **kwargs):
        if self._stops is None:
            rng = random_state if random_state is not None else Random()
            return self.colors[rng.randrange(len(self.colors))]
        w, h = _text_size(font_path, int(font_size), word)
        if orientation is not None:  # rotated words: the box is turned
            w, h = h, w
        row, col = position
        if self.gradient == "horizontal":
            t = (col + w / 2) / max(1, self.width)
        else:
            t = (row + h / 2) / max(1, self.height)
        return self._stops[min(255, max(0, int(t * 255)))]


@functools.lru_cache(maxsize=512)
def _font(path: str, size: int):
    from PIL import ImageFont

    return ImageFont.truetype(path, max(1, size))


_FONT_LOCK = threading.Lock()  # cached FreeType faces are shared by the preview and export threads


def _text_size(font_path: str | None, size: int, word: str) -> tuple[int, int]:
    if not font_path:
        return int(size * 0.6 * len(word)), size
    with _FONT_LOCK:
        left, top, right, bottom = _font(font_path, size).getbbox(word)
    return right - left, bottom - top
