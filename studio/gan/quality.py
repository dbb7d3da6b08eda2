"""Measuring a GAN: a small seeded classifier of the data's classes, the Fréchet distance between the
classifier's features of two sets of images, and the share of samples put in the class that was asked for.

The Fréchet distance here follows FID (Heusel et al. 2017) but in the features of a classifier trained
on the data itself (MNIST's digits, not ImageNet's Inception network): both sets of features are fitted
with a Gaussian and the distance between the two Gaussians is
``|μ1 - μ2|² + tr(Σ1 + Σ2 - 2 (Σ1 Σ2)^½)``. Its floor is the distance between two real samples.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from studio.core.errors import StudioError
from studio.core.tasks import Progress, TaskControl


class FeatureClassifier(nn.Module):
    """(B, C, 28, 28)-ish images in [0, 1] -> class logits; ``features`` gives the (B, 128) layer before."""

    def __init__(self, channels: int, side: int, classes: int) -> None:
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(channels, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),       # (B, 16, S/2, S/2)
            nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),             # (B, 32, S/4, S/4)
            nn.Flatten(),
            nn.Linear(32 * (side // 4) ** 2, 128), nn.ReLU())                       # (B, 128)
        self.head = nn.Linear(128, classes)                                          # (B, K)

    def features(self, x: torch.Tensor) -> torch.Tensor:
        return self.body(x)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x))


@dataclass
class TrainedClassifier:
    """The classifier and how well it does on held-out images."""

    model: FeatureClassifier
    test_accuracy: float

    def _batches(self, images: np.ndarray, batch: int = 512):
        with torch.no_grad():
            for i in range(0, len(images), batch):
                yield torch.from_numpy(np.ascontiguousarray(images[i:i + batch], dtype=np.float32))

    def features(self, images: np.ndarray) -> np.ndarray:
        """(N, C, H, W) float in [0, 1] -> (N, 128)."""
        self.model.eval()
        return np.concatenate([self.model.features(x).numpy() for x in self._batches(images)])

    def predict(self, images: np.ndarray) -> np.ndarray:
        self.model.eval()
        return np.concatenate([self.model(x).argmax(1).numpy() for x in self._batches(images)])


def train_classifier(images: np.ndarray, labels: np.ndarray, test_images: np.ndarray, test_labels: np.ndarray,
                     epochs: int = 2, seed: int = 0, batch: int = 128,
                     control: TaskControl | None = None):
    """Train a FeatureClassifier (Adam, seeded); yields Progress, then the TrainedClassifier.

    Images (N, C, H, W) float32 in [0, 1] with sides a multiple of 4; labels (N,) int.
    """
    control = control or TaskControl()
    _, c, h, w = images.shape
    if h != w or h % 4:
        raise StudioError("The classifier needs square images with sides a multiple of 4.")
    classes = int(max(labels.max(), test_labels.max())) + 1
    g = torch.Generator().manual_seed(seed)
    with torch.random.fork_rng():
        torch.manual_seed(seed)
        model = FeatureClassifier(c, h, classes)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    x_all = torch.from_numpy(np.ascontiguousarray(images, dtype=np.float32))
    y_all = torch.from_numpy(np.asarray(labels, dtype=np.int64))
    steps = epochs * ((len(images) + batch - 1) // batch)
    done = 0
    for _ in range(epochs):
        model.train()
        perm = torch.randperm(len(images), generator=g)
        for i in range(0, len(images), batch):
            control.checkpoint()
            idx = perm[i:i + batch]
            loss = nn.functional.cross_entropy(model(x_all[idx]), y_all[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            done += 1
            if done % 50 == 0:
                yield Progress(done, steps, "Training the classifier")
    trained = TrainedClassifier(model, 0.0)
    trained.test_accuracy = float((trained.predict(test_images) == np.asarray(test_labels)).mean())
    yield trained


def frechet_distance(a: np.ndarray, b: np.ndarray) -> float:
    """The Fréchet distance between Gaussians fitted to features ``a`` (N, F) and ``b`` (M, F)."""
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    mu1, mu2 = a.mean(0), b.mean(0)
    s1, s2 = np.cov(a, rowvar=False), np.cov(b, rowvar=False)
    # tr((Σ1 Σ2)^½) from the eigenvalues of Σ1^½ Σ2 Σ1^½ (symmetric, so eigh is exact and stable).
    vals, vecs = np.linalg.eigh(s1)
    root1 = (vecs * np.sqrt(np.clip(vals, 0, None))) @ vecs.T
    inner = np.linalg.eigvalsh(root1 @ s2 @ root1)
    covmean_trace = np.sqrt(np.clip(inner, 0, None)).sum()
    return float(((mu1 - mu2) ** 2).sum() + np.trace(s1) + np.trace(s2) - 2.0 * covmean_trace)


def class_share(classifier: TrainedClassifier, images: np.ndarray, requested: np.ndarray) -> float:
    """The share of ``images`` that the classifier puts in the ``requested`` class."""
    return float((classifier.predict(images) == np.asarray(requested)).mean())
