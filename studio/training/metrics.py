"""The engine's book-keeping: the training clock, running sums of the terms, and the metrics log."""

from __future__ import annotations

import math
import time
from typing import Any


class Clock:
    """Seconds of training in a run, pauses excluded, continuing the time of earlier sessions."""

    def __init__(self, before: float = 0.0) -> None:
        self.before = before
        self.active = 0.0
        self.mark = time.perf_counter()

    def pause(self) -> None:
        self.active += time.perf_counter() - self.mark

    def resume(self) -> None:
        self.mark = time.perf_counter()

    def this_session(self) -> float:
        return self.active + (time.perf_counter() - self.mark)

    def elapsed(self) -> float:
        return self.before + self.this_session()


class TermSums:
    """Running sums of a step's terms, kept as tensors on the device (no synchronisation per step)."""

    def __init__(self) -> None:
        self.sums: dict[str, Any] = {}
        self.count = 0

    def add(self, terms: dict) -> None:
        for k, v in terms.items():
            v = v.detach().float()
            self.sums[k] = self.sums[k] + v if k in self.sums else v
        self.count += 1

    def merge(self, other: "TermSums") -> None:
        """Add ``other``'s sums and count to these (an interval's sums into the epoch's, once per log)."""
        for k, v in other.sums.items():
            self.sums[k] = self.sums[k] + v if k in self.sums else v
        self.count += other.count

    def means(self) -> dict[str, float]:
        """The means as floats. On a GPU, one copy from the device for all the terms (each copy waits for
        the device); on the CPU a float per term, which costs a seventh of stacking them first."""
        if not self.sums:
            return {}
        n = max(self.count, 1)
        if next(iter(self.sums.values())).device.type == "cpu":
            return {k: float(v) / n for k, v in self.sums.items()}
        import torch

        values = torch.stack([v.reshape(()) for v in self.sums.values()]).tolist()
        return {k: v / n for k, v in zip(self.sums, values)}

    def reset(self) -> None:
        self.sums, self.count = {}, 0


class Throughput:
    """Samples per second since the last reading."""

    def __init__(self) -> None:
        self.seen = 0
        self.since = time.perf_counter()

    def add(self, n: int) -> None:
        self.seen += n

    def restart(self) -> None:
        self.seen, self.since = 0, time.perf_counter()

    def read(self) -> float:
        now = time.perf_counter()
        rate = self.seen / max(now - self.since, 1e-9)
        self.seen, self.since = 0, now
        return rate


class MetricsLog:
    """Buffers step records and appends them to the run's metrics.jsonl about once a second (and at the
    end of each epoch): a crash loses at most a second of curve, and a fast model that logs every few
    milliseconds does not open the file each time (which cost about 1 % of a small model's step)."""

    FLUSH_EVERY_S = 1.0

    def __init__(self, run, enabled: bool) -> None:
        self.run = run
        self.enabled = enabled
        self.pending: list[dict] = []
        self.flushed_at = time.perf_counter()

    def step(self, step: int, epoch: float, elapsed: float, means: dict, flush: bool) -> None:
        if not self.enabled:
            return
        self.pending.append({"kind": "step", "step": step, "epoch": round(epoch, 4), "time": round(elapsed, 3),
                             "terms": means})
        if flush or time.perf_counter() - self.flushed_at >= self.FLUSH_EVERY_S:
            self.flush()

    def epoch(self, epoch: int, step: int, elapsed: float, train: dict, val: dict) -> None:
        if not self.enabled:
            return
        self.pending.append({"kind": "epoch", "epoch": epoch, "step": step, "time": round(elapsed, 3),
                             "train": train, "val": val})
        self.flush()

    def flush(self) -> None:
        if self.enabled and self.pending:
            self.run.append_metrics(self.pending)
            self.pending = []
        self.flushed_at = time.perf_counter()


def non_finite(values: dict[str, float]) -> list[str]:
    return [k for k, v in values.items() if not math.isfinite(v)]
