"""What the GAN tab and the `studio gan` commands do with a trained GAN: seeded grids, truncation,
class rows, InfoGAN codes, variations, interpolation, the timeline of snapshots and the diversity figure.

No Qt. Images come back as numpy ``(N, H, W, C)`` float32 in [0, 1] (C = 1 for grey, 3 for colour);
noise as ``(N, latent)`` float32. Noise is drawn with numpy from the seed, tile by tile in order, so
that tile i of a grid is the same for any grid size and on any machine: a grid is shared by its seed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

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
    run_id: str
    latent_dim: int
    image_shape: tuple[int, int, int]           # (C, H, W)
    label_names: tuple[str, ...] = ()           # conditional models: one name per class
    categories: int = 0                         # InfoGAN: values of the categorical code
    continuous: int = 0                         # InfoGAN: number of continuous codes in [-1, 1]
    step: int = 0                               # the checkpoint's training step
    epoch: int = 0

    @property
    def conditional(self) -> bool:
        """Whether a sample is asked for by class (one row per class in a grid)."""
        return bool(self.label_names)

    @property
    def num_classes(self) -> int:
        return len(self.label_names)

    @property
    def has_codes(self) -> bool:
        return bool(self.categories or self.continuous)

    def generate(self, z: np.ndarray, labels: Sequence[int] | int | None = None,
                 codes: dict | None = None, batch: int = 256) -> np.ndarray:
        """Images for noise ``z`` (N, latent); ``labels`` (conditional) and ``codes`` (InfoGAN:
        {"category": int or (N,), "continuous": (cont,) or (N, cont)}) as the model takes them."""
        import torch

        z = np.asarray(z, dtype=np.float32).reshape(-1, self.latent_dim)
        out = []
        device = self.model.fixed_z.device
        labels_arr = None if labels is None else np.broadcast_to(np.asarray(labels, dtype=np.int64), (len(z),))
        if labels_arr is not None and self.conditional and ((labels_arr < 0) | (labels_arr >= self.num_classes)).any():
            raise StudioError(f"The labels must be between 0 and {self.num_classes - 1}.")
        codes = _codes_for(codes, len(z))
        with torch.no_grad():
            for start in range(0, len(z), batch):
                part = slice(start, start + batch)
                zt = torch.from_numpy(z[part]).to(device)
                cond = self.model.conditions_for(len(zt), labels=None if labels_arr is None else labels_arr[part],
                                                 codes={k: v[part] for k, v in codes.items()} or None)
                out.append(self.model.generate(zt, cond).float().cpu().numpy())
        images = np.concatenate(out) if out else np.zeros((0, *self.image_shape), np.float32)
        return np.clip(images, 0.0, 1.0).transpose(0, 2, 3, 1).astype(np.float32)     # (N, H, W, C)


def _codes_for(codes: dict | None, n: int) -> dict:
    out = {}
    for key, value in (codes or {}).items():
        if value is None:
            continue
        arr = np.asarray(value)
        if key == "category":
            out[key] = np.broadcast_to(arr.astype(np.int64), (n,))
        else:
            arr = arr.astype(np.float32)
            out[key] = np.broadcast_to(arr.reshape(1, -1) if arr.ndim <= 1 else arr, (n, arr.shape[-1]))
    return out


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
    model = load_trained_model(run, which, device)
    _, state = ckpt.load_checkpoint(checkpoint_path(run, which), device="cpu")
    label_names: tuple[str, ...] = ()
    if getattr(model, "num_conditions", 0):
        names = tuple((state.get("data_spec") or {}).get("label_names") or ())
        label_names = names if len(names) == model.num_conditions else tuple(str(i) for i in range(model.num_conditions))
    categories, continuous = getattr(model, "code_sizes", (0, 0))
    return Generator(model, family, run.id, model.latent_dim, tuple(model.config.image_shape), label_names,
                     categories, continuous, int(state.get("step", 0)), int(state.get("epoch", 0)))


# Noise, grids, interpolation, variations -----------------------------------------------------------

def noise(gen: Generator, n: int, seed: int, truncation: float = 1.0, first: int = 0) -> np.ndarray:
    """(n, latent) seeded noise for tiles ``first``…``first + n - 1``, scaled by ``truncation``.

    Truncation in (0, 1] pulls every sample toward the mean of the noise (z·ψ): smaller gives more
    typical, less varied pictures; 1 is no truncation. The same seed gives the same tiles at any ψ.
    """
    if not 0.0 < truncation <= 1.0:
        raise StudioError("The truncation must be above 0 and at most 1 (1: none).")
    rng = np.random.default_rng(int(seed))
    z = rng.standard_normal((first + n, gen.latent_dim)).astype(np.float32)[first:]
    return z * np.float32(truncation)


def sample_grid(gen: Generator, n: int, seed: int, truncation: float = 1.0, labels=None,
                codes: dict | None = None) -> np.ndarray:
    """``n`` samples (N, H, W, C) from seeded noise. A conditional model without ``labels`` draws
    class 0, 1, 2, … in turn (use ``class_grid`` for one row per class)."""
    if n < 1:
        raise StudioError("Ask for at least one sample.")
    z = noise(gen, n, seed, truncation)
    if labels is None and gen.conditional:
        labels = np.arange(n) % gen.num_classes
    return gen.generate(z, labels, codes)


def class_grid(gen: Generator, columns: int, seed: int, truncation: float = 1.0,
               codes: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
    """One row per class (conditional) or per InfoGAN category, ``columns`` tiles each, the same noise down
    each column: (images (rows·columns, H, W, C), labels (rows·columns,)); row r is class r."""
    rows = gen.num_classes if gen.conditional else gen.categories
    if rows < 1:
        raise StudioError("This GAN has no classes or categories to lay out in rows.")
    z = np.tile(noise(gen, columns, seed, truncation), (rows, 1))
    labels = np.repeat(np.arange(rows), columns)
    if gen.conditional:
        return gen.generate(z, labels, codes), labels
    codes = {**(codes or {}), "category": labels}
    return gen.generate(z, None, codes), labels


def slerp(z0: np.ndarray, z1: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Spherical interpolation (Shoemake 1985): along the great circle, keeping the norm typical of
    Gaussian noise instead of shrinking it midway as a straight line does."""
    a, b = z0 / np.linalg.norm(z0), z1 / np.linalg.norm(z1)
    omega = np.arccos(np.clip(np.dot(a, b), -1.0, 1.0))
    if omega < 1e-6:
        return (1 - t)[:, None] * z0 + t[:, None] * z1
    return (np.sin((1 - t) * omega)[:, None] * z0 + np.sin(t * omega)[:, None] * z1) / np.sin(omega)


