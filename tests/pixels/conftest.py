"""A small PixelCNN run on the built-in digits, trained once per test session, shared by these tests."""

from __future__ import annotations

import pytest

from tests.latent.small_runs import one_torch_thread, trained_run

# Small enough to train an epoch in a few seconds on one core, large enough to draw digit-like strokes.
SMALL_PIXELCNN = {"output": "binary", "channels": 12, "layers": 3, "first_kernel": 5, "head": 24}


@pytest.fixture(scope="session")
def pixel_run(tmp_path_factory):
    return trained_run(tmp_path_factory.getbasetemp() / "pixel-runs", "pixelcnn", "pixelcnn", SMALL_PIXELCNN,
                       epochs=1, lr=3e-3)


@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    with one_torch_thread():
        yield
