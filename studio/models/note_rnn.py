"""Note-set RNN (the seed's model): 3 GRU layers, self-attention over the last notes, dropout.

Each token is the set of pitches sounding in one frame of a piano roll at ``fs`` frames per second
("61,77"; "e" for silence; see ``studio.data.midi_tokens.NoteSetTokens``). The model predicts the next
frame's set from the last ``window`` frames: a GRU stack reads the frames, and causal self-attention
over its outputs lets each step look back at any of the last ``window`` frames directly (a chord from
two bars ago), as the seed's attention layer did. The vocabulary comes from the training data and
travels in the config, so a checkpoint alone can turn tokens back into notes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch
from torch import nn

from studio.models.base import GenerativeModel, ModelConfig, Term, option
from studio.models.registry import register
from studio.models.sequence import next_token_losses, sample_tokens, token_terms


@dataclass
class NoteRNNConfig(ModelConfig):
    fs: float = option(8.0, "Frames per second", "time resolution of the piano roll: 8 resolves sixteenth "
                       "notes at 120 bpm", min=1.0, max=50.0, step=1.0)
    window: int = option(50, "Window (frames)", "how many frames the model reads to predict the next",
                         min=8, max=512)
    embedding: int = option(128, "Embedding size", "width of a token's learned vector", min=8, max=1024)
    hidden: int = option(256, "GRU units", "width of each GRU layer", min=16, max=2048)
    layers: int = option(3, "GRU layers", min=1, max=6)
    heads: int = option(4, "Attention heads", "the GRU units must divide by this", min=1, max=16)
    dropout: float = option(0.2, "Dropout", min=0.0, max=0.8, step=0.05)
    vocab_limit: int = option(4000, "Vocabulary size limit", "the most frequent note sets kept; rarer chords "
                              "lose their rarest notes", min=16, max=50000)
    key_normalise: bool = option(True, "Move every piece to C major / A minor", "train on every piece moved "
                                 "into C major or A minor by its detected key (one key to learn instead of "
                                 "twelve: takes stay in key); generation then moves a take into the key you pick")
    transpose: int = option(0, "Transposition augmentation (semitones)", "train also on every piece "
                            "moved up and down by up to this many semitones", min=0, max=6)
    drums: bool = option(False, "Keep drums", "learn from drum tracks too")
    # Filled in from the data (not settings): the note sets, id -> "61,77", and whether the pieces were
    # moved into C major / A minor (False in a run saved before that option existed: it learned every key).
    vocabulary: list = field(default_factory=list)
    key_normalised: bool = field(default=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.hidden % self.heads:
            raise ValueError(f"the GRU units ({self.hidden}) must divide by the attention heads ({self.heads})")

    # Runs saved before key normalisation learned every key as written.
    added_settings = {"key_normalise": False}

    def data_request(self) -> dict:
        return {"tokens": "note-set", "fs": self.fs, "window": self.window, "vocab_limit": self.vocab_limit,
                "key_normalise": self.key_normalise, "transpose": self.transpose, "drums": self.drums}

    @classmethod
    def for_data(cls, values: dict, spec) -> "NoteRNNConfig":
        values = dict(values)
        if spec is not None and spec.kind == "tokens":
            values["vocabulary"] = list(spec.extra.get("vocabulary", []))
            values["key_normalised"] = bool(spec.extra.get("key_normalised", False))
        return cls.from_dict(values)

    @property
    def vocab_size(self) -> int:
        return max(2, len(self.vocabulary))


@register("note-rnn", "Note-set RNN (piano roll)", "Learns which notes sound together, frame by frame: "
          "3 GRU layers with self-attention, as the seed's piano generator.", NoteRNNConfig,
          capabilities=("sample", "complete"), data_kind="tokens",
          presets=(("Small (quick on a CPU)", {"hidden": 128, "layers": 2, "embedding": 64}),))
class NoteRNN(GenerativeModel):
    preview_kind = "piano_roll"
    preview_titles = {"inputs": "Validation music", "predictions": "Predicted next frames"}

    def __init__(self, config: NoteRNNConfig) -> None:
        super().__init__(config)
        c = config
        self.embed = nn.Embedding(c.vocab_size, c.embedding, padding_idx=0)
        self.gru = nn.GRU(c.embedding, c.hidden, c.layers, batch_first=True,
                          dropout=c.dropout if c.layers > 1 else 0.0)
        self.attention = nn.MultiheadAttention(c.hidden, c.heads, dropout=c.dropout, batch_first=True)
        self.norm = nn.LayerNorm(c.hidden)
        self.drop = nn.Dropout(c.dropout)
        self.head = nn.Linear(c.hidden, c.vocab_size)

    @classmethod
    def terms(cls, config) -> list[Term]:
        return token_terms()

    def _attend(self, h: torch.Tensor, memory: torch.Tensor, causal: bool) -> torch.Tensor:
        """h (B, Lq, H) attends to memory (B, Lk, H); residual and norm; -> logits (B, Lq, V)."""
        mask = None
        if causal:
            lq, lk = h.shape[1], memory.shape[1]
            # Position i sees i and the window - 1 frames before it (the seed's "last 50").
            i = torch.arange(lq, device=h.device)[:, None] + (lk - lq)
            j = torch.arange(lk, device=h.device)[None, :]
            mask = (j > i) | (j <= i - self.config.window)             # (Lq, Lk) True: hidden
        a, _ = self.attention(h, memory, memory, attn_mask=mask, need_weights=False)
        return self.head(self.drop(self.norm(h + a)))

    def logits(self, tokens: torch.Tensor) -> torch.Tensor:
        """Next-token logits (B, L, V) for tokens (B, L)."""
        h, _ = self.gru(self.drop(self.embed(tokens)))                 # (B, L, H)
        return self._attend(h, h, causal=True)                         # (B, L, V)

    def losses(self, batch: dict) -> dict[str, torch.Tensor]:
        return next_token_losses(self.logits(batch["tokens"][:, :-1]), batch)

    def preview(self, batch: dict) -> dict[str, torch.Tensor]:
        """Rolls (N, T, 128) of the validation windows and of the frames the model predicts for them."""
        tokens = batch["tokens"]                                       # (N, L)
        predicted = self.logits(tokens[:, :-1]).argmax(-1)             # (N, L-1)
        table = torch.zeros((self.config.vocab_size, 128), device=tokens.device)
        for i, text in enumerate(self.config.vocabulary):
            if text not in ("<pad>", "e"):
                table[i, [int(p) for p in text.split(",")]] = 1.0
        return {"inputs": table[tokens[:, 1:]], "predictions": table[predicted]}

    # Sampling, one frame at a time -----------------------------------------------------------------

    def start(self, n: int):
        return (None, None)        # (GRU hidden state, the last window of GRU outputs (n, ≤window, H))

    def advance(self, tokens: torch.Tensor, state):
        hidden, memory = state
        h, hidden = self.gru(self.embed(tokens[:, None]), hidden)     # (n, 1, H)
        memory = h if memory is None else torch.cat([memory, h], 1)[:, -self.config.window:]
        return self._attend(h, memory, causal=False)[:, 0], (hidden, memory)   # (n, V)

    def read(self, tokens: torch.Tensor, state):
        """``advance`` over (n, P) tokens at once: one GRU pass, attention for the last position only."""
        hidden, memory = state
        h, hidden = self.gru(self.embed(tokens), hidden)              # (n, P, H)
        memory = h if memory is None else torch.cat([memory, h], 1)
        memory = memory[:, -self.config.window:]
        return self._attend(h[:, -1:], memory, causal=False)[:, 0], (hidden, memory)   # (n, V)

    def sample(self, n: int, condition=None, options: dict | None = None,
               generator: torch.Generator | None = None):
        """``n`` frame sequences after the primer ``condition`` (token ids; default: one silent frame)."""
        yield from sample_tokens(self, n, condition, options, generator, self.config.vocab_size, [1])
