"""The GAN grids tab with a real tiny GAN: timeline, seeded re-rolls, truncation, tiles, exports, training."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.latent.small_runs import one_torch_thread
from tests.ui.gan_runs import TINY_DCGAN, tiny_dcgan, tiny_infogan


@pytest.fixture(scope="session")
def gan_run(tmp_path_factory):
    return tiny_dcgan(tmp_path_factory)


@pytest.fixture
def tab(show_widget, app_context):
    from studio.ui.tabs.gan import GanTab

    with one_torch_thread():
        widget = show_widget(GanTab(app_context), 1300, 820)
        yield widget
        widget.shutdown()


def open_run(qtbot, tab, path):
    with qtbot.waitSignal(tab.run_opened, timeout=30000):
        tab.open_run(path)
    return tab


def wait_grid(qtbot, tab, change):
    """Do ``change`` and wait for the sampled grid it asks for (earlier requests may show first)."""
    change()
    qtbot.waitUntil(tab.grid_up_to_date, timeout=20000)
    return tab.grid.images().copy()


def test_main_window_lists_the_tab_after_the_latent_explorer():
    from studio.ui.main_window import TABS

    titles = [t for t, _ in TABS]
    assert titles.index("GAN grids") == titles.index("Latent explorer") + 1


def test_presets_and_empty_workspace(qtbot, tab):
    qtbot.waitUntil(tab.models_ready, timeout=60000)
    families = {model for _t, model, _c in tab.presets}
    assert {"gan", "dcgan", "cgan", "infogan", "ssgan"} <= families
    assert tab.presets[0][1] == "dcgan"           # the classic first
    assert "No GAN runs" in tab.runs_hint.text()
    assert not tab.seed_spin.isEnabled() and not tab.onnx_button.isEnabled()


def test_timeline_scrubs_the_snapshots(qtbot, tab, gan_run, monkeypatch):
    from studio import gan
    from studio.ui.tabs.gan import tab as tab_module

    monkeypatch.setattr(tab_module, "CACHED_BYTES", 1)     # one snapshot in memory: the others are read again
    open_run(qtbot, tab, gan_run)
    assert tab.timeline.count() == 2                       # one snapshot per epoch
    assert tab.showing() == "timeline" and tab.timeline.index() == 1
    newest = tab.grid.images().copy()
    assert newest.shape == (64, 1, 28, 28) and tab.grid.columns() == 8
    assert tab.shown_snapshot() == 1
    tab.timeline.set_index(0)                               # read from the run folder in a worker thread
    qtbot.waitUntil(lambda: tab.shown_snapshot() == 0, timeout=10000)
    first = tab.grid.images()
    assert np.allclose(first, gan.timeline(gan_run)[0].images)
    assert np.abs(first - newest).mean() > 0.01           # training changed the grid
    assert "epoch 1" in tab.timeline.label.text() and tab.diversity.marker() == 1   # its epoch marked
    tab.timeline.set_index(1)
    qtbot.waitUntil(lambda: tab.shown_snapshot() == 1, timeout=10000)
    assert np.array_equal(tab.grid.images(), newest)


def test_seed_is_reproducible_and_truncation_changes_the_grid(qtbot, tab, gan_run):
    from studio import gan

    open_run(qtbot, tab, gan_run)
    tab.columns_spin.setValue(4)
    a = wait_grid(qtbot, tab, lambda: tab.seed_spin.setValue(3))
    assert tab.showing() == "samples" and a.shape[0] == 16
    tab.grid.setFocus()
    b = wait_grid(qtbot, tab, lambda: qtbot.keyClick(tab.grid, Qt.Key.Key_R))   # R re-rolls
    assert tab.seed_spin.value() != 3 and not np.allclose(a, b)
    again = wait_grid(qtbot, tab, lambda: tab.seed_spin.setValue(3))
    assert np.array_equal(again, a)
    # The same grid as `studio gan sample RUN --n 16 --seed 3` draws.
    assert np.allclose(a, gan.sample_grid(gan.load_generator(gan_run), 16, 3, 1.0), atol=1e-6)
    truncated = wait_grid(qtbot, tab, lambda: tab.set_truncation(0.3))
    assert not np.allclose(truncated, a)
    assert "seed 3 · truncation 0.30" in tab.grid.caption()


def test_infogan_rows_per_category_and_code_sliders(qtbot, tab, tmp_path_factory):
    open_run(qtbot, tab, tiny_infogan(tmp_path_factory))
    assert tab.code_sliders.isVisible() and tab.code_sliders.count() == 2
    assert tab.size_label.text() == "Per class:"
    tab.columns_spin.setValue(3)
    before = wait_grid(qtbot, tab, lambda: tab.seed_spin.setValue(2))
    assert before.shape[0] == 30 and tab.grid.columns() == 3
    assert tab.grid.row_titles() == [f"Category {i}" for i in range(10)]
    after = wait_grid(qtbot, tab, lambda: tab.code_sliders.slider(0).setValue(900))   # c0 near +2
    assert tab.codes()[0] == pytest.approx(1.8) and not np.allclose(before, after)
    qtbot.mouseClick(tab.grid, Qt.MouseButton.LeftButton, pos=tab.grid.tile_rect(7).center())
    assert "Tile 8 · Category 2 · seed 2" in tab.tile_label.text()      # tile 7 of 3 a row: the third row


def test_tile_variations_and_interpolation(qtbot, tab, gan_run):
    open_run(qtbot, tab, gan_run)
    # The newest snapshot's tiles are the fixed noise drawn by this very checkpoint: they vary too.
    with qtbot.waitSignal(tab.jobs["variations"].ended, timeout=20000):
        qtbot.mouseClick(tab.grid, Qt.MouseButton.LeftButton, pos=tab.grid.tile_rect(3).center())
    assert tab.showing() == "timeline" and "as it is now (epoch 2)" in tab.tile_label.text()
    assert np.allclose(tab.variation_images()[0], tab.grid.tile_image(3), atol=1.5 / 255)
    wait_grid(qtbot, tab, lambda: tab.seed_spin.setValue(5))
    qtbot.waitUntil(lambda: not tab.jobs["variations"].is_busy(), timeout=20000)   # tile 3's, for the new grid
    grid = tab.grid
    with qtbot.waitSignal(tab.jobs["variations"].ended, timeout=20000):
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.tile_rect(5).center())
    assert grid.current() == 5
    variations = tab.variation_images()
    assert variations.shape[0] == 16 and np.allclose(variations[0], grid.tile_image(5), atol=1e-5)
    assert np.abs(variations[1:] - variations[0]).mean() > 1e-3
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, grid.tile_rect(1).center())
    assert tab.strip_images() is None and "second tile" in tab.ends_label.text()
    with qtbot.waitSignal(tab.jobs["interpolation"].ended, timeout=20000):
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                         grid.tile_rect(2).center())
    assert grid.picks() == [1, 2]
    strip = tab.strip_images()
    assert strip.shape[0] == tab.steps_spin.value()
    assert np.allclose(strip[0], grid.tile_image(1), atol=1e-5)
    assert np.allclose(strip[-1], grid.tile_image(2), atol=1e-5)
    with qtbot.waitSignal(tab.jobs["interpolation"].ended, timeout=20000):
        tab.mode_combo.setCurrentText("linear")
    assert not np.allclose(tab.strip_images()[3], strip[3])   # linear and spherical paths differ midway


def test_save_png_and_copy(qtbot, tab, gan_run, tmp_path):
    from studio.core.errors import StudioError

    open_run(qtbot, tab, gan_run)
    tab.scale_spin.setValue(3)
    grid_png = tab.save_picture("grid", tmp_path / "grid.png")
    h, w, _ = tab.grid.mosaic().shape
    assert Image.open(grid_png).size == (w * 3, h * 3)
    with pytest.raises(StudioError, match="Click a tile"):
        tab.save_picture("tile", tmp_path / "tile.png")
    qtbot.mouseClick(tab.grid, Qt.MouseButton.LeftButton, pos=tab.grid.tile_rect(0).center())
    tile_png = tab.save_picture("tile", tmp_path / "tile.png", scale=8)
    assert Image.open(tile_png).size == (28 * 8, 28 * 8)
    # Nothing is written inside the run's own folder (its snapshots are the timeline).
    with pytest.raises(StudioError, match="inside the run's own folder"):
        tab.save_picture("grid", gan_run / "samples" / "epoch-0001.png")
    tab.copy_to_clipboard()
    copied = QApplication.clipboard().image()
    assert (copied.width(), copied.height()) == (28 * 3, 28 * 3)   # the clicked tile at the chosen scale
    assert "Copied the tile" in tab.status.text()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Escape)             # forget the tile: Ctrl+C copies the grid
    assert tab.grid.current() is None and tab.current_tile_image() is None
    qtbot.keyClick(tab.grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().image().width() == w * 3 and "Copied the grid" in tab.status.text()


def test_export_timeline_and_onnx(qtbot, tab, gan_run, tmp_path):
    open_run(qtbot, tab, gan_run)
    gif = tmp_path / "evolution.gif"
    with qtbot.waitSignal(tab.exported, timeout=30000) as done:
        tab.export_timeline(gif)
        assert tab.is_exporting() and not tab.timeline_button.isEnabled()
    assert done.args == [str(gif)] and not tab.is_exporting()
    with Image.open(gif) as im:
        assert im.n_frames >= 2
    mp4 = tmp_path / "evolution.mp4"
    with qtbot.waitSignal(tab.exported, timeout=30000):
        tab.export_timeline(mp4)
    import av

    with av.open(str(mp4)) as video:
        assert sum(1 for _frame in video.decode(video=0)) >= 2
    onnx = tmp_path / "generator.onnx"
    with qtbot.waitSignal(tab.exported, timeout=60000):
        tab.export_onnx(onnx)
    assert onnx.stat().st_size > 1000
    # An existing file is replaced only once the save dialog has asked (overwrite=True); else one sentence.
    tab.export_timeline(gif)
    qtbot.waitUntil(lambda: not tab.is_exporting(), timeout=30000)
    assert "already exists" in tab.context.reporter.last_message and tab.timeline_button.isEnabled()


def test_train_from_the_tab_on_a_folder_shows_the_grid_live(qtbot, tab, tmp_path):
    rng = np.random.default_rng(0)
    folder = tmp_path / "paintings"
    folder.mkdir()
    for i in range(40):   # small colour pictures, not square: brought to 32×32 by a centre crop
        picture = np.zeros((30, 40, 3), np.uint8) + rng.integers(0, 255, 3, dtype=np.uint8)
        picture[5:20, 10 + i % 10:25 + i % 10] = rng.integers(0, 255, 3, dtype=np.uint8)
        Image.fromarray(picture).save(folder / f"p{i:02d}.png")
    (folder / "notes.png").write_bytes(b"not a picture")   # reported, then skipped
    qtbot.waitUntil(tab.models_ready, timeout=60000)
    tab.presets = [("DCGAN", "dcgan", dict(TINY_DCGAN))]
    tab.set_dataset(str(folder))
    assert tab.size_combo.isVisible() and "paintings" in tab.dataset_combo.currentText()
    tab.size_combo.setCurrentIndex(tab.size_combo.findData(32))
    # Choosing a folder shows what the GAN will see of it, refreshed with the size.
    dialog = tab.folder_dialog
    qtbot.waitUntil(lambda: "32×32 colour" in dialog.report_text(), timeout=20000)
    assert "40 pictures" in dialog.report_text() and "notes.png" in dialog.report_text()
    assert dialog.grid.images().shape[1:] == (3, 32, 32)
    dialog.close()
    shown = []
    tab.grid_shown.connect(lambda: shown.append(tab.showing()))
    with qtbot.waitSignal(tab.run_opened, timeout=90000):
        tab.start_training(0, epochs=2)
        assert tab.is_training() and not tab.seed_spin.isEnabled()
        qtbot.waitUntil(lambda: tab.timeline.count() >= 1, timeout=60000)
        assert tab.grid.tile_count() == 64                  # the live grid of the fixed noise
    assert shown and shown[0] == "timeline"
    assert tab.timeline.count() == 2 and len(tab.diversity.history()) == 2
    assert tab.info.epochs_done == 2 and tab.info.image_shape == (3, 32, 32)
    assert tab.grid.images().shape[1:] == (3, 32, 32)
    assert len(tab.run_list.rows()) == 1 and tab.seed_spin.isEnabled()
    assert tab.run_list.rows()[0][1] == "completed"          # not left "running" in the list


def test_trashing_the_open_run_closes_it(qtbot, tab, gan_run, tmp_path):
    import shutil

    from studio.core.workspace import Workspace

    copy = Workspace(tab.context.workspace).runs_dir / gan_run.name
    shutil.copytree(gan_run, copy)
    tab.refresh_runs()
    open_run(qtbot, tab, copy)
    assert tab.run_list.selected_paths() == [str(copy)]
    tab.run_list.trash_selected()
    assert tab.info is None and not tab.grid.has_images() and not tab.onnx_button.isEnabled()
    assert "to the trash" in tab.status.text()


def test_open_failure_is_one_sentence(qtbot, tab, tmp_path):
    import json

    run = tmp_path / "runs" / "vae"
    run.mkdir(parents=True)
    (run / "run.json").write_text(json.dumps({"model": "vae", "dataset": "digits"}))
    tab.open_run(run)
    qtbot.waitUntil(lambda: tab.context.reporter.last_message is not None, timeout=10000)
    message = tab.context.reporter.last_message
    assert "not a GAN" in message and "\n" not in message
    assert tab.info is None


def test_screenshot(qtbot, tab, gan_run, screenshot_dir):
    open_run(qtbot, tab, gan_run)
    wait_grid(qtbot, tab, lambda: tab.seed_spin.setValue(7))
    with qtbot.waitSignal(tab.jobs["variations"].ended, timeout=20000):
        qtbot.mouseClick(tab.grid, Qt.MouseButton.LeftButton, pos=tab.grid.tile_rect(9).center())
    tab.grab().save(str(screenshot_dir / "gan-tab.png"))


def test_diversity_meter_warns_of_mode_collapse(qtbot):
    from studio.gan import DIVERSITY_WARNING
    from studio.ui.widgets.diversity_meter import DiversityMeter

    meter = DiversityMeter(warn_ratio=DIVERSITY_WARNING)
    qtbot.addWidget(meter)
    meter.add(1, 0.9)
    assert not meter.is_warning() and "90% as varied" in meter.status_text()
    meter.add(2, 0.2)                                        # the samples look alike
    assert meter.is_warning() and "mode collapse" in meter.status_text()
    assert meter.history() == [(1.0, 0.9), (2.0, 0.2)]


def test_timeline_slider_follows_the_newest_until_scrubbed_back(qtbot):
    from studio.ui.widgets.timeline_slider import TimelineSlider

    slider = TimelineSlider()
    qtbot.addWidget(slider)
    shown = []
    slider.index_changed.connect(shown.append)
    slider.append("epoch 1")
    slider.append("epoch 2")
    assert shown == [0, 1] and slider.is_following()
    slider.set_index(0)                                       # the user looks back...
    slider.append("epoch 3")                                  # ... and is not pulled away
    assert slider.index() == 0 and slider.count() == 3 and shown[-1] == 0
    slider.set_index(2)
    slider.toggle_play()                                      # from the end, play starts at the first
    assert slider.is_playing() and slider.index() == 0
    qtbot.waitUntil(lambda: not slider.is_playing(), timeout=5000)
    assert slider.index() == 2                                # it stops on the newest
