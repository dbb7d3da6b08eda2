"""Font Awesome Free icons as cloud shapes: name lookup (stylecloud's and FA6's forms), search, rendering.

Icons and their search terms come from the ``fontawesomefree`` package (Font Awesome Free 6).

Why rendering goes through the package's webfonts rather than an SVG renderer: the ``.ttf`` files in the
same package hold exactly the outlines of its SVGs, and FreeType, already inside Pillow, fills them with
the nonzero rule the SVGs use, anti-aliased, at any size. An SVG rasteriser would add a dependency
(cairosvg needs the system's libcairo; resvg and skia wheels are tens of MB) for no gain; filling the
path data ourselves with ``ImageDraw.polygon`` would get overlapping subpaths wrong (it is even-odd).
"""

from __future__ import annotations

import difflib
import functools
import json
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from studio.core.errors import DataError

DEFAULT_ICON = "fas fa-flag"

# stylecloud (FA5) prefixes and FA6 class names, each to a style.
_PREFIXES = {
    "fas": "solid", "fa-solid": "solid", "solid": "solid",
    "far": "regular", "fa-regular": "regular", "regular": "regular",
    "fab": "brands", "fa-brands": "brands", "brands": "brands",
    "fa": None,
}
_SHORT = {"solid": "fas", "regular": "far", "brands": "fab"}
_FONT_FILES = {"solid": "fa-solid-900.ttf", "regular": "fa-regular-400.ttf", "brands": "fa-brands-400.ttf"}
# One FreeType face must not be used by two threads at once (the GUI draws thumbnails while a worker
# draws a cloud's shape), so rendering takes this lock.
_RENDER_LOCK = threading.Lock()


@dataclass(frozen=True)
class Icon:
    """One icon in one style, e.g. Icon('dog', 'solid', 'Dog', 0xf6d3)."""

    name: str
    style: str
    label: str
    codepoint: int
    terms: tuple[str, ...] = field(default=(), compare=False)
    aliases: tuple[str, ...] = field(default=(), compare=False)

    @property
    def stylecloud_name(self) -> str:
        """The FA5 form stylecloud used: 'fas fa-dog'."""
        return f"{_SHORT[self.style]} fa-{self.name}"

    @property
    def css_name(self) -> str:
        """The FA6 form: 'fa-solid fa-dog'."""
        return f"fa-{self.style} fa-{self.name}"


def fontawesome_dir() -> Path:
    try:
        import fontawesomefree
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise DataError("Font Awesome icons are not installed; run `pip install fontawesomefree`.") from exc
    return Path(fontawesomefree.__file__).parent / "static" / "fontawesomefree"


@functools.lru_cache(maxsize=1)
def icon_catalog() -> tuple[Icon, ...]:
    """Every free icon in every style it comes in, in Font Awesome's (alphabetical) order."""
    meta = json.loads((fontawesome_dir() / "metadata" / "icons.json").read_text(encoding="utf-8"))
    icons: list[Icon] = []
    for name, info in meta.items():
        styles = info.get("free") or info.get("styles") or []
        terms = tuple(str(t) for t in (info.get("search") or {}).get("terms") or [])
        aliases = tuple((info.get("aliases") or {}).get("names") or [])
        for style in styles:
            if style in _FONT_FILES:
                icons.append(Icon(name, style, str(info.get("label", name)), int(info["unicode"], 16),
                                  terms, aliases))
    return tuple(icons)


@functools.lru_cache(maxsize=1)
def _index() -> dict[tuple[str, str], Icon]:
    index: dict[tuple[str, str], Icon] = {}
    for icon in icon_catalog():
        index[(icon.name, icon.style)] = icon
    for icon in icon_catalog():  # FA5 names renamed in FA6 ("grin" is now "face-grin")
        for alias in icon.aliases:
            index.setdefault((alias, icon.style), icon)
    return index


def icon_names() -> list[str]:
    return sorted({i.name for i in icon_catalog()} | {a for i in icon_catalog() for a in i.aliases})


def parse_icon_name(text: str) -> tuple[str, str | None]:
    """('dog', 'solid') from 'fas fa-dog', 'fa-solid fa-dog', 'fa-dog' or 'dog' (style None: any)."""
    parts = str(text or "").replace(",", " ").lower().split()
    style: str | None = None
    name = ""
    for part in parts:
        if part in _PREFIXES:
            style = _PREFIXES[part] or style
        elif part.startswith("fa-"):
            name = part[3:]
        else:
            name = part
    return name, style


