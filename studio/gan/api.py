"""What the GAN tab and the `studio gan` commands do with a trained GAN: seeded grids, truncation,
class rows, InfoGAN codes, variations, interpolation, the timeline of snapshots and the diversity figure.

No Qt. Images come back as numpy ``(N, C, H, W)`` float32 in [0, 1] (C = 1 for grey, 3 for colour), the
layout of the engine's previews and of ``studio.core.images.make_grid``; noise as ``(N, latent)`` float32.
Noise and images are separate steps (``noise``/``variations``/``interpolate`` give noise, ``generate``
turns it into images), so that a view keeps the noise of every tile it shows. Noise is drawn with numpy from the seed, tile by tile in order, so
that tile i of a grid is the same for any grid size and on any machine: a grid is shared by its seed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from studio.core.errors import StudioError
from studio.core.workspace import Run

GAN_FAMILIES = ("gan", "dcgan", "cgan", "infogan", "ssgan")
# Below this share of the real data's diversity a grid is said to be collapsing (the tab's warning).
DIVERSITY_WARNING = 0.5
INTERPOLATION_MODES = ("linear", "slerp")


class NotAGAN(StudioError):
    """The run is not a GAN's."""


@dataclass
class Generator:
    """A trained GAN's generator, ready to sample (its EMA weights when the run kept them).

    ``model`` is the GAN module itself (torch); everything else is plain data for a view.
    """

    model: Any
    family: str
    title: str                                  # the registry's title, e.g. "Conditional DCGAN"
    run_id: str
    latent_dim: int
    image_shape: tuple[int, int, int]           # (C, H, W)
    label_names: tuple[str, ...] = ()           # one name per row: a cGAN's classes, InfoGAN's categories
    code_dim: int = 0                           # InfoGAN: number of continuous codes (about -1..1)
    step: int = 0                               # the checkpoint's training step
    epochs_done: int = 0

    @property
    def num_classes(self) -> int:
        """Rows a grid has (one per class of a cGAN, per category of InfoGAN); 0: no rows."""
        return len(self.label_names)

    @property
    def conditional(self) -> bool:
        """Whether the generator is asked for a class (cGAN) or a category (InfoGAN)."""
        return bool(self.label_names)


def generate(gen: Generator, z: np.ndarray, labels=None, codes=None, batch: int = 256) -> np.ndarray:
    """Images (N, C, H, W) in [0, 1] for noise ``z`` (N, latent). ``labels`` (N,) or one int: the class
    (cGAN) or the category (InfoGAN), default 0, 1, 2, … in turn; ``codes`` (N, code_dim) or (code_dim,):
    InfoGAN's continuous codes, default 0."""
    import torch

    z = np.asarray(z, dtype=np.float32).reshape(-1, gen.latent_dim)
    n = len(z)
    labels_arr = None
    if labels is not None:
        labels_arr = np.broadcast_to(np.asarray(labels, dtype=np.int64).reshape(-1) if np.ndim(labels) else
                                     np.int64(labels), (n,))
        if gen.num_classes and ((labels_arr < 0) | (labels_arr >= gen.num_classes)).any():
            raise StudioError(f"The labels must be between 0 and {gen.num_classes - 1}.")
    codes_arr = None
    if codes is not None and gen.code_dim:
        codes_arr = np.broadcast_to(np.asarray(codes, dtype=np.float32).reshape(-1, gen.code_dim), (n, gen.code_dim))
    model = gen.model
    device = model.fixed_z.device
    out = []
    with torch.no_grad():
        for start in range(0, n, batch):
            part = slice(start, start + batch)
            zt = torch.from_numpy(np.ascontiguousarray(z[part])).to(device)
            lab = None if labels_arr is None else labels_arr[part]
            if gen.family == "infogan":
                cond = model.conditions_for(len(zt), codes={"category": lab, "continuous":
                                                            None if codes_arr is None else codes_arr[part]})
            else:
                cond = model.conditions_for(len(zt), labels=lab)
            out.append(model.generate(zt, cond).float().cpu().numpy())
    images = np.concatenate(out) if out else np.zeros((0, *gen.image_shape), np.float32)
    return np.clip(images, 0.0, 1.0).astype(np.float32)                                  # (N, C, H, W)


