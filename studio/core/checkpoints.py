"""Checkpoints as safetensors plus JSON, written atomically; nothing is ever unpickled.

A checkpoint is a folder ``checkpoints/<name>/`` holding ``tensors.safetensors`` (model weights,
optimiser state, RNG states) and ``state.json`` (model family and config, training config, epoch, step,
optimiser hyper-parameters). The folder is built under a temporary name and renamed into place, then
``checkpoints/latest.json`` is atomically pointed at it, so a crash at any moment leaves the previous
checkpoint whole.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from studio.core import atomic
from studio.core.errors import CheckpointError

TENSORS = "tensors.safetensors"
STATE = "state.json"
LATEST = "latest.json"
FORMAT = 1


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def save_checkpoint(folder: Path, name: str, tensors: dict, state: dict, keep: int = 2,
                    protect: tuple[str, ...] = ("best",)) -> Path:
    """Write checkpoint ``name`` under ``folder`` and point latest.json at it; keep the newest ``keep``."""
    from safetensors.torch import save_file

    folder.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=folder))
    try:
        tensors = {k: v.detach().to("cpu").contiguous().clone() for k, v in tensors.items()}
        save_file(tensors, str(tmp / TENSORS), metadata={"format": "studio", "version": str(FORMAT)})
        with open(tmp / TENSORS, "rb") as fh:
            os.fsync(fh.fileno())
        atomic.write_json(tmp / STATE, {"format": FORMAT, **state})
        final = folder / name
        if final.exists():
            old = folder / f".{name}.old"
            shutil.rmtree(old, ignore_errors=True)
            os.replace(final, old)
            os.replace(tmp, final)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, final)
        _fsync_dir(folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if name not in protect:
        atomic.write_json(folder / LATEST, {"name": name})
        _prune(folder, keep, protect + (name,))
    return folder / name


def _prune(folder: Path, keep: int, protect: tuple[str, ...]) -> None:
    regular = sorted((p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")
                      and p.name not in protect), key=lambda p: p.name)
    for old in regular[: max(0, len(regular) - (keep - 1))]:
        shutil.rmtree(old, ignore_errors=True)


def latest_checkpoint(folder: Path) -> Path | None:
    """The folder latest.json points at, or None when the run has none yet."""
    pointer = folder / LATEST
    try:
        name = json.loads(pointer.read_text(encoding="utf-8"))["name"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    path = folder / name
    return path if (path / TENSORS).exists() and (path / STATE).exists() else None


def load_checkpoint(path: Path, device: str = "cpu") -> tuple[dict, dict[str, Any]]:
    """Read (tensors, state) from a checkpoint folder; a damaged one raises CheckpointError."""
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    try:
        state = json.loads((path / STATE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CheckpointError(f"The checkpoint '{path.name}' has no {STATE}; it is incomplete.") from None
    except (OSError, ValueError):
        raise CheckpointError(f"The checkpoint '{path.name}' is damaged: its {STATE} cannot be read.") from None
    if not isinstance(state, dict) or state.get("format") != FORMAT:
        raise CheckpointError(f"The checkpoint '{path.name}' was written by another version of the studio.")
    try:
        tensors = load_file(str(path / TENSORS), device=device)
    except FileNotFoundError:
        raise CheckpointError(f"The checkpoint '{path.name}' has no weights file; it is incomplete.") from None
    except (SafetensorError, OSError, ValueError, RuntimeError):
        raise CheckpointError(f"The checkpoint '{path.name}' is damaged: its weights cannot be read.") from None
    return tensors, state


# Optimiser state <-> flat tensors + JSON ------------------------------------------------------------

def optimizer_to_flat(name: str, optimizer) -> tuple[dict, dict]:
    """Split an optimiser's state_dict into safetensors-friendly tensors and JSON-friendly values."""
    import torch

    sd = optimizer.state_dict()
    tensors: dict[str, Any] = {}
    scalars: dict[str, dict] = {}
    for pid, pstate in sd["state"].items():
        for key, value in pstate.items():
            if isinstance(value, torch.Tensor):
                tensors[f"optim.{name}.{pid}.{key}"] = value
            else:
                scalars.setdefault(str(pid), {})[key] = value
    return tensors, {"param_groups": sd["param_groups"], "scalars": scalars}


def optimizer_from_flat(name: str, optimizer, tensors: dict, meta: dict) -> None:
    state: dict[int, dict] = {}
    prefix = f"optim.{name}."
    for key, value in tensors.items():
        if key.startswith(prefix):
            pid, field = key[len(prefix):].split(".", 1)
            state.setdefault(int(pid), {})[field] = value
    for pid, values in meta.get("scalars", {}).items():
        state.setdefault(int(pid), {}).update(values)
    optimizer.load_state_dict({"state": state, "param_groups": meta["param_groups"]})
