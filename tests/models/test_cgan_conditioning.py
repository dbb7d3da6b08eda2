"""The conditional DCGAN's conditioning: a projection discriminator and an auxiliary classifier (the
defaults), or the label concatenated to D's input (the original, which runs saved before keep)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import torch

from studio.models.base import StepContext
from studio.models.gan_variants import CGANConfig
from studio.models.registry import build_model, get_entry, make_config
from studio.training.precision import Precision, StepOptimizers

TINY = {"hidden": 16, "latent_dim": 8}
# A cGAN run made by the studio before the conditioning option (label concatenated; checkpoint format 1):
# 1 epoch of 90 digits, hidden 8, noise 4 (tests/fixtures/old-gan-runs/README.md says how it was made).
OLD = Path(__file__).resolve().parent.parent / "fixtures" / "old-gan-runs"


@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    from tests.latent.small_runs import one_torch_thread

    with one_torch_thread():
        yield


def spec(classes=4):
    from studio.data.sources import DataSpec

    return DataSpec.images((1, 28, 28), [str(i) for i in range(classes)])


def batch_of(n=8, classes=4):
    g = torch.Generator().manual_seed(0)
    return {"image": torch.rand(n, 1, 28, 28, generator=g), "label": torch.arange(n) % classes}


MODES = [("projection", 1.0), ("projection", 0.0), ("concat", 1.0), ("concat", 0.0)]


@pytest.mark.parametrize("conditioning, class_weight", MODES, ids=[f"{c}-ac{w:g}" for c, w in MODES])
def test_each_conditioning_trains_a_step_and_samples_the_asked_class_shape(conditioning, class_weight):
    torch.manual_seed(0)
    model = build_model("cgan", {**TINY, "conditioning": conditioning, "class_weight": class_weight}, spec())
    before = {k: v.clone() for k, v in model.state_dict().items()}
    opt = StepOptimizers(model.configure_optimizers(2e-4), Precision(torch.device("cpu"), False))
    terms = model.training_step(batch_of(), StepContext(0, 0, 0, 1, 1, 1), opt)
    names = {t.name for t in model.terms(model.config)}
    assert set(terms) <= names and all(torch.isfinite(v) for v in terms.values())
    assert ({"class_real", "class_fake"} <= set(terms)) == (class_weight > 0)
    changed = {k.split(".")[0] for k, v in model.state_dict().items() if not torch.equal(before[k], v)}
    assert {"generator", "discriminator", "generator_ema"} <= changed
    model.eval()
    val = model.validation_step(batch_of())
    assert set(val) <= names and ("class_accuracy" in val) == (class_weight > 0)
    images = model.decode(model.sample_prior(5), y=2)
    assert images.shape == (5, 1, 28, 28) and 0 <= float(images.min()) and float(images.max()) <= 1
    rows = model.preview(batch_of())
    assert list(rows) == ["row0", "row1", "row2", "row3"] and all(r.shape == (8, 1, 28, 28) for r in rows.values())


@pytest.mark.parametrize("conditioning", ["projection", "concat"])
def test_d_judges_the_same_picture_differently_for_another_class(conditioning):
    torch.manual_seed(0)
    model = build_model("cgan", {**TINY, "conditioning": conditioning}, spec()).eval()
    x = torch.rand(3, 1, 28, 28) * 2 - 1
    with torch.no_grad():
        as_zero = model.d_logits(x, {"label": torch.zeros(3, dtype=torch.long)})[0]
        as_one = model.d_logits(x, {"label": torch.ones(3, dtype=torch.long)})[0]
    assert as_zero.shape == (3,) and not torch.allclose(as_zero, as_one)


def test_the_projection_adds_nothing_for_an_unknown_label():
    model = build_model("cgan", dict(TINY), spec()).eval()
    x = torch.rand(2, 1, 28, 28) * 2 - 1
    with torch.no_grad():
        out, feats = model.discriminator(x)
        unknown = model.d_logits(x, {"label": torch.tensor([-1, -1])})[0]
    assert torch.allclose(unknown, out.squeeze(1))


def test_new_runs_get_the_projection_and_the_class_loss_and_old_formats_the_concatenated_label():
    assert get_entry("cgan").format_version == 2
    config = make_config("cgan", {}, spec())
    assert (config.conditioning, config.class_weight) == ("projection", 1.0)
    assert CGANConfig.upgrade({"hidden": 8}, 1) == {"hidden": 8, "conditioning": "concat", "class_weight": 0.0}
    assert CGANConfig.upgrade({"hidden": 8}, 2) == {"hidden": 8}
    # A preset keeps the original conditioning within reach.
    preset = get_entry("cgan").preset("Conditional DCGAN, label concatenated (the original)")
    assert preset.config == {"conditioning": "concat", "class_weight": 0.0}


@pytest.fixture
def old_cgan_run(tmp_path):
    from studio.core.workspace import Workspace

    shutil.copytree(OLD / "runs", tmp_path / "ws" / "runs")   # the fixture itself is never written to
    (run,) = Workspace(tmp_path / "ws").runs()
    return run


def test_a_cgan_saved_before_the_conditioning_option_loads_samples_and_resumes(old_cgan_run):
    from studio import gan
    from studio.core import checkpoints as ckpt
    from studio.data.datasets import random_split
    from studio.data.digits import load_digits_28
    from studio.training.session import TrainingSession

    saved = json.loads((ckpt.latest_checkpoint(old_cgan_run.checkpoints_dir) / "state.json").read_text())
    assert saved["model_format"] == 1 and "conditioning" not in saved["model_config"]
    g = gan.load_generator(old_cgan_run)
    assert (g.model.config.conditioning, g.model.config.class_weight) == ("concat", 0.0)
    images, _, labels = gan.class_grid(g, 3, seed=0)
    assert images.shape == (30, 1, 28, 28) and list(labels[:4]) == [0, 0, 0, 1]

    split = random_split(load_digits_28().subset(list(range(120))), 0.25, seed=0)   # as it was trained
    events = list(TrainingSession.resume(old_cgan_run, epochs=2, split=split).run())
    assert events[0].resumed and events[-1].status == "completed"
    resaved = json.loads((ckpt.latest_checkpoint(old_cgan_run.checkpoints_dir) / "state.json").read_text())
    assert resaved["model_format"] == 2 and resaved["model_config"]["conditioning"] == "concat"
    assert resaved["epoch"] == 2 and gan.load_generator(old_cgan_run).model.config.class_weight == 0.0
