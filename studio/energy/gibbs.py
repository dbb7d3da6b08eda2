"""Gibbs chains of a trained RBM, as jobs: from noise (samples) or from given images (how the chain mixes).

Each job yields ``Samples`` events (numpy images in [0, 1]) every ``every`` steps and stops between
steps; the last one is ``final``. The chain itself is the model's (``RBM.gibbs``).
"""

from __future__ import annotations

from typing import Iterator

import numpy as np

from studio.core.events import Samples
from studio.core.tasks import TaskControl


def chain_from(model, images: np.ndarray, steps: int = 1000, every: int = 50, seed: int = 0,
               control: TaskControl | None = None) -> Iterator[Samples]:
    """Run one chain per image of ``images`` (N, C, H, W) in [0, 1], starting at the (binarised) image."""
    import torch

    from studio.models.rbm import binarize

    control = control or TaskControl()
    g = torch.Generator().manual_seed(seed)
    device = model.weight.device
    shape = tuple(model.config.image_shape)
    x = torch.as_tensor(np.asarray(images, dtype=np.float32)).reshape(len(images), -1).to(device)
    v = binarize(x, "threshold")
    done = 0
    with torch.no_grad():
        while done < steps:
            control.checkpoint()
            chunk = min(every, steps - done)
            v, probs = model.gibbs(v, chunk, g)
            done += chunk
            yield Samples("image_grid", done, steps, probs.view(-1, *shape).float().cpu().numpy(),
                          final=done >= steps)


def final_images(job: Iterator[Samples]) -> np.ndarray:
    """The last images a chain job gives."""
    last = None
    for last in job:
        pass
    return last.data
