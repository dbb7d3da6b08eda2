"""Fonts for word clouds: a short list to choose from, glyph coverage, and finding a CJK font.

The list holds the fonts bundled under ``studio/assets/fonts`` (small OFL display fonts), word_cloud's own
DroidSansMono, matplotlib's DejaVu family (matplotlib is a dependency of word_cloud, so always there),
the Noto CJK fonts that ``packaging/install-system-deps.sh`` installs, and the studio's own subset of
Noto Sans CJK SC (so that Chinese clouds work without any system CJK font).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from studio.core.errors import DataError
from studio.resources import resource_path

DEFAULT_FONT = "Bebas Neue"


@dataclass(frozen=True)
class FontChoice:
    name: str
    path: str
    cjk: bool = False


# Where CJK fonts live on common systems, best first. The first one is what our set-up installs.
_CJK_CANDIDATES = [
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
]


def _package_dir(name: str) -> Path | None:
    """A package's folder without importing it (word_cloud and matplotlib take a second to import)."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def _wordcloud_font() -> str:
    folder = _package_dir("wordcloud")
    return str((folder or Path(".")) / "DroidSansMono.ttf")


def _dejavu(name: str) -> str | None:
    for folder in ("/usr/share/fonts/truetype/dejavu",):
        if os.path.exists(os.path.join(folder, name)):
            return os.path.join(folder, name)
    folder = _package_dir("matplotlib")  # word_cloud depends on matplotlib, which ships DejaVu
    path = folder / "mpl-data" / "fonts" / "ttf" / name if folder else None
    return str(path) if path and path.exists() else None


@functools.lru_cache(maxsize=1)
def available_fonts() -> tuple[FontChoice, ...]:
    """The fonts offered by name in the tab and the CLI (``--font_path "Bebas Neue"``)."""
    fonts: list[FontChoice] = []
    bundled = {"BebasNeue-Regular.otf": "Bebas Neue", "LeagueSpartan-Bold.otf": "League Spartan Bold",
               "Comfortaa-Bold.ttf": "Comfortaa Bold"}
    for file, name in bundled.items():
        path = resource_path("fonts", file)
        if path.exists():
            fonts.append(FontChoice(name, str(path)))
    fonts.append(FontChoice("Droid Sans Mono", _wordcloud_font()))
    for file, name in (("DejaVuSans.ttf", "DejaVu Sans"), ("DejaVuSans-Bold.ttf", "DejaVu Sans Bold"),
                       ("DejaVuSerif.ttf", "DejaVu Serif"), ("DejaVuSansMono.ttf", "DejaVu Sans Mono")):
        path = _dejavu(file)
        if path:
            fonts.append(FontChoice(name, path))
    for path, name in (("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "Noto Sans CJK"),
                       ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", "Noto Sans CJK Bold"),
                       ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", "Noto Serif CJK")):
        if os.path.exists(path):
            fonts.append(FontChoice(name, path, cjk=True))
    # The studio's own Chinese font (common GB2312 characters): after the system's complete CJK fonts, so
    # that rare characters still find a glyph where those exist, and Chinese clouds work where they don't.
    bundled_cjk = resource_path("fonts", "NotoSansCJKsc-Regular-subset.otf")
    if bundled_cjk.exists():
        fonts.append(FontChoice("Noto Sans SC (built in)", str(bundled_cjk), cjk=True))
    return tuple(fonts)


def font_name(path: str) -> str:
    """The name a font is offered under ('Noto Sans CJK'), else its file name without the extension."""
    for font in available_fonts():
        if font.path == str(path):
            return font.name
    return Path(path).stem


def resolve_font(font: str | os.PathLike | None) -> str:
    """A font file path from a path or one of the names in ``available_fonts()``; None gives the default."""
    if font is None or str(font).strip() == "":
        font = DEFAULT_FONT
    text = str(font).strip()
    by_name = {f.name.lower(): f.path for f in available_fonts()}
    if text.lower() in by_name:
        return by_name[text.lower()]
    path = Path(text).expanduser()
    if path.is_file():
        try:
            from PIL import ImageFont

            ImageFont.truetype(str(path), 12)
        except OSError:
            raise DataError(f"'{path.name}' is not a font file that can be read (use a .ttf, .otf or .ttc).")
        return str(path)
    if text.lower() == DEFAULT_FONT.lower():  # bundled font missing (an incomplete install)
        return _wordcloud_font()
    names = ", ".join(f.name for f in available_fonts())
    raise DataError(f"The font '{text}' was not found. Give a font file or one of: {names}.")


@functools.lru_cache(maxsize=32)
def _codepoints(path: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    kwargs = {"fontNumber": 0} if path.lower().endswith((".ttc", ".otc")) else {}
    try:
        with TTFont(path, lazy=True, **kwargs) as font:
            cmap = font.getBestCmap() or {}
    except Exception:  # noqa: BLE001 - an unreadable font covers nothing
        return frozenset()
    return frozenset(cmap)


def missing_characters(path: str, chars: Iterable[str]) -> set[str]:
    """The characters among ``chars`` (spaces aside) that the font has no glyph for."""
    cps = _codepoints(str(path))
    return {c for c in set(chars) if not c.isspace() and ord(c) not in cps}


def covers(path: str, text: str) -> bool:
    return not missing_characters(path, text)


@functools.lru_cache(maxsize=1)
def _system_cjk_fonts() -> tuple[str, ...]:
    found = [p for p in _CJK_CANDIDATES if os.path.exists(p)]
    fc_list = shutil.which("fc-list")
    if fc_list:
        try:
            out = subprocess.run([fc_list, ":lang=zh", "file"], capture_output=True, text=True, timeout=5).stdout
            found += sorted(line.split(":")[0].strip() for line in out.splitlines() if line.strip())
        except (OSError, subprocess.SubprocessError):
            pass
    return tuple(dict.fromkeys(found))


def find_font_for(text: str, preferred: str | None = None) -> str | None:
    """A font that has a glyph for every character of ``text``: ``preferred`` if it does, else a bundled or
    system font (CJK fonts first when the text needs them); else the one that misses the fewest."""
    chars = set(text)
    if preferred and not missing_characters(preferred, chars):
        return preferred
    candidates = [f.path for f in available_fonts() if f.cjk] + list(_system_cjk_fonts())
    candidates += [f.path for f in available_fonts() if not f.cjk]
    best, best_missing = None, None
    for path in dict.fromkeys(candidates):
        missing = len(missing_characters(path, chars))
        if missing == 0:
            return path
        if best_missing is None or missing < best_missing:
            best, best_missing = path, missing
    return best
