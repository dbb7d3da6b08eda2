"""Tiny GAN runs trained once per test session (a few seconds each on one core)."""

from __future__ import annotations

import pytest

from tests.latent.small_runs import one_torch_thread, trained_run

TINY = {"hidden": 16, "latent_dim": 8}


@pytest.fixture(scope="session")
def dcgan_run(tmp_path_factory):
    """A DCGAN on the digits, 3 epochs (3 snapshots in its timeline)."""
    return trained_run(tmp_path_factory.getbasetemp() / "gan-core-runs", "core-dcgan", "dcgan", dict(TINY), epochs=3,
                       batch_size=64, lr=1e-3, keep_checkpoints=5)


@pytest.fixture(scope="session")
def cgan_run(tmp_path_factory):
    return trained_run(tmp_path_factory.getbasetemp() / "gan-core-runs", "core-cgan", "cgan", {**TINY, "d_steps": 1},
                       epochs=1, batch_size=64, lr=1e-3)


@pytest.fixture(scope="session")
def infogan_run(tmp_path_factory):
    return trained_run(tmp_path_factory.getbasetemp() / "gan-core-runs", "core-infogan", "infogan", dict(TINY), epochs=1,
                       batch_size=64, lr=1e-3)


@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    with one_torch_thread():
        yield
