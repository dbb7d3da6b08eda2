"""The GAN family: shapes at every size, each model's step and terms, DiffAugment on real and fake alike."""

from __future__ import annotations

import pytest
import torch

from studio.core.errors import StudioError
from studio.models import gan as gan_module
from studio.models.base import StepContext
from studio.models.gan_blocks import diff_augment, one_hot
from studio.models.registry import build_model, get_entry, make_config
from studio.training.precision import Precision, StepOptimizers

TINY = {"hidden": 16, "latent_dim": 8}


@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    from tests.latent.small_runs import one_torch_thread

    with one_torch_thread():
        yield
FAMILIES = ["gan", "dcgan", "cgan", "infogan", "ssgan"]


def spec(shape=(1, 28, 28), classes=10):
    from studio.data.sources import DataSpec

    return DataSpec.images(shape, [str(i) for i in range(classes)])


def step(model, batch, **kw):
    opt = StepOptimizers(model.configure_optimizers(2e-4), Precision(torch.device("cpu"), False))
    return model.training_step(batch, StepContext(0, 0, 0, 1, 1, 1), opt)


def batch_of(shape=(1, 28, 28), n=6):
    g = torch.Generator().manual_seed(0)
    return {"image": torch.rand(n, *shape, generator=g), "label": torch.arange(n) % 10}


@pytest.mark.parametrize("family", FAMILIES)
def test_each_family_steps_both_players_and_reports_its_terms(family):
    torch.manual_seed(0)
    model = build_model(family, dict(TINY), spec())
    before = {k: v.clone() for k, v in model.state_dict().items()}
    terms = step(model, batch_of())
    names = {t.name for t in model.terms(model.config)}
    assert set(terms) <= names and {"d_loss", "g_loss", "d_real", "d_fake"} <= set(terms)
    assert all(torch.isfinite(v) for v in terms.values())
    assert 0 < float(terms["d_real"]) < 1 and 0 < float(terms["d_fake"]) < 1
    changed = {k.split(".")[0] for k, v in model.state_dict().items() if not torch.equal(before[k], v)}
    assert {"generator", "discriminator"} <= changed
    assert "generator_ema" in changed                     # the EMA follows G
    model.eval()
    val = model.validation_step(batch_of())
    assert set(val) <= names and "diversity" in val
    images = model.decode(model.sample_prior(5))
    assert images.shape == (5, 1, 28, 28) and 0 <= float(images.min()) and float(images.max()) <= 1
    preview = model.preview(batch_of())
    rows = list(preview.values())
    assert len(rows) in (8, 10) and all(r.shape == (8, 1, 28, 28) for r in rows)


@pytest.mark.parametrize("shape", [(1, 28, 28), (3, 32, 32), (1, 64, 64), (3, 128, 128)])
def test_dcgan_makes_and_judges_pictures_at_each_size(shape):
    model = build_model("dcgan", {"hidden": 8, "latent_dim": 4}, spec(shape))
    x = model.generate(torch.randn(2, 4))
    assert x.shape == (2, *shape)
    logits, feats = model.d_logits(x * 2 - 1, {})
    assert logits.shape == (2,) and feats.shape[0] == 2


def test_a_dcgan_on_pictures_of_the_wrong_shape_is_one_sentence():
    with pytest.raises(StudioError, match="square pictures of 28, 32, 64 or 128"):
        make_config("dcgan", {}, spec((3, 30, 40)))


def test_the_conditional_models_need_labelled_data():
    with pytest.raises(StudioError, match="needs labelled pictures of at least two classes"):
        make_config("cgan", {}, spec(classes=0))
    with pytest.raises(StudioError, match="semi-supervised GAN needs labelled"):
        make_config("ssgan", {}, spec(classes=1))


def test_diffaugment_is_on_for_small_folders_only():
    from dataclasses import replace

    small = replace(spec((3, 32, 32)), extra={"origin": "folder", "items": 300})
    big = replace(small, extra={"origin": "folder", "items": 5000})
    assert make_config("dcgan", {}, small).diffaugment == "color,translation,cutout"
    assert make_config("dcgan", {}, big).diffaugment == "off"
    assert make_config("dcgan", {}, spec()).diffaugment == "off"              # digits, MNIST: not a folder
    assert make_config("dcgan", {"diffaugment": "translation"}, big).diffaugment == "translation"


def test_diffaugment_applies_the_same_transform_to_real_and_fake_and_lets_gradients_through():
    real = torch.rand(4, 3, 16, 16) * 2 - 1
    fake = real.clone().requires_grad_(True)
    a = diff_augment(real, "color,translation,cutout", torch.Generator().manual_seed(5))
    b = diff_augment(fake, "color,translation,cutout", torch.Generator().manual_seed(5))
    assert torch.equal(a, b.detach()) and a.shape == real.shape and not torch.equal(a, real)
    b.sum().backward()
    assert fake.grad is not None and float(fake.grad.abs().sum()) > 0


def test_the_model_augments_every_image_d_sees_real_and_fake(monkeypatch):
    seen = []

    def recording(x, policy, generator=None):
        seen.append((tuple(x.shape), x.requires_grad))
        return x

    monkeypatch.setattr(gan_module, "diff_augment", recording)
    model = build_model("dcgan", {**TINY, "diffaugment": "color,translation,cutout"}, spec())
    step(model, batch_of(n=6))
    # D's step: the real batch and the fakes; G's step: the fakes (with their gradient to G).
    assert len(seen) == 3 and all(shape == (6, 1, 28, 28) for shape, _ in seen)
    assert seen[-1][1]


def test_r1_hinge_ttur_and_several_d_steps_are_options_of_the_step():
    model = build_model("dcgan", {**TINY, "loss": "hinge", "r1_gamma": 1.0, "d_steps": 3, "d_lr_scale": 4.0},
                        spec())
    opts = model.configure_optimizers(1e-4)
    assert opts["D"].param_groups[0]["lr"] == pytest.approx(4e-4) and opts["G"].param_groups[0]["lr"] == 1e-4
    calls = []
    optimizers = StepOptimizers(opts, Precision(torch.device("cpu"), False))
    original = optimizers.step
    optimizers.step = lambda name, loss, clip=None: (calls.append(name), original(name, loss, clip))
    model.training_step(batch_of(), StepContext(0, 0, 0, 1, 1, 1), optimizers)
    assert calls == ["D", "D", "D", "G"]


def test_one_hot_leaves_unknown_labels_empty():
    assert one_hot(torch.tensor([2, -1]), 3).tolist() == [[0, 0, 1], [0, 0, 0]]


def test_the_conditional_gan_draws_the_class_it_is_asked_for_in_its_rows():
    model = build_model("cgan", dict(TINY), spec(classes=4))
    assert model.num_conditions == 4 and get_entry("cgan").can("conditional")
    rows = model.preview(batch_of())
    assert list(rows) == ["row0", "row1", "row2", "row3"] and model.preview_titles["row2"] == "Class 2"


def test_the_semi_supervised_gan_keeps_only_its_labelled_budget_balanced():
    model = build_model("ssgan", {**TINY, "labelled": 4}, spec(classes=2))
    batch = {"image": torch.rand(10, 1, 28, 28), "label": torch.tensor([0, 0, 0, 1, 1, 1, 0, 1, 0, 1])}
    step(model, batch)
    assert sorted(model.labelled_y.tolist()) == [0, 0, 1, 1]
    kept = model.labelled_x.clone()
    step(model, {"image": torch.rand(4, 1, 28, 28), "label": torch.tensor([0, 1, 0, 1])})
    assert torch.equal(model.labelled_x, kept)                  # full: no more labels are taken
