"""Several processes under torchrun: joining the group, and what the engine shares between ranks.

The engine does not wrap models in DistributedDataParallel: a model owns its step and may step several
optimisers, each after its own backward, which DDP's one-forward-one-backward hooks do not follow. The
gradients of each optimiser are averaged over the ranks right before it steps (``average_gradients``),
which is what DDP computes, for any number of optimisers.
"""

from __future__ import annotations

import os


def dist_info() -> tuple[int, int]:
    """(rank, world size) of the running process group, or (0, 1) when not distributed."""
    import torch.distributed as dist

    if dist.is_available() and dist.is_initialized():
        return dist.get_rank(), dist.get_world_size()
    return 0, 1


def init_distributed_from_env(device: str = "auto") -> str:
    """Join the process group torchrun describes (gloo on CPU, NCCL on CUDA); return the device to use."""
    import torch
    import torch.distributed as dist

    if int(os.environ.get("WORLD_SIZE", "1")) <= 1 or dist.is_initialized():
        return device
    local_rank = int(os.environ.get("LOCAL_RANK", "0"))
    use_cuda = torch.cuda.is_available() and device in ("auto", "cuda")
    if use_cuda:
        torch.cuda.set_device(local_rank)
        dist.init_process_group("nccl")
        return f"cuda:{local_rank}"
    dist.init_process_group("gloo")
    return "cpu"


def broadcast_module(module) -> None:
    """Give every rank rank 0's weights and buffers (the replicas start the same, as DDP's do)."""
    import torch.distributed as dist

    for tensor in list(module.parameters()) + list(module.buffers()):
        dist.broadcast(tensor.data, 0)


def average_gradients(params, world: int) -> None:
    """All-reduce the gradients of ``params`` into their mean over the ranks, in one flat message."""
    import torch
    import torch.distributed as dist

    params = [p for p in params if p.requires_grad]
    if not params:
        return
    for p in params:
        if p.grad is None:        # every rank must send the same layout
            p.grad = torch.zeros_like(p)
    flat = torch.cat([p.grad.reshape(-1) for p in params])
    dist.all_reduce(flat)
    flat /= world
    offset = 0
    for p in params:
        n = p.grad.numel()
        p.grad.copy_(flat[offset:offset + n].view_as(p.grad))
        offset += n


def broadcast_text(text: str, device) -> str:
    """Send a short string from rank 0 to every rank (as a byte tensor: no pickling)."""
    import torch
    import torch.distributed as dist

    buf = torch.zeros(1024, dtype=torch.uint8, device=device)
    if dist.get_rank() == 0:
        data = text.encode("utf-8")[:1024]
        buf[: len(data)] = torch.tensor(list(data), dtype=torch.uint8)
    dist.broadcast(buf, 0)
    return bytes(buf.cpu().tolist()).rstrip(b"\x00").decode("utf-8")


def shutdown_distributed(together: bool) -> None:
    """Leave the process group. After a run that ended well every rank waits for the others first: a
    rank that tore its group down while rank 0 was still writing the last checkpoint sometimes aborted in
    gloo ("terminate called without an active exception", about 1 run in 12 of tests/core/test_cli.py's
    torchrun test; none in 50 with the wait). After a failure a rank leaves at once, for the others may
    never arrive; torchrun then stops them."""
    import torch.distributed as dist

    if dist.is_available() and dist.is_initialized():
        if together:
            dist.barrier()
        dist.destroy_process_group()
