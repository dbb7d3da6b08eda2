"""ModelCatalog: the registry loaded in a thread, and the window's process set up for its own torch work."""

from __future__ import annotations

from studio.training.job import training_threads, window_threads
from studio.ui.model_catalog import ModelCatalog


def test_loading_sets_the_window_process_torch_threads(qtbot, qapp):
    catalog = ModelCatalog(parent=qapp)   # as in the app, it lives as long as the application
    with qtbot.waitSignal(catalog.ready, timeout=120_000):
        catalog.load()
    import torch

    assert catalog.entry("vae") is not None
    assert torch.get_num_threads() == window_threads() >= 1
    assert window_threads() <= training_threads() or training_threads() == 1
