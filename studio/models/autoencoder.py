"""Autoencoders: undercomplete, denoising, sparse (L1 on the code) and contractive."""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F

from studio.models.base import (ConvDecoder, ConvEncoder, GenerativeModel, MLPDecoder, MLPEncoder, ModelConfig,
                                Term, conv_ok, option)
from studio.models.registry import register

VARIANTS = ("undercomplete", "denoising", "sparse", "contractive")


@dataclass
class AutoencoderConfig(ModelConfig):
    variant: str = option("undercomplete", "Variant", "undercomplete: a narrow code; denoising: learn to "
                          "remove noise; sparse: few active code units; contractive: a code that ignores "
                          "small changes of the input", choices=VARIANTS)
    architecture: str = option("mlp", "Architecture", "mlp: fully connected; conv: convolutional",
                               choices=("mlp", "conv"))
    latent_dim: int = option(32, "Code size", "number of units in the bottleneck", min=1, max=1024)
    hidden: int = option(512, "Hidden units", "width of the fully connected layers", min=8, max=4096)
    noise_std: float = option(0.3, "Noise level", "denoising: std of the Gaussian noise added to inputs",
                              min=0.0, max=2.0, step=0.05)
    sparsity_weight: float = option(1e-3, "Sparsity weight", "sparse: weight of the L1 penalty on the code",
                                    min=0.0, max=10.0, step=1e-3)
    contractive_weight: float = option(1e-2, "Contraction weight", "contractive: weight of the Jacobian "
                                       "penalty", min=0.0, max=10.0, step=1e-3)

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.architecture == "conv" and not conv_ok(self.image_shape):
            raise ValueError("the convolutional autoencoder needs image sides that are multiples of 4")


@register("autoencoder", "Autoencoder", "Compresses images into a small code and rebuilds them.",
          AutoencoderConfig, capabilities=("encode", "decode"))
class Autoencoder(GenerativeModel):
    def __init__(self, config: AutoencoderConfig) -> None:
        super().__init__(config)
        shape = config.image_shape
        if config.architecture == "conv":
            self.encoder = ConvEncoder(shape, config.latent_dim)
            self.decoder = ConvDecoder(shape, config.latent_dim)
        else:
            self.encoder = MLPEncoder(shape, config.latent_dim, config.hidden)
            self.decoder = MLPDecoder(shape, config.latent_dim, config.hidden)

    @property
    def latent_dim(self) -> int:
        return self.config.latent_dim

    def encode(self, x: torch.Tensor) -> torch.Tensor:
        return self.encoder(x)                                   # (B, latent)

    def decode(self, z: torch.Tensor) -> torch.Tensor:
        return torch.sigmoid(self.decoder(z))                    # (B, C, H, W) in [0, 1]

    @classmethod
    def terms(cls, config: AutoencoderConfig) -> list[Term]:
        extra = {"sparse": [Term("sparsity", "Sparsity penalty", "BCE/pixel")],
                 "contractive": [Term("contraction", "Contraction penalty", "BCE/pixel")]}.get(config.variant, [])
        return [Term("loss", "Loss", "BCE/pixel"), Term("reconstruction", "Reconstruction", "BCE/pixel"), *extra]

    def losses(self, batch: dict) -> dict[str, torch.Tensor]:
        x = batch["image"]                                       # (B, C, H, W) in [0, 1]
        cfg = self.config
        inputs = x
        if cfg.variant == "denoising" and self.training:
            inputs = (x + cfg.noise_std * torch.randn_like(x)).clamp(0.0, 1.0)
        if cfg.variant == "contractive" and self.training:
            inputs = inputs.detach().requires_grad_(True)
        z = self.encoder(inputs)
        logits = self.decoder(z)
        # Per-pixel binary cross-entropy, the natural loss for intensities in [0, 1].
        recon = F.binary_cross_entropy_with_logits(logits.float(), x.float(), reduction="mean")
        terms = {"reconstruction": recon}
        loss = recon
        if cfg.variant == "sparse":
            sparsity = cfg.sparsity_weight * z.abs().mean()
            terms["sparsity"] = sparsity
            loss = loss + sparsity
        if cfg.variant == "contractive" and self.training:
            # ||J||_F² = E_v ||Jᵀv||² for v ~ N(0, I) (Hutchinson): one extra backward pass instead of
            # one per code unit, and it works for the convolutional encoder too.
            v = torch.randn_like(z)
            (jtv,) = torch.autograd.grad(z, inputs, grad_outputs=v, create_graph=True)
            contraction = cfg.contractive_weight * jtv.pow(2).flatten(1).sum(1).mean()
            terms["contraction"] = contraction
            loss = loss + contraction
        terms["loss"] = loss
        return terms

    def validation_step(self, batch: dict) -> dict[str, torch.Tensor]:
        x = batch["image"]
        z = self.encoder(x)
        recon = F.binary_cross_entropy_with_logits(self.decoder(z).float(), x.float(), reduction="mean")
        terms = {"reconstruction": recon}
        if self.config.variant == "sparse":
            terms["sparsity"] = self.config.sparsity_weight * z.abs().mean()
        terms["loss"] = sum(terms.values())
        return terms

    @torch.no_grad()
    def preview(self, batch: dict) -> dict[str, torch.Tensor]:
        x = batch["image"]
        inputs = x
        if self.config.variant == "denoising":
            g = torch.Generator(device="cpu").manual_seed(0)
            noise = torch.randn(x.shape, generator=g).to(x.device)
            inputs = (x + self.config.noise_std * noise).clamp(0.0, 1.0)
        return {"inputs": inputs, "outputs": self.decode(self.encode(inputs))}
