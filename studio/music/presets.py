"""How the Piano roll tab trains a music model on a CPU: model sizes and optimiser settings, in one place.

The registry's defaults (studio.models.note_rnn / event_rnn) are the seed's full sizes, which want a GPU
or an hour. A user who presses "Train" in the tab wants music within minutes on a laptop: these settings
are the ones ``bench/bench_music_quality.py`` measures (docs/benchmarks.md, "Music models"), so the
figures there are what the tab's training gives after the same CPU time.

- Small widths (128 GRU units): a step takes ~0.55 CPU-seconds (note-rnn) or ~0.27 (event-rnn), an epoch
  of the chorales 35 steps. note-rnn's validation NLL bottoms out after ~8 epochs (it then over-fits;
  the engine keeps the best checkpoint, which generation loads); event-rnn's still falls at epoch 23.
- Adam at 3e-3 with the gradient norm clipped to 1: recurrent nets fit a few times faster at 3e-3 than at
  the engine's generic 1e-3, and the clip keeps the rare exploding step from undoing that.
"""

from __future__ import annotations

# Model settings per registry name.
CPU_MODEL_SETTINGS: dict[str, dict] = {
    "note-rnn": {"hidden": 128, "embedding": 64},            # the seed's shape: 3 GRU layers + attention
    "event-rnn": {"body": "gru", "hidden": 128, "embedding": 64, "window": 128},
}
# Optimiser settings of the tab's training (TrainConfig fields).
CPU_TRAINING = {"lr": 3e-3, "grad_clip": 1.0, "batch_size": 64}
# The tab's default number of epochs on the Bach chorales: ~1,000 steps, about 10 CPU-minutes for note-rnn
# and 5 for event-rnn.
CPU_EPOCHS = 30


def cpu_train_config(model: str, dataset: str = "bach", epochs: int = CPU_EPOCHS, model_config: dict | None = None,
                     **overrides):
    """A TrainConfig for ``model`` with the CPU settings above (``model_config`` entries win)."""
    from studio.training.config import TrainConfig

    settings = {**CPU_MODEL_SETTINGS.get(model, {}), **(model_config or {})}
    return TrainConfig(model=model, dataset=dataset, model_config=settings, epochs=epochs,
                       **{**CPU_TRAINING, **overrides})
