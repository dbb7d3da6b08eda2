"""Adversarial autoencoder (Makhzani et al., 2015): an autoencoder whose code is shaped into a prior by a GAN.

The encoder is the generator of a small GAN that plays on the code: a discriminator learns to tell codes of
real images from samples of the prior, and the encoder learns to fool it. Each training step has three
phases, each with its own optimiser:

1. reconstruction: encoder and decoder minimise the reconstruction error;
2. discriminator: tell prior samples (label 1) from codes (label 0);
3. generator: the encoder makes its codes look like prior samples.

The supervised variant gives the decoder the one-hot label beside the code, so the code only needs to hold
what the label does not say (the "style"), and class and style separate.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from studio.models.base import (ConvDecoder, ConvEncoder, GenerativeModel, MLPDecoder, MLPEncoder, ModelConfig,
                                StepContext, Term, conv_ok, option)
from studio.models.registry import register

PRIORS = ("gaussian", "mixture", "uniform")
MIXTURE_COMPONENTS = 10
# The mixture: 10 Gaussians on a circle. A radius of 4 with std 0.5 keeps neighbouring components apart
# (their centres are 2·4·sin(18°) ≈ 2.5 apart, five standard deviations).
MIXTURE_RADIUS = 4.0
MIXTURE_STD = 0.5
# The uniform prior fills the square (or cube) [-UNIFORM_HALF_WIDTH, UNIFORM_HALF_WIDTH]^D.
UNIFORM_HALF_WIDTH = 2.0


def sample_gaussian(n: int, dim: int, generator: torch.Generator | None = None) -> torch.Tensor:
    """(n, dim) samples of the standard normal N(0, I)."""
    return torch.randn(n, dim, generator=generator)


def sample_uniform(n: int, dim: int, generator: torch.Generator | None = None) -> torch.Tensor:
    """(n, dim) samples, uniform on [-2, 2]^dim."""
    return (torch.rand(n, dim, generator=generator) * 2.0 - 1.0) * UNIFORM_HALF_WIDTH


def mixture_means(dim: int) -> torch.Tensor:
    """(10, dim) centres of the mixture: evenly on a circle in the first two dimensions, 0 elsewhere."""
    angles = torch.arange(MIXTURE_COMPONENTS, dtype=torch.float32) * (2 * math.pi / MIXTURE_COMPONENTS)
    means = torch.zeros(MIXTURE_COMPONENTS, dim)
    means[:, 0] = MIXTURE_RADIUS * torch.cos(angles)
    if dim > 1:
        means[:, 1] = MIXTURE_RADIUS * torch.sin(angles)
    return means


def sample_mixture(n: int, dim: int, generator: torch.Generator | None = None,
                   components: torch.Tensor | None = None) -> torch.Tensor:
    """(n, dim) samples of the 10-Gaussian mixture; ``components`` (n,) picks each sample's Gaussian."""
    if components is None:
        components = torch.randint(0, MIXTURE_COMPONENTS, (n,), generator=generator)
    noise = torch.randn(n, dim, generator=generator) * MIXTURE_STD
    if dim > 2:
        noise[:, 2:] /= MIXTURE_STD  # the dimensions off the circle stay standard normal
    return mixture_means(dim)[components] + noise


def sample_prior(kind: str, n: int, dim: int, generator: torch.Generator | None = None) -> torch.Tensor:
    """(n, dim) samples of the prior called ``kind`` ("gaussian", "mixture" or "uniform"), on the CPU."""
    if kind == "gaussian":
        return sample_gaussian(n, dim, generator)
    if kind == "mixture":
        return sample_mixture(n, dim, generator)
    if kind == "uniform":
        return sample_uniform(n, dim, generator)
    raise ValueError(f"unknown prior '{kind}'")


