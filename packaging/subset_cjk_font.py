"""Make the Chinese font the studio ships: a subset of Noto Sans CJK SC, with its licence.

The UI must show Simplified Chinese without relying on the user's system fonts, and word clouds of
Chinese text should render too. The whole Noto Sans CJK SC face is 16 MB; the studio ships only:

- every character of the Chinese translation (``<translation>`` texts of studio/assets/translations/*.ts),
- the GB2312 level-1 hanzi (the 3,755 most common characters) and GB2312's punctuation and symbols,
- printable ASCII and Latin-1, so that mixed text keeps one look.

Run it again whenever the translation changes (``make cjk-font``); it needs fontTools and the source font
(Debian/Ubuntu: ``fonts-noto-cjk``, which packaging/install-system-deps.sh installs).

    python packaging/subset_cjk_font.py [--source NotoSansCJK-Regular.ttc] [--level 2] [TS_FILES...]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "studio" / "assets"
OUTPUT = ASSETS / "fonts" / "NotoSansCJKsc-Regular-subset.otf"
LICENCE = ASSETS / "fonts" / "NotoSansCJKsc-LICENSE.txt"
SOURCES = ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
           "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
           "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc"]
DEBIAN_COPYRIGHT = "/usr/share/doc/fonts-noto-cjk/copyright"
FAMILY = "Noto Sans CJK SC"


def gb2312_characters(level: int = 1) -> set[str]:
    """GB2312's characters: rows 1-9 (punctuation, full-width forms, kana, Greek, Cyrillic, box drawing)
    and the hanzi of level 1 (rows 16-55) or of levels 1 and 2 (rows 16-87)."""
    last_row = 55 if level == 1 else 87
    chars: set[str] = set()
    for row in list(range(1, 10)) + list(range(16, last_row + 1)):
        for cell in range(1, 95):
            try:
                chars.add(bytes([0xA0 + row, 0xA0 + cell]).decode("gb2312"))
            except UnicodeDecodeError:   # an unassigned cell
                pass
    return chars


def translation_characters(ts_files: list[Path]) -> set[str]:
    """Every character of the translated texts (and their plural forms) in Qt .ts files."""
    chars: set[str] = set()
    for path in ts_files:
        for node in ET.parse(path).getroot().iter("translation"):
            texts = [node.text or ""] + [form.text or "" for form in node.iter("numerusform")]
            for text in texts:
                chars.update(text)
    return chars


def find_source(given: str | None) -> tuple[str, int]:
    """The source font file and the number of its Simplified Chinese face in the collection."""
    from fontTools.ttLib import TTCollection, TTFont

    candidates = [given] if given else SOURCES
    for path in candidates:
        if path and os.path.exists(path):
            if path.lower().endswith((".ttc", ".otc")):
                collection = TTCollection(path, lazy=True)
                for number, face in enumerate(collection.fonts):
                    if face["name"].getDebugName(1) == FAMILY:
                        return path, number
                raise SystemExit(f"{path} holds no '{FAMILY}' face.")
            TTFont(path, lazy=True)  # a plain .otf: check it reads
            return path, -1
    raise SystemExit("No Noto Sans CJK font found: install fonts-noto-cjk or pass --source.")


def subset(source: str, number: int, chars: set[str], output: Path) -> None:
    from fontTools import subset as ft_subset
    from fontTools.ttLib import TTFont

    font = TTFont(source, fontNumber=number, lazy=False) if number >= 0 else TTFont(source)
    options = ft_subset.Options()
    options.layout_features = ["*"]        # keep vertical forms, punctuation width features, ligatures
    options.name_IDs = ["*"]                # keep the copyright and licence records
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False                 # CFF hints are a fifth of the size and Qt renders unhinted
    subsetter = ft_subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in chars))
    subsetter.subset(font)
    output.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the target and renamed into place, so that a failed run leaves the old font.
    with tempfile.NamedTemporaryFile(dir=output.parent, suffix=".tmp", delete=False) as tmp:
        pass
    try:
        font.save(tmp.name)
        os.chmod(tmp.name, 0o644)
        os.replace(tmp.name, output)
    finally:
        if os.path.exists(tmp.name):
            os.unlink(tmp.name)


def write_licence(source: str, number: int, count: int, level: int) -> None:
    """The font's copyright and the full SIL Open Font License text (from Debian's copyright file)."""
    from fontTools.ttLib import TTFont

    font = TTFont(source, fontNumber=max(number, 0), lazy=True)
    names = font["name"]
    ofl = _ofl_text()
    LICENCE.write_text(
        f"{OUTPUT.name}: a subset of {FAMILY} Regular "
        f"({names.getDebugName(5)}), {count} characters\n"
        f"(the Chinese translation, GB2312 level {'1' if level == 1 else '1 and 2'} and symbols, ASCII, Latin-1),\n"
        "made by packaging/subset_cjk_font.py with fontTools. Upstream: https://github.com/notofonts/noto-cjk\n\n"
        f"Copyright: {names.getDebugName(0)}\n"
        f"License: {names.getDebugName(13)}\n\n" + ofl, encoding="utf-8")


def _ofl_text() -> str:
    try:
        lines = Path(DEBIAN_COPYRIGHT).read_text(encoding="utf-8").splitlines()
    except OSError:
        # The same licence text travels with the other OFL fonts of the studio.
        lines = (ASSETS / "fonts" / "LeagueSpartan-LICENSE.txt").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if "SIL OPEN FONT LICENSE" in line)
    body = []
    for line in lines[start - 1:]:
        if line and not line.startswith(" "):
            break
        body.append("" if line.strip() == "." else line[1:])
    return "\n".join(body).strip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts_files", nargs="*", type=Path,
                        help="Qt translation files (default: studio/assets/translations/*.ts)")
    parser.add_argument("--source", help="the Noto Sans CJK font (.ttc or the SC .otf)")
    parser.add_argument("--level", type=int, choices=(1, 2), default=1, help="GB2312 hanzi levels to include")
    args = parser.parse_args()
    ts_files = args.ts_files or sorted((ASSETS / "translations").glob("*.ts"))
    chars = gb2312_characters(args.level) | translation_characters(ts_files)
    chars |= {chr(c) for c in range(0x20, 0x7F)} | {chr(c) for c in range(0xA0, 0x100)}
    source, number = find_source(args.source)
    subset(source, number, chars, OUTPUT)
    write_licence(source, number, len(chars), args.level)
    print(f"{OUTPUT.relative_to(ROOT)}: {len(chars)} characters "
          f"({len(translation_characters(ts_files))} from {len(ts_files)} translation files), "
          f"{OUTPUT.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
