"""Every model family through its public interface: shapes, declared terms, its own step, bad settings."""

import pytest
import torch

from studio.core.errors import StudioError
from studio.data.sources import DataSpec
from studio.models.base import StepContext
from studio.models.registry import available_models, build_model, get_entry, loss_terms, make_config
from studio.training.precision import Precision, StepOptimizers

DIGITS = DataSpec.images((1, 28, 28), [str(i) for i in range(10)])


def batch(n=5, shape=(1, 28, 28)):
    return {"image": torch.rand(n, *shape), "label": torch.arange(n) % 10}


def one_step(model, b):
    """One training step as the engine runs it (full precision on the CPU)."""
    opt = StepOptimizers(model.configure_optimizers(1e-3), Precision(torch.device("cpu"), amp=False))
    terms = model.training_step(b, StepContext(0, 0, 0, 1, 1, 1), opt)
    opt.end_iteration()
    return terms


def test_registry_lists_the_families_with_what_the_app_shows():
    names = {e.name for e in available_models()}
    assert {"autoencoder", "vae", "aae"} <= names
    vae = get_entry("vae")
    assert vae.can("encode") and vae.can("decode") and vae.can("sample") and not vae.can("complete")
    assert vae.presets and all(p.title and isinstance(p.config, dict) for p in vae.presets)
    assert get_entry("aae").headline == "reconstruction" and get_entry("aae").can("conditional")
    assert [t.unit for t in vae.terms()] == ["nats/image"] * 4


@pytest.mark.parametrize("variant", ["undercomplete", "denoising", "sparse", "contractive"])
@pytest.mark.parametrize("arch", ["mlp", "conv"])
def test_autoencoder_shapes_and_terms(variant, arch):
    torch.manual_seed(0)
    model = build_model("autoencoder", {"variant": variant, "architecture": arch, "latent_dim": 8, "hidden": 32},
                        DIGITS)
    b = batch()
    x = b["image"]
    assert model.encode(x).shape == (5, 8)
    assert model.decode(model.encode(x)).shape == (5, 1, 28, 28)
    terms = model.losses(b)
    expected = {"undercomplete": set(), "denoising": set(), "sparse": {"sparsity"}, "contractive": {"contraction"}}
    assert set(terms) == {"loss", "reconstruction"} | expected[variant]
    assert torch.isclose(terms["loss"], sum(v for k, v in terms.items() if k != "loss"))
    terms["loss"].backward()
    assert all(p.grad is not None for p in model.parameters())
    preview = model.preview(b)
    assert preview["outputs"].shape == x.shape and 0 <= preview["outputs"].min() <= preview["outputs"].max() <= 1


def test_sparse_penalty_is_l1_of_code():
    model = build_model("autoencoder", {"variant": "sparse", "sparsity_weight": 0.5, "hidden": 16},
                        DataSpec.images((1, 8, 8)))
    b = batch(3, (1, 8, 8))
    z = model.encode(b["image"])
    assert torch.isclose(model.losses(b)["sparsity"], 0.5 * z.abs().mean())


@pytest.mark.parametrize("arch", ["mlp", "conv"])
@pytest.mark.parametrize("latent", [2, 20])
def test_vae_terms_and_sampling(arch, latent):
    model = build_model("vae", {"architecture": arch, "latent_dim": latent, "beta": 2.0, "hidden": 32}, DIGITS)
    b = batch(4)
    terms = model.losses(b)
    assert terms["kl"] >= 0
    assert torch.isclose(terms["loss"], terms["reconstruction"] + 2.0 * terms["kl"])
    assert model.encode(b["image"]).shape == (4, latent)
    assert model.preview(b)["samples"].shape == (4, 1, 28, 28)
    val = model.validation_step(b)
    assert torch.isclose(val["elbo"], -(val["reconstruction"] + val["kl"]))
    assert model.importance_nll(b["image"], k=4).shape == (4,)
    (step,) = list(model.sample(3))
    assert step.done == step.total == 3 and step.samples.shape == (3, 1, 28, 28)


