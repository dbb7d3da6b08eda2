"""The GAN tab's work, Qt-free: open a run, sample grids, variations and interpolations, as plain data.

Each ``*_job`` is a generator taking a ``TaskControl`` (run in a worker thread by the tab); what it yields
is frozen data of numpy arrays and strings. Sampling goes through ``studio.gan`` (the same noise for a
seed as ``studio gan sample RUN --seed S``), so a grid seen here can be shared by its seed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np

from studio.core.tasks import Progress, TaskControl
from studio.ui.i18n import tr, tr_noop

# The order in which the tab offers the GAN families' presets: the DCGAN, the classic, first.
FAMILY_ORDER = ("dcgan", "cgan", "infogan", "gan", "ssgan")
# InfoGAN's continuous codes are drawn from U(-1, 1); the sliders reach a little beyond.
CODE_LIMIT = 2.0
VARIATIONS = 16


def is_gan_family(name: str) -> bool:
    from studio.gan import GAN_FAMILIES

    return name in GAN_FAMILIES


def family_order(name: str) -> int:
    return FAMILY_ORDER.index(name) if name in FAMILY_ORDER else len(FAMILY_ORDER)


@dataclass(frozen=True)
class GanInfo:
    """What the tab shows of an open run's generator."""

    run_dir: Path
    run_id: str
    family: str
    title: str
    latent_dim: int
    num_classes: int
    label_names: tuple[str, ...]
    code_dim: int
    image_shape: tuple[int, int, int]
    epochs_done: int
    checkpoint_title: str = tr_noop("latest checkpoint")

    def label_name(self, label: int) -> str:
        return self.label_names[label] if 0 <= label < len(self.label_names) else str(label)

    def describe(self) -> str:
        c, h, w = self.image_shape
        look = tr("{run_id}: {title}, {w}×{h} colour") if c == 3 else tr("{run_id}: {title}, {w}×{h} grey")
        parts = [look.format(
                     run_id=self.run_id, title=tr(self.title), w=w, h=h),
                 tr("{latent_dim}-d noise").format(latent_dim=self.latent_dim)]
        if self.num_classes:
            rows = tr("category of its code") if self.family == "infogan" else tr("class")
            parts.append(tr("one row per {rows} ({num_classes})").format(rows=rows, num_classes=self.num_classes))
        if self.code_dim:
            parts.append(tr("{code_dim} latent codes").format(code_dim=self.code_dim))
        parts.append(tr("1 epoch") if self.epochs_done == 1 else tr("{n} epochs").format(n=self.epochs_done))
        return tr(", ").join(parts) + tr(".")


@dataclass(frozen=True)
class Snapshot:
    """One grid of the timeline: the fixed noise's samples when a preview was saved.

    Its tiles are read from ``source`` (the core's snapshot, a PNG in the run folder) when first shown, and
    the tab keeps only a few in memory: a long run of 128 px pictures has gigabytes of them.
    """

    label: str
    epoch: int
    columns: int
    row_titles: tuple[str, ...] = ()
    source: object = None                  # a studio.gan Snapshot, or None for a live one not saved yet
    images: np.ndarray | None = None       # (N, C, H, W) float32 in [0, 1], when read with the snapshot


@dataclass(frozen=True)
class SnapshotImages:
    index: int
    images: np.ndarray


@dataclass(frozen=True)
class Opened:
    info: GanInfo
    generator: object                      # the core's generator, handed back to jobs only
    snapshots: tuple[Snapshot, ...]
    diversity: tuple[tuple[float, float], ...] = ()   # (epoch, ratio) from the run's metrics
    fixed_z: np.ndarray | None = None      # (64, D): the noise the snapshots are drawn from


@dataclass(frozen=True)
class GridRequest:
    seed: int
    truncation: float
    columns: int                           # tiles a row (conditional: samples per class)
    codes: tuple[float, ...] | None = None


