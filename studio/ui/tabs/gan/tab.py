"""GAN grids tab: a grid of a GAN's samples, live while it trains, its timeline, re-rolls and tile tools.

A thin view over the Qt-free jobs of ``studio.ui.tabs.gan.jobs`` (which call ``studio.gan``). Opening a
run, sampling a grid, variations, interpolation and exports each run in a worker thread (``LatestJob``:
only the newest request of a kind matters, so dragging the truncation slider never queues stale grids);
training runs in a child process through the same ``TrainingController`` as the other tabs. The tile
tools, the exports and training live in the mixins of ``tools``, ``exports`` and ``training``.
"""

from __future__ import annotations

import random
from collections import OrderedDict
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSlider, QSpinBox, QSplitter,
                               QVBoxLayout, QWidget)

from studio.core.run_summary import RunSummary
from studio.ui.i18n import tr, tr_noop
from studio.ui.tabs.gan import jobs
from studio.ui.tabs.gan.exports import ExportsMixin
from studio.ui.tabs.gan.tools import TileToolsMixin
from studio.ui.tabs.gan.training import DIGITS, TrainingMixin
from studio.ui.widgets.diversity_meter import DiversityMeter
from studio.ui.widgets.image_grid import ImageGrid
from studio.ui.widgets.latent_sliders import LatentSliders
from studio.ui.widgets.timeline_slider import TimelineSlider
from studio.workers.latest_job import LatestJob

MAX_SEED = 2**31 - 1
# Timeline snapshots kept in memory (the rest are read again from the run folder when shown).
CACHED_BYTES = 256 * 2**20


