"""The fonts the UI ships with, so that Chinese text never depends on the user's system fonts.

The studio carries a subset of Noto Sans CJK SC (studio/assets/fonts, made by
packaging/subset_cjk_font.py: the Chinese translation's characters and the common GB2312 ones).
``install_fonts`` registers it with Qt and puts it right after the UI's own family, so that widgets draw
Latin text as before and Chinese with it, before Qt would look for a system font (on a machine with the
Japanese and Chinese Noto faces, Qt's own fallback picked the Japanese one, whose glyphs differ).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from studio.resources import resource_path

CJK_FONT_FILE = "NotoSansCJKsc-Regular-subset.otf"

_registered: dict[str, str | None] = {}


def cjk_family() -> str | None:
    """The bundled CJK font's family name, registering the font with Qt on first use (needs a
    QGuiApplication); None when the file is missing or unreadable (the system's fonts then serve)."""
    if CJK_FONT_FILE not in _registered:
        path = resource_path("fonts", CJK_FONT_FILE)
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _registered[CJK_FONT_FILE] = families[0] if families else None
    return _registered[CJK_FONT_FILE]


def install_fonts(app: QApplication | None = None) -> str | None:
    """Register the bundled fonts and make the CJK one the fallback for Chinese; returns its family."""
    family = cjk_family()
    app = app or QApplication.instance()
    if family is None or app is None:
        return family
    # The real family behind the UI's font (the default is an alias such as "Sans Serif", which the
    # CJK font would replace outright rather than complete).
    general = QFontInfo(app.font()).family()
    font = app.font()
    if family not in font.families():
        font.setFamilies([general, family])     # every widget that inherits the UI's font
        app.setFont(font)
    if family not in QFont.substitutes(general):
        QFont.insertSubstitution(general, family)   # widgets that ask for the family by name
    return family
