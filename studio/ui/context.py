"""What every tab receives: settings, the workspace folder and the error reporter."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from studio.core.settings import Settings
from studio.ui.errors import ErrorReporter


@dataclass
class AppContext:
    settings: Settings
    reporter: ErrorReporter

    @property
    def workspace(self) -> Path:
        return self.settings.workspace_path()
