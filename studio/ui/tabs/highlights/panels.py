"""The highlights tab's rows of controls: the source bar at the top and the reel panel at the bottom right.

Every control has an object name, so that callers and tests find it as a user does, by what it is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QWidget)

from studio.core.console import format_duration
from studio.ui.i18n import tr, tr_noop
from studio.ui.widgets.progress_bar import ProgressBar
from studio.video.audio import AudioTrack
from studio.video.export import ExportSettings
from studio.video.loudness import MEASURE_NAMES, LoudnessSettings

REEL_TIP = tr_noop("Write the highlight reel as MP4 (Ctrl+E)")


def spin_box(name: str, lo: float, hi: float, value: float, step: float, suffix: str = " s", decimals: int = 1,
             tip: str = "") -> QDoubleSpinBox:
    """A number box that reports a value once it is typed in full (no keyboard tracking)."""
    box = QDoubleSpinBox()
    box.setObjectName(name)
    box.setRange(lo, hi)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    box.setValue(value)
    box.setSuffix(suffix)
    box.setToolTip(tip)
    box.setKeyboardTracking(False)
    return box


class SourceBar(QWidget):
    """The top row: the video and its audio track, how loudness is measured, and the analysis's progress."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_button = QPushButton(tr("Open video…"))
        self.open_button.setObjectName("open_video")
        self.open_button.setToolTip(tr("Open a video (Ctrl+O), or drop one onto this tab"))
        self.file_label = QLabel(tr("No video yet: open one, or drop it here."))
        self.file_label.setObjectName("video_name")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.track_box = QComboBox()
        self.track_box.setObjectName("track")
        self.track_box.setToolTip(tr("Which audio track to listen to"))
        self.track_box.setMinimumContentsLength(24)
        self.measure_box = QComboBox()
        self.measure_box.setObjectName("measure")
        for key, name in MEASURE_NAMES.items():
            self.measure_box.addItem(tr(name), key)
        self.measure_box.setToolTip(tr("RMS: plain loudness. K-weighted: closer to how loud people hear it "
                                    "(EBU R128 style; a 0.4 s window gives its 'momentary' loudness). "
                                    "Classic: the original 10 s chunk energy, to compare."))
        self.measure_box.currentIndexChanged.connect(self._measure_changed)
        self.window_spin = spin_box("window", 0.05, 10, 0.5, 0.05, decimals=2, tip=tr("Length of each loudness window"))
        self.hop_spin = spin_box("hop", 0.05, 10, 0.25, 0.05, decimals=2, tip=tr("Step between windows"))
        self.progress = ProgressBar()
        self.progress.setObjectName("analysis_progress")
        self.progress.setFormat("%p %")
        self.progress.setMaximumWidth(200)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("cancel_analysis")
        self.cancel_button.setToolTip(tr("Stop the analysis or the export (Esc)"))

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.open_button)
        row.addWidget(self.file_label, 1)
        row.addWidget(QLabel(tr("Track")))
        row.addWidget(self.track_box)
        row.addWidget(self.measure_box)
        row.addWidget(QLabel(tr("Window")))
        row.addWidget(self.window_spin)
        row.addWidget(QLabel(tr("Hop")))
        row.addWidget(self.hop_spin)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)

    def _measure_changed(self) -> None:
        classic = self.measure_box.currentData() == "classic"  # fixed 10 s chunks: no window, no hop
        self.window_spin.setEnabled(not classic)
        self.hop_spin.setEnabled(not classic)

    def loudness_settings(self) -> LoudnessSettings:
        return LoudnessSettings(measure=self.measure_box.currentData(), window_s=self.window_spin.value(),
                                hop_s=self.hop_spin.value())

    def measure(self) -> str:
        return self.measure_box.currentData()

    def track(self) -> int | None:
        """The chosen audio track's number (from 0), None before a video is open."""
        return self.track_box.currentData()

    def show_video(self, path: Path, duration_s: float, tracks: list[AudioTrack]) -> None:
        """Name the open video and offer its audio tracks (without announcing a choice)."""
        self.file_label.setText(f"{path.name}  ({format_duration(duration_s)})")
        self.file_label.setToolTip(str(path))
        self.track_box.blockSignals(True)
        self.track_box.clear()
        for track in tracks:
            self.track_box.addItem(track.describe(), track.number)
        self.track_box.blockSignals(False)
        self.track_box.setEnabled(len(tracks) > 1)

    def set_busy(self, busy: bool, analysing: bool) -> None:
        self.cancel_button.setEnabled(analysing)
        self.progress.setVisible(True)
        self.open_button.setEnabled(not busy)
        self.track_box.setEnabled(not busy and self.track_box.count() > 1)