@dataclass
class AAEConfig(ModelConfig):
    prior: str = option("gaussian", "Prior", "the shape the codes are pushed into: gaussian (standard normal), "
                        "mixture (10 Gaussians on a circle) or uniform (a square)", choices=PRIORS)
    supervised: bool = option(False, "Supervised", "give the decoder the label too, so that the code "
                              "holds only the style (slant, thickness) and the label says the class")
    num_classes: int = option(10, "Classes", "supervised: the number of labels the decoder is told about",
                              min=2, max=1000)
    architecture: str = option("mlp", "Architecture", "mlp: fully connected; conv: convolutional",
                               choices=("mlp", "conv"))
    latent_dim: int = option(2, "Latent size", "dimensions of the code (2 gives a map you can explore "
                             "directly)", min=1, max=512)
    hidden: int = option(512, "Hidden units", "width of the encoder's and decoder's fully connected layers",
                         min=8, max=4096)
    disc_hidden: int = option(256, "Discriminator units", "width of the discriminator's hidden layers",
                              min=8, max=4096)
    adversarial_lr_scale: float = option(0.2, "Adversarial learning-rate scale", "the discriminator and "
                                         "generator learn at this multiple of the learning rate (smaller: "
                                         "better reconstructions, codes that follow the prior less closely)",
                                         min=0.01, max=10.0, step=0.05)

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.architecture == "conv" and not conv_ok(self.image_shape):
            raise ValueError("the convolutional autoencoder needs image sides that are multiples of 4")


class CodeDiscriminator(nn.Module):
    """(B, latent) -> (B,) logits: is this code a sample of the prior?"""

    def __init__(self, latent_dim: int, hidden: int) -> None:
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.LeakyReLU(0.2),      # (B, hidden)
            nn.Linear(hidden, hidden), nn.LeakyReLU(0.2),          # (B, hidden)
            nn.Linear(hidden, 1),                                  # (B, 1)
        )

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        return self.net(z).squeeze(1)                              # (B,)


@register("aae", "Adversarial autoencoder (AAE)", "An autoencoder whose code is shaped into a chosen prior "
          "(Gaussian, a ring of 10 Gaussians, or uniform) by a discriminator.", AAEConfig,
          capabilities=("encode", "decode", "sample", "conditional"),
          presets=(("AAE, 2-D, Gaussian prior", {"latent_dim": 2, "prior": "gaussian"}),
                   ("AAE, 2-D, ring of 10 Gaussians", {"latent_dim": 2, "prior": "mixture"}),
                   ("AAE, 2-D, uniform prior", {"latent_dim": 2, "prior": "uniform"}),
                   ("Supervised AAE, 2-D (style)", {"latent_dim": 2, "prior": "gaussian", "supervised": True})),
          headline="reconstruction")
