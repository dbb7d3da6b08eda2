"""A GAN run in the Latent explorer: the generator is the decoder; sliders, grid and interpolation, no map."""

from __future__ import annotations

import numpy as np
import pytest

from tests.latent.small_runs import one_torch_thread
from tests.ui.gan_runs import tiny_dcgan


@pytest.fixture(scope="session")
def gan_run(tmp_path_factory):
    return tiny_dcgan(tmp_path_factory)


def test_a_gan_opens_as_a_decoder_without_an_encoder(gan_run):
    from studio.core.errors import StudioError
    from studio.core.workspace import Run
    from studio.latent.explorer import PRIOR_SAMPLES, LatentSpace

    space = LatentSpace.open(Run(gan_run))
    assert not space.has_encoder and space.dim == 16
    assert space.codes.shape == (PRIOR_SAMPLES, 16)
    # The stand-in "validation images" are the decodes of the prior samples' codes.
    assert np.allclose(space.val_image(3), space.decode_one(space.codes[3]), atol=1 / 255)
    assert space.decode_one(np.zeros(16, np.float32)).shape == (1, 28, 28)
    with pytest.raises(StudioError, match="no encoder"):
        space.encode(np.zeros((1, 1, 28, 28), np.float32))


def test_the_latent_tab_shows_sliders_grid_and_interpolation_without_a_map(qtbot, show_widget, app_context,
                                                                          gan_run):
    from studio.ui.tabs.latent import LatentTab

    with one_torch_thread():
        tab = show_widget(LatentTab(app_context), 1300, 820)
        try:
            with qtbot.waitSignal(tab.space_loaded, timeout=30000):
                tab.open_run(gan_run)
            assert not tab.has_map() and not tab.map.isVisible() and tab.no_map_label.isVisible()
            assert tab.sliders.count() == 16
            disabled = {tab.tools.tabText(i) for i in range(tab.tools.count()) if not tab.tools.isTabEnabled(i)}
            assert disabled == {"Sketch", "Anomalies"}
            before = tab.decoded_view.image_array().copy()
            tab.sliders.slider(0).setValue(900)                     # z0 near +limit
            assert not np.allclose(tab.decoded_view.image_array(), before)
            tab.tools.setCurrentIndex(1)     # the manifold grid over the samples' extent, drawn in a worker thread
            qtbot.waitUntil(lambda: tab.grid_view.image_array() is not None, timeout=20000)
            assert tab.grid_view.image_array().shape == (12 * 28, 12 * 28, 1)
            tab.set_end_from_image("A", 0)
            tab.set_end_from_image("B", 1)
            qtbot.waitUntil(lambda: tab.strip_images() is not None, timeout=20000)
            strip = tab.strip_images()
            assert np.allclose(strip[0], tab.space.decode_one(tab.space.codes[0]), atol=1e-5)
            assert np.allclose(strip[-1], tab.space.decode_one(tab.space.codes[1]), atol=1e-5)
        finally:
            tab.shutdown()
