"""Runs and checkpoints given to `studio latent`: a plain autoencoder is explained; exports never replace a
file of the run; a damaged checkpoint is one sentence."""

from __future__ import annotations

import pytest

from tests.bad_inputs.conftest import Files, assert_one_sentence
from tests.latent.small_runs import one_torch_thread, plain_autoencoder


@pytest.fixture(scope="module")
def ae_run(tmp_path_factory):
    with one_torch_thread():
        return plain_autoencoder(tmp_path_factory)


@pytest.mark.parametrize("action", [["grid", "-n", "3"], ["interpolate", "--from", "0", "--to", "1"],
                                    ["anomalies", "-k", "2"]])
def test_a_plain_autoencoder_says_its_space_is_not_a_prior(cli, ae_run, tmp_path, action):
    with one_torch_thread():
        outcome = cli("latent", action[0], ae_run, *action[1:], "-o", tmp_path / "out.png")
    assert outcome.code == 0, outcome.err
    assert "note: This run is a plain autoencoder: its code space is not a prior space" in outcome.err


def test_latent_exports_never_replace_a_file_of_the_run(cli, ae_run, tmp_path):
    files = Files(*[p for p in ae_run.rglob("*") if p.is_file()])
    checkpoint = next(ae_run.rglob("*.safetensors"))
    outcome = cli("latent", "grid", ae_run, "-n", "2", "-o", checkpoint.with_suffix(".safetensors"), "-y")
    assert_one_sentence(outcome, "is a file of the run")
    assert_one_sentence(cli("latent", "interpolate", ae_run, "--from", "0", "--to", "1", "-o",
                            tmp_path / "s.png", "--gif", tmp_path / "s.png"), "Two outputs name the same file")
    existing = tmp_path / "grid.png"
    existing.write_bytes(b"keep me")
    assert_one_sentence(cli("latent", "grid", ae_run, "-o", existing), "already exists; add --overwrite")
    assert existing.read_bytes() == b"keep me"
    files.assert_unchanged()


def test_a_damaged_checkpoint_is_one_sentence(cli, ae_run, tmp_path):
    import shutil

    copy = tmp_path / "run"
    shutil.copytree(ae_run, copy)
    for weights in copy.rglob("*.safetensors"):
        weights.write_bytes(b"\x00garbage" * 10)
    files = Files(*[p for p in copy.rglob("*") if p.is_file()])
    assert_one_sentence(cli("latent", "grid", copy, "-o", tmp_path / "g.png"))
    files.assert_unchanged()
    assert not (tmp_path / "g.png").exists()
