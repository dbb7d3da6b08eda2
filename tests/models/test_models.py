import pytest
import torch

from studio.core.errors import StudioError
from studio.models.registry import available_models, build_model


def test_registry_lists_autoencoder_and_vae():
    names = {e.name for e in available_models()}
    assert {"autoencoder", "vae"} <= names


@pytest.mark.parametrize("variant", ["undercomplete", "denoising", "sparse", "contractive"])
@pytest.mark.parametrize("arch", ["mlp", "conv"])
def test_autoencoder_shapes_and_terms(variant, arch):
    torch.manual_seed(0)
    model = build_model("autoencoder", {"variant": variant, "architecture": arch, "latent_dim": 8, "hidden": 32},
                        (1, 28, 28))
    x = torch.rand(5, 1, 28, 28)
    assert model.encode(x).shape == (5, 8)
    assert model.decode(model.encode(x)).shape == (5, 1, 28, 28)
    terms = model.training_step(x, torch.zeros(5, dtype=torch.long))
    expected = {"undercomplete": set(), "denoising": set(), "sparse": {"sparsity"}, "contractive": {"contraction"}}
    assert set(terms) == {"loss", "reconstruction"} | expected[variant]
    assert torch.isclose(terms["loss"], sum(v for k, v in terms.items() if k != "loss"))
    terms["loss"].backward()
    assert all(p.grad is not None for p in model.parameters())
    preview = model.preview(x, None)
    assert preview["outputs"].shape == x.shape and 0 <= preview["outputs"].min() <= preview["outputs"].max() <= 1


def test_sparse_penalty_is_l1_of_code():
    model = build_model("autoencoder", {"variant": "sparse", "sparsity_weight": 0.5, "hidden": 16}, (1, 8, 8))
    x = torch.rand(3, 1, 8, 8)
    z = model.encode(x)
    assert torch.isclose(model.training_step(x, None)["sparsity"], 0.5 * z.abs().mean())


@pytest.mark.parametrize("arch", ["mlp", "conv"])
@pytest.mark.parametrize("latent", [2, 20])
def test_vae_terms(arch, latent):
    model = build_model("vae", {"architecture": arch, "latent_dim": latent, "beta": 2.0, "hidden": 32}, (1, 28, 28))
    x = torch.rand(4, 1, 28, 28)
    terms = model.training_step(x, None)
    assert terms["kl"] >= 0
    assert torch.isclose(terms["loss"], terms["reconstruction"] + 2.0 * terms["kl"])
    assert model.encode(x).shape == (4, latent)
    assert model.preview(x, None)["samples"].shape == (4, 1, 28, 28)
    val = model.validation_step(x, None)
    assert torch.isclose(val["elbo"], -(val["reconstruction"] + val["kl"]))
    assert model.importance_nll(x, k=4).shape == (4,)


def test_colour_images_and_bad_settings():
    model = build_model("vae", {"architecture": "conv", "latent_dim": 4}, (3, 32, 32))
    assert model.decode(torch.zeros(2, 4)).shape == (2, 3, 32, 32)
    with pytest.raises(StudioError, match="multiples of 4"):
        build_model("autoencoder", {"architecture": "conv"}, (1, 30, 30))
    with pytest.raises(StudioError, match="no model called"):
        build_model("nope")


CONFIGS = [("autoencoder", {"variant": v, "hidden": 16}) for v in ("undercomplete", "denoising", "sparse",
                                                                   "contractive")]
CONFIGS += [("vae", {"hidden": 16}), ("aae", {"hidden": 16, "disc_hidden": 8}),
            ("aae", {"hidden": 16, "disc_hidden": 8, "supervised": True})]


@pytest.mark.parametrize("name, config", CONFIGS)
def test_declared_loss_terms_are_the_ones_reported(name, config):
    """The app lays out one plot panel per declared term before training, so the list must be exact."""
    assert {n for n, _ in CONFIGS} >= {e.name for e in available_models()}  # every model is checked here
    torch.manual_seed(0)
    model = build_model(name, config, (1, 28, 28))
    x, y = torch.rand(6, 1, 28, 28), torch.arange(6) % 10
    if model.manual_optimization:
        opts = model.configure_optimizers(1e-3)

        def backward(loss, part):
            opts[part].zero_grad(set_to_none=True)
            loss.backward()
            opts[part].step()

        trained = model.manual_step(x, y, opts, backward)
    else:
        trained = model.training_step(x, y)
    model.eval()
    validated = model.validation_step(x, y)
    declared = type(model).loss_terms(model.config)
    assert declared[0] == "loss" and len(set(declared)) == len(declared)
    assert set(declared) == set(trained) | set(validated)


def test_loss_terms_by_name_and_bad_settings():
    from studio.models.registry import loss_terms

    assert loss_terms("autoencoder", {"variant": "sparse"}) == ["loss", "reconstruction", "sparsity"]
    with pytest.raises(StudioError, match="not valid"):
        loss_terms("vae", {"image_shape": ["one", 28, 28]})
