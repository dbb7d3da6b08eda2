"""The VAE's guards against posterior collapse: the KL weight's warm-up and free bits."""

from __future__ import annotations

import torch

from studio.data.sources import DataSpec
from studio.models.base import StepContext
from studio.models.registry import build_model
from studio.training.precision import Precision, StepOptimizers

DIGITS = DataSpec.images((1, 28, 28), [str(i) for i in range(10)])


def ctx(step: int, steps_per_epoch: int = 10) -> StepContext:
    return StepContext(step, step // steps_per_epoch, step % steps_per_epoch, steps_per_epoch, 5, 5 * steps_per_epoch)


def step(model, batch, at: StepContext) -> dict:
    opt = StepOptimizers(model.configure_optimizers(1e-3), Precision(torch.device("cpu"), amp=False))
    terms = model.training_step(batch, at, opt)
    opt.end_iteration()
    return terms


def test_the_kl_weight_warms_up_linearly_to_beta_over_its_epochs():
    model = build_model("vae", {"beta": 2.0}, DIGITS)  # the default warm-up: 2 epochs
    assert [model.kl_weight(ctx(s)) for s in (0, 5, 10, 20, 40)] == [0.0, 0.5, 1.0, 2.0, 2.0]
    off = build_model("vae", {"beta": 2.0, "kl_warmup": 0}, DIGITS)
    assert off.kl_weight(ctx(0)) == 2.0


def test_the_training_loss_uses_the_weight_and_validation_the_plain_elbo():
    torch.manual_seed(0)
    model = build_model("vae", {"latent_dim": 4, "hidden": 32}, DIGITS)
    batch = {"image": torch.rand(8, 1, 28, 28), "label": torch.arange(8)}
    torch.manual_seed(1)
    first = step(model, batch, ctx(0))
    assert torch.allclose(first["loss"], first["reconstruction"])          # weight 0 at the first step
    model.eval()
    val = model.validation_step(batch)
    assert torch.allclose(val["loss"], val["reconstruction"] + val["kl"])  # β = 1, no warm-up, no free bits
    assert torch.allclose(val["elbo"], -(val["reconstruction"] + val["kl"]))


def test_free_bits_leave_each_dimension_its_first_nats():
    torch.manual_seed(0)
    model = build_model("vae", {"latent_dim": 4, "hidden": 32, "free_bits": 5.0, "kl_warmup": 0}, DIGITS)
    batch = {"image": torch.rand(8, 1, 28, 28), "label": torch.arange(8)}
    terms = step(model, batch, ctx(100))
    # A fresh encoder's KL is far below 5 nats per dimension: the penalty is the floor, 4 x 5 nats.
    assert float(terms["kl"].detach()) < 4 * 5.0
    assert torch.allclose(terms["loss"], terms["reconstruction"] + 4 * 5.0)
