"""After a short training on real MNIST (../shared), the conditional DCGAN's rows follow the labels asked."""

from __future__ import annotations

import numpy as np

from studio import gan
from studio.core.workspace import Workspace
from studio.data.datasets import DatasetSplit, ImageDataset
from studio.data.importers import load_mnist_folder
from studio.training.config import TrainConfig
from studio.training.session import TrainingSession

# Three digits that look unlike each other: about 190 steps (under 20 s on one busy core) teach the rows.
DIGITS = [0, 1, 7]


def _digits(ds: ImageDataset, n: int) -> ImageDataset:
    idx = np.flatnonzero(np.isin(ds.labels, DIGITS))[:n]
    return ImageDataset("mnist", ds.images[idx], np.searchsorted(DIGITS, ds.labels[idx]), [str(d) for d in DIGITS])


def test_conditional_rows_follow_the_requested_labels(shared_data, tmp_path):
    mnist = load_mnist_folder(shared_data / "mnist", 0.1, 0)
    split = DatasetSplit(_digits(mnist.train, 3000), _digits(mnist.val, 200))
    config = TrainConfig(model="cgan", model_config={"hidden": 16, "latent_dim": 16, "d_steps": 1}, epochs=2,
                         batch_size=32, lr=1e-3, device="cpu")
    session = TrainingSession(config, Workspace(tmp_path), split=split)
    assert list(session.run())[-1].status == "completed"
    g = gan.load_generator(session.run_folder)
    assert g.label_names == ("0", "1", "7")
    images, _, labels = gan.class_grid(g, 20, seed=0)
    # Judge each sample by the nearest mean picture of a digit of the real test images.
    means = np.stack([split.val.images[split.val.labels == k].mean(0).ravel() / 255.0 for k in range(3)])
    flat = images.reshape(len(images), -1)
    nearest = np.argmin(((flat[:, None, :] - means[None]) ** 2).sum(-1), axis=1)
    assert (nearest == labels).mean() >= 0.85
