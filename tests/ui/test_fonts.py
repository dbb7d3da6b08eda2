"""The bundled Chinese font: it covers the UI's Chinese and common text, and Qt draws Chinese with it."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QLabel

from studio.resources import resource_path
from studio.ui.fonts import CJK_FONT_FILE, cjk_family, install_fonts

REPO = Path(__file__).resolve().parents[2]


def _load_subset_script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("subset_cjk_font", REPO / "packaging" / "subset_cjk_font.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def font_families_drawing(text: str, font) -> set[str]:
    """The families of the fonts Qt actually draws ``text`` with (fallbacks included)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


def test_widgets_draw_chinese_with_the_bundled_font_and_latin_as_before(qapp):
    label = QLabel()
    latin_before = font_families_drawing("Train", label.font())
    family = install_fonts(qapp)
    assert family == cjk_family() == "Noto Sans CJK SC"
    assert install_fonts(qapp) == family       # a second call changes nothing
    label = QLabel()
    drawn = font_families_drawing("Train 训练模型", label.font())
    assert family in drawn                     # not the system's Japanese face, as Qt picked before
    assert font_families_drawing("Train", label.font()) == latin_before


def test_the_subset_covers_the_translation_and_common_chinese():
    from fontTools.ttLib import TTFont

    subset = _load_subset_script()
    path = resource_path("fonts", CJK_FONT_FILE)
    assert path.stat().st_size < 3_000_000          # a subset, not the 16 MB face
    assert resource_path("fonts", "NotoSansCJKsc-LICENSE.txt").read_text().count("SIL OPEN FONT LICENSE") >= 1
    cmap = TTFont(str(path), lazy=True).getBestCmap()
    needed = subset.gb2312_characters(level=1)
    needed |= subset.translation_characters(sorted(resource_path("translations").glob("*.ts")))
    # The East Asian wide and full-width characters (hanzi, CJK punctuation): the ones the subset is for.
    # Symbols such as ▸ or ₁ in a translation are drawn by the UI's own font, as in English.
    missing = sorted(c for c in needed if ord(c) not in cmap and unicodedata.east_asian_width(c) in "WF")
    assert not missing, f"{len(missing)} characters missing, e.g. {''.join(missing[:20])}; " \
                        "run `make cjk-font` after changing the translation"
    assert len(subset.gb2312_characters(level=1)) > 3755 + 600   # the hanzi and GB2312's symbols


def test_word_clouds_can_use_the_bundled_font_for_chinese():
    from studio.clouds.fonts import available_fonts, covers, resolve_font

    path = resolve_font("Noto Sans SC (built in)")
    assert path == str(resource_path("fonts", CJK_FONT_FILE))
    assert any(f.cjk and f.path == path for f in available_fonts())
    assert covers(path, "生成模型的词云")
