"""The engine's contract with models: one scaler update per iteration, clipping, hooks, and any data kind."""

from __future__ import annotations

import pytest
import torch

from studio.core.tasks import TaskControl
from studio.core.workspace import Workspace
from studio.data.datasets import random_split
from studio.data.digits import load_digits_28
from studio.training import precision
from studio.training.config import TrainConfig
from studio.training.session import TrainingSession


@pytest.fixture(scope="module")
def split():
    return random_split(load_digits_28().subset(list(range(200))), 0.25, seed=0)


class CountingScaler:
    """A stand-in for torch's GradScaler that counts the calls the engine makes (CPU has no fp16 scaling)."""

    def __init__(self) -> None:
        self.calls = {"scale": 0, "step": 0, "update": 0, "unscale_": 0}

    def is_enabled(self) -> bool:
        return True

    def scale(self, loss):
        self.calls["scale"] += 1
        return loss

    def step(self, opt) -> None:
        self.calls["step"] += 1
        opt.step()

    def update(self, new_scale=None) -> None:
        self.calls["update"] += 1

    def unscale_(self, opt) -> None:
        self.calls["unscale_"] += 1

    def get_scale(self) -> float:
        return 1.0


def train(tmp_path, split, **kw):
    cfg = TrainConfig(**{"model": "aae", "model_config": {"hidden": 16, "disc_hidden": 8}, "epochs": 1,
                         "batch_size": 30, "device": "cpu", **kw})
    return list(TrainingSession(cfg, Workspace(tmp_path), split=split).run())


def test_a_model_with_three_optimisers_gets_one_scale_update_per_iteration(tmp_path, split, monkeypatch):
    scalers = []
    monkeypatch.setattr(precision, "make_scaler", lambda enabled: scalers.append(CountingScaler()) or scalers[-1])
    events = train(tmp_path, split)
    assert events[-1].status == "completed"
    steps = events[-1].step
    (scaler,) = scalers
    # PyTorch's AMP recipe for several optimisers: scale and step each, update once per iteration.
    assert scaler.calls["step"] == scaler.calls["scale"] == 3 * steps
    assert scaler.calls["update"] == steps
    assert scaler.calls["unscale_"] == 0   # no clipping asked for


def test_clipping_unscales_first_then_clips_each_optimiser(tmp_path, split, monkeypatch):
    scalers, clipped = [], []
    monkeypatch.setattr(precision, "make_scaler", lambda enabled: scalers.append(CountingScaler()) or scalers[-1])
    original = torch.nn.utils.clip_grad_norm_

    def clip(params, norm, *a, **k):
        clipped.append((scalers[0].calls["unscale_"], norm))
        return original(params, norm, *a, **k)

    monkeypatch.setattr(torch.nn.utils, "clip_grad_norm_", clip)
    events = train(tmp_path, split, grad_clip=0.5)
    steps = events[-1].step
    assert scalers[0].calls["unscale_"] == 3 * steps
    assert len(clipped) == 3 * steps and all(norm == 0.5 for _u, norm in clipped)
    assert [u for u, _n in clipped] == list(range(1, 3 * steps + 1))  # each clip right after its unscale


def test_backward_runs_outside_autocast_and_the_step_inside():
    """The step's forward runs under autocast; ``opt.step`` switches it off around backward."""
    from studio.training.precision import Precision, StepOptimizers

    seen = {}

    class Recorded:
        def __init__(self, loss):
            self.loss = loss

        def backward(self):
            seen["backward"] = torch.is_autocast_enabled("cpu")
            self.loss.backward()

    scaler = CountingScaler()
    scaler.scale = Recorded
    mixed = Precision(torch.device("cpu"), amp=False)
    mixed.enabled, mixed.dtype, mixed.scaler = True, torch.bfloat16, scaler   # as on a GPU, on the CPU
    layer = torch.nn.Linear(4, 1)
    opt = StepOptimizers({"main": torch.optim.SGD(layer.parameters(), lr=0.1)}, mixed)
    with mixed.autocast():
        seen["forward"] = torch.is_autocast_enabled("cpu")
        opt.step("main", layer(torch.ones(2, 4)).float().mean())
    opt.end_iteration()
    assert seen == {"forward": True, "backward": False}
    assert scaler.calls["step"] == 1 and scaler.calls["update"] == 1


def test_models_learn_the_step_and_epoch_through_their_hooks(tmp_path, split, monkeypatch):
    from studio.models.vae import VAE

    starts, ends, steps = [], [], []
    original = VAE.training_step
    monkeypatch.setattr(VAE, "on_epoch_start", lambda self, ctx: starts.append(ctx))
    monkeypatch.setattr(VAE, "on_epoch_end", lambda self, ctx: ends.append(ctx))

    def step(self, batch, ctx, opt):
        steps.append((ctx.step, ctx.epoch, ctx.batch, ctx.progress))
        return original(self, batch, ctx, opt)

    monkeypatch.setattr(VAE, "training_step", step)
    events = train(tmp_path, split, model="vae", model_config={"hidden": 16, "latent_dim": 2}, epochs=2)
    per_epoch = events[0].steps_per_epoch
    assert [c.epoch for c in starts] == [0, 1] and [c.epoch for c in ends] == [0, 1]
    assert [s[0] for s in steps] == list(range(2 * per_epoch))
    assert steps[per_epoch][1:3] == (1, 0) and steps[-1][3] == pytest.approx((2 * per_epoch - 1) / (2 * per_epoch))
    assert starts[0].total_steps == 2 * per_epoch


def test_a_model_without_a_monitor_keeps_no_best_checkpoint(tmp_path, split, monkeypatch):
    from studio.models.vae import VAE

    monkeypatch.setattr(VAE, "monitor", None)
    events = train(tmp_path, split, model="vae", model_config={"hidden": 16, "latent_dim": 2})
    run = Workspace(tmp_path).runs()[0]
    assert events[-1].status == "completed" and not (run.checkpoints_dir / "best").exists()
    from studio.training.trained import checkpoint_path

    assert checkpoint_path(run, "best").name == "epoch-0001"   # the latest stands in


def test_stop_before_the_first_step_leaves_a_stopped_run(tmp_path, split):
    control = TaskControl()
    control.stop()
    events = list(TrainingSession(TrainConfig(model="vae", model_config={"hidden": 16}, epochs=1, device="cpu"),
                                  Workspace(tmp_path), split=split).run(control))
    assert events[-1].status == "stopped" and events[-1].step == 0
    assert Workspace(tmp_path).runs()[0].info()["status"] == "stopped"
