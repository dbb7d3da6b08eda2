"""Event model in the style of Performance RNN: note-on, note-off, time-shift and velocity events.

Unlike note sets, events keep timing (to ``1 / steps_per_second`` s) and dynamics (in
``velocity_bins`` steps): ``studio.data.midi_tokens.EventTokens`` lays out the vocabulary. The body is
a GRU stack (Performance RNN's LSTM in spirit, carried state, cheap per event) or a causal Transformer
over up to ``window`` events (learned positions).

Generating with the Transformer keeps each layer's keys and values (a KV cache), so that an event costs
one position's work instead of re-reading the whole context. Its positions are learned from the start of
a training window, so the context cannot slide by one event (every position would change); when it is
full it starts again from its last half (read once, then cached again). With ``kv_cache`` off the
sampler re-reads the same context through the Transformer's own forward for every event: the same
distribution, the reference the cache is tested against.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch
import torch.nn.functional as F
from torch import nn

from studio.models.base import GenerativeModel, ModelConfig, Term, option
from studio.models.registry import register
from studio.models.sequence import next_token_losses, sample_tokens, token_terms


@dataclass
class EventRNNConfig(ModelConfig):
    body: str = option("gru", "Body", "gru: recurrent, carries its state; transformer: attends to the last "
                       "window of events", choices=("gru", "transformer"))
    window: int = option(256, "Window (events)", "events per training sequence (and the Transformer's "
                         "context)", min=16, max=2048)
    embedding: int = option(128, "Embedding size", min=8, max=1024)
    hidden: int = option(256, "Hidden units", "GRU units, or the Transformer's width", min=16, max=2048)
    layers: int = option(2, "Layers", min=1, max=12)
    heads: int = option(4, "Attention heads (Transformer)", "the hidden units must divide by this", min=1, max=16)
    dropout: float = option(0.1, "Dropout", min=0.0, max=0.8, step=0.05)
    steps_per_second: int = option(100, "Time steps per second", "100: timing kept to 10 ms", min=10, max=1000)
    max_shift_steps: int = option(100, "Longest time shift (steps)", "one event moves time by at most this",
                                  min=1, max=1000)
    velocity_bins: int = option(32, "Velocity levels", "how finely dynamics are kept", min=1, max=127)
    key_normalise: bool = option(True, "Move every piece to C major / A minor", "train on every piece moved "
                                 "into C major or A minor by its detected key (one key to learn instead of "
                                 "twelve: takes stay in key); generation then moves a take into the key you pick")
    transpose: int = option(0, "Transposition augmentation (semitones)", "train also on every piece "
                            "moved up and down by up to this many semitones", min=0, max=6)
    drums: bool = option(False, "Keep drums", "learn from drum tracks too")
    # Filled in from the data (not a setting): whether the pieces were moved into C major / A minor (False
    # in a run saved before that option existed: it learned every key).
    key_normalised: bool = field(default=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.body == "transformer" and self.hidden % self.heads:
            raise ValueError(f"the hidden units ({self.hidden}) must divide by the attention heads ({self.heads})")

    # Runs saved before key normalisation learned every key as written.
    added_settings = {"key_normalise": False}

    def data_request(self) -> dict:
        return {"tokens": "events", "window": self.window, "steps_per_second": self.steps_per_second,
                "max_shift_steps": self.max_shift_steps, "velocity_bins": self.velocity_bins,
                "key_normalise": self.key_normalise, "transpose": self.transpose, "drums": self.drums}

    @classmethod
    def for_data(cls, values: dict, spec) -> "EventRNNConfig":
        values = dict(values)
        if spec is not None and spec.kind == "tokens":
            values["key_normalised"] = bool(spec.extra.get("key_normalised", False))
        return cls.from_dict(values)

    @property
    def vocab_size(self) -> int:
        return 1 + 256 + self.max_shift_steps + self.velocity_bins     # as EventTokens.size

    @property
    def first_shift(self) -> int:
        return 1 + 256                                                  # the id of a one-step time shift


@register("event-rnn", "Event RNN (Performance RNN)", "Learns note-on, note-off, time-shift and velocity "
          "events: keeps timing and dynamics. GRU or Transformer body.", EventRNNConfig,
          capabilities=("sample", "complete"), data_kind="tokens",
          presets=(("GRU", {"body": "gru"}), ("Transformer", {"body": "transformer", "layers": 4})))
class EventRNN(GenerativeModel):
    preview_kind = "piano_roll"
    preview_titles = {"inputs": "Validation music", "predictions": "Notes the model expects next"}
    # Frames per second of the preview's rolls.
    preview_fs = 20

    def __init__(self, config: EventRNNConfig) -> None:
        super().__init__(config)
        c = config
        self.embed = nn.Embedding(c.vocab_size, c.embedding if c.body == "gru" else c.hidden, padding_idx=0)
        self.drop = nn.Dropout(c.dropout)
        if c.body == "gru":
            self.gru = nn.GRU(c.embedding, c.hidden, c.layers, batch_first=True,
                              dropout=c.dropout if c.layers > 1 else 0.0)
        else:
            self.position = nn.Embedding(c.window + 1, c.hidden)
            layer = nn.TransformerEncoderLayer(c.hidden, c.heads, 4 * c.hidden, c.dropout, batch_first=True,
                                               norm_first=True)
            self.transformer = nn.TransformerEncoder(layer, c.layers, enable_nested_tensor=False)
            self.norm = nn.LayerNorm(c.hidden)
        self.head = nn.Linear(c.hidden, c.vocab_size)

    @classmethod
    def terms(cls, config) -> list[Term]:
        return token_terms()

    def _transform(self, tokens: torch.Tensor) -> torch.Tensor:
        """Causal Transformer: tokens (B, L ≤ window + 1) -> features (B, L, H)."""
        length = tokens.shape[1]
        pos = torch.arange(length, device=tokens.device)
        x = self.drop(self.embed(tokens) + self.position(pos)[None])   # (B, L, H)
        causal = nn.Transformer.generate_square_subsequent_mask(length, device=tokens.device, dtype=torch.bool)
        return self.norm(self.transformer(x, mask=causal, is_causal=True))

    def logits(self, tokens: torch.Tensor) -> torch.Tensor:
        """Next-event logits (B, L, V) for events (B, L)."""
        if self.config.body == "gru":
            h, _ = self.gru(self.drop(self.embed(tokens)))             # (B, L, H)
        else:
            h = self._transform(tokens)                                 # (B, L, H)
        return self.head(self.drop(h))                                  # (B, L, V)

    def losses(self, batch: dict) -> dict[str, torch.Tensor]:
        return next_token_losses(self.logits(batch["tokens"][:, :-1]), batch)

    def events_to_roll(self, events: list[int]) -> torch.Tensor:
        """(T, 128) roll of an event sequence at ``preview_fs`` (a note still on at the end lasts to it)."""
        c = self.config
        per_frame = c.steps_per_second / self.preview_fs
        now, on, spans = 0, {}, []
        for tok in events:
            if 1 <= tok < 1 + 128:
                on.setdefault(tok - 1, now)
            elif 1 + 128 <= tok < c.first_shift:
                if tok - 129 in on:
                    spans.append((tok - 129, on.pop(tok - 129), now))
            elif c.first_shift <= tok < c.first_shift + c.max_shift_steps:
                now += tok - c.first_shift + 1
        spans += [(p, start, now) for p, start in on.items()]
        frames = max(1, int(now / per_frame) + 1)
        roll = torch.zeros(frames, 128)
        for p, start, end in spans:
            roll[int(start / per_frame):max(int(start / per_frame) + 1, int(end / per_frame)), p] = 1.0
        return roll

    def predicted_notes_roll(self, events: list[int], predicted: list[int], frames: int) -> torch.Tensor:
        """(frames, 128): where the model, reading ``events``, expects a note to start next (its note-on
        predictions placed at the time of the event they follow, two frames long)."""
        c = self.config
        per_frame = c.steps_per_second / self.preview_fs
        roll = torch.zeros(frames, 128)
        now = 0
        for tok, guess in zip(events, predicted):
            if c.first_shift <= tok < c.first_shift + c.max_shift_steps:
                now += tok - c.first_shift + 1
            if 1 <= guess < 1 + 128:
                start = min(frames - 1, int(now / per_frame))
                roll[start:start + 2, guess - 1] = 1.0
        return roll

    def preview(self, batch: dict) -> dict[str, torch.Tensor]:
        """Rolls (N, T, 128): the validation windows, and the notes the model expects at each point of them."""
        tokens = batch["tokens"]                                       # (N, L)
        predicted = self.logits(tokens[:, :-1]).argmax(-1).cpu()       # (N, L-1): the guess for token i+1
        inputs, guesses = [], []
        for seq, guess, mask in zip(tokens.cpu(), predicted, batch["mask"].cpu()):
            events = seq[mask].tolist()
            inputs.append(self.events_to_roll(events[1:]))
            guesses.append(self.predicted_notes_roll(events[:-1], guess[: len(events) - 1].tolist(),
                                                     inputs[-1].shape[0]))
        length = max(r.shape[0] for r in inputs)

        def stack(rolls):
            return torch.stack([torch.nn.functional.pad(r, (0, 0, 0, length - r.shape[0])) for r in rolls])

        return {"inputs": stack(inputs), "predictions": stack(guesses)}

    # Sampling, one event at a time -----------------------------------------------------------------

    # Generation keeps the Transformer's keys and values (see the module's docstring); off: re-read.
    kv_cache = True

    def start(self, n: int):
        # GRU: its hidden state; Transformer: (the context's events (n, L ≤ window), the per-layer cache).
        return None

    def advance(self, tokens: torch.Tensor, state):
        return self.read(tokens[:, None], state)

    def read(self, tokens: torch.Tensor, state):
        """The next event's logits (n, V) after reading (n, P) more events."""
        if self.config.body == "gru":
            h, state = self.gru(self.embed(tokens), state)            # (n, P, H)
            return self.head(h[:, -1]), state                          # (n, V)
        events, cache = state if state is not None else (tokens[:, :0], None)
        events = torch.cat([events, tokens], 1)                        # (n, L)
        if events.shape[1] > self.config.window:
            # Full: start again from the last half of the context (positions from 0, as in training).
            events, cache, tokens = events[:, -(self.config.window // 2):], None, events[:, -(self.config.window // 2):]
        if not self.kv_cache:
            return self.head(self._transform(events)[:, -1]), (events, None)   # (n, V)
        h, cache = self._cached(tokens, events.shape[1] - tokens.shape[1], cache)
        return self.head(h[:, -1]), (events, cache)                    # (n, V)

    def _cached(self, tokens: torch.Tensor, at: int, cache: list | None):
        """The Transformer (eval mode) over ``tokens`` (n, P) at positions ``at``.. after the cached ones:
        features (n, P, H) and every layer's keys and values (n, heads, at + P, H / heads)."""
        c = self.config
        n, p = tokens.shape
        pos = torch.arange(at, at + p, device=tokens.device)
        x = self.embed(tokens) + self.position(pos)[None]              # (n, P, H)
        # A new position sees every cached one and the new ones up to itself.
        causal = torch.ones(p, at + p, dtype=torch.bool, device=tokens.device).tril(at)   # (P, at + P)
        heads, d = c.heads, c.hidden // c.heads
        kept = []
        for i, layer in enumerate(self.transformer.layers):
            q, k, v = F.linear(layer.norm1(x), layer.self_attn.in_proj_weight,
                               layer.self_attn.in_proj_bias).chunk(3, -1)                 # (n, P, H) each
            q, k, v = (t.reshape(n, p, heads, d).transpose(1, 2) for t in (q, k, v))     # (n, heads, P, d)
            if cache is not None:
                k, v = torch.cat([cache[i][0], k], 2), torch.cat([cache[i][1], v], 2)   # (n, heads, at + P, d)
            kept.append((k, v))
            a = F.scaled_dot_product_attention(q, k, v, attn_mask=causal)               # (n, heads, P, d)
            x = x + layer.self_attn.out_proj(a.transpose(1, 2).reshape(n, p, c.hidden))
            x = x + layer.linear2(layer.activation(layer.linear1(layer.norm2(x))))
        return self.norm(x), kept                                      # (n, P, H)

    def sample(self, n: int, condition=None, options: dict | None = None,
               generator: torch.Generator | None = None):
        """``n`` event sequences after the primer ``condition`` (event ids; default: one time step)."""
        yield from sample_tokens(self, n, condition, options, generator, self.config.vocab_size,
                                 [self.config.first_shift])