def _as_run(run: Run | str | Path) -> Run:
    return run if isinstance(run, Run) else Run(Path(run))


def is_gan_run(run: Run | str | Path) -> bool:
    """Whether a run folder holds a GAN (of any of the GAN families)."""
    try:
        return _as_run(run).info().get("model") in GAN_FAMILIES
    except StudioError:
        return False


def load_generator(run: Run | str | Path, which: str = "latest", device: str = "cpu") -> Generator:
    """The generator of a GAN run (``which``: "latest" or a checkpoint's name), in eval mode."""
    from studio.core import checkpoints as ckpt
    from studio.training.trained import checkpoint_path, load_trained_model

    run = _as_run(run)
    family = run.info().get("model")
    if family not in GAN_FAMILIES:
        raise NotAGAN(f"The run '{run.id}' is a {family or 'unknown'} run, not a GAN; choose a GAN run.")
    from studio.models.registry import get_entry

    model = load_trained_model(run, which, device)
    _, state = ckpt.load_checkpoint(checkpoint_path(run, which), device="cpu")
    label_names: tuple[str, ...] = ()
    if getattr(model, "num_conditions", 0):
        names = tuple((state.get("data_spec") or {}).get("label_names") or ())
        label_names = names if len(names) == model.num_conditions else tuple(str(i) for i in range(model.num_conditions))
    categories, continuous = getattr(model, "code_sizes", (0, 0))
    if categories:
        label_names = tuple(f"Category {i}" for i in range(categories))
    return Generator(model, family, get_entry(family).title, run.id, model.latent_dim,
                     tuple(model.config.image_shape), label_names, continuous, int(state.get("step", 0)),
                     int(state.get("epoch", 0)))


# Noise, grids, interpolation, variations -----------------------------------------------------------

def noise(gen: Generator | int, n: int, seed: int, truncation: float = 1.0) -> np.ndarray:
    """(n, latent) seeded noise for tiles 0…n-1 (``gen``: a Generator or the noise size), times ``truncation``.

    Truncation in (0, 1] pulls every sample toward the mean of the noise (z·ψ): smaller gives more
    typical, less varied pictures; 1 is no truncation. The same seed gives the same tiles at any ψ and
    any n (tile i does not depend on n), so a grid is shared by its seed.
    """
    if not 0.0 < truncation <= 1.0:
        raise StudioError("The truncation must be above 0 and at most 1 (1: none).")
    if n < 1:
        raise StudioError("Ask for at least one sample.")
    dim = gen if isinstance(gen, int) else gen.latent_dim
    z = np.random.default_rng(int(seed)).standard_normal((n, dim)).astype(np.float32)
    return z * np.float32(truncation)


def sample_grid(gen: Generator, n: int, seed: int, truncation: float = 1.0, labels=None,
                codes=None) -> np.ndarray:
    """``n`` samples (N, C, H, W) from seeded noise (labels and codes as ``generate`` takes them)."""
    return generate(gen, noise(gen, n, seed, truncation), labels, codes)


