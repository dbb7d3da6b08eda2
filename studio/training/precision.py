"""The engine owns precision: autocast, loss scaling, clipping, and gradient averaging over ranks.

A model's ``training_step(batch, ctx, opt)`` calls ``opt.step(name, loss)`` for each of its optimisers.
That one call zeroes the optimiser's gradients, runs backward outside autocast with the scaled loss,
averages the gradients over the ranks, unscales them and clips them when asked, and steps through the
scaler. The engine then calls ``end_iteration()``: one ``scaler.update()`` per iteration, after every
optimiser has stepped, as PyTorch's mixed-precision recipe prescribes for several optimisers.
"""

from __future__ import annotations

from contextlib import nullcontext

from studio.core.errors import StudioError


def make_scaler(enabled: bool):
    """The gradient scaler (float16 on CUDA only; bfloat16 and float32 need none)."""
    import torch

    return torch.amp.GradScaler("cuda", enabled=enabled)


def flush_denormals() -> bool:
    """Treat subnormal floats as zero on the CPU (flush-to-zero and denormals-are-zero), in this thread and
    in the threads it starts from now on (torch's intra-op pool inherits it only if created after: call this
    before the first parallel operation of a process, as the training and sampling jobs do).

    Long runs drift into values below 1e-38 (weights and Adam's moments decaying towards zero), and x86
    CPUs handle those in microcode, tens of times slower: a 30-minute VAE soak slowed from 67 to 35 steps
    a second for that alone, and flushing brought the same late checkpoint back to 128 (bench_soak.py,
    docs/benchmarks.md). Values that small carry nothing a model needs. Returns whether the CPU took it."""
    import torch

    return bool(torch.set_flush_denormal(True))


class Precision:
    """Mixed precision on CUDA (bfloat16 where supported, else float16 with loss scaling); full elsewhere."""

    def __init__(self, device, amp: bool) -> None:
        import torch

        self.device = device
        self.enabled = bool(amp) and device.type == "cuda"
        self.dtype = (torch.bfloat16 if self.enabled and torch.cuda.is_bf16_supported() else torch.float16)
        self.scaler = make_scaler(self.enabled and self.dtype == torch.float16)

    def autocast(self):
        import torch

        return torch.autocast(self.device.type, dtype=self.dtype) if self.enabled else nullcontext()

    def outside_autocast(self):
        """Where backward runs: autocast switched off, even inside a step that runs under it."""
        import torch

        return torch.autocast(self.device.type, enabled=False) if self.enabled else nullcontext()


class StepOptimizers:
    """The ``opt`` a model's step receives: ``opt.step(name, loss)``; ``opt[name]`` is the optimiser."""

    def __init__(self, optimizers: dict, precision: Precision, clip: float = 0.0, world: int = 1) -> None:
        self.optimizers = optimizers
        self.precision = precision
        self.clip = clip
        self.world = world
        self._stepped = False

    def __getitem__(self, name: str):
        return self._get(name)

    def names(self) -> list[str]:
        return list(self.optimizers)

    def _get(self, name: str):
        try:
            return self.optimizers[name]
        except KeyError:
            raise StudioError(f"The model stepped an optimiser called '{name}' but has only: "
                              f"{', '.join(self.optimizers)}.") from None

    def step(self, name: str, loss, clip: float | None = None) -> None:
        """Backward ``loss`` and step optimiser ``name`` (``clip`` overrides the run's clipping norm)."""
        import torch

        opt = self._get(name)
        scaler = self.precision.scaler
        opt.zero_grad(set_to_none=True)
        with self.precision.outside_autocast():
            scaler.scale(loss).backward()
        norm = self.clip if clip is None else clip
        if self.world > 1 or (norm and norm > 0):   # the plain step (the hot path) needs no parameter list
            params = [p for group in opt.param_groups for p in group["params"]]
            if self.world > 1:
                from studio.training.distributed import average_gradients

                average_gradients(params, self.world)
            if norm and norm > 0:
                scaler.unscale_(opt)
                torch.nn.utils.clip_grad_norm_([p for p in params if p.grad is not None], norm)
        scaler.step(opt)
        self._stepped = True

    def end_iteration(self) -> None:
        """Once per iteration, after the model's step: adjust the loss scale (a no-op when disabled)."""
        if self._stepped:
            self.precision.scaler.update()
            self._stepped = False
