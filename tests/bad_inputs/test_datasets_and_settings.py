"""Datasets and settings given to `studio train`: each refused with one sentence, nothing changed."""

from __future__ import annotations

import os

import pytest

from tests.bad_inputs.conftest import Files, assert_one_sentence


@pytest.fixture
def bad_datasets(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "random.npz").write_bytes(os.urandom(4096))
    (tmp_path / "notes.txt").write_text("not a dataset")
    (tmp_path / "zero.npz").write_bytes(b"")
    return tmp_path


@pytest.mark.parametrize("name,expect", [
    ("missing", "neither a built-in dataset"), ("empty", ""), ("random.npz", "not a readable .npz"), ("notes.txt", ""),
    ("zero.npz", ""),
])
def test_a_bad_dataset_is_one_sentence(cli, bad_datasets, name, expect):
    files = Files(*[p for p in bad_datasets.iterdir() if p.is_file()])
    outcome = cli("train", "--model", "vae", "--dataset", bad_datasets / name, "--epochs", "1")
    assert outcome.code != 0
    assert_one_sentence(outcome, expect)
    files.assert_unchanged()


@pytest.mark.parametrize("argv,expect", [
    (["--set", "latent_dim=0"], "latent"),
    (["--set", "no_such_setting=1"], "no_such_setting"),
    (["--set", "beta=lots"], "beta"),
    (["--epochs", "0"], "epoch"),
    (["--set", "kl_warmup=-1"], "warm-up"),
])
def test_a_bad_setting_is_one_sentence(cli, argv, expect):
    outcome = cli("train", "--model", "vae", "--dataset", "digits", *argv)
    assert_one_sentence(outcome, expect)


def test_damaged_app_settings_do_not_stop_the_command_line(cli, tmp_path):
    folder = os.environ["STUDIO_CONFIG_DIR"]
    os.makedirs(folder, exist_ok=True)
    for name in ("settings.json",):
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(b"\x00{ not json")
    outcome = cli("models")
    assert outcome.code == 0 and "Traceback" not in outcome.err
