"""Data sources: specs, batches as dicts of tensors, token sequences, and a folder streamed from the disk."""

from __future__ import annotations

import tracemalloc
from dataclasses import replace

import numpy as np
import pytest
import torch
from PIL import Image

from studio.core.errors import DataError
from studio.data.importers import load_sources
from studio.data.sources import DataSpec, SequenceSource, index_batches


def test_digits_are_an_image_source_with_their_spec():
    split = load_sources("digits")
    assert split.spec == DataSpec.images((1, 28, 28), [str(i) for i in range(10)])
    assert DataSpec.from_dict(split.spec.to_dict()) == split.spec
    (batch,) = split.train.batches([np.array([0, 5, 9])], "cpu")
    assert batch["image"].shape == (3, 1, 28, 28) and batch["image"].dtype == torch.float32
    assert 0 <= float(batch["image"].min()) and float(batch["image"].max()) <= 1
    assert batch["label"].dtype == torch.int64


def test_token_sequences_are_padded_per_batch_with_a_mask():
    source = SequenceSource("notes", [np.array([1, 2, 3]), np.array([4]), np.array([5, 6])], vocab_size=8)
    assert source.spec.kind == "tokens" and source.spec.max_length == 3 and source.spec.image_shape is None
    first, second = source.batches([np.array([0, 1]), np.array([1, 2])], "cpu")
    assert first["tokens"].tolist() == [[1, 2, 3], [4, 0, 0]]
    assert first["mask"].tolist() == [[True, True, True], [True, False, False]]
    assert second["tokens"].shape == (2, 2)   # as long as its longest sequence, not the dataset's
    with pytest.raises(DataError, match="outside 0..7"):
        SequenceSource("bad", [np.array([9])], vocab_size=8)


def make_folder(root, n: int, side: int = 48):
    rng = np.random.default_rng(0)
    for i in range(n):
        label = root / ("cats" if i % 2 else "dogs")
        label.mkdir(parents=True, exist_ok=True)
        pixels = rng.integers(0, 256, (side, side, 3), dtype=np.uint8)
        Image.fromarray(pixels).save(label / f"{i:04d}.png")
    (root / "dogs" / "broken.png").write_bytes(b"not a picture")
    return root


def test_a_streamed_folder_gives_the_same_batches_as_one_loaded_whole(tmp_path):
    folder = make_folder(tmp_path / "pets", 40, side=16)
    streamed = load_sources(str(folder), 0.25, seed=3, stream=True)
    whole = load_sources(str(folder), 0.25, seed=3, stream=False)
    assert streamed.spec == whole.spec
    # A folder's spec says it is one, and how many pictures it has (a GAN turns DiffAugment on for few).
    assert streamed.spec.extra == {"origin": "folder", "items": 40}
    assert replace(streamed.spec, extra={}) == DataSpec.images((3, 16, 16), ["cats", "dogs"])
    assert len(streamed.train) == len(whole.train) == 30
    assert any("could not be read" in n for n in streamed.notes)
    order = [np.array([4, 0, 7]), np.array([29, 1])]
    for a, b in zip(streamed.train.batches(order, "cpu"), whole.train.batches(order, "cpu")):
        assert torch.equal(a["image"], b["image"]) and torch.equal(a["label"], b["label"])


def test_a_folder_trains_without_being_loaded_whole(tmp_path):
    """The streamed folder's pictures are decoded a few batches ahead, never all at once (numpy's own
    allocations are what tracemalloc sees: the decoded pictures)."""
    from studio.core.workspace import Workspace
    from studio.training.config import TrainConfig
    from studio.training.session import TrainingSession

    folder = make_folder(tmp_path / "pets", 800)
    whole_bytes = 800 * 3 * 48 * 48
    split = load_sources(str(folder), 0.1, seed=0, stream=True)
    cfg = TrainConfig(model="autoencoder", dataset=str(folder), model_config={"hidden": 16, "latent_dim": 4},
                      epochs=1, batch_size=16, device="cpu")
    torch.set_num_threads(1)
    list(TrainingSession(cfg, Workspace(tmp_path / "warm-up"), split=split).run())  # the lazy imports, first
    tracemalloc.start()
    try:
        events = list(TrainingSession(cfg, Workspace(tmp_path / "ws"), split=split).run())
        _, streamed_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        load_sources(str(folder), 0.1, seed=0, stream=False)
        _, whole_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert events[-1].status == "completed" and events[-1].step == 45
    assert whole_peak >= whole_bytes                      # loading it whole holds every picture
    assert streamed_peak < 0.25 * whole_bytes, (streamed_peak, whole_bytes)


def test_a_big_folder_is_streamed_by_default(tmp_path, monkeypatch):
    from studio.data import importers
    from studio.data.folder_stream import StreamingImageFolder

    folder = make_folder(tmp_path / "pets", 6, side=8)
    assert not isinstance(load_sources(str(folder)).train, StreamingImageFolder)
    monkeypatch.setattr(importers, "STREAM_ABOVE_BYTES", 100)
    assert isinstance(load_sources(str(folder)).train, StreamingImageFolder)


def test_index_batches_cover_every_item_once():
    chunks = index_batches(10, 4)
    assert [c.tolist() for c in chunks] == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]


def test_a_streamed_folder_augments_in_its_decoding_thread(tmp_path):
    from studio.data.folder_stream import random_flip

    folder = make_folder(tmp_path / "pets", 40, side=16)
    plain = load_sources(str(folder), 0.25, seed=3, stream=True).train
    flipped = load_sources(str(folder), 0.25, seed=3, stream=True).train
    flipped.augment = random_flip
    order = [np.arange(30)]
    (a,) = plain.batches(order, "cpu")
    (b,) = flipped.batches(order, "cpu")
    mirrored = [torch.equal(b["image"][i], a["image"][i].flip(-1)) for i in range(30)]
    same = [torch.equal(b["image"][i], a["image"][i]) for i in range(30)]
    assert all(m or s for m, s in zip(mirrored, same)) and 5 < sum(mirrored) < 25
    assert b["image"].shape == a["image"].shape and torch.equal(a["label"], b["label"])
