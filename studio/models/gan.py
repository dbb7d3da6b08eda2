"""Generative adversarial networks (Goodfellow et al. 2014): a generator and a discriminator playing a
two-player minimax game, through the one engine.

``GAN`` is the family's base and the plain MLP GAN; ``DCGAN`` the convolutional one (Radford et al. 2015)
at 28, 32, 64 or 128 px, grey or colour. The conditional, InfoGAN and semi-supervised variants live in
``gan_variants.py`` and only override the hooks marked below (what G and D are given besides the image,
and the extra loss terms).

Each ``training_step`` takes ``d_steps`` discriminator steps (fresh noise each) on the batch, then one
generator step; each calls ``opt.step`` on its own optimiser (the engine owns precision). Options: the
non-saturating or hinge loss, one-sided label smoothing, spectral norm in D, two learning rates (TTUR),
R1, DiffAugment, and an exponential moving average (EMA) of G's weights, which is a submodule and so is
kept in every checkpoint (exact resume) and is what sampling uses.

The model also holds a seeded buffer of fixed noise (``fixed_z``), saved with it: every epoch's preview
is drawn from the same noise, so the saved previews are a timeline of the GAN learning.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import torch
from torch import nn

from studio.models.base import GenerativeModel, ModelConfig, StepContext, Term, option
from studio.models.gan_blocks import (ConvDiscriminator, ConvGenerator, MLPDiscriminator, MLPGenerator,
                                      conv_sides_ok, d_loss_fn, diff_augment, ema_decay_at, ema_update,
                                      g_loss_fn, parse_policy, r1_penalty)
from studio.models.registry import register

LOSSES = ("nonsaturating", "hinge")
# DiffAugment's "auto": on (all three parts) for folders of pictures smaller than this, off otherwise.
SMALL_FOLDER = 2000
AUGMENT_CHOICES = ("auto", "off", "color,translation,cutout", "translation,cutout", "color,translation",
                   "translation", "color", "cutout")
FIXED_NOISE_SEED = 1234
# The family's training settings (the registry's ``training``): DCGAN's learning rate of 2e-4 (Radford et
# al. 2015; with its β1 = 0.5, set in ``configure_optimizers``). The engine's 1e-3 suits one player, but two
# that fast oscillate: G chases a D that moves too much between its steps.
GAN_TRAINING = {"lr": 2e-4}
# The preview's grid: rows × columns of fixed noise (conditional models: one row per class instead).
PREVIEW_ROWS, PREVIEW_COLUMNS = 8, 8


@dataclass
class GANConfig(ModelConfig):
    latent_dim: int = option(64, "Noise size", "dimensions of the noise z the generator starts from",
                             min=1, max=512)
    hidden: int = option(256, "Width", "MLP: hidden units; DCGAN: channels of the layer nearest the image "
                         "(doubled at each smaller size, up to 512)", min=8, max=1024)
    loss: str = option("nonsaturating", "Loss", "nonsaturating: -log D(G(z)) for G; hinge: the hinge loss "
                       "of SN-GAN and BigGAN", choices=LOSSES)
    label_smoothing: float = option(0.0, "Label smoothing", "one-sided: real images are labelled 1 - this "
                                    "for D (0.1 is usual; non-saturating loss only)", min=0.0, max=0.5, step=0.05)
    spectral_norm: bool = option(True, "Spectral norm", "spectral normalisation of D's layers (keeps D "
                                 "smooth; the usual remedy for unstable training)")
    d_steps: int = option(1, "D steps per G step", "discriminator updates (fresh noise each) for each "
                          "generator update", min=1, max=10)
    d_lr_scale: float = option(1.0, "D learning-rate scale", "D learns at this multiple of the learning rate "
                               "(TTUR: e.g. 4 with a small learning rate for G)", min=0.05, max=20.0, step=0.5)
    ema_decay: float = option(0.999, "EMA of G", "decay of the moving average of G's weights that sampling "
                              "uses (0: off, sample from G itself)", min=0.0, max=0.9999, step=0.001)
    r1_gamma: float = option(0.0, "R1 penalty", "weight γ of the penalty on D's gradient at real images "
                             "(0: off; 0.1 to 10 is usual)", min=0.0, max=100.0, step=0.1)
    diffaugment: str = option("auto", "DiffAugment", "differentiable augmentation of every image D sees, "
                              "real and fake alike; auto: on for folders under 2,000 pictures",
                              choices=AUGMENT_CHOICES)

    def __post_init__(self) -> None:
        super().__post_init__()
        parse_policy("off" if self.diffaugment == "auto" else self.diffaugment)

    @classmethod
    def for_data(cls, values: dict, spec) -> "GANConfig":
        """Resolve DiffAugment's "auto" from the data (the stored config says what was used)."""
        values = dict(values)
        if values.get("diffaugment", "auto") == "auto":
            extra = dict(getattr(spec, "extra", None) or {})
            small = extra.get("origin") == "folder" and int(extra.get("items", SMALL_FOLDER)) < SMALL_FOLDER
            values["diffaugment"] = "color,translation,cutout" if small else "off"
        return super().for_data(values, spec)


