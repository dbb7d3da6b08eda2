"""A reel export stopped by a signal leaves nothing behind: SIGTERM cleans up as Ctrl+C does, and the
temporary file of a run killed with SIGKILL is swept the next time the same output is written."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from studio.core import atomic
from tests.bad_inputs.conftest import Files

ROOT = Path(__file__).resolve().parents[2]


def _start_reel(video: Path, out: Path) -> subprocess.Popen:
    # A slow preset and most of the video, so that the export is still running when the signal comes.
    argv = [sys.executable, "-m", "studio", "highlights", str(video), "-o", str(out), "-y", "-q",
            "--copy", "never", "--threshold", "top90%", "--preset", "veryslow", "--workers", "1"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_temp_file(proc: subprocess.Popen, out: Path, timeout: float = 60.0) -> Path:
    """Look in the folder (another process: no signal to wait on) until ``proc``'s temporary file exists;
    between looks, wait on the process itself, which returns at once if the export ends early."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = [p for p in atomic.temp_files(out) if f".{proc.pid}-" in p.name]
        if found:
            return found[0]
        try:
            proc.wait(timeout=0.02)
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"the export ended before the signal: {proc.communicate()}")
    proc.kill()
    pytest.fail("the export never started writing")


@pytest.mark.slow
def test_sigterm_removes_the_temporary_file_and_keeps_the_old_reel(tmp_path, crowd_video):
    out = tmp_path / "reel.mp4"
    out.write_bytes(b"the reel from yesterday")
    files = Files(crowd_video, out)
    proc = _start_reel(crowd_video, out)
    _wait_for_temp_file(proc, out)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert "Traceback" not in err and err.strip().splitlines()[-1].startswith("studio: stopped")
    files.assert_unchanged()  # the old reel intact, no hidden temporary file


@pytest.mark.slow
def test_sigkill_leftover_is_swept_by_the_next_export(tmp_path, crowd_video):
    out = tmp_path / "reel.mp4"
    proc = _start_reel(crowd_video, out)
    leftover = _wait_for_temp_file(proc, out)
    proc.kill()
    proc.wait(timeout=30)
    assert leftover.exists() and not out.exists()  # nothing can clean up after SIGKILL...
    proc = _start_reel(crowd_video, out)
    _wait_for_temp_file(proc, out)
    assert not leftover.exists()  # ...but the next write of the same output sweeps it at once
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=60)
    Files(crowd_video, tmp_path / "x").assert_unchanged()
