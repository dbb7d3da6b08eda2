"""Building blocks of the GAN family: generators, discriminators, losses, the EMA and DiffAugment.

Everything here works on images in [-1, 1] (the generators end in tanh); the models convert from and to
the studio's [0, 1] at their edges. No registry entries live here (``gan.py`` and ``gan_variants.py``
register the families).
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn

# Sizes the convolutional nets start from (the generator's first feature map) and stop at (the
# discriminator's last one): a side is this base times a power of two, e.g. 28 = 7·4, 64 = 4·16.
BASE_SIDES = (4, 5, 6, 7)
MAX_CHANNELS = 512


def conv_plan(side: int) -> tuple[int, int]:
    """(base side, number of doublings) for a square side such as 28, 32, 64 or 128; ValueError otherwise."""
    for doublings in range(1, 8):
        base, rest = divmod(side, 2 ** doublings)
        if rest == 0 and base in BASE_SIDES:
            return base, doublings
    raise ValueError(f"the convolutional GAN needs a square side of 4, 5, 6 or 7 times a power of two "
                     f"(for example 28, 32, 64 or 128); got {side}")


def conv_sides_ok(image_shape: tuple[int, int, int]) -> bool:
    _, h, w = image_shape
    if h != w:
        return False
    try:
        conv_plan(h)
    except ValueError:
        return False
    return True


def _sn(layer: nn.Module, on: bool) -> nn.Module:
    """``layer`` with spectral normalisation (Miyato et al. 2018) when ``on``: it bounds D's Lipschitz constant."""
    return nn.utils.parametrizations.spectral_norm(layer) if on else layer


# Generators --------------------------------------------------------------------------------------

class MLPGenerator(nn.Module):
    """(B, in_features) -> (B, C, H, W) in [-1, 1] through fully connected layers (Goodfellow et al. 2014)."""

    def __init__(self, in_features: int, image_shape: tuple[int, int, int], hidden: int) -> None:
        super().__init__()
        self.image_shape = tuple(image_shape)
        n = math.prod(image_shape)
        self.net = nn.Sequential(
            nn.Linear(in_features, hidden), nn.LeakyReLU(0.2),                      # (B, hidden)
            nn.Linear(hidden, 2 * hidden), nn.BatchNorm1d(2 * hidden), nn.LeakyReLU(0.2),  # (B, 2·hidden)
            nn.Linear(2 * hidden, n), nn.Tanh(),                                     # (B, C·H·W)
        )

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        return self.net(z).view(-1, *self.image_shape)                              # (B, C, H, W)


class ConvGenerator(nn.Module):
    """DCGAN's generator (Radford et al. 2015): a projection to (ch, b, b), then stride-2 transposed
    convolutions with batch norm and ReLU that double the side up to the image's, and tanh."""

    def __init__(self, in_features: int, image_shape: tuple[int, int, int], width: int) -> None:
        super().__init__()
        c, side, _ = image_shape
        base, doublings = conv_plan(side)
        chans = [min(MAX_CHANNELS, width * 2 ** (doublings - 1 - i)) for i in range(doublings)]
        self.start = (chans[0], base, base)
        self.project = nn.Sequential(
            nn.Linear(in_features, chans[0] * base * base, bias=False),            # (B, ch0·b·b)
            nn.BatchNorm1d(chans[0] * base * base), nn.ReLU())
        layers: list[nn.Module] = []
        for i in range(doublings - 1):                                               # (B, ch_i, b·2^i, …)
            layers += [nn.ConvTranspose2d(chans[i], chans[i + 1], 4, 2, 1, bias=False),
                       nn.BatchNorm2d(chans[i + 1]), nn.ReLU()]                      # (B, ch_i+1, b·2^(i+1), …)
        layers += [nn.ConvTranspose2d(chans[-1], c, 4, 2, 1), nn.Tanh()]             # (B, C, side, side)
        self.net = nn.Sequential(*layers)

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        return self.net(self.project(z).view(-1, *self.start))


# Discriminators ----------------------------------------------------------------------------------

class MLPDiscriminator(nn.Module):
    """(B, C, H, W) [+ (B, extra)] -> (B, outputs) logits and (B, hidden) features."""

    def __init__(self, image_shape: tuple[int, int, int], hidden: int, outputs: int = 1, extra: int = 0,
                 spectral: bool = False, dropout: float = 0.0) -> None:
        super().__init__()
        n = math.prod(image_shape)
        self.extra = extra
        self.trunk = nn.Sequential(
            _sn(nn.Linear(n + extra, 2 * hidden), spectral), nn.LeakyReLU(0.2), nn.Dropout(dropout),  # (B, 2h)
            _sn(nn.Linear(2 * hidden, hidden), spectral), nn.LeakyReLU(0.2), nn.Dropout(dropout))     # (B, h)
        self.feature_size = hidden
        self.head = _sn(nn.Linear(hidden, outputs), spectral)                                           # (B, out)

    def forward(self, x: torch.Tensor, extra: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor]:
        h = x.flatten(1)
        if self.extra:
            h = torch.cat([h, extra.to(h.dtype)], dim=1)
        feats = self.trunk(h)
        return self.head(feats), feats


