"""Loading a trained model back from its run folder (the checkpoint carries its own config)."""

from __future__ import annotations

from pathlib import Path

from studio.core import checkpoints as ckpt
from studio.core.errors import CheckpointError
from studio.core.workspace import Run


def checkpoint_path(run: Run, which: str = "best") -> Path:
    """The folder of checkpoint ``which`` ("best", "latest" or a name); falls back from best to latest."""
    if which == "best" and (run.checkpoints_dir / "best" / ckpt.TENSORS).exists():
        return run.checkpoints_dir / "best"
    if which in ("best", "latest"):
        latest = ckpt.latest_checkpoint(run.checkpoints_dir)
        if latest is None:
            raise CheckpointError(f"The run '{run.id}' has no checkpoint yet: train it for at least one epoch.")
        return latest
    path = run.checkpoints_dir / which
    if not path.is_dir():
        raise CheckpointError(f"The run '{run.id}' has no checkpoint called '{which}'.")
    return path


def load_trained_model(run: Run, which: str = "best", device: str = "cpu"):
    """Rebuild the model of ``run`` from a checkpoint alone; returns it in eval mode on ``device``."""
    from studio.models.registry import build_model, get_entry

    tensors, state = ckpt.load_checkpoint(checkpoint_path(run, which), device=device)
    entry = get_entry(state["model"])
    if int(state.get("model_format", 1)) > entry.format_version:
        raise CheckpointError(f"The run '{run.id}' was saved by a newer version of the studio's "
                              f"{entry.title}; update the studio to open it.")
    # A setting added after the run was saved takes the value the run was trained with; a family's
    # upgrade reads a checkpoint of an older format.
    saved = entry.config_cls.with_added_settings(state["model_config"])
    model = build_model(state["model"], entry.config_cls.upgrade(saved, int(state.get("model_format", 1))))
    weights = {k[len("model."):]: v for k, v in tensors.items() if k.startswith("model.")}
    try:
        model.load_state_dict(weights)
    except RuntimeError:
        raise CheckpointError(f"The checkpoint of run '{run.id}' does not fit its model; it may be damaged.") from None
    return model.to(device).eval()
