"""RunList: the workspace's runs in a filterable list, newest first, with Delete to trash and Ctrl+Z.

Every tab that lists runs uses it. It reads runs through ``RunSummary`` only; the run being trained
can be shown with its live state (``set_live``) without rereading the workspace.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLineEdit, QMenu, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from studio.core.errors import StudioError
from studio.core.run_summary import RunSummary, read_summaries
from studio.core.workspace import Run, Workspace
from studio.ui.i18n import tr, tr_noop

# A run's states (the core's RunSummary.status and LiveRun.state), shown in the user's language.
STATUSES = (tr_noop("starting"), tr_noop("running"), tr_noop("paused"), tr_noop("stopping"), tr_noop("completed"),
            tr_noop("stopped"), tr_noop("failed"), tr_noop("interrupted"))
COLUMNS = (tr_noop("Run"), tr_noop("Status"), tr_noop("Model"), tr_noop("Dataset"), tr_noop("Epochs"),
           tr_noop("Validation"))


class RunList(QWidget):
    """See the module's docstring. ``accept`` keeps only some runs (e.g. those with a latent space)."""

    selection_changed = Signal()
    message = Signal(str, str)      # a status sentence and its tooltip
    error = Signal(str)             # a sentence for the error reporter
    trashed = Signal()              # runs left the list (into the trash) or came back

    def __init__(self, workspace: Callable[[], Path], accept: Callable[[RunSummary], bool] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._accept = accept or (lambda _s: True)
        self._summaries: dict[str, RunSummary] = {}
        self._live: dict[str, tuple[str, str, str]] = {}   # path -> (status, epochs, value) while training
        self._trashed: list[list[str]] = []                # ids per move to the trash, for Ctrl+Z

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr("Filter runs (model, dataset, status…)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr(c) for c in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setToolTip(tr("Runs in the workspace. Select several (Ctrl/Shift+click) to compare their curves; "
                             "F5 refreshes the list, Delete moves runs to the workspace's trash and Ctrl+Z "
                             "brings them back."))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self.selection_changed)

        self.trash_action = QAction(tr("Move to trash"), self.tree)
        self.trash_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.trash_action.triggered.connect(self.trash_selected)
        self.tree.addAction(self.trash_action)
        self.restore_action = QAction(tr("Bring back from the trash"), self)
        self.restore_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.restore_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.restore_action.setEnabled(False)
        self.restore_action.triggered.connect(self.undo_trash)
        self.addAction(self.restore_action)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(lambda: self.refresh())
        self.addAction(refresh)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)

    # Reading -----------------------------------------------------------------------------------------

    def refresh(self, select: list[str] | None = None) -> None:
        """Reread the workspace's runs, newest first, keeping (or setting) the selection."""
        selected = set(select if select is not None else self.selected_paths())
        try:
            runs = Workspace(self._workspace()).runs()
        except OSError:
            runs = []
        summaries = [s for s in reversed(read_summaries(runs)) if self._accept(s)]
        self._summaries = {str(s.path): s for s in summaries}
        self.tree.blockSignals(True)
        self.tree.clear()
        items = [self._item(s) for s in summaries]
        self.tree.addTopLevelItems(items)
        for item in items:
            if item.data(0, Qt.ItemDataRole.UserRole) in selected:
                self.tree.setCurrentItem(item, 0, QItemSelectionModel.SelectionFlag.Select |
                                         QItemSelectionModel.SelectionFlag.Rows)
        self._apply_filter()
        self.tree.blockSignals(False)
        self.selection_changed.emit()

    def _item(self, s: RunSummary) -> QTreeWidgetItem:
        value = s.value()
        status, epochs, shown = self._live.get(str(s.path), (s.status, s.epochs_text,
                                                             f"{value:.4g}" if value is not None else "–"))
        item = QTreeWidgetItem([s.id, tr(status), s.model, s.dataset_name, epochs, shown])
        item.setData(0, Qt.ItemDataRole.UserRole, str(s.path))
        if s.message:
            item.setToolTip(1, s.message)
        item.setToolTip(0, tr("{path}\nDevice: {device}").format(path=s.path, device=s.device or '?'))
        item.setToolTip(3, s.dataset_title)
        item.setToolTip(5, tr("Last validation {headline}").format(headline=s.headline))
        return item

    def _apply_filter(self, *_args) -> None:
        words = self.filter_edit.text().lower().split()
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            text = " ".join(item.text(c) for c in range(len(COLUMNS))).lower()
            item.setHidden(not all(w in text for w in words))

    def summaries(self) -> list[RunSummary]:
        """The runs listed (filtered out ones included), newest first."""
        return list(self._summaries.values())

    def visible_ids(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())
                if not self.tree.topLevelItem(i).isHidden()]

    def summary(self, path: str) -> RunSummary | None:
        return self._summaries.get(path)

    def selected_paths(self) -> list[str]:
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in self.tree.selectedItems()]

    def selected_runs(self) -> list[Run]:
        return [Run(Path(p)) for p in self.selected_paths()]

    def select_paths(self, paths: list[str]) -> None:
        """Select these runs (as a user would with Ctrl+click)."""
        self.tree.clearSelection()
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) in paths:
                item.setSelected(True)

    def rows(self) -> list[list[str]]:
        """The cells of every row shown (not filtered out), top to bottom."""
        return [[item.text(c) for c in range(len(COLUMNS))]
                for item in (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
                if not item.isHidden()]

    def row_texts(self, path: str) -> list[str] | None:
        """The cells of a run's row, as shown."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == path:
                return [item.text(c) for c in range(len(COLUMNS))]
        return None

    # The live run --------------------------------------------------------------------------------------

    def set_live(self, path: str, status: str, epochs: str | None = None, value: float | None = None) -> None:
        """Show the run being trained with its live state, without rereading the workspace."""
        old = self._live.get(path)
        summary = self._summaries.get(path)
        epochs = epochs or (old[1] if old else (summary.epochs_text if summary else ""))
        shown = f"{value:.4g}" if value is not None else (old[2] if old else "–")
        self._live[path] = (status, epochs, shown)
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == path:
                item.setText(1, tr(status))
                item.setText(4, epochs)
                item.setText(5, shown)

    def clear_live(self, path: str | None = None) -> None:
        if path is None:
            self._live.clear()
        else:
            self._live.pop(path, None)

    # The trash -----------------------------------------------------------------------------------------

    def _menu(self, pos) -> None:
        menu = QMenu(self.tree)
        self.trash_action.setEnabled(bool(self.selected_paths()))
        menu.addAction(self.trash_action)
        menu.addAction(self.restore_action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def trash_selected(self) -> None:
        """Move the selected runs (not one being trained) to the workspace's trash; Ctrl+Z undoes it."""
        runs = self.selected_runs()
        if any(str(r.path) in self._live for r in runs):
            self.error.emit(tr("The run that is training cannot be moved to the trash; stop it first."))
            return
        workspace = Workspace(self._workspace())
        moved = []
        for run in runs:
            try:
                moved.append(workspace.trash(run))
            except StudioError as exc:
                self.error.emit(str(exc))
                break
        if not moved:
            return
        self._trashed.append([run.id for run in moved])
        self.restore_action.setEnabled(True)
        self.refresh()
        self.trashed.emit()
        what = tr("run {id}").format(
            id=moved[0].id) if len(moved) == 1 else tr("{n_moved} runs").format(n_moved=len(moved))
        self.message.emit((tr("Moved {what} to the trash. Ctrl+Z brings it back.") if len(moved) == 1 else
                           tr("Moved {what} to the trash. Ctrl+Z brings them back.")).format(what=what),
                          tr("The trash is {trash_dir}; nothing was deleted.").format(trash_dir=workspace.trash_dir))

    def undo_trash(self) -> None:
        """Bring back the runs the last "Move to trash" took away."""
        if not self._trashed:
            return
        workspace = Workspace(self._workspace())
        restored = []
        for run_id in self._trashed.pop():
            try:
                restored.append(workspace.restore(run_id))
            except StudioError as exc:
                self.error.emit(str(exc))
        self.restore_action.setEnabled(bool(self._trashed))
        self.refresh()
        self.select_paths([str(run.path) for run in restored])
        self.trashed.emit()
        if restored:
            self.message.emit(tr("Brought back {n_restored} run(s) from the trash.").format(
                n_restored=len(restored)), "")
