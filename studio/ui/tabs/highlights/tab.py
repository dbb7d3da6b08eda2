"""Video highlights tab: open a match, see its loudness, drag the threshold, preview and export the reel.

A thin view over ``studio.video``: the analysis and the export run as core generators in a TaskWorker;
everything else (threshold, segments, reel length) is recomputed from the analysis in milliseconds, and
the edits with their undo history live in ``studio.video.review``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QSplitter, QVBoxLayout, QWidget

from studio.core.console import format_duration
from studio.core.tasks import Progress
from studio.ui.i18n import tr, tr_noop
from studio.ui.tabs.highlights.panels import ReelPanel, SourceBar
from studio.ui.tabs.highlights.rules_form import RulesForm
from studio.ui.tabs.highlights.segment_table import SegmentTable
from studio.ui.widgets.loudness_plot import LoudnessPlot
from studio.ui.widgets.save_dialog import ask_save_path
from studio.ui.widgets.video_preview import VideoPreview
from studio.video.analysis import AnalysisSettings, HighlightAnalysis, analyse
from studio.video.audio_reel import export_audio_reel, is_audio_reel
from studio.video.export import ExportResult, export_reel, write_segments
from studio.video.loudness import LoudnessCurve, LoudnessSettings, overview
from studio.video.review import SegmentEdits, threshold_summary
from studio.video.segments import Segment, Threshold, ThresholdSpec, find_segments, reel_length, resolve_threshold
from studio.workers.task_worker import TaskWorker


def export_text(result: ExportResult) -> str:
    """``studio.video.review.export_summary`` in the user's language (the export's notes stay the core's)."""
    how = tr("copied without re-encoding") if result.stream_copied else tr("encoded")
    text = tr("Saved {name} in {folder}: {length}, {clips} clips, {how} in {seconds:.1f} s.").format(
        name=result.path.name, folder=result.path.parent, length=format_duration(result.duration_s),
        clips=result.segments, how=how, seconds=result.elapsed_s)
    return " ".join([text, *result.notes])


VIDEO_FILTER = tr_noop("Videos (*.mp4 *.mov *.mkv *.m4v *.avi *.webm *.ts *.mts *.mpg *.flv *.wmv);;All files (*)")