class ReelPanel(QGroupBox):
    """The reel: how long it is, how it is cut, the export buttons and the export's progress."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Reel"), parent)
        self.reel_label = QLabel("—")
        self.reel_label.setObjectName("reel_summary")
        self.reel_label.setStyleSheet("font-weight: bold;")
        self.crossfade_spin = spin_box("crossfade", 0, 3, 0.0, 0.1,
                                       tip=tr("Blend sound and picture over this long at each join"))
        self.copy_box = QComboBox()
        self.copy_box.setObjectName("cutting")
        self.copy_box.addItem(tr("Copy when cuts allow, else re-encode"), "auto")
        self.copy_box.addItem(tr("Always re-encode (exact cuts)"), "never")
        self.copy_box.addItem(tr("Widen cuts to keyframes and copy (fast)"), "keyframes")
        self.export_button = QPushButton(tr("Export reel…"))
        self.export_button.setObjectName("export_reel")
        self.export_button.setToolTip(tr(REEL_TIP))
        self.list_button = QPushButton(tr("Export list…"))
        self.list_button.setObjectName("export_list")
        self.list_button.setToolTip(tr("Write the highlights as CSV, JSON, EDL or FCPXML (Ctrl+Shift+E)"))
        self.undo_button = QPushButton(tr("Undo"))
        self.undo_button.setObjectName("undo")
        self.undo_button.setToolTip(tr("Undo the last change to the highlights (Ctrl+Z)"))
        self.export_progress = ProgressBar()
        self.export_progress.setObjectName("export_progress")
        self.export_progress.setFormat("%p %")
        self.export_cancel = QPushButton(tr("Cancel"))
        self.export_cancel.setObjectName("cancel_export")

        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.list_button)
        buttons.addWidget(self.undo_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.export_progress, 1)
        progress_row.addWidget(self.export_cancel)
        form = QFormLayout(self)
        form.addRow(tr("Total"), self.reel_label)
        form.addRow(tr("Crossfade"), self.crossfade_spin)
        form.addRow(tr("Cutting"), self.copy_box)
        form.addRow(buttons)
        form.addRow(progress_row)

    def export_settings(self) -> ExportSettings:
        return ExportSettings(crossfade_s=self.crossfade_spin.value(), copy=self.copy_box.currentData())

    def crossfade(self) -> float:
        return self.crossfade_spin.value()

    def show_summary(self, text: str) -> None:
        self.reel_label.setText(text)

    def summary(self) -> str:
        return self.reel_label.text()

    def set_actions(self, can_export: bool, can_list: bool, can_undo: bool, picture_missing: bool = False) -> None:
        """Enable the buttons that can act now; ``picture_missing``: the reel will be sound alone."""
        self.export_button.setEnabled(can_export)
        sound_tip = tr("This recording has no picture: the reel is saved as sound (.m4a, .wav, .mp3, .ogg or "
                       ".flac) (Ctrl+E)")
        self.export_button.setToolTip(sound_tip if picture_missing else tr(REEL_TIP))
        self.list_button.setEnabled(can_list)
        self.undo_button.setEnabled(can_undo)

    def set_exporting(self, exporting: bool, show_progress: bool) -> None:
        self.export_cancel.setEnabled(exporting)
        self.export_cancel.setVisible(exporting)
        self.export_progress.setVisible(show_progress)