def class_grid(gen: Generator, columns: int, seed: int, truncation: float = 1.0,
               codes=None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One row per class (cGAN) or category (InfoGAN), ``columns`` tiles each, the same noise down each
    column (a column shows one style in every class): (images, noise, labels), row r being class r."""
    if not gen.num_classes:
        raise StudioError("This GAN has no classes or categories to lay out in rows.")
    z = np.tile(noise(gen, columns, seed, truncation), (gen.num_classes, 1))
    labels = np.repeat(np.arange(gen.num_classes), columns)
    return generate(gen, z, labels, codes), z, labels


def slerp(z0: np.ndarray, z1: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Spherical interpolation (Shoemake 1985) at fractions ``t``: along the great circle, keeping the
    norm typical of Gaussian noise instead of shrinking it midway as a straight line does."""
    a, b = z0 / max(np.linalg.norm(z0), 1e-12), z1 / max(np.linalg.norm(z1), 1e-12)
    omega = float(np.arccos(np.clip(np.dot(a, b), -1.0, 1.0)))
    if omega < 1e-6:
        return (1 - t)[:, None] * z0 + t[:, None] * z1
    return (np.sin((1 - t) * omega)[:, None] * z0 + np.sin(t * omega)[:, None] * z1) / np.sin(omega)


def interpolate(z0: np.ndarray, z1: np.ndarray, steps: int = 8, mode: str = "linear") -> np.ndarray:
    """The noise (steps, latent) from ``z0`` to ``z1``, ends included; ``mode`` "linear" or "slerp"
    ("spherical" is the same as "slerp")."""
    mode = "slerp" if mode == "spherical" else mode
    if mode not in INTERPOLATION_MODES:
        raise StudioError(f"The interpolation must be one of {', '.join(INTERPOLATION_MODES)} (or spherical).")
    if steps < 2:
        raise StudioError("An interpolation needs at least 2 steps.")
    z0 = np.asarray(z0, np.float64).reshape(-1)
    z1 = np.asarray(z1, np.float64).reshape(-1)
    if z0.shape != z1.shape:
        raise StudioError("The two ends of an interpolation must have the same size.")
    t = np.linspace(0.0, 1.0, steps)
    z = slerp(z0, z1, t) if mode == "slerp" else (1 - t)[:, None] * z0 + t[:, None] * z1
    z[0], z[-1] = z0, z1            # the ends exactly, not up to rounding
    return z.astype(np.float32)


def variations(gen: Generator | int, z: np.ndarray, n: int = 8, spread: float = 0.3, seed: int = 0) -> np.ndarray:
    """Noise (n, latent) around ``z``: z itself first, then z + spread·ε with seeded Gaussian ε."""
    if spread < 0:
        raise StudioError("The spread of the variations must be 0 or more.")
    dim = gen if isinstance(gen, int) else gen.latent_dim
    z = np.asarray(z, np.float32).reshape(1, dim)
    eps = np.random.default_rng(int(seed)).standard_normal((n, dim)).astype(np.float32)
    eps[0] = 0.0
    return z + np.float32(spread) * eps


# The timeline ------------------------------------------------------------------------------------
# The timeline is the engine's own previews: each epoch it saves the model's preview, which for a GAN is
# drawn from the fixed noise kept in the model, as samples/epoch-NNNN.png (the rows 2 px apart on a
# grey ground, enlarged twice; ``studio.training.previews``). The tiles are cut back out of that picture.

PREVIEW_PAD, PREVIEW_SCALE = 2, 2


@dataclass(frozen=True)
class Snapshot:
    """One saved preview of the fixed noise: the samples as the GAN drew them after ``epoch`` (``step``)."""

    epoch: int
    step: int
    path: Path
    image_shape: tuple[int, int, int]
    titles: tuple[str, ...] = field(default=())       # one per row ("" where untitled)

    @property
    def rows(self) -> int:
        return max(1, len(self.titles))

    def picture(self) -> np.ndarray:
        """The saved picture as (H', W', 3) uint8."""
        from PIL import Image

        with Image.open(self.path) as im:
            return np.asarray(im.convert("RGB"))

    @property
    def images(self) -> np.ndarray:
        """The tiles (rows·columns, C, H, W) float32 in [0, 1], row by row (read from the file each time)."""
        pic = self.picture()
        c, h, w = self.image_shape
        pad, k = PREVIEW_PAD, PREVIEW_SCALE
        cols = (pic.shape[1] // k - pad) // (w + pad)
        rows = (pic.shape[0] // k - pad) // (h + pad)
        out = np.zeros((rows * cols, c, h, w), np.float32)
        for r in range(rows):
            for col in range(cols):
                y, x = (pad + r * (h + pad)) * k, (pad + col * (w + pad)) * k
                tile = pic[y:y + h * k:k, x:x + w * k:k]                            # (H, W, 3)
                out[r * cols + col] = (tile[:, :, :1] if c == 1 else tile).transpose(2, 0, 1) / 255.0
        return out

    @property
    def columns(self) -> int:
        return max(1, len(self.images) // self.rows)


_SNAPSHOT = re.compile(r"^epoch-(\d{4,})\.png$")


def timeline(run: Run | str | Path) -> list[Snapshot]:
    """The snapshots saved while the run trained, oldest first: one per epoch, each with its step."""
    from PIL import Image

    run = _as_run(run)
    info = run.info()
    shape = info.get("image_shape") or (info.get("model_config") or {}).get("image_shape")
    if not shape:
        return []
    steps = {}
    for record in run.read_metrics():
        if record.get("kind") == "epoch":
            steps[int(record["epoch"])] = int(record.get("step", 0))
    shots = []
    folder = run.samples_dir
    for path in sorted(folder.glob("epoch-*.png")) if folder.is_dir() else []:
        match = _SNAPSHOT.match(path.name)
        if not match:
            continue
        epoch = int(match.group(1))
        try:
            with Image.open(path) as im:
                im.load()
                rows_text = im.info.get("rows")
        except OSError:
            continue   # a damaged picture is left out, not shown broken
        titles = tuple(str(rows_text).split("\n")) if rows_text is not None else ()
        shots.append(Snapshot(epoch, steps.get(epoch, 0), path, tuple(int(v) for v in shape), titles))
    return shots


# Diversity ---------------------------------------------------------------------------------------
# Live, the training reports a "diversity" term each epoch (validation): the mean pairwise distance of
# D's features of fresh samples over the same figure on real validation images (near 1: as varied as
# the data; well under 1: mode collapse). ``diversity`` below measures it for a trained generator, in
# any feature space (the benches use a classifier trained on MNIST).

def mean_pairwise_distance(features: np.ndarray) -> float:
    """The mean Euclidean distance between every two rows of (N, F) features."""
    f = np.asarray(features, dtype=np.float64).reshape(len(features), -1)
    if len(f) < 2:
        return 0.0
    sq = (f * f).sum(1)
    d2 = np.maximum(sq[:, None] + sq[None, :] - 2.0 * f @ f.T, 0.0)
    return float(np.sqrt(d2)[np.triu_indices(len(f), 1)].mean())


@dataclass(frozen=True)
class Diversity:
    """The diversity of generated samples against that of real images, in the same feature space."""

    samples: float
    real: float

    @property
    def ratio(self) -> float:
        return self.samples / self.real if self.real > 0 else 0.0

    @property
    def collapsing(self) -> bool:
        return self.ratio < DIVERSITY_WARNING


def diversity(gen: Generator, real_images: np.ndarray, n: int = 256, seed: int = 0, features=None) -> Diversity:
    """Mean pairwise feature distance of ``n`` samples against that of ``real_images`` (N, C, H, W) in
    [0, 1]. ``features`` maps (N, C, H, W) float32 in [0, 1] to (N, F); default: the GAN's own
    discriminator features."""
    import torch

    fake = sample_grid(gen, n, seed, labels=np.arange(n) % gen.num_classes if gen.num_classes else None)
    real = np.asarray(real_images, np.float32)[:n]

    def feats(images: np.ndarray) -> np.ndarray:
        x = np.ascontiguousarray(images, dtype=np.float32)
        if features is not None:
            return np.asarray(features(x))
        with torch.no_grad():
            return gen.model.features(torch.from_numpy(x).to(gen.model.fixed_z.device)).cpu().numpy()

    return Diversity(mean_pairwise_distance(feats(fake)), mean_pairwise_distance(feats(real)))


def diversity_history(run: Run | str | Path) -> list[tuple[int, float]]:
    """(epoch, diversity ratio) from the run's log: the figure the training computed each epoch."""
    out = []
    for record in _as_run(run).read_metrics():
        if record.get("kind") == "epoch":
            value = (record.get("val") or {}).get("diversity")
            if value is not None:
                out.append((int(record["epoch"]), float(value)))
    return out


def tiles_to_picture(images: np.ndarray, columns: int, pad: int = 2, background: int = 40) -> np.ndarray:
    """(N, C, H, W) in [0, 1] laid out ``columns`` wide as one (H', W', 3) uint8 picture."""
    from studio.core.images import make_grid

    images = np.asarray(images, np.float32)
    rows = [images[i:i + columns] for i in range(0, len(images), columns)]
    return make_grid(rows, pad=pad, background=background)


def describe(gen: Generator) -> dict:
    """The generator as JSON-able facts (for `studio gan info` and logs)."""
    return {"family": gen.family, "title": gen.title, "run": gen.run_id, "latent_dim": gen.latent_dim,
            "image_shape": list(gen.image_shape), "rows": list(gen.label_names), "code_dim": gen.code_dim,
            "step": gen.step, "epochs_done": gen.epochs_done}
