"""The Video highlights tab with real files, real workers and a real QtMultimedia player."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

from studio.ui.tabs.highlights import HighlightsTab
from tests.video import media
from tests.video.conftest import CROWD_SPANS, crowd_video  # noqa: F401 - the fixture

# QtMultimedia's FFmpeg backend reports missing VA-API/PipeWire libraries and sound cards on headless
# machines; those are facts about the test machine, not failures of the tab.
pytestmark = pytest.mark.qt_log_ignore("Couldn.t (load|resolve)", "pa_context", "audio device", "RHI",
                                       "HW decoder", "PulseAudio", "va-")


def control(tab, name: str):
    """A control of the tab found by its object name, wherever in the tab it sits."""
    widget = tab.findChild(QWidget, name)
    assert widget is not None, f"the tab has no control named {name!r}"
    return widget


@pytest.fixture
def tab(show_widget, app_context):
    widget = show_widget(HighlightsTab(app_context), 1380, 860)
    for name, value in (("keep_before", 0.0), ("keep_after", 0.0), ("join_gaps", 1.0)):
        control(widget, name).setValue(value)
    yield widget
    widget.shutdown()


def open_and_wait(qtbot, tab, path):
    tab.open_file(path)
    assert tab.worker is not None
    with qtbot.waitSignal(tab.worker.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: tab.analysis is not None and tab.worker is None)


def test_analyses_and_lists_the_crowd(qtbot, tab, crowd_video):
    open_and_wait(qtbot, tab, crowd_video)
    assert len(tab.segments) == len(CROWD_SPANS)
    assert tab.table.rowCount() == len(CROWD_SPANS)
    assert len(tab.plot.visible_regions()) == len(CROWD_SPANS)
    assert "2 of 2 highlights" in control(tab, "reel_summary").text()
    assert "splits best" in control(tab, "threshold_explanation").text()
    assert tab.table.item(0, 2).text() in ("00:02.88", "00:03.00", "00:03.12")


def test_threshold_drag_updates_reel_and_undo(qtbot, tab, crowd_video):
    open_and_wait(qtbot, tab, crowd_video)
    before = list(tab.segments)
    label_before = control(tab, "reel_summary").text()
    line = tab.plot.threshold
    line.setValue(-23.0)  # as a mouse drag does: position changes, then "finished"
    qtbot.waitUntil(lambda: control(tab, "reel_summary").text() != label_before, timeout=3000)
    line.sigPositionChangeFinished.emit(line)
    assert control(tab, "threshold_mode").currentData() == "absolute"
    assert control(tab, "threshold_level").value() == pytest.approx(-23.0)
    assert sum(s.length for s in tab.segments) < sum(s.length for s in before)
    tab.undo()
    assert tab.segments == before
    tab.redo()
    assert tab.segments != before


def test_toggle_rows_and_edit_regions(qtbot, tab, crowd_video):
    open_and_wait(qtbot, tab, crowd_video)
    total = sum(s.length for s in tab.segments)
    tab.set_enabled(0, False)
    assert not tab.segments[0].enabled and "1 of 2" in control(tab, "reel_summary").text()
    tab.table.selectRow(0)
    tab.toggle_selected()  # what Space does
    assert tab.segments[0].enabled
    region = tab.plot.region_item(1)
    region.setRegion((15.5, 18.0))
    region.sigRegionChangeFinished.emit(region)
    assert (tab.segments[1].start, tab.segments[1].end) == pytest.approx((15.5, 18.0))
    assert sum(s.length for s in tab.segments) < total
    tab.undo()
    assert tab.segments[1].start == pytest.approx(CROWD_SPANS[1][0], abs=0.3)


def test_row_click_previews_in_the_player(qtbot, tab, crowd_video):
    open_and_wait(qtbot, tab, crowd_video)
    tab.table.selectRow(1)
    assert tab.preview.player is not None
    assert tab.preview.current_range == pytest.approx((tab.segments[1].start, tab.segments[1].end))
    assert tab.preview.player.source().toLocalFile() == str(crowd_video)
    qtbot.waitUntil(lambda: tab.preview.frames_shown > 0, timeout=15000)
    tab.preview.stop()


def test_export_reel_and_list(qtbot, tab, crowd_video, tmp_path):
    open_and_wait(qtbot, tab, crowd_video)
    before = media.sha256(crowd_video)
    cutting = control(tab, "cutting")
    cutting.setCurrentIndex(cutting.findData("never"))
    out = tmp_path / "reel.mp4"
    tab.export_reel_to(out)
    with qtbot.waitSignal(tab.export_worker.finished, timeout=60000):
        pass
    assert tab.last_export is not None and out.exists()
    qtbot.waitUntil(lambda: tab.export_worker is None)
    # Where the file went stays on screen after the job ends (it was overwritten by the recount).
    assert tab.reel.summary().startswith(f"Saved reel.mp4 in {tmp_path}:")
    v_len, a_len, _ = media.stream_lengths(out)
    expected = sum(s.length for s in tab.segments)
    assert v_len == pytest.approx(expected, abs=1 / 15) and abs(v_len - a_len) <= 1 / 15
    assert tab.export_list_to(tmp_path / "list.edl")
    assert "001  AX" in (tmp_path / "list.edl").read_text()
    assert media.sha256(crowd_video) == before


def test_cancel_export_leaves_nothing(qtbot, tab, crowd_video, tmp_path):
    open_and_wait(qtbot, tab, crowd_video)
    cutting = control(tab, "cutting")
    cutting.setCurrentIndex(cutting.findData("never"))
    out = tmp_path / "reel.mp4"
    tab.export_reel_to(out)
    worker = tab.export_worker
    tab.cancel()
    with qtbot.waitSignal(worker.finished, timeout=30000) as blocker:
        pass
    assert blocker.args[0].status == "stopped"
    assert not out.exists() and list(tmp_path.iterdir()) == []
    assert control(tab, "export_reel").isEnabled()


def test_bad_file_gives_one_sentence(qtbot, tab, app_context, tmp_path):
    bad = tmp_path / "notes.mp4"
    bad.write_text("not a video")
    tab.open_file(bad)
    assert "could not be read as a video" in app_context.reporter.last_message
    assert tab.worker is None and tab.analysis is None
    silent = media.write_video(tmp_path / "silent.mp4", None, 1.0)
    tab.open_file(silent)
    assert "no audio track" in app_context.reporter.last_message


def test_drop_a_file(qtbot, tab, crowd_video):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(crowd_video))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    tab.dropEvent(event)
    assert tab.worker is not None
    with qtbot.waitSignal(tab.worker.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: tab.analysis is not None)


def test_screenshot(qtbot, tab, shared_data, screenshot_dir):
    open_and_wait(qtbot, tab, shared_data / "video" / "whisper-jfk.mp4")
    control(tab, "keep_before").setValue(0.3)
    control(tab, "keep_after").setValue(0.3)
    control(tab, "join_gaps").setValue(0.3)
    tab.table.selectRow(1)
    qtbot.waitUntil(lambda: tab.preview.frames_shown > 0, timeout=15000)
    tab.preview.stop()
    path = screenshot_dir / "highlights_tab.png"
    assert tab.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_main_window_has_the_tab(qtbot, app_context):
    from studio.ui.main_window import MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    assert isinstance(window.tab_widgets["Video highlights"], HighlightsTab)
    window.shutdown_tabs()


def test_threshold_modes_and_measures(qtbot, tab, crowd_video):
    open_and_wait(qtbot, tab, crowd_video)
    mode, level, explanation = (control(tab, n) for n in ("threshold_mode", "threshold_level",
                                                           "threshold_explanation"))
    measure = control(tab, "measure")
    mode.setCurrentIndex(mode.findData("percentile"))
    assert level.value() == 10.0 and level.isEnabled()
    assert "loudest 10 %" in explanation.text()
    level.setValue(30.0)
    assert "loudest 30 %" in explanation.text()
    mode.setCurrentIndex(mode.findData("mad"))
    assert level.value() == 3.0 and "spread" in explanation.text()
    mode.setCurrentIndex(mode.findData("absolute"))
    assert -120 <= level.value() <= 0
    measure.setCurrentIndex(measure.findData("lufs"))
    assert "LUFS" in explanation.text() and tab.segments
    measure.setCurrentIndex(measure.findData("classic"))
    assert mode.currentData() == "otsu"  # a dB level means nothing on the energy scale
    assert "energy" in explanation.text() and not control(tab, "window").isEnabled()
    assert all(s.start % 10 == pytest.approx(0) or s.start == 0 for s in tab.segments) or \
        control(tab, "keep_before").value()


def test_cancel_analysis(qtbot, tab, crowd_video):
    tab.open_file(crowd_video)
    worker = tab.worker
    tab.cancel()  # what the Cancel button and Esc do
    with qtbot.waitSignal(worker.finished, timeout=30000) as blocker:
        pass
    assert blocker.args[0].status == "stopped"
    qtbot.waitUntil(lambda: tab.worker is None)
    assert tab.analysis is None and "cancelled" in control(tab, "threshold_explanation").text()
    assert control(tab, "open_video").isEnabled()


def test_waveform_axis_reads_plainly_and_no_auto_range_button_appears(qtbot, tab, crowd_video):
    open_and_wait(qtbot, tab, crowd_video)
    plot = tab.plot
    assert plot.axis_label("wave") == "waveform"  # not "waveform (x0.001)"
    plot.loud_plot.getViewBox().setXRange(2.0, 6.0)  # what a drag or a wheel zoom does
    plot.loud_plot.getViewBox().setYRange(-40, -10)
    qtbot.waitUntil(lambda: not plot.loud_plot.getViewBox().autoRangeEnabled()[0])
    assert not plot.auto_range_buttons_visible()


def test_a_recording_without_picture_exports_a_sound_reel(qtbot, tab, shared_data, tmp_path):
    import av

    src = shared_data / "audio" / "whisper-jfk.wav"
    open_and_wait(qtbot, tab, src)
    assert tab.segments and control(tab, "export_reel").isEnabled()
    assert "saved as sound" in control(tab, "export_reel").toolTip()
    out = tmp_path / "jfk-highlights.flac"
    tab.export_reel_to(out)
    with qtbot.waitSignal(tab.export_worker.finished, timeout=60000):
        pass
    qtbot.waitUntil(lambda: tab.export_worker is None)
    assert tab.reel.summary().startswith("Saved jfk-highlights.flac")
    with av.open(str(out)) as c:
        assert c.streams.audio[0].codec_context.name == "flac" and not c.streams.video
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jfk-highlights.flac"]


def test_a_list_export_never_replaces_the_video(qtbot, tab, crowd_video, tmp_path, app_context):
    open_and_wait(qtbot, tab, crowd_video)
    before = media.sha256(crowd_video)
    link = tmp_path / "list.csv"
    link.symlink_to(crowd_video)
    assert not tab.export_list_to(link)
    assert "the video itself" in app_context.reporter.last_message
    assert media.sha256(crowd_video) == before and link.is_symlink()
