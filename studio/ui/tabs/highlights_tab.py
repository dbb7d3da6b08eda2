"""Video highlights tab: open a match, see its loudness, drag the threshold, preview and export the reel.

A thin view over ``studio.video``: the analysis and the export run as core generators in a TaskWorker;
everything else (threshold, segments, reel length) is recomputed from the analysis in milliseconds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout,
                               QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, 
                               QPushButton, QSpinBox, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from studio.core.console import format_duration
from studio.core.tasks import Progress
from studio.ui.widgets.loudness_plot import LoudnessPlot
from studio.ui.widgets.progress_bar import ProgressBar
from studio.ui.widgets.video_preview import VideoPreview
from studio.video.analysis import AnalysisSettings, HighlightAnalysis, analyse
from studio.video.export import ExportResult, ExportSettings, export_reel, write_segments
from studio.video.loudness import MEASURE_NAMES, LoudnessSettings, overview
from studio.video.segments import (MODE_NAMES, Segment, SegmentRules, Threshold, ThresholdSpec, find_segments,
                                   reel_length, resolve_threshold)
from studio.workers.task_worker import TaskWorker

VIDEO_FILTER = "Videos (*.mp4 *.mov *.mkv *.m4v *.avi *.webm *.ts *.mts *.mpg *.flv *.wmv);;All files (*)"
COLUMNS = ["Use", "#", "Start", "End", "Length", "Peak dB"]


def _spin(lo: float, hi: float, value: float, step: float, suffix: str = " s", decimals: int = 1,
          tip: str = "") -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(lo, hi)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    box.setValue(value)
    box.setSuffix(suffix)
    box.setToolTip(tip)
    box.setKeyboardTracking(False)
    return box


class HighlightsTab(QWidget):
    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.analysis: HighlightAnalysis | None = None
        self.threshold: Threshold | None = None
        self.segments: list[Segment] = []
        self._undo: list[list[Segment]] = []
        self._redo: list[list[Segment]] = []
        self.worker: TaskWorker | None = None
        self.export_worker: TaskWorker | None = None
        self.last_export: ExportResult | None = None
        self._drag_value: float | None = None
        self._drag_before: list[Segment] | None = None
        self._level_mode: tuple[str, str] | None = None
        self._recompute_timer = QTimer(self)
        self._recompute_timer.setSingleShot(True)
        self._recompute_timer.setInterval(30)  # coalesce the many moves of a threshold drag
        self._recompute_timer.timeout.connect(self._apply_drag)
        self.setAcceptDrops(True)
        self._build()
        self._shortcuts()
        self._set_busy(False)

    # ---- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        self.open_button = QPushButton("Open video…")
        self.open_button.setToolTip("Open a video (Ctrl+O), or drop one onto this tab")
        self.open_button.clicked.connect(self.choose_file)
        self.file_label = QLabel("No video yet: open one, or drop it here.")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.track_box = QComboBox()
        self.track_box.setToolTip("Which audio track to listen to")
        self.track_box.setMinimumContentsLength(24)
        self.track_box.activated.connect(lambda _i: self.analyse_current())
        self.measure_box = QComboBox()
        for key, name in MEASURE_NAMES.items():
            self.measure_box.addItem(name, key)
        self.measure_box.setToolTip("RMS: plain loudness. K-weighted: closer to how loud people hear it "
                                    "(EBU R128 style; a 0.4 s window gives its 'momentary' loudness). "
                                    "Classic: the original 10 s chunk energy, to compare.")
        self.measure_box.currentIndexChanged.connect(self._measure_changed)
        self.window_spin = _spin(0.05, 10, 0.5, 0.05, decimals=2, tip="Length of each loudness window")
        self.hop_spin = _spin(0.05, 10, 0.25, 0.05, decimals=2, tip="Step between windows")
        for box in (self.window_spin, self.hop_spin):
            box.valueChanged.connect(self._curve_changed)
        self.progress = ProgressBar()
        self.progress.setFormat("%p %")
        self.progress.setMaximumWidth(200)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the analysis or the export (Esc)")
        self.cancel_button.clicked.connect(self.cancel)
        top.addWidget(self.open_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(QLabel("Track"))
        top.addWidget(self.track_box)
        top.addWidget(self.measure_box)
        top.addWidget(QLabel("Window"))
        top.addWidget(self.window_spin)
        top.addWidget(QLabel("Hop"))
        top.addWidget(self.hop_spin)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        root.addLayout(top)

        self.plot = LoudnessPlot()
        self.plot.thresholdMoved.connect(self._threshold_dragged)
        self.plot.thresholdChosen.connect(self._threshold_dropped)
        self.plot.segmentEdited.connect(self._segment_edited)
        self.plot.segmentClicked.connect(self.select_segment)

        rules = QGroupBox("What counts as a highlight")
        grid = QGridLayout(rules)
        self.mode_box = QComboBox()
        for key, name in MODE_NAMES.items():
            self.mode_box.addItem(name, key)
        self.mode_box.currentIndexChanged.connect(self._mode_changed)
        self.level_spin = _spin(-120, 1e9, -25, 1, suffix=" dB", tip="The threshold's value")
        self.level_spin.valueChanged.connect(self._rules_changed)
        self.min_spin = _spin(0, 600, 1.0, 0.5, tip="Loud bursts shorter than this are dropped")
        self.gap_spin = _spin(0, 600, 2.0, 0.5, tip="Loud parts closer than this become one highlight")
        self.pre_spin = _spin(0, 120, 2.0, 0.5, tip="Kept before each highlight: the build-up")
        self.post_spin = _spin(0, 120, 2.0, 0.5, tip="Kept after each highlight: the reaction")
        self.top_spin = QSpinBox()
        self.top_spin.setRange(0, 999)
        self.top_spin.setSpecialValueText("all")
        self.top_spin.setToolTip("Keep only the N best highlights (0: all)")
        self.target_spin = _spin(0, 36000, 0, 10, tip="Keep the best highlights until the reel is this long")
        self.target_spin.setSpecialValueText("no limit")
        for box in (self.min_spin, self.gap_spin, self.pre_spin, self.post_spin, self.target_spin):
            box.valueChanged.connect(self._rules_changed)
        self.top_spin.valueChanged.connect(self._rules_changed)
        grid.addWidget(QLabel("Threshold"), 0, 0)
        grid.addWidget(self.mode_box, 0, 1, 1, 3)
        grid.addWidget(self.level_spin, 0, 4)
        pairs = [("Shortest", self.min_spin), ("Join gaps up to", self.gap_spin), ("Before", self.pre_spin),
                 ("After", self.post_spin), ("Best", self.top_spin), ("Reel length", self.target_spin)]
        for k, (label, box) in enumerate(pairs):
            grid.addWidget(QLabel(label), 1 + k // 3, 2 * (k % 3))
            grid.addWidget(box, 1 + k // 3, 2 * (k % 3) + 1)
        self.explain_label = QLabel("")
        self.explain_label.setWordWrap(True)
        self.explain_label.setStyleSheet("color: #333;")
        grid.addWidget(self.explain_label, 3, 0, 1, 6)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for col in (0, 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip("Click a row to preview it. Space or the box switches it on or off.")
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.preview = VideoPreview()

        export = QGroupBox("Reel")
        form = QFormLayout(export)
        self.reel_label = QLabel("—")
        self.reel_label.setStyleSheet("font-weight: bold;")
        self.crossfade_spin = _spin(0, 3, 0.0, 0.1, tip="Blend sound and picture over this long at each join")
        self.crossfade_spin.valueChanged.connect(self._update_reel_label)
        self.copy_box = QComboBox()
        self.copy_box.addItem("Copy when cuts allow, else re-encode", "auto")
        self.copy_box.addItem("Always re-encode (exact cuts)", "never")
        self.copy_box.addItem("Widen cuts to keyframes and copy (fast)", "keyframes")
        self.export_button = QPushButton("Export reel…")
        self.export_button.setToolTip("Write the highlight reel as MP4 (Ctrl+E)")
        self.export_button.clicked.connect(self.choose_reel_file)
        self.list_button = QPushButton("Export list…")
        self.list_button.setToolTip("Write the highlights as CSV, JSON, EDL or FCPXML (Ctrl+Shift+E)")
        self.list_button.clicked.connect(self.choose_list_file)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setToolTip("Undo the last change to the highlights (Ctrl+Z)")
        self.undo_button.clicked.connect(self.undo)
        self.export_progress = ProgressBar()
        self.export_progress.setFormat("%p %")
        self.export_cancel = QPushButton("Cancel")
        self.export_cancel.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.list_button)
        buttons.addWidget(self.undo_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.export_progress, 1)
        progress_row.addWidget(self.export_cancel)
        form.addRow("Total", self.reel_label)
        form.addRow("Crossfade", self.crossfade_spin)
        form.addRow("Cutting", self.copy_box)
        form.addRow(buttons)
        form.addRow(progress_row)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(rules)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(export)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(left)
        bottom.addWidget(right)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        main = QSplitter(Qt.Orientation.Vertical)
        main.addWidget(self.plot)
        main.addWidget(bottom)
        main.setStretchFactor(0, 2)
        main.setStretchFactor(1, 3)
        root.addWidget(main, 1)
        self._mode_changed()

    def _shortcuts(self) -> None:
        def add(keys, slot):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        add(QKeySequence.StandardKey.Open, self.choose_file)
        add("Ctrl+E", self.choose_reel_file)
        add("Ctrl+Shift+E", self.choose_list_file)
        add(QKeySequence.StandardKey.Undo, self.undo)
        add(QKeySequence.StandardKey.Redo, self.redo)
        add("Ctrl+Y", self.redo)
        add("Space", self.toggle_selected)
        add("P", self.preview_selected)
        add("Escape", self.cancel)

    # ---- opening and analysing ------------------------------------------------------------------
    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, "Open a video", start, VIDEO_FILTER)
        if name:
            self.open_file(Path(name))

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_file(Path(urls[0].toLocalFile()))

    def open_file(self, path: Path) -> None:
        """Open a video and start analysing its first audio track."""
        if self._busy():
            self.context.reporter.report("Wait for the current job to finish, or cancel it, before opening "
                                         "another video.")
            return
        from studio.core.errors import StudioError
        from studio.video.audio import probe

        try:
            info = probe(path)
            info.track(None)
        except StudioError as exc:
            self.context.reporter.report(str(exc))
            return
        self.path = Path(path)
        self.preview.unload()
        self.file_label.setText(f"{self.path.name}  ({format_duration(info.duration_s)})")
        self.file_label.setToolTip(str(self.path))
        self.track_box.blockSignals(True)
        self.track_box.clear()
        for track in info.audio:
            self.track_box.addItem(track.describe(), track.number)
        self.track_box.blockSignals(False)
        self.track_box.setEnabled(len(info.audio) > 1)
        self.analyse_current()

    def analyse_current(self) -> None:
        if self.path is None or self._busy():
            return
        track = self.track_box.currentData()
        path = self.path
        settings = AnalysisSettings(track=track)
        self.analysis = None
        self.plot.clear()
        self._set_segments([], undoable=False)
        self._undo.clear()
        self._redo.clear()
        self.explain_label.setText("Measuring loudness…")
        self.worker = TaskWorker(lambda control: analyse(path, settings, control), self)
        self.worker.event.connect(self._analysis_event)
        self.worker.finished.connect(self._analysis_finished)
        self._set_busy(True)
        self.progress.setValue(0)
        self.worker.start()

    def _analysis_event(self, item) -> None:
        if isinstance(item, Progress):
            self.progress.setValue(int((item.fraction or 0.0) * 100))
            self.progress.setToolTip(item.message)
        elif isinstance(item, HighlightAnalysis):
            self.analysis = item
            times, lo, hi = overview(item.ticks)
            self.plot.set_waveform(times, lo, hi)
            self._curve_changed(reset_threshold=True)
            self._undo.clear()  # a fresh analysis starts a fresh history
            self._update_reel_label()

    def _analysis_finished(self, end) -> None:
        self.worker = None
        self._set_busy(False)
        if end.failure is not None:
            self._failed(end.failure)
        elif end.status == "stopped" and self.analysis is None:
            self.progress.setValue(0)
            self.explain_label.setText("Analysis cancelled." if self.path else "")

    def _failed(self, failure) -> None:
        self.progress.setValue(0)
        self.explain_label.setText(failure.message)
        self.context.reporter.report(failure.message, failure.details)

    # ---- curve, threshold and segments ----------------------------------------------------------
    def loudness_settings(self) -> LoudnessSettings:
        return LoudnessSettings(measure=self.measure_box.currentData(), window_s=self.window_spin.value(),
                                hop_s=self.hop_spin.value())

    def rules(self) -> SegmentRules:
        return SegmentRules(min_length_s=self.min_spin.value(), merge_gap_s=self.gap_spin.value(),
                            pre_s=self.pre_spin.value(), post_s=self.post_spin.value(),
                            top_n=self.top_spin.value() or None, target_s=self.target_spin.value() or None)

    def threshold_spec(self) -> ThresholdSpec:
        mode = self.mode_box.currentData()
        return ThresholdSpec(mode, None if mode == "otsu" else self.level_spin.value())

    def _measure_changed(self) -> None:
        classic = self.measure_box.currentData() == "classic"
        self.window_spin.setEnabled(not classic)
        self.hop_spin.setEnabled(not classic)
        self._curve_changed(reset_threshold=True)

    def _curve_changed(self, *_args, reset_threshold: bool = False) -> None:
        if self.analysis is None:
            return
        curve = self.analysis.curve(self.loudness_settings())
        self.plot.set_curve(curve.centres, curve.values, curve.unit)
        if reset_threshold and self.mode_box.currentData() == "absolute":
            self._set_mode("otsu")  # a level in dB means nothing on the energy scale and back
        self._mode_changed()

    def _set_mode(self, mode: str, value: float | None = None) -> None:
        self.mode_box.blockSignals(True)
        self.mode_box.setCurrentIndex(self.mode_box.findData(mode))
        self.mode_box.blockSignals(False)
        self._configure_level_spin(mode)
        if value is not None:
            self.level_spin.blockSignals(True)
            self.level_spin.setValue(value)
            self.level_spin.blockSignals(False)

    def _configure_level_spin(self, mode: str) -> None:
        """Give the value box the range, unit and (when the mode changed) the default of ``mode``."""
        spin = self.level_spin
        unit = self.analysis.curve(self.loudness_settings()).unit if self.analysis else "dBFS"
        changed = (mode, unit) != self._level_mode
        self._level_mode = (mode, unit)
        spin.blockSignals(True)
        if mode == "percentile":
            spin.setRange(0.5, 99.5)
            spin.setSuffix(" % loudest")
            spin.setDecimals(1)
            spin.setSingleStep(1)
            default = 10.0
        elif mode == "mad":
            spin.setRange(0.5, 10)
            spin.setSuffix(" × spread")
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            default = 3.0
        elif mode == "absolute" and unit == "energy":
            spin.setRange(0, 1e12)
            spin.setSuffix(" energy")
            spin.setDecimals(0)
            spin.setSingleStep(100)
            default = self.threshold.value if self.threshold else 2205.0
        elif mode == "absolute":
            spin.setRange(-120, 0)
            spin.setSuffix(f" {unit}")
            spin.setDecimals(1)
            spin.setSingleStep(1)
            default = self.threshold.value if self.threshold else -25.0
        else:  # otsu: the box only shows the level found
            spin.setRange(-1e12, 1e12)
            spin.setSuffix("" if unit == "energy" else f" {unit}")
            default = self.threshold.value if self.threshold else 0.0
        if changed:
            spin.setValue(default)
        spin.setEnabled(mode != "otsu")
        spin.blockSignals(False)

    def _mode_changed(self, *_args) -> None:
        self._configure_level_spin(self.mode_box.currentData())
        self._rules_changed()

    def _rules_changed(self, *_args) -> None:
        if self.analysis is None:
            self._update_reel_label()
            return
        curve = self.analysis.curve(self.loudness_settings())
        self.threshold = resolve_threshold(curve, self.threshold_spec())
        self.plot.set_threshold(self.threshold.value)
        if self.mode_box.currentData() == "otsu":  # show the level it found, greyed out
            self.level_spin.blockSignals(True)
            self.level_spin.setValue(self.threshold.value)
            self.level_spin.blockSignals(False)
        self._recompute(undoable=True)

    def _recompute(self, undoable: bool) -> None:
        curve = self.analysis.curve(self.loudness_settings())
        segs = find_segments(curve, self.threshold.value, self.rules())
        self._set_segments(segs, undoable=undoable)
        notes = " ".join(self.analysis.notes)
        speed = self.analysis.duration_s / max(self.analysis.elapsed_s, 1e-9)
        self.explain_label.setText(
            f"{self.threshold.explanation} Drag the red line to change it.  "
            f"(Analysed in {self.analysis.elapsed_s:.1f} s, {speed:.0f}× real time.)" + (f"\n{notes}" if notes else ""))

    def _threshold_dragged(self, value: float) -> None:
        if self._drag_before is None:
            self._drag_before = list(self.segments)
        self._drag_value = value
        self._recompute_timer.start()

    def _apply_drag(self) -> None:
        if self._drag_value is None or self.analysis is None:
            return
        curve = self.analysis.curve(self.loudness_settings())
        self.threshold = resolve_threshold(curve, ThresholdSpec("absolute", self._drag_value))
        self._set_mode("absolute", self._drag_value)
        self._recompute(undoable=False)  # one undo step per drag, taken when the line is let go

    def _threshold_dropped(self, value: float) -> None:
        self._recompute_timer.stop()
        self._drag_value = value
        before = self._drag_before if self._drag_before is not None else list(self.segments)
        self._drag_before = None
        self._apply_drag()
        self._push_undo(before)

    # ---- segment list ---------------------------------------------------------------------------
    def _push_undo(self, before: list[Segment]) -> None:
        if before != self.segments:
            self._undo.append(before)
            del self._undo[:-100]
            self._redo.clear()
        self.undo_button.setEnabled(bool(self._undo))

    def _set_segments(self, segs: list[Segment], undoable: bool = True) -> None:
        before = list(self.segments)
        self.segments = list(segs)
        if undoable:
            self._push_undo(before)
        self._refresh_views()

    def _refresh_views(self) -> None:
        selected = self.selected_rows()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.segments))
        for row, s in enumerate(self.segments):
            use = QTableWidgetItem()
            use.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            use.setCheckState(Qt.CheckState.Checked if s.enabled else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, use)
            cells = [str(row + 1), _clock(s.start), _clock(s.end), f"{s.length:.1f} s", f"{s.peak_db:.1f}"]
            for col, text in enumerate(cells, 1):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not s.enabled:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        keep = [r for r in selected if r < len(self.segments)]
        if keep:
            self.table.blockSignals(True)
            self.table.selectRow(keep[0])
            self.table.blockSignals(False)
        self.plot.set_segments([(s.start, s.end, s.enabled) for s in self.segments], keep[0] if keep else -1)
        self._update_reel_label()

    def _update_reel_label(self, *_args) -> None:
        on = [s for s in self.segments if s.enabled]
        total = reel_length(self.segments, self.crossfade_spin.value())
        self.reel_label.setText(f"{len(on)} of {len(self.segments)} highlights, reel {format_duration(total)}")
        has_picture = self.analysis is not None and self.analysis.info.video is not None
        can = bool(on) and not self._busy() and self.path is not None and has_picture
        self.export_button.setEnabled(can)
        self.export_button.setToolTip("Write the highlight reel as MP4 (Ctrl+E)" if has_picture or not self.analysis
                                      else "This file has no picture; export the list instead.")
        self.list_button.setEnabled(bool(self.segments) and not self._busy())
        self.undo_button.setEnabled(bool(self._undo))

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectedIndexes()})

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0 or item.row() >= len(self.segments):
            return
        enabled = item.checkState() == Qt.CheckState.Checked
        segs = list(self.segments)
        segs[item.row()] = segs[item.row()].toggled(enabled)
        self._set_segments(segs)

    def toggle_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        segs = list(self.segments)
        for r in rows:
            segs[r] = segs[r].toggled()
        self._set_segments(segs)

    def set_enabled(self, row: int, enabled: bool) -> None:
        self.table.item(row, 0).setCheckState(Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)

    def _segment_edited(self, index: int, start: float, end: float) -> None:
        if index >= len(self.segments):
            return
        duration = self.analysis.duration_s if self.analysis else end
        start, end = max(0.0, start), min(duration, end)
        segs = list(self.segments)
        segs[index] = segs[index].with_edges(start, end)
        self._set_segments(segs)

    def select_segment(self, index: int) -> None:
        self.table.selectRow(index)

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        self.plot.set_segments([(s.start, s.end, s.enabled) for s in self.segments], rows[0] if rows else -1)
        if len(rows) == 1:
            self.preview_selected()

    def preview_selected(self) -> None:
        rows = self.selected_rows()
        if not rows or self.path is None or self.analysis is None or self.analysis.info.video is None:
            return
        s = self.segments[rows[0]]
        self.plot.show_range(s.start, s.end)
        self.preview.play_range(self.path, s.start, s.end)

    def undo(self) -> None:
        if self._undo:
            self._redo.append(list(self.segments))
            self.segments = self._undo.pop()
            self._refresh_views()

    def redo(self) -> None:
        if self._redo:
            self._undo.append(list(self.segments))
            self.segments = self._redo.pop()
            self._refresh_views()

    # ---- export ---------------------------------------------------------------------------------
    def choose_reel_file(self) -> None:
        if not self.export_button.isEnabled():
            return
        default = str(self.path.with_name(f"{self.path.stem}-highlights.mp4"))
        name, _ = QFileDialog.getSaveFileName(self, "Save the highlight reel", default,
                                              "MP4 video (*.mp4);;QuickTime (*.mov);;Matroska (*.mkv)")
        if name:
            self.export_reel_to(Path(name))

    def export_reel_to(self, dst: Path) -> None:
        if self.path is None or self._busy():
            return
        src, segs = self.path, list(self.segments)
        settings = ExportSettings(crossfade_s=self.crossfade_spin.value(), copy=self.copy_box.currentData())
        track = self.track_box.currentData()
        self.last_export = None
        self.preview.stop()
        self.export_worker = TaskWorker(lambda control: export_reel(src, segs, dst, settings, control, track), self)
        self.export_worker.event.connect(self._export_event)
        self.export_worker.finished.connect(self._export_finished)
        self._set_busy(True)
        self.export_progress.setValue(0)
        self.export_worker.start()

    def _export_event(self, item) -> None:
        if isinstance(item, Progress):
            self.export_progress.setValue(int((item.fraction or 0.0) * 100))
        elif isinstance(item, ExportResult):
            self.last_export = item
            how = "copied without re-encoding" if item.stream_copied else "encoded"
            self.reel_label.setText(f"Saved {item.path.name}: {format_duration(item.duration_s)}, "
                                    f"{item.segments} clips, {how} in {item.elapsed_s:.1f} s")

    def _export_finished(self, end) -> None:
        self.export_worker = None
        self._set_busy(False)
        if end.failure is not None:
            self._failed(end.failure)
        if self.last_export is not None:
            text = self.reel_label.text()
            self._update_reel_label()
            self.reel_label.setText(text)
        else:
            self.export_progress.setValue(0)

    def choose_list_file(self) -> None:
        if not self.segments or self.path is None:
            return
        default = str(self.path.with_name(f"{self.path.stem}-highlights.csv"))
        name, _ = QFileDialog.getSaveFileName(
            self, "Save the list of highlights", default,
            "CSV (*.csv);;JSON (*.json);;Edit decision list (*.edl);;Final Cut Pro XML (*.fcpxml)")
        if name:
            self.export_list_to(Path(name))

    def export_list_to(self, dst: Path) -> bool:
        from studio.core.errors import StudioError

        try:
            extra = {"threshold": self.threshold.value if self.threshold else None,
                     "measure": self.measure_box.currentData()}
            write_segments(dst, self.segments, self.analysis.info, extra)
        except StudioError as exc:
            self.context.reporter.report(str(exc))
            return False
        self.reel_label.setText(f"Saved the list to {dst.name}")
        return True

    # ---- jobs -----------------------------------------------------------------------------------
    def _busy(self) -> bool:
        return self.worker is not None or self.export_worker is not None

    def _set_busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(self.worker is not None)
        self.export_cancel.setEnabled(self.export_worker is not None)
        self.progress.setVisible(True)
        self.export_progress.setVisible(self.export_worker is not None or self.last_export is not None)
        self.export_cancel.setVisible(self.export_worker is not None)
        self.open_button.setEnabled(not busy)
        self.track_box.setEnabled(not busy and self.track_box.count() > 1)
        self._update_reel_label()

    def cancel(self) -> None:
        for worker in (self.worker, self.export_worker):
            if worker is not None:
                worker.stop()

    def shutdown(self) -> None:
        for worker in (self.worker, self.export_worker):
            if worker is not None:
                worker.stop_and_wait()
        self.preview.unload()


def _clock(t: float) -> str:
    m, s = divmod(t, 60)
    h, m = divmod(int(m), 60)
    return f"{h}:{m:02d}:{s:05.2f}" if h else f"{m:02d}:{s:05.2f}"