def test_colour_images_and_bad_settings():
    model = build_model("vae", {"architecture": "conv", "latent_dim": 4}, DataSpec.images((3, 32, 32)))
    assert model.decode(torch.zeros(2, 4)).shape == (2, 3, 32, 32)
    with pytest.raises(StudioError, match="multiples of 4"):
        build_model("autoencoder", {"architecture": "conv"}, DataSpec.images((1, 30, 30)))
    with pytest.raises(StudioError, match="no model called"):
        build_model("nope")


CONFIGS = [("autoencoder", {"variant": v, "hidden": 16}) for v in ("undercomplete", "denoising", "sparse",
                                                                   "contractive")]
CONFIGS += [("vae", {"hidden": 16}), ("aae", {"hidden": 16, "disc_hidden": 8}),
            ("aae", {"hidden": 16, "disc_hidden": 8, "supervised": True})]
# The GANs have no single loss: two players' losses, D(x), D(G(z)) and the diversity figure.
CONFIGS += [(name, {"hidden": 8, "latent_dim": 4}) for name in ("gan", "dcgan", "cgan", "infogan", "ssgan")]
CONFIGS += [("pixelcnn", {"channels": 8, "layers": 2, "output": o}) for o in ("binary", "grey")]
CONFIGS += [("rbm", {"hidden": 8, "method": m}) for m in ("cd", "pcd")] + [("dbn", {"layers": "8,4"})]
CONFIGS += [("note-rnn", {"hidden": 16, "embedding": 8, "window": 8}),
            ("event-rnn", {"hidden": 16, "embedding": 8, "window": 16}),
            ("event-rnn", {"body": "transformer", "hidden": 16, "layers": 1, "window": 16})]
NOTE_SETS = DataSpec("tokens", None, (), 6, 0, 9, {"vocabulary": ["<pad>", "e", "60", "64", "60,64", "67"]})
EVENTS = DataSpec("tokens", None, (), 1 + 256 + 100 + 32, 0, 17, {})


def data_for(name):
    """The spec and a batch of the data a family trains on (token sequences with padding, or images)."""
    if get_entry(name).data_kind != "tokens":
        return DIGITS, batch(6)
    spec = NOTE_SETS if name == "note-rnn" else EVENTS
    g = torch.Generator().manual_seed(0)
    tokens = torch.randint(1, spec.vocab_size, (6, spec.max_length), generator=g)
    mask = torch.ones_like(tokens, dtype=torch.bool)
    mask[3:, 5:] = False                                   # three shorter sequences, padded
    return spec, {"tokens": tokens.masked_fill(~mask, 0), "mask": mask, "label": torch.full((6,), -1)}


@pytest.mark.parametrize("name, config", CONFIGS)
def test_declared_loss_terms_are_the_ones_reported(name, config):
    """The app lays out one plot panel per declared term before training, so the list must be exact."""
    assert {n for n, _ in CONFIGS} >= {e.name for e in available_models()}  # every model is checked here
    torch.manual_seed(0)
    spec, b = data_for(name)
    model = build_model(name, config, spec)
    trained = one_step(model, b)
    model.eval()
    validated = model.validation_step(b)
    declared = [t.name for t in get_entry(name).terms(config)]
    # "loss" first where a model has one; a model without one sums itself up by its headline term.
    assert (declared[0] == "loss" or "loss" not in declared) and len(set(declared)) == len(declared)
    assert get_entry(name).headline in declared
    assert set(declared) == set(trained) | set(validated)
    assert all(t.title for t in get_entry(name).terms(config))


def test_the_aae_steps_its_three_optimisers():
    torch.manual_seed(0)
    model = build_model("aae", {"hidden": 16, "disc_hidden": 8}, DIGITS)
    before = {k: v.clone() for k, v in model.state_dict().items()}
    one_step(model, batch(6))
    after = model.state_dict()
    for part in ("encoder", "decoder", "discriminator"):
        assert any(not torch.equal(before[k], after[k]) for k in before if k.startswith(part)), part


