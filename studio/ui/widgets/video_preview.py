"""VideoPreview: plays one stretch of a video in a QtMultimedia player, then stops."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStyle, QVBoxLayout, QWidget

from studio.ui.i18n import tr


class VideoPreview(QWidget):
    """The player is created on first use, so a tab that never previews pays nothing for it.

    ``play_range(path, start, end)`` seeks to ``start`` and pauses at ``end``. Frames arrive through a
    QVideoSink and are drawn on a label, which works on every platform plugin (offscreen included)."""

    rangeStarted = Signal(float, float)
    frameShown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = None
        self.audio_output = None
        self.sink = None
        self.current_source: Path | None = None
        self.current_range: tuple[float, float] | None = None
        self.frames_shown = 0
        self._pending_seek: float | None = None
        self._image = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.screen = QLabel(tr("Click a highlight in the table to preview it here."))
        self.screen.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.screen.setWordWrap(True)
        self.screen.setStyleSheet("color: #ccc; background: #202020; padding: 4px;")
        self.screen.setMinimumSize(QSize(280, 158))
        self.screen.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout.addWidget(self.screen, 1)
        row = QHBoxLayout()
        self.play_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay), "")
        self.play_button.setToolTip(tr("Play or pause the preview (P plays the selected highlight)"))
        self.play_button.setEnabled(False)
        self.play_button.clicked.connect(self.toggle)
        self.time_label = QLabel("")
        row.addWidget(self.play_button)
        row.addWidget(self.time_label, 1)
        layout.addLayout(row)

    def _ensure_player(self) -> None:
        if self.player is not None:
            return
        from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer, QVideoSink

        self.player = QMediaPlayer(self)
        if QMediaDevices.audioOutputs():  # no sound card (a server, CI): picture only
            self.audio_output = QAudioOutput(self)
            self.player.setAudioOutput(self.audio_output)
        self.sink = QVideoSink(self)
        self.player.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self._on_frame)
        self.player.positionChanged.connect(self._on_position)
        self.player.mediaStatusChanged.connect(self._on_status)
        self.player.playbackStateChanged.connect(self._on_state)

    def play_range(self, path: Path, start: float, end: float) -> None:
        self._ensure_player()
        self.current_range = (start, end)
        if self.current_source != Path(path):
            self.current_source = Path(path)
            self._pending_seek = start
            self.player.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.player.setPosition(int(start * 1000))
        self.player.play()
        self.play_button.setEnabled(True)
        self.rangeStarted.emit(start, end)

    def toggle(self) -> None:
        if self.player is None:
            return
        from PySide6.QtMultimedia import QMediaPlayer

        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        elif self.current_range is not None:
            start, end = self.current_range
            if self.player.position() >= end * 1000 - 50:
                self.player.setPosition(int(start * 1000))
            self.player.play()

    def stop(self) -> None:
        if self.player is not None:
            self.player.pause()

    def unload(self) -> None:
        if self.player is not None:
            self.player.stop()
            self.player.setSource(QUrl())
        self.current_source = None
        self.current_range = None
        self._image = None
        self.screen.setPixmap(QPixmap())
        self.screen.setText(tr("Click a highlight in the table to preview it here."))

    def _on_frame(self, frame) -> None:
        if not frame.isValid():
            return
        image = frame.toImage()
        if image.isNull():
            return
        self._image = image
        self._show_image()
        self.frames_shown += 1
        self.frameShown.emit()

    def _show_image(self) -> None:
        if self._image is None:
            return
        # Scaled to the screen's device pixels (twice the widget's size at 200 %), so a frame is sharp
        # on a High-DPI display instead of scaled down and up again.
        ratio = self.screen.devicePixelRatioF()
        pixmap = QPixmap.fromImage(self._image).scaled(
            self.screen.size() * ratio, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self.screen.setPixmap(pixmap)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._show_image()

    def _on_status(self, status) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if self._pending_seek is not None and status in (QMediaPlayer.MediaStatus.LoadedMedia,
                                                         QMediaPlayer.MediaStatus.BufferedMedia):
            self.player.setPosition(int(self._pending_seek * 1000))
            self._pending_seek = None

    def _on_state(self, _state) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        playing = self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))

    def _on_position(self, ms: int) -> None:
        if self.current_range is None:
            return
        start, end = self.current_range
        self.time_label.setText(tr("{now:.1f} s   (highlight {start:.1f}–{end:.1f} s)").format(
            now=ms / 1000, start=start, end=end))
        if ms >= end * 1000 and self._pending_seek is None:
            self.player.pause()
