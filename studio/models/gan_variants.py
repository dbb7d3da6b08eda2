"""The GAN variants that take more than noise: conditional DCGAN, InfoGAN and the semi-supervised GAN.

Each is a DCGAN (``gan.py``) that overrides the base's hooks: what G and D are given besides the image
(``g_input``, ``d_logits``), how the conditions of fakes are drawn, and its extra loss terms.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from studio.models.base import ConfigError, StepContext, Term, option
from studio.models.gan import DCGAN, GAN_TRAINING, PREVIEW_COLUMNS, DCGANConfig
from studio.models.gan_blocks import one_hot
from studio.models.registry import register

# Previews show at most this many classes or categories, one row each.
MAX_PREVIEW_ROWS = 10


def _labels(n: int, labels, classes: int, device) -> torch.Tensor:
    """(n,) labels from None (0, 1, 2, … cycling), an int, or a sequence of n."""
    if labels is None:
        return torch.arange(n, device=device) % classes
    if isinstance(labels, torch.Tensor):
        t = labels.to(device).long().reshape(-1)
    else:
        t = torch.as_tensor(np.array(labels), device=device).long().reshape(-1)
    return t.expand(n).clone() if t.numel() == 1 else t


def _with_classes(values: dict, spec, title: str) -> dict:
    """The config's classes from the data's labels; data without labels cannot train this model."""
    values = dict(values)
    if spec is not None:
        if getattr(spec, "num_classes", 0) < 2:
            raise ConfigError(f"The {title} needs labelled pictures of at least two classes (for a folder: "
                              "sub-folders named after their classes).")
        values["num_classes"] = spec.num_classes
    return values


# Conditional DCGAN ---------------------------------------------------------------------------------

# How D is told the class. "projection" (Miyato & Koyama 2018): D's verdict gains the inner product of a
# learned class embedding with its features, so that "real" means "a real picture of this class"; "concat":
# the one-hot label as extra input channels (the original conditional GAN, Mirza & Osindero 2014), which
# runs saved before the option existed keep.
CONDITIONINGS = ("projection", "concat")


@dataclass
class CGANConfig(DCGANConfig):
    num_classes: int = option(10, "Classes", "labels G and D are told about (taken from the data's labels)",
                              min=2, max=1000)
    d_steps: int = option(2, "D steps per G step", "discriminator updates (fresh noise each) for each "
                          "generator update", min=1, max=10)
    conditioning: str = option("projection", "Conditioning of D", "how D is told the class: projection: a "
                               "class embedding's inner product with D's features joins its verdict (Miyato "
                               "& Koyama 2018); concat: the label as extra input channels (the original "
                               "cGAN)", choices=CONDITIONINGS)
    class_weight: float = option(1.0, "Class loss (AC-GAN)", "weight of the auxiliary classifier (Odena et "
                                 "al. 2017): D learns to name the class of real pictures, and G to draw "
                                 "pictures D names as the class asked (0: off)", min=0.0, max=10.0, step=0.1)

    @classmethod
    def for_data(cls, values: dict, spec) -> "CGANConfig":
        return super().for_data(_with_classes(values, spec, "conditional DCGAN"), spec)

    @classmethod
    def upgrade(cls, values: dict, model_format: int) -> dict:
        # Format 1 (before the projection and the class loss): D took the label as input channels.
        if model_format < 2:
            return {"conditioning": "concat", "class_weight": 0.0, **values}
        return dict(values)


@register("cgan", "Conditional DCGAN", "A DCGAN told which class to draw: G takes the label with its "
          "noise; D judges each picture for its class (a class projection) and also names the class "
          "(AC-GAN); D trains twice per G step.", CGANConfig,
          capabilities=("decode", "sample", "conditional"),
          presets=(("Conditional DCGAN", {}),
                   ("Conditional DCGAN, label concatenated (the original)",
                    {"conditioning": "concat", "class_weight": 0.0}),
                   # Measured with the concatenated label (docs/benchmarks.md): lr 1e-3 took the label up
                   # in fewer steps than 2e-4. For short CPU runs; spectral norm and the EMA keep it stable.
                   ("Conditional DCGAN, fast (lr 1e-3, D once per G step)", {"d_steps": 1}, {"lr": 1e-3})),
          headline="d_real", training=GAN_TRAINING, format_version=2)
class CGAN(DCGAN):
    def __init__(self, config: CGANConfig) -> None:
        super().__init__(config)
        self.preview_titles = {f"row{i}": f"Class {i}" for i in range(min(config.num_classes, MAX_PREVIEW_ROWS))}
        # Both live inside D, so that D's optimiser trains them and G's step leaves them frozen.
        features = self.discriminator.feature_size
        if config.conditioning == "projection":
            embed = nn.Embedding(config.num_classes, features)                     # (K, F)
            self.discriminator.embed = (nn.utils.parametrizations.spectral_norm(embed) if config.spectral_norm
                                        else embed)
        if config.class_weight > 0:
            # No spectral norm here: it is a classifier, not the critic whose smoothness G's gradient needs.
            self.discriminator.class_head = nn.Linear(features, config.num_classes)  # (B, K) logits

    @property
    def num_conditions(self) -> int:
        return self.config.num_classes

    def generator_extra(self) -> int:
        return self.config.num_classes

    def d_extra(self) -> int:
        return self.config.num_classes if self.config.conditioning == "concat" else 0

    def draw_conditions(self, n: int, batch: dict, device) -> dict:
        return {"label": torch.randint(0, self.config.num_classes, (n,), device=device)}

    def real_conditions(self, batch: dict) -> dict:
        return {"label": batch["label"]}

    def g_input(self, z: torch.Tensor, cond: dict) -> torch.Tensor:
        return torch.cat([z, one_hot(cond["label"], self.config.num_classes, z.dtype)], dim=1)  # (B, latent + K)

    def d_logits(self, x: torch.Tensor, cond: dict):
        k = self.config.num_classes
        labels = cond["label"].long()
        if self.config.conditioning == "concat":
            out, feats = self.discriminator(x, one_hot(labels, k, x.dtype))
            return out.squeeze(1), feats
        out, feats = self.discriminator(x)                                          # (B, 1), (B, F)
        # The projection: <embed(y), φ(x)>; an unknown label (-1) adds nothing.
        known = ((labels >= 0) & (labels < k)).to(feats.dtype)
        projection = (self.discriminator.embed(labels.clamp(0, k - 1)).to(feats.dtype) * feats).sum(1)  # (B,)
        return out.squeeze(1) + projection * known, feats

    def conditions_for(self, n: int, labels=None, codes=None) -> dict:
        return {"label": _labels(n, labels, self.config.num_classes, self.fixed_z.device)}

    @torch.no_grad()
    def preview(self, batch: dict) -> dict[str, torch.Tensor]:
        """One row per class, the same noise down each column (so a column shows one style in every class)."""
        rows = min(self.config.num_classes, MAX_PREVIEW_ROWS)
        z = self.fixed_z[:PREVIEW_COLUMNS].repeat(rows, 1)                          # (rows·cols, latent)
        labels = torch.arange(rows, device=z.device).repeat_interleave(PREVIEW_COLUMNS)
        images = self.generate(z, {"label": labels}).view(rows, PREVIEW_COLUMNS, *self.config.image_shape)
        return {f"row{i}": row for i, row in enumerate(images)}

    # The auxiliary classifier (AC-GAN) ---------------------------------------------------------------
    # D learns the class from real pictures only: taught on early fakes as well, it would learn to read
    # the asked class from marks that are no digit, and G would be rewarded for drawing those marks.

    def _class_loss(self, feats: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
        """The weighted cross-entropy of D's class guesses; pictures of unknown class (-1) count for nothing
        (a mean over the known ones, written without a host sync and without 0/0 when none is known)."""
        logits = self.discriminator.class_head(feats).float()                      # (B, K)
        labels = labels.long()
        known = (labels >= 0).float()
        ce = F.cross_entropy(logits, labels.clamp_min(0), reduction="none")        # (B,)
        return self.config.class_weight * (ce * known).sum() / known.sum().clamp_min(1.0)

    def extra_d_terms(self, batch, real_feats, fake, fake_feats, cond):
        if self.config.class_weight <= 0:
            return {}
        return {"class_real": self._class_loss(real_feats, batch["label"])}

    def extra_g_terms(self, batch, real_feats, fake, fake_feats, cond):
        if self.config.class_weight <= 0:
            return {}
        return {"class_fake": self._class_loss(fake_feats, cond["label"])}

    @classmethod
    def terms(cls, config) -> list[Term]:
        terms = super().terms(config)
        if config.class_weight > 0:
            terms += [Term("class_real", "Class loss on real pictures (D's classifier, weighted)", "nats"),
                      Term("class_fake", "Class loss on fakes (G's, weighted)", "nats"),
                      Term("class_accuracy", "D's classifier on held-out pictures (validation)", "share")]
        return terms

    def validation_extra(self, batch, real_out, real_feats):
        if self.config.class_weight <= 0:
            return {}
        labels = batch["label"].long()
        known = labels >= 0
        if not bool(known.any()):
            return {}
        logits = self.discriminator.class_head(real_feats).float()
        accuracy = (logits.argmax(1) == labels).float()[known].mean()
        return {"class_real": self._class_loss(real_feats, labels), "class_accuracy": accuracy}


# InfoGAN -------------------------------------------------------------------------------------------

@dataclass
class InfoGANConfig(DCGANConfig):
    categories: int = option(10, "Categorical code", "values of the categorical code (0: none); on digits "
                             "it tends to pick up the digit", min=0, max=100)
    continuous: int = option(2, "Continuous codes", "codes in [-1, 1] (they tend to pick up slant, width)",
                             min=0, max=16)
    info_weight: float = option(1.0, "Mutual-information weight", "λ of the mutual-information term",
                                min=0.0, max=10.0, step=0.1)

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.categories == 0 and self.continuous == 0:
            raise ValueError("InfoGAN needs at least one code (categorical or continuous)")


@register("infogan", "InfoGAN", "A DCGAN whose generator also takes codes that a third network (Q) must "
          "read back from the image: the codes learn to mean something (digit, slant, width).", InfoGANConfig,
          capabilities=("decode", "sample"),
          presets=(("InfoGAN, 10 categories + 2 continuous codes", {}),),
          headline="info", training=GAN_TRAINING)
class InfoGAN(DCGAN):
    def __init__(self, config: InfoGANConfig) -> None:
        super().__init__(config)
        # Q shares D's layers and adds its own head; inside D, so that D's optimiser trains it on fakes.
        self.discriminator.q_head = nn.Sequential(
            nn.Linear(self.discriminator.feature_size, 128), nn.LeakyReLU(0.2),      # (B, 128)
            nn.Linear(128, config.categories + config.continuous))                  # (B, K + cont)
        rows = min(max(config.categories, 1), MAX_PREVIEW_ROWS)
        self.preview_titles = {f"row{i}": (f"Category {i}" if config.categories else "") for i in range(rows)}

    @property
    def num_conditions(self) -> int:
        """The categorical code's values: in the Latent explorer a category is chosen like a class."""
        return self.config.categories

    def decode(self, z: torch.Tensor, y=None) -> torch.Tensor:
        """Samples of category ``y`` (0 when None) with the continuous codes at 0."""
        return self.generate(z, self.conditions_for(len(z), codes={"category": 0 if y is None else y}))

    @property
    def code_sizes(self) -> tuple[int, int]:
        """(values of the categorical code, number of continuous codes)."""
        return self.config.categories, self.config.continuous

    def generator_extra(self) -> int:
        return self.config.categories + self.config.continuous

    def draw_conditions(self, n: int, batch: dict, device) -> dict:
        k, c = self.code_sizes
        cat = torch.randint(0, max(k, 1), (n,), device=device)
        cont = torch.rand(n, c, device=device) * 2.0 - 1.0
        return {"category": cat, "continuous": cont}

    def g_input(self, z: torch.Tensor, cond: dict) -> torch.Tensor:
        k, _ = self.code_sizes
        parts = [z]
        if k:
            parts.append(one_hot(cond["category"], k, z.dtype))
        parts.append(cond["continuous"].to(z.dtype))
        return torch.cat(parts, dim=1)                                              # (B, latent + K + cont)

    def conditions_for(self, n: int, labels=None, codes=None) -> dict:
        """``codes``: {"category": int or (n,), "continuous": (cont,) or (n, cont)}; defaults 0, 1, 2, … and 0."""
        k, c = self.code_sizes
        device = self.fixed_z.device
        codes = codes or {}
        cat = _labels(n, codes.get("category"), max(k, 1), device)
        cont = torch.zeros(n, c, device=device)
        if codes.get("continuous") is not None and c:
            cont[:] = torch.as_tensor(np.array(codes["continuous"], dtype=np.float32), device=device).reshape(-1, c)
        return {"category": cat, "continuous": cont}

    def _info(self, fake_feats: torch.Tensor, cond: dict) -> torch.Tensor:
        k, c = self.code_sizes
        q = self.discriminator.q_head(fake_feats).float()                           # (B, K + cont)
        loss = q.new_zeros(())
        if k:
            loss = loss + F.cross_entropy(q[:, :k], cond["category"])
        if c:
            # A Gaussian of unit variance around Q's guess: its log-likelihood is -½·(error)² + const.
            loss = loss + 0.5 * (q[:, k:] - cond["continuous"].float()).pow(2).sum(1).mean()
        return self.config.info_weight * loss

    def extra_d_terms(self, batch, real_feats, fake, fake_feats, cond):
        return {"info": self._info(fake_feats, cond)}

    def extra_g_terms(self, batch, real_feats, fake, fake_feats, cond):
        return {"info": self._info(fake_feats, cond)}

    @classmethod
    def terms(cls, config) -> list[Term]:
        return [*super().terms(config), Term("info", "Mutual-information loss (Q reads the codes back)", "nats")]

    def validation_extra(self, batch, real_out, real_feats):
        n = len(batch["image"])
        cond = self.draw_conditions(n, batch, real_feats.device)
        z = torch.randn(n, self.latent_dim, device=real_feats.device)
        fake_feats = self.d_logits(self.generator(self.g_input(z, cond)), cond)[1]
        return {"info": self._info(fake_feats, cond)}

    @torch.no_grad()
    def preview(self, batch: dict) -> dict[str, torch.Tensor]:
        """One row per category (continuous codes 0), the same noise down each column."""
        k, _ = self.code_sizes
        rows = min(max(k, 1), MAX_PREVIEW_ROWS)
        z = self.fixed_z[:PREVIEW_COLUMNS].repeat(rows, 1)
        cond = self.conditions_for(len(z), codes={"category": torch.arange(rows).repeat_interleave(PREVIEW_COLUMNS)})
        images = self.generate(z, cond).view(rows, PREVIEW_COLUMNS, *self.config.image_shape)
        return {f"row{i}": row for i, row in enumerate(images)}


