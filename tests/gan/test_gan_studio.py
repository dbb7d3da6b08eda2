"""studio.gan on real trained runs: seeded grids, truncation, rows, interpolation, the timeline and exports."""

from __future__ import annotations

import av
import numpy as np
import pytest
from PIL import Image

from studio import gan
from studio.cli import main
from studio.core.errors import StudioError
from studio.core.workspace import Run


def test_a_seed_gives_the_same_grid_and_tile_i_does_not_depend_on_the_grid_size(dcgan_run):
    g = gan.load_generator(dcgan_run)
    assert (g.family, g.latent_dim, g.image_shape, g.num_classes, g.epochs_done) == ("dcgan", 8, (1, 28, 28), 0, 3)
    a = gan.sample_grid(g, 16, seed=3)
    assert a.shape == (16, 1, 28, 28) and a.dtype == np.float32 and 0 <= a.min() and a.max() <= 1
    assert np.array_equal(a, gan.sample_grid(g, 16, seed=3))
    assert np.allclose(a[:4], gan.sample_grid(g, 4, seed=3), atol=1e-6)
    assert not np.allclose(a, gan.sample_grid(g, 16, seed=4))
    truncated = gan.sample_grid(g, 16, seed=3, truncation=0.5)
    assert not np.allclose(a, truncated, atol=1e-3)
    assert np.allclose(gan.noise(g, 4, 3, 0.5), gan.noise(g, 4, 3) * 0.5)
    with pytest.raises(StudioError, match="truncation"):
        gan.noise(g, 4, 3, 0.0)


def test_interpolation_and_variations_start_where_they_are_asked(dcgan_run):
    g = gan.load_generator(dcgan_run)
    z0, z1 = gan.noise(g, 2, 7)
    for mode in ("linear", "slerp", "spherical"):
        path = gan.interpolate(z0, z1, 6, mode)
        assert path.shape == (6, 8) and np.array_equal(path[0], z0) and np.array_equal(path[-1], z1)
    # Spherical keeps the norm between the ends'; a straight line shrinks it midway.
    mid_slerp = np.linalg.norm(gan.interpolate(z0, -z0 + 1e-3, 5, "slerp")[2])
    mid_line = np.linalg.norm(gan.interpolate(z0, -z0 + 1e-3, 5, "linear")[2])
    assert mid_slerp > 0.9 * np.linalg.norm(z0) and mid_line < 0.1 * np.linalg.norm(z0)
    zs = gan.variations(g, z0, 5, spread=0.3, seed=1)
    assert np.array_equal(zs[0], z0) and np.all(np.linalg.norm(zs[1:] - z0, axis=1) > 0)
    assert gan.generate(g, zs).shape == (5, 1, 28, 28)


def test_the_timeline_holds_one_snapshot_per_save_from_the_same_fixed_noise(dcgan_run):
    shots = gan.timeline(dcgan_run)
    assert [s.epoch for s in shots] == [1, 2, 3]
    assert shots[0].step < shots[1].step < shots[2].step
    assert all(s.images.shape == (64, 1, 28, 28) and (s.rows, s.columns) == (8, 8) for s in shots)
    # Each snapshot is the fixed noise's grid as the checkpoint of that epoch draws it (to 1/255).
    for shot in shots:
        g = gan.load_generator(dcgan_run, f"epoch-{shot.epoch:04d}")
        fixed = g.model.fixed_z.numpy()
        assert np.abs(gan.generate(g, fixed) - shot.images).max() <= 1.5 / 255
    # A tiny training run changes the grid.
    assert np.abs(shots[0].images - shots[-1].images).mean() > 0.02


def test_the_conditional_grid_has_one_row_per_class_and_infogan_one_per_category(cgan_run, infogan_run):
    g = gan.load_generator(cgan_run)
    assert g.num_classes == 10 and g.label_names == tuple(str(i) for i in range(10))
    images, z, labels = gan.class_grid(g, 4, seed=0)
    assert images.shape == (40, 1, 28, 28) and labels.tolist()[:5] == [0, 0, 0, 0, 1]
    assert np.array_equal(z[:4], z[4:8])                         # the same noise down each column
    with pytest.raises(StudioError, match="between 0 and 9"):
        gan.generate(g, z[:1], labels=[12])
    info = gan.load_generator(infogan_run)
    assert (info.num_classes, info.code_dim, info.label_names[1]) == (10, 2, "Category 1")
    z = gan.noise(info, 3, 0)
    low, high = gan.generate(info, z, labels=2, codes=[-1, 0]), gan.generate(info, z, labels=2, codes=[1, 0])
    assert low.shape == (3, 1, 28, 28) and not np.allclose(low, high)


def test_the_diversity_figure_is_logged_each_epoch_and_measured_on_demand(dcgan_run):
    history = gan.diversity_history(dcgan_run)
    assert [e for e, _ in history] == [1, 2, 3] and all(r > 0 for _, r in history)
    g = gan.load_generator(dcgan_run)
    real = gan.sample_grid(g, 32, seed=1)
    same = gan.diversity(g, real, n=32, seed=1)
    assert same.ratio == pytest.approx(1.0)
    collapsed = gan.diversity(g, np.repeat(real[:1], 32, axis=0), n=32)
    assert collapsed.real < 1e-3 * same.real                 # one picture repeated has no spread