class GanTab(TrainingMixin, TileToolsMixin, ExportsMixin, QWidget):
    """The "GAN grids" tab."""

    run_opened = Signal()        # a run's generator and timeline are loaded and shown
    grid_shown = Signal()        # the main grid shows a new picture (samples, a snapshot or a live preview)
    exported = Signal(str)       # a timeline or ONNX export was written to this path
    folder_chosen = Signal(str)  # a folder of pictures was chosen to train on

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.info: jobs.GanInfo | None = None        # the open run, as plain data
        self._generator = None                        # its generator, handed only to jobs
        self.snapshots: list[jobs.Snapshot] = []
        self._snapshot_cache: OrderedDict[int, np.ndarray] = OrderedDict()   # index -> tiles, newest used last
        self._shown_snapshot: int | None = None
        self.sampled: jobs.SampledGrid | None = None  # the last grid of samples (its noise, labels, codes)
        self.fixed_z: np.ndarray | None = None         # the open run's fixed noise, which its snapshots show
        self.grid_source = "none"                     # what the grid shows: "samples", "timeline" or "none"
        self.dataset = DIGITS
        self._train_live = None                       # the LiveRun of a training started here
        self._live_shown = False                      # whether its grid is the one shown (no run opened since)
        self._closing = False
        self.jobs = {kind: LatestJob(self) for kind in ("open", "grid", "variations", "interpolation", "snapshot",
                                                        "folder")}
        self.folder_dialog = None                     # the folder preview, once asked for
        for kind, runner in self.jobs.items():
            runner.result.connect(lambda tag, item, k=kind: self._on_job_result(k, tag, item))
            runner.ended.connect(lambda tag, end, k=kind: self._on_job_ended(k, tag, end))
        self._build()
        self.jobs["grid"].busy_changed.connect(self.sampling_label.setVisible)
        self._build_actions()
        self._set_open(False)
        self.refresh_runs()
        context.runs.changed.connect(self.refresh_runs)
        context.models.ready.connect(self._models_ready)
        context.models.load()
        if context.models.is_ready():
            self._models_ready()

    # Layout ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 4)
        root.addWidget(self._build_train_bar())
        self.status = QLabel(tr("Choose a GAN run, or train one."))
        self.status.setWordWrap(True)
        root.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        root.addWidget(splitter, 1)
        splitter.addWidget(self._build_runs())

        centre = QWidget()
        cv = QVBoxLayout(centre)
        cv.setContentsMargins(6, 0, 6, 0)
        cv.addLayout(self._build_sampling_bar())
        self.grid = ImageGrid(placeholder=tr("Open a GAN run, or train one: its samples appear here, refreshed "
                                          "as it learns."))
        self.grid.setToolTip(tr("Click a tile to see variations around it; Ctrl+click two tiles to see the "
                             "interpolation between them."))
        self.grid.tile_clicked.connect(self.on_tile_clicked)
        self.grid.picks_changed.connect(self.on_picks_changed)
        cv.addWidget(self.grid, 1)
        self.timeline = TimelineSlider()
        self.timeline.index_changed.connect(self.show_snapshot)
        cv.addWidget(self.timeline)
        cv.addLayout(self._build_export_bar())
        self.code_label = QLabel(tr("InfoGAN's continuous codes (the same for every tile; trained between -1 and 1):"))
        self.code_sliders = LatentSliders()
        self.code_sliders.setMaximumHeight(120)
        self.code_sliders.changed.connect(lambda _i, _v: self._codes_changed())
        cv.addWidget(self.code_label)
        cv.addWidget(self.code_sliders)
        splitter.addWidget(centre)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(6, 0, 0, 0)
        rv.addWidget(self._build_tools(), 1)
        from studio.gan import DIVERSITY_WARNING

        self.diversity = DiversityMeter(warn_ratio=DIVERSITY_WARNING)
        rv.addWidget(self.diversity)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([300, 600, 380])
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setInterval(100)   # the live grid and curves at 10 Hz, never per event
        self._redraw_timer.timeout.connect(self._redraw_live)

    def _build_runs(self) -> QWidget:
        # Dataset and validation hidden: a GAN's validation loss says little.
        return self._build_run_panel(self._is_gan_run, (3, 5),
                                     tr("Open the selected run (or double-click it, or press Enter)"))

    def _build_sampling_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Seed:")))
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, MAX_SEED)
        self.seed_spin.setValue(0)
        self.seed_spin.setToolTip(tr("The noise's seed: the same seed and truncation give the same grid (also "
                                  "with `studio gan sample RUN --seed S`)"))
        self.seed_spin.setKeyboardTracking(False)
        self.seed_spin.valueChanged.connect(lambda _v: self.request_grid())
        bar.addWidget(self.seed_spin)
        self.reroll_button = QPushButton(tr("Re-roll"))
        self.reroll_button.setToolTip(tr("New noise with a new random seed (R)"))
        self.reroll_button.clicked.connect(self.reroll)
        bar.addWidget(self.reroll_button)
        bar.addSpacing(10)
        bar.addWidget(QLabel(tr("Truncation:")))
        self.truncation_slider = QSlider(Qt.Orientation.Horizontal)
        self.truncation_slider.setRange(5, 100)
        self.truncation_slider.setValue(100)
        self.truncation_slider.setMinimumWidth(110)
        self.truncation_slider.setToolTip(tr("Pull the noise towards the mean: lower values give cleaner but less "
                                          "varied samples; 1.00 samples the full prior"))
        self.truncation_slider.valueChanged.connect(self._truncation_moved)
        bar.addWidget(self.truncation_slider)
        self.truncation_label = QLabel("1.00")
        self.truncation_label.setMinimumWidth(self.truncation_label.fontMetrics().horizontalAdvance("0.000"))
        bar.addWidget(self.truncation_label)
        bar.addSpacing(10)
        self.size_label = QLabel(tr("Columns:"))
        bar.addWidget(self.size_label)
        self.columns_spin = QSpinBox()
        self.columns_spin.setRange(1, 16)
        self.columns_spin.setValue(8)
        self.columns_spin.setToolTip(tr("Tiles a row (an unconditional grid is square; a conditional one has a "
                                     "row per class)"))
        self.columns_spin.valueChanged.connect(lambda _v: self.request_grid())
        bar.addWidget(self.columns_spin)
        bar.addSpacing(10)
        # Drawing a grid takes from half a second (28 px) to a few (128 px) on a CPU: say so meanwhile.
        self.sampling_label = QLabel(tr("Sampling…"))
        self.sampling_label.setStyleSheet("color: palette(mid);")
        self.sampling_label.setVisible(False)
        bar.addWidget(self.sampling_label)
        bar.addStretch(1)
        return bar

    def _build_actions(self) -> None:
        def action(keys, slot, text):
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.reroll_action = action("R", self.reroll, tr("Re-roll"))
        self.train_action = action("Ctrl+T", self.toggle_training, tr("Train or stop"))
        self.play_action = action("Space", self.timeline.toggle_play, tr("Play the timeline"))
        self.first_action = action("Home", lambda: self.timeline.set_index(0), tr("First snapshot"))
        self.last_action = action("End", lambda: self.timeline.set_index(self.timeline.count() - 1), tr("Newest"))
        self.escape_action = action("Esc", self.clear_selection, tr("Forget the clicked and picked tiles"))
        self.add_export_actions(action)

    def _set_open(self, on: bool) -> None:
        """Enable the sampling controls only while a run's generator is open."""
        for w in (self.seed_spin, self.reroll_button, self.truncation_slider, self.columns_spin):
            w.setEnabled(on)
        self.reroll_action.setEnabled(on)
        codes = on and self.info is not None and self.info.code_dim > 0
        self.code_label.setVisible(codes)
        self.code_sliders.setVisible(codes)
        self.set_tools_enabled(on)
        self.update_export_state()

    # Runs ------------------------------------------------------------------------------------------

    def workspace_changed(self) -> None:
        self.refresh_runs()

    def _is_gan_run(self, summary: RunSummary) -> bool:
        return jobs.is_gan_family(summary.model) and (bool(summary.epochs_done) or summary.status == "running")

    def refresh_runs(self) -> None:
        self._list_runs(tr("No GAN runs in the workspace yet: train one with the button above."))
        if self.info is not None and not Path(self.info.run_dir).is_dir():
            self.close_run(tr("{run_id} was moved to the trash (Ctrl+Z in the list brings it back).").format(
                run_id=self.info.run_id))
        elif self.info is not None:
            self.run_list.select_paths([str(self.info.run_dir)])

    def close_run(self, message: str = tr_noop("Choose a GAN run, or train one.")) -> None:
        """Forget the open run (its folder went away): an empty grid, nothing to sample or export."""
        for kind in ("grid", "variations", "interpolation", "snapshot"):
            self.jobs[kind].cancel()
        self.info, self._generator, self.sampled, self.fixed_z = None, None, None, None
        self._set_snapshots([])
        self.grid.clear()
        self.grid_source = "none"
        self.timeline.clear()
        self.diversity.clear()
        self.clear_tools()
        self._set_open(False)
        self.status.setText(message)

    def open_run(self, path: Path) -> None:
        """Load a run's generator and timeline in a worker thread; ``run_opened`` fires once shown."""
        if self._closing:
            return
        self.status.setText(tr("Opening {name}…").format(name=Path(path).name))
        self.jobs["open"].request(Path(path), lambda control, p=Path(path): jobs.open_job(p, control))

    def _set_opened(self, opened: jobs.Opened) -> None:
        if self._train_live is not None and self._train_live.run_dir != str(opened.info.run_dir):
            self._live_shown = False   # another run replaces the live grid of the training
        self.info, self._generator, self.fixed_z = opened.info, opened.generator, opened.fixed_z
        self._set_snapshots(opened.snapshots)
        self.sampled = None
        self.grid.clear()
        self.clear_tools()
        self.code_sliders.set_dimensions(self.info.code_dim, jobs.CODE_LIMIT, prefix="c")
        self.code_sliders.set_values(np.zeros(self.info.code_dim, np.float32))
        conditional = self.info.num_classes > 0
        self.size_label.setText(tr("Per class:") if conditional else tr("Columns:"))
        self.diversity.clear()
        self.diversity.set_history(opened.diversity)
        self._set_open(True)
        self.status.setText(self.info.describe())
        self.run_list.select_paths([str(self.info.run_dir)])
        self.timeline.set_labels([s.label for s in self.snapshots])   # shows the newest snapshot
        if not self.snapshots:
            self.request_grid()
        self.run_opened.emit()

    # The main grid ---------------------------------------------------------------------------------

    def truncation(self) -> float:
        return self.truncation_slider.value() / 100.0

    def set_truncation(self, value: float) -> None:
        self.truncation_slider.setValue(int(round(value * 100)))

    def _truncation_moved(self, _value: int) -> None:
        self.truncation_label.setText(f"{self.truncation():.2f}")
        self.request_grid()

    def reroll(self) -> None:
        """New noise: a new random seed, shown in the seed box so the grid can be shared by it."""
        if self.info is None:
            return
        seed = random.randrange(MAX_SEED)
        if seed == self.seed_spin.value():
            seed = (seed + 1) % MAX_SEED
        self.seed_spin.setValue(seed)   # requests the grid

    def codes(self) -> np.ndarray | None:
        """The InfoGAN codes the sliders set (None for a model without codes)."""
        if self.info is None or self.info.code_dim == 0:
            return None
        limit = self.code_sliders.limit
        return np.array([self.code_sliders.slider(i).value() / 1000.0 * limit
                         for i in range(self.code_sliders.count())], np.float32)

    def _codes_changed(self) -> None:
        self.request_grid()
        self.refresh_tools()

    def grid_request(self) -> jobs.GridRequest:
        codes = self.codes()
        return jobs.GridRequest(seed=self.seed_spin.value(), truncation=self.truncation(),
                                columns=self.columns_spin.value(),
                                codes=None if codes is None else tuple(float(c) for c in codes))

    def request_grid(self) -> None:
        """Sample the grid for the current seed, truncation, size and codes (in a worker thread)."""
        if self.info is None or self._generator is None or self._closing:
            return
        request, generator, info = self.grid_request(), self._generator, self.info
        self.jobs["grid"].request(request, lambda control: jobs.grid_job(generator, info, request, control))

    def _show_sampled(self, sampled: jobs.SampledGrid) -> None:
        self.sampled = sampled
        self.grid_source = "samples"
        keep = self.grid.has_images() and self.grid.tile_count() == len(sampled.images)
        self.grid.set_images(sampled.images, sampled.columns, sampled.row_titles, keep_selection=keep)
        r = sampled.request
        self.grid.set_caption(tr("seed {seed} · truncation {truncation:.2f} · {checkpoint_title}").format(
            seed=r.seed, truncation=r.truncation, checkpoint_title=tr(self.info.checkpoint_title)))
        self.diversity.set_marker(None)
        self.refresh_tools()
        self.grid_shown.emit()

    def _set_snapshots(self, snapshots) -> None:
        self.snapshots = []
        self._snapshot_cache.clear()
        self._shown_snapshot = None
        for snap in snapshots:
            self._add_snapshot(snap)

    def _add_snapshot(self, snap: jobs.Snapshot) -> None:
        self.snapshots.append(snap)
        if snap.images is not None:
            self._cache_snapshot(len(self.snapshots) - 1, snap.images)
            if snap.source is not None:   # it can be read again: memory need not hold it beyond the cache
                self.snapshots[-1] = jobs.Snapshot(snap.label, snap.epoch, snap.columns, snap.row_titles, snap.source)

    def _cache_snapshot(self, index: int, images: np.ndarray) -> None:
        self._snapshot_cache[index] = images
        self._snapshot_cache.move_to_end(index)
        while len(self._snapshot_cache) > 1 and sum(a.nbytes for a in self._snapshot_cache.values()) > CACHED_BYTES:
            self._snapshot_cache.popitem(last=False)

    def show_snapshot(self, index: int) -> None:
        """Show timeline snapshot ``index`` (the grid of the fixed noise when it was saved); one not in memory
        is read in a worker thread and shown when it comes (if the slider is still on it)."""
        if not 0 <= index < len(self.snapshots):
            return
        snap = self.snapshots[index]
        images = self._snapshot_cache.get(index, snap.images)
        if images is None:
            if self.info is not None or self._train_live is not None:
                self.jobs["snapshot"].request(self._timeline_key(), lambda control, i=index, s=snap:
                                              jobs.load_snapshot_job(i, s, control))
            return
        if index in self._snapshot_cache:
            self._snapshot_cache.move_to_end(index)
        self.grid_source = "timeline"
        self._shown_snapshot = index
        self.grid.set_images(images, snap.columns, snap.row_titles)
        self.grid.set_caption(tr("{label} · the fixed noise of training").format(label=snap.label))
        self.diversity.set_marker(snap.epoch)
        self.refresh_tools()
        self.grid_shown.emit()

    def _timeline_key(self):
        """What the snapshots belong to: the open run, or the training shown live."""
        return self.info.run_dir if self.info is not None else ("live", id(self._train_live))

    def _snapshot_loaded(self, tag, item: jobs.SnapshotImages) -> None:
        if tag != self._timeline_key() or not 0 <= item.index < len(self.snapshots):
            return
        self._cache_snapshot(item.index, item.images)
        if self.timeline.index() == item.index:
            self.show_snapshot(item.index)

    def shown_snapshot(self) -> int | None:
        """The index of the timeline snapshot the grid shows (None when it shows samples or nothing)."""
        return self._shown_snapshot if self.grid_source == "timeline" else None

    def grid_up_to_date(self) -> bool:
        """Whether the grid shows the samples of the current seed, truncation, size and codes."""
        return (self.grid_source == "samples" and self.sampled is not None
                and self.sampled.request == self.grid_request() and not self.jobs["grid"].is_busy())

    def showing(self) -> str:
        """What the grid shows: "samples", "timeline" (a snapshot) or "none"."""
        return self.grid_source

    # Jobs ------------------------------------------------------------------------------------------

    def _on_job_result(self, kind: str, tag, item) -> None:
        if self._closing:
            return
        if kind == "open":
            if isinstance(item, jobs.Opened):
                self._set_opened(item)
            elif hasattr(item, "message") and item.message:
                self.status.setText(item.message + "…")
        elif kind == "folder" and isinstance(item, jobs.FolderPreview):
            if self.folder_dialog is not None and str(item.folder) == str(Path(self.dataset)):
                self.folder_dialog.show_preview(item.folder.name, item.sentences, item.images)
        elif kind == "snapshot" and isinstance(item, jobs.SnapshotImages):
            self._snapshot_loaded(tag, item)
        elif kind == "grid" and isinstance(item, jobs.SampledGrid):
            if self.info is not None and item.run_dir == self.info.run_dir:
                self._show_sampled(item)
        else:
            self.on_tool_result(kind, tag, item)

    def _on_job_ended(self, kind: str, tag, end) -> None:
        if end.failure is not None and not self._closing:
            self.status.setText(end.failure.message)
            self.context.reporter.report(end.failure.message, end.failure.details)

    # Shutdown --------------------------------------------------------------------------------------

    def shutdown(self) -> None:
        self._closing = True
        self._redraw_timer.stop()
        self.timeline.play_button.setChecked(False)
        self.train_bar.shutdown()
        for runner in self.jobs.values():
            runner.shutdown()
        self.shutdown_exports()
