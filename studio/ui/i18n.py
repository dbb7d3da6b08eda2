"""Translation of the user interface.

English lives in the code; every other language comes from a Qt translation file. Every string a user
can read goes through ``tr``, written as a literal so that the extractor finds it:

    label.setText(tr("Saved {path}").format(path=path))    # not tr(f"Saved {path}")

A literal that must be written where it is defined, before any translator is installed (a module
constant, a default argument), is marked with ``tr_noop`` so that the extractor finds it, and goes
through ``tr`` where it is shown: ``COLUMNS = (tr_noop("Start"), ...)`` then ``tr(COLUMNS[0])``.

``tr`` looks the text up in the installed QTranslator (one context, "studio") and returns the English
text where there is no translation.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

CONTEXT = "studio"
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}   # code -> the language's own name (for a settings menu)
SETTING_KEY = "ui/language"
ENV_VAR = "STUDIO_LANG"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The user's language's version of ``text`` (a literal English string)."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def tr_noop(text: str) -> str:
    """Mark ``text`` for the catalogue and return it unchanged; ``tr`` it where it is shown."""
    return text


def normalise(language: str | None) -> str | None:
    """One of ``LANGUAGES``' codes for a setting or locale name ("zh", "zh_CN", "zh-Hans", "en_GB"…), or
    None when it names no language the studio has."""
    if not language:
        return None
    code = language.strip().replace("-", "_")
    if code.lower().startswith("zh"):
        # Traditional Chinese (zh_TW, zh_HK, zh_Hant) is not Simplified: better English than the wrong script.
        return None if any(t in code.lower() for t in ("tw", "hk", "mo", "hant")) else "zh_CN"
    if code.lower().startswith("en") or code.upper() == "C" or code.upper() == "POSIX":
        return "en"
    return None


def chosen_language(language: str | None = None) -> str:
    """The language the UI starts in: ``STUDIO_LANG`` (tests, screenshots), else ``language`` (the caller's
    setting), else the "ui/language" preference, else the system's when it is Simplified Chinese, else
    English. "system" (or nothing) means: follow the system."""
    for candidate in (os.environ.get(ENV_VAR), language, _preference()):
        code = normalise(candidate) if candidate != "system" else None
        if code is not None:
            return code
    return normalise(QLocale.system().name()) or "en"


def _preference() -> str | None:
    """The "ui/language" value of the GUI's preferences (an INI file beside the core's settings)."""
    from studio.core.settings import config_dir

    value = QSettings(str(config_dir() / "studio.ini"), QSettings.Format.IniFormat).value(SETTING_KEY, None)
    return value if isinstance(value, str) else None


_installed: list[QTranslator] = []


def install_translator(app: QCoreApplication, language: str | None = None) -> str:
    """Translate the UI of ``app`` into ``chosen_language(language)`` and return the code in use. Call it
    before any window is built: texts are translated when widgets are made.

    For Chinese it loads the studio's catalogue and Qt's own (standard buttons and dialogs); for English
    (or a language without a catalogue) it removes any translator installed here, so that the English of
    the code shows.
    """
    from studio.resources import resource_path

    code = chosen_language(language)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if code == "en":
        return "en"
    studio_qm = QTranslator(app)
    if not studio_qm.load(str(resource_path("translations", f"studio_{code}.qm"))):
        return "en"                      # a broken or missing catalogue: English rather than a mix
    qt_qm = QTranslator(app)
    # Qt's own words (OK, Cancel, the file dialog): from Qt's translations folder, or a copy in studio/assets/
    # for a bundle that leaves that folder out.
    for folder in (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(resource_path("translations"))):
        if qt_qm.load(f"qtbase_{code}", folder):
            app.installTranslator(qt_qm)
            _installed.append(qt_qm)
            break
    app.installTranslator(studio_qm)
    _installed.append(studio_qm)
    return code