# Semi-supervised GAN -------------------------------------------------------------------------------

@dataclass
class SSGANConfig(DCGANConfig):
    num_classes: int = option(10, "Classes", "K: D tells K real classes and 'fake' apart (K + 1 classes)",
                              min=2, max=1000)
    labelled: int = option(100, "Labelled images", "how many labels D may learn from (the first ones the run "
                           "sees, balanced over the classes); every other image is used without its label",
                           min=2, max=1_000_000)
    feature_matching: bool = option(True, "Feature matching", "G matches the mean of D's features on real "
                                    "images (Salimans et al. 2016) instead of fooling D")

    @classmethod
    def for_data(cls, values: dict, spec) -> "SSGANConfig":
        return super().for_data(_with_classes(values, spec, "semi-supervised GAN"), spec)


@register("ssgan", "Semi-supervised GAN (K+1 classes)", "A DCGAN whose discriminator sorts images into the "
          "K classes or 'fake': it learns a classifier from a few labels (100 on MNIST) and many unlabelled "
          "images.", SSGANConfig,
          capabilities=("decode", "sample"),
          presets=(("Semi-supervised GAN, 100 labels", {"labelled": 100}),),
          headline="accuracy", training=GAN_TRAINING)
class SSGAN(DCGAN):
    needs_real_features_for_g = True

    def __init__(self, config: SSGANConfig) -> None:
        super().__init__(config)
        n = config.labelled
        # The labelled images the run has kept so far (label -1: a free place); saved with the model, so a
        # resumed run learns from exactly the same labels.
        self.register_buffer("labelled_x", torch.zeros(n, *config.image_shape))
        self.register_buffer("labelled_y", torch.full((n,), -1, dtype=torch.long))

    def d_outputs(self) -> int:
        return self.config.num_classes

    def class_logits(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        out, feats = self.discriminator(x)
        return out.float(), feats                                                   # (B, K), (B, F)

    def d_logits(self, x: torch.Tensor, cond: dict):
        # With the fake class's logit fixed at 0, D(x) = Z / (Z + 1) where Z = Σ exp(l_k): its logit is
        # log Z, so the plain real/fake losses apply to logsumexp of the K class logits.
        out, feats = self.class_logits(x)
        return torch.logsumexp(out, dim=1), feats

    def _keep_labels(self, batch: dict) -> None:
        """Fill the free places of the labelled set from this batch, up to labelled/K per class."""
        free = (self.labelled_y < 0).nonzero().squeeze(1)
        if len(free) == 0:
            return
        per_class = max(1, self.config.labelled // self.config.num_classes)
        counts = torch.bincount(self.labelled_y[self.labelled_y >= 0], minlength=self.config.num_classes).tolist()
        slot = 0
        for i, y in enumerate(batch["label"].tolist()):
            if slot >= len(free):
                break
            if 0 <= y < self.config.num_classes and counts[y] < per_class:
                self.labelled_x[free[slot]] = batch["image"][i] * 2.0 - 1.0
                self.labelled_y[free[slot]] = y
                counts[y] += 1
                slot += 1

    def training_step(self, batch: dict, ctx: StepContext, opt) -> dict[str, torch.Tensor]:
        with torch.no_grad():
            self._keep_labels(batch)
        return super().training_step(batch, ctx, opt)

    def extra_d_terms(self, batch, real_feats, fake, fake_feats, cond):
        known = self.labelled_y >= 0
        if not bool(known.any()):
            return {"supervised": real_feats.new_zeros((), dtype=torch.float32)}
        logits, _ = self.class_logits(self.labelled_x[known])
        return {"supervised": F.cross_entropy(logits, self.labelled_y[known])}

    def _g_loss(self, batch: dict, real: torch.Tensor):
        if not self.config.feature_matching:
            return super()._g_loss(batch, real)
        n = len(real)
        z = torch.randn(n, self.latent_dim, device=real.device)
        fake = self.generator(self.g_input(z, {}))
        _, fake_feats = self.d_logits(self._augment(fake), {})
        with torch.no_grad():
            _, real_feats = self.d_logits(self._augment(real), {})
        loss = (real_feats.float().mean(0) - fake_feats.float().mean(0)).pow(2).mean()
        return loss, {}

    @classmethod
    def terms(cls, config) -> list[Term]:
        return [*super().terms(config), Term("supervised", "Supervised loss (the labelled images)", "nats"),
                Term("accuracy", "Classifier accuracy (validation)", "share")]

    def validation_extra(self, batch, real_out, real_feats):
        labels = batch["label"]
        known = labels >= 0
        logits = self.discriminator.head(real_feats).float()
        correct = (logits.argmax(1) == labels).float()
        acc = correct[known].mean() if bool(known.any()) else correct.new_zeros(())
        sup = F.cross_entropy(logits[known], labels[known]) if bool(known.any()) else correct.new_zeros(())
        return {"accuracy": acc, "supervised": sup}