class ConvDiscriminator(nn.Module):
    """DCGAN's discriminator: stride-2 convolutions with LeakyReLU 0.2 that halve the side down to the
    base, then a linear head. ``extra`` label channels are concatenated to the input image (a cGAN)."""

    def __init__(self, image_shape: tuple[int, int, int], width: int, outputs: int = 1, extra: int = 0,
                 spectral: bool = True, dropout: float = 0.0) -> None:
        super().__init__()
        c, side, _ = image_shape
        base, doublings = conv_plan(side)
        chans = [min(MAX_CHANNELS, width * 2 ** i) for i in range(doublings)]
        self.extra = extra
        layers: list[nn.Module] = []
        cin = c + extra
        for ch in chans:                                                             # side halves each time
            layers += [_sn(nn.Conv2d(cin, ch, 4, 2, 1), spectral), nn.LeakyReLU(0.2)]
            if dropout:
                layers.append(nn.Dropout2d(dropout))
            cin = ch
        self.trunk = nn.Sequential(*layers, nn.Flatten())                            # (B, ch·b·b)
        self.feature_size = chans[-1] * base * base
        self.head = _sn(nn.Linear(self.feature_size, outputs), spectral)              # (B, out)

    def forward(self, x: torch.Tensor, extra: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor]:
        if self.extra:
            maps = extra.to(x.dtype)[:, :, None, None].expand(-1, -1, x.shape[2], x.shape[3])
            x = torch.cat([x, maps], dim=1)                                          # (B, C + extra, H, W)
        feats = self.trunk(x)
        return self.head(feats), feats


# Losses ------------------------------------------------------------------------------------------

def d_loss_fn(kind: str, real: torch.Tensor, fake: torch.Tensor, smoothing: float = 0.0) -> torch.Tensor:
    """The discriminator's loss on real and fake logits: "nonsaturating" (binary cross-entropy, with
    one-sided label smoothing of the real target) or "hinge" (Lim & Ye 2017; Miyato et al. 2018)."""
    real, fake = real.float(), fake.float()
    if kind == "hinge":
        return F.relu(1.0 - real).mean() + F.relu(1.0 + fake).mean()
    return (F.binary_cross_entropy_with_logits(real, torch.full_like(real, 1.0 - smoothing))
            + F.binary_cross_entropy_with_logits(fake, torch.zeros_like(fake)))


def g_loss_fn(kind: str, fake: torch.Tensor) -> torch.Tensor:
    """The generator's loss on the logits of its images: -log D(G(z)) (non-saturating) or -D(G(z)) (hinge)."""
    fake = fake.float()
    if kind == "hinge":
        return -fake.mean()
    return F.binary_cross_entropy_with_logits(fake, torch.ones_like(fake))


def r1_penalty(logits: torch.Tensor, real: torch.Tensor) -> torch.Tensor:
    """Mescheder et al. 2018's R1: the mean squared norm of D's gradient at real images (``real`` must
    require grad). Halved and weighted by γ by the caller."""
    (grad,) = torch.autograd.grad(logits.float().sum(), real, create_graph=True)
    return grad.float().pow(2).flatten(1).sum(1).mean()


def one_hot(labels: torch.Tensor, classes: int, dtype=torch.float32) -> torch.Tensor:
    """(B,) int labels -> (B, classes); labels outside 0..classes-1 (-1: unknown) give an all-zero row.

    Written without boolean indexing, so that the graph has no data-dependent shape (ONNX export)."""
    labels = labels.long()
    known = ((labels >= 0) & (labels < classes)).to(dtype)
    return F.one_hot(labels.clamp(0, classes - 1), classes).to(dtype) * known[:, None]


# The EMA of the generator ------------------------------------------------------------------------

@torch.no_grad()
def ema_update(average: nn.Module, model: nn.Module, decay: float) -> None:
    """average ← decay·average + (1 - decay)·model, parameters and buffers (batch-norm statistics copied)."""
    for a, m in zip(average.parameters(), model.parameters()):
        a.lerp_(m.detach().to(a.dtype), 1.0 - decay)
    for a, m in zip(average.buffers(), model.buffers()):
        a.copy_(m)


def ema_decay_at(step: int, decay: float) -> float:
    """The decay at ``step``: ramped up from 0 so that the average does not drag the first random
    weights along for thousands of steps (a short run would otherwise sample from noise)."""
    return min(decay, (1.0 + step) / (10.0 + step))


