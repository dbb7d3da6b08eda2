"""The layering the project keeps: the core, models, data and capability packages know no Qt."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    proc = subprocess.run([str(lint)], cwd=REPO, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "broken" in proc.stdout and "0 broken" in proc.stdout


def test_every_core_package_is_under_the_contract():
    text = (REPO / "pyproject.toml").read_text()
    for package in ("studio.core", "studio.data", "studio.models", "studio.training", "studio.latent",
                    "studio.video", "studio.clouds", "studio.cli"):
        assert f'"{package}"' in text.split("forbidden_modules")[0], package
