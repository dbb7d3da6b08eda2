"""The freedesktop entry, the icons and the script that puts them into the user's menu."""

from __future__ import annotations

import configparser
import os
import stat
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from studio import APP_ID
from studio.resources import resource_path

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "packaging" / "install-desktop-entry.sh"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_the_entry_and_icons_are_complete():
    entry = read_entry(resource_path(f"{APP_ID}.desktop"))
    assert entry["Type"] == "Application" and entry["Icon"] == APP_ID and entry["Terminal"] == "false"
    assert entry["Name"] == "Generative Studio" and entry["Name[zh_CN]"]
    assert entry["Categories"].endswith(";")
    for size in SIZES:
        with Image.open(resource_path("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")) as png:
            assert png.size == (size, size) and png.mode == "RGBA"
            assert png.getpixel((size // 2, size // 2))[3] == 255      # drawn, not blank


def run_script(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), HOME=str(tmp_path / "home"))
    return subprocess.run(["bash", str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=60)


def test_install_puts_the_entry_and_icons_in_the_users_menu_and_uninstall_removes_them(tmp_path):
    program = tmp_path / "my apps" / "studio"        # a path with a space, as in a user's folder
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    done = run_script(tmp_path, "--exec", str(program))
    assert done.returncode == 0, done.stderr
    data = tmp_path / "data"
    entry = read_entry(data / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f'"{program}"' and entry["TryExec"] == str(program)
    assert entry["Icon"] == APP_ID
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert not (tmp_path / "home").exists()          # nothing outside XDG_DATA_HOME

    done = run_script(tmp_path, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert not [p for p in data.rglob("*") if p.is_file() and APP_ID in p.name]


@pytest.mark.parametrize("args, message", [(("--exec", "/no/such/studio"), "is not a program"),
                                           (("--frobnicate",), "unknown option")])
def test_install_refuses_bad_input_with_one_sentence(tmp_path, args, message):
    done = run_script(tmp_path, *args)
    assert done.returncode != 0 and message in done.stderr
    assert not (tmp_path / "data" / "applications" / f"{APP_ID}.desktop").exists()
