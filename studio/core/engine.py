"""The one trainer for every model: a generator that yields plain-data events.

Nothing here is specific to a model family: models plug in through ``studio.models.registry`` and the
``GenerativeModel`` interface. The trainer handles devices, mixed precision on CUDA, seeding, pause and
stop (through ``TaskControl``), a NaN/Inf guard, checkpoints that resume bit for bit, the metrics log,
and DistributedDataParallel when started by ``torchrun``.
"""

from __future__ import annotations

import math
import os
import time
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from studio.core import checkpoints as ckpt
from studio.core.devices import describe_device, resolve_device
from studio.core.errors import Cancelled, CheckpointError, DeviceError, StudioError
from studio.core.events import (CheckpointWritten, EpochMetrics, Failed, Finished, RunStarted, SampleImages,
                                StepMetrics)
from studio.core.images import make_grid, save_png
from studio.core.tasks import TaskControl
from studio.core.workspace import Run, Workspace


@dataclass
class TrainConfig:
    """How to train: which model on which data, for how long, and with what optimiser settings."""

    model: str = "vae"
    dataset: str = "digits"
    model_config: dict = field(default_factory=dict)
    epochs: int = 30               # the built-in digits: ~15 s on two CPU cores, digits clearly drawn by then
    batch_size: int = 64
    lr: float = 1e-3
    weight_decay: float = 0.0
    seed: int = 0
    device: str = "auto"
    amp: bool = True               # mixed precision, used on CUDA only
    val_fraction: float = 0.1
    preview_count: int = 8
    keep_checkpoints: int = 2
    log_points_per_epoch: int = 50  # how many StepMetrics records an epoch writes at most

    @classmethod
    def from_dict(cls, data: dict) -> "TrainConfig":
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def validate(self) -> None:
        if self.epochs < 1:
            raise StudioError("The number of epochs must be at least 1.")
        if self.batch_size < 1:
            raise StudioError("The batch size must be at least 1.")
        if not (self.lr > 0 and math.isfinite(self.lr)):
            raise StudioError("The learning rate must be a positive number, for example 0.001.")


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


