"""The DBN: greedy pre-training layer by layer, then fine-tuning the unrolled autoencoder; it samples."""

import pytest
import torch

from studio.core.events import EpochMetrics, Preview, StepMetrics
from studio.core.workspace import Workspace
from studio.data.datasets import random_split
from studio.data.digits import load_digits_28
from studio.models.dbn import DBNConfig
from studio.models.registry import get_entry, make_config
from studio.training.config import TrainConfig
from studio.training.sampling import sample_steps
from studio.training.session import TrainingSession
from studio.training.trained import load_trained_model


def test_layers_setting_is_checked():
    assert get_entry("dbn").can("sample")
    with pytest.raises(Exception, match="hidden layers"):
        make_config("dbn", {"layers": "64,zero"})
    assert DBNConfig(layers="32, 16").layers == "32, 16"


def test_pretrain_then_finetune_runs_and_samples(tmp_path):
    torch.set_num_threads(1)
    split = random_split(load_digits_28().subset(list(range(300))), 0.2, seed=0)
    cfg = TrainConfig(model="dbn", model_config={"layers": "64,32", "pretrain_epochs": 1, "gibbs_steps": 20},
                      epochs=4, batch_size=32, seed=0, device="cpu")
    session = TrainingSession(cfg, Workspace(tmp_path), split=split)
    events = list(session.run())
    assert events[-1].status == "completed"
    steps = [e for e in events if isinstance(e, StepMetrics)]
    layers = [e.terms["layer"] for e in steps]
    # an epoch per RBM, then fine-tuning (phase 2) for the last two
    assert layers[0] == 0 and 1 in layers and layers[-1] == 2
    epochs = [e for e in events if isinstance(e, EpochMetrics)]
    # fine-tuning lowers the deep reconstruction's cross-entropy below the pre-trained stack's
    assert epochs[-1].val["cross_entropy"] < epochs[1].val["cross_entropy"]
    preview = [e for e in events if isinstance(e, Preview)][-1]
    assert preview.row("samples").shape == (8, 1, 28, 28)
    model = load_trained_model(session.run_folder, "latest")
    assert bool(model.finetuned)
    out = list(sample_steps(model, 4, options={"steps": 10, "every": 5}, seed=0))
    assert [s.done for s in out] == [5, 10]
    data = out[-1].data
    assert data.shape == (4, 1, 28, 28) and 0 <= data.min() and data.max() <= 1
