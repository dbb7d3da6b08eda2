"""The one trainer for every model: a generator that yields plain-data events.

Nothing here is specific to a model family. A model owns its step (``training_step(batch, ctx, opt)``);
the engine owns the rest: devices, data order, precision (``precision.py``), pause and stop (through
``TaskControl``), a NaN/Inf guard, checkpoints that resume bit for bit, the metrics log, previews, and
gradient averaging when started by ``torchrun``. The run always ends with a ``Finished`` event.
"""

from __future__ import annotations

import math
import os
import time
import traceback
from pathlib import Path
from typing import Iterator

from studio.core import checkpoints as ckpt
from studio.core.devices import describe_device, resolve_device
from studio.core.errors import Cancelled, CheckpointError, DataError, StudioError, user_message
from studio.core.events import CheckpointWritten, EpochMetrics, Finished, RunStarted, StepMetrics
from studio.core.tasks import Failure, TaskControl
from studio.core.workspace import Run, Workspace
from studio.data.sources import SourceSplit, as_sources, index_batches
from studio.models.base import StepContext
from studio.training import state as st
from studio.training.config import TrainConfig
from studio.training.distributed import broadcast_module, broadcast_text, dist_info
from studio.training.metrics import Clock, MetricsLog, TermSums, Throughput, non_finite
from studio.training.precision import Precision, StepOptimizers, flush_denormals
from studio.training.previews import make_preview, save_preview_png


class Diverged(StudioError):
    """A loss or a weight became NaN or infinite."""


