"""Bernoulli restricted Boltzmann machine, trained by contrastive divergence (CD-k) or persistent CD (PCD).

An RBM is an energy-based model: E(v, h) = -b·v - c·h - hᵀWv over binary visible units v and hidden units
h. Summing out h gives the free energy F(v) = -b·v - Σ_j softplus(c_j + W_j·v), and p(v) = exp(-F(v)) / Z.
The log-likelihood gradient is -∂F(v_data)/∂θ + E_model[∂F(v)/∂θ]; CD and PCD estimate the second part
with "negative particles" drawn by k steps of block Gibbs sampling, from the data (CD) or from a chain
that persists across updates (PCD, Tieleman 2008). The step below therefore minimises
``mean F(v_data) - mean F(v_model)`` with ``v_model`` detached: its gradient is exactly that estimate, and
the engine's optimiser (with momentum and weight decay) applies it like any other loss.

The persistent chain is a buffer, saved in every checkpoint, so a resumed run continues bit for bit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import torch
import torch.nn.functional as F
from torch import nn

from studio.models.base import GenerativeModel, ModelConfig, SampleStep, StepContext, Term, option
from studio.models.registry import register

BINARIZE = ("threshold", "stochastic", "none")


@dataclass
class RBMConfig(ModelConfig):
    hidden: int = option(256, "Hidden units", "how many binary feature detectors (filters) the RBM learns",
                         min=1, max=16384)
    method: str = option("pcd", "Negative phase", "cd: the Gibbs chain starts at the data each step; pcd: one "
                         "persistent chain runs across updates (better likelihoods)", choices=("cd", "pcd"))
    cd_k: int = option(1, "Gibbs steps per update (k)", "block Gibbs steps of the negative phase",
                       min=1, max=1000)
    chains: int = option(100, "Persistent chains", "negative particles kept by PCD (and shown while training)",
                         min=1, max=10000)
    optimizer: str = option("adam", "Optimiser", "adam works with the default learning rate 0.001; sgd is the "
                            "classic RBM update (use a learning rate near 0.05)", choices=("adam", "sgd"))
    momentum: float = option(0.9, "Momentum", "SGD's momentum, or Adam's β₁", min=0.0, max=0.999, step=0.05)
    binarize: str = option("threshold", "Binarise the data", "threshold: pixels above 0.5 are on; stochastic: "
                           "a fresh Bernoulli draw each time; none: intensities used as probabilities",
                           choices=BINARIZE)


def binarize(x: torch.Tensor, how: str) -> torch.Tensor:
    """(B, V) data in [0, 1] made ready for a Bernoulli RBM, as ``how`` says."""
    if how == "threshold":
        return (x > 0.5).to(x.dtype)
    if how == "stochastic":
        return torch.bernoulli(x.clamp(0, 1))
    return x


@register("rbm", "Restricted Boltzmann machine (RBM)",
          "An energy-based model trained by contrastive divergence; shows its filters and its Gibbs chain.",
          RBMConfig, capabilities=("sample",), headline="pll",
          presets=(("RBM, 500 hidden, PCD", {"hidden": 500, "method": "pcd"}),
                   ("RBM, 256 hidden, CD-1", {"hidden": 256, "method": "cd", "cd_k": 1})))
class RBM(GenerativeModel):
    monitor = "reconstruction"
    preview_kind = "filter_tiles"
    preview_titles = {"filters": "Filters (weights)", "particles": "Negative particles",
                      "inputs": "Data", "outputs": "Reconstructions"}
    # Filters shown in the Training monitor at most (a 500-unit RBM would make tiles too small to read).
    shown_filters = 100

    def __init__(self, config: RBMConfig) -> None:
        super().__init__(config)
        c, h, w = config.image_shape
        self.n_visible = c * h * w
        # W as (hidden, visible): each row is one filter, shown as an image.
        self.weight = nn.Parameter(0.01 * torch.randn(config.hidden, self.n_visible))
        self.visible_bias = nn.Parameter(torch.zeros(self.n_visible))
        self.hidden_bias = nn.Parameter(torch.zeros(config.hidden))
        # PCD's negative particles (binary visible states), saved with the weights so resume is exact.
        self.register_buffer("chain", torch.bernoulli(torch.full((config.chains, self.n_visible), 0.5)))
        # Training images kept to measure the free-energy gap against validation (Hinton's overfitting check).
        self.register_buffer("reference", torch.zeros(min(config.chains, 256), self.n_visible))
        # Whether the visible biases were set from the data yet (saved, so a resumed run does not redo it).
        self.register_buffer("primed", torch.zeros((), dtype=torch.bool))

    # The energy function and its conditionals -------------------------------------------------------

    def flat(self, images: torch.Tensor) -> torch.Tensor:
        return images.reshape(len(images), -1).float()                   # (B, V)

    def free_energy(self, v: torch.Tensor) -> torch.Tensor:
        """F(v) per row of (B, V): -b·v - Σ_j softplus(c_j + W_j·v), in nats (float32)."""
        v = v.float()
        pre = F.linear(v, self.weight.float(), self.hidden_bias.float())   # (B, H)
        return -(v @ self.visible_bias.float()) - F.softplus(pre).sum(1)  # (B,)

    def hidden_probs(self, v: torch.Tensor) -> torch.Tensor:
        return torch.sigmoid(F.linear(v.float(), self.weight.float(), self.hidden_bias.float()))   # (B, H)

    def visible_probs(self, h: torch.Tensor) -> torch.Tensor:
        return torch.sigmoid(F.linear(h.float(), self.weight.float().t(), self.visible_bias.float()))  # (B, V)

    def gibbs(self, v: torch.Tensor, steps: int, generator: torch.Generator | None = None
              ) -> tuple[torch.Tensor, torch.Tensor]:
        """``steps`` rounds of block Gibbs sampling v → h → v; returns the last binary v and p(v | h)."""
        probs = v
        for _ in range(steps):
            h = draw_bernoulli(self.hidden_probs(v), generator)
            probs = self.visible_probs(h)
            v = draw_bernoulli(probs, generator)
        return v, probs

    def data(self, batch: dict) -> torch.Tensor:
        """The batch's images as (B, V) visible data, binarised as the config says."""
        return binarize(self.flat(batch["image"]), self.config.binarize)

    # Monitored terms --------------------------------------------------------------------------------

    @torch.no_grad()
    def reconstruction_error(self, v: torch.Tensor) -> torch.Tensor:
        """Squared error per image of the mean-field reconstruction p(v | p(h | v))."""
        return (v - self.visible_probs(self.hidden_probs(v))).pow(2).sum(1).mean()

    @torch.no_grad()
    def pseudo_log_likelihood(self, v: torch.Tensor, bits: int = 1) -> torch.Tensor:
        """Stochastic pseudo-log-likelihood per image: V · log σ(F(v with bit i flipped) - F(v)), averaged over
        ``bits`` random bits i of each image (binary v)."""
        v = (v > 0.5).float()
        fe = self.free_energy(v)
        total = torch.zeros_like(fe)
        for _ in range(bits):
            i = torch.randint(0, self.n_visible, (len(v),), device=v.device)
            flipped = v.clone()
            rows = torch.arange(len(v), device=v.device)
            flipped[rows, i] = 1.0 - flipped[rows, i]
            total += F.logsigmoid(self.free_energy(flipped) - fe)
        return (self.n_visible * total / bits).mean()

    @classmethod
    def terms(cls, config: RBMConfig) -> list[Term]:
        return [Term("loss", "Free-energy difference (data − model)", "nats"),
                Term("reconstruction", "Reconstruction error", "squared error/image"),
                Term("pll", "Pseudo-log-likelihood", "nats/image"),
                Term("free_energy_gap", "Free-energy gap (validation − training)", "nats")]  # validation only

    # Training -----------------------------------------------------------------------------------------

    def configure_optimizers(self, lr: float, weight_decay: float = 0.0) -> dict[str, torch.optim.Optimizer]:
        # Weight decay (an L2 penalty) on the weights only, as in Hinton's guide; biases are left free.
        groups = [{"params": [self.weight], "weight_decay": weight_decay},
                  {"params": [self.visible_bias, self.hidden_bias], "weight_decay": 0.0}]
        m = self.config.momentum
        if self.config.optimizer == "sgd":
            return {"main": torch.optim.SGD(groups, lr=lr, momentum=m)}
        return {"main": torch.optim.Adam(groups, lr=lr, betas=(m, 0.999))}

    @torch.no_grad()
    def prime(self, v: torch.Tensor) -> None:
        """On the first batch, set the visible biases to log(p / (1 - p)) of each pixel's frequency in it
        (Hinton's practical guide): the weights then learn features instead of spending updates on the mean.
        """
        if bool(self.primed):
            return
        p = v.float().mean(0).clamp(0.01, 0.99)
        self.visible_bias.copy_(torch.log(p) - torch.log1p(-p))
        self.primed.fill_(True)

    def negative_particles(self, v_data: torch.Tensor) -> torch.Tensor:
        """The model's samples for the negative phase (PCD advances and keeps its chain)."""
        with torch.no_grad():
            if self.config.method == "pcd":
                v, _ = self.gibbs(self.chain, self.config.cd_k)
                self.chain.copy_(v)
                return v
            return self.gibbs(v_data, self.config.cd_k)[0]

    def training_step(self, batch: dict, ctx: StepContext, opt) -> dict[str, torch.Tensor]:
        v = self.data(batch)                                             # (B, V)
        self.prime(v)
        negative = self.negative_particles(v)                           # (chains or B, V), no gradient
        # Its gradient is the CD/PCD estimate of -∂ log p(v)/∂θ: positive phase minus negative phase.
        loss = self.free_energy(v).mean() - self.free_energy(negative).mean()
        opt.step("main", loss)
        n = min(len(v), len(self.reference))
        self.reference[:n] = v[:n].detach()
        return {"loss": loss.detach(), "reconstruction": self.reconstruction_error(v),
                "pll": self.pseudo_log_likelihood(v)}

    @torch.no_grad()
    def validation_step(self, batch: dict) -> dict[str, torch.Tensor]:
        v = self.data(batch)
        negative = self.gibbs(v, self.config.cd_k)[0]                  # never disturbs the persistent chain
        fe = self.free_energy(v).mean()
        return {"loss": fe - self.free_energy(negative).mean(), "reconstruction": self.reconstruction_error(v),
                "pll": self.pseudo_log_likelihood(v, bits=16),
                "free_energy_gap": fe - self.free_energy(self.reference).mean()}

    # What the app shows -------------------------------------------------------------------------------

    def filters(self, count: int | None = None) -> torch.Tensor:
        """The first ``count`` filters as (N, C, H, W) images, each stretched to [0, 1] on its own."""
        w = self.weight.detach().float()[: count or self.config.hidden]
        lo, hi = w.min(1, keepdim=True).values, w.max(1, keepdim=True).values
        return ((w - lo) / (hi - lo).clamp_min(1e-8)).view(-1, *self.config.image_shape)

    @torch.no_grad()
    def preview(self, batch: dict) -> dict[str, torch.Tensor]:
        v = self.data(batch)
        shape = self.config.image_shape
        if self.config.method == "pcd":
            particles = self.chain[: self.shown_filters]
        else:  # CD has no chain of its own: its particles are k Gibbs steps away from the data
            particles = self.gibbs(v, self.config.cd_k)[0]
        return {"filters": self.filters(self.shown_filters),
                "particles": particles.view(-1, *shape),
                "inputs": v.view(-1, *shape),
                "outputs": self.visible_probs(self.hidden_probs(v)).view(-1, *shape)}

    @torch.no_grad()
    def sample(self, n: int, condition=None, options: dict | None = None,
               generator: torch.Generator | None = None) -> Iterator[SampleStep]:
        """Run ``n`` Gibbs chains from random states; yields p(v | h) every ``every`` of ``steps`` steps.

        ``options``: ``steps`` (default 1000), ``every`` (default 50).
        """
        options = options or {}
        steps = int(options.get("steps", 1000))
        every = max(1, int(options.get("every", 50)))
        device = self.weight.device
        v = torch.bernoulli(torch.full((n, self.n_visible), 0.5), generator=generator).to(device)
        probs = v
        done = 0
        while done < steps:
            chunk = min(every, steps - done)
            v, probs = self.gibbs(v, chunk, generator)
            done += chunk
            yield SampleStep(done, steps, probs.view(n, *self.config.image_shape))


def draw_bernoulli(probs: torch.Tensor, generator: torch.Generator | None) -> torch.Tensor:
    """Bernoulli draws from ``probs``; with a CPU ``generator`` the uniforms come from it (any device)."""
    if generator is None:
        return torch.bernoulli(probs)
    u = torch.rand(probs.shape, generator=generator).to(probs.device)
    return (u < probs).to(probs.dtype)


def log_partition_exact(model: RBM) -> float:
    """log Z by enumerating every hidden state (2^H terms): for tiny RBMs and tests only."""
    hidden = model.config.hidden
    if hidden > 20:
        raise ValueError("exact enumeration is only feasible for at most 20 hidden units")
    with torch.no_grad():
        states = torch.tensor([[(i >> j) & 1 for j in range(hidden)] for i in range(2 ** hidden)],
                              dtype=torch.float32, device=model.weight.device)        # (2^H, H)
        # Summing out v instead: log Σ_h exp(c·h + Σ_i softplus(b_i + W_i·h)).
        pre = F.linear(states, model.weight.float().t(), model.visible_bias.float())   # (2^H, V)
        terms = states @ model.hidden_bias.float() + F.softplus(pre).sum(1)
        return float(torch.logsumexp(terms, 0))

