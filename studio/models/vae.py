"""Variational autoencoder (Kingma & Welling), MLP or convolutional, with any latent size and a β weight."""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F

from studio.models.base import (ConvDecoder, ConvEncoder, GenerativeModel, MLPDecoder, MLPEncoder, ModelConfig,
                                StepContext, Term, conv_ok, option)
from studio.models.registry import register


@dataclass
class VAEConfig(ModelConfig):
    architecture: str = option("mlp", "Architecture", "mlp: fully connected; conv: convolutional",
                               choices=("mlp", "conv"))
    latent_dim: int = option(16, "Latent size", "dimensions of the latent space (2 gives a map you can "
                             "explore directly)", min=1, max=512)
    hidden: int = option(512, "Hidden units", "width of the fully connected layers", min=8, max=4096)
    beta: float = option(1.0, "β (KL weight)", "1 is the classic VAE; larger values trade detail for a "
                         "smoother, more disentangled latent space", min=0.0, max=100.0, step=0.1)
    kl_warmup: float = option(2.0, "KL warm-up (epochs)", "the KL weight rises from 0 to β over this many "
                              "epochs, so the decoder learns to use the code before the KL term can switch "
                              "it off (posterior collapse); 0 turns it off", min=0.0, max=1000.0, step=0.5)
    free_bits: float = option(0.0, "Free bits (nats/dim)", "KL below this, per latent dimension, "
                              "is not penalised, which keeps every dimension in use; 0 turns it off",
                              min=0.0, max=10.0, step=0.1)

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.architecture == "conv" and not conv_ok(self.image_shape):
            raise ValueError("the convolutional VAE needs image sides that are multiples of 4")


@register("vae", "Variational autoencoder (VAE)", "Learns a smooth latent space you can sample and explore.",
          VAEConfig, capabilities=("encode", "decode", "sample"),
          presets=(("VAE, 2-D latent", {"latent_dim": 2}), ("VAE, 8-D latent", {"latent_dim": 8})),
          # Batch 16: twice the engine's steps per epoch. On the built-in digits 5 epochs are then 505 steps,
          # and a 1-NN classifier names 81 % of the reconstructions right (batch 32: 65 %; batch 32 at twice
          # the learning rate: 66 %; docs/benchmarks.md, "VAE posterior collapse").
          training={"batch_size": 16})