class TrainingSession:
    """One training run, new or resumed. ``run(control)`` is the generator that does the work."""

    def __init__(self, config: TrainConfig, workspace: Workspace | None = None, *,
                 run: Run | None = None, split: SourceSplit | None = None) -> None:
        config.validate()
        self.config = config
        self.workspace = workspace
        self.run_folder = run
        self._split = split
        self._resume_from: Path | None = None
        self.resume_note = ""

    @classmethod
    def resume(cls, run: Run, epochs: int | None = None, device: str | None = None,
               split: SourceSplit | None = None, checkpoint: str | None = None) -> "TrainingSession":
        """Continue ``run`` from its latest checkpoint (or ``checkpoint``, by name), optionally to a new
        number of epochs (``split``: the data already loaded, else loaded as the run's config says).

        A damaged latest.json, or a damaged latest checkpoint, falls back to the newest one that loads;
        the run's first event says which (``resume_note``)."""
        path, note = st.choose_checkpoint(run, checkpoint)
        config = TrainConfig.from_dict(run.info()["train"])
        saved = run.info().get("model_config") or {}
        if saved:
            # A setting the run's saved config does not know was added later: keep the run as it was trained.
            from studio.models.registry import get_entry

            config.model_config = get_entry(config.model).config_cls.with_added_settings(saved, config.model_config)
        if epochs is not None:
            config.epochs = epochs
        if device is not None:
            config.device = device
        session = cls(config, run=run, split=split)
        session._resume_from = path
        session.resume_note = note
        return session

    # The generator ---------------------------------------------------------------------------------

    def run(self, control: TaskControl | None = None) -> Iterator[object]:
        """Train, yielding RunStarted, StepMetrics, EpochMetrics, Preview, CheckpointWritten; Finished last."""
        self.control = control or TaskControl()
        self.rank, self.world = dist_info()
        self.is_main = self.rank == 0
        self.step = self.epoch = self.batches_done = 0
        self.last_good_epoch: int | None = None
        try:
            yield self._setup()
            yield from self._train()
            status, failure = "completed", None
        except Cancelled:
            status, failure = "stopped", None
        except Exception as exc:  # noqa: BLE001 - the run reports every failure as its last event
            status, failure = "failed", self._failure(exc)
        yield from self._finish(status, failure)

    # Setting up ------------------------------------------------------------------------------------

    def _setup(self) -> RunStarted:
        import torch

        from studio.data.importers import describe_spec, load_sources
        from studio.models.registry import build_model, get_entry

        cfg = self.config
        device = resolve_device(cfg.device)
        if device.type == "cuda" and device.index is None:
            device = torch.device("cuda", torch.cuda.current_device())
        self.device = device
        flush_denormals()
        self.entry = get_entry(cfg.model)
        resumed = self._resume_from is not None
        if resumed:
            tensors, saved = ckpt.load_checkpoint(self._resume_from)
            # Settings the family added since the checkpoint was saved keep the values its model had.
            cfg.model_config = self.entry.config_cls.upgrade(dict(cfg.model_config),
                                                             int(saved.get("model_format", 1)))
        # The model may ask its data for more than a name (how to tokenise music); a workspace's cache
        # keeps what a built-in dataset converts on first use.
        request = _data_request(self.entry, cfg.model_config)
        root = self.workspace.root if self.workspace is not None else (
            self.run_folder.path.parent.parent if self.run_folder is not None else None)
        split = as_sources(self._split) if self._split is not None else load_sources(
            cfg.dataset, cfg.val_fraction, cfg.seed, options=cfg.data_options, request=request,
            cache_dir=root / "cache" if root is not None else None)
        self.split = split
        torch.manual_seed(cfg.seed)
        model = build_model(cfg.model, cfg.model_config, split.spec).to(device)
        self.model = model
        self.optimizers = model.configure_optimizers(cfg.lr, cfg.weight_decay)
        self.precision = Precision(device, cfg.amp)
        self.opt = StepOptimizers(self.optimizers, self.precision, cfg.grad_clip, self.world)

        n_train = len(split.train)
        self.per_rank = n_train // self.world if self.world > 1 else n_train
        self.steps_per_epoch = max(1, math.ceil(self.per_rank / cfg.batch_size))
        self.total_steps = self.steps_per_epoch * cfg.epochs
        self.log_every = max(1, self.steps_per_epoch // max(1, cfg.log_points_per_epoch))

        self.start_epoch, self.start_batch, time_before, self.best = 0, 0, 0.0, math.inf
        run = self.run_folder
        if resumed:
            _check_same_model(run, self.entry, cfg.model_config, saved.get("model_config"), model.config.to_dict())
            st.restore(model, self.optimizers, self.precision.scaler, tensors, saved, device)
            self.step, self.start_epoch = saved["step"], saved["epoch"]
            self.start_batch = saved.get("batch_in_epoch", 0)
            time_before = saved.get("time", 0.0)
            self.best = saved.get("best", math.inf)
            self.last_good_epoch = self.start_epoch
            if self.is_main:
                run.truncate_metrics_after(self.step)
        elif self.is_main and run is None:
            if self.workspace is None:
                raise StudioError("No workspace folder was given for the new run.")
            run = self.workspace.new_run(cfg.model, cfg.dataset if cfg.dataset != "" else "digits")
        if self.world > 1:
            if not resumed:
                run = Run(Path(broadcast_text(str(run.path) if self.is_main else "", device)))
            broadcast_module(model)
        self.run_folder = run
        self.epoch = self.start_epoch
        self.batches_done = self.start_batch
        self.clock = Clock(time_before)
        self.log = MetricsLog(run, self.is_main)
        if self.is_main:
            info = {"id": run.id, "model": cfg.model, "dataset": cfg.dataset,
                    "dataset_title": describe_spec(cfg.dataset),
                    "model_config": model.config.to_dict(), "train": _asdict(cfg),
                    "label_names": list(split.spec.label_names), "data_spec": split.spec.to_dict(),
                    "image_shape": list(split.spec.image_shape) if split.spec.image_shape else None,
                    "status": "running", "device": describe_device(device), "world_size": self.world,
                    "pid": os.getpid(), "message": "", "summary_format": 2,
                    "headline": self.entry.headline, "capabilities": sorted(self.entry.capabilities)}
            if not resumed:
                info["created"] = time.time()
            run.update_info(**info)
        return RunStarted(run.id, str(run.path), cfg.model, describe_spec(cfg.dataset), describe_device(device),
                          cfg.epochs, self.steps_per_epoch, self.total_steps, self.step, resumed,
                          tuple(split.notes) + ((self.resume_note,) if self.resume_note else ()))

    # Training --------------------------------------------------------------------------------------

    def _order(self, epoch: int):
        """This rank's items of ``epoch``, in a seeded order that a resumed run draws again."""
        import torch

        g = torch.Generator().manual_seed(self.config.seed * 1_000_003 + epoch)
        perm = torch.randperm(len(self.split.train), generator=g)
        if self.world > 1:
            perm = perm[: self.per_rank * self.world][self.rank::self.world]
        return perm

    def _context(self, batch: int) -> StepContext:
        return StepContext(self.step, self.epoch, batch, self.steps_per_epoch, self.config.epochs, self.total_steps)

    def _train(self) -> Iterator[object]:
        cfg, model = self.config, self.model
        sums, epoch_sums = TermSums(), TermSums()
        rate = Throughput()
        first_step = self.step
        for epoch in range(self.start_epoch, cfg.epochs):
            self.epoch = epoch
            model.train()
            first = self.start_batch if epoch == self.start_epoch else 0
            self.batches_done = first
            if first == 0:
                epoch_sums.reset()
            model.on_epoch_start(self._context(first))
            perm = self._order(epoch)
            chunks = [perm[b * cfg.batch_size:(b + 1) * cfg.batch_size] for b in range(first, self.steps_per_epoch)]
            batches = self.split.train.batches(chunks, self.device)
            try:
                for batch_index in range(first, self.steps_per_epoch):
                    self._wait_if_paused(rate)
                    batch = next(batches)
                    with self.precision.autocast():
                        terms = model.training_step(batch, self._context(batch_index), self.opt)
                    self.opt.end_iteration()
                    self.step += 1
                    self.batches_done = batch_index + 1
                    rate.add(len(chunks[batch_index - first]) * self.world)
                    sums.add(terms)
                    last = batch_index == self.steps_per_epoch - 1
                    if self.step % self.log_every == 0 or last:
                        epoch_sums.merge(sums)   # the epoch's sums grow once per log, not once per step
                        yield self._step_metrics(sums, rate, first_step, last)
            finally:
                batches.close()
            model.on_epoch_end(self._context(self.steps_per_epoch))
            if self.is_main:
                yield from self._end_of_epoch(epoch_sums.means())
            self.start_batch = 0

    def _wait_if_paused(self, rate: Throughput) -> None:
        if self.control.paused:
            self.clock.pause()
            self.control.checkpoint()
            self.clock.resume()
            rate.restart()
        else:
            self.control.checkpoint()

    def _step_metrics(self, sums: TermSums, rate: Throughput, first_step: int, flush: bool) -> StepMetrics:
        means = sums.means()
        sums.reset()
        bad = non_finite(means)
        if bad:
            raise self._diverged(bad, means)
        elapsed = self.clock.elapsed()
        frac_epoch = self.epoch + self.batches_done / self.steps_per_epoch
        done_now = self.step - first_step
        eta = self.clock.this_session() / done_now * (self.total_steps - self.step) if done_now > 0 else None
        self.log.step(self.step, frac_epoch, elapsed, means, flush)
        return StepMetrics(self.step, frac_epoch, elapsed, means, rate.read(), self.step / self.total_steps, eta)

    def _end_of_epoch(self, train_means: dict) -> Iterator[object]:
        """Validate, preview and checkpoint (on the main process only)."""
        cfg, run, epoch = self.config, self.run_folder, self.epoch
        val = self._validate()
        bad = non_finite(val)
        if bad or not st.params_finite(self.model):
            raise self._diverged(bad or ["weights"], val)
        elapsed = self.clock.elapsed()
        self.log.epoch(epoch + 1, self.step, elapsed, train_means, val)
        yield EpochMetrics(epoch + 1, self.step, elapsed, train_means, val)
        preview = make_preview(self.model, self.split.val, cfg.preview_count, self.precision, self.device,
                               epoch + 1, self.step)
        if preview is not None:
            save_preview_png(run.samples_dir, preview)
            yield preview
        monitor = self.model.monitor
        score = val.get(monitor, val.get("loss", math.inf)) if monitor else math.inf
        is_best = monitor is not None and score < self.best
        self.best = min(self.best, score)
        path = self._save(f"epoch-{epoch + 1:04d}", epoch + 1, 0, elapsed, also_best=is_best)
        self.last_good_epoch = epoch + 1
        run.update_info(epochs_done=epoch + 1, steps_done=self.step, time=elapsed, last_val=val,
                        best=self.best if math.isfinite(self.best) else None)
        yield CheckpointWritten(str(path), epoch + 1, self.step)

    def _validate(self) -> dict[str, float]:
        import torch

        model, source = self.model, self.split.val
        model.eval()
        sums: dict[str, float] = {}
        n = 0
        bs = max(self.config.batch_size, 256)
        # Validation draws its own random numbers, so it neither disturbs nor depends on training's.
        devices = [self.device] if self.device.type == "cuda" else []
        with torch.random.fork_rng(devices=devices), torch.no_grad():
            torch.manual_seed(self.config.seed + 7)
            chunks = index_batches(len(source), bs)
            for idx, batch in zip(chunks, source.batches(chunks, self.device)):
                with self.precision.autocast():
                    terms = model.validation_step(batch)
                for k, v in terms.items():
                    sums[k] = sums.get(k, 0.0) + float(v) * len(idx)
                n += len(idx)
        model.train()
        return {k: v / max(n, 1) for k, v in sums.items()}

    def _save(self, name: str, epoch: int, batch_in_epoch: int, elapsed: float, also_best: bool = False) -> Path:
        position = {"step": self.step, "epoch": epoch, "batch_in_epoch": batch_in_epoch, "time": elapsed,
                    "best": self.best}
        tensors = st.checkpoint_tensors(self.model, self.optimizers, self.precision.scaler)
        saved = st.checkpoint_state(self.config, self.model, self.optimizers, position, self.split.spec,
                                    self.entry.format_version)
        folder = self.run_folder.checkpoints_dir
        path = ckpt.save_checkpoint(folder, name, tensors, saved, keep=self.config.keep_checkpoints)
        if also_best:
            ckpt.save_checkpoint(folder, "best", tensors, saved)
        return path

    # Ending ----------------------------------------------------------------------------------------

    def _diverged(self, bad: list[str], values: dict) -> Diverged:
        nan = any(math.isnan(values.get(k, math.nan)) for k in bad)
        kept = (f"The last good checkpoint (epoch {self.last_good_epoch}) was kept."
                if self.last_good_epoch else "No checkpoint had been written yet.")
        return Diverged(f"Training stopped at step {self.step} (epoch {self.epoch + 1}): the {', '.join(bad)} "
                        f"{'became NaN' if nan else 'became infinite'}. {kept} Try a lower learning rate.")

    def _failure(self, exc: Exception) -> Failure:
        if type(exc).__name__ == "OutOfMemoryError":   # torch.cuda.OutOfMemoryError, by its class
            return Failure(f"The GPU ran out of memory with batch size {self.config.batch_size}. Try a smaller "
                           "batch size or model, or train on the CPU.", traceback.format_exc(), True)
        return Failure(user_message(exc), "" if isinstance(exc, StudioError) else traceback.format_exc(),
                       isinstance(exc, StudioError))

    def _finish(self, status: str, failure: Failure | None) -> Iterator[object]:
        run = self.run_folder
        epochs_done = self.epoch + 1 if status == "completed" else self.epoch
        if not self.is_main or run is None or not hasattr(self, "clock"):
            yield Finished(str(run.path) if run is not None else "", status, epochs_done, self.step, failure)
            return
        elapsed = self.clock.elapsed()
        try:
            self.log.flush()
            if status == "stopped" and self.step > 0 and st.params_finite(self.model):
                # Keep everything up to this batch so that Resume continues exactly from here.
                # (Cancelled is only raised before a batch, so batches_done < steps_per_epoch here.)
                if self.batches_done or self.epoch > (self.last_good_epoch or 0):
                    path = self._save(f"epoch-{self.epoch:04d}-step-{self.step:07d}", self.epoch,
                                      self.batches_done, elapsed)
                    yield CheckpointWritten(str(path), self.epoch, self.step)
            done = epochs_done if status == "completed" else run.info().get("epochs_done", 0)
            run.update_info(status=status, steps_done=self.step, time=elapsed, epochs_done=done,
                            message=failure.message if failure else "")
        except Exception as exc:  # noqa: BLE001 - e.g. a full disk while saving the stop checkpoint
            failure = failure or self._failure(exc)
            status = "failed"
        yield Finished(str(run.path), status, epochs_done, self.step, failure)


def _asdict(cfg: TrainConfig) -> dict:
    from dataclasses import asdict

    return asdict(cfg)


def _data_request(entry, model_config: dict) -> dict:
    """What the model asks of its data (``ModelConfig.data_request``). A config that cannot be built
    before the data's shape is known asks nothing here; building the model says what is wrong with it."""
    try:
        return entry.config_cls.from_dict(dict(model_config)).data_request()
    except (ValueError, TypeError, StudioError):
        return {}



def _check_same_model(run: Run, entry, settings: dict, saved: dict | None, now: dict) -> None:
    """A resumed run's model, built again from its data, must be the model in its checkpoint.

    Some settings come from the data (a note-rnn's vocabulary of note sets, read from its MIDI folder):
    when the folder changed, the same token ids would mean other notes, and training on would scramble
    what the model learned, silently when the vocabulary keeps its size. Refuse, in one sentence. Only
    the settings the data fill in are compared (those that differ from the config built without data).
    """
    import json

    if not saved:
        return
    now = json.loads(json.dumps(now))              # as the checkpoint's JSON holds it (tuples as lists)
    try:
        plain = json.loads(json.dumps(entry.config_cls.from_dict(dict(settings)).to_dict()))
    except (ValueError, TypeError, StudioError):
        plain = None                               # a config that needs its data to be built at all
    missing = object()
    from_data = set(now) if plain is None else {k for k in now if plain.get(k, missing) != now[k]}
    changed = sorted(k for k in saved.keys() & from_data if saved[k] != now[k])
    if changed:
        raise DataError(f"Run '{run.id}' cannot be resumed: its training data changed since it was trained (they "
                        f"now give another {' and '.join(k.replace('_', ' ') for k in changed)}), and training on "
                        "would mix the two; start a new run on the new data, or put the old files back.")
