import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from studio import __version__
from studio.cli import main

REPO = Path(__file__).resolve().parents[2]


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "train" in out and "runs" in out


def test_train_then_runs_then_resume(tmp_path, capsys):
    ws = str(tmp_path / "ws")
    code = main(["train", "--model", "autoencoder", "--dataset", "digits", "--epochs", "1", "--batch-size", "128",
                 "--set", "hidden=32", "--set", "latent_dim=8", "--workspace", ws])
    captured = capsys.readouterr()
    assert code == 0
    run_dir = Path(captured.out.strip().splitlines()[-1])
    assert run_dir.is_dir() and str(run_dir).startswith(ws)
    assert "Run finished" in captured.err
    assert json.loads((run_dir / "run.json").read_text())["status"] == "completed"

    assert main(["runs", "--workspace", ws, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["status"] == "completed" and rows[0]["epochs"] == "1/1"

    assert main(["resume", run_dir.name, "--epochs", "2", "--workspace", ws, "--quiet"]) == 0
    capsys.readouterr()
    assert json.loads((run_dir / "run.json").read_text())["epochs_done"] == 2

    # The trash: the run leaves the list, whole, and comes back.
    assert main(["runs", "--workspace", ws, "--trash", run_dir.name[-12:]]) == 0
    assert "--restore" in capsys.readouterr().out and not run_dir.exists()
    assert main(["runs", "--workspace", ws, "--json"]) == 0 and json.loads(capsys.readouterr().out) == []
    assert main(["runs", "--workspace", ws, "--trashed", "--json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [run_dir.name]
    assert main(["runs", "--workspace", ws, "--restore", run_dir.name]) == 0
    assert (run_dir / "checkpoints" / "latest.json").exists()
    assert main(["runs", "--workspace", ws, "--restore", run_dir.name]) == 1  # no longer in the trash
    assert "No run called" in capsys.readouterr().err


@pytest.mark.parametrize("args, message", [
    (["train", "--dataset", "/no/such/folder"], "neither a built-in dataset"),
    (["train", "--device", "cuda"], "No CUDA GPU"),
    (["train", "--model", "nope"], "no model called 'nope'"),
    (["train", "--set", "colour=red"], "not a setting"),
    (["train", "--epochs", "0"], "at least 1"),
    (["resume", "nothing-like-this"], "No run called"),
])
def test_errors_are_one_sentence_and_nonzero(tmp_path, capsys, args, message):
    if "cuda" in args:
        import torch

        if torch.cuda.is_available():
            pytest.skip("this machine has CUDA")
    code = main(args + ["--workspace", str(tmp_path)])
    err = capsys.readouterr().err
    assert code != 0 and message in err and "Traceback" not in err
    assert err.startswith("studio: ") and len(err.strip().splitlines()) == 1


def test_corrupt_idx_from_cli(tmp_path, capsys):
    bad = tmp_path / "train-images-idx3-ubyte.gz"
    bad.write_bytes(b"\x1f\x8b\x08broken")
    assert main(["train", "--dataset", str(bad), "--workspace", str(tmp_path)]) == 1
    assert "damaged gzip" in capsys.readouterr().err
    assert bad.read_bytes() == b"\x1f\x8b\x08broken"


@pytest.mark.parametrize("model", ["vae", "aae"])
def test_torchrun_two_cpu_processes(tmp_path, model):
    """The same trainer under `torchrun --nproc_per_node 2` (gradients averaged over gloo), for a model
    with one optimiser and for one with three."""
    torchrun = Path(sys.executable).with_name("torchrun")
    ws = tmp_path / "ws"
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(REPO)}
    proc = subprocess.run([str(torchrun), "--standalone", "--nproc_per_node", "2",
                           "-m", "studio", "train", "--model", model, "--epochs", "2", "--batch-size", "64",
                           "--set", "hidden=64", "--workspace", str(ws), "--quiet"],
                          capture_output=True, text=True, env=env, timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    runs = list((ws / "runs").iterdir())
    assert len(runs) == 1  # only rank 0 writes the run
    info = json.loads((runs[0] / "run.json").read_text())
    assert info["status"] == "completed" and info["world_size"] == 2 and info["epochs_done"] == 2
    steps = [json.loads(l) for l in (runs[0] / "metrics.jsonl").read_text().splitlines()]
    epoch_records = [r for r in steps if r["kind"] == "epoch"]
    # Each process takes half of the 1,617 training images per epoch: 809 // 64 + 1 = 13 steps.
    assert epoch_records[-1]["step"] == 2 * 13
    headline = "reconstruction" if model == "aae" else "loss"
    assert epoch_records[-1]["val"][headline] < epoch_records[0]["train"][headline]


def test_format_duration():
    from studio.core.console import format_duration

    assert format_duration(65) == "01:05" and format_duration(3723) == "1:02:03"
    assert format_duration(-3) == "00:00"
    assert format_duration(None) == "--:--" and format_duration(float("nan"), unknown="–") == "–"


@pytest.mark.parametrize("setting, words", [
    ("latent_dim=-3", "'Latent size' (latent_dim) must be between 1 and 512; got -3."),
    ("latent_dim=0", "must be between 1 and 512; got 0."),
    ("architecture=transformer", "'Architecture' (architecture) must be one of mlp, conv; got 'transformer'."),
    ("beta=-1", "'β (KL weight)' (beta) must be between 0 and 100; got -1."),
])
def test_a_setting_out_of_its_range_is_one_sentence_before_anything_runs(tmp_path, capsys, setting, words):
    ws = tmp_path / "ws"
    code = main(["train", "--model", "vae", "--set", setting, "--workspace", str(ws)])
    err = capsys.readouterr().err
    assert code != 0 and words in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not (ws / "runs").exists()   # refused before a run folder was made


def test_train_uses_the_device_of_the_settings_unless_told(tmp_path, capsys):
    import torch

    from studio.core.settings import Settings

    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    settings = Settings.load()
    settings.device = "cuda"             # as File ▸ Settings ▸ Training device saves it
    settings.save()
    assert main(["train", "--epochs", "1", "--workspace", str(tmp_path)]) == 1
    assert "No CUDA GPU" in capsys.readouterr().err
    # --device wins: the run gets past the device, to the (missing) dataset.
    assert main(["train", "--dataset", "/no/such/folder", "--device", "cpu", "--workspace", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "neither a built-in dataset" in err and "CUDA" not in err

def test_the_command_table_names_the_module_that_registers_each_command():
    # `studio COMMAND` registers only COMMAND_OWNERS[COMMAND]; the table must say what the modules do.
    import argparse
    import importlib

    from studio.cli import COMMAND_MODULES, COMMAND_OWNERS, build_parser

    registered = {}
    for name in COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(name).register(sub)
        registered.update({command: name for command in sub.choices})
    assert COMMAND_OWNERS == registered
    parser = build_parser("highlights")
    args = parser.parse_args(["highlights", "match.mp4", "--segments-only"])
    assert args.input == "match.mp4" and args.segments_only
    choices = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    assert set(choices) == {"gui", "highlights"}
    assert "wordcloud" in build_parser(None).format_help()


def test_the_log_file_is_found_only_when_something_is_logged(workspace_dir, monkeypatch, capsys):
    # A command that logs nothing does not look its workspace up (reading the settings costs a short
    # command's start a few ms); an unexpected error's traceback still goes to the workspace's log.
    import studio.cli as cli

    looked_up = []
    real = cli._workspace_logs
    monkeypatch.setattr(cli, "_workspace_logs", lambda: looked_up.append(1) or real())
    assert main(["models"]) == 0
    assert not looked_up and not (workspace_dir / "logs" / "studio.log").exists()

    def boom(_args):
        raise RuntimeError("an unexpected fault")

    monkeypatch.setattr(cli, "build_parser", lambda _command=None: _parser_running(boom))
    assert main(["models"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and looked_up == [1]
    log = (workspace_dir / "logs" / "studio.log").read_text()
    assert "command failed" in log and "RuntimeError: an unexpected fault" in log


def _parser_running(func):
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("command")
    parser.add_argument("--self-test", action="store_true")
    parser.set_defaults(func=func)
    return parser
