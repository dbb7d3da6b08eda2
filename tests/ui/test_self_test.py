"""`studio --self-test`: the check the bundle's smoke test runs, here on the source tree."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

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


def test_a_failed_training_fails_the_self_test_with_one_sentence(tmp_path):
    # In a process of its own: the self-test runs the whole app (theme, fonts, translator, event loop) and
    # would leave it to the tests that follow.
    workspace = tmp_path / "workspace"
    script = (
        "import json, os\n"
        "from studio.ui.self_test import self_test\n"
        f"result = self_test(train_config={{'dataset': {str(workspace / 'no-such-folder')!r}}}, timeout_s=120)\n"
        "print(json.dumps({'passed': result.passed, 'line': result.line(),\n"
        "                  'workspace': os.environ['STUDIO_WORKSPACE']}))\n")
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen", STUDIO_WORKSPACE=str(workspace),
               STUDIO_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=240)
    assert done.returncode == 0, done.stderr
    import json

    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert not result["passed"]
    line = result["line"]
    assert line.startswith("Self-test failed: the test training did not complete: ")
    assert "no-such-folder" in line and "\n" not in line and "Traceback" not in line
    # The user's folders are left as they were (the test's own, here) and the environment restored.
    assert result["workspace"] == str(workspace) and not workspace.exists()