def interpolate(gen: Generator, z0: np.ndarray, z1: np.ndarray, steps: int = 8, mode: str = "linear",
                labels=None, codes: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The path from ``z0`` to ``z1`` in ``steps`` images, ends included: (images, noise (steps, latent))."""
    if mode not in INTERPOLATION_MODES:
        raise StudioError(f"The interpolation must be one of {', '.join(INTERPOLATION_MODES)}.")
    if steps < 2:
        raise StudioError("An interpolation needs at least 2 steps.")
    z0 = np.asarray(z0, np.float32).reshape(gen.latent_dim)
    z1 = np.asarray(z1, np.float32).reshape(gen.latent_dim)
    t = np.linspace(0.0, 1.0, steps, dtype=np.float32)
    z = slerp(z0, z1, t) if mode == "slerp" else (1 - t)[:, None] * z0 + t[:, None] * z1
    z = z.astype(np.float32)
    return gen.generate(z, labels, codes), z


def variations(gen: Generator, z: np.ndarray, n: int = 8, spread: float = 0.3, seed: int = 0, labels=None,
               codes: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
    """``n`` samples around noise ``z``: z + spread·ε with seeded ε (the first one is ``z`` itself).
    Returns (images, noise (n, latent))."""
    if spread < 0:
        raise StudioError("The spread of the variations must be 0 or more.")
    z = np.asarray(z, np.float32).reshape(1, gen.latent_dim)
    eps = np.random.default_rng(int(seed)).standard_normal((n, gen.latent_dim)).astype(np.float32)
    eps[0] = 0.0
    zs = z + np.float32(spread) * eps
    return gen.generate(zs, labels, codes), zs


# The timeline ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Snapshot:
    """One saved preview of the fixed noise: the grid as the GAN drew it after ``epoch`` (at ``step``)."""

    epoch: int
    step: int
    path: Path
    titles: tuple[str, ...] = field(default=())

    def image(self) -> np.ndarray:
        """The snapshot as (H, W, 3) uint8 (the rows of the preview, 2 px apart, enlarged twice)."""
        from PIL import Image

        with Image.open(self.path) as im:
            return np.asarray(im.convert("RGB"))


_SNAPSHOT = re.compile(r"^epoch-(\d{4,})\.png$")


def timeline(run: Run | str | Path) -> list[Snapshot]:
    """The snapshots saved while the run trained, oldest first: one per epoch (the engine's previews of
    the fixed noise, ``samples/epoch-NNNN.png``), each with its training step."""
    from PIL import Image

    run = _as_run(run)
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
        titles: tuple[str, ...] = ()
        try:
            with Image.open(path) as im:
                titles = tuple(str(im.info.get("rows", "")).split("\n")) if im.info.get("rows") else ()
        except OSError:
            continue   # a half-written or damaged picture is left out, not shown broken
        shots.append(Snapshot(epoch, steps.get(epoch, 0), path, titles))
    return shots


# Diversity ---------------------------------------------------------------------------------------

def mean_pairwise_distance(features: np.ndarray) -> float:
    """The mean Euclidean distance between every two rows of (N, F) features."""
    f = np.asarray(features, dtype=np.float64).reshape(len(features), -1)
    if len(f) < 2:
        return 0.0
    sq = (f * f).sum(1)
    d2 = np.maximum(sq[:, None] + sq[None, :] - 2.0 * f @ f.T, 0.0)
    n = len(f)
    return float(np.sqrt(d2)[np.triu_indices(n, 1)].mean())


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
    """Mean pairwise feature distance of ``n`` samples against that of ``real_images`` (N, H, W, C) in
    [0, 1]. ``features`` maps (N, C, H, W) float32 in [0, 1] to (N, F); default: the GAN's own
    discriminator features (the benches use a trained MNIST classifier instead)."""
    import torch

    fake = sample_grid(gen, n, seed)
    real = np.asarray(real_images, np.float32)[:n]

    def feats(images: np.ndarray) -> np.ndarray:
        x = np.ascontiguousarray(images.transpose(0, 3, 1, 2))
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
    """(N, H, W, C) in [0, 1] laid out ``columns`` wide as one (H', W', 3) uint8 picture."""
    from studio.core.images import make_grid

    images = np.asarray(images, np.float32).transpose(0, 3, 1, 2)
    rows = [images[i:i + columns] for i in range(0, len(images), columns)]
    return make_grid(rows, pad=pad, background=background)


def describe(gen: Generator) -> dict:
    """The generator as JSON-able facts (for `studio gan info` and logs)."""
    return json.loads(json.dumps({"family": gen.family, "run": gen.run_id, "latent_dim": gen.latent_dim,
                                  "image_shape": list(gen.image_shape), "classes": list(gen.label_names),
                                  "categories": gen.categories, "continuous": gen.continuous,
                                  "step": gen.step, "epoch": gen.epoch}))
