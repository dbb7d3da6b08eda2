"""Training settings per model: a family and its presets carry training settings (a GAN's learning rate of
2e-4) that `studio train` applies unless the user gave a value, through ``TrainConfig.for_model``.

A small family registered here (``tuned``: lr 3e-3, batch 50; its preset "Tuned, slow" lr 7e-4 and
weight decay) stands for any model: nothing in the engine knows it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields

import pytest
import torch
from torch import nn

from studio.cli import main
from studio.core.workspace import Workspace
from studio.models.base import GenerativeModel, ModelConfig, option
from studio.models.registry import TRAINING_SETTINGS, get_entry, register, unregister
from studio.training.config import TrainConfig


@dataclass
class TunedConfig(ModelConfig):
    hidden: int = option(8, "Hidden units", "width", min=2, max=64)


class Tuned(GenerativeModel):
    def __init__(self, config: TunedConfig) -> None:
        super().__init__(config)
        n = config.image_shape[0] * config.image_shape[1] * config.image_shape[2]
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(n, config.hidden), nn.ReLU(), nn.Linear(config.hidden, n))

    def losses(self, batch: dict) -> dict[str, torch.Tensor]:
        x = batch["image"]                                           # (B, C, H, W)
        loss = nn.functional.mse_loss(self.net(x), x.flatten(1))
        return {"loss": loss}

    def preview(self, batch: dict) -> dict[str, torch.Tensor]:
        x = batch["image"]
        return {"inputs": x, "outputs": self.net(x).view_as(x).clamp(0, 1)}


@pytest.fixture
def tuned():
    register("tuned", "Tuned (test)", "A model with training settings of its own.", TunedConfig,
             presets=(("Tuned", {}), ("Tuned, slow", {"hidden": 16}, {"lr": 7e-4, "weight_decay": 1e-5})),
             training={"lr": 3e-3, "batch_size": 50})(Tuned)
    yield get_entry("tuned")
    unregister("tuned")


def test_every_training_setting_a_model_may_set_is_a_field_of_train_config():
    names = {f.name for f in fields(TrainConfig)}
    assert set(TRAINING_SETTINGS) <= names


def test_the_gans_train_at_2e_4_and_every_other_family_at_the_engines_rate():
    from studio.models.registry import available_models

    for entry in available_models():
        lr = TrainConfig.for_model(entry.name).lr
        assert lr == (2e-4 if entry.name in ("gan", "dcgan", "cgan", "infogan", "ssgan") else TrainConfig().lr), entry.name
    assert TrainConfig.for_model("vae").batch_size == 16       # 5 epochs on the digits: distinct digits
    # TTUR's preset: G at 1e-4 (D four times faster through its model setting d_lr_scale).
    assert TrainConfig.for_model("dcgan", "DCGAN, hinge loss + TTUR").lr == 1e-4
    assert TrainConfig.for_model("cgan", "Conditional DCGAN, fast (lr 1e-3, D once per G step)").lr == 1e-3


def test_family_then_preset_then_explicit_values_win_in_that_order(tuned):
    assert tuned.training_settings() == {"lr": 3e-3, "batch_size": 50}
    assert tuned.training_settings("Tuned, slow") == {"lr": 7e-4, "batch_size": 50, "weight_decay": 1e-5}
    config = TrainConfig.for_model("tuned", "Tuned, slow", epochs=2, lr=None)
    assert (config.lr, config.batch_size, config.weight_decay, config.epochs) == (7e-4, 50, 1e-5, 2)
    config = TrainConfig.for_model("tuned", "Tuned, slow", lr=1e-2, batch_size=8)
    assert (config.lr, config.batch_size) == (1e-2, 8)
    assert TrainConfig.for_model("tuned", "no such preset").lr == 3e-3   # the family's


def test_a_model_file_with_an_unknown_training_setting_is_refused_at_registration():
    with pytest.raises(ValueError, match="momentum"):
        register("bad", "Bad", "", TunedConfig, training={"momentum": 0.9})
    with pytest.raises(ValueError, match="batch_size"):
        register("bad", "Bad", "", TunedConfig, presets=(("Bad", {}, {"batch_size": 2.5}),))


def _trained(tmp_path, *args, quiet: bool = True) -> dict:
    code = main(["train", "--model", "tuned", "--epochs", "1", "--device", "cpu", *(["--quiet"] if quiet else []),
                 "--workspace", str(tmp_path), *args])
    assert code == 0
    run, = Workspace(tmp_path).runs()
    return json.loads((run.path / "run.json").read_text())


def test_studio_train_uses_the_models_settings_unless_given_and_says_which(tuned, tmp_path, capsys):
    stored = _trained(tmp_path / "a")
    assert (stored["train"]["lr"], stored["train"]["batch_size"]) == (3e-3, 50)
    stored = _trained(tmp_path / "b", "--lr", "0.01", quiet=False)
    assert (stored["train"]["lr"], stored["train"]["batch_size"]) == (0.01, 50)
    err = capsys.readouterr().err
    assert "note: training with the Tuned (test)'s own settings: --batch-size 50" in err and "--lr" not in err


def test_studio_train_preset_brings_its_model_and_training_settings(tuned, tmp_path):
    stored = _trained(tmp_path, "--preset", "tuned,  SLOW", "--set", "hidden=12")
    assert stored["train"]["lr"] == 7e-4 and stored["train"]["weight_decay"] == 1e-5
    assert stored["train"]["model_config"] == {"hidden": 12}    # --set wins over the preset's 16


def test_an_unknown_preset_is_one_sentence_naming_the_presets(tuned, tmp_path, capsys):
    assert main(["train", "--model", "tuned", "--preset", "Fast", "--workspace", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "'Tuned, slow'" in err and "Traceback" not in err


def test_studio_models_lists_training_settings_and_presets(tuned, capsys):
    assert main(["models"]) == 0
    out = capsys.readouterr().out
    assert "trains with: --lr 0.003 --batch-size 50" in out
    assert '--preset "Tuned, slow"  --set hidden=16; trains with --lr 0.0007 weight_decay 1e-05' in out
