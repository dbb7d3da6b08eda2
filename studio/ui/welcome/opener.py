"""Opening a file, a folder or a run in the right tab: drops on the window, File ▸ Open…, Open Recent.

``Opener`` asks ``routing.route`` where a path goes, brings that tab to the front and calls its public
method (``open_midi``, ``open_file``, ``open_text``, ``set_dataset``, ``open_run`` …), says what happened
in the status bar, and keeps ``RecentItems`` up to date, also when a tab opened something by itself (its
own Open dialog, a run double-clicked in its list). ``DropRouter`` is the window's event filter for drops;
a tab's own drop target (the piano roll, the word cloud's text) still takes the files it knows first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from studio.ui.i18n import tr
from studio.ui.welcome import routing
from studio.ui.welcome.recent import FILES, RUNS, RecentItems

# The tabs by their classes (not their titles, which are translated).
TAB_CLASSES = {
    "training": "TrainingTab", "latent": "LatentTab", "gan": "GanTab", "pixels": "PixelsTab",
    "music": "MusicTab", "highlights": "HighlightsTab", "words": "WordCloudTab",
}
STATUS_MS = 10000


def find_tab(window: QMainWindow, key: str, build: bool = True) -> QWidget | None:
    """The window's tab ``key`` ("latent", "gan", "music", …; see ``TAB_CLASSES``), or None. The window builds
    its tabs when first needed: this builds the one asked for, unless ``build`` is False."""
    name = TAB_CLASSES[key]
    tabs = getattr(window, "tab_widgets", {})
    built = tabs.built() if hasattr(tabs, "built") else dict(tabs)
    for widget in built.values():
        if type(widget).__name__ == name:
            return widget
    if not build:
        return None
    for title in tabs:                       # the titles only: nothing is built by looking
        if _class_name(window, title) == name:
            return tabs[title]
    return None


def _class_name(window: QMainWindow, title: str) -> str:
    from studio.ui.main_window import TABS

    spec = dict(TABS).get(title, "")
    return spec.partition(":")[2]


class Opener(QObject):
    """Opens paths in the window's tabs and keeps the recent list (see the module's docstring).

    Signals: ``opened(str)`` with the path once a tab took it; ``recent_changed()`` when the recent files
    or runs changed.
    """

    opened = Signal(str)
    recent_changed = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.recent = RecentItems(window.context.settings)
        self._follow_tabs()

    # Tabs ------------------------------------------------------------------------------------------

    def tab(self, key: str) -> QWidget | None:
        return find_tab(self.window, key)

    def show_tab(self, key: str) -> QWidget | None:
        """Bring tab ``key`` to the front; returns it."""
        widget = self.tab(key)
        if widget is not None:
            self.window.tabs.setCurrentWidget(widget)
        return widget

    def say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def _follow_tabs(self) -> None:
        """Whatever a tab opens by itself (its Open dialog, its run list) becomes recent too: the tabs built
        so far now, the others when the window builds them."""
        self._follow_built()
        built = getattr(self.window, "tab_built", None)
        if built is not None:
            built.connect(lambda _title: self._follow_built())

    def _follow_built(self) -> None:
        followed = getattr(self, "_followed", set())
        self._followed = followed
        tabs = {key: find_tab(self.window, key, build=False) for key in TAB_CLASSES}
        tabs = {key: tab for key, tab in tabs.items() if tab is not None and id(tab) not in followed}
        followed.update(id(tab) for tab in tabs.values())
        music, highlights, words = tabs.get("music"), tabs.get("highlights"), tabs.get("words")
        if music is not None:
            music.file_loaded.connect(lambda path: self.remember_file(path, "midi"))
        if highlights is not None:
            highlights.file_opened.connect(lambda path: self.remember_file(path, routing.route(path).kind))
        if words is not None:
            words.file_opened.connect(lambda path: self.remember_file(path, "text"))
        latent, gan, pixels = tabs.get("latent"), tabs.get("gan"), tabs.get("pixels")
        if gan is not None:
            gan.folder_chosen.connect(lambda path: self.remember_file(path, "image_folder"))
        if latent is not None:
            latent.space_loaded.connect(lambda: self._remember_opened_run("latent", latent.space.run))
        if gan is not None:
            gan.run_opened.connect(lambda: self._remember_opened_run("gan", gan.info.run_dir if gan.info else None))
        if pixels is not None:
            pixels.model_opened.connect(lambda: self._remember_opened_run("pixels", pixels.model.run))

    def _remember_opened_run(self, tab: str, run) -> None:
        if run is not None:
            self.remember_run(getattr(run, "path", run), tab)

    def remember_file(self, path: str, kind: str) -> None:
        self.recent.add(FILES, path, kind)
        self.recent_changed.emit()

    def remember_run(self, path, tab: str) -> None:
        self.recent.add(RUNS, path, tab)
        self.recent_changed.emit()

    # Opening ---------------------------------------------------------------------------------------

    def ask_open(self) -> None:
        """File ▸ Open…: any file the studio opens, routed like a drop."""
        patterns = " ".join(f"*{s}" for s in sorted(routing.MIDI_SUFFIXES | routing.VIDEO_SUFFIXES |
                                                     routing.AUDIO_SUFFIXES | routing.TEXT_SUFFIXES |
                                                     routing.IMAGE_SUFFIXES))
        path, _ = QFileDialog.getOpenFileName(
            self.window, tr("Open a file"), str(Path.home()),
            tr("Files the studio opens ({patterns});;All files (*)").format(patterns=patterns))
        if path:
            self.open_path(path)

    def ask_open_folder(self) -> None:
        """File ▸ Open folder…: a folder of pictures (a GAN's dataset) or a run folder."""
        folder = QFileDialog.getExistingDirectory(self.window, tr("Open a folder of pictures or a run"),
                                                  str(Path.home()))
        if folder:
            self.open_path(folder)

    def open_paths(self, paths: list[str]) -> bool:
        """Open the first path that can be opened (several dropped files: one tab takes one file)."""
        routes = [routing.route(p) for p in paths]
        usable = [r for r in routes if r.opens]
        if not usable:
            if routes:
                self.say(self.refusal(routes[0]))
            return False
        opened = self.open_route(usable[0])
        if opened and len(paths) > 1:
            self.say(tr("Opened {name}; drop one file at a time to open the others.").format(
                name=usable[0].path.name))
        return opened

    def open_path(self, path: str) -> bool:
        return self.open_route(routing.route(path))

    @staticmethod
    def refusal(r: routing.Route) -> str:
        """The one sentence for a path that nothing opens."""
        if r.kind == "missing":
            return tr("{name} no longer exists.").format(name=r.path.name or str(r.path))
        if r.path.is_dir():
            return tr("{name} has no pictures to train on and is not a run folder.").format(name=r.path.name)
        return tr("The studio does not open {suffix} files: drop a MIDI file, a video or sound file, a text, a "
                  "picture, or a folder of pictures.").format(suffix=r.path.suffix or r.path.name)

    def open_route(self, r: routing.Route) -> bool:
        """Open ``r`` in its tab; returns whether the tab took it (a refusal is said in the status bar)."""
        path = str(r.path)
        if not r.opens:
            self.say(self.refusal(r))
            return False
        if r.target == routing.RUN:
            return self.open_run(path, r.tab)
        key = {routing.MUSIC: "music", routing.HIGHLIGHTS: "highlights", routing.WORDS: "words",
               routing.WORD_MASK: "words", routing.GAN_DATASET: "gan"}[r.target]
        tab = self.show_tab(key)
        if tab is None:
            return False
        if r.target == routing.MUSIC:
            ok = tab.open_file(path)
            message = tr("Opened {name} in the piano roll.")
        elif r.target == routing.HIGHLIGHTS:
            ok = tab.open_file(Path(path))
            message = (tr("Analysing the sound of {name}.") if r.kind == "audio" else
                       tr("Analysing {name} for its highlights."))
        elif r.target == routing.WORDS:
            ok = tab.open_text(path)
            message = tr("Making a word cloud of {name}.")
        elif r.target == routing.WORD_MASK:
            tab.set_mask_path(path)
            ok = True
            message = tr("{name} is the word cloud's shape now.")
        else:
            tab.set_dataset(path)
            ok = True
            message = tr("{name}: its pictures as the GAN will see them. Press Train to train a GAN on them.")
        if ok:
            self.remember_file(path, r.kind)
            self.say(message.format(name=r.path.name))
            self.opened.emit(path)
        return bool(ok)

    def open_run(self, path: str, key: str) -> bool:
        """Open the run folder ``path`` in tab ``key`` ("latent", "gan", "pixels", "music" or "training")."""
        tab = self.show_tab(key)
        if tab is None:
            return False
        name = Path(path).name
        if key == "music":
            if not tab.generation.select_run(path):
                self.say(tr("{name} is not a music model of this workspace: choose its workspace first "
                            "(File ▸ Choose workspace folder).").format(name=name))
                return False
            self.say(tr("{name} is chosen in the piano roll: press Generate.").format(name=name))
        elif key == "training":
            tab.select_runs([path])
            self.say(tr("{name}: its curves are in the training monitor.").format(name=name))
        else:
            tab.open_run(Path(path))     # the tab says "Opening …" and, once open, remembers it
        self.remember_run(path, key)
        self.opened.emit(path)
        return True

    def open_recent(self, which: str, path: str, kind: str) -> bool:
        """Open a recent entry; one that is gone is dropped from the list, with a note."""
        if not Path(path).exists():
            self.recent.remove(which, path)
            self.recent_changed.emit()
            self.say(tr("{name} no longer exists; it is gone from the recent list.").format(name=Path(path).name))
            return False
        if which == RUNS and kind in TAB_CLASSES:
            return self.open_run(path, kind)
        return self.open_path(path)


class DropRouter(QObject):
    """The window's event filter: files and folders dropped anywhere a tab does not take them go to
    ``Opener.open_paths`` (after the drop returns, so that a question the tab asks never holds the drag)."""

    def __init__(self, window: QMainWindow, opener: Opener) -> None:
        super().__init__(window)
        self.opener = opener
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    @staticmethod
    def paths(event) -> list[str]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self.paths(event):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            paths = self.paths(event)
            if paths:
                event.acceptProposedAction()
                QTimer.singleShot(0, lambda: self.opener.open_paths(paths))
                return True
        return super().eventFilter(obj, event)
