"""The one output guard (studio.core.outputs) and the temporary-file sweep (studio.core.atomic)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from studio.core import atomic
from studio.core.outputs import OutputError, OutputExists, check_output, output_file, same_file


def test_same_file_sees_spellings_symlinks_and_hard_links(tmp_path):
    a = tmp_path / "a.png"
    a.write_bytes(b"x")
    (tmp_path / "sub").mkdir()
    os.symlink(a, tmp_path / "link.png")
    os.link(a, tmp_path / "hard.png")
    assert same_file(a, tmp_path / "sub" / ".." / "a.png")
    assert same_file(a, tmp_path / "link.png") and same_file(tmp_path / "hard.png", a)
    assert not same_file(a, tmp_path / "b.png")


@pytest.mark.parametrize("alias", ["a.png", "link.png", "hard.png"])
def test_an_input_is_never_an_output_even_with_overwrite(tmp_path, alias):
    mask = tmp_path / "a.png"
    mask.write_bytes(b"mask")
    if alias == "link.png":
        os.symlink(mask, tmp_path / alias)
    elif alias == "hard.png":
        os.link(mask, tmp_path / alias)
    with pytest.raises(OutputError, match=r"is the mask itself; choose another file name"):
        check_output(tmp_path / alias, [(mask, "the mask")], overwrite=True)
    assert mask.read_bytes() == b"mask"


def test_existing_file_needs_overwrite_and_a_folder_is_refused(tmp_path):
    out = tmp_path / "out.png"
    out.write_bytes(b"old")
    with pytest.raises(OutputExists, match=r"out.png already exists; add --overwrite to replace it\."):
        check_output(out)
    assert check_output(out, overwrite=True) == out
    with pytest.raises(OutputError, match="is a folder"):
        check_output(tmp_path, overwrite=True)
    with pytest.raises(OutputError, match="is a file, so"):
        check_output(out / "inside.png")
    with pytest.raises(OutputError, match="Two outputs name the same file"):
        check_output(tmp_path / "x.csv", others=[tmp_path / "x.csv", tmp_path / "." / "x.csv"])


def test_missing_folders_are_created_and_failures_leave_nothing(tmp_path):
    out = tmp_path / "new" / "deeper" / "out.txt"
    with output_file(out) as tmp:
        tmp.write_text("done")
    assert out.read_text() == "done"
    with pytest.raises(RuntimeError):
        with output_file(out, overwrite=True) as tmp:
            tmp.write_text("half")
            raise RuntimeError("crash")
    assert out.read_text() == "done" and os.listdir(out.parent) == ["out.txt"]


def test_leftovers_of_dead_writers_are_swept_live_ones_kept(tmp_path):
    out = tmp_path / "reel.mp4"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    left = tmp_path / f".reel.mp4.{dead_pid}-abcd1234.tmp"
    live = tmp_path / f".reel.mp4.{os.getppid()}-efgh5678.tmp"  # our parent is alive
    other = tmp_path / f".other.mp4.{dead_pid}-abcd1234.tmp"
    for f in (left, live, other):
        f.write_bytes(b"partial")
    assert set(atomic.temp_files(out)) == {left, live}
    atomic.write_bytes(out, b"reel")
    assert not left.exists() and live.exists() and other.exists() and out.read_bytes() == b"reel"
