"""What a training or sampling job reports, as plain frozen data (floats, strings, numpy arrays; never tensors).

A training run yields RunStarted, then StepMetrics, EpochMetrics, Preview and CheckpointWritten as it goes,
and always Finished last ("completed", "stopped" or "failed" with its Failure). A sampling job yields
Samples, partial ones first.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from studio.core.tasks import Failure


@dataclass(frozen=True)
class RunStarted:
    run_id: str
    run_dir: str
    model: str
    dataset: str
    device: str
    epochs: int
    steps_per_epoch: int
    total_steps: int
    start_step: int
    resumed: bool = False
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class StepMetrics:
    step: int                  # optimiser steps done so far (1-based after the first step)
    epoch: float               # fractional epoch, e.g. 2.5 halfway through the third epoch
    time: float                # seconds of training in this run, pauses excluded
    terms: dict[str, float]    # loss terms averaged since the previous StepMetrics
    samples_per_s: float
    fraction: float            # share of the whole run done, 0..1
    eta_s: float | None


@dataclass(frozen=True)
class EpochMetrics:
    epoch: int                 # epochs completed
    step: int
    time: float
    train: dict[str, float]
    val: dict[str, float]


@dataclass(frozen=True)
class PreviewRow:
    name: str                  # the model's key, e.g. "outputs"
    title: str                 # what the user reads, e.g. "Reconstructions"
    data: np.ndarray           # as the preview's kind says: images (N, C, H, W) float32 in [0, 1], a roll...


@dataclass(frozen=True)
class Preview:
    """Something to show of what the model does now; ``kind`` says how to draw it.

    Kinds: "image_rows" (rows of images, e.g. inputs above their reconstructions), "image_grid" (one grid
    of samples), "piano_roll" (rows of (T, 128) rolls), "curve" (rows "x" and "y").
    """

    kind: str
    epoch: int
    step: int
    rows: tuple[PreviewRow, ...] = ()
    title: str = ""

    def row(self, name: str) -> np.ndarray | None:
        return next((r.data for r in self.rows if r.name == name), None)


@dataclass(frozen=True)
class Samples:
    """Samples from a sampling job: ``done`` of ``total`` units (pixels, tokens, images), partial until ``final``."""

    kind: str                  # as Preview.kind
    done: int
    total: int
    data: np.ndarray
    final: bool = False


@dataclass(frozen=True)
class CheckpointWritten:
    path: str
    epoch: int
    step: int


@dataclass(frozen=True)
class Finished:
    """Always the last event of a run."""

    run_dir: str
    status: str                # "completed", "stopped" or "failed"
    epochs_done: int
    step: int
    failure: Failure | None = None   # why it failed: one sentence for the user, details for the log