@register("gan", "GAN (fully connected)", "The original two-player game: a fully connected generator "
          "makes images from noise, a discriminator tells them from real ones.", GANConfig,
          capabilities=("decode", "sample"),
          presets=(("GAN, 64-d noise", {"latent_dim": 64}),
                   ("GAN, hinge loss", {"latent_dim": 64, "loss": "hinge"})),
          headline="d_real", training=GAN_TRAINING)
class GAN(GenerativeModel):
    """The MLP GAN, and the base of every GAN family (see the module's docstring)."""

    # GAN losses do not say how good the samples are: keep the latest checkpoint, not a "best" one.
    monitor = None
    preview_kind = "image_rows"
    preview_titles = {f"row{i}": "" for i in range(PREVIEW_ROWS)}
    conv = False

    def __init__(self, config: GANConfig) -> None:
        super().__init__(config)
        self.policy = parse_policy("off" if config.diffaugment == "auto" else config.diffaugment)
        g_in = config.latent_dim + self.generator_extra()
        if self.conv:
            self.generator = ConvGenerator(g_in, config.image_shape, config.hidden)
            self.discriminator = ConvDiscriminator(config.image_shape, max(8, config.hidden // 2),
                                                   self.d_outputs(), self.d_extra(), config.spectral_norm)
        else:
            self.generator = MLPGenerator(g_in, config.image_shape, config.hidden)
            self.discriminator = MLPDiscriminator(config.image_shape, config.hidden, self.d_outputs(),
                                                  self.d_extra(), config.spectral_norm)
        self.generator_ema = copy.deepcopy(self.generator).requires_grad_(False) if config.ema_decay > 0 else None
        g = torch.Generator().manual_seed(FIXED_NOISE_SEED)
        self.register_buffer("fixed_z", torch.randn(PREVIEW_ROWS * PREVIEW_COLUMNS, config.latent_dim, generator=g))

    # Hooks of the variants -----------------------------------------------------------------------

    def generator_extra(self) -> int:
        """Inputs G takes besides the noise (a one-hot label, InfoGAN's codes)."""
        return 0

    def d_extra(self) -> int:
        """Inputs D takes besides the image (a cGAN's one-hot label)."""
        return 0

    def d_outputs(self) -> int:
        return 1

    def draw_conditions(self, n: int, batch: dict, device) -> dict:
        """What to give G besides the noise for ``n`` fakes (a variant draws labels or codes here)."""
        return {}

    def g_input(self, z: torch.Tensor, cond: dict) -> torch.Tensor:
        return z

    def d_logits(self, x: torch.Tensor, cond: dict) -> tuple[torch.Tensor, torch.Tensor]:
        """D's (B,) real/fake logits and its (B, F) features for images ``x`` in [-1, 1]."""
        out, feats = self.discriminator(x)
        return out.squeeze(1), feats

    def real_conditions(self, batch: dict) -> dict:
        return {}

    def extra_d_terms(self, batch, real_feats, fake, fake_feats, cond) -> dict[str, torch.Tensor]:
        """Terms added to D's loss (their sum), e.g. InfoGAN's mutual information, SSGAN's labels."""
        return {}

    def extra_g_terms(self, batch, real_feats, fake, fake_feats, cond) -> dict[str, torch.Tensor]:
        return {}

    # Generating ------------------------------------------------------------------------------------

    @property
    def latent_dim(self) -> int:
        return self.config.latent_dim

    @property
    def num_conditions(self) -> int:
        """How many labels G takes (0: none); the Latent explorer's contract."""
        return 0

    @property
    def sampler(self) -> nn.Module:
        """The generator that sampling uses: the EMA of G's weights when kept, else G itself."""
        return self.generator_ema if self.generator_ema is not None else self.generator

    def sample_prior(self, n: int, generator: torch.Generator | None = None) -> torch.Tensor:
        return torch.randn(n, self.latent_dim, generator=generator).to(self.fixed_z.device)

    def conditions_for(self, n: int, labels=None, codes=None) -> dict:
        """The conditions of ``n`` samples from user-facing labels and codes (variants override)."""
        return {}

    def generate(self, z: torch.Tensor, cond: dict | None = None, ema: bool = True) -> torch.Tensor:
        """(B, latent) noise -> (B, C, H, W) images in [0, 1]."""
        net = self.sampler if ema else self.generator
        return (net(self.g_input(z, cond or {})).float() + 1.0) / 2.0

    def decode(self, z: torch.Tensor, y=None) -> torch.Tensor:
        """The Latent explorer's decode: ``y`` is the label of a model with ``num_conditions`` (one class for
        the whole batch when None: class 0, as the AAE does), ignored otherwise."""
        if y is None and self.num_conditions:
            y = 0
        return self.generate(z, self.conditions_for(len(z), labels=y))

    def features(self, images: torch.Tensor) -> torch.Tensor:
        """D's (B, F) features of images in [0, 1] (a cheap feature space for the diversity figure)."""
        cond = self.conditions_for(len(images))
        return self.d_logits(images * 2.0 - 1.0, cond)[1].float()

    # Training --------------------------------------------------------------------------------------

    def configure_optimizers(self, lr: float, weight_decay: float = 0.0) -> dict[str, torch.optim.Optimizer]:
        # β1 = 0.5 (DCGAN's advice): less momentum, fewer oscillations between the two players.
        betas = (0.5, 0.999)
        return {"D": torch.optim.Adam(self.discriminator.parameters(), lr=lr * self.config.d_lr_scale, betas=betas,
                                      weight_decay=weight_decay),
                "G": torch.optim.Adam(self.generator.parameters(), lr=lr, betas=betas)}

    @classmethod
    def terms(cls, config: GANConfig) -> list[Term]:
        return [Term("d_loss", "Discriminator loss", "nats"), Term("g_loss", "Generator loss", "nats"),
                Term("d_real", "D(x): real judged real", "probability"),
                Term("d_fake", "D(G(z)): fake judged real", "probability"),
                Term("diversity", "Diversity of samples / of real images", "ratio")]

    def _augment(self, x: torch.Tensor) -> torch.Tensor:
        return diff_augment(x, self.policy) if self.policy else x

    def _d_phase(self, batch: dict, real: torch.Tensor, with_r1: bool):
        cond_real = self.real_conditions(batch)
        n = len(real)
        cond = self.draw_conditions(n, batch, real.device)
        z = torch.randn(n, self.latent_dim, device=real.device)
        with torch.no_grad():
            fake = self.generator(self.g_input(z, cond))
        real_in = self._augment(real)
        if with_r1:
            real_in = real_in.detach().requires_grad_(True)
        real_out, real_feats = self.d_logits(real_in, cond_real)
        fake_out, fake_feats = self.d_logits(self._augment(fake), cond)
        loss = d_loss_fn(self.config.loss, real_out, fake_out, self.config.label_smoothing)
        extra = self.extra_d_terms(batch, real_feats, fake, fake_feats, cond)
        for value in extra.values():
            loss = loss + value
        if with_r1:
            loss = loss + 0.5 * self.config.r1_gamma * r1_penalty(real_out, real_in)
        return loss, real_out, fake_out, extra

    def training_step(self, batch: dict, ctx: StepContext, opt) -> dict[str, torch.Tensor]:
        real = batch["image"] * 2.0 - 1.0                                          # (B, C, H, W) in [-1, 1]
        for _ in range(self.config.d_steps):
            d_loss, real_out, fake_out, d_extra = self._d_phase(batch, real, self.config.r1_gamma > 0)
            opt.step("D", d_loss)
        # The generator's step: D frozen, its gradient flows through D into G.
        self.discriminator.requires_grad_(False)
        try:
            g_loss, g_extra = self._g_loss(batch, real)
            opt.step("G", g_loss)
        finally:
            self.discriminator.requires_grad_(True)
        if self.generator_ema is not None:
            ema_update(self.generator_ema, self.generator, ema_decay_at(ctx.step, self.config.ema_decay))
        terms = {"d_loss": d_loss, "g_loss": g_loss, **self._judged(real_out, fake_out), **d_extra, **g_extra}
        return {k: v.detach() for k, v in terms.items()}

    def _g_loss(self, batch: dict, real: torch.Tensor):
        n = len(real)
        cond = self.draw_conditions(n, batch, real.device)
        z = torch.randn(n, self.latent_dim, device=real.device)
        fake = self.generator(self.g_input(z, cond))
        fake_out, fake_feats = self.d_logits(self._augment(fake), cond)
        loss = g_loss_fn(self.config.loss, fake_out)
        real_feats = None
        if self.needs_real_features_for_g:
            with torch.no_grad():
                real_feats = self.d_logits(self._augment(real), self.real_conditions(batch))[1]
        extra = self.extra_g_terms(batch, real_feats, fake, fake_feats, cond)
        for value in extra.values():
            loss = loss + value
        return loss, extra

    needs_real_features_for_g = False

    def _judged(self, real_out: torch.Tensor, fake_out: torch.Tensor) -> dict[str, torch.Tensor]:
        # For the hinge loss, D's output is a score, not a logit; its sigmoid still reads "how real".
        return {"d_real": torch.sigmoid(real_out.detach().float()).mean(),
                "d_fake": torch.sigmoid(fake_out.detach().float()).mean()}

    def validation_step(self, batch: dict) -> dict[str, torch.Tensor]:
        """The game's terms on held-out images, and the diversity figure (no optimiser steps)."""
        real = batch["image"] * 2.0 - 1.0
        n = len(real)
        cond = self.draw_conditions(n, batch, real.device)
        z = torch.randn(n, self.latent_dim, device=real.device)
        fake = self.generator(self.g_input(z, cond))
        real_out, real_feats = self.d_logits(real, self.real_conditions(batch))
        fake_out, fake_feats = self.d_logits(fake, cond)
        terms = {"d_loss": d_loss_fn(self.config.loss, real_out, fake_out, self.config.label_smoothing),
                 "g_loss": g_loss_fn(self.config.loss, fake_out), **self._judged(real_out, fake_out),
                 "diversity": diversity_ratio(fake_feats, real_feats)}
        terms.update(self.validation_extra(batch, real_out, real_feats))
        return terms

    def validation_extra(self, batch, real_out, real_feats) -> dict[str, torch.Tensor]:
        return {}

    @torch.no_grad()
    def preview(self, batch: dict) -> dict[str, torch.Tensor]:
        """Rows of samples from the fixed noise (the same every epoch: the timeline's frames)."""
        z = self.fixed_z
        images = self.generate(z, self.preview_conditions(len(z)))
        rows = images.view(PREVIEW_ROWS, PREVIEW_COLUMNS, *images.shape[1:])
        return {f"row{i}": row for i, row in enumerate(rows)}

    def preview_conditions(self, n: int) -> dict:
        """Conditions for the preview's fixed noise (a cGAN: one row per class)."""
        return self.conditions_for(n)


def diversity_ratio(fake_feats: torch.Tensor, real_feats: torch.Tensor) -> torch.Tensor:
    """Mean pairwise distance of the fakes' features over that of the real images' (near 1: as varied as
    the data; near 0: mode collapse). 1 when a batch is too small to say (fewer than two real images)."""
    if len(real_feats) < 2 or len(fake_feats) < 2:
        return torch.ones((), device=real_feats.device)
    real = torch.pdist(real_feats.float()).mean()
    fake = torch.pdist(fake_feats.float()).mean()
    return fake / real.clamp_min(1e-8)


@dataclass
class DCGANConfig(GANConfig):
    hidden: int = option(64, "Width", "channels of the layer nearest the image (doubled at each smaller "
                         "size, up to 512)", min=8, max=512)

    def __post_init__(self) -> None:
        super().__post_init__()
        if not conv_sides_ok(self.image_shape):
            raise ValueError(f"DCGAN needs square pictures of 28, 32, 64 or 128 px (4 to 7 times a power of "
                             f"two); these are {self.image_shape[2]}×{self.image_shape[1]}: choose a picture "
                             "size for the folder (studio train --image-size 64)")


@register("dcgan", "DCGAN (convolutional GAN)", "A deep convolutional GAN at 28, 32, 64 or 128 px, grey or "
          "colour: the classic GAN for pictures.", DCGANConfig,
          capabilities=("decode", "sample"),
          presets=(("DCGAN", {}),
                   ("DCGAN, small folder (DiffAugment, R1)", {"diffaugment": "color,translation,cutout",
                                                              "r1_gamma": 1.0}),
                   # TTUR as Heusel et al. ran it: G at 1e-4, D four times faster.
                   ("DCGAN, hinge loss + TTUR", {"loss": "hinge", "d_lr_scale": 4.0}, {"lr": 1e-4})),
          headline="d_real", training=GAN_TRAINING)
class DCGAN(GAN):
    conv = True
