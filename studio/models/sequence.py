"""What the token-sequence models share: next-token loss and accuracy, and sampling one token at a time.

A sequence model implements ``start(n)`` (an empty state for ``n`` sequences),
``advance(tokens, state) -> (logits, state)``: it reads one token per sequence, (n,), and returns the
logits of the next, (n, V); and ``read(tokens, state)``, the same for (n, P) tokens at once (a primer). :func:`sample_tokens` drives it: it reads the primer, then samples with a
temperature, top-k, top-p (nucleus) and an optional mask of allowed tokens, yielding after every token,
so that a sampling job can show the tokens as they come and stop between any two.

Sampling options (``options`` of ``GenerativeModel.sample``): ``steps`` (tokens to sample, default 256),
``temperature`` (1.0), ``top_k`` (0: off), ``top_p`` (1.0: off), ``allowed`` (a bool sequence over the
vocabulary, or None). ``condition`` is the primer: a sequence of token ids shared by all ``n`` samples.
"""

from __future__ import annotations

from typing import Any, Iterator, Sequence

import torch
import torch.nn.functional as F

from studio.core.errors import StudioError
from studio.models.base import SampleStep, Term


def token_terms() -> list[Term]:
    return [Term("loss", "NLL per token", "nats/token"), Term("accuracy", "Next-token accuracy", "%")]


def next_token_losses(logits: torch.Tensor, batch: dict) -> dict[str, torch.Tensor]:
    """Mean NLL over the real next tokens, and the share predicted right (in %).

    ``logits`` (B, L-1, V) predict ``tokens[:, 1:]``; padding (``mask`` False) counts for nothing.
    """
    targets = batch["tokens"][:, 1:]                                   # (B, L-1)
    mask = batch["mask"][:, 1:]                                        # (B, L-1)
    nll = F.cross_entropy(logits.float().transpose(1, 2), targets, reduction="none")   # (B, L-1)
    count = mask.sum().clamp_min(1)
    loss = (nll * mask).sum() / count
    right = ((logits.argmax(-1) == targets) & mask).sum()
    return {"loss": loss, "accuracy": 100.0 * right.float() / count}


def filter_logits(logits: torch.Tensor, temperature: float = 1.0, top_k: int = 0, top_p: float = 1.0,
                  allowed: torch.Tensor | None = None) -> torch.Tensor:
    """Logits (n, V) ready for sampling: masked, tempered, cut to the top k and to the nucleus p."""
    logits = logits.float()
    if allowed is not None:
        logits = logits.masked_fill(~allowed, float("-inf"))
    logits = logits / max(float(temperature), 1e-4)
    if top_k and 0 < top_k < logits.shape[-1]:
        kth = torch.topk(logits, top_k, dim=-1).values[:, -1:]         # (n, 1)
        logits = logits.masked_fill(logits < kth, float("-inf"))
    if top_p < 1.0:
        sorted_logits, order = torch.sort(logits, descending=True, dim=-1)
        probs = sorted_logits.softmax(-1)
        # Drop a token when the tokens more likely than it already make up top_p (the first always stays).
        drop = probs.cumsum(-1) - probs > top_p
        sorted_logits = sorted_logits.masked_fill(drop, float("-inf"))
        logits = torch.full_like(logits, float("-inf")).scatter(-1, order, sorted_logits)
    return logits


def sample_options(options: dict | None, vocab_size: int, device) -> dict[str, Any]:
    o = dict(options or {})
    temperature = float(o.get("temperature", 1.0))
    if not temperature > 0:
        raise StudioError("The temperature must be above 0 (1.0 samples as the model learned).")
    top_p = float(o.get("top_p", 1.0))
    if not 0 < top_p <= 1:
        raise StudioError("Top-p must be above 0 and at most 1 (1 turns it off).")
    top_k = int(o.get("top_k", 0))
    if top_k < 0:
        raise StudioError("Top-k must be 0 (off) or a positive number of tokens.")
    allowed = o.get("allowed")
    if allowed is not None:
        allowed = torch.as_tensor(allowed, dtype=torch.bool, device=device).reshape(-1)
        if allowed.numel() != vocab_size:
            raise StudioError("The allowed-token mask does not fit the model's vocabulary.")
        if not allowed.any():
            raise StudioError("No token is allowed: the constraint leaves the model nothing to play.")
    return {"steps": max(1, int(o.get("steps", 256))), "temperature": temperature, "top_k": top_k,
            "top_p": top_p, "allowed": allowed}


@torch.no_grad()
def sample_tokens(model, n: int, primer: Sequence[int] | torch.Tensor | None, options: dict | None,
                  generator: torch.Generator | None, vocab_size: int, default_primer: Sequence[int],
                  report_every: int = 1) -> Iterator[SampleStep]:
    """Sample ``n`` sequences after ``primer``; yield a SampleStep (n, tokens so far) per token."""
    device = next(model.parameters()).device
    o = sample_options(options, vocab_size, device)
    ids = torch.as_tensor(list(primer) if primer is not None and len(primer) else list(default_primer),
                          dtype=torch.long)
    if ids.numel() and (int(ids.min()) < 1 or int(ids.max()) >= vocab_size):
        raise StudioError("The primer holds tokens the model does not know.")
    state = model.start(n)
    # Read the primer at once (n copies, (n, P)); the state is the one token-by-token reading would leave.
    logits, state = model.read(ids.to(device).expand(n, -1), state)
    out = torch.zeros((n, o["steps"]), dtype=torch.long)
    for t in range(o["steps"]):
        filtered = filter_logits(logits, o["temperature"], o["top_k"], o["top_p"], o["allowed"])
        probs = filtered.softmax(-1).cpu()
        nxt = torch.multinomial(probs, 1, generator=generator).squeeze(1)      # (n,)
        out[:, t] = nxt
        if (t + 1) % report_every == 0 or t + 1 == o["steps"]:
            yield SampleStep(t + 1, o["steps"], out[:, :t + 1].clone())
        if t + 1 < o["steps"]:
            logits, state = model.advance(nxt.to(device), state)
