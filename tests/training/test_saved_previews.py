"""A preview the trainer saves as PNG comes back as the same rows of images (an RBM's filters and particles
are shown as tiles again when a finished run is opened)."""

from __future__ import annotations

import numpy as np

from studio.core.events import Preview, PreviewRow
from studio.training.previews import load_preview_png, save_preview_png


def test_a_saved_preview_loads_back_row_by_row(tmp_path):
    rng = np.random.default_rng(0)
    filters = rng.random((100, 1, 28, 28)).astype(np.float32)
    particles = rng.random((30, 1, 28, 28)).astype(np.float32)
    preview = Preview("filter_tiles", 7, 70, (PreviewRow("filters", "Filters (100)", filters),
                                              PreviewRow("particles", "Particles (30)", particles)))
    save_preview_png(tmp_path, preview)
    saved = load_preview_png(tmp_path / "epoch-0007.png", (1, 28, 28))
    assert saved.kind == "filter_tiles" and saved.epoch == 7
    assert [(r.name, r.title) for r in saved.rows] == [("filters", "Filters (100)"), ("particles", "Particles (30)")]
    assert saved.rows[0].data.shape == (100, 1, 28, 28) and saved.rows[1].data.shape == (30, 1, 28, 28)
    assert np.abs(saved.rows[1].data - particles).max() <= 1 / 255 + 1e-6     # 8-bit pictures


def test_a_picture_of_another_shape_or_a_damaged_file_gives_none(tmp_path):
    preview = Preview("image_rows", 1, 1, (PreviewRow("x", "Inputs", np.zeros((4, 3, 32, 32), np.float32)),))
    save_preview_png(tmp_path, preview)
    assert load_preview_png(tmp_path / "epoch-0001.png", (1, 28, 28)) is None
    rows = load_preview_png(tmp_path / "epoch-0001.png", (3, 32, 32)).rows
    assert rows[0].data.shape == (4, 3, 32, 32)
    (tmp_path / "epoch-0002.png").write_bytes(b"not a png")
    assert load_preview_png(tmp_path / "epoch-0002.png", (1, 28, 28)) is None