class HighlightsTab(QWidget):
    """The "Video highlights" tab.

    Parts: ``source`` (the video, its track and how loudness is measured), ``plot`` (the loudness and the
    threshold line), ``rules`` (what counts as a highlight), ``table`` (the highlights), ``preview`` (the
    player) and ``reel`` (export). ``worker`` and ``export_worker`` are the jobs running, if any.
    """

    file_opened = Signal(str)    # a video or sound file was opened (its analysis starts)

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.analysis: HighlightAnalysis | None = None
        self.threshold: Threshold | None = None
        self.edits = SegmentEdits()
        self.worker: TaskWorker | None = None
        self.export_worker: TaskWorker | None = None
        self.last_export: ExportResult | None = None
        self._drag_value: float | None = None
        self._drag_before: list[Segment] | None = None
        self._recompute_timer = QTimer(self)
        self._recompute_timer.setSingleShot(True)
        self._recompute_timer.setInterval(30)  # coalesce the many moves of a threshold drag
        self._recompute_timer.timeout.connect(self._apply_drag)
        self.setAcceptDrops(True)
        self._build()
        self._shortcuts()
        self._set_busy(False)

    @property
    def segments(self) -> list[Segment]:
        """The highlights as they are now (a copy)."""
        return self.edits.segments

    # ---- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.source = SourceBar()
        self.source.open_button.clicked.connect(self.choose_file)
        self.source.track_box.activated.connect(lambda _i: self.analyse_current())
        self.source.measure_box.currentIndexChanged.connect(lambda _i: self._curve_changed(reset_threshold=True))
        for box in (self.source.window_spin, self.source.hop_spin):
            box.valueChanged.connect(self._curve_changed)
        self.source.cancel_button.clicked.connect(self.cancel)

        self.plot = LoudnessPlot()
        self.plot.thresholdMoved.connect(self._threshold_dragged)
        self.plot.thresholdChosen.connect(self._threshold_dropped)
        self.plot.segmentEdited.connect(self._segment_edited)
        self.plot.segmentClicked.connect(self.select_segment)

        self.rules = RulesForm()
        self.rules.modeChanged.connect(self._mode_changed)
        self.rules.rulesChanged.connect(self._rules_changed)
        self.table = SegmentTable()
        self.table.enabledEdited.connect(self._enabled_edited)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.preview = VideoPreview()
        self.reel = ReelPanel()
        self.reel.crossfade_spin.valueChanged.connect(self._update_reel_label)
        self.reel.export_button.clicked.connect(self.choose_reel_file)
        self.reel.list_button.clicked.connect(self.choose_list_file)
        self.reel.undo_button.clicked.connect(self.undo)
        self.reel.export_cancel.clicked.connect(self.cancel)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.rules)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.reel)
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
        root = QVBoxLayout(self)
        root.addWidget(self.source)
        root.addWidget(main, 1)
        self._mode_changed()

    def _shortcuts(self) -> None:
        def add(keys, slot, text):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.setWhatsThis(text)        # names it in Help ▸ Keyboard shortcuts
            sc.activated.connect(slot)

        add(QKeySequence.StandardKey.Open, self.choose_file, tr("Open a video or audio file"))
        add("Ctrl+E", self.choose_reel_file, tr("Export the highlight reel"))
        add("Ctrl+Shift+E", self.choose_list_file, tr("Export the list of highlights"))
        add(QKeySequence.StandardKey.Undo, self.undo, tr("Undo"))
        add(QKeySequence.StandardKey.Redo, self.redo, tr("Redo"))
        add("Ctrl+Y", self.redo, tr("Redo"))
        add("Space", self.toggle_selected, tr("Keep or drop the selected highlight"))
        add("P", self.preview_selected, tr("Preview the selected highlight"))
        add("Escape", self.cancel, tr("Cancel the analysis or export"))

    # ---- opening and analysing ------------------------------------------------------------------
    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, tr("Open a video"), start, tr(VIDEO_FILTER))
        if name:
            self.open_file(Path(name))

    @staticmethod
    def _media_of(event) -> Path | None:
        """A dropped video or sound file (other files go on to the window, which routes them)."""
        from studio.ui.welcome.routing import HIGHLIGHTS, route

        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and urls[0].isLocalFile() and route(urls[0].toLocalFile()).target == HIGHLIGHTS:
            return Path(urls[0].toLocalFile())
        return None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._media_of(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        path = self._media_of(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_file(path)

    def open_file(self, path: Path) -> bool:
        """Open a video (or a sound file) and start analysing its first audio track; False when it cannot
        be opened (said to the user) or a job is still running."""
        if self._busy():
            self.context.reporter.report(tr("Wait for the current job to finish, or cancel it, before opening "
                                         "another video."))
            return False
        from studio.core.errors import StudioError
        from studio.video.audio import probe

        try:
            info = probe(path)
            info.track(None)
        except StudioError as exc:
            self.context.reporter.report(str(exc))
            return False
        self.path = Path(path)
        self.preview.unload()
        self.source.show_video(self.path, info.duration_s, info.audio)
        self.analyse_current()
        self.file_opened.emit(str(path))
        return True

    def analyse_current(self) -> None:
        if self.path is None or self._busy():
            return
        path = self.path
        settings = AnalysisSettings(track=self.source.track())
        self.analysis = None
        self.plot.clear()
        self._set_segments([], undoable=False)
        self.edits.clear_history()
        self.rules.explain(tr("Measuring loudness…"))
        self.worker = TaskWorker(lambda control: analyse(path, settings, control), self)
        self.worker.event.connect(self._analysis_event)
        self.worker.finished.connect(self._analysis_finished)
        self._set_busy(True)
        self.source.progress.setValue(0)
        self.worker.start()

    def _analysis_event(self, item) -> None:
        if isinstance(item, Progress):
            self.source.progress.setValue(int((item.fraction or 0.0) * 100))
            self.source.progress.setToolTip(item.message)
        elif isinstance(item, HighlightAnalysis):
            self.analysis = item
            times, lo, hi = overview(item.ticks)
            self.plot.set_waveform(times, lo, hi)
            self._curve_changed(reset_threshold=True)
            self.edits.clear_history()  # a fresh analysis starts a fresh history
            self._update_reel_label()

    def _analysis_finished(self, end) -> None:
        self.worker = None
        self._set_busy(False)
        if end.failure is not None:
            self._failed(end.failure)
        elif end.status == "stopped" and self.analysis is None:
            self.source.progress.setValue(0)
            self.rules.explain(tr("Analysis cancelled.") if self.path else "")

    def _failed(self, failure) -> None:
        self.source.progress.setValue(0)
        self.rules.explain(failure.message)
        self.context.reporter.report(failure.message, failure.details)

    # ---- curve, threshold and segments ----------------------------------------------------------
    def loudness_settings(self) -> LoudnessSettings:
        return self.source.loudness_settings()

    def _curve(self) -> LoudnessCurve:
        return self.analysis.curve(self.loudness_settings())

    def _unit(self) -> str:
        return self._curve().unit if self.analysis else "dBFS"

    def _current_level(self) -> float | None:
        return self.threshold.value if self.threshold else None

    def _curve_changed(self, *_args, reset_threshold: bool = False) -> None:
        if self.analysis is None:
            return
        curve = self._curve()
        self.plot.set_curve(curve.centres, curve.values, curve.unit)
        if reset_threshold and self.rules.mode() == "absolute":
            # A level in dB means nothing on the energy scale and back.
            self.rules.set_mode("otsu", self._unit(), self._current_level())
        self._mode_changed()

    def _mode_changed(self) -> None:
        self.rules.configure_level(self.rules.mode(), self._unit(), self._current_level())
        self._rules_changed()

    def _rules_changed(self) -> None:
        if self.analysis is None:
            self._update_reel_label()
            return
        self.threshold = resolve_threshold(self._curve(), self.rules.threshold_spec())
        self.plot.set_threshold(self.threshold.value)
        if self.rules.mode() == "otsu":  # show the level it found, greyed out
            self.rules.show_level(self.threshold.value)
        self._recompute(undoable=True)

    def _recompute(self, undoable: bool) -> None:
        segs = find_segments(self._curve(), self.threshold.value, self.rules.rules())
        self._set_segments(segs, undoable=undoable)
        self.rules.explain(threshold_summary(self.threshold, self.analysis.duration_s, self.analysis.elapsed_s,
                                             self.analysis.notes))

    def _threshold_dragged(self, value: float) -> None:
        if self._drag_before is None:
            self._drag_before = self.segments
        self._drag_value = value
        self._recompute_timer.start()

    def _apply_drag(self) -> None:
        if self._drag_value is None or self.analysis is None:
            return
        self.threshold = resolve_threshold(self._curve(), ThresholdSpec("absolute", self._drag_value))
        self.rules.set_mode("absolute", self._unit(), self._current_level(), self._drag_value)
        self._recompute(undoable=False)  # one undo step per drag, taken when the line is let go

    def _threshold_dropped(self, value: float) -> None:
        self._recompute_timer.stop()
        self._drag_value = value
        before = self._drag_before if self._drag_before is not None else self.segments
        self._drag_before = None
        self._apply_drag()
        self.edits.record(before)
        self._update_reel_label()

    # ---- segment list ---------------------------------------------------------------------------
    def _set_segments(self, segs: list[Segment], undoable: bool = True) -> None:
        self.edits.replace(segs, undoable=undoable)
        self._refresh_views()

    def _refresh_views(self) -> None:
        segments = self.segments
        selected = self.table.show_segments(segments)
        self.plot.set_segments([(s.start, s.end, s.enabled) for s in segments], selected)
        self._update_reel_label()

    def _update_reel_label(self, *_args) -> None:
        segments = self.segments
        has_picture = self.analysis is not None and self.analysis.info.video is not None
        self.reel.show_summary(tr("{on} of {total} highlights, reel {length}").format(   # review.reel_summary's words
            on=sum(s.enabled for s in segments), total=len(segments),
            length=format_duration(reel_length(segments, self.reel.crossfade()))))
        self.reel.set_actions(
            can_export=any(s.enabled for s in segments) and not self._busy() and self.path is not None,
            can_list=bool(segments) and not self._busy(), can_undo=self.edits.can_undo(),
            picture_missing=self.analysis is not None and not has_picture)

    def selected_rows(self) -> list[int]:
        return self.table.selected_rows()

    def _enabled_edited(self, row: int, enabled: bool) -> None:
        if row < len(self.segments):
            self.edits.set_enabled(row, enabled)
            self._refresh_views()

    def toggle_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.edits.toggle(rows)
            self._refresh_views()

    def set_enabled(self, row: int, enabled: bool) -> None:
        """Switch highlight ``row`` on or off, as its box in the list does."""
        self.table.set_checked(row, enabled)

    def _segment_edited(self, index: int, start: float, end: float) -> None:
        if index >= len(self.segments):
            return
        self.edits.move_edges(index, start, end, self.analysis.duration_s if self.analysis else end)
        self._refresh_views()

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
        if self.edits.undo():
            self._refresh_views()

    def redo(self) -> None:
        if self.edits.redo():
            self._refresh_views()

    # ---- export ---------------------------------------------------------------------------------
    def choose_reel_file(self) -> None:
        if not self.reel.export_button.isEnabled():
            return
        sound_only = self.analysis is not None and self.analysis.info.video is None
        suffix = ".m4a" if sound_only else ".mp4"
        default = str(self.path.with_name(f"{self.path.stem}-highlights{suffix}"))
        video = tr("MP4 video (*.mp4);;QuickTime (*.mov);;Matroska (*.mkv)")
        sound = (tr("AAC sound (*.m4a);;WAV (*.wav);;MP3 (*.mp3);;Ogg Opus (*.ogg);;FLAC (*.flac)"))
        path = ask_save_path(self, tr("Save the highlight reel"), default,
                             sound if sound_only else f"{video};;{sound}", None)
        if path is not None:
            self.export_reel_to(path if path.suffix else path.with_suffix(suffix))

    def export_reel_to(self, dst: Path) -> None:
        """Export the reel to ``dst``, which the save dialog has confirmed (an existing file is replaced;
        the video itself or a folder is still refused by the output guard)."""
        if self.path is None or self._busy():
            return
        src, segs = self.path, self.segments
        settings = self.reel.export_settings()
        track = self.source.track()
        self.last_export = None
        self.preview.stop()
        # The suffix chooses: a video reel, or sound alone (.m4a, .wav, .mp3, .ogg, .flac).
        export = export_audio_reel if is_audio_reel(dst) else export_reel
        self.export_worker = TaskWorker(lambda control: export(src, segs, dst, settings, control, track,
                                                               overwrite=True), self)
        self.export_worker.event.connect(self._export_event)
        self.export_worker.finished.connect(self._export_finished)
        self._set_busy(True)
        self.reel.export_progress.setValue(0)
        self.export_worker.start()

    def _export_event(self, item) -> None:
        if isinstance(item, Progress):
            self.reel.export_progress.setValue(int((item.fraction or 0.0) * 100))
        elif isinstance(item, ExportResult):
            self.last_export = item
            self.reel.show_summary(export_text(item))

    def _export_finished(self, end) -> None:
        self.export_worker = None
        self._set_busy(False)
        if end.failure is not None:
            self._failed(end.failure)
        if self.last_export is not None:
            self.reel.show_summary(export_text(self.last_export))  # kept over the recounted total
        else:
            self.reel.export_progress.setValue(0)

    def choose_list_file(self) -> None:
        if not self.segments or self.path is None:
            return
        default = str(self.path.with_name(f"{self.path.stem}-highlights.csv"))
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save the list of highlights"), default,
            tr("CSV (*.csv);;JSON (*.json);;Edit decision list (*.edl);;Final Cut Pro XML (*.fcpxml)"))
        if name:
            self.export_list_to(Path(name))

    def export_list_to(self, dst: Path) -> bool:
        from studio.core.errors import StudioError

        try:
            extra = {"threshold": self._current_level(), "measure": self.source.measure()}
            write_segments(dst, self.segments, self.analysis.info, extra, overwrite=True)  # the dialog asked
        except StudioError as exc:
            self.context.reporter.report(str(exc))
            return False
        self.reel.show_summary(tr("Saved the list to {name}").format(name=dst.name))
        return True

    # ---- jobs -----------------------------------------------------------------------------------
    def _busy(self) -> bool:
        return self.worker is not None or self.export_worker is not None

    def _set_busy(self, busy: bool) -> None:
        self.source.set_busy(busy, analysing=self.worker is not None)
        self.reel.set_exporting(self.export_worker is not None,
                                show_progress=self.export_worker is not None or self.last_export is not None)
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
