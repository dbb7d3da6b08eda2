"""What a checkpoint holds beside the weights: optimisers, random states, the loss scale, the position."""

from __future__ import annotations

import math
from dataclasses import asdict

from studio.core import checkpoints as ckpt
from studio.core.errors import CheckpointError

# Raised when what a checkpoint's JSON holds changes; version 2: model-owned steps, DataSpec in the state.
STATE_FORMAT = 2


def checkpoint_tensors(model, optimizers: dict, scaler) -> dict:
    """Every tensor a checkpoint needs, under flat names (``model.*``, ``optim.*``, ``rng.*``, ``scaler.*``)."""
    import torch

    tensors = {f"model.{k}": v for k, v in model.state_dict().items()}
    for name, opt in optimizers.items():
        tensors.update(ckpt.optimizer_to_flat(name, opt)[0])
    tensors["rng.cpu"] = torch.get_rng_state()
    if torch.cuda.is_available() and torch.cuda.is_initialized():
        for i, s in enumerate(torch.cuda.get_rng_state_all()):
            tensors[f"rng.cuda.{i}"] = s
    if scaler.is_enabled():
        tensors["scaler.scale"] = torch.tensor([scaler.get_scale()])
    return tensors


def checkpoint_state(cfg, model, optimizers: dict, position: dict, spec, format_version: int) -> dict:
    """The JSON half: configs, where training stands (step, epoch, batch, time, best) and formats."""
    best = position.get("best", math.inf)
    return {"model": cfg.model, "model_config": model.config.to_dict(), "train": asdict(cfg),
            "data_spec": spec.to_dict() if spec is not None else None,
            "state_format": STATE_FORMAT, "model_format": format_version,
            **position, "best": best if math.isfinite(best) else None,
            "optimizers": {name: ckpt.optimizer_to_flat(name, opt)[1] for name, opt in optimizers.items()}}


def restore(model, optimizers: dict, scaler, tensors: dict, state: dict, device) -> None:
    """Put a checkpoint back into a freshly built model, its optimisers, the random states and the scaler."""
    import torch

    weights = {k[len("model."):]: v for k, v in tensors.items() if k.startswith("model.")}
    try:
        model.load_state_dict(weights)
    except RuntimeError:
        raise CheckpointError("The checkpoint does not fit this model (its weights have other shapes).") from None
    for name, opt in optimizers.items():
        meta = (state.get("optimizers") or {}).get(name)
        if meta:
            moved = {k: v.to(device) if not k.endswith(".step") else v for k, v in tensors.items()
                     if k.startswith(f"optim.{name}.")}
            ckpt.optimizer_from_flat(name, opt, moved, meta)
    if "rng.cpu" in tensors:
        torch.set_rng_state(tensors["rng.cpu"].to(torch.uint8))
    cuda_states = [tensors[k] for k in sorted(t for t in tensors if t.startswith("rng.cuda."))]
    if cuda_states and torch.cuda.is_available():
        torch.cuda.set_rng_state_all([s.to(torch.uint8) for s in cuda_states][: torch.cuda.device_count()])
    if "scaler.scale" in tensors and scaler.is_enabled():
        scaler.update(float(tensors["scaler.scale"][0]))
    if state.get("best") is None:
        state["best"] = math.inf


def params_finite(model) -> bool:
    import torch

    return all(bool(torch.isfinite(p).all()) for p in model.parameters())


def choose_checkpoint(run, name: str | None = None) -> tuple:
    """The checkpoint to resume ``run`` from, and a note when it is not the one latest.json names.

    ``name`` picks one by its folder name. Otherwise latest.json's; when that is missing, damaged or
    points at a damaged checkpoint, the newest checkpoint (by step) that loads.
    """
    import json

    folder = run.checkpoints_dir
    found = sorted(p.name for p in folder.iterdir() if (p / ckpt.TENSORS).exists()) if folder.is_dir() else []
    if name is not None:
        if name not in found:
            raise CheckpointError(f"The run '{run.id}' has no checkpoint called '{name}'"
                                  + (f"; it has: {', '.join(found)}." if found else "."))
        if not _readable(folder / name):
            raise CheckpointError(f"The checkpoint '{name}' of run '{run.id}' is damaged; choose another.")
        return folder / name, f"Resumed from the checkpoint {name}, as asked."
    latest = ckpt.latest_checkpoint(folder)
    if latest is not None and _readable(latest):
        return latest, ""

    def step_of(path) -> int:
        try:
            return int(json.loads((path / ckpt.STATE).read_text(encoding="utf-8")).get("step", -1))
        except (OSError, ValueError, TypeError, AttributeError):
            return -1

    # The newest first; at the same step a regular checkpoint before "best" (its copy).
    for path in sorted((folder / n for n in found), key=lambda p: (step_of(p), p.name != "best"), reverse=True):
        if not _readable(path):
            continue
        why = ("The run's latest.json is missing or damaged" if latest is None
               else f"The run's checkpoint {latest.name} is damaged")
        return path, f"{why}; resumed from {path.name}, the newest checkpoint that loads."
    raise CheckpointError(f"The run '{run.id}' has no checkpoint to resume from yet."
                          if not found else f"None of the checkpoints of run '{run.id}' can be read; it cannot "
                          "be resumed.")


def _readable(path) -> bool:
    """Whether a checkpoint's JSON and its weights' header read (the weights themselves are not loaded:
    this runs before a resume starts, on the GUI thread too)."""
    import json

    from safetensors import safe_open

    try:
        state = json.loads((path / ckpt.STATE).read_text(encoding="utf-8"))
        if not isinstance(state, dict) or state.get("format") != ckpt.FORMAT:
            return False
        with safe_open(str(path / ckpt.TENSORS), framework="pt") as weights:
            return bool(list(weights.keys()))
    except Exception:  # noqa: BLE001 - any failure to read means: not this one
        return False
