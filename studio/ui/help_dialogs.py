"""Help ▸ Keyboard shortcuts and Help ▸ About.

The shortcuts are read from the live window: its menus and actions, and every QAction, QShortcut and
button with a shortcut in each tab, so the list cannot drift from what the keys really do. The About
dialog lists the versions of the studio and the libraries it runs on (read from the installed packages'
metadata, so nothing heavy is imported) and the licences of the data and fonts that ship with it.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QListWidget, QPlainTextEdit, QPushButton, QTabWidget, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from studio import APP_ID, APP_NAME, __version__
from studio.resources import resource_path, resources_dir
from studio.ui.i18n import tr

# Shortcuts ---------------------------------------------------------------------------------------


def _clean(text: str) -> str:
    """A menu text as a description: no mnemonic "&", no trailing "…", no "[key]" hint."""
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    text = re.sub(r"\s*[\[(][^\])]*[\])]\s*$", "", text.split("\n")[0])
    return text.rstrip("…. ").strip()


def _keys(sequences) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty())


def _describe(obj) -> str:
    if isinstance(obj, QAction):
        return _clean(obj.text() or obj.toolTip() or obj.statusTip())
    if isinstance(obj, QShortcut):
        return _clean(obj.whatsThis() or obj.objectName())
    return _clean(obj.text() or obj.toolTip())         # a button


def shortcuts_of(root: QWidget, include_root_actions: bool = True) -> list[tuple[str, str]]:
    """(description, keys) of every enabled shortcut held by ``root`` and its children, sorted, unique."""
    found: dict[tuple[str, str], None] = {}
    widgets = [root, *root.findChildren(QWidget)] if include_root_actions else root.findChildren(QWidget)
    objects: list = []
    for widget in widgets:
        objects.extend(widget.actions())
        if isinstance(widget, QAbstractButton) and not widget.shortcut().isEmpty():
            objects.append(widget)
    objects.extend(root.findChildren(QAction))
    objects.extend(root.findChildren(QShortcut))
    for obj in objects:
        if isinstance(obj, QAction):
            if obj.menu() is not None:
                continue
            keys = _keys(obj.shortcuts())
        elif isinstance(obj, QShortcut):
            keys = _keys([obj.key()]) if obj.isEnabled() else ""
        else:
            keys = _keys([obj.shortcut()])
        description = _describe(obj)
        if keys and description:
            found[(description, keys)] = None
    return sorted(found, key=lambda pair: pair[0].lower())


def window_shortcuts(window) -> list[tuple[str, list[tuple[str, str]]]]:
    """The shortcuts of ``window`` (a MainWindow), grouped: the window's own first, then one group per tab.

    Tabs not built yet are built, since their shortcuts exist only then."""
    own: dict[tuple[str, str], None] = {}
    for menu_action in window.menuBar().actions():
        if menu_action.menu() is not None:
            for pair in shortcuts_of(menu_action.menu()):
                own[pair] = None
    for action in window.actions():
        keys, description = _keys(action.shortcuts()), _describe(action)
        if keys and description:
            own[(description, keys)] = None
    groups = [(tr("Everywhere"), list(own))]
    window.build_all_tabs()
    built = window.tab_widgets.built()          # a tab that failed to open has no shortcuts to list
    for title in window.tab_widgets:
        if title in built:
            groups.append((tr(title), shortcuts_of(built[title])))
    return [(name, pairs) for name, pairs in groups if pairs]


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window, grouped by tab, with a filter box."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.resize(560, 620)
        from PySide6.QtWidgets import QLineEdit

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr("Filter (an action or a key)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([tr("Action"), tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.groups = window_shortcuts(window)
        for name, pairs in self.groups:
            group = QTreeWidgetItem(self.tree, [name])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for description, keys in pairs:
                QTreeWidgetItem(group, [description, keys])
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, description, keys) of each row shown."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                if not item.isHidden():
                    out.append((group.text(0), item.text(0), item.text(1)))
        return out

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            shown = 0
            for j in range(group.childCount()):
                item = group.child(j)
                hit = not needle or needle in item.text(0).lower() or needle in item.text(1).lower()
                item.setHidden(not hit)
                shown += hit
            group.setHidden(shown == 0)


# About ---------------------------------------------------------------------------------------------

# (name shown, distribution name) of what the studio runs on.
LIBRARIES = [("PyTorch", "torch"), ("NumPy", "numpy"),
             ("pyqtgraph", "pyqtgraph"), ("safetensors", "safetensors"), ("PyAV", "av"), ("Pillow", "pillow"),
             ("pretty_midi", "pretty_midi"), ("music21", "music21"),
             ("sounddevice", "sounddevice"), ("wordcloud", "wordcloud"), ("Font Awesome Free", "fontawesomefree")]


def versions() -> list[tuple[str, str]]:
    """(name, version) of the studio, Python, Qt and the libraries; "not installed" where one is missing."""
    import PySide6

    rows = [(APP_NAME, __version__), ("Python", platform.python_version()), ("Qt", qVersion()),
            ("PySide6 (Qt for Python)", PySide6.__version__)]
    for name, dist in LIBRARIES:
        try:
            rows.append((name, metadata.version(dist)))
        except metadata.PackageNotFoundError:
            rows.append((name, tr("not installed")))
    rows.append((tr("System"), f"{platform.system()} {platform.release()} ({platform.machine()})"))
    return rows


@dataclass(frozen=True)
class Licence:
    title: str          # what it covers
    text: str           # the licence, or where it is written and what it says


def _package_file(package: str, *parts: str) -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(spec.submodule_search_locations[0]).joinpath(*parts)
    return path if path.is_file() else None


def _read(path: Path | None, fallback: str) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace") if path else fallback
    except OSError:
        return fallback


def licences() -> list[Licence]:
    """The licences of the fonts and data that ship with the studio, each readable in full."""
    out = []
    for path in sorted(resources_dir().glob("fonts/*-LICENSE.txt")):
        out.append(Licence(tr("Font: {name}").format(name=path.name.removesuffix("-LICENSE.txt")),
                           _read(path, "")))
    out.append(Licence(tr("Icons: Font Awesome Free"), _read(
        _package_file("fontawesomefree", "static", "fontawesomefree", "LICENSE.txt"),
        "Font Awesome Free by Fonticons, Inc.: icons CC BY 4.0, fonts SIL OFL 1.1, code MIT "
        "(https://fontawesome.com/license/free).")))
    out.append(Licence(tr("Sound font: TimGM6mb (inside pretty_midi)"),
                       "TimGM6mb.sf2, a General MIDI sound font by Tim Brechbill, is distributed under the GNU "
                       "General Public License, version 2 (https://www.gnu.org/licenses/old-licenses/gpl-2.0.html). "
                       "It ships inside pretty_midi (MIT licence, Colin Raffel and contributors), which the "
                       "studio uses to read MIDI files and to play them through FluidSynth."))
    out.append(Licence(tr("Music: the music21 corpus (Bach chorales)"), _read(
        _package_file("music21", "corpus", "license.txt"),
        "The music21 corpus is distributed with music21 (BSD licence); the Bach chorales are in the public "
        "domain.")))
    out.append(Licence(tr("Data: handwritten digits and breast-cancer measurements"), _read(
        resource_path("data", "DATA-LICENSE.txt"),
        "The built-in digits (UCI \"Optical Recognition of Handwritten Digits\", E. Alpaydin and C. Kaynak, "
        "1998) and breast-cancer measurements (UCI \"Breast Cancer Wisconsin (Diagnostic)\", W. H. Wolberg "
        "et al., 1995) are licensed under Creative Commons Attribution 4.0 (CC BY 4.0) by the UCI Machine "
        "Learning Repository; the studio ships scikit-learn's copies (BSD 3-Clause licence).")))
    return out


class AboutDialog(QDialog):
    """Name, version and purpose; the versions of everything it runs on; the licences of what it ships."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About {app}").format(app=APP_NAME))
        self.resize(820, 560)
        icon = QLabel()
        icon.setPixmap(QGuiApplication.windowIcon().pixmap(64, 64) if not QGuiApplication.windowIcon().isNull()
                       else _app_icon().pixmap(64, 64))
        heading = QLabel(f"<h2>{APP_NAME}</h2><p>{tr('Version {version}').format(version=__version__)}</p>"
                         f"<p>{tr('Train generative models on your own machine and play with what they learn.')}</p>")
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(heading, 1)

        self.pages = QTabWidget()
        self.versions_view = QTreeWidget()
        self.versions_view.setHeaderLabels([tr("Component"), tr("Version")])
        self.versions_view.setRootIsDecorated(False)
        self.versions_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for name, version in versions():
            QTreeWidgetItem(self.versions_view, [name, version])
        copy = QPushButton(tr("Copy versions"))
        copy.setToolTip(tr("Copy the list to the clipboard, for a bug report"))
        copy.clicked.connect(self.copy_versions)
        versions_page = QWidget()
        column = QVBoxLayout(versions_page)
        column.addWidget(self.versions_view, 1)
        column.addWidget(copy, 0, Qt.AlignmentFlag.AlignRight)
        self.pages.addTab(versions_page, tr("Versions"))

        self.licence_list = QListWidget()
        self.licence_text = QPlainTextEdit()
        self.licence_text.setReadOnly(True)
        self.licences = licences()
        for licence in self.licences:
            self.licence_list.addItem(licence.title)
        self.licence_list.currentRowChanged.connect(
            lambda row: self.licence_text.setPlainText(self.licences[row].text if row >= 0 else ""))
        self.licence_list.setCurrentRow(0)
        licences_page = QWidget()
        row = QHBoxLayout(licences_page)
        self.licence_list.setMinimumWidth(self.licence_list.sizeHintForColumn(0) + 24)   # whole titles
        row.addWidget(self.licence_list, 0)
        row.addWidget(self.licence_text, 1)
        self.pages.addTab(licences_page, tr("Licences"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)

    def versions_text(self) -> str:
        return "\n".join(f"{name}: {version}" for name, version in versions())

    def copy_versions(self) -> None:
        QGuiApplication.clipboard().setText(self.versions_text())


def _app_icon():
    from PySide6.QtGui import QIcon

    return QIcon(str(resource_path("icons", f"{APP_ID}.svg")))