class AAE(GenerativeModel):
    # The adversarial terms go up and down as the two players take turns; reconstruction says how good it is.
    monitor = "reconstruction"

    def __init__(self, config: AAEConfig) -> None:
        super().__init__(config)
        shape = config.image_shape
        cond = config.num_classes if config.supervised else 0
        if config.architecture == "conv":
            self.encoder = ConvEncoder(shape, config.latent_dim)
            self.decoder = ConvDecoder(shape, config.latent_dim + cond)
        else:
            self.encoder = MLPEncoder(shape, config.latent_dim, config.hidden)
            self.decoder = MLPDecoder(shape, config.latent_dim + cond, config.hidden)
        self.discriminator = CodeDiscriminator(config.latent_dim, config.disc_hidden)

    @property
    def latent_dim(self) -> int:
        return self.config.latent_dim

    @property
    def num_conditions(self) -> int:
        """How many labels the decoder takes (0 when it takes none)."""
        return self.config.num_classes if self.config.supervised else 0

    # Encoding and decoding -----------------------------------------------------------------------------

    def encode(self, x: torch.Tensor) -> torch.Tensor:
        return self.encoder(x).float()                             # (B, latent)

    def _decoder_input(self, z: torch.Tensor, y: torch.Tensor | None) -> torch.Tensor:
        if not self.config.supervised:
            return z
        onehot = torch.zeros(len(z), self.config.num_classes, device=z.device, dtype=z.dtype)
        if y is not None:
            y = torch.as_tensor(y, device=z.device).long().reshape(-1).expand(len(z))
            known = (y >= 0) & (y < self.config.num_classes)
            # Unknown labels (-1) leave the one-hot empty: the decoder is then told nothing.
            onehot[known.nonzero().squeeze(1), y[known]] = 1.0
        return torch.cat([z, onehot], dim=1)                       # (B, latent + classes)

    def decode_logits(self, z: torch.Tensor, y: torch.Tensor | None = None) -> torch.Tensor:
        return self.decoder(self._decoder_input(z, y))              # (B, C, H, W) logits

    def decode(self, z: torch.Tensor, y: torch.Tensor | int | None = None) -> torch.Tensor:
        """(B, latent) -> (B, C, H, W) in [0, 1]; ``y`` is the label (supervised variant; default class 0)."""
        if self.config.supervised and y is None:
            y = 0
        return torch.sigmoid(self.decode_logits(z, y))

    def sample_prior(self, n: int, generator: torch.Generator | None = None) -> torch.Tensor:
        device = next(self.parameters()).device
        return sample_prior(self.config.prior, n, self.latent_dim, generator).to(device)

    # Training ------------------------------------------------------------------------------------------

    def configure_optimizers(self, lr: float, weight_decay: float = 0.0) -> dict[str, torch.optim.Optimizer]:
        adv_lr = lr * self.config.adversarial_lr_scale
        autoencoder = list(self.encoder.parameters()) + list(self.decoder.parameters())
        # β1 = 0.5 is the usual choice for the players of a GAN: less momentum, fewer oscillations.
        return {
            "autoencoder": torch.optim.Adam(autoencoder, lr=lr, weight_decay=weight_decay),
            "discriminator": torch.optim.Adam(self.discriminator.parameters(), lr=adv_lr, betas=(0.5, 0.999)),
            "generator": torch.optim.Adam(self.encoder.parameters(), lr=adv_lr, betas=(0.5, 0.999)),
        }

    def _reconstruction(self, x: torch.Tensor, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        z = self.encoder(x)                                         # (B, latent)
        logits = self.decode_logits(z, y)                           # (B, C, H, W)
        # Binary cross-entropy in nats per image, as the VAE reports it, so the two can be compared.
        recon = F.binary_cross_entropy_with_logits(logits.float(), x.float(), reduction="none").flatten(1).sum(1)
        return recon.mean(), z

    def _discriminator_loss(self, z_fake: torch.Tensor) -> torch.Tensor:
        z_real = self.sample_prior(len(z_fake)).to(z_fake.dtype)
        real = self.discriminator(z_real).float()
        fake = self.discriminator(z_fake).float()
        return (F.binary_cross_entropy_with_logits(real, torch.ones_like(real))
                + F.binary_cross_entropy_with_logits(fake, torch.zeros_like(fake)))

    def _generator_loss(self, z_fake: torch.Tensor) -> torch.Tensor:
        fake = self.discriminator(z_fake).float()
        return F.binary_cross_entropy_with_logits(fake, torch.ones_like(fake))

    @classmethod
    def terms(cls, config: AAEConfig) -> list[Term]:
        return [Term("loss", "Loss (sum of the three)", "nats"),
                Term("reconstruction", "Reconstruction", "nats/image"),
                Term("discriminator", "Discriminator", "nats/code"), Term("generator", "Generator", "nats/code")]

    def training_step(self, batch: dict, ctx: StepContext, opt) -> dict[str, torch.Tensor]:
        x, y = batch["image"], batch["label"]
        # 1. Reconstruction phase: encoder and decoder.
        recon, _ = self._reconstruction(x, y)
        opt.step("autoencoder", recon)
        # 2. Regularisation phase, discriminator: prior samples are "real", codes are "fake".
        z_fake = self.encoder(x)
        d_loss = self._discriminator_loss(z_fake.detach())
        opt.step("discriminator", d_loss)
        # 3. Regularisation phase, generator: the encoder learns to fool the (frozen) discriminator.
        self.discriminator.requires_grad_(False)
        try:
            g_loss = self._generator_loss(z_fake)
            opt.step("generator", g_loss)
        finally:
            self.discriminator.requires_grad_(True)
        terms = {"reconstruction": recon, "discriminator": d_loss, "generator": g_loss}
        terms = {k: v.detach() for k, v in terms.items()}
        terms["loss"] = terms["reconstruction"] + terms["discriminator"] + terms["generator"]
        return terms

    def losses(self, batch: dict) -> dict[str, torch.Tensor]:
        """The three terms without stepping any optimiser (used for validation)."""
        x, y = batch["image"], batch["label"]
        recon, z = self._reconstruction(x, y)
        d_loss = self._discriminator_loss(z)
        g_loss = self._generator_loss(z)
        return {"reconstruction": recon, "discriminator": d_loss, "generator": g_loss,
                "loss": recon + d_loss + g_loss}

    @torch.no_grad()
    def preview(self, batch: dict) -> dict[str, torch.Tensor]:
        x, y = batch["image"], batch["label"]
        g = torch.Generator(device="cpu").manual_seed(0)  # the same prior samples every epoch
        z = sample_prior(self.config.prior, len(x), self.latent_dim, g).to(x.device)
        labels = torch.arange(len(x), device=x.device) % self.config.num_classes if self.config.supervised else None
        return {"inputs": x, "outputs": self.decode(self.encode(x), y if self.config.supervised else None),
                "samples": self.decode(z, labels)}