class TrainingSession:
    """One training run, new or resumed. ``run(control)`` is the generator that does the work."""

    def __init__(self, config: TrainConfig, workspace: Workspace | None = None, *,
                 run: Run | None = None, split=None) -> None:
        config.validate()
        self.config = config
        self.workspace = workspace
        self.run_folder = run
        self._split = split
        self._resume_from: Path | None = None

    @classmethod
    def resume(cls, run: Run, epochs: int | None = None, device: str | None = None) -> "TrainingSession":
        """Continue ``run`` from its latest checkpoint, optionally to a new number of epochs."""
        latest = ckpt.latest_checkpoint(run.checkpoints_dir)
        if latest is None:
            raise CheckpointError(f"The run '{run.id}' has no checkpoint to resume from yet.")
        config = TrainConfig.from_dict(run.info()["train"])
        if epochs is not None:
            config.epochs = epochs
        if device is not None:
            config.device = device
        session = cls(config, run=run)
        session._resume_from = latest
        return session

    # The generator ---------------------------------------------------------------------------------

    def run(self, control: TaskControl | None = None) -> Iterator[object]:
        import torch

        from studio.data.importers import describe_spec, load_dataset
        from studio.models.registry import build_model

        control = control or TaskControl()
        cfg = self.config
        rank, world = dist_info()
        device = resolve_device(cfg.device)
        if device.type == "cuda" and device.index is None:
            device = torch.device("cuda", torch.cuda.current_device())

        split = self._split or load_dataset(cfg.dataset, cfg.val_fraction, cfg.seed)
        torch.manual_seed(cfg.seed)
        model = build_model(cfg.model, cfg.model_config, split.image_shape).to(device)
        if world > 1 and model.manual_optimization:
            raise StudioError(f"The {cfg.model} model trains with several optimisers, which the studio "
                              "does not yet spread over several processes; train it in one process.")
        optimizers = model.configure_optimizers(cfg.lr, cfg.weight_decay)
        self._optimizers = optimizers

        use_amp = cfg.amp and device.type == "cuda"
        amp_dtype = torch.bfloat16 if use_amp and torch.cuda.is_bf16_supported() else torch.float16
        scaler = torch.amp.GradScaler("cuda", enabled=use_amp and amp_dtype == torch.float16)
        autocast = (lambda: torch.autocast("cuda", dtype=amp_dtype)) if use_amp else nullcontext

        n_train = len(split.train)
        per_rank = n_train // world if world > 1 else n_train
        steps_per_epoch = max(1, math.ceil(per_rank / cfg.batch_size))
        total_steps = steps_per_epoch * cfg.epochs
        log_every = max(1, steps_per_epoch // max(1, cfg.log_points_per_epoch))

        step = 0
        start_epoch, start_batch = 0, 0
        time_before = 0.0
        best = math.inf
        resumed = self._resume_from is not None
        run = self.run_folder
        if resumed:
            tensors, state = ckpt.load_checkpoint(self._resume_from)
            self._restore(model, optimizers, scaler, tensors, state, device)
            step, start_epoch = state["step"], state["epoch"]
            start_batch = state.get("batch_in_epoch", 0)
            time_before = state.get("time", 0.0)
            best = state.get("best", math.inf)
            if rank == 0:
                run.truncate_metrics_after(step)
        elif rank == 0 or world == 1:
            if run is None:
                if self.workspace is None:
                    raise StudioError("No workspace folder was given for the new run.")
                run = self.workspace.new_run(cfg.model, cfg.dataset if cfg.dataset != "" else "digits")
        if world > 1 and not resumed:
            run = Run(Path(_broadcast_text(str(run.path) if rank == 0 else "", device)))
        self.run_folder = run
        is_main = rank == 0

        if is_main:
            info = {"id": run.id, "model": cfg.model, "dataset": cfg.dataset,
                    "dataset_title": describe_spec(cfg.dataset),
                    "model_config": model.config.to_dict(), "train": asdict(cfg),
                    "label_names": split.label_names, "image_shape": list(split.image_shape),
                    "status": "running", "device": describe_device(device), "world_size": world,
                    "pid": os.getpid(), "message": ""}
            if not resumed:
                info["created"] = time.time()
            run.update_info(**info)

        train_x = torch.from_numpy(split.train.images).to(device)        # (N, C, H, W) uint8
        train_y = torch.from_numpy(split.train.labels).to(device)
        val_x = torch.from_numpy(split.val.images).to(device)
        val_y = torch.from_numpy(split.val.labels).to(device)
        preview_n = min(cfg.preview_count, len(val_x))

        net = model
        if world > 1:
            from torch.nn.parallel import DistributedDataParallel

            net = DistributedDataParallel(model, device_ids=[device.index] if device.type == "cuda" else None)

        yield RunStarted(run.id, str(run.path), cfg.model, describe_spec(cfg.dataset), describe_device(device),
                         cfg.epochs, steps_per_epoch, total_steps, step, resumed,
                         tuple(getattr(split.train, "notes", []) or []))

        def backward(loss, name: str) -> None:
            opt = optimizers[name]
            opt.zero_grad(set_to_none=True)
            scaler.scale(loss).backward()
            scaler.step(opt)
            scaler.update()

        first_step = step
        t_active = 0.0
        t_mark = time.perf_counter()
        last_good_epoch = start_epoch if resumed else None
        sums: dict[str, Any] = {}
        epoch_sums: dict[str, Any] = {}
        count = epoch_count = 0
        seen_since = 0
        t_since = time.perf_counter()
        pending: list[dict] = []
        epoch = start_epoch
        batches_done = start_batch  # in the current epoch
        try:
            for epoch in range(start_epoch, cfg.epochs):
                model.train()
                g = torch.Generator().manual_seed(cfg.seed * 1_000_003 + epoch)
                perm = torch.randperm(n_train, generator=g)
                if world > 1:
                    perm = perm[: per_rank * world][rank::world]
                perm = perm.to(device)
                first = start_batch if epoch == start_epoch else 0
                batches_done = first
                if first == 0:
                    epoch_sums, epoch_count = {}, 0
                for batch in range(first, steps_per_epoch):
                    if control.paused:
                        t_active += time.perf_counter() - t_mark
                        control.checkpoint()
                        t_mark = t_since = time.perf_counter()
                        seen_since = 0
                    else:
                        control.checkpoint()
                    idx = perm[batch * cfg.batch_size:(batch + 1) * cfg.batch_size]
                    x = train_x[idx].float().div_(255.0)                   # (B, C, H, W) in [0, 1]
                    y = train_y[idx]
                    if model.manual_optimization:
                        with autocast():
                            terms = model.manual_step(x, y, optimizers, backward)
                    else:
                        with autocast():
                            terms = net(x, y)
                        backward(terms["loss"], "main")
                    step += 1
                    batches_done = batch + 1
                    seen_since += len(idx) * world
                    for k, v in terms.items():
                        v = v.detach().float()
                        sums[k] = sums.get(k, 0.0) + v
                        epoch_sums[k] = epoch_sums.get(k, 0.0) + v
                    count += 1
                    epoch_count += 1
                    if step % log_every == 0 or batch == steps_per_epoch - 1:
                        means = {k: float(v) / count for k, v in sums.items()}
                        sums, count = {}, 0
                        bad = [k for k, v in means.items() if not math.isfinite(v)]
                        if bad:
                            yield from self._diverged(run, step, epoch, bad, means, last_good_epoch, is_main)
                            return
                        now = time.perf_counter()
                        elapsed = time_before + t_active + (now - t_mark)
                        rate = seen_since / max(now - t_since, 1e-9)
                        seen_since, t_since = 0, now
                        frac_epoch = epoch + (batch + 1) / steps_per_epoch
                        this_session = step - first_step
                        active_now = t_active + (now - t_mark)
                        eta = active_now / this_session * (total_steps - step) if this_session > 0 else None
                        if is_main:
                            pending.append({"kind": "step", "step": step, "epoch": round(frac_epoch, 4),
                                            "time": round(elapsed, 3), "terms": means})
                            if len(pending) >= 10 or batch == steps_per_epoch - 1:
                                run.append_metrics(pending)
                                pending = []
                        yield StepMetrics(step, frac_epoch, elapsed, means, rate, step / total_steps, eta)

                # End of epoch: validate, preview, checkpoint (on the main process only).
                train_means = {k: float(v) / max(epoch_count, 1) for k, v in epoch_sums.items()}
                if is_main:
                    val = self._validate(model, val_x, val_y, autocast, device)
                    bad = [k for k, v in val.items() if not math.isfinite(v)]
                    if bad or not _params_finite(model):
                        yield from self._diverged(run, step, epoch, bad or ["weights"], val, last_good_epoch, True)
                        return
                    now = time.perf_counter()
                    elapsed = time_before + t_active + (now - t_mark)
                    run.append_metrics(pending + [{"kind": "epoch", "epoch": epoch + 1, "step": step,
                                                   "time": round(elapsed, 3), "train": train_means,
                                                   "val": val}])
                    pending = []
                    yield EpochMetrics(epoch + 1, step, elapsed, train_means, val)
                    images = self._preview(model, val_x[:preview_n], val_y[:preview_n], autocast)
                    run.samples_dir.mkdir(parents=True, exist_ok=True)
                    save_png(run.samples_dir / f"epoch-{epoch + 1:04d}.png",
                             make_grid([images.get("inputs"), images.get("outputs"), images.get("samples")]),
                             scale=2)
                    yield SampleImages(epoch + 1, step, images)
                    score = val.get(model.monitor, val.get("loss", math.inf))
                    is_best = score < best
                    best = min(best, score)
                    state = self._state(cfg, model, step, epoch + 1, 0, elapsed, best)
                    tensors = self._tensors(model, optimizers, scaler)
                    path = ckpt.save_checkpoint(run.checkpoints_dir, f"epoch-{epoch + 1:04d}", tensors, state,
                                                keep=cfg.keep_checkpoints)
                    if is_best:
                        ckpt.save_checkpoint(run.checkpoints_dir, "best", tensors, state)
                    last_good_epoch = epoch + 1
                    run.update_info(epochs_done=epoch + 1, steps_done=step, time=elapsed,
                                    last_val=val, best=best)
                    yield CheckpointWritten(str(path), epoch + 1, step)
                start_batch = 0
            status = "completed"
        except Cancelled:
            status = "stopped"
        except Exception as exc:
            if is_main and run is not None:
                message = self._friendly(exc, cfg)
                run.update_info(status="failed", message=message)
                if isinstance(exc, StudioError) or "out of memory" in str(exc).lower():
                    raise StudioError(message) from exc
            raise

        elapsed = time_before + t_active + (time.perf_counter() - t_mark)
        if is_main:
            if pending:
                run.append_metrics(pending)
            if status == "stopped" and step > 0 and _params_finite(model):
                # Keep everything up to this batch so that Resume continues exactly from here.
                # (Cancelled is only raised before a batch, so batches_done < steps_per_epoch here.)
                next_batch, ep = batches_done, epoch
                if next_batch or ep > (last_good_epoch or 0):
                    state = self._state(cfg, model, step, ep, next_batch, elapsed, best)
                    path = ckpt.save_checkpoint(run.checkpoints_dir, f"epoch-{ep:04d}-step-{step:07d}",
                                                self._tensors(model, optimizers, scaler), state,
                                                keep=cfg.keep_checkpoints)
                    yield CheckpointWritten(str(path), ep, step)
            run.update_info(status=status, steps_done=step, time=elapsed,
                            epochs_done=epoch + 1 if status == "completed" else run.info().get("epochs_done", 0))
        yield Finished(str(run.path), status, epoch + 1 if status == "completed" else epoch, step)

    # Helpers ---------------------------------------------------------------------------------------

    def _diverged(self, run, step, epoch, bad, values, last_good_epoch, is_main):
        what = "became NaN" if any(not math.isfinite(values.get(k, math.nan)) and
                                   math.isnan(values.get(k, math.nan)) for k in bad) else "became infinite"
        kept = (f"The last good checkpoint (epoch {last_good_epoch}) was kept."
                if last_good_epoch else "No checkpoint had been written yet.")
        message = (f"Training stopped at step {step} (epoch {epoch + 1}): the {', '.join(bad)} {what}. "
                   f"{kept} Try a lower learning rate.")
        if is_main:
            run.update_info(status="failed", message=message)
        yield Failed(str(run.path), message)

    @staticmethod
    def _friendly(exc: Exception, cfg: TrainConfig) -> str:
        from studio.core.errors import user_message

        if "out of memory" in str(exc).lower():
            return (f"The GPU ran out of memory with batch size {cfg.batch_size}. Try a smaller batch size "
                    "or model, or train on the CPU.")
        return user_message(exc)

    def _validate(self, model, val_x, val_y, autocast, device) -> dict[str, float]:
        import torch

        model.eval()
        sums: dict[str, float] = {}
        n = 0
        bs = max(self.config.batch_size, 256)
        # Validation draws its own random numbers, so it neither disturbs nor depends on training's.
        devices = [device] if device.type == "cuda" else []
        with torch.random.fork_rng(devices=devices), torch.no_grad():
            torch.manual_seed(self.config.seed + 7)
            for i in range(0, len(val_x), bs):
                x = val_x[i:i + bs].float().div_(255.0)
                with autocast():
                    terms = model.validation_step(x, val_y[i:i + bs])
                for k, v in terms.items():
                    sums[k] = sums.get(k, 0.0) + float(v) * len(x)
                n += len(x)
        model.train()
        return {k: v / max(n, 1) for k, v in sums.items()}

    @staticmethod
    def _preview(model, x, y, autocast) -> dict[str, np.ndarray]:
        import torch

        model.eval()
        with torch.no_grad(), autocast():
            images = model.preview(x.float().div(255.0), y)
        model.train()
        return {k: v.detach().float().clamp(0, 1).cpu().numpy() for k, v in images.items()}

    @staticmethod
    def _tensors(model, optimizers, scaler) -> dict:
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

    def _state(self, cfg, model, step, epoch, batch_in_epoch, elapsed, best) -> dict:
        optim_meta = {}
        # Optimiser hyper-parameters go to JSON; their tensors went to safetensors.
        for name, opt in self._optimizers_of(model).items():
            optim_meta[name] = ckpt.optimizer_to_flat(name, opt)[1]
        return {"model": cfg.model, "model_config": model.config.to_dict(), "train": asdict(cfg),
                "step": step, "epoch": epoch, "batch_in_epoch": batch_in_epoch, "time": elapsed,
                "best": best if math.isfinite(best) else None, "optimizers": optim_meta}

    def _optimizers_of(self, model):
        return self._optimizers

    def _restore(self, model, optimizers, scaler, tensors, state, device) -> None:
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


def _params_finite(model) -> bool:
    import torch

    return all(bool(torch.isfinite(p).all()) for p in model.parameters())


def _broadcast_text(text: str, device) -> str:
    """Send a short string from rank 0 to every rank (as a byte tensor: no pickling)."""
    import torch
    import torch.distributed as dist

    buf = torch.zeros(1024, dtype=torch.uint8, device=device)
    if dist.get_rank() == 0:
        data = text.encode("utf-8")[:1024]
        buf[: len(data)] = torch.tensor(list(data), dtype=torch.uint8)
    dist.broadcast(buf, 0)
    return bytes(buf.cpu().tolist()).rstrip(b"\x00").decode("utf-8")