def test_loss_terms_by_name_and_bad_settings():
    assert [t.name for t in loss_terms("autoencoder", {"variant": "sparse"})] == ["loss", "reconstruction", "sparsity"]
    with pytest.raises(StudioError, match="not valid"):
        loss_terms("vae", {"image_shape": ["one", 28, 28]})


@pytest.mark.parametrize("name, settings, words", [
    ("vae", {"latent_dim": -3}, ["'Latent size' (latent_dim)", "between 1 and 512", "-3"]),
    ("vae", {"latent_dim": 0}, ["latent_dim", "between 1 and 512"]),
    ("vae", {"architecture": "transformer"}, ["'Architecture'", "one of mlp, conv", "transformer"]),
    ("vae", {"beta": -0.5}, ["β", "between 0 and 100"]),
    ("vae", {"latent_dim": 2.5}, ["latent_dim", "whole number"]),
    ("autoencoder", {"variant": "fancy"}, ["'Variant'", "one of undercomplete"]),
    ("aae", {"prior": "cauchy"}, ["'Prior'", "gaussian"]),
    ("aae", {"supervised": "yes"}, ["'Supervised'", "true or false"]),
])
def test_settings_outside_their_limits_give_one_sentence(name, settings, words):
    with pytest.raises(StudioError) as info:
        make_config(name, settings)
    message = str(info.value)
    assert all(w in message for w in words), message
    assert "\n" not in message and message.endswith(".")


@pytest.mark.parametrize("name, config", [c for c in CONFIGS if get_entry(c[0]).data_kind == "tokens"])
def test_token_models_are_causal_and_sample_as_they_score(name, config):
    """A prediction never sees later tokens, and sampling one token at a time scores as the whole sequence."""
    torch.manual_seed(0)
    spec, b = data_for(name)
    model = build_model(name, config, spec).eval()
    tokens = b["tokens"][:2, :8].clone()
    tokens[tokens == 0] = 1
    with torch.no_grad():
        full = model.logits(tokens)                                    # (2, 8, V)
        changed = tokens.clone()
        changed[:, 5:] = 2
        assert torch.allclose(model.logits(changed)[:, :5], full[:, :5], atol=1e-5)
        state = model.start(2)
        for t in range(tokens.shape[1]):
            step, state = model.advance(tokens[:, t], state)
            assert torch.allclose(step, full[:, t], atol=1e-4)
        read, _ = model.read(tokens, model.start(2))                   # a primer read at once
        assert torch.allclose(read, full[:, -1], atol=1e-4)
    steps = list(model.sample(3, [1, 2], {"steps": 5, "top_k": 3, "top_p": 0.9}, torch.Generator().manual_seed(0)))
    assert [s.done for s in steps] == [1, 2, 3, 4, 5] and steps[-1].samples.shape == (3, 5)
    allowed = torch.zeros(spec.vocab_size, dtype=torch.bool)
    allowed[[2, 3]] = True
    only = list(model.sample(4, None, {"steps": 6, "allowed": allowed, "temperature": 3.0}))[-1].samples
    assert set(only.flatten().tolist()) <= {2, 3}


@pytest.mark.parametrize("name, config", [c for c in CONFIGS if get_entry(c[0]).data_kind == "tokens"][:2])
def test_token_models_preview_piano_rolls(name, config):
    spec, b = data_for(name)
    model = build_model(name, config, spec).eval()
    with torch.no_grad():
        shown = model.preview(b)
    assert model.preview_kind == "piano_roll" and set(shown) == {"inputs", "predictions"}
    for roll in shown.values():
        assert roll.ndim == 3 and roll.shape[0] == 6 and roll.shape[2] == 128 and roll.max() <= 1
    assert shown["inputs"].sum() > 0


def test_event_preview_roll_places_notes_in_time():
    model = build_model("event-rnn", {"hidden": 16, "embedding": 8}, EVENTS)
    c = model.config
    # C4 on for half a second, then E4 for a quarter second (20 frames per second).
    roll = model.events_to_roll([1 + 60, c.first_shift + 49, 129 + 60, 1 + 64, c.first_shift + 24, 129 + 64])
    assert roll[:10, 60].all() and not roll[10:, 60].any() and roll[10:15, 64].all()