# DiffAugment (Zhao et al. 2020) ------------------------------------------------------------------
# Differentiable augmentations applied to every image D sees, real and fake alike, in D's step and in
# G's: D never sees an un-augmented image, so it cannot memorise a small folder, and G's gradient flows
# back through the same transforms. Each sample gets its own random parameters.

DIFFAUGMENT_POLICIES = ("color", "translation", "cutout")


def parse_policy(policy: str) -> tuple[str, ...]:
    """"color,translation,cutout" -> its parts; "off" or "" -> (); unknown names raise ValueError."""
    if policy in ("", "off", "none"):
        return ()
    parts = tuple(p.strip() for p in policy.split(",") if p.strip())
    unknown = [p for p in parts if p not in DIFFAUGMENT_POLICIES]
    if unknown:
        raise ValueError(f"unknown DiffAugment part(s) {', '.join(unknown)}; known: {', '.join(DIFFAUGMENT_POLICIES)}")
    return parts


def _rand(n: int, x: torch.Tensor, generator: torch.Generator | None) -> torch.Tensor:
    gen_device = generator.device if generator is not None else x.device
    return torch.rand(n, 1, 1, 1, generator=generator, device=gen_device).to(x.device, x.dtype)


def diff_augment(x: torch.Tensor, policy: str | tuple[str, ...], generator: torch.Generator | None = None
                 ) -> torch.Tensor:
    """Augment (B, C, H, W) images in [-1, 1] differentiably with ``policy``'s parts, in order."""
    parts = parse_policy(policy) if isinstance(policy, str) else policy
    for part in parts:
        if part == "color":
            x = _colour(x, generator)
        elif part == "translation":
            x = _translate(x, generator)
        elif part == "cutout":
            x = _cutout(x, generator)
    return x


def _colour(x: torch.Tensor, generator) -> torch.Tensor:
    n = len(x)
    x = x + (_rand(n, x, generator) - 0.5)                                           # brightness ±0.5
    if x.shape[1] == 3:
        mean = x.mean(dim=1, keepdim=True)
        x = (x - mean) * (_rand(n, x, generator) * 2) + mean                         # saturation ×0..2
    mean = x.mean(dim=(1, 2, 3), keepdim=True)
    return (x - mean) * (_rand(n, x, generator) + 0.5) + mean                        # contrast ×0.5..1.5


def _translate(x: torch.Tensor, generator, ratio: float = 0.125) -> torch.Tensor:
    """Shift each image by up to ``ratio`` of its side, filling with -1 (black), by gathering pixels."""
    b, _, h, w = x.shape
    sh, sw = int(h * ratio + 0.5), int(w * ratio + 0.5)
    dev = generator.device if generator is not None else x.device
    ty = torch.randint(-sh, sh + 1, (b, 1, 1), generator=generator, device=dev).to(x.device)
    tx = torch.randint(-sw, sw + 1, (b, 1, 1), generator=generator, device=dev).to(x.device)
    gy, gx = torch.meshgrid(torch.arange(h, device=x.device), torch.arange(w, device=x.device), indexing="ij")
    ys = gy[None] + ty                                                               # (B, H, W) source rows
    xs = gx[None] + tx
    inside = ((ys >= 0) & (ys < h) & (xs >= 0) & (xs < w)).unsqueeze(1)              # (B, 1, H, W)
    flat = (ys.clamp(0, h - 1) * w + xs.clamp(0, w - 1)).flatten(1)                  # (B, H·W)
    picked = x.flatten(2).gather(2, flat[:, None, :].expand(-1, x.shape[1], -1)).view_as(x)
    return torch.where(inside, picked, torch.full_like(picked, -1.0))


def _cutout(x: torch.Tensor, generator, ratio: float = 0.5) -> torch.Tensor:
    """Blank a square of ``ratio`` of the side at a random place of each image (to 0, mid-grey)."""
    b, _, h, w = x.shape
    ch, cw = int(h * ratio + 0.5), int(w * ratio + 0.5)
    dev = generator.device if generator is not None else x.device
    # The square's top-left corner may lie outside, so that the borders are blanked as often as the middle.
    cy = torch.randint(-(ch // 2), h - ch // 2 + 1, (b, 1, 1), generator=generator, device=dev).to(x.device)
    cx = torch.randint(-(cw // 2), w - cw // 2 + 1, (b, 1, 1), generator=generator, device=dev).to(x.device)
    gy, gx = torch.meshgrid(torch.arange(h, device=x.device), torch.arange(w, device=x.device), indexing="ij")
    inside = (gy[None] >= cy) & (gy[None] < cy + ch) & (gx[None] >= cx) & (gx[None] < cx + cw)   # (B, H, W)
    return x * (~inside).unsqueeze(1).to(x.dtype)
