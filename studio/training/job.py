"""The jobs the workers run for training and sampling (module-level, so a child process can import them)."""

from __future__ import annotations

import os
from dataclasses import asdict
from pathlib import Path
from typing import Any, Iterator

from studio.core.tasks import TaskControl

# What a training process imports while it waits for a job (the built-in digits are read with NumPy and Pillow).
PRELOAD = ("torch", "studio.training.session", "studio.models.registry", "studio.data.digits")


def training_threads() -> int:
    """CPU threads for torch while the window is open: all cores but one, which stays with the window."""
    return max(1, (os.cpu_count() or 1) - 1)


def window_threads() -> int:
    """CPU threads for torch in the window's own process (decoding on the GUI thread, opening a run).

    Half the cores, one on a 2-core machine: an operation split over two threads waits for the slower,
    and with the training on the other core that one waits for the scheduler. Decoding a manifold grid
    (225 digits, VAE) took 95–210 ms p50 with 2 threads against 2.5–9 ms with 1 (load 18).
    """
    return max(1, (os.cpu_count() or 1) // 2)


def new_run_spec(config: Any, workspace: Path | str) -> dict[str, Any]:
    """The ``training_job`` spec for a new run of ``config`` (a TrainConfig) in ``workspace``."""
    return {"kind": "new", "config": asdict(config), "workspace": str(workspace)}


def resume_spec(run: Path | str, epochs: int | None = None, device: str | None = None) -> dict[str, Any]:
    """The ``training_job`` spec that continues the run in folder ``run``."""
    return {"kind": "resume", "run": str(run), "epochs": epochs, "device": device}


def training_job(control: TaskControl, spec: dict[str, Any]) -> Iterator[object]:
    """Train a new run (see ``new_run_spec``) or resume one (see ``resume_spec``)."""
    import torch

    from studio.core.workspace import Run, Workspace
    from studio.training.config import TrainConfig
    from studio.training.precision import flush_denormals
    from studio.training.session import TrainingSession

    flush_denormals()   # before torch's thread pool starts, so that its threads inherit it
    torch.set_num_threads(training_threads())
    if spec["kind"] == "resume":
        session = TrainingSession.resume(Run(Path(spec["run"])), epochs=spec.get("epochs"),
                                         device=spec.get("device"))
    else:
        session = TrainingSession(TrainConfig.from_dict(spec["config"]), Workspace(Path(spec["workspace"])))
    yield from session.run(control)


def sampling_job(control: TaskControl, spec: dict[str, Any]) -> Iterator[object]:
    """Generate from a trained run: spec {"run": folder, "n": count, "checkpoint": "best", "seed": int,
    "condition": ..., "options": {...}}. Yields Samples, partial ones first; see ``sampling.sample_steps``."""
    from studio.core.workspace import Run
    from studio.training.precision import flush_denormals
    from studio.training.sampling import sample_steps
    from studio.training.trained import load_trained_model

    flush_denormals()
    model = load_trained_model(Run(Path(spec["run"])), spec.get("checkpoint", "best"), spec.get("device", "cpu"))
    yield from sample_steps(model, int(spec.get("n", 16)), control, spec.get("condition"),
                            spec.get("options"), spec.get("seed", 0))
