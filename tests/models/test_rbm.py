"""The RBM: its free energy against brute force, CD/PCD training through the engine, exact PCD resume."""

import itertools
import math

import pytest
import torch

from studio.core import checkpoints as ckpt
from studio.core.events import Preview, StepMetrics
from studio.core.tasks import TaskControl
from studio.core.workspace import Workspace
from studio.data.datasets import random_split
from studio.data.digits import load_digits_28
from studio.models.rbm import RBM, RBMConfig, log_partition_exact
from studio.models.registry import build_model, get_entry
from studio.training.config import TrainConfig
from studio.training.sampling import sample_steps
from studio.training.session import TrainingSession
from studio.training.trained import load_trained_model


def tiny_rbm(seed=0) -> RBM:
    torch.manual_seed(seed)
    model = RBM(RBMConfig(image_shape=(1, 2, 3), hidden=4))
    with torch.no_grad():  # large enough parameters that the distribution is far from uniform
        model.weight.normal_(0, 1.5)
        model.visible_bias.normal_(0, 1.0)
        model.hidden_bias.normal_(0, 1.0)
    return model


def all_states(n):
    return torch.tensor(list(itertools.product([0.0, 1.0], repeat=n)))


def test_free_energy_matches_brute_force_sum_over_hidden_states():
    model = tiny_rbm()
    W, b, c = model.weight.detach(), model.visible_bias.detach(), model.hidden_bias.detach()
    vs, hs = all_states(6), all_states(4)                                # 64 and 16 states
    # E(v, h) = -b·v - c·h - hᵀWv for every pair: (64, 16)
    energy = -(vs @ b)[:, None] - (hs @ c)[None, :] - vs @ W.t() @ hs.t()
    brute = -torch.logsumexp(-energy, dim=1)                             # F(v) = -log Σ_h exp(-E(v, h))
    assert torch.allclose(model.free_energy(vs), brute, atol=1e-5)
    # log Z, by the visible states and by the hidden states (the exact helper), agree
    log_z = float(torch.logsumexp(-energy.flatten(), 0))
    assert math.isclose(log_partition_exact(model), log_z, abs_tol=1e-4)
    assert math.isclose(float(torch.logsumexp(-model.free_energy(vs).detach(), 0)), log_z, abs_tol=1e-4)


def test_registry_terms_and_capabilities():
    entry = get_entry("rbm")
    assert entry.can("sample")
    assert [t.name for t in entry.terms()] == ["loss", "reconstruction", "pll", "free_energy_gap"]
    model = build_model("rbm", {"hidden": 10})
    assert model.weight.shape == (10, 784) and model.chain.shape == (100, 784)


@pytest.fixture(scope="module")
def split():
    return random_split(load_digits_28().subset(list(range(600))), 0.2, seed=0)


def config(**kw):
    base = dict(model="rbm", model_config={"hidden": 64}, epochs=4, batch_size=32, seed=3, device="cpu")
    base.update(kw)
    return TrainConfig(**base)


@pytest.mark.parametrize("method", ["cd", "pcd"])
def test_training_lowers_reconstruction_error_on_digits(tmp_path, split, method):
    # The classic update: SGD with momentum (and weight decay on the weights).
    settings = {"hidden": 64, "method": method, "optimizer": "sgd", "momentum": 0.5}
    session = TrainingSession(config(model_config=settings, epochs=5, batch_size=16, lr=0.05, weight_decay=1e-4),
                              Workspace(tmp_path), split=split)
    events = list(session.run())
    assert events[-1].status == "completed"
    steps = [e for e in events if isinstance(e, StepMetrics)]
    first, last = steps[0].terms, steps[-1].terms
    # The first step already starts from the data's mean (visible biases primed), ~48 per image here.
    assert last["reconstruction"] < 0.75 * first["reconstruction"]
    assert last["pll"] < 0                                            # a log-probability (one random bit)
    previews = [e for e in events if isinstance(e, Preview)]
    assert previews[-1].kind == "filter_tiles"
    filters = previews[-1].row("filters")
    assert filters.shape == (64, 1, 28, 28) and filters.min() >= 0 and filters.max() <= 1
    assert previews[-1].row("particles").shape[1:] == (1, 28, 28)
    val = session.run_folder.read_metrics()[-1]["val"]
    assert {"loss", "reconstruction", "pll", "free_energy_gap"} <= set(val)


def test_pcd_resume_is_exact_including_the_chain(tmp_path, split):
    torch.set_num_threads(1)
    settings = {"hidden": 32, "method": "pcd", "cd_k": 2, "chains": 20, "binarize": "stochastic"}
    full = TrainingSession(config(epochs=2, model_config=settings), Workspace(tmp_path / "a"), split=split)
    list(full.run())
    control = TaskControl()
    part = TrainingSession(config(epochs=2, model_config=settings), Workspace(tmp_path / "b"), split=split)
    for event in part.run(control):
        if isinstance(event, StepMetrics) and event.step == 20:          # inside the second epoch
            control.stop()
    resumed = TrainingSession.resume(part.run_folder, split=split)
    assert list(resumed.run())[-1].status == "completed"
    a = load_trained_model(full.run_folder, "latest").state_dict()
    b = load_trained_model(part.run_folder, "latest").state_dict()
    assert set(a) >= {"weight", "chain"}
    assert all(torch.equal(a[k], b[k]) for k in a)
    ta, _ = ckpt.load_checkpoint(ckpt.latest_checkpoint(full.run_folder.checkpoints_dir))
    tb, _ = ckpt.load_checkpoint(ckpt.latest_checkpoint(part.run_folder.checkpoints_dir))
    assert all(torch.equal(ta[k], tb[k]) for k in ta if k.startswith("optim."))


def test_sampling_job_runs_gibbs_chains_and_is_seeded():
    model = RBM(RBMConfig(image_shape=(1, 4, 4), hidden=8))
    steps = list(sample_steps(model, 5, options={"steps": 30, "every": 10}, seed=1))
    assert [s.done for s in steps] == [10, 20, 30] and steps[-1].final
    assert steps[-1].data.shape == (5, 1, 4, 4)
    again = list(sample_steps(model, 5, options={"steps": 30, "every": 10}, seed=1))
    assert (again[-1].data == steps[-1].data).all()
