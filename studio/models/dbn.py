"""Deep belief network (Hinton, Osindero & Teh 2006; Hinton & Salakhutdinov 2006).

Trained in two phases that follow the run's epochs (a schedule kept in ``on_epoch_start``, so that a
resumed run is in the same phase it stopped in):

1. Greedy layer-wise pre-training: ``pretrain_epochs`` epochs for each RBM of the stack, bottom first; each
   RBM learns from the hidden probabilities of the ones below it, by CD-k or PCD (the RBM's own step).
2. Fine-tuning: the stack is unrolled into a deep autoencoder (the encoder is the RBMs' recognition
   weights, the decoder an untied copy of their transposes) and trained on the cross-entropy of its
   reconstructions for the remaining epochs.

Sampling runs Gibbs chains in the top RBM, then one downward pass through the generative weights.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import torch
import torch.nn.functional as F
from torch import nn

from studio.models.base import GenerativeModel, ModelConfig, SampleStep, StepContext, Term, option
from studio.models.rbm import BINARIZE, RBM, RBMConfig, draw_bernoulli
from studio.models.registry import register


def parse_layers(text: str) -> list[int]:
    try:
        sizes = [int(part) for part in str(text).replace(" ", "").split(",") if part]
    except ValueError:
        sizes = []
    if not sizes or any(s < 1 or s > 16384 for s in sizes) or len(sizes) > 8:
        raise ValueError("the hidden layers must be 1 to 8 whole numbers between 1 and 16384, e.g. '256,64'")
    return sizes


@dataclass
class DBNConfig(ModelConfig):
    layers: str = option("256,64", "Hidden layers", "units of each stacked RBM, bottom first, e.g. 500,500,2000")
    pretrain_epochs: int = option(10, "Pre-training epochs per layer", "the remaining epochs fine-tune the "
                                  "unrolled autoencoder", min=1, max=10000)
    method: str = option("cd", "Negative phase", "cd or pcd, for every RBM of the stack", choices=("cd", "pcd"))
    cd_k: int = option(1, "Gibbs steps per update (k)", "", min=1, max=1000)
    chains: int = option(100, "Persistent chains", "negative particles of each RBM under PCD", min=1, max=10000)
    gibbs_steps: int = option(200, "Gibbs steps when sampling", "steps in the top RBM before the downward pass",
                              min=1, max=100000)
    binarize: str = option("threshold", "Binarise the data", "as for the RBM", choices=BINARIZE)

    def __post_init__(self) -> None:
        super().__post_init__()
        parse_layers(self.layers)


@register("dbn", "Deep belief network (DBN)",
          "Stacked RBMs pre-trained layer by layer, then unrolled into a deep autoencoder and fine-tuned.",
          DBNConfig, capabilities=("sample",), headline="cross_entropy",
          presets=(("DBN 500-500-2000", {"layers": "500,500,2000"}),))
class DBN(GenerativeModel):
    monitor = None                     # the phases' losses differ: keep the latest checkpoint, not a "best"
    preview_kind = "image_rows"
    preview_titles = {"inputs": "Data", "outputs": "Deep reconstructions", "samples": "Samples (top-RBM Gibbs)"}

    def __init__(self, config: DBNConfig) -> None:
        super().__init__(config)
        c, h, w = config.image_shape
        sizes = [c * h * w, *parse_layers(config.layers)]
        self.sizes = sizes
        rbms = []
        for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:])):
            shape = config.image_shape if i == 0 else (1, 1, n_in)
            rbms.append(RBM(RBMConfig(image_shape=shape, hidden=n_out, method=config.method, cd_k=config.cd_k,
                                      chains=config.chains, binarize=config.binarize if i == 0 else "none")))
        self.rbms = nn.ModuleList(rbms)
        # The decoder of the unrolled autoencoder: untied generative weights, filled from the RBMs when
        # fine-tuning starts. decoders[i] maps layer i+1 back to layer i.
        self.decoders = nn.ModuleList(nn.Linear(n_out, n_in) for n_in, n_out in zip(sizes[:-1], sizes[1:]))
        self.register_buffer("finetuned", torch.zeros((), dtype=torch.bool))
        self.phase = len(rbms)         # set by on_epoch_start; len(rbms) means "fine-tuning"

    @classmethod
    def terms(cls, config: DBNConfig) -> list[Term]:
        return [Term("loss", "Objective of the phase (free-energy difference, then cross-entropy)", "nats"),
                Term("cross_entropy", "Deep reconstruction (cross-entropy)", "nats/image"),
                Term("reconstruction", "Deep reconstruction error", "squared error/image"),
                Term("layer", "Layer in training (then fine-tuning)", "")]

    # Schedule ------------------------------------------------------------------------------------------

    def phase_of(self, epoch: int) -> int:
        return min(epoch // self.config.pretrain_epochs, len(self.rbms))

    def on_epoch_start(self, ctx: StepContext) -> None:
        self.phase = self.phase_of(ctx.epoch)
        if self.phase == len(self.rbms) and not bool(self.finetuned):
            self.unroll()

    @torch.no_grad()
    def unroll(self) -> None:
        """Start fine-tuning: the decoder takes the transposed RBM weights and the RBMs' visible biases."""
        for rbm, dec in zip(self.rbms, self.decoders):
            dec.weight.copy_(rbm.weight.t())
            dec.bias.copy_(rbm.visible_bias)
        self.finetuned.fill_(True)

    def configure_optimizers(self, lr: float, weight_decay: float = 0.0) -> dict[str, torch.optim.Optimizer]:
        opts = {f"layer{i}": rbm.configure_optimizers(lr, weight_decay)["main"] for i, rbm in enumerate(self.rbms)}
        encoder = [p for rbm in self.rbms for p in (rbm.weight, rbm.hidden_bias)]
        opts["finetune"] = torch.optim.Adam([*encoder, *self.decoders.parameters()], lr=lr,
                                            weight_decay=weight_decay)
        return opts

    # Passes ------------------------------------------------------------------------------------------

    def up(self, v: torch.Tensor, layers: int) -> torch.Tensor:
        """Mean-field hidden probabilities after the first ``layers`` RBMs: (B, sizes[layers])."""
        for rbm in self.rbms[:layers]:
            v = rbm.hidden_probs(v)
        return v

    def down_logits(self, h: torch.Tensor, layers: int) -> torch.Tensor:
        """From layer ``layers`` back to the pixels' logits through the generative weights: (B, V)."""
        for i in reversed(range(layers)):
            if bool(self.finetuned):
                logits = self.decoders[i](h.float())
            else:
                rbm = self.rbms[i]
                logits = F.linear(h.float(), rbm.weight.float().t(), rbm.visible_bias.float())
            h = torch.sigmoid(logits)
        return logits

    def trained_layers(self) -> int:
        return len(self.rbms) if bool(self.finetuned) else min(self.phase + 1, len(self.rbms))

    def reconstruct_logits(self, v: torch.Tensor) -> torch.Tensor:
        """Up through the layers trained so far and back down (the whole autoencoder once fine-tuning)."""
        n = self.trained_layers()
        return self.down_logits(self.up(v, n), n)

    def quality(self, v: torch.Tensor) -> dict[str, torch.Tensor]:
        logits = self.reconstruct_logits(v)
        ce = F.binary_cross_entropy_with_logits(logits.float(), v.float(), reduction="none").sum(1).mean()
        return {"cross_entropy": ce, "reconstruction": (torch.sigmoid(logits) - v).pow(2).sum(1).mean()}

    # Training ----------------------------------------------------------------------------------------

    def training_step(self, batch: dict, ctx: StepContext, opt) -> dict[str, torch.Tensor]:
        v = self.rbms[0].data(batch)                                    # (B, V)
        if self.phase < len(self.rbms):
            with torch.no_grad():
                x = self.up(v, self.phase)                              # (B, sizes[phase]) input of this RBM
            rbm = self.rbms[self.phase]
            rbm.prime(x)
            negative = rbm.negative_particles(x)
            loss = rbm.free_energy(x).mean() - rbm.free_energy(negative).mean()
            opt.step(f"layer{self.phase}", loss)
        else:
            loss = F.binary_cross_entropy_with_logits(self.reconstruct_logits(v).float(), v.float(),
                                                      reduction="none").sum(1).mean()
            opt.step("finetune", loss)
        with torch.no_grad():
            terms = self.quality(v)
        return {"loss": loss.detach(), **terms, "layer": torch.tensor(float(self.phase))}

    @torch.no_grad()
    def validation_step(self, batch: dict) -> dict[str, torch.Tensor]:
        return self.quality(self.rbms[0].data(batch))

    # Generating --------------------------------------------------------------------------------------

    @torch.no_grad()
    def preview(self, batch: dict) -> dict[str, torch.Tensor]:
        v = self.rbms[0].data(batch)
        g = torch.Generator().manual_seed(0)                             # the same chains every epoch
        samples = None
        for step in self.sample(len(v), options={"steps": min(self.config.gibbs_steps, 200)}, generator=g):
            samples = step.samples
        shape = self.config.image_shape
        return {"inputs": v.view(-1, *shape), "outputs": torch.sigmoid(self.reconstruct_logits(v)).view(-1, *shape),
                "samples": samples}

    @torch.no_grad()
    def sample(self, n: int, condition=None, options: dict | None = None,
               generator: torch.Generator | None = None) -> Iterator[SampleStep]:
        """Gibbs sampling in the top RBM (``steps``, shown every ``every``), then a downward pass.

        ``options``: ``steps`` (default: the config's), ``every`` (default steps / 10)."""
        options = options or {}
        steps = int(options.get("steps", self.config.gibbs_steps))
        every = max(1, int(options.get("every", max(1, steps // 10))))
        layers = self.trained_layers()
        top = self.rbms[layers - 1]
        device = top.weight.device
        v = draw_bernoulli(torch.full((n, top.n_visible), 0.5, device=device), generator)   # (n, sizes[layers-1])
        done = 0
        while done < steps:
            chunk = min(every, steps - done)
            v, probs = top.gibbs(v, chunk, generator)
            done += chunk
            # The top RBM's visible layer is the hidden layer below it: pass it down to the pixels.
            h = probs
            images = torch.sigmoid(self.down_logits(h, layers - 1)) if layers > 1 else probs
            yield SampleStep(done, steps, images.view(n, *self.config.image_shape))

