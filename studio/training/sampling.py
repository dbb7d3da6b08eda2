"""Sampling as a job of its own: a model's ``sample`` generator driven step by step, stoppable between steps.

A model that generates one pixel or one token at a time yields its partial samples as it goes; this
module turns each step into a plain-data ``Samples`` event (numpy, never tensors) and checks the
control between steps, so that Stop takes effect at once and the partial result so far is kept.
"""

from __future__ import annotations

import time
from typing import Any, Iterator

from studio.core.events import Samples
from studio.core.tasks import TaskControl


def sample_steps(model, n: int, control: TaskControl | None = None, condition: Any = None,
                 options: dict | None = None, seed: int | None = 0) -> Iterator[Samples]:
    """Run ``model.sample(n, …)``; yield a Samples per step (``final`` on the last one)."""
    import torch

    control = control or TaskControl()
    generator = torch.Generator().manual_seed(seed) if seed is not None else None
    kind = getattr(model, "preview_kind", "image_rows")
    model.eval()
    steps = model.sample(n, condition, options, generator=generator)
    try:
        for step in steps:
            control.checkpoint()
            data = step.samples.detach().float().cpu().numpy()
            yield Samples(kind, step.done, step.total, data, final=step.done >= step.total)
    finally:
        steps.close()


def last_within(steps: Iterator, seconds: float):
    """The last item ``steps`` gives within ``seconds`` (at least one): a preview's time budget."""
    deadline = time.perf_counter() + seconds
    last = None
    try:
        for last in steps:
            if time.perf_counter() >= deadline:
                break
    finally:
        close = getattr(steps, "close", None)
        if close is not None:
            close()
    return last
