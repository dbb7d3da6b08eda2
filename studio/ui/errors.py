"""One reporter for every error: a clear sentence for the user, the traceback in a log file."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from studio.ui.i18n import tr

log = logging.getLogger("studio")


class ErrorReporter:
    """Shows one sentence in a dialog and keeps the details in the log."""

    def __init__(self, parent: QWidget | None = None, log_file: Path | None = None) -> None:
        self.parent = parent
        self.log_file = log_file
        self.last_message: str | None = None
        # Tests switch dialogs off and read last_message instead.
        self.show_dialogs = True

    def report(self, message: str, details: str = "", title: str = "Generative Studio") -> None:
        self.last_message = message
        log.error("%s\n%s", message, details)
        if not self.show_dialogs:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self.parent)
        if details and self.log_file is not None:
            box.setInformativeText(tr("Details were written to {log_file}.").format(log_file=self.log_file))
        box.open()


def report_end(reporter: "ErrorReporter", end, prefix: str = "") -> bool:
    """Report a job's failure, if it failed (``end`` is a JobEnd); True when it did."""
    failure = getattr(end, "failure", None)
    if failure is None:
        return False
    reporter.report(prefix + failure.message, failure.details)
    return True


def setup_logging(log_dir: Path) -> Path:
    """Send the studio's log to ``log_dir/studio.log`` and return that path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "studio.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("studio")
    if not any(isinstance(h, logging.FileHandler) and Path(h.baseFilename) == path for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