def resolve_icon(text: str) -> Icon:
    """The icon named ``text``; DataError with close names when there is no such free icon."""
    name, style = parse_icon_name(text)
    if not name:
        raise DataError("No icon name was given. Use a Font Awesome name such as 'fas fa-dog'.")
    index = _index()
    styles = [style] if style else ["solid", "regular", "brands"]
    for s in styles:
        if (name, s) in index:
            return index[(name, s)]
    if style is not None:  # right name, other style: stylecloud users often wrote 'fas' for brands
        for s in ("solid", "regular", "brands"):
            if (name, s) in index:
                return index[(name, s)]
    hint = suggest_icons(name)
    tail = f" Did you mean {', '.join(hint)}?" if hint else ""
    raise DataError(f"There is no free Font Awesome icon named '{text.strip()}'.{tail}")


def suggest_icons(name: str, limit: int = 3) -> list[str]:
    names = icon_names()
    close = difflib.get_close_matches(name, names, n=12, cutoff=0.6)

    def closeness(candidate: str) -> float:  # typos that swap letters ('dgo') rank their word first
        ratio = difflib.SequenceMatcher(None, name, candidate).ratio()
        return ratio + (0.2 if sorted(candidate) == sorted(name) else 0.0) - 0.01 * abs(len(candidate) - len(name))

    found = sorted(close, key=closeness, reverse=True)[:limit]
    if len(found) < limit:
        found += [n for n in names if name and name in n and n not in found][: limit - len(found)]
    index = _index()
    out = []
    for n in found[:limit]:
        icon = next(index[(n, s)] for s in ("solid", "regular", "brands") if (n, s) in index)
        out.append(f"'{_SHORT[icon.style]} fa-{n}'")
    return out


def search_icons(query: str, limit: int | None = None) -> list[Icon]:
    """Icons whose name, label, old names or search terms match every word of ``query``, best first."""
    words = query.lower().split()
    if not words:
        return list(icon_catalog())[:limit]
    scored: list[tuple[int, int, Icon]] = []
    for order, icon in enumerate(icon_catalog()):
        hay_name = icon.name
        score = 0
        for w in words:
            if w == hay_name or w in icon.aliases:
                score += 100
            elif hay_name.startswith(w):
                score += 50
            elif w in hay_name or any(w in a for a in icon.aliases):
                score += 30
            elif any(t == w for t in icon.terms) or w in icon.label.lower():
                score += 20
            elif any(w in t.lower() for t in icon.terms):
                score += 10
            else:
                score = -1
                break
        if score > 0:
            scored.append((-score, order, icon))
    scored.sort(key=lambda x: (x[0], x[1]))
    result = [icon for _, _, icon in scored]
    return result if limit is None else result[:limit]


@functools.lru_cache(maxsize=16)
def _font(style: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(fontawesome_dir() / "webfonts" / _FONT_FILES[style]), size)


@functools.lru_cache(maxsize=64)
def render_icon(icon: Icon, width: int, height: int, margin: float = 0.02) -> Image.Image:
    """The icon as a greyscale image (255 = icon), as large as fits ``width`` x ``height`` inside a margin."""
    with _RENDER_LOCK:
        return _render(icon, width, height, margin)


def _render(icon: Icon, width: int, height: int, margin: float) -> Image.Image:
    char = chr(icon.codepoint)
    ref = _font(icon.style, 1000)
    left, top, right, bottom = ref.getbbox(char)
    if right <= left or bottom <= top:
        raise DataError(f"The icon '{icon.stylecloud_name}' has no shape to draw.")
    box_w, box_h = width * (1 - 2 * margin), height * (1 - 2 * margin)
    scale = min(box_w / (right - left), box_h / (bottom - top))
    font = _font(icon.style, max(1, int(1000 * scale)))
    left, top, right, bottom = font.getbbox(char)
    image = Image.new("L", (width, height), 0)
    x = (width - (right - left)) / 2 - left
    y = (height - (bottom - top)) / 2 - top
    ImageDraw.Draw(image).text((x, y), char, font=font, fill=255)
    return image
