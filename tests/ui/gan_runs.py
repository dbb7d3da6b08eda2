"""A tiny GAN run shared by the GAN tab's and the Latent explorer's tests (trained once per session)."""

from __future__ import annotations

from pathlib import Path

from tests.latent.small_runs import trained_run

# Small enough to train in a few seconds on one core: two epochs give a timeline of two snapshots.
TINY_DCGAN = {"hidden": 16, "latent_dim": 16}


def tiny_dcgan(tmp_path_factory) -> Path:
    return trained_run(tmp_path_factory.getbasetemp() / "gan-runs", "dcgan", "dcgan", dict(TINY_DCGAN), epochs=2,
                       batch_size=128)


def tiny_infogan(tmp_path_factory) -> Path:
    """One epoch of InfoGAN: a row per category of its code, and sliders for its two continuous codes."""
    return trained_run(tmp_path_factory.getbasetemp() / "gan-runs", "infogan", "infogan", dict(TINY_DCGAN), epochs=1,
                       batch_size=128)
