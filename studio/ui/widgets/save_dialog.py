"""The save dialog every export uses: Qt asks before replacing the name the user typed; when a suffix has
to be added, the file that name then points at is asked about too (Qt's dialog never saw it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from studio.ui.i18n import tr


def confirm_replace(parent: QWidget | None, path: Path) -> bool:
    """Ask whether the existing ``path`` may be replaced (default: No)."""
    answer = QMessageBox.question(
        parent, tr("Replace the file?"), tr("{name} already exists in {parent}. Replace it?").format(
            name=path.name, parent=path.parent),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def with_suffix(path: str, suffix: str) -> tuple[Path, bool]:
    """``path`` ending in ``suffix`` (added when missing); True when it was added."""
    p = Path(path)
    if p.suffix.lower() == suffix.lower():
        return p, False
    return p.with_name(p.name + suffix), True


def ask_save_path(parent: QWidget | None, title: str, start: str, filters: str,
                  suffix: str | None = None) -> Path | None:
    """A confirmed output path, or None when the user cancelled. The output guard still checks it."""
    name, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    if not name:
        return None
    if suffix is None:
        return Path(name)
    path, added = with_suffix(name, suffix)
    if added and path.exists() and not path.is_dir() and not confirm_replace(parent, path):
        return None
    return path
