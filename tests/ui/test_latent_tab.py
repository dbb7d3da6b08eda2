"""The Latent explorer tab with a real trained model: drag, sketch, interpolate, export, errors, screenshots."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from tests.latent.small_runs import one_torch_thread, vae_2d


@pytest.fixture(scope="session")
def vae_run(tmp_path_factory):
    return vae_2d(tmp_path_factory)


@pytest.fixture
def tab(show_widget, app_context):
    from studio.ui.tabs.latent import LatentTab

    with one_torch_thread():
        widget = show_widget(LatentTab(app_context), 1300, 820)
        yield widget
        widget.shutdown()


def open_run(qtbot, tab, path):
    with qtbot.waitSignal(tab.space_loaded, timeout=30000):
        tab.open_run(path)
    return tab


def _send(widget, kind, pos, button, buttons):
    event = QMouseEvent(kind, QPointF(pos), widget.mapToGlobal(QPointF(pos)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def drag(plot, start_view, end_view, steps=8):
    """Drag with the left button from one point to another, both in data (latent) coordinates."""
    # pyqtgraph drops mouse moves that come faster than 60 a second, as synthetic ones do; let them all in.
    plot.scene()._moveEventIsAllowed = lambda: True
    vb = plot.getViewBox()
    viewport = plot.viewport()

    def to_widget(p):
        return plot.mapFromScene(vb.mapViewToScene(QPointF(*p))).toPointF()

    a, b = to_widget(start_view), to_widget(end_view)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    _send(viewport, QEvent.Type.MouseButtonPress, a, left, left)
    for t in np.linspace(0, 1, steps + 1)[1:]:
        _send(viewport, QEvent.Type.MouseMove, a + (b - a) * float(t), none, left)
    _send(viewport, QEvent.Type.MouseButtonRelease, b, left, none)


def test_dragging_the_crosshair_decodes_live(qtbot, tab, vae_run):
    open_run(qtbot, tab, vae_run)
    assert tab.map.point_count() == len(tab.space.codes)
    before = tab.decoded_view.image_array().copy()
    start = tab.map.cursor()
    decodes = []
    tab.decoded.connect(lambda: decodes.append(tab.decoded_view.image_array().copy()))
    drag(tab.map.plot, start, (start[0] + 1.5, start[1] - 1.0))
    assert len(decodes) >= 3, "the picture updates while dragging, not only at the end"
    end = tab.map.cursor()
    assert end[0] == pytest.approx(start[0] + 1.5, abs=0.1) and end[1] == pytest.approx(start[1] - 1.0, abs=0.1)
    assert np.allclose(tab.z, end, atol=1e-5)
    after = tab.decoded_view.image_array()
    assert not np.allclose(before, after)
    assert np.allclose(after, tab.space.decode_one(tab.z))
    # The sliders follow the crosshair (a moment later: they are repainted about 30 times a second).
    qtbot.waitUntil(lambda: tab.sliders.slider(0).value() == round(np.clip(tab.z[0] / tab.sliders.limit, -1, 1)
                                                                   * 1000))
    qtbot.waitUntil(lambda: tab.decoded_view.paint_count > 0)


def test_sliders_reset_randomise_and_dataset_image(qtbot, tab, vae_run):
    open_run(qtbot, tab, vae_run)
    tab.sliders.slider(1).setValue(500)
    assert tab.z[1] == pytest.approx(0.5 * tab.sliders.limit)
    assert tab.map.cursor()[1] == pytest.approx(tab.z[1])
    tab.reset_code()
    assert np.allclose(tab.z, 0)
    tab.randomise_code()
    assert not np.allclose(tab.z, 0)
    tab.select_image(7)
    assert np.allclose(tab.z, tab.space.codes[7])
    assert np.allclose(tab.decoded_view.image_array(), tab.space.decode_one(tab.space.codes[7]))


def test_manifold_grid_follows_the_view(qtbot, tab, vae_run):
    open_run(qtbot, tab, vae_run)
    tab.tools.setCurrentIndex(1)
    tab.grid_spin.setValue(6)
    tab.update_grid()
    first = tab.grid_view.image_array().copy()
    assert first.shape == (6 * 28, 6 * 28, 1)
    tab.map.set_range(0.5, 1.5, 0.5, 1.5)
    qtbot.waitUntil(lambda: not np.array_equal(tab.grid_view.image_array(), first), timeout=5000)
    x0, x1, y0, y1 = tab.map.visible_rect()
    # The top-left tile is the decode of the centre of the top-left cell of the visible rectangle.
    expected = tab.space.decode_one(np.array([x0 + (x1 - x0) / 12, y1 - (y1 - y0) / 12], np.float32))
    assert np.allclose(tab.grid_view.image_array()[:28, :28, 0], expected[0], atol=1e-5)


def test_interpolation_strip_ends_and_exports(qtbot, tab, vae_run, tmp_path):
    open_run(qtbot, tab, vae_run)
    tab.set_end_from_image("A", 0)
    tab.set_end_from_image("B", 5)
    tab.steps_spin.setValue(8)
    assert tab.strip_images().shape == (8, 1, 28, 28)
    assert np.allclose(tab.strip_images()[0], tab.space.decode_one(tab.space.codes[0]), atol=1e-6)
    assert np.allclose(tab.strip_images()[-1], tab.space.decode_one(tab.space.codes[5]), atol=1e-6)
    tab.mode_combo.setCurrentText("spherical")
    assert np.allclose(tab.strip_images()[-1], tab.space.decode_one(tab.space.codes[5]), atol=1e-6)

    frames = []
    tab.decoded.connect(lambda: frames.append(tab.z.copy()))
    tab.animate_check.setChecked(True)
    qtbot.waitUntil(lambda: len(frames) >= 10, timeout=5000)
    tab.animate_check.setChecked(False)
    # Back and forth: the animation reaches B's end and turns round.
    assert any(np.allclose(f, tab.space.codes[5]) for f in frames)

    tab.scale_spin.setValue(6)
    with Image.open(tab.export("decoded", tmp_path / "one.png")) as im:
        assert im.format == "PNG" and im.size == (168, 168)
    with Image.open(tab.export("strip", tmp_path / "strip.png")) as im:
        assert im.format == "PNG" and im.width > 8 * 28
    with Image.open(tab.export("gif", tmp_path / "anim.gif")) as im:
        assert im.format == "GIF" and im.n_frames == 14
    with Image.open(tab.export("grid", tmp_path / "grid.png")) as im:
        assert im.format == "PNG"
    tab.copy_decoded()
    assert QApplication.clipboard().image().width() == 168


def test_sketching_a_vertical_stroke_lands_near_the_ones(qtbot, tab, vae_run):
    open_run(qtbot, tab, vae_run)
    tab.tools.setCurrentIndex(3)
    pad = tab.sketch
    # Draw with the real mouse handlers: press, moves, release on the pad widget.
    side = min(pad.width(), pad.height())
    x = pad.width() / 2
    top, bottom = pad.height() / 2 - side * 0.35, pad.height() / 2 + side * 0.35
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    pad.brush_size = 30
    _send(pad, QEvent.Type.MouseButtonPress, QPointF(x, top), left, left)
    for y in np.linspace(top, bottom, 12):
        _send(pad, QEvent.Type.MouseMove, QPointF(x, y), none, left)
    _send(pad, QEvent.Type.MouseButtonRelease, QPointF(x, bottom), left, none)
    qtbot.waitUntil(lambda: tab.sketch_code() is not None)
    code = tab.sketch_code()
    star = tab.map.sketch_marker.data
    assert len(star) == 1 and np.allclose([star["x"][0], star["y"][0]], code, atol=1e-5)
    assert tab.sketch_recon_view.image_array() is not None
    # Near the ones: most of its closest validation codes are ones.
    d = np.linalg.norm(tab.space.codes - code, axis=1)
    labels = tab.space.val_labels[np.argsort(d)[:7]]
    assert np.bincount(labels, minlength=10).argmax() == 1, labels

    tab.show_neighbours()
    assert tab.neighbour_list.count() == 8
    assert sum(tab.neighbour_list.item(i).text().startswith("1 ") for i in range(8)) >= 5

    # Undo takes the stroke away, clear empties the pad.
    assert pad.undo()
    qtbot.waitUntil(lambda: tab.sketch_code() is None)
    pad.draw_stroke([(100, 100), (180, 180)])
    qtbot.waitUntil(lambda: tab.sketch_code() is not None)
    pad.clear()
    assert pad.is_blank()


def test_anomalies_are_listed_and_clickable(qtbot, tab, vae_run):
    open_run(qtbot, tab, vae_run)
    tab.tools.setCurrentIndex(4)
    assert tab.anomaly_list.count() == 30
    item = tab.anomaly_list.item(0)
    index = int(item.data(Qt.ItemDataRole.UserRole))
    assert index == int(tab.space.most_anomalous(1)[0])
    tab.anomaly_list.itemClicked.emit(item)
    assert np.allclose(tab.z, tab.space.codes[index])
    ring = tab.map.highlight_marker.data
    assert len(ring) == 1 and np.allclose([ring["x"][0], ring["y"][0]], tab.space.codes[index], atol=1e-5)


def test_an_opened_space_is_laid_out_in_steps(qtbot, tab, vae_run):
    # The opening worker prepares the first view (errors, thumbnails, the points on the plane); the GUI
    # thread lays it out across passes of its event loop (issue 11: at the end of a run trained in the
    # tab, laying it out in one go held the window for ~75 ms).
    from studio.core.tasks import TaskControl
    from studio.core.workspace import Run
    from studio.ui.tabs.latent.opening import OpenedSpace, open_job, prepare

    opened = list(open_job(Run(vae_run), TaskControl()))[-1]
    assert isinstance(opened, OpenedSpace) and len(opened.anomalies.thumbs) == 30
    assert opened.points.shape == (len(opened.space.codes), 2)
    open_run(qtbot, tab, vae_run)
    older = tab.space
    tab.show_opened(opened)
    # The old space is closed at once, the new one not shown yet: nothing half-built can be used.
    assert tab.is_opening() and tab.space is None and not tab.map.isEnabled()
    with qtbot.waitSignal(tab.space_loaded, timeout=5000):
        pass
    assert tab.space is opened.space and tab.map.isEnabled() and not tab.is_opening()
    assert tab.map.point_count() == len(opened.space.codes) and tab.anomaly_list.count() == 30
    assert np.allclose(tab.decoded_view.image_array(), opened.space.decode_one(tab.z))

    # A space opened while another is being laid out replaces it: only the newer one is shown.
    shown = []
    tab.space_loaded.connect(lambda: shown.append(tab.space))
    tab.show_opened(opened)
    tab.show_opened(prepare(older))
    qtbot.waitUntil(lambda: not tab.is_opening(), timeout=5000)
    assert shown == [older] and tab.space is older


def test_a_run_of_an_unknown_model_gives_one_sentence(qtbot, tab, tmp_path):
    # (A GAN, which has no encoder, opens without a map: tests/latent/test_latent_gan.py.)
    run = tmp_path / "runs" / "mystery"
    run.mkdir(parents=True)
    (run / "run.json").write_text(json.dumps({"model": "no-such-model", "dataset": "digits"}))
    tab.open_run(run)
    qtbot.waitUntil(lambda: tab.context.reporter.last_message is not None, timeout=10000)
    message = tab.context.reporter.last_message
    assert "latent explorer cannot open" in message and "\n" not in message
    assert tab.space is None


def test_a_corrupt_checkpoint_gives_one_sentence(qtbot, tab, vae_run, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(vae_run, copy)
    for f in (copy / "checkpoints").rglob("tensors.safetensors"):
        f.write_bytes(b"not a safetensors file")
    tab.open_run(copy)
    qtbot.waitUntil(lambda: tab.context.reporter.last_message is not None, timeout=10000)
    assert "damaged" in tab.context.reporter.last_message
    assert tab.status.text() == tab.context.reporter.last_message


def test_runs_are_listed_and_train_from_here(qtbot, tab, app_context):
    from studio.ui.tabs.training import TrainingTab

    training = TrainingTab(app_context)     # shares the context, as in the main window
    qtbot.addWidget(training)
    qtbot.waitUntil(tab.models_ready, timeout=60000)
    assert "No VAE, AAE or GAN runs" in tab.runs_hint.text()
    # The presets come from the registry: every model with an encoder and a decoder offers its own.
    titles = [t for t, _m, _c in tab.presets]
    assert any(t.startswith("VAE") for t in titles) and any(t.startswith("AAE") for t in titles)
    assert [tab.preset_combo.itemText(i) for i in range(tab.preset_combo.count())] == titles
    # A short run through the real engine and worker; the tab opens it when it ends.
    tab.presets = [("VAE, 2-D latent", "vae", {"latent_dim": 2, "hidden": 32})]
    with qtbot.waitSignal(tab.space_loaded, timeout=60000):
        tab.start_training(0, epochs=1)
        qtbot.waitUntil(lambda: len(training.run_list.rows()) == 1, timeout=60000)
        assert training.run_list.rows()[0][1] == "running"   # the Training monitor lists it at once
    assert tab.space.dim == 2
    assert len(tab.run_list.rows()) == 1 and tab.run_list.selected_paths() == [str(tab.space.run.path)]
    assert not tab.train_progress.isVisible()
    # ... and shows how it ended, without a restart (it used to stay "running").
    assert training.run_list.rows()[0][1] == "completed"
    assert tab.run_list.rows()[0][1] == "completed"          # this tab's list too (it stayed "running")
    training.shutdown()


def test_main_window_has_the_tab(qtbot, app_context):
    from studio.ui.main_window import TABS

    titles = [t for t, _ in TABS]
    assert titles.index("Latent explorer") == titles.index("Training monitor") + 1


def test_screenshot(qtbot, tab, vae_run, screenshot_dir):
    open_run(qtbot, tab, vae_run)
    tab.select_image(3)
    tab.set_end_from_image("A", 0)
    tab.set_end_from_image("B", 5)
    tab.sketch.draw_stroke([(140, 50), (140, 230)], 30)
    tab.encode_sketch()
    tab.show_neighbours()
    # Widgets added to a visible window are shown by the event loop, a moment later.
    qtbot.waitUntil(lambda: tab.sliders.slider(0).isVisible())
    for i, name in enumerate(["sliders", "manifold", "interpolation", "sketch", "anomalies"]):
        tab.tools.setCurrentIndex(i)
        if name == "manifold":
            tab.update_grid()
        path = screenshot_dir / f"latent-explorer-{name}.png"
        assert tab.grab().save(str(path))
        with Image.open(path) as im:
            assert im.size[0] >= 1000


def test_supervised_aae_decodes_the_chosen_class(qtbot, tab, tmp_path_factory):
    from tests.latent.small_runs import trained_run

    run = trained_run(tmp_path_factory.getbasetemp() / "latent-runs", "aae-sup", "aae",
                      {"latent_dim": 2, "hidden": 64, "disc_hidden": 32, "supervised": True}, epochs=1)
    open_run(qtbot, tab, run)
    assert not tab.class_combo.isHidden() and tab.class_combo.count() == 10
    tab.reset_code()
    zero = tab.decoded_view.image_array().copy()
    tab.class_combo.setCurrentIndex(7)
    assert tab.space.condition == 7
    assert not np.allclose(zero, tab.decoded_view.image_array())
    assert np.allclose(tab.decoded_view.image_array(), tab.space.decode_one(np.zeros(2, np.float32)))


def test_a_one_dimensional_vae_opens(qtbot, tab, tmp_path_factory):
    from tests.latent.small_runs import trained_run

    run = trained_run(tmp_path_factory.getbasetemp() / "latent-runs", "vae1d", "vae",
                      {"latent_dim": 1, "hidden": 32}, epochs=1)
    open_run(qtbot, tab, run)
    assert tab.sliders.count() == 1
    tab.sliders.slider(0).setValue(700)
    assert tab.map.cursor()[1] == 0.0 and tab.map.cursor()[0] == pytest.approx(tab.z[0])
    assert tab.context.reporter.last_message is None


def test_shutdown_stops_a_training_run(qtbot, app_context):
    from studio.ui.tabs.latent import LatentTab

    tab = LatentTab(app_context)
    qtbot.addWidget(tab)
    qtbot.waitUntil(tab.models_ready, timeout=60000)
    tab.start_training(0, epochs=50)
    assert tab.is_training()
    tab.shutdown()
    qtbot.waitUntil(lambda: not tab.is_training(), timeout=10000)


def test_grid_size_box_reads_n_by_n_and_takes_a_typed_number(qtbot):
    from studio.ui.tabs.latent import GridSizeSpinBox

    box = GridSizeSpinBox()
    qtbot.addWidget(box)
    box.setRange(2, 40)
    box.setValue(12)
    assert box.text() == "12 × 12"
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "7")
    box.interpretText()
    assert box.value() == 7 and box.text() == "7 × 7"
    box.stepBy(1)
    assert box.text() == "8 × 8"


def test_a_plain_autoencoder_is_explained_in_the_status(qtbot, tab, tmp_path_factory):
    from tests.latent.small_runs import plain_autoencoder

    with one_torch_thread():
        run = plain_autoencoder(tmp_path_factory)
    open_run(qtbot, tab, run)
    assert "its code space is not a prior space" in tab.status.text() and tab.status.wordWrap()
    assert tab.status.width() <= tab.width()


def test_a_long_training_status_does_not_squeeze_the_run_list(qtbot, tab, vae_run):
    open_run(qtbot, tab, vae_run)
    # The status while training in the tab ("Training: epoch 12/30, loss …") used to widen the tab's
    # minimum to its text, and the splitter then took the room from the run list. The tab's other parts
    # may still settle after a run opens (their layout requests are pending), so each minimum is taken
    # once every pending layout has been done.
    def settled_minimum():
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        return tab.minimumSizeHint().width()

    tab.status.setText("Training: epoch 1 of 30.")
    short = settled_minimum()
    tab.status.setText("Training: " + "epoch 12 of 30 · loss 123.4 nats/image · ETA 00:01:10 · " * 6)
    qtbot.waitUntil(lambda: tab.status.height() > tab.status.fontMetrics().lineSpacing())  # wrapped
    assert settled_minimum() <= short
    assert tab.status.minimumSizeHint().width() < tab.width()


def test_an_export_never_replaces_a_file_of_the_run(qtbot, tab, vae_run, tmp_path):
    from studio.core.errors import StudioError

    open_run(qtbot, tab, vae_run)
    weights = next(vae_run.rglob("*.safetensors"))
    link = tmp_path / "decoded.png"
    link.symlink_to(weights)
    before = weights.read_bytes()
    with pytest.raises(StudioError, match="is a file of the run"):
        tab.export("decoded", link)  # as if confirmed in the save dialog
    assert weights.read_bytes() == before and link.is_symlink()
