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


class SketchNews(QObject):
    """Carries a drawing from one tab to another: the Latent explorer's sketch pad sends it, the Pixels &
    RBM tab completes it. ``pending`` keeps the last one until a tab takes it, so a tab built after the
    sending (tabs are built when first shown) still receives it."""

    sent = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.pending = None          # an (H, W) float array in [0, 1], or None

    def send(self, drawing) -> None:
        self.pending = drawing
        self.sent.emit()

    def take(self):
        drawing, self.pending = self.pending, None
        return drawing


@dataclass
class AppContext:
    settings: Settings
    reporter: ErrorReporter
    runs: RunsNews = field(default_factory=RunsNews)
    sketches: SketchNews = field(default_factory=SketchNews)
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
