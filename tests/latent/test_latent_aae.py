"""The adversarial autoencoder: shapes, priors, losses, and a few real training steps through the engine."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from studio.training.config import TrainConfig
from studio.training.session import TrainingSession
from studio.core.events import EpochMetrics, Finished, StepMetrics
from studio.core.workspace import Workspace
from studio.data.datasets import DatasetSplit
from studio.data.importers import load_dataset
from studio.models import aae
from studio.models.registry import build_model


@pytest.mark.parametrize("kind", aae.PRIORS)
def test_prior_samples_have_the_right_shape_and_spread(kind):
    g = torch.Generator().manual_seed(0)
    z = aae.sample_prior(kind, 4000, 3, g)
    assert z.shape == (4000, 3)
    if kind == "uniform":
        assert float(z.abs().max()) <= aae.UNIFORM_HALF_WIDTH
        assert float(z.min()) < -1.8 and float(z.max()) > 1.8
    if kind == "gaussian":
        assert abs(float(z.std()) - 1.0) < 0.05
    if kind == "mixture":
        radius = z[:, :2].norm(dim=1)
        assert abs(float(radius.mean()) - aae.MIXTURE_RADIUS) < 0.2
        # Every one of the ten components is used.
        angles = torch.atan2(z[:, 1], z[:, 0])
        sectors = torch.floor((angles + np.pi / 10) % (2 * np.pi) / (2 * np.pi / 10)).long()
        assert len(torch.unique(sectors)) == 10


def test_unknown_prior_is_refused_with_a_sentence():
    from studio.core.errors import StudioError

    with pytest.raises(StudioError, match="must be one of gaussian, mixture, uniform"):
        build_model("aae", {"prior": "cauchy"})


@pytest.mark.parametrize("supervised", [False, True])
def test_shapes_and_named_losses(supervised):
    model = build_model("aae", {"latent_dim": 3, "hidden": 64, "disc_hidden": 32, "supervised": supervised})
    x = torch.rand(5, 1, 28, 28)
    y = torch.tensor([0, 1, 2, -1, 9])
    with torch.no_grad():
        z = model.encode(x)
        out = model.decode(z, y) if supervised else model.decode(z)
    assert z.shape == (5, 3)
    assert out.shape == (5, 1, 28, 28) and float(out.min()) >= 0 and float(out.max()) <= 1
    terms = model.losses({"image": x, "label": y})
    assert set(terms) == {"reconstruction", "discriminator", "generator", "loss"}
    assert all(torch.isfinite(v) for v in terms.values())
    images = model.preview({"image": x, "label": y})
    assert set(images) == {"inputs", "outputs", "samples"}


def test_supervised_decoder_uses_the_label():
    torch.manual_seed(0)
    model = build_model("aae", {"latent_dim": 2, "hidden": 32, "supervised": True}).eval()
    z = torch.zeros(1, 2)
    assert not torch.allclose(model.decode(z, 1), model.decode(z, 7))


def test_its_step_moves_all_three_players_in_order():
    from studio.models.base import StepContext

    torch.manual_seed(0)
    model = build_model("aae", {"latent_dim": 2, "hidden": 32, "disc_hidden": 16})
    opts = model.configure_optimizers(1e-3)
    assert set(opts) == {"autoencoder", "discriminator", "generator"}
    before = {k: v.clone() for k, v in model.state_dict().items()}
    stepped = []

    class Recorder:
        """The engine's ``opt``, reduced to what the order of the players needs."""

        def step(self, name, loss):
            opts[name].zero_grad(set_to_none=True)
            loss.backward()
            opts[name].step()
            stepped.append(name)

    batch = {"image": torch.rand(8, 1, 28, 28), "label": torch.zeros(8, dtype=torch.long)}
    terms = model.training_step(batch, StepContext(0, 0, 0, 1, 1, 1), Recorder())
    assert stepped == ["autoencoder", "discriminator", "generator"]
    assert set(terms) == {"reconstruction", "discriminator", "generator", "loss"}
    after = model.state_dict()
    for part in ("encoder", "decoder", "discriminator"):
        assert any(not torch.equal(before[k], after[k]) for k in after if k.startswith(part)), part


@pytest.fixture(scope="module")
def small_split():
    split = load_dataset("digits", 0.1, 0)
    return DatasetSplit(split.train.subset(np.arange(256)), split.val.subset(np.arange(64)))


@pytest.mark.parametrize("config", [
    {"prior": "gaussian"}, {"prior": "mixture"}, {"prior": "uniform"}, {"prior": "gaussian", "supervised": True},
], ids=["gaussian", "mixture", "uniform", "supervised"])
def test_trains_through_the_real_engine(tmp_path, small_split, config):
    cfg = TrainConfig(model="aae", model_config={"latent_dim": 2, "hidden": 64, "disc_hidden": 32, **config},
                      epochs=2, batch_size=64)
    session = TrainingSession(cfg, Workspace(tmp_path), split=small_split)
    events = list(session.run())
    assert isinstance(events[-1], Finished) and events[-1].status == "completed"
    steps = [e for e in events if isinstance(e, StepMetrics)]
    # The training monitor sees the three terms.
    assert {"reconstruction", "discriminator", "generator", "loss"} <= set(steps[-1].terms)
    epochs = [e for e in events if isinstance(e, EpochMetrics)]
    assert epochs[-1].val["reconstruction"] < epochs[0].train["reconstruction"] * 1.5
    assert all(np.isfinite(v) for v in epochs[-1].val.values())

    # The checkpoint rebuilds the model, and the explorer can open it.
    from studio.latent.explorer import LatentSpace

    space = LatentSpace.open(session.run_folder)
    assert space.codes.shape == (len(space.val_images), 2)
    assert space.decode(space.codes[:3]).shape == (3, 1, 28, 28)
    assert space.num_conditions == (10 if config.get("supervised") else 0)
    samples = space.sample_prior(5, seed=1)
    assert samples.shape == (5, 2)
