"""The Settings dialog (File ▸ Settings, Ctrl+,): workspace, device, theme, language and audio output.

The workspace and the device are the core's settings (the command line reads them too); theme,
language and audio output are the window's preferences (``studio.ui.preferences``). The dialog only
collects the values: ``applied`` hands the changed ones to the window, which applies and saves them.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from studio.ui.context import AppContext
from studio.ui.i18n import tr

DEVICES = ("auto", "cuda", "mps", "cpu")
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}     # each in its own language, never translated


def workspace_problem(folder: str) -> str | None:
    """None when ``folder`` can be the workspace (created if missing), else the sentence that says why not."""
    if not folder.strip():
        return tr("Choose a workspace folder.")
    path = Path(folder).expanduser()
    if path.exists() and not path.is_dir():
        return tr("{path} is a file, not a folder.").format(path=path)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return tr("The folder {path} could not be created ({error}).").format(path=path, error=exc.strerror or exc)
    if not os.access(path, os.W_OK):
        return tr("The folder {path} cannot be written to.").format(path=path)
    return None


class SettingsDialog(QDialog):
    """Edits the settings; OK and Apply emit ``applied`` with the values that changed (by key)."""

    applied = Signal(dict)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Settings"))
        self.setMinimumWidth(520)
        form = QFormLayout()

        self.workspace_edit = QLineEdit(str(context.workspace))
        self.workspace_edit.setObjectName("workspace")
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.workspace_edit, 1)
        row.addWidget(browse)
        form.addRow(tr("Workspace folder:"), row)
        form.addRow("", self._hint(tr("Runs, datasets and logs are kept here; the command line uses it too.")))

        self.device_combo = self._combo("device", [
            ("auto", tr("Automatic (CUDA GPU, else Apple GPU, else CPU)")), ("cuda", tr("CUDA GPU")),
            ("mps", tr("Apple GPU (MPS)")), ("cpu", tr("CPU"))], context.settings.device)
        form.addRow(tr("Training device:"), self.device_combo)

        prefs = context.preferences
        self.theme_combo = self._combo("theme", [("system", tr("Follow the system")), ("light", tr("Light")),
                                                 ("dark", tr("Dark"))], prefs.theme)
        form.addRow(tr("Theme:"), self.theme_combo)

        self.language_combo = self._combo("language", [("system", tr("Follow the system"))]
                                          + list(LANGUAGE_NAMES.items()), prefs.language)
        form.addRow(tr("Language:"), self.language_combo)
        self.language_note = self._hint(tr("A new language takes effect when the studio starts again."))
        form.addRow("", self.language_note)

        from studio.music.playback import output_devices

        devices = [("", tr("System default"))] + [(name, name) for name in output_devices()]
        if prefs.audio_output and prefs.audio_output not in dict(devices):
            devices.append((prefs.audio_output, tr("{name} (not connected)").format(name=prefs.audio_output)))
        self.audio_combo = self._combo("audio_output", devices, prefs.audio_output)
        form.addRow(tr("Audio output:"), self.audio_combo)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #c0392b;")
        self.problem_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.Apply)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _combo(self, name: str, items: list[tuple[str, str]], current: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: palette(mid);")
        return label

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Workspace folder"), self.workspace_edit.text())
        if folder:
            self.workspace_edit.setText(folder)

    def values(self) -> dict:
        """What the dialog shows now, by key (workspace, device, theme, language, audio_output)."""
        return {"workspace": str(Path(self.workspace_edit.text().strip()).expanduser()),
                "device": self.device_combo.currentData(), "theme": self.theme_combo.currentData(),
                "language": self.language_combo.currentData(), "audio_output": self.audio_combo.currentData()}

    def changes(self) -> dict:
        """The values that differ from the settings in use."""
        prefs, settings = self.context.preferences, self.context.settings
        now = {"workspace": str(self.context.workspace), "device": settings.device, "theme": prefs.theme,
               "language": prefs.language, "audio_output": prefs.audio_output}
        return {key: value for key, value in self.values().items() if value != now[key]}

    def apply(self) -> bool:
        """Check the values and hand the changed ones on; False (and the reason shown) if one is wrong."""
        changes = self.changes()
        problem = workspace_problem(changes["workspace"]) if "workspace" in changes else None
        self.problem_label.setText(problem or "")
        self.problem_label.setVisible(problem is not None)
        if problem is not None:
            return False
        if changes:
            self.applied.emit(changes)
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()
