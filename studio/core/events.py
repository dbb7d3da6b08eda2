"""What a training run reports, as plain frozen data (floats, strings, numpy arrays; never tensors)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


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
class SampleImages:
    epoch: int
    step: int
    # Each (N, C, H, W) float32 in [0, 1]; "inputs" and "outputs" are paired, "samples" stand alone.
    images: dict[str, np.ndarray] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckpointWritten:
    path: str
    epoch: int
    step: int


@dataclass(frozen=True)
class Finished:
    run_dir: str
    status: str                # "completed" or "stopped"
    epochs_done: int
    step: int


@dataclass(frozen=True)
class Failed:
    run_dir: str
    message: str               # one sentence for the user
