"""What every tab receives: settings, the workspace folder, the error reporter, and news of the runs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from studio.core.settings import Settings
from studio.core.tasks import Failure
from studio.ui.errors import ErrorReporter

if TYPE_CHECKING:
    from studio.ui.model_catalog import ModelCatalog
    from studio.ui.preferences import Preferences


class RunsNews(QObject):
    """Says when the workspace's runs changed (a run started, ended, or moved to the trash), so that every
    tab's run list follows, whichever tab did it."""

    changed = Signal()


@dataclass
class AppContext:
    settings: Settings
    reporter: ErrorReporter
    runs: RunsNews = field(default_factory=RunsNews)
    models: "ModelCatalog" = None    # the model registry, loaded once in a thread for every tab
    preferences: "Preferences" = None   # the GUI's own settings (theme, language, audio output, window)

    def __post_init__(self) -> None:
        if self.preferences is None:
            from studio.ui.preferences import Preferences

            self.preferences = Preferences()
        if self.models is None:
            from studio.ui.model_catalog import ModelCatalog

            self.models = ModelCatalog(self.report_failure)

    @property
    def workspace(self) -> Path:
        return self.settings.workspace_path()

    def report_failure(self, failure: Failure) -> None:
        self.reporter.report(failure.message, failure.details)