def test_the_timeline_exports_as_gif_and_mp4_with_a_frame_per_snapshot(dcgan_run, tmp_path):
    gif = tmp_path / "evolution.gif"
    steps = list(gan.export_timeline(dcgan_run, gif, fps=4))
    assert steps[-1].fraction == 1.0
    with Image.open(gif) as im:
        assert im.n_frames == 3
    mp4 = tmp_path / "evolution.mp4"
    list(gan.export_timeline(dcgan_run, mp4, fps=4, hold_last=0.5))
    with av.open(str(mp4)) as container:
        frames = sum(1 for _ in container.decode(video=0))
    assert frames == 3 + 1                                       # the last snapshot held two frames
    with pytest.raises(StudioError, match="already exists; add --overwrite"):
        list(gan.export_timeline(dcgan_run, gif))
    with pytest.raises(StudioError, match="inside the run's own folder"):
        list(gan.export_timeline(dcgan_run, Run(dcgan_run).samples_dir / "x.gif"))


@pytest.mark.parametrize("which", ["dcgan", "cgan", "infogan"])
def test_onnx_runtime_gives_pytorchs_images(which, dcgan_run, cgan_run, infogan_run, tmp_path):
    import onnxruntime as ort

    run = {"dcgan": dcgan_run, "cgan": cgan_run, "infogan": infogan_run}[which]
    path = gan.export_onnx(run, tmp_path / "g.onnx")
    g = gan.load_generator(run)
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    z = gan.noise(g, 7, 11)                                      # a batch size the export never saw
    feeds = {"z": z}
    if g.num_classes:
        feeds["label"] = np.arange(7) % g.num_classes
    if g.code_dim:
        feeds["codes"] = np.full((7, g.code_dim), 0.5, np.float32)
    got = session.run(None, feeds)[0]
    want = gan.generate(g, z, feeds.get("label"), feeds.get("codes"))
    assert got.shape == want.shape and np.abs(got - want).max() < 1e-4


@pytest.mark.parametrize("model, settings", [("vae", {"latent_dim": 3, "hidden": 32}),
                                             ("aae", {"latent_dim": 3, "hidden": 32, "disc_hidden": 8,
                                                      "supervised": True})])
def test_the_vae_and_aae_decoders_export_to_onnx_too(model, settings, tmp_path_factory, tmp_path):
    import onnxruntime as ort
    import torch

    from studio.training.trained import load_trained_model
    from tests.latent.small_runs import trained_run

    run = trained_run(tmp_path_factory.getbasetemp() / "gan-core-runs", f"core-{model}", model, settings, epochs=1)
    path = gan.export_onnx(run, tmp_path / "decoder.onnx")
    z = np.random.default_rng(0).standard_normal((5, 3)).astype(np.float32)
    feeds = {"z": z}
    decoder = load_trained_model(Run(run), "latest")
    if model == "aae":
        feeds["label"] = np.array([0, 3, 9, 1, 1])
    got = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, feeds)[0]
    with torch.no_grad():
        args = [torch.from_numpy(z)] + ([torch.from_numpy(feeds["label"])] if model == "aae" else [])
        want = decoder.decode(*args).numpy()
    assert np.abs(got - want).max() < 1e-4


def test_the_cli_samples_interpolates_exports_and_never_overwrites(dcgan_run, cgan_run, tmp_path, capsys):
    grid = tmp_path / "grid.png"
    assert main(["gan", "sample", str(cgan_run), "--n", "5", "--seed", "3", "--truncation", "0.7",
                 "-o", str(grid)]) == 0
    assert "10 rows of 5, one per class" in capsys.readouterr().out
    with Image.open(grid) as im:
        first = np.asarray(im).copy()
    assert main(["gan", "sample", str(cgan_run), "--n", "5", "-o", str(grid)]) == 1
    assert "already exists" in capsys.readouterr().err
    with Image.open(grid) as im:
        assert np.array_equal(np.asarray(im), first)                # untouched
    assert main(["gan", "sample", str(cgan_run), "--n", "5", "--seed", "3", "--truncation", "0.7",
                 "-o", str(grid), "--overwrite"]) == 0
    with Image.open(grid) as im:
        assert np.array_equal(np.asarray(im), first)                # the same seed: the same grid
    assert main(["gan", "interpolate", str(dcgan_run), "--from-seed", "1", "--to-seed", "2",
                 "-o", str(tmp_path / "strip.png"), "--gif", str(tmp_path / "strip.gif")]) == 0
    assert main(["gan", "timeline", str(dcgan_run), "-o", str(tmp_path / "evolution.gif")]) == 0
    assert main(["export", str(dcgan_run), "--onnx", str(tmp_path / "generator.onnx")]) == 0
    assert "onnxruntime gives PyTorch's images" in capsys.readouterr().out
    assert main(["gan", "sample", str(dcgan_run), "-o", str(Run(dcgan_run).path / "grid.png")]) == 1
    assert "inside the run's own folder" in capsys.readouterr().err
