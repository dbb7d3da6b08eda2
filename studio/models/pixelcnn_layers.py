"""The Gated PixelCNN's layers (van den Oord et al. 2016) and its cached, pixel-by-pixel sampler.

A gated layer has two stacks. The *vertical* stack sees whole rows above: its convolution covers
``k//2 + 1`` rows ending at the current one, and reaches the horizontal stack only after a shift down by
one row, so that it never shows the horizontal stack a pixel of the current row. The *horizontal* stack
sees the current row to the left: its convolution covers ``k//2`` columns strictly before the pixel in the
first layer (mask "A": a pixel never sees itself) and ``k//2 + 1`` columns up to and including it in the
others. Together they cover every earlier pixel (no blind spot, unlike the first PixelCNN's masked 3×3).

Each stack is gated: ``tanh(a) · sigmoid(b)`` of its 2·p pre-activations. The horizontal stack adds a 1×1
link from the vertical stack's (shifted) pre-activations and, after the first layer, a residual.

``CachedSampler`` is the Fast PixelCNN++ idea (Ramachandran et al. 2017) for this net: every layer keeps
its inputs in buffers; a new pixel only adds one column to each horizontal buffer (one tiny matrix product
per layer), and a finished row one row to each vertical buffer. Naive sampling re-runs the whole net on
the whole picture for every pixel.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


def gate(pre: torch.Tensor, dim: int = 1) -> torch.Tensor:
    """tanh(a) · sigmoid(b) of the two halves of ``pre`` along ``dim``."""
    a, b = pre.chunk(2, dim=dim)
    return torch.tanh(a) * torch.sigmoid(b)


class GatedLayer(nn.Module):
    """One gated layer: (v, h) -> (v', h'), both (B, p, H, W) (the first layer takes the image twice).

    ``first``: mask "A" on the horizontal stack (the pixel itself is not seen) and no residual.
    """

    def __init__(self, in_channels: int, channels: int, kernel: int, first: bool) -> None:
        super().__init__()
        self.first = first
        self.kernel = kernel
        self.v_rows = kernel // 2 + 1                  # rows the vertical convolution covers, current included
        self.h_cols = kernel // 2 if first else kernel // 2 + 1
        self.v_conv = nn.Conv2d(in_channels, 2 * channels, (self.v_rows, kernel))
        self.h_conv = nn.Conv2d(in_channels, 2 * channels, (1, self.h_cols))
        self.link = nn.Conv2d(2 * channels, 2 * channels, 1)
        self.h_out = nn.Conv2d(channels, channels, 1)

    def forward(self, v: torch.Tensor, h: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        _, _, height, width = v.shape
        half = self.kernel // 2
        # Vertical: padded above (and at the sides) so that row r covers rows r-k//2 .. r.
        v_pre = self.v_conv(F.pad(v, (half, half, self.v_rows - 1, 0)))              # (B, 2p, H, W)
        # Shifted down one row before it reaches the horizontal stack: row r gets row r-1's features.
        below = F.pad(v_pre, (0, 0, 1, 0))[:, :, :height]                            # (B, 2p, H, W)
        if self.first:   # columns c-k//2 .. c-1: pad by k//2 on the left and drop the last output
            h_pre = self.h_conv(F.pad(h, (self.h_cols, 0)))[..., :width]             # (B, 2p, H, W)
        else:            # columns c-k//2 .. c
            h_pre = self.h_conv(F.pad(h, (self.h_cols - 1, 0)))                      # (B, 2p, H, W)
        out = self.h_out(gate(h_pre + self.link(below)))                             # (B, p, H, W)
        return gate(v_pre), out if self.first else h + out


class CachedSampler:
    """Samples a ``GatedStack`` pixel by pixel, computing each layer's new values only.

    Buffers (per layer ``l``):
      - ``v_in[l]``: the vertical stack's input, (B, C_l, H + rows - 1, W + 2·(k//2)), padded as in
        ``GatedLayer.forward``; row r of the picture is stored at index r + rows - 1.
      - ``h_in[l]``: the horizontal stack's input for the current row, channels last, (B, W + pad, C_l).
      - ``link[l]``: the link from the row above, (B, W, 2p), computed once per row.

    The weights are the layers' own, used as matrix products on one position at a time; the sums differ
    from the convolutions' only in the last bits of rounding, so the cached and naive samplers draw the
    same pixels from the same noise (a pixel could only flip if its probability fell within ~1e-7 of its
    noise number; the tests and the bench check that they agree).
    """

    def __init__(self, stack: "GatedStack", batch: int, height: int, width: int, device, dtype) -> None:
        self.stack = stack
        self.height, self.width = height, width
        self.v_in, self.h_in, self.h_weights, self.out_weights = [], [], [], []
        for layer in stack.layers:
            c_in = layer.v_conv.in_channels
            half = layer.kernel // 2
            self.v_in.append(torch.zeros(batch, c_in, height + layer.v_rows - 1, width + 2 * half,
                                         device=device, dtype=dtype))
            pad = layer.h_cols if layer.first else layer.h_cols - 1
            self.h_in.append(torch.zeros(batch, width + pad, c_in, device=device, dtype=dtype))
            # (2p, C, 1, kw) -> (kw·C, 2p), matching a channels-last window flattened column by column.
            w = layer.h_conv.weight[:, :, 0, :].permute(0, 2, 1).reshape(layer.h_conv.out_channels, -1)
            self.h_weights.append(w.t().contiguous())
            self.out_weights.append(layer.h_out.weight[:, :, 0, 0].t().contiguous())   # (p, p)
        self.link: list[torch.Tensor] = []
        self.head = stack.head_matrices()

    def start_row(self, r: int) -> None:
        """Finish the vertical stack for row r-1 (all of it is known) and reset the row buffers."""
        self.link = []
        for i, layer in enumerate(self.stack.layers):
            if r == 0:   # above the first row the shifted features are zeros: the link gives its bias
                below = self.v_in[i].new_zeros(self.v_in[i].shape[0], layer.link.in_channels, 1, self.width)
            else:
                window = self.v_in[i][:, :, r - 1:r - 1 + layer.v_rows]               # (B, C, rows, W + 2h)
                below = layer.v_conv(window)                                           # (B, 2p, 1, W)
                if i + 1 < len(self.v_in):
                    nxt = self.stack.layers[i + 1]
                    half = nxt.kernel // 2
                    self.v_in[i + 1][:, :, r - 1 + nxt.v_rows - 1, half:half + self.width] = gate(below)[:, :, 0]
            # The horizontal convolution's bias is folded in here, once per row.
            link = layer.link(below)[:, :, 0] + layer.h_conv.bias[:, None]             # (B, 2p, W)
            self.link.append(link.transpose(1, 2).contiguous())                         # (B, W, 2p)
            self.h_in[i].zero_()

    def logits_at(self, c: int, head: bool = True) -> torch.Tensor | None:
        """The head's logits for column c of the current row, (B, C·K); fills every layer's column c.

        ``head=False`` only fills the columns (a pixel that is kept, not drawn) and returns None."""
        h = None
        last = len(self.stack.layers) - 1
        for i, layer in enumerate(self.stack.layers):
            buf = self.h_in[i]
            window = buf[:, c:c + layer.h_cols].reshape(buf.shape[0], -1)             # (B, kw·C)
            pre = torch.addmm(self.link[i][:, c], window, self.h_weights[i])          # (B, 2p), biases incl.
            out = torch.addmm(layer.h_out.bias, gate(pre), self.out_weights[i])       # (B, p)
            h = out if layer.first else buf[:, c + layer.h_cols - 1] + out
            if i < last:
                nxt = self.stack.layers[i + 1]
                self.h_in[i + 1][:, c + nxt.h_cols - 1] = h
        return self.stack.head_rows(h, self.head) if head else None                   # (B, C·K)

    def put_pixel(self, r: int, c: int, value: torch.Tensor) -> None:
        """Write the pixel (r, c), (B, C) in the network's input scale, into the first layer's buffers."""
        first = self.stack.layers[0]
        self.h_in[0][:, c + first.h_cols] = value
        self.v_in[0][:, :, r + first.v_rows - 1, c + first.kernel // 2] = value


class GatedStack(nn.Module):
    """The whole net: (B, C, H, W) inputs -> (B, C·K, H, W) logits, K per channel (1: Bernoulli)."""

    def __init__(self, in_channels: int, channels: int, layers: int, first_kernel: int, kernel: int,
                 outputs: int, head: int) -> None:
        super().__init__()
        self.layers = nn.ModuleList(
            [GatedLayer(in_channels, channels, first_kernel, first=True)]
            + [GatedLayer(channels, channels, kernel, first=False) for _ in range(layers - 1)])
        self.head_hidden = nn.Conv2d(channels, head, 1)
        self.head_out = nn.Conv2d(head, outputs, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        v = h = x                                                                      # (B, C, H, W)
        for layer in self.layers:
            v, h = layer(v, h)                                                         # (B, p, H, W) each
        return self.head_out(F.relu(self.head_hidden(F.relu(h))))                      # (B, C·K, H, W)

    def head_matrices(self) -> tuple[torch.Tensor, torch.Tensor]:
        return (self.head_hidden.weight[:, :, 0, 0].t().contiguous(),
                self.head_out.weight[:, :, 0, 0].t().contiguous())

    def head_rows(self, h: torch.Tensor, mats: tuple[torch.Tensor, torch.Tensor]) -> torch.Tensor:
        """The head on one position per sample: (B, p) -> (B, C·K), the 1×1 convolutions as matrix products."""
        hidden = F.relu(torch.addmm(self.head_hidden.bias, F.relu(h), mats[0]))       # (B, head)
        return torch.addmm(self.head_out.bias, hidden, mats[1])                        # (B, C·K)
