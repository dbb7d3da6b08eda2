"""The latent space of a trained run, as the explorer uses it: codes of the validation set, planes, decoding.

Nothing here knows Qt. A :class:`LatentSpace` holds the run's model (on the CPU, in eval mode), the
validation images and their codes, and answers the explorer's questions: decode this code, decode a grid
over this rectangle of the map, interpolate, which training images are closest, which images are badly
reconstructed. Every array that leaves it is numpy; images are float32 ``(N, C, H, W)`` in [0, 1].
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterator

import numpy as np

from studio.core.errors import CheckpointError, StudioError
from studio.core.tasks import Progress, TaskControl
from studio.core.workspace import Run

# The map shows at most this many validation points (pyqtgraph stays smooth with 10,000).
MAX_POINTS = 10_000
# "Nearest training images" searches at most this many training codes.
MAX_TRAIN_CODES = 60_000
ENCODE_BATCH = 1024
# A model without an encoder (a GAN's generator) is explored through this many samples of its prior: their
# noise stands in for the validation codes (slider range, planes, "sample #i").
PRIOR_SAMPLES = 512


@dataclass(frozen=True)
class Plane:
    """A 2-D plane through latent space: ``origin`` (D,) and orthonormal directions ``u``, ``v`` (D,).

    A code z sits on the map at ((z - origin)·u, (z - origin)·v). Lifting a map point (a, b) keeps the
    code's other coordinates: only its components along u and v change.
    """

    origin: np.ndarray
    u: np.ndarray
    v: np.ndarray
    name: str = ""

    def project(self, codes: np.ndarray) -> np.ndarray:
        """(N, D) codes -> (N, 2) map coordinates."""
        d = np.asarray(codes, dtype=np.float32) - self.origin
        return np.stack([d @ self.u, d @ self.v], axis=-1).astype(np.float32)

    def lift(self, ab: np.ndarray, base: np.ndarray) -> np.ndarray:
        """(N, 2) map coordinates -> (N, D) codes that agree with ``base`` (D,) off the plane."""
        ab = np.atleast_2d(np.asarray(ab, dtype=np.float32))
        base = np.asarray(base, dtype=np.float32)
        here = self.project(base[None])[0]
        delta = ab - here                                                   # (N, 2)
        return (base[None] + delta[:, :1] * self.u + delta[:, 1:2] * self.v).astype(np.float32)


def axis_plane(dim: int, i: int = 0, j: int = 1) -> Plane:
    """The plane of latent axes i and j (through 0); a 1-D latent gets a line (its map's y is always 0)."""
    if dim == 1:
        return Plane(np.zeros(1, np.float32), np.ones(1, np.float32), np.zeros(1, np.float32), "z0")
    if dim < 1:
        raise StudioError("This model has no latent dimensions to map.")
    if not (0 <= i < dim and 0 <= j < dim) or i == j:
        raise StudioError(f"Choose two different axes between 0 and {dim - 1}.")
    u = np.zeros(dim, np.float32)
    v = np.zeros(dim, np.float32)
    u[i] = v[j] = 1.0
    return Plane(np.zeros(dim, np.float32), u, v, f"z{i} × z{j}")


def pca_plane(codes: np.ndarray) -> Plane:
    """The plane through the mean of ``codes`` spanned by their first two principal directions."""
    codes = np.asarray(codes, dtype=np.float64)
    dim = codes.shape[1]
    if dim < 2:
        return axis_plane(dim)
    mean = codes.mean(axis=0)
    _, _, vt = np.linalg.svd(codes - mean, full_matrices=False)
    u, v = vt[0], vt[1]
    # Fix the signs so that the picture does not flip between runs of the same data.
    u = u * (1.0 if u[np.argmax(np.abs(u))] >= 0 else -1.0)
    v = v * (1.0 if v[np.argmax(np.abs(v))] >= 0 else -1.0)
    return Plane(mean.astype(np.float32), u.astype(np.float32), v.astype(np.float32), "PCA plane")


def interpolate(z0: np.ndarray, z1: np.ndarray, steps: int, mode: str = "linear") -> np.ndarray:
    """(steps, D) codes from ``z0`` to ``z1`` inclusive; ``mode`` is "linear" or "spherical" (slerp).

    Spherical interpolation keeps the norm on the arc between the two codes, which suits Gaussian priors
    (their mass lies on a shell, and the straight line passes through the less likely middle).
    """
    if steps < 2:
        raise StudioError("An interpolation needs at least two steps.")
    z0 = np.asarray(z0, dtype=np.float64)
    z1 = np.asarray(z1, dtype=np.float64)
    t = np.linspace(0.0, 1.0, steps)[:, None]                               # (steps, 1)
    if mode == "linear":
        out = (1 - t) * z0 + t * z1
    elif mode in ("spherical", "slerp"):
        n0, n1 = np.linalg.norm(z0), np.linalg.norm(z1)
        if n0 < 1e-8 or n1 < 1e-8:
            out = (1 - t) * z0 + t * z1
        else:
            cos = np.clip(np.dot(z0 / n0, z1 / n1), -1.0, 1.0)
            omega = math.acos(cos)
            if omega < 1e-6:  # nearly the same direction: slerp and lerp agree
                out = (1 - t) * z0 + t * z1
            else:
                # Directions on the great circle, norms interpolated linearly between the two ends.
                d = (np.sin((1 - t) * omega) * (z0 / n0) + np.sin(t * omega) * (z1 / n1)) / math.sin(omega)
                out = d * ((1 - t) * n0 + t * n1)
    else:
        raise StudioError(f"Unknown interpolation '{mode}': choose linear or spherical.")
    out[0], out[-1] = z0, z1  # exact ends, so the strip's ends are the decodes of the two points
    return out.astype(np.float32)


@dataclass(frozen=True)
class Neighbour:
    index: int          # index into the training set
    distance: float
    label: int


class LatentSpace:
    """A trained run's model with the codes of its validation set. Build it with :meth:`open`."""

    def __init__(self, run: Run | None, model, val_images: np.ndarray, val_labels: np.ndarray,
                 label_names: list[str], train_images: np.ndarray | None = None,
                 train_labels: np.ndarray | None = None, codes: np.ndarray | None = None) -> None:
        """``codes`` given: a decoder without an encoder, ``val_images`` being the decodes of these codes."""
        import torch

        self.run = run
        self.model = model.eval()
        self.family = getattr(model, "family", "")
        self.dim = int(model.latent_dim)
        self.image_shape = tuple(int(s) for s in val_images.shape[1:])
        self.val_images = val_images                                        # (N, C, H, W) uint8
        self.val_labels = np.asarray(val_labels, dtype=np.int64)
        self.label_names = list(label_names)
        self.train_images = train_images
        self.train_labels = train_labels
        self._train_codes: np.ndarray | None = None
        self._anomaly: np.ndarray | None = None
        # The supervised AAE's decoder takes a label too: the class whose style space is shown.
        self.num_conditions = int(getattr(model, "num_conditions", 0) or 0)
        self.condition = 0
        self._torch = torch
        # A GAN has no encoder: no map of the data, no sketching, no anomalies; sliders, grid and
        # interpolation work the same on the codes of its prior samples.
        self.has_encoder = codes is None
        self.codes = self.encode_uint8(val_images) if codes is None else np.asarray(codes, np.float32)  # (N, D)
        self.decode(np.zeros((1, self.dim), np.float32))  # warm up, so the first drag is as quick as the rest

    # Loading ---------------------------------------------------------------------------------------

    @classmethod
    def open(cls, run: Run, which: str = "best", control: TaskControl | None = None) -> "LatentSpace":
        """Load ``run``'s model and validation set; raises a StudioError with one sentence when it cannot."""
        space = None
        for item in cls.open_steps(run, which, control):
            if isinstance(item, LatentSpace):
                space = item
        assert space is not None
        return space

    @classmethod
    def open_steps(cls, run: Run, which: str = "best",
                   control: TaskControl | None = None) -> Iterator[object]:
        """The same as :meth:`open` as a generator: yields Progress, then the LatentSpace itself."""
        control = control or TaskControl()
        info = run.info()
        yield Progress(0, 3, "Loading the model")
        model = load_latent_model(run, which)
        control.checkpoint()
        if not callable(getattr(model, "encode", None)):
            yield Progress(1, 3, "Sampling the generator")
            space = cls.from_decoder(run, model, info.get("label_names") or [])
            yield Progress(3, 3, "Ready")
            yield space
            return
        yield Progress(1, 3, "Loading the validation images")
        train_cfg = info.get("train") or {}
        from studio.data.importers import load_dataset

        split = load_dataset(train_cfg.get("dataset", info.get("dataset", "digits")),
                             float(train_cfg.get("val_fraction", 0.1)), int(train_cfg.get("seed", 0)))
        expected = tuple(getattr(model.config, "image_shape", split.image_shape))
        if tuple(split.image_shape) != expected:
            raise StudioError(f"The dataset of run '{run.id}' now has images of shape {split.image_shape}, "
                              f"but the model was trained on {expected}; was the dataset changed?")
        control.checkpoint()
        val = split.val
        if len(val) > MAX_POINTS:
            keep = np.sort(np.random.default_rng(0).permutation(len(val))[:MAX_POINTS])
            val = val.subset(keep)
        yield Progress(2, 3, "Encoding the validation images")
        names = info.get("label_names") or split.label_names
        space = cls(run, model, val.images, val.labels, names, split.train.images, split.train.labels)
        yield Progress(3, 3, "Ready")
        yield space

    @classmethod
    def from_decoder(cls, run: Run | None, model, label_names: list[str], n: int | None = None,
                     seed: int = 0) -> "LatentSpace":
        """The space of a decoder without an encoder (a GAN's generator): ``n`` seeded prior samples and their
        decodes stand in for the validation set (labelled -1: no class is known). By default 512 of 28 px
        pictures, fewer of larger ones (64 at 128 px): a large generator takes ~60 ms a picture on a CPU."""
        import torch

        if n is None:
            _c, h, w = (int(v) for v in getattr(model.config, "image_shape", (1, 28, 28)))
            n = int(min(PRIOR_SAMPLES, max(64, PRIOR_SAMPLES * 28 * 28 // (h * w))))

        g = torch.Generator().manual_seed(seed)
        sampler = getattr(model, "sample_prior", None)
        dim = int(model.latent_dim)
        codes = (sampler(n, g) if sampler is not None else torch.randn(n, dim, generator=g)).cpu().float().numpy()
        # A conditional generator draws every sample in the first class, the one the explorer starts with,
        # so that sample #i is what the sliders show for its code.
        label = (0,) if int(getattr(model, "num_conditions", 0) or 0) else ()
        with torch.inference_mode():
            images = np.concatenate([model.decode(torch.from_numpy(codes[i:i + ENCODE_BATCH]), *label).float().numpy()
                                     for i in range(0, n, ENCODE_BATCH)])
        pictures = (np.clip(images, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)   # (n, C, H, W)
        return cls(run, model, pictures, np.full(n, -1, np.int64), label_names, codes=codes)

    # Encoding and decoding -------------------------------------------------------------------------

    def encode(self, images: np.ndarray) -> np.ndarray:
        """(N, C, H, W) floats in [0, 1] -> (N, D) codes."""
        if not self.has_encoder:
            raise StudioError("This model has no encoder (a GAN only generates), so pictures cannot be "
                              "turned into codes.")
        torch = self._torch
        out = []
        with torch.inference_mode():
            for i in range(0, len(images), ENCODE_BATCH):
                x = torch.from_numpy(np.ascontiguousarray(images[i:i + ENCODE_BATCH], dtype=np.float32))
                out.append(self.model.encode(x).float().numpy())
        if not out:
            return np.zeros((0, self.dim), np.float32)
        return np.concatenate(out).astype(np.float32)

    def encode_uint8(self, images: np.ndarray) -> np.ndarray:
        out = [self.encode(images[i:i + ENCODE_BATCH].astype(np.float32) / 255.0)
               for i in range(0, len(images), ENCODE_BATCH)]
        return np.concatenate(out) if out else np.zeros((0, self.dim), np.float32)

    def decode(self, codes: np.ndarray) -> np.ndarray:
        """(N, D) codes -> (N, C, H, W) images in [0, 1]."""
        torch = self._torch
        z = torch.from_numpy(np.ascontiguousarray(np.atleast_2d(codes), dtype=np.float32))
        with torch.inference_mode():
            if self.num_conditions:
                images = self.model.decode(z, self.condition)
            else:
                images = self.model.decode(z)
        return images.float().numpy()

    def decode_one(self, code: np.ndarray) -> np.ndarray:
        """(D,) -> (C, H, W) in [0, 1]."""
        return self.decode(np.asarray(code, np.float32)[None])[0]

    def val_image(self, index: int) -> np.ndarray:
        """Validation image ``index`` as (C, H, W) floats in [0, 1]."""
        return self.val_images[index].astype(np.float32) / 255.0

    def label_name(self, label: int) -> str:
        if 0 <= label < len(self.label_names):
            return self.label_names[label]
        return "unlabelled" if label < 0 else str(label)

    # Priors and planes -----------------------------------------------------------------------------

    def sample_prior(self, n: int = 1, seed: int | None = None) -> np.ndarray:
        """(n, D) codes drawn from the model's prior (standard normal for a VAE)."""
        torch = self._torch
        g = torch.Generator().manual_seed(int(seed)) if seed is not None else None
        sampler = getattr(self.model, "sample_prior", None)
        if sampler is not None:
            return sampler(n, g).cpu().float().numpy()
        return torch.randn(n, self.dim, generator=g).numpy()

    @property
    def prior_note(self) -> str | None:
        """A sentence for a model without a prior (a plain autoencoder): its codes sit where training put
        them, so points between or beyond them decode to blurs; None for a VAE or AAE."""
        try:
            from studio.models.registry import get_entry

            samples = get_entry(self.family).can("sample")
        except Exception:  # noqa: BLE001 - an unknown family: say nothing rather than guess
            return None
        if samples:
            return None
        return ("This run is a plain autoencoder: its code space is not a prior space, so points between or "
                "beyond the training codes decode to near-identical blurs; train a VAE or AAE to explore it.")

    def default_plane(self) -> Plane:
        return axis_plane(self.dim, 0, 1) if self.dim == 2 else pca_plane(self.codes)

    def bounds(self, plane: Plane, margin: float = 0.1) -> tuple[float, float, float, float]:
        """(x0, x1, y0, y1) around the projected validation codes (1st to 99th percentile, plus a margin)."""
        xy = plane.project(self.codes)
        lo = np.percentile(xy, 0.5, axis=0)
        hi = np.percentile(xy, 99.5, axis=0)
        pad = (hi - lo) * margin + 1e-3
        return float(lo[0] - pad[0]), float(hi[0] + pad[0]), float(lo[1] - pad[1]), float(hi[1] + pad[1])

    # Grids, interpolation, neighbours, anomalies ---------------------------------------------------

    def grid_codes(self, plane: Plane, rect: tuple[float, float, float, float], n: int,
                   base: np.ndarray | None = None) -> np.ndarray:
        """(n·n, D) codes on an n×n grid over ``rect`` = (x0, x1, y0, y1), row by row from the top (high y)."""
        if n < 1:
            raise StudioError("The grid needs at least one row.")
        x0, x1, y0, y1 = rect
        # Cell centres, so the grid covers the rectangle evenly and never decodes its very edge twice.
        xs = x0 + (np.arange(n) + 0.5) * (x1 - x0) / n
        ys = y1 - (np.arange(n) + 0.5) * (y1 - y0) / n
        gx, gy = np.meshgrid(xs, ys)
        ab = np.stack([gx.ravel(), gy.ravel()], axis=1)
        base = plane.origin if base is None else base
        return plane.lift(ab, base)

    def decode_grid(self, plane: Plane, rect: tuple[float, float, float, float], n: int,
                    base: np.ndarray | None = None) -> np.ndarray:
        """One (n·H, n·W, C) float picture of the decodes of an n×n grid over ``rect`` (top row = high y)."""
        images = self.decode(self.grid_codes(plane, rect, n, base))         # (n·n, C, H, W)
        c, h, w = images.shape[1:]
        return images.reshape(n, n, c, h, w).transpose(0, 3, 1, 4, 2).reshape(n * h, n * w, c)

    def interpolate(self, z0: np.ndarray, z1: np.ndarray, steps: int = 10,
                    mode: str = "linear") -> tuple[np.ndarray, np.ndarray]:
        """(codes (steps, D), images (steps, C, H, W)) from z0 to z1."""
        codes = interpolate(z0, z1, steps, mode)
        return codes, self.decode(codes)

    def training_codes(self) -> np.ndarray:
        """Codes of (up to 60,000) training images, computed once on first use."""
        if self._train_codes is None:
            if self.train_images is None:
                raise StudioError("This latent space was opened without its training images.")
            self._train_codes = self.encode_uint8(self.train_images[:MAX_TRAIN_CODES])
        return self._train_codes

    def nearest_training(self, code: np.ndarray, k: int = 8) -> list[Neighbour]:
        """The ``k`` training images whose codes are closest (Euclidean) to ``code``."""
        codes = self.training_codes()
        d = np.linalg.norm(codes - np.asarray(code, np.float32)[None], axis=1)
        k = min(k, len(d))
        idx = np.argpartition(d, k - 1)[:k]
        idx = idx[np.argsort(d[idx])]
        labels = self.train_labels if self.train_labels is not None else np.full(len(d), -1)
        return [Neighbour(int(i), float(d[i]), int(labels[i])) for i in idx]

    def nearest_validation(self, code: np.ndarray) -> int:
        """Index of the validation point closest to ``code``."""
        return int(np.argmin(np.linalg.norm(self.codes - np.asarray(code, np.float32)[None], axis=1)))

    def anomaly_scores(self) -> np.ndarray:
        """(N,) reconstruction error of each validation image: mean squared pixel error of decode(encode(x))."""
        if self._anomaly is None:
            scores = []
            for i in range(0, len(self.val_images), ENCODE_BATCH):
                x = self.val_images[i:i + ENCODE_BATCH].astype(np.float32) / 255.0
                if self.num_conditions:
                    # Each image is rebuilt with its own label, as the model was trained.
                    recon = self._decode_with_labels(self.codes[i:i + ENCODE_BATCH], self.val_labels[i:i + ENCODE_BATCH])
                else:
                    recon = self.decode(self.codes[i:i + ENCODE_BATCH])
                scores.append(((recon - x) ** 2).reshape(len(x), -1).mean(axis=1))
            self._anomaly = np.concatenate(scores).astype(np.float32)
        return self._anomaly

    def most_anomalous(self, k: int = 24) -> np.ndarray:
        """Indices of the ``k`` validation images with the largest reconstruction error, worst first."""
        scores = self.anomaly_scores()
        return np.argsort(-scores, kind="stable")[:k]

    def _decode_with_labels(self, codes: np.ndarray, labels: np.ndarray) -> np.ndarray:
        torch = self._torch
        with torch.inference_mode():
            return self.model.decode(torch.from_numpy(np.ascontiguousarray(codes, np.float32)),
                                     torch.from_numpy(labels)).float().numpy()

    def knn_accuracy(self, k: int = 1) -> float:
        """Share of validation codes whose ``k`` nearest training codes vote for their own label."""
        from studio.latent.neighbors import knn_predict

        train = self.training_codes()
        labels = self.train_labels[:len(train)]
        return float((knn_predict(train, labels, self.codes, k) == self.val_labels).mean())


def load_latent_model(run: Run, which: str = "best"):
    """The run's model, if it has an encoder and a decoder; otherwise one clear sentence."""
    from studio.models.registry import available_models
    from studio.training.trained import load_trained_model

    info = run.info()
    name = info.get("model", "")
    known = {entry.name: entry for entry in available_models()}
    if name not in known:
        raise StudioError(f"The run '{run.id}' was trained with a model called '{name or 'unknown'}', which "
                          "the latent explorer cannot open; choose a VAE, adversarial autoencoder or GAN run.")
    entry = known[name]
    if not entry.can("decode"):
        raise StudioError(f"The run '{run.id}' holds a {entry.title}, which has no decoder from a code, so it "
                          "has no latent space to explore; choose a VAE, adversarial autoencoder or GAN run.")
    try:
        model = load_trained_model(run, which)
    except StudioError:
        raise
    except (KeyError, TypeError, ValueError) as exc:
        raise CheckpointError(f"The checkpoint of run '{run.id}' is damaged ({exc.__class__.__name__}); "
                              "it cannot be opened.") from None
    if int(getattr(model, "latent_dim", 0) or 0) < 1:
        raise StudioError(f"The run '{run.id}' has no latent space to explore.")
    return model
