"""Progress through a media file, counted in seconds of its timeline."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SecondsProgress:
    done_s: float
    total_s: float
    message: str = ""
    eta_s: float | None = None

    @property
    def fraction(self) -> float:
        return 0.0 if self.total_s <= 0 else min(1.0, self.done_s / self.total_s)
