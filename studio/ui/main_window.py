"""The main window: one tab per activity, a menu, and a status bar."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (QApplication, QFileDialog, QMainWindow, QMessageBox, QTabWidget, QWidget)

from studio import APP_ID, APP_NAME, __version__
from studio.resources import resource_path
from studio.ui.context import AppContext

# (title, "module:Class"). Each tab class takes (context, parent) and may define shutdown().
# Only tabs that work end to end are listed; the others arrive with their own issues.
TABS: list[tuple[str, str]] = [
    ("Training monitor", "studio.ui.tabs.training:TrainingTab"),
    ("Latent explorer", "studio.ui.tabs.latent:LatentTab"),
    ("GAN grids", "studio.ui.tabs.gan:GanTab"),
    ("Pixels & RBM", "studio.ui.tabs.pixels:PixelsTab"),
    ("Piano roll", "studio.ui.tabs.music:MusicTab"),
    ("Video highlights", "studio.ui.tabs.highlights:HighlightsTab"),
    ("Word clouds", "studio.ui.tabs.wordcloud:WordCloudTab"),
]


def _load(spec: str):
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        context.reporter.parent = self
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 820)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.tab_widgets: dict[str, QWidget] = {}
        for title, spec in TABS:
            widget = _load(spec)(context, self)
            self.tab_widgets[title] = widget
            self.tabs.addTab(widget, title.replace("&", "&&"))   # a plain "&" would be a shortcut mark
        for i, widget in enumerate(list(self.tab_widgets.values())[:9]):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            # By widget, not index: the Welcome tab comes and goes in front of them.
            action.triggered.connect(lambda _=False, w=widget: self.tabs.setCurrentWidget(w))
            self.addAction(action)
        self._build_menu()
        from studio.ui.welcome import install_welcome

        self.welcome = install_welcome(self)   # the Welcome tab, Open/Open Recent, drops on the window
        self.statusBar().showMessage(f"Workspace: {context.workspace}")
        if context.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(context.settings.window_geometry.encode()))

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.setObjectName("file_menu")
        choose = QAction("Choose &workspace folder…", self)
        choose.triggered.connect(self.choose_workspace)
        file_menu.addAction(choose)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.setObjectName("help_menu")
        about = QAction("&About", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def choose_workspace(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Workspace folder", str(self.context.workspace))
        if not folder:
            return
        self.context.settings.workspace = folder
        self.context.settings.save()
        self.statusBar().showMessage(f"Workspace: {folder}")
        for widget in self.tab_widgets.values():
            refresh = getattr(widget, "workspace_changed", None)
            if refresh is not None:
                refresh()

    def show_about(self) -> None:
        QMessageBox.about(self, APP_NAME, f"<b>{APP_NAME}</b> {__version__}<br>"
                          "Train generative models on your own machine and play with what they learn.")

    def shutdown_tabs(self) -> None:
        for widget in self.tab_widgets.values():
            shutdown = getattr(widget, "shutdown", None)
            if shutdown is not None:
                shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.shutdown_tabs()
        self.context.settings.window_geometry = bytes(self.saveGeometry().toBase64()).decode()
        try:
            self.context.settings.save()
        except OSError:
            pass
        event.accept()


def route_warnings(window: QMainWindow) -> None:
    """Python warnings never reach the terminal: a known one (a huge picture, no CUDA) is said once in the
    status bar, the rest go to the log (as on the command line)."""
    import warnings

    from studio.core.console import warning_shower

    warnings.simplefilter("default")
    warnings.showwarning = warning_shower(lambda note: window.statusBar().showMessage(
        note[:1].upper() + note[1:], 15000))


def run_app(argv: list[str] | None = None) -> int:
    """Start the GUI; returns the exit code."""
    import os
    import sys

    from studio.core.settings import Settings
    from studio.ui.errors import ErrorReporter, setup_logging

    app = QApplication.instance() or QApplication(sys.argv if argv is None else argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", f"{APP_ID}.svg"))))
    settings = Settings.load()
    log_file = None
    try:
        log_file = setup_logging(settings.workspace_path() / "logs")
    except OSError:
        pass
    reporter = ErrorReporter(log_file=log_file)
    window = MainWindow(AppContext(settings=settings, reporter=reporter))
    route_warnings(window)
    window.show()
    if os.environ.get("STUDIO_REPORT_SHOWN"):
        # For bench/bench_cold_start.py: say when the event loop runs with the window on screen.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: print("studio: window shown", flush=True))
    return app.exec()
