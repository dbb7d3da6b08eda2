"""Sampling and completion with a trained pixel-by-pixel model, as stoppable jobs, and their pictures.

The GUI runs these generators in a TaskWorker (each yields ``Progress`` while the model opens, then
``Samples`` after every pixel); the command line drives the same generators and keeps the last one.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from studio.core.errors import StudioError
from studio.core.events import Samples
from studio.core.images import make_grid, save_png
from studio.core.tasks import Progress, TaskControl
from studio.core.workspace import Run
from studio.training.sampling import sample_steps
from studio.training.trained import load_trained_model


@dataclass
class PixelModel:
    """A trained model that draws pictures pixel by pixel, opened from its run."""

    model: Any
    run: Run | None
    title: str
    can_complete: bool = False

    @property
    def image_shape(self) -> tuple[int, int, int]:
        return tuple(self.model.config.image_shape)

    def quantise(self, image: np.ndarray) -> np.ndarray:
        """The picture as the model sees it (binarised, or in 256 levels): what a completion keeps."""
        import torch

        if not hasattr(self.model, "quantise"):
            return np.asarray(image, np.float32)
        return self.model.quantise(torch.as_tensor(np.asarray(image, np.float32))).numpy()

    @classmethod
    def open(cls, run: Run, which: str = "best") -> "PixelModel":
        from studio.models.registry import get_entry

        model = load_trained_model(run, which)
        entry = get_entry(model.family)
        if not entry.can("sample") or type(model).sample is _base_sample():
            raise StudioError(f"The run '{run.id}' is a {entry.title}, which does not draw pictures pixel by pixel.")
        return cls(model, run, entry.title, entry.can("complete"))

    @classmethod
    def open_steps(cls, run: Run, which: str = "best", control: TaskControl | None = None) -> Iterator:
        """Open a run in a worker: yields a Progress, then the PixelModel."""
        control = control or TaskControl()
        yield Progress(0, None, f"Opening {run.id}")
        control.checkpoint()
        yield cls.open(run, which)


def _base_sample():
    from studio.models.base import GenerativeModel

    return GenerativeModel.sample


def check_count(n: int, most: int = 64) -> int:
    if not 1 <= int(n) <= most:
        raise StudioError(f"Ask for between 1 and {most} pictures.")
    return int(n)


def sample_job(model: PixelModel, n: int, control: TaskControl | None = None, seed: int | None = 0,
               options: dict | None = None) -> Iterator[Samples]:
    """Draw ``n`` pictures; a Samples after each pixel (``every`` in options to yield less often)."""
    yield from sample_steps(model.model, check_count(n), control, options=dict(options or {}), seed=seed)


def completion_job(model: PixelModel, image: np.ndarray, hidden: np.ndarray, n: int,
                   control: TaskControl | None = None, seed: int | None = 0,
                   options: dict | None = None) -> Iterator[Samples]:
    """Complete the ``hidden`` part ((H, W) booleans) of ``image`` ((C, H, W) in [0, 1]) ``n`` ways at once."""
    if not model.can_complete:
        raise StudioError(f"The {model.title} cannot complete pictures.")
    hidden = np.asarray(hidden, bool)
    if not hidden.any():
        raise StudioError("Hide part of the picture first: nothing is hidden, so there is nothing to complete.")
    if hidden.all():
        raise StudioError("The whole picture is hidden: that is sampling, not completion.")
    opts = {**dict(options or {}), "image": np.asarray(image, np.float32)[None], "hidden": hidden}
    yield from sample_steps(model.model, check_count(n), control, options=opts, seed=seed)


def last_samples(steps: Iterator[Samples]) -> Samples:
    """Run a job to its end (the command line's way) and return its final Samples."""
    last = None
    for last in steps:
        pass
    if last is None:
        raise StudioError("The model drew nothing.")
    return last


def drawn_pixel(hidden: np.ndarray | None, shape: tuple[int, int], done: int) -> tuple[int, int] | None:
    """(row, column) of the ``done``-th drawn pixel (1-based), in raster order over the hidden ones."""
    if done <= 0:
        return None
    if hidden is None:
        h, w = shape
        index = min(done, h * w) - 1
        return index // w, index % w
    flat = np.flatnonzero(np.asarray(hidden, bool))
    if not len(flat):
        return None
    index = int(flat[min(done, len(flat)) - 1])
    return index // shape[1], index % shape[1]


# Pictures ----------------------------------------------------------------------------------------------

def samples_picture(samples: np.ndarray, per_row: int = 8) -> np.ndarray:
    """(N, C, H, W) in [0, 1] -> an (H', W', 3) uint8 grid, ``per_row`` pictures a row."""
    samples = np.asarray(samples, np.float32)
    rows = [samples[i:i + per_row] for i in range(0, len(samples), per_row)]
    return make_grid(rows)


def completions_picture(image: np.ndarray, hidden: np.ndarray, completions: np.ndarray,
                        model: PixelModel | None = None) -> np.ndarray:
    """One row: the picture with its hidden part veiled, then each completion side by side."""
    from studio.pixels.masks import shown_masked

    shown = model.quantise(image) if model is not None else np.asarray(image, np.float32)
    return make_grid([np.concatenate([shown_masked(shown, hidden)[None], np.asarray(completions, np.float32)])])


def check_output(path: str | Path, overwrite: bool, inputs: tuple = ()) -> Path:
    """The PNG to write: never one of the inputs; an existing file only with ``overwrite``."""
    out = Path(path).expanduser()
    if out.suffix.lower() != ".png":
        raise StudioError(f"{out.name}: pictures are saved as .png.")
    for item in inputs:
        if item and Path(item).expanduser().exists() and out.exists() and out.resolve() == Path(item).expanduser().resolve():
            raise StudioError(f"{out.name} is one of the inputs; choose another output file.")
    if out.exists() and not overwrite:
        raise StudioError(f"{out} already exists; add --overwrite to replace it.")
    if not out.parent.is_dir():
        raise StudioError(f"The folder {out.parent} does not exist.")
    return out


def save_picture(path: str | Path, picture: np.ndarray, scale: int = 4) -> Path:
    """Write an (H, W, 3) uint8 picture as PNG, enlarged ``scale`` times, atomically."""
    if not 1 <= int(scale) <= 64:
        raise StudioError("The scale must be between 1 and 64.")
    save_png(path, picture, scale=int(scale))
    return Path(path)


def paced(steps: Iterator[Samples], seconds: float) -> Iterator[Samples]:
    """Spread a job's steps over about ``seconds`` (slow motion, for watching the pixels arrive).

    The pause is taken in the job's own thread after each step, so a stop between steps still acts at once.
    """
    start = time.perf_counter()
    for step in steps:
        yield step
        if step.total:
            due = start + seconds * step.done / step.total
            wait = due - time.perf_counter()
            if wait > 0:
                time.sleep(min(wait, 0.05))


# The colours of progress pictures: pixels still to draw, and the pen (the pixel just drawn).
TO_DRAW = np.array([0.16, 0.18, 0.30], np.float32)
PEN = np.array([1.0, 0.35, 0.2], np.float32)


def progress_picture(data: np.ndarray, done: int, hidden: np.ndarray | None = None, lead: np.ndarray | None = None,
                     per_row: int = 8, final: bool = False) -> np.ndarray:
    """Pictures being drawn, as one (H', W', 3) uint8 grid: pixels still to draw tinted, the pen marked.

    ``data`` (N, C, H, W) in [0, 1]; ``hidden`` the pixels drawn (None: all); ``lead`` (C, H, W), a picture
    put first in the first row (a completion's veiled input).
    """
    data = np.asarray(data, np.float32)
    n, c, h, w = data.shape
    rgb = np.repeat(data, 3, axis=1) if c == 1 else data[:, :3].copy()                 # (N, 3, H, W)
    order = np.flatnonzero(np.ones((h, w), bool) if hidden is None else np.asarray(hidden, bool))
    flat = rgb.reshape(n, 3, h * w)
    if not final:
        flat[:, :, order[done:]] = TO_DRAW[None, :, None]
        if 0 < done <= len(order):
            flat[:, :, order[done - 1]] = PEN[None, :]
    rows = [rgb[i:i + per_row] for i in range(0, n, per_row)]
    if lead is not None:
        lead = np.asarray(lead, np.float32)
        lead = np.repeat(lead, 3, axis=0) if lead.shape[0] == 1 else lead[:3]
        rows[0] = np.concatenate([lead[None], rows[0]])
    return make_grid(rows)
