"""The Qt-free explorer: planes, grids, interpolation, neighbours, anomalies, sketches, exports, errors."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
from PIL import Image

from studio.core.errors import StudioError
from studio.core.workspace import Run
from studio.latent import export
from studio.latent.explorer import LatentSpace, axis_plane, interpolate, pca_plane
from studio.latent.sketch import frame_like_mnist, sketch_to_input


@pytest.fixture(scope="module")
def space(vae_run):
    return LatentSpace.open(Run(vae_run))


def test_open_encodes_the_same_validation_set_as_training(space, vae_run):
    from studio.data.importers import load_dataset

    info = Run(vae_run).info()
    split = load_dataset("digits", info["train"]["val_fraction"], info["train"]["seed"])
    assert np.array_equal(space.val_images, split.val.images)
    assert space.codes.shape == (len(split.val), 2)
    assert space.label_names == [str(i) for i in range(10)]


def test_axis_plane_round_trip():
    plane = axis_plane(4, 1, 3)
    base = np.array([0.5, -1.0, 2.0, 3.0], np.float32)
    z = plane.lift(np.array([[7.0, 8.0]]), base)[0]
    assert np.allclose(z, [0.5, 7.0, 2.0, 8.0])
    assert np.allclose(plane.project(z[None])[0], [7.0, 8.0])
    with pytest.raises(StudioError):
        axis_plane(4, 2, 2)


def test_pca_plane_passes_through_the_mean_and_keeps_other_coordinates():
    rng = np.random.default_rng(0)
    codes = rng.normal(size=(500, 5)).astype(np.float32) * [5, 3, 0.1, 0.1, 0.1] + 2
    plane = pca_plane(codes)
    assert np.allclose(plane.project(codes.mean(0)[None]), 0, atol=1e-4)
    assert abs(np.dot(plane.u, plane.v)) < 1e-5
    assert abs(abs(plane.u[0]) - 1) < 0.05 and abs(abs(plane.v[1]) - 1) < 0.05
    base = codes[0]
    z = plane.lift(np.array([[1.0, -2.0]]), base)[0]
    assert np.allclose(plane.project(z[None])[0], [1.0, -2.0], atol=1e-4)
    # Off the plane the code is unchanged.
    off = lambda c: c - plane.project(c[None])[0] @ np.stack([plane.u, plane.v])  # noqa: E731
    assert np.allclose(off(z - plane.origin), off(base - plane.origin), atol=1e-4)


@pytest.mark.parametrize("mode", ["linear", "spherical"])
def test_interpolation_ends_are_the_decodes_of_the_end_points(space, mode):
    z0, z1 = space.codes[0], space.codes[5]
    codes, images = space.interpolate(z0, z1, 7, mode)
    assert codes.shape == (7, 2) and images.shape == (7, 1, 28, 28)
    assert np.array_equal(codes[0], z0) and np.array_equal(codes[-1], z1)
    assert np.allclose(images[0], space.decode_one(z0), atol=1e-6)
    assert np.allclose(images[-1], space.decode_one(z1), atol=1e-6)


def test_slerp_keeps_the_norm_between_the_ends():
    z0, z1 = np.array([2.0, 0.0]), np.array([0.0, 2.0])
    path = interpolate(z0, z1, 5, "spherical")
    assert np.allclose(np.linalg.norm(path, axis=1), 2.0, atol=1e-5)
    assert np.allclose(interpolate(z0, z1, 3, "linear")[1], [1.0, 1.0])
    with pytest.raises(StudioError):
        interpolate(z0, z1, 1)


def test_grid_follows_the_rectangle(space):
    plane = space.default_plane()
    grid = space.decode_grid(plane, (-1.0, 1.0, -1.0, 1.0), 4)
    assert grid.shape == (4 * 28, 4 * 28, 1)
    codes = space.grid_codes(plane, (-1.0, 1.0, -1.0, 1.0), 4)
    assert np.allclose(codes[0], [-0.75, 0.75]) and np.allclose(codes[-1], [0.75, -0.75])
    # The top-left tile is the decode of the top-left code.
    assert np.allclose(grid[:28, :28, 0], space.decode_one(codes[0])[0], atol=1e-6)
    other = space.decode_grid(plane, (2.0, 3.0, 2.0, 3.0), 4)
    assert not np.allclose(grid, other)


def test_nearest_training_and_knn(space):
    neighbours = space.nearest_training(space.codes[0], 8)
    assert len(neighbours) == 8
    assert [n.distance for n in neighbours] == sorted(n.distance for n in neighbours)
    assert space.knn_accuracy() > 0.3  # ten classes: chance is 0.1


def test_anomaly_scores_rank_a_foreign_image_first(space):
    scores = space.anomaly_scores()
    assert scores.shape == (len(space.val_images),) and np.all(scores >= 0)
    worst = space.most_anomalous(5)
    assert scores[worst[0]] == scores.max()
    assert list(scores[worst]) == sorted(scores[worst], reverse=True)


def test_a_vertical_stroke_lands_among_the_ones(space):
    canvas = np.zeros((280, 280), np.float32)
    canvas[40:240, 125:155] = 1.0                      # a thick vertical stroke
    x = sketch_to_input(canvas, space.image_shape)
    assert x.shape == (1, 28, 28)
    code = space.encode(x[None])[0]
    labels = [n.label for n in space.nearest_training(code, 9)]
    assert max(set(labels), key=labels.count) == 1, labels


def test_framing_centres_and_fits_the_drawing():
    canvas = np.zeros((280, 280), np.float32)
    canvas[10:60, 10:30] = 1.0                         # small, in a corner
    pic = frame_like_mnist(canvas, 28, 28)
    ys, xs = np.nonzero(pic > 0.5)
    assert ys.max() - ys.min() + 1 in (19, 20, 21)
    assert abs((ys.mean() - 13.5)) < 1.5 and abs(xs.mean() - 13.5) < 1.5
    assert not frame_like_mnist(np.zeros((280, 280)), 28, 28).any()


def test_exports_are_valid_files(space, tmp_path):
    _, images = space.interpolate(space.codes[0], space.codes[1], 6)
    png = export.save_image_png(tmp_path / "one.png", images[0], scale=5)
    with Image.open(png) as im:
        assert im.size == (140, 140) and im.format == "PNG"
    strip = export.save_strip_png(tmp_path / "strip.png", images, scale=2)
    with Image.open(strip) as im:
        assert im.width > 6 * 28 * 2 and im.format == "PNG"
    gif = export.save_gif(tmp_path / "anim.gif", images, scale=3)
    with Image.open(gif) as im:
        assert im.format == "GIF" and im.n_frames == 10 and im.size == (84, 84)  # 6 there, 4 back
    grid = export.save_grid_png(tmp_path / "grid.png", space.decode_grid(space.default_plane(), (-1, 1, -1, 1), 3))
    with Image.open(grid) as im:
        assert im.size == (3 * 28 * 2, 3 * 28 * 2)
    with pytest.raises(StudioError, match=r"\.png"):
        export.save_image_png(tmp_path / "wrong.jpg", images[0])
    with pytest.raises(StudioError, match="scale"):
        export.save_image_png(tmp_path / "big.png", images[0], scale=0)


def test_a_failed_export_leaves_the_old_file_alone(space, tmp_path):
    target = tmp_path / "keep.png"
    target.write_bytes(b"precious")
    with pytest.raises(StudioError):
        export.save_image_png(target, space.decode_one(space.codes[0]), scale=1000)
    assert target.read_bytes() == b"precious"


def test_a_run_of_an_unknown_model_gives_a_sentence(tmp_path):
    run = tmp_path / "runs" / "mystery-run"
    run.mkdir(parents=True)
    (run / "run.json").write_text(json.dumps({"model": "no-such-model", "dataset": "digits", "train": {}}))
    with pytest.raises(StudioError, match="latent explorer cannot open"):
        LatentSpace.open(Run(run))
    # A GAN (no encoder) opens as a decoder (tests/latent/test_latent_gan.py); without a checkpoint, it says so.
    (run / "run.json").write_text(json.dumps({"model": "dcgan", "dataset": "digits", "train": {}}))
    with pytest.raises(StudioError, match="no checkpoint yet"):
        LatentSpace.open(Run(run))


def test_a_corrupt_checkpoint_gives_a_sentence(vae_run, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(vae_run, copy)
    for tensors in (copy / "checkpoints").rglob("tensors.safetensors"):
        tensors.write_bytes(b"\x00garbage" * 10)
    with pytest.raises(StudioError, match="damaged"):
        LatentSpace.open(Run(copy))


def test_a_run_without_checkpoints_gives_a_sentence(vae_run, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(vae_run, copy)
    shutil.rmtree(copy / "checkpoints")
    with pytest.raises(StudioError, match="no checkpoint"):
        LatentSpace.open(Run(copy))


def test_a_one_dimensional_latent_maps_onto_a_line():
    plane = axis_plane(1)
    assert np.allclose(plane.project(np.array([[2.5]])), [[2.5, 0.0]])
    assert np.allclose(plane.lift(np.array([[1.0, 9.0]]), np.zeros(1)), [[1.0]])
    assert pca_plane(np.random.default_rng(0).normal(size=(10, 1))).name == "z0"
