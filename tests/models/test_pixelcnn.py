"""The Gated PixelCNN: causal masks (by gradients), cached = naive sampling, completion, likelihood, training."""

from __future__ import annotations

import math

import pytest
import torch

from studio.core.errors import StudioError
from studio.data.sources import DataSpec
from studio.models.registry import build_model

@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    """Tiny nets gain nothing from two threads; on a busy machine OpenMP's spinning makes them far slower."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


SMALL = {"channels": 8, "layers": 3, "first_kernel": 5, "kernel": 3, "head": 16}


def small_model(output="binary", shape=(1, 10, 10), **extra):
    torch.manual_seed(0)
    return build_model("pixelcnn", {**SMALL, "output": output, **extra}, DataSpec.images(shape)).eval()


def later_mask(h, w, r, c):
    """(H, W) True at (r, c) and every pixel after it in raster order."""
    index = torch.arange(h * w).view(h, w)
    return index >= r * w + c


@pytest.mark.parametrize("output, shape", [("binary", (1, 10, 10)), ("grey", (2, 9, 11))])
def test_each_output_depends_only_on_earlier_pixels(output, shape):
    """Gradients of every logit at (r, c) are zero on (r, c) and every later pixel, in every channel, and not
    zero on the pixels just before it (left, and above to the right: no blind spot)."""
    model = small_model(output, shape)
    c_, h, w = shape
    for r, c in [(0, 0), (0, 5), (3, 0), (4, 4), (h - 1, w - 1), (5, w - 2)]:
        x = torch.rand(1, *shape, requires_grad=True)
        model.logits(x)[0, :, r, c].sum().backward()
        grad = x.grad[0].abs().sum(0)                                                 # (H, W)
        assert grad[later_mask(h, w, r, c)].max() == 0, (r, c)
        if c > 0:
            assert grad[r, c - 1] > 0
        if r > 0:
            assert grad[r - 1, c] > 0 and grad[r - 1, min(w - 1, c + 1)] > 0       # the blind spot of PixelCNN v1


def test_both_stacks_are_causal_in_every_layer():
    """Layer by layer: the horizontal stack at (r, c) sees only earlier pixels; the vertical stack at row r
    sees only rows up to r (it reaches the horizontal stack shifted down by one row)."""
    model = small_model("binary", (1, 8, 8), layers=4)
    outputs = []
    hooks = [layer.register_forward_hook(lambda _m, _i, out: outputs.append(out)) for layer in model.net.layers]
    x = torch.rand(1, 1, 8, 8, requires_grad=True)
    model.logits(x)
    for hook in hooks:
        hook.remove()
    assert len(outputs) == 4
    for v, hstack in outputs:
        for r, c in [(0, 3), (2, 2), (5, 7), (7, 0)]:
            (g_h,) = torch.autograd.grad(hstack[0, :, r, c].sum(), x, retain_graph=True)
            assert g_h[0, 0][later_mask(8, 8, r, c)].abs().max() == 0
            (g_v,) = torch.autograd.grad(v[0, :, r, c].sum(), x, retain_graph=True)
            if r < 7:
                assert g_v[0, 0, r + 1:].abs().max() == 0
            assert g_v[0, 0, r].abs().sum() > 0          # its own row: hence the shift before the link


@pytest.mark.parametrize("output, shape", [("binary", (1, 9, 9)), ("grey", (1, 7, 8)), ("grey", (3, 5, 6))])
def test_cached_sampling_equals_naive_sampling(output, shape):
    model = small_model(output, shape)
    runs = {}
    for method in ("naive", "cached"):
        g = torch.Generator().manual_seed(7)
        steps = list(model.sample(3, options={"method": method, "every": 5}, generator=g))
        runs[method] = steps
    naive, cached = runs["naive"], runs["cached"]
    assert [s.done for s in naive] == [s.done for s in cached]
    assert naive[-1].done == naive[-1].total == shape[1] * shape[2]
    for a, b in zip(naive, cached):
        assert torch.equal(a.samples, b.samples)
    final = cached[-1].samples
    assert final.shape == (3, *shape) and final.min() >= 0 and final.max() <= 1
    if output == "binary":
        assert set(final.unique().tolist()) <= {0.0, 1.0}


def test_the_same_seed_gives_the_same_samples_and_another_seed_others():
    model = small_model()
    draw = [list(model.sample(2, generator=torch.Generator().manual_seed(s), options={"every": 100}))[-1].samples
            for s in (1, 1, 2)]
    assert torch.equal(draw[0], draw[1]) and not torch.equal(draw[0], draw[2])


@pytest.mark.parametrize("method", ["cached", "naive"])
@pytest.mark.parametrize("output", ["binary", "grey"])
def test_a_completion_keeps_the_visible_pixels(method, output):
    model = small_model(output, (1, 10, 10))
    image = torch.rand(1, 1, 10, 10)
    hidden = torch.zeros(10, 10, dtype=torch.bool)
    hidden[6:] = True
    hidden[2:4, 3:8] = True                               # a hole in the middle too
    g = torch.Generator().manual_seed(0)
    steps = list(model.sample(4, options={"method": method, "image": image, "hidden": hidden}, generator=g))
    assert steps[-1].total == int(hidden.sum()) == len(steps)
    final = steps[-1].samples
    kept = model.quantise(image)[0, 0]
    for sample in final:
        assert torch.equal(sample[0][~hidden], kept[~hidden])
    # Four completions of one picture differ in the hidden part.
    assert len({tuple(s[0][hidden].tolist()) for s in final}) > 1
    # The partial pictures keep the visible part from the first step on.
    assert torch.equal(steps[0].samples[0, 0][~hidden], kept[~hidden])


def test_completion_cached_equals_naive():
    model = small_model("grey", (1, 8, 9))
    image = torch.rand(2, 1, 8, 9)
    hidden = torch.zeros(8, 9, dtype=torch.bool)
    hidden[:, 5:] = True                                   # the right part of every row
    out = [list(model.sample(2, options={"method": m, "image": image, "hidden": hidden, "every": 1000},
                             generator=torch.Generator().manual_seed(3)))[-1].samples for m in ("naive", "cached")]
    assert torch.equal(out[0], out[1])


def test_bad_sampling_requests_are_sentences():
    model = small_model()
    with pytest.raises(StudioError, match="method"):
        next(model.sample(1, options={"method": "fast"}))
    with pytest.raises(StudioError, match="picture is 5×5"):
        next(model.sample(1, options={"image": torch.rand(1, 1, 5, 5), "hidden": torch.ones(5, 5, dtype=torch.bool)}))
    with pytest.raises(StudioError, match="both"):
        next(model.sample(1, options={"hidden": torch.ones(10, 10, dtype=torch.bool)}))
    with pytest.raises(StudioError, match="odd"):
        build_model("pixelcnn", {"kernel": 4})


def test_nll_is_exact_and_sums_to_one_on_a_tiny_picture():
    """On 2×2 binary pictures the model's probabilities of all 16 pictures sum to 1."""
    model = small_model("binary", (1, 2, 2))
    pictures = torch.tensor([[(i >> k) & 1 for k in range(4)] for i in range(16)], dtype=torch.float32)
    nll = model.nll(pictures.view(16, 1, 2, 2))
    assert math.isclose(torch.exp(-nll).sum().item(), 1.0, rel_tol=1e-5)


