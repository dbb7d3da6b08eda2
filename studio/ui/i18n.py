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

from PySide6.QtCore import QCoreApplication

CONTEXT = "studio"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The user's language's version of ``text`` (a literal English string)."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def tr_noop(text: str) -> str:
    """Mark ``text`` for the catalogue and return it unchanged; ``tr`` it where it is shown."""
    return text
