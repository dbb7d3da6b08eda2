"""Picking the compute device: CUDA, else Apple MPS, else the CPU, with a user override."""

from __future__ import annotations

from studio.core.errors import DeviceError

DEVICE_CHOICES = ("auto", "cuda", "mps", "cpu")


def resolve_device(name: str = "auto"):
    """Return a ``torch.device`` for ``name`` ("auto", "cuda", "cuda:1", "mps" or "cpu").

    Raises DeviceError with a plain sentence when the requested device is not there.
    """
    import torch

    name = (name or "auto").strip().lower()
    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda")
        if _mps_available():
            return torch.device("mps")
        return torch.device("cpu")
    if name.startswith("cuda"):
        if not torch.cuda.is_available():
            raise DeviceError("No CUDA GPU was found on this computer. Choose 'auto' or 'cpu' as the device, "
                              "or install the CUDA build of PyTorch and an NVIDIA driver.")
        dev = torch.device(name)
        if dev.index is not None and dev.index >= torch.cuda.device_count():
            raise DeviceError(f"There is no GPU number {dev.index}; this computer has "
                              f"{torch.cuda.device_count()} CUDA GPU(s).")
        return dev
    if name == "mps":
        if not _mps_available():
            raise DeviceError("Apple's Metal (MPS) device is not available here. Choose 'auto' or 'cpu'.")
        return torch.device("mps")
    if name == "cpu":
        return torch.device("cpu")
    raise DeviceError(f"Unknown device '{name}'. Choose one of: auto, cuda, mps, cpu.")


def _mps_available() -> bool:
    import torch

    backend = getattr(torch.backends, "mps", None)
    return bool(backend is not None and backend.is_available())


def describe_device(device) -> str:
    """A short human name, for example 'NVIDIA H100 (cuda:0)' or 'CPU (2 threads)'."""
    import torch

    if device.type == "cuda":
        index = device.index if device.index is not None else torch.cuda.current_device()
        return f"{torch.cuda.get_device_name(index)} (cuda:{index})"
    if device.type == "mps":
        return "Apple GPU (mps)"
    n = torch.get_num_threads()
    return f"CPU ({n} thread{'' if n == 1 else 's'})"
