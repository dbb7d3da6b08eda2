"""What the welcome package adds to the main window, in one call: ``install_welcome(window)``.

- the Welcome tab (first, closable; shown at start-up until the user unticks "Show this page at start-up",
  and from Help ▸ Welcome at any time);
- File ▸ Open… (Ctrl+Shift+O), Open folder…, and Open Recent (files and runs; a missing one is pruned with a
  note in the status bar; Clear recent);
- drag and drop of files and folders anywhere on the window.

The window needs ``tabs`` (its QTabWidget), ``tab_widgets`` and ``context``; its File and Help menus are found
by their object names "file_menu" and "help_menu" (made when missing).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QTabBar, QToolButton

from studio.ui.i18n import tr
from studio.ui.welcome.opener import DropRouter, Opener
from studio.ui.welcome.page import WelcomePage, kind_title
from studio.ui.welcome.recent import FILES, RUNS
from studio.ui.welcome.starts import QuickStarts, starts

SETTINGS_KEY = "welcome"      # in Settings.extra: {"show_at_start": bool}


def _menu(window: QMainWindow, name: str, title: str) -> QMenu:
    menu = window.menuBar().findChild(QMenu, name)
    if menu is None:
        menu = window.menuBar().addMenu(title)
        menu.setObjectName(name)
    return menu


class Welcome(QObject):
    """The window's welcome tab, open/recent menu entries and drop routing (see the module's docstring)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.settings = window.context.settings
        self.opener = Opener(window)
        self.drops = DropRouter(window, self.opener)
        self.starts = QuickStarts(self.opener)
        self.page = WelcomePage(starts())
        self.page.start_requested.connect(self.starts.run)
        self.page.recent_chosen.connect(self.opener.open_recent)
        self.page.open_requested.connect(self.opener.ask_open)
        self.page.open_folder_requested.connect(self.opener.ask_open_folder)
        self.page.show_at_start.setChecked(self.shows_at_start())
        self.page.show_at_start.toggled.connect(self._set_show_at_start)
        close = QAction(self.page)
        close.setShortcut(QKeySequence("Ctrl+W"))
        close.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.triggered.connect(self.close_page)
        self.page.addAction(close)
        self.opener.recent_changed.connect(self._refresh_page)
        self._refresh_page()
        self._build_menus()
        if self.shows_at_start():
            # In front, unless the window was last closed on another tab: that one comes back on top.
            last = getattr(getattr(window, "preferences", None), "current_tab", "")
            self.show_page(bring_forward=not (last and last in tuple(getattr(window, "tab_widgets", ()))))

    # The page --------------------------------------------------------------------------------------

    def shows_at_start(self) -> bool:
        state = self.settings.extra.get(SETTINGS_KEY)
        return bool(state.get("show_at_start", True)) if isinstance(state, dict) else True

    def _set_show_at_start(self, on: bool) -> None:
        self.settings.extra[SETTINGS_KEY] = {"show_at_start": bool(on)}
        try:
            self.settings.save()
        except OSError:
            pass

    def is_shown(self) -> bool:
        return self.window.tabs.indexOf(self.page) >= 0

    def show_page(self, bring_forward: bool = True) -> None:
        """Put the Welcome tab first (if it was closed) and bring it to the front (unless told not to)."""
        tabs = self.window.tabs
        if tabs.indexOf(self.page) < 0:
            tabs.insertTab(0, self.page, tr("Welcome"))
            button = QToolButton()
            button.setText("×")
            button.setAutoRaise(True)
            button.setToolTip(tr("Close the welcome page (Help ▸ Welcome brings it back)"))
            button.clicked.connect(self.close_page)
            tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.RightSide, button)
        if bring_forward:
            tabs.setCurrentWidget(self.page)
            self.page.cards["vae"].setFocus()

    def close_page(self) -> None:
        index = self.window.tabs.indexOf(self.page)
        if index >= 0:
            self.window.tabs.removeTab(index)

    def _refresh_page(self) -> None:
        for which in (FILES, RUNS):
            self.page.set_recent(which, self.opener.recent.items(which))

    # Menus -----------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        window = self.window
        file_menu = _menu(window, "file_menu", tr("&File"))
        first = file_menu.actions()[0] if file_menu.actions() else None
        self.open_action = QAction(tr("&Open…"), window)
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_action.setToolTip(tr("Open a MIDI file, a video or sound file, a text or a picture in its tab"))
        self.open_action.triggered.connect(self.opener.ask_open)
        self.open_folder_action = QAction(tr("Open &folder…"), window)
        self.open_folder_action.triggered.connect(self.opener.ask_open_folder)
        self.recent_menu = QMenu(tr("Open &Recent"), window)
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        for action in (self.open_action, self.open_folder_action):
            file_menu.insertAction(first, action)
        file_menu.insertMenu(first, self.recent_menu)
        if first is not None:
            file_menu.insertSeparator(first)
        help_menu = _menu(window, "help_menu", tr("&Help"))
        self.welcome_action = QAction(tr("&Welcome"), window)
        self.welcome_action.triggered.connect(lambda: self.show_page())
        help_first = help_menu.actions()[0] if help_menu.actions() else None
        help_menu.insertAction(help_first, self.welcome_action)
        # The lists are pruned now, and said once the window's first messages are out.
        QTimer.singleShot(0, self.fill_recent_menu)

    def fill_recent_menu(self) -> None:
        """Rebuild Open Recent; entries whose file is gone are dropped, and the status bar says which."""
        gone = self.opener.recent.prune()
        if gone:
            names = ", ".join(item.name for item in gone[:3]) + ("…" if len(gone) > 3 else "")
            self.opener.say(tr("Removed from the recent list, as they no longer exist: {names}").format(names=names))
            self._refresh_page()
        menu = self.recent_menu
        menu.clear()
        files, runs = self.opener.recent.items(FILES), self.opener.recent.items(RUNS)
        for which, items in ((FILES, files), (RUNS, runs)):
            if items and menu.actions():
                menu.addSeparator()
            for item in items:
                kind = kind_title(item.kind)
                action = menu.addAction(f"{item.name}  ({kind})" if kind else item.name)
                action.setToolTip(item.path)
                action.setData((which, item.path, item.kind))
                action.triggered.connect(lambda _=False, w=which, i=item: self.opener.open_recent(w, i.path, i.kind))
        if not files and not runs:
            empty = menu.addAction(tr("No recent files or runs"))
            empty.setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(tr("Clear recent"))
        clear.setEnabled(bool(files or runs))
        clear.triggered.connect(self.clear_recent)

    def clear_recent(self) -> None:
        self.opener.recent.clear()
        self._refresh_page()
        self.opener.say(tr("The recent files and runs are cleared."))


def install_welcome(window: QMainWindow) -> Welcome:
    """Add the welcome tab, Open/Open Recent, Help ▸ Welcome and drop routing to ``window``."""
    return Welcome(window)
