"""`studio --self-test`: the check the bundle's smoke test runs, here on the source tree."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from studio.ui.self_test import self_test

REPO = Path(__file__).resolve().parents[2]


def test_self_test_opens_the_window_trains_and_exits_0(tmp_path):
    # The real entry point in a fresh process, as `studio --self-test` runs from a bundle or a pipx install.
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen",
               STUDIO_WORKSPACE=str(tmp_path / "user-workspace"), STUDIO_CONFIG_DIR=str(tmp_path / "user-config"))
    done = subprocess.run([sys.executable, "-m", "studio", "--self-test"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Self-test passed in ")
    # (How many tabs exist when the window first shows is the start-up's business: any number will do.)
    assert re.search(r"window shown with \d+ tabs", lines[0]) and "Noto Sans CJK SC" in lines[0]
    assert "VAE trained 1 epoch" in lines[0] and "checkpoint written" in lines[0]
    # It worked in a throwaway folder: the user's workspace and settings were never created.
    assert not (tmp_path / "user-workspace").exists() and not (tmp_path / "user-config").exists()


# The self-test asks QtMultimedia for its back end, whose FFmpeg plug-in reports the VA-API/PipeWire
# libraries a headless machine lacks (as in test_highlights_tab.py): facts about the machine, not failures.
@pytest.mark.qt_log_ignore("Couldn.t (load|resolve)", "pa_context", "audio device", "RHI", "HW decoder",
                           "PulseAudio", "va-")
def test_a_failed_training_fails_the_self_test_with_one_sentence(qapp, workspace_dir):
    result = self_test(train_config={"dataset": str(workspace_dir / "no-such-folder")}, timeout_s=120)
    assert not result.passed
    line = result.line()
    assert line.startswith("Self-test failed: the test training did not complete: ")
    assert "no-such-folder" in line and "\n" not in line and "Traceback" not in line
    # The user's folders are left as they were (the test's own, here) and the environment restored.
    assert os.environ["STUDIO_WORKSPACE"] == str(workspace_dir) and not workspace_dir.exists()
