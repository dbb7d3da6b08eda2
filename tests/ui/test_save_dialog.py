"""The save dialog helper: a suffix added after Qt's dialog is asked about before replacing a file."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox


def test_an_added_suffix_that_names_an_existing_file_is_confirmed(qtbot, tmp_path, monkeypatch):
    from studio.ui.widgets import save_dialog

    (tmp_path / "cloud.png").write_bytes(b"keep")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "cloud"), ""))
    asked = []

    def answer(reply):
        def question(parent, title, text, *args):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert save_dialog.ask_save_path(None, "Export", str(tmp_path), "PNG (*.png)", ".png") is None
    assert asked and "cloud.png already exists" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert save_dialog.ask_save_path(None, "Export", str(tmp_path), "PNG (*.png)", ".png") == tmp_path / "cloud.png"
    # A name typed with its suffix was confirmed by Qt's own dialog: no second question.
    asked.clear()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "cloud.png"), ""))
    assert save_dialog.ask_save_path(None, "Export", str(tmp_path), "PNG (*.png)", ".png") == tmp_path / "cloud.png"
    assert not asked and (tmp_path / "cloud.png").read_bytes() == b"keep"
