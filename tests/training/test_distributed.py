"""Gradient averaging over ranks, as the engine does it for every optimiser (two gloo processes)."""

from __future__ import annotations

import os

import torch
import torch.distributed as dist
import torch.multiprocessing as mp


def _rank(rank: int, port: int, results) -> None:
    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
    dist.init_process_group("gloo", rank=rank, world_size=2)
    try:
        from studio.training.distributed import average_gradients, broadcast_module

        torch.manual_seed(rank)              # different weights on each rank ...
        layer = torch.nn.Linear(3, 2)
        broadcast_module(layer)              # ... until rank 0's are given to both
        frozen = torch.nn.Linear(1, 1)
        frozen.weight.requires_grad_(False)
        x = torch.full((4, 3), float(rank + 1))
        layer(x).sum().backward()            # each rank sees other data
        average_gradients(list(layer.parameters()) + list(frozen.parameters()), 2)
        results[rank] = (layer.weight.detach().clone(), layer.weight.grad.clone(), frozen.bias.grad.clone())
    finally:
        dist.destroy_process_group()


def test_gradients_are_the_mean_over_the_ranks_and_weights_start_equal():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with mp.Manager() as manager:
        results = manager.dict()
        mp.spawn(_rank, args=(port, results), nprocs=2, join=True)
        (w0, g0, b0), (w1, g1, b1) = results[0], results[1]
    assert torch.equal(w0, w1)
    # d(sum(Wx+b))/dW = sum over the batch of x: 4·1 on rank 0, 4·2 on rank 1; the mean is 6 everywhere.
    assert torch.equal(g0, g1) and torch.allclose(g0, torch.full((2, 3), 6.0))
    assert torch.equal(b0, b1) and torch.equal(b0, torch.zeros(1))   # a parameter with no gradient: zeros
