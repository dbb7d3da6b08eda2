"""The bad-input suite: each case checks the exit code, that the message is one sentence with no traceback,
and that every input file's bytes are unchanged with no leftovers beside the output."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from studio.cli import main
from tests.video.conftest import crowd_video, short_video  # noqa: F401 - the highlight tests' media


@dataclass
class Outcome:
    code: int
    out: str
    err: str

    @property
    def message(self) -> str:
        """The one "studio: ..." line of stderr."""
        lines = [ln for ln in self.err.strip().splitlines() if ln.startswith("studio: ")]
        assert len(lines) == 1, f"expected one error line, got: {self.err!r}"
        return lines[0][len("studio: "):]


def assert_one_sentence(outcome: Outcome, *expect: str) -> str:
    """The command failed with one line of one or two plain sentences, containing each of ``expect``."""
    assert outcome.code != 0, f"expected a failure: {outcome.err}"
    assert "Traceback" not in outcome.err and "Error:" not in outcome.err.replace("studio: ", "")
    message = outcome.message
    assert message[-1] in ".)?", message
    assert len(re.findall(r"[.?!]\s+[A-Z]", message)) <= 1, f"more than two sentences: {message}"
    for text in expect:
        assert text in message, f"{text!r} not in {message!r}"
    return message


class Files:
    """Fingerprints of the files a case gives, and the folders an output goes to."""

    def __init__(self, *paths: Path) -> None:
        self.sums = {Path(p): _sha(Path(p)) for p in paths if Path(p).is_file()}
        self.folders = {Path(p).parent for p in paths}

    def watch(self, folder: Path) -> "Files":
        self.folders.add(Path(folder))
        return self

    def assert_unchanged(self) -> None:
        for path, digest in self.sums.items():
            assert path.is_file() and _sha(path) == digest, f"{path} was changed"
        for folder in self.folders:
            if folder.is_dir():
                left = [p.name for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp")]
                assert not left, f"temporary files left in {folder}: {left}"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def cli(capsys):
    """Run `studio ARGS` in this process; returns its Outcome."""

    def run(*argv) -> Outcome:
        capsys.readouterr()
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run


@pytest.fixture
def text_file(tmp_path) -> Path:
    path = tmp_path / "speech.txt"
    path.write_text("rabbit rabbit rabbit hole hole queen tea party garden cards " * 5, encoding="utf-8")
    return path


@pytest.fixture
def mask_png(tmp_path) -> Path:
    from PIL import Image, ImageDraw

    path = tmp_path / "image.png"
    img = Image.new("RGB", (96, 96), "white")
    ImageDraw.Draw(img).ellipse((8, 8, 88, 88), fill="black")
    img.save(path)
    return path