@dataclass(frozen=True)
class SampledGrid:
    """A grid of samples and what made each tile: its noise, label and codes."""

    run_dir: Path
    request: GridRequest
    images: np.ndarray                     # (N, C, H, W)
    z: np.ndarray                          # (N, D)
    labels: np.ndarray | None              # (N,) for conditional models
    codes: np.ndarray | None               # (N, K) for InfoGAN
    columns: int
    row_titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Strip:
    """Variations around a tile, or an interpolation between two: images and the noise of each."""

    kind: str                              # "variations" or "interpolation"
    images: np.ndarray
    z: np.ndarray
    labels: np.ndarray | None = None
    codes: np.ndarray | None = None


# Opening ---------------------------------------------------------------------------------------------

def open_job(run_dir: Path, control: TaskControl) -> Iterator[object]:
    """Load the run's generator and its timeline; yields Progress, then an ``Opened``."""
    from studio import gan
    from studio.core.workspace import Run

    run = Run(Path(run_dir))
    yield Progress(0, 3, tr("Loading the generator"))
    generator = gan.load_generator(run)
    control.checkpoint()
    yield Progress(1, 3, tr("Reading the timeline"))
    # Every snapshot of a run has the same layout (the same fixed noise): the newest, read now, says it.
    shots = gan.timeline(run)
    snapshots = []
    if shots:
        newest = np.asarray(shots[-1].images, np.float32)
        columns = max(1, len(newest) // shots[-1].rows)
        titles = tuple(shots[-1].titles) if any(shots[-1].titles) else ()
        snapshots = [Snapshot(_label(s.epoch, s.step), int(s.epoch), columns, titles, s) for s in shots]
        snapshots[-1] = Snapshot(snapshots[-1].label, snapshots[-1].epoch, columns, titles, shots[-1], newest)
    control.checkpoint()
    yield Progress(2, 3, tr("Reading the curves"))
    diversity = tuple((float(epoch), float(ratio)) for epoch, ratio in gan.diversity_history(run))
    info = GanInfo(run_dir=run.path, run_id=run.id, family=generator.family, title=generator.title,
                   latent_dim=generator.latent_dim, num_classes=generator.num_classes,
                   label_names=tuple(generator.label_names), code_dim=generator.code_dim,
                   image_shape=tuple(generator.image_shape), epochs_done=generator.epochs_done)
    yield Progress(3, 3, tr("Ready"))
    fixed = getattr(generator.model, "fixed_z", None)
    fixed_z = None if fixed is None else fixed.detach().float().cpu().numpy()
    yield Opened(info, generator, tuple(snapshots), diversity, fixed_z)


def _label(epoch: int, step: int = 0) -> str:
    return tr("epoch {epoch}").format(epoch=epoch) + (tr(" · step {step:,}").format(step=step) if step else "")


def load_snapshot_job(index: int, snapshot: Snapshot, control: TaskControl) -> Iterator[SnapshotImages]:
    """Read the tiles of timeline snapshot ``index`` from its picture."""
    if snapshot.source is None:
        return
    yield SnapshotImages(index, np.asarray(snapshot.source.images, np.float32))


def snapshot_from_preview(preview, run_dir: str | None = None) -> Snapshot | None:
    """A live training preview (rows of the fixed noise's samples) as a timeline snapshot; ``run_dir`` lets
    it be read back from the picture the engine saved of it, once dropped from memory."""
    """A live training preview (rows of the fixed noise's samples) as a timeline snapshot."""
    rows = [r for r in preview.rows if isinstance(r.data, np.ndarray) and r.data.ndim == 4 and len(r.data)]
    if not rows or preview.kind not in ("image_rows", "image_grid"):
        return None
    shape = rows[0].data.shape[1:]
    rows = [r for r in rows if r.data.shape[1:] == shape]
    columns = max(len(r.data) for r in rows)
    if any(len(r.data) != columns for r in rows):
        return None
    titles = tuple(r.title for r in rows) if any(r.title for r in rows) else ()
    if preview.kind == "image_grid" and len(rows) == 1:
        columns = int(round(np.sqrt(len(rows[0].data))))
    images = np.concatenate([r.data for r in rows]).astype(np.float32)
    source = None
    if run_dir is not None:
        from studio import gan
        from studio.core.workspace import Run

        path = Run(Path(run_dir)).samples_dir / f"epoch-{preview.epoch:04d}.png"
        source = gan.Snapshot(int(preview.epoch), int(preview.step), path, tuple(images.shape[1:]),
                              tuple(r.title for r in rows))
    return Snapshot(_label(preview.epoch, preview.step), int(preview.epoch), columns, titles, source, images)


def diversity_of(event) -> float | None:
    """The diversity ratio of an EpochMetrics event, if the model reports one."""
    for terms in (event.val, event.train):
        value = (terms or {}).get("diversity")
        if value is not None:
            return float(value)
    return None


# Sampling --------------------------------------------------------------------------------------------

def grid_job(generator, info: GanInfo, request: GridRequest, control: TaskControl) -> Iterator[SampledGrid]:
    """Sample the grid that ``request`` describes (a conditional model: one row per class, the same noise
    down each column, so a column shows one style across the classes)."""
    from studio import gan

    per_row = max(1, request.columns)
    codes = None if request.codes is None else np.asarray(request.codes, np.float32)
    if info.num_classes:
        images, z, labels = gan.class_grid(generator, per_row, request.seed, request.truncation, codes)
        titles = tuple(info.label_names)
    else:
        z = gan.noise(generator, per_row * per_row, request.seed, request.truncation)
        control.checkpoint()
        images, labels, titles = gan.generate(generator, z, codes=codes), None, ()
    tiled = None if codes is None else np.tile(codes, (len(z), 1))
    yield SampledGrid(info.run_dir, request, images, z, labels, tiled, per_row, titles)


def variations_job(generator, z: np.ndarray, label: int | None, codes: np.ndarray | None, n: int,
                   spread: float, seed: int, control: TaskControl) -> Iterator[Strip]:
    """``n`` samples around noise ``z``: the tile itself first, then z plus Gaussian steps of ``spread``."""
    from studio import gan

    zs = gan.variations(generator, z, n, spread, seed)
    control.checkpoint()
    labels = None if label is None else np.full(len(zs), label)
    tiled = None if codes is None else np.tile(codes, (len(zs), 1))
    yield Strip("variations", gan.generate(generator, zs, labels=labels, codes=tiled), zs, labels, tiled)


def interpolation_job(generator, z0: np.ndarray, z1: np.ndarray, label0: int | None, label1: int | None,
                      codes: np.ndarray | None, steps: int, mode: str, control: TaskControl) -> Iterator[Strip]:
    """``steps`` samples from z0 to z1 (``mode`` "linear" or "spherical"). Between two classes of a
    conditional model the label switches half-way (the noise carries the style across)."""
    from studio import gan

    zs = gan.interpolate(z0, z1, steps, mode)
    control.checkpoint()
    labels = None
    if label0 is not None:
        labels = np.where(np.arange(steps) < (steps + 1) // 2, label0, label1 if label1 is not None else label0)
    tiled = None if codes is None else np.tile(codes, (steps, 1))
    yield Strip("interpolation", gan.generate(generator, zs, labels=labels, codes=tiled), zs, labels, tiled)


# A folder to train on -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class FolderPreview:
    """What a GAN will see of a folder: its report in sentences and some of its pictures as trained on."""

    folder: Path
    sentences: tuple[str, ...]
    images: np.ndarray                     # (N, C, H, W) float32 in [0, 1]


def folder_preview_job(folder: str, size: int, fit: str, control: TaskControl, count: int = 24
                       ) -> Iterator[object]:
    """Read the folder's headers (broken, mixed or tiny pictures are reported in sentences) and a spread of
    its pictures at the training size."""
    from studio.data.folder_stream import FolderOptions
    from studio.data.report import inspect_folder, preview_folder

    options = FolderOptions(size, fit)
    yield Progress(0, 2, tr("Checking the pictures"))
    report = inspect_folder(folder, options)
    control.checkpoint()
    yield Progress(1, 2, tr("Reading a few"))
    pictures = preview_folder(folder, options, None, count=count, copies=0)        # (count, 1, C, H, W)
    images = pictures[:, 0].astype(np.float32) / 255.0
    yield FolderPreview(Path(folder), tuple(report.sentences()), images)
