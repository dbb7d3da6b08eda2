"""The one way to find the studio's own files (icons, fonts, translations, stop words, the .desktop entry).

They live in the package, under ``studio/assets``, so that a source checkout, an installed wheel (``pip``
or ``pipx install .``) and a frozen PyInstaller bundle all find them the same way.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``assets`` folder: beside this module, or inside a PyInstaller bundle's data folder."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        # The spec copies studio/assets to the same place in the bundle (see packaging/studio.spec).
        return Path(frozen_root) / "studio" / "assets"
    return Path(__file__).resolve().parent / "assets"


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("icons", "app.svg")``."""
    return resources_dir().joinpath(*parts)
