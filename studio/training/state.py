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