class VAE(GenerativeModel):
    def __init__(self, config: VAEConfig) -> None:
        super().__init__(config)
        shape = config.image_shape
        if config.architecture == "conv":
            self.encoder = ConvEncoder(shape, 2 * config.latent_dim)       # (B, 2·latent): mean, log-variance
            self.decoder = ConvDecoder(shape, config.latent_dim)
        else:
            self.encoder = MLPEncoder(shape, 2 * config.latent_dim, config.hidden)
            self.decoder = MLPDecoder(shape, config.latent_dim, config.hidden)
        self._kl_weight: float | None = None  # β, until training_step sets the warm-up's weight

    @property
    def latent_dim(self) -> int:
        return self.config.latent_dim

    def posterior(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        mu, logvar = self.encoder(x).float().chunk(2, dim=1)              # (B, latent) each
        # Clamped so that exp() cannot overflow in half precision or early in training.
        return mu, logvar.clamp(-30.0, 20.0)

    def encode(self, x: torch.Tensor) -> torch.Tensor:
        return self.posterior(x)[0]

    def decode(self, z: torch.Tensor) -> torch.Tensor:
        return torch.sigmoid(self.decoder(z))                             # (B, C, H, W) in [0, 1]

    def elbo_terms(self, x: torch.Tensor, sample: bool = True, kl_weight: float | None = None,
                   free_bits: float = 0.0) -> dict[str, torch.Tensor]:
        """Reconstruction and KL in nats per image, and the loss: reconstruction + weight x KL, where
        the weight is β unless given and, with ``free_bits``, each latent dimension's first nats are free."""
        mu, logvar = self.posterior(x)
        z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu) if sample else mu
        logits = self.decoder(z)
        # Bernoulli negative log-likelihood and KL(q(z|x) || N(0, I)), each in nats per image.
        recon = F.binary_cross_entropy_with_logits(logits.float(), x.float(), reduction="none").flatten(1).sum(1)
        kl_dims = (0.5 * (mu.pow(2) + logvar.exp() - 1.0 - logvar)).mean(0)      # (latent,) nats per image
        kl = kl_dims.sum()
        penalised = kl_dims.clamp(min=free_bits).sum() if free_bits > 0 else kl
        weight = self.config.beta if kl_weight is None else kl_weight
        recon = recon.mean()
        return {"reconstruction": recon, "kl": kl, "loss": recon + weight * penalised}

    @classmethod
    def terms(cls, config: VAEConfig) -> list[Term]:
        return [Term("loss", "Loss", "nats/image"), Term("reconstruction", "Reconstruction", "nats/image"),
                Term("kl", "KL divergence", "nats/image"),
                Term("elbo", "ELBO (validation)", "nats/image")]  # the ELBO is reported by validation only

    def losses(self, batch: dict) -> dict[str, torch.Tensor]:
        """The training objective: the ELBO with two guards against posterior collapse (the KL weight's
        warm-up, set by training_step, and free bits); validation reports the plain ELBO."""
        return self.elbo_terms(batch["image"], kl_weight=self._kl_weight, free_bits=self.config.free_bits)

    def kl_weight(self, ctx: StepContext) -> float:
        """β scaled by the warm-up: 0 at the first step, β after ``kl_warmup`` epochs (linear)."""
        warmup_steps = self.config.kl_warmup * ctx.steps_per_epoch
        if warmup_steps <= 0:
            return self.config.beta
        return self.config.beta * min(1.0, ctx.step / warmup_steps)

    def training_step(self, batch: dict, ctx: StepContext, opt) -> dict[str, torch.Tensor]:
        # The weight follows the step count, which a resumed run restores: resuming stays exact.
        self._kl_weight = self.kl_weight(ctx)
        return super().training_step(batch, ctx, opt)

    def validation_step(self, batch: dict) -> dict[str, torch.Tensor]:
        terms = self.elbo_terms(batch["image"])
        terms["elbo"] = -(terms["reconstruction"] + terms["kl"])          # nats per image
        return terms

    def sample_prior(self, n: int, generator: torch.Generator | None = None) -> torch.Tensor:
        """(n, latent) draws of the prior N(0, I), on the model's device."""
        return torch.randn(n, self.latent_dim, generator=generator).to(next(self.parameters()).device)

    @torch.no_grad()
    def preview(self, batch: dict) -> dict[str, torch.Tensor]:
        x = batch["image"]
        g = torch.Generator(device="cpu").manual_seed(0)  # the same prior samples every epoch
        z = torch.randn(len(x), self.latent_dim, generator=g).to(x.device)
        return {"inputs": x, "outputs": self.decode(self.encode(x)), "samples": self.decode(z)}

    @torch.no_grad()
    def importance_nll(self, x: torch.Tensor, k: int = 64) -> torch.Tensor:
        """-log p(x) per image by importance sampling with k posterior samples (a tighter bound than the ELBO)."""
        mu, logvar = self.posterior(x)
        std = torch.exp(0.5 * logvar)
        logs = []
        for _ in range(k):
            eps = torch.randn_like(mu)
            z = mu + std * eps
            log_px = -F.binary_cross_entropy_with_logits(self.decoder(z).float(), x.float(),
                                                         reduction="none").flatten(1).sum(1)
            log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(1)
            log_qz = -0.5 * (eps.pow(2) + logvar + math.log(2 * math.pi)).sum(1)
            logs.append(log_px + log_pz - log_qz)
        return -(torch.logsumexp(torch.stack(logs), 0) - math.log(k))