def test_a_short_training_lowers_the_nll_on_held_out_digits():
    from studio.data.digits import load_digits_28

    data = load_digits_28()
    images = torch.from_numpy(data.images).float().view(-1, 1, 28, 28) / 255
    train, held = images[:256], images[1500:1564]
    model = small_model("binary", (1, 28, 28))
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    with torch.no_grad():
        before = model.nll(held).mean().item()
    g = torch.Generator().manual_seed(0)
    for _ in range(25):
        batch = train[torch.randint(0, len(train), (32,), generator=g)]
        loss = model.losses({"image": batch})["loss"]
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        after = model.nll(held).mean().item()
    assert after < 0.8 * before, (before, after)
    terms = model.validation_step({"image": held})
    assert torch.isclose(terms["bits_per_dim"], terms["nll"] / (784 * math.log(2)))


def test_cached_sampling_runs_on_one_thread_and_gives_the_count_back():
    """Its tiny operations run on one thread; the caller's setting holds at every yield and after a stop."""
    model = small_model()
    torch.set_num_threads(2)
    try:
        seen = []
        steps = model.sample(2, options={"every": 7})
        for step in steps:
            seen.append(torch.get_num_threads())
            if step.done >= 21:
                break
        steps.close()
        assert seen == [2, 2, 2] and torch.get_num_threads() == 2
    finally:
        torch.set_num_threads(1)
