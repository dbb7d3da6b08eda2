"""`pip install .` / `pipx install .`: the wheel carries the studio's assets and installs the `studio` command.

The wheel is built from a copy of the sources (nothing is written into the checkout) and installed into a
throwaway virtual environment that borrows this environment's dependencies (torch is not installed again).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from studio import APP_ID

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src")
    shutil.copytree(REPO / "studio", src / "studio", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, src / name)
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
                           "-w", str(out), str(src)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    (path,) = out.glob("generative_studio-*.whl")
    return path


def test_the_wheel_carries_every_asset(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assets = {p.relative_to(REPO).as_posix() for p in (REPO / "studio" / "assets").rglob("*") if p.is_file()}
    assert assets and assets <= names, sorted(assets - names)[:5]
    assert f"studio/assets/{APP_ID}.desktop" in names and "studio/assets/fonts/NotoSansCJKsc-Regular-subset.otf" in names


def test_the_installed_studio_command_finds_its_resources(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # The dependencies come from this environment's site-packages (after the venv's own, which holds the studio).
    ours = [p for p in sys.path if p.endswith("site-packages")]
    Path(site, "borrowed-dependencies.pth").write_text("\n".join(ours) + "\n")
    done = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--quiet",
                           str(wheel)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    help_text = subprocess.run([str(bindir / "studio"), "--help"], cwd=tmp_path, env=env,
                               capture_output=True, text=True, timeout=120)
    assert help_text.returncode == 0, help_text.stderr
    assert "--self-test" in help_text.stdout and "wordcloud" in help_text.stdout
    check = ("import studio, studio.resources as r; from studio.clouds.fonts import resolve_font;"
             "print(studio.__file__); print(r.resource_path('icons', 'org.generativestudio.Studio.svg').is_file());"
             "print(resolve_font('Bebas Neue'))")
    done = subprocess.run([str(python), "-c", check], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    module, icon_found, font = done.stdout.split("\n")[:3]
    assert Path(module).is_relative_to(venv) and icon_found == "True"     # the installed copy, not the checkout
    assert Path(font).is_relative_to(venv) and font.endswith("BebasNeue-Regular.otf")
