"""Annealed importance sampling (AIS) of an RBM's partition function, and the test log-likelihood it gives.

Salakhutdinov & Murray (2008), "On the quantitative analysis of deep belief networks": anneal from a base
RBM with no weights (whose log Z is known in closed form) to the trained RBM through intermediate
distributions p_β(v) ∝ exp((1-β) b_A·v + β b·v) · Π_j (1 + exp(β (c_j + W_j·v))), 0 = β_0 < … < β_K = 1.
Each of ``runs`` independent chains carries an importance weight; the mean weight estimates Z_B / Z_A.

The estimate of log Z is a stochastic lower bound in expectation (Jensen), so test log-likelihoods come out
slightly optimistic when too few β or runs are used; the standard error says how noisy the estimate is,
not how biased. ``ais_job`` is a generator of Progress (stoppable between yields) that ends with an
AISResult, so the GUI can run it in a TaskWorker and the CLI can drain it.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Iterator

import numpy as np

from studio.core.errors import StudioError
from studio.core.tasks import Progress, TaskControl


@dataclass(frozen=True)
class AISResult:
    """log Z with its standard error and ±3σ bounds; the mean test log-likelihood (nats/image) with its error."""

    log_z: float
    log_z_se: float
    log_z_low: float           # log(Ẑ - 3σ(Ẑ)); -inf when the interval reaches 0
    log_z_high: float          # log(Ẑ + 3σ(Ẑ))
    base_log_z: float
    test_ll: float | None      # mean log p(v) over the test images
    test_ll_se: float | None   # its standard error (the images' spread and log Z's error together)
    n_test: int
    runs: int
    betas: int
    seconds: float

    def summary(self) -> str:
        lines = [f"log Z = {self.log_z:.3f} ± {self.log_z_se:.3f} (AIS, {self.runs} runs, {self.betas:,} "
                 f"temperatures, {self.seconds:.1f} s)"]
        if self.test_ll is not None:
            lines.append(f"test log-likelihood = {self.test_ll:.2f} ± {self.test_ll_se:.2f} nats/image "
                         f"({self.n_test:,} images)")
        return "\n".join(lines)


def beta_schedule(count: int) -> np.ndarray:
    """``count`` + 1 inverse temperatures from 0 to 1, spaced as Salakhutdinov & Murray's 500 / 4,000 /
    10,000 (denser near 1, where the distributions change fastest)."""
    if count < 3:
        raise StudioError("AIS needs at least 3 intermediate temperatures.")
    n1 = max(1, round(count * 500 / 14500))
    n2 = max(1, round(count * 4000 / 14500))
    n3 = count - n1 - n2
    return np.concatenate([np.linspace(0.0, 0.5, n1, endpoint=False), np.linspace(0.5, 0.9, n2, endpoint=False),
                           np.linspace(0.9, 1.0, n3 + 1)])


def base_rate_bias(data, smoothing: float = 5.0):
    """Visible biases of the base-rate RBM: the logit of each pixel's smoothed frequency in (B, V) binary data.

    A base model close to the data makes the annealing path shorter and the estimate tighter."""
    import torch

    n = len(data)
    on = data.float().sum(0)
    p = (on + smoothing) / (n + 2 * smoothing)
    return torch.log(p) - torch.log1p(-p)


def ais_job(model, test_images=None, base_data=None, runs: int = 100, betas: int = 10000,
            control: TaskControl | None = None, seed: int = 0, batch: int = 1000) -> Iterator[object]:
    """Estimate log Z of ``model`` (an RBM) by AIS; yields Progress, then one AISResult.

    ``test_images``: (N, ...) images in [0, 1] whose mean log-likelihood to report (binarised as the model
    binarises). ``base_data``: training images for the base-rate model (else a uniform base).
    """
    import torch
    import torch.nn.functional as F

    control = control or TaskControl()
    started = time.perf_counter()
    device = model.weight.device
    g = torch.Generator().manual_seed(seed)
    # The chains run in float32 (the cost is two matrix products per temperature); the importance weights
    # add up thousands of small increments, so they are kept in float64.
    W = model.weight.detach().float()                                   # (H, V)
    b = model.visible_bias.detach().float()                              # (V,)
    c = model.hidden_bias.detach().float()                               # (H,)
    hidden, visible = W.shape
    if base_data is not None:
        b_a = base_rate_bias(_binary(base_data).to(device)).float()
    else:
        b_a = torch.zeros(visible, device=device)
    base_log_z = float(F.softplus(b_a.double()).sum()) + hidden * math.log(2.0)
    schedule = beta_schedule(betas)

    def draw(p):
        return (torch.rand(p.shape, generator=g).to(device) < p).float()

    v = draw(torch.sigmoid(b_a).expand(runs, visible))                  # (runs, V) exact samples of the base
    log_w = torch.zeros(runs, dtype=torch.float64, device=device)
    every = max(1, len(schedule) // 100)
    for k in range(1, len(schedule)):
        beta_prev, beta = float(schedule[k - 1]), float(schedule[k])
        pre = F.linear(v, W, c)                                          # (runs, H)
        pre64 = pre.double()
        # log p*_β(v) - log p*_β'(v): the visible-bias terms and the hidden units' softplus terms.
        log_w += (beta - beta_prev) * (v @ (b - b_a)).double() + (F.softplus(beta * pre64)
                                                                  - F.softplus(beta_prev * pre64)).sum(1)
        if k < len(schedule) - 1:                                        # a Gibbs step that leaves p_β invariant
            h = draw(torch.sigmoid(beta * pre))
            v = draw(torch.sigmoid((1 - beta) * b_a + beta * (h @ W + b)))
        if k % every == 0:
            control.checkpoint()
            yield Progress(k, len(schedule) - 1, "Annealing from the base model to the RBM")
    top = float(log_w.max())
    w = torch.exp(log_w - top)
    mean, std = float(w.mean()), float(w.std()) if runs > 1 else 0.0
    log_z = base_log_z + top + math.log(mean)
    se_ratio = std / math.sqrt(runs) / mean                              # σ(Ẑ)/Ẑ, also σ(log Ẑ) to first order
    log_z_low = log_z + math.log(1 - 3 * se_ratio) if 3 * se_ratio < 1 else -math.inf
    log_z_high = log_z + math.log(1 + 3 * se_ratio)

    test_ll = test_se = None
    n_test = 0
    if test_images is not None:
        values = []
        for start in range(0, len(test_images), batch):
            control.checkpoint()
            x = _binary(test_images[start:start + batch]).to(device)
            with torch.no_grad():
                values.append(-model.free_energy(x).double() - log_z)
        ll = torch.cat(values)
        n_test = len(ll)
        test_ll = float(ll.mean())
        spread = float(ll.std()) / math.sqrt(n_test) if n_test > 1 else 0.0
        test_se = math.sqrt(spread ** 2 + se_ratio ** 2)
    yield AISResult(log_z, se_ratio, log_z_low, log_z_high, base_log_z, test_ll, test_se, n_test, runs,
                    len(schedule) - 1, time.perf_counter() - started)


def _binary(images):
    """Images (N, ...) in [0, 1] as the (N, V) binary vectors a log-likelihood is defined on."""
    import torch

    x = torch.as_tensor(images).reshape(len(images), -1).float()
    return (x > 0.5).float()


def estimate(model, **kwargs) -> AISResult:
    """``ais_job`` run to its end (for scripts and tests)."""
    result = None
    for item in ais_job(model, **kwargs):
        if isinstance(item, AISResult):
            result = item
    return result


def ais_for_run(run, checkpoint: str = "latest", runs: int = 100, betas: int = 10000, limit: int | None = None,
                seed: int = 0, device: str = "cpu", control: TaskControl | None = None) -> Iterator[object]:
    """``ais_job`` for a trained RBM run: its checkpoint, its training images for the base model and its
    validation split (MNIST's test set for an MNIST folder) as the test images."""
    from studio.data.importers import load_dataset
    from studio.training.trained import load_trained_model

    control = control or TaskControl()
    yield Progress(0, None, "Loading the run and its data")
    model = load_trained_model(run, checkpoint, device)
    if getattr(model, "family", "") != "rbm":
        raise StudioError(f"The run '{run.id}' trained a {model.family or 'model'}; AIS estimates an RBM's "
                          "log-likelihood.")
    train = run.info().get("train", {})
    split = load_dataset(train.get("dataset", "digits"), train.get("val_fraction", 0.1), train.get("seed", 0))
    test = split.val.images[:limit] if limit else split.val.images
    base = split.train.images[:20000]
    control.checkpoint()
    yield from ais_job(model, test_images=test.astype(np.float32) / 255.0,
                       base_data=base.astype(np.float32) / 255.0, runs=runs, betas=betas, control=control,
                       seed=seed)
