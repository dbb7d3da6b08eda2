"""The main window: one tab per activity, a menu, and a status bar.

The window paints first and builds its tabs afterwards: each tab starts as a light placeholder page,
the current one is built right after the first paint, and each other one when it is first shown. So the
heavy modules of the tabs (pyqtgraph, PyAV, the music and video code; torch only ever in worker threads
and processes) are imported after the window is on screen (issue 11: cold start to the first paint), and
only for the tabs a user opens. Building the hidden tabs in idle time was tried and dropped: each build
holds the event loop for 0.3–1 s, which lands wherever the user happens to be (typing, dragging, a
training's first curves), whereas a tab built when opened costs that once, behind its "Opening…" page.
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Iterator, Mapping

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow, QTabWidget, QWidget

from studio import APP_ID, APP_NAME, __version__
from studio.resources import resource_path
from studio.ui.context import AppContext
from studio.ui.fonts import install_fonts
from studio.ui.i18n import tr

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

# How long a thread of the window's process may keep the GIL once the GUI thread asks for it (see
# MainWindow.__init__).
GIL_SWITCH_S = 0.0005


def _load(spec: str):
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


class TabPages(Mapping):
    """The window's tabs by title. Asking for a tab that is not built yet builds it, so callers (and
    tests) never see a placeholder; ``built()`` lists only the tabs that exist."""

    def __init__(self, window: "MainWindow") -> None:
        self._window = window

    def __getitem__(self, title: str) -> QWidget:
        return self._window.build_tab(title)

    def __iter__(self) -> Iterator[str]:
        return iter(title for title, _ in TABS)

    def __len__(self) -> int:
        return len(TABS)

    def built(self) -> dict[str, QWidget]:
        return dict(self._window._built)


class _Placeholder(QLabel):
    """What a tab shows until it is built (right after the first paint, or when it is first opened)."""

    def __init__(self, title: str) -> None:
        super().__init__(tr("Opening {tab}…").format(tab=tr(title)))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("color: palette(mid);")


class MainWindow(QMainWindow):
    first_painted = Signal(float)     # time.time() of the window's first paint (for the cold-start bench)
    tab_built = Signal(str)           # a tab's title, once its page has replaced the placeholder

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        # A worker thread of this process that runs Python (opening a latent space, a job's reader) keeps
        # the GIL up to the switch interval each time the GUI thread asks for it, and a paint asks many
        # times: 5 ms (Python's default) made a 15 ms repaint take 40-50 ms beside a busy thread. Only a
        # thread that waits for the GIL is affected, so this costs nothing while the window is idle.
        sys.setswitchinterval(GIL_SWITCH_S)
        self.context = context
        self.preferences = context.preferences
        context.reporter.parent = self
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 820)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._built: dict[str, QWidget] = {}
        self._failed: dict[str, str] = {}    # title: the sentence said, for a tab whose building raised
        self._placeholders: dict[str, _Placeholder] = {}
        self._painted = False
        for title, _spec in TABS:
            self._placeholders[title] = _Placeholder(title)
            self.tabs.addTab(self._placeholders[title], tr(title).replace("&", "&&"))   # "&" alone: a shortcut mark
        self.tab_widgets = TabPages(self)
        for i, (title, _spec) in enumerate(TABS[:9]):
            text = tr("Show the {tab} tab").format(tab=tr(title)).replace("&", "&&")
            action = QAction(text, self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            # By title, not index: the Welcome tab comes and goes in front of them.
            action.triggered.connect(lambda _=False, t=title: self.show_tab(t))
            self.addAction(action)
        self._build_menu()
        self.statusBar().showMessage(tr("Workspace: {folder}").format(folder=context.workspace))
        self.restore_window_state()
        # The Welcome tab (first, at start-up until the user says otherwise), File ▸ Open/Recent, drops.
        from studio.ui.welcome import install_welcome

        self.welcome = install_welcome(self)
        # A drawing sent from the Latent explorer's sketch pad is completed in the Pixels & RBM tab.
        context.sketches.sent.connect(lambda: self.show_tab("Pixels & RBM"))
        self.tabs.currentChanged.connect(self._current_changed)

    # Tabs, built after the first paint ---------------------------------------------------------------

    def build_tab(self, title: str) -> QWidget:
        """The tab called ``title``, built now if it was not yet (its page replaces the placeholder)."""
        if title in self._built:
            return self._built[title]
        spec = dict(TABS)[title]      # KeyError for an unknown title, as a dict would
        from studio.ui.theme import sync_plot_colors

        sync_plot_colors(import_now=True)      # new plots take the theme's colours
        widget = _load(spec)(self.context, self)
        self._built[title] = widget
        placeholder = self._placeholders.pop(title)
        index = self.tabs.indexOf(placeholder)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)           # the page changes, not the tab the user is on
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, tr(title).replace("&", "&&"))
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        placeholder.deleteLater()
        self.tab_built.emit(title)
        return widget

    def show_tab(self, title: str) -> QWidget:
        """Build (if needed) and bring forward the tab called ``title``; returns its page."""
        widget = self.build_tab(title)
        self.tabs.setCurrentWidget(widget)
        return widget

    def tab_index(self, title: str) -> int:
        """Where the tab called ``title`` sits in the tab bar (the Welcome tab may come before the others)."""
        return self.tabs.indexOf(self._built.get(title) or self._placeholders.get(title))

    def current_tab_title(self) -> str:
        """The title (as in ``TABS``) of the tab on screen; "" for a page that is not one of them (Welcome)."""
        return self._title_of(self.tabs.currentWidget())

    def _title_of(self, page: QWidget | None) -> str:
        for pages in (self._built, self._placeholders):
            for title, widget in pages.items():
                if widget is page:
                    return title
        return ""

    def all_tabs_built(self) -> bool:
        return len(self._built) == len(TABS)

    def build_all_tabs(self) -> None:
        """Build every tab now (a second or more, with a busy cursor): for what needs them all, such as the
        list of shortcuts, or a benchmark that must not see a tab being built while it measures."""
        if self.all_tabs_built():
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for title, _ in TABS:
                self._try_build(title)
        finally:
            QApplication.restoreOverrideCursor()

    def _current_changed(self, index: int) -> None:
        title = self._title_of(self.tabs.widget(index))
        if self._painted and title and title not in self._built:
            # Queued, so that the tab bar and the "Opening…" page are painted before the build.
            QTimer.singleShot(0, self, lambda: self._try_build(title))

    def _try_build(self, title: str) -> None:
        """Build a tab for the event loop: a tab that fails says so on its page and in one sentence, once,
        and the other tabs still open."""
        if title in self._failed or title in self._built:
            return
        try:
            self.build_tab(title)
        except Exception as exc:  # noqa: BLE001 - a broken tab must not take the window down
            import traceback

            from studio.core.errors import user_message

            sentence = tr("The {tab} tab could not be opened: {error}").format(tab=tr(title), error=user_message(exc))
            self._failed[title] = sentence
            placeholder = self._placeholders.get(title)
            if placeholder is not None:
                placeholder.setText(sentence)
            self.context.reporter.report(sentence, traceback.format_exc())

    def event(self, event: QEvent) -> bool:
        result = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.first_painted.emit(time.time())
            # Queued: runs once this frame has been painted and flushed to the screen.
            QTimer.singleShot(0, self, self._after_first_paint)
        return result

    def _after_first_paint(self) -> None:
        if self.current_tab_title():
            self._try_build(self.current_tab_title())

    # Menus ---------------------------------------------------------------------------------------

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        file_menu.setObjectName("file_menu")          # the welcome package adds Open and Open Recent to it
        choose = QAction(tr("Choose &workspace folder…"), self)
        choose.triggered.connect(self.choose_workspace)
        file_menu.addAction(choose)
        self.settings_action = QAction(tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction(tr("&Quit"), self)
        # Some platforms (Windows) define no standard Quit key: Ctrl+Q everywhere.
        quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")])
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(tr("&Help"))
        help_menu.setObjectName("help_menu")
        self.shortcuts_action = QAction(tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        about = QAction(tr("&About Generative Studio"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def choose_workspace(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Workspace folder"), str(self.context.workspace))
        if folder:
            self.set_workspace(folder)

    def set_workspace(self, folder: str) -> None:
        """Use ``folder`` as the workspace from now on (saved in the settings the command line reads too)."""
        self.context.settings.workspace = folder
        self._save_core_settings()
        self.statusBar().showMessage(tr("Workspace: {folder}").format(folder=folder))
        for widget in self._built.values():    # a tab built later reads the new folder itself
            refresh = getattr(widget, "workspace_changed", None)
            if refresh is not None:
                refresh()

    def set_audio_output(self, name: str) -> None:
        """Play through the output device called ``name`` ("" for the system's default) from now on."""
        self.preferences.audio_output = name
        self.preferences.sync()
        for widget in self._built.values():
            hook = getattr(widget, "audio_output_changed", None)
            if hook is not None:
                hook()

    def show_settings(self):
        """Open the Settings dialog (window-modal); returns it."""
        from studio.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self._settings_applied)
        dialog.open()
        return dialog

    def _settings_applied(self, changes: dict) -> None:
        """Apply and save what the Settings dialog changed (see SettingsDialog.changes)."""
        if "device" in changes:
            self.context.settings.device = changes["device"]
            for widget in self._built.values():
                hook = getattr(widget, "device_changed", None)
                if hook is not None:
                    hook(changes["device"])
            if "workspace" not in changes:          # set_workspace saves the core settings itself
                self._save_core_settings()
        if "workspace" in changes:
            self.set_workspace(changes["workspace"])
        if "audio_output" in changes:
            self.set_audio_output(changes["audio_output"])
        if "language" in changes:
            self.preferences.language = changes["language"]
        if "theme" in changes:
            from studio.ui.theme import apply_theme

            self.preferences.theme = changes["theme"]
            apply_theme(QApplication.instance(), changes["theme"])
        self.preferences.sync()

    def _save_core_settings(self) -> None:
        try:
            self.context.settings.save()
        except OSError as exc:
            self.context.reporter.report(tr("The settings could not be saved: {error}").format(error=exc))

    def show_shortcuts(self):
        """Open Help ▸ Keyboard shortcuts (builds the tabs not built yet); returns the dialog."""
        from studio.ui.help_dialogs import ShortcutsDialog

        return self._open(ShortcutsDialog(self))

    def show_about(self):
        from studio.ui.help_dialogs import AboutDialog

        return self._open(AboutDialog(self))

    @staticmethod
    def _open(dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # Window state --------------------------------------------------------------------------------

    def restore_window_state(self) -> None:
        """Size, position, maximised state and tab as they were when the window last closed."""
        geometry = self.preferences.window_geometry
        if geometry is None and self.context.settings.window_geometry:   # written by an older version
            from PySide6.QtCore import QByteArray

            geometry = QByteArray.fromBase64(self.context.settings.window_geometry.encode())
        if geometry is not None:
            self.restoreGeometry(geometry)
        page = self._placeholders.get(self.preferences.current_tab) or self._built.get(self.preferences.current_tab)
        if page is not None:
            self.tabs.setCurrentWidget(page)

    def save_window_state(self) -> None:
        self.preferences.window_geometry = self.saveGeometry()
        self.preferences.current_tab = self.current_tab_title()
        self.preferences.sync()

    def shutdown_tabs(self) -> None:
        for widget in self._built.values():
            shutdown = getattr(widget, "shutdown", None)
            if shutdown is not None:
                shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.shutdown_tabs()
        self.save_window_state()
        event.accept()


def route_warnings(window: QMainWindow) -> None:
    """Python warnings never reach the terminal: a known one (a huge picture, no CUDA) is said once in the
    status bar, the rest go to the log (as on the command line)."""
    import warnings

    from studio.core.console import warning_shower

    warnings.simplefilter("default")
    warnings.showwarning = warning_shower(lambda note: window.statusBar().showMessage(
        note[:1].upper() + note[1:], 15000))


def install_language(app: QApplication, language: str) -> None:
    """Load the translation of ``language`` if the i18n module can (it installs Qt translation files)."""
    from studio.ui import i18n

    try:
        i18n.install_translator(app, language)   # STUDIO_LANG first, then this setting, "system": the system's
    except Exception:  # noqa: BLE001 - a missing or broken translation file: the UI stays in English
        import logging

        logging.getLogger("studio").exception("the %s translation could not be loaded", language)


def run_app(argv: list[str] | None = None) -> int:
    """Start the GUI; returns the exit code."""
    import os

    from PySide6.QtGui import QGuiApplication

    from studio.core.settings import Settings
    from studio.ui.errors import ErrorReporter, setup_logging
    from studio.ui.preferences import Preferences
    from studio.ui.theme import apply_theme

    # Fractional scale factors (125 %, 150 %) as they are, not rounded: sharp text and pictures.
    if QApplication.instance() is None:          # (it must come before the application is made)
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv if argv is None else argv)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", f"{APP_ID}.svg"))))
    install_fonts(app)   # the bundled Chinese font, so that 中文 never depends on the system's fonts
    settings = Settings.load()
    preferences = Preferences()
    install_language(app, preferences.language)
    apply_theme(app, preferences.theme)
    log_file = None
    try:
        log_file = setup_logging(settings.workspace_path() / "logs")
    except OSError:
        pass
    reporter = ErrorReporter(log_file=log_file)
    window = MainWindow(AppContext(settings=settings, reporter=reporter, preferences=preferences))
    # Routed once the window is on screen (nothing before the tabs warns), to keep it off the cold start.
    window.first_painted.connect(lambda _t: route_warnings(window))
    if os.environ.get("STUDIO_REPORT_SHOWN"):
        # For bench/bench_cold_start.py: the wall-clock times of the first paint and of the current tab built.
        window.first_painted.connect(lambda t: print(f"studio: first paint {t:.6f}", flush=True))
        window.tab_built.connect(lambda title: print(f"studio: tab built {time.time():.6f} {title}", flush=True))
    window.show()
    return app.exec()
