"""Shared test set-up: offscreen Qt, a throwaway workspace and settings folder, the shared data path."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _alsa_null_device() -> None:
    """Point ALSA's default output at a null device through a configuration file of this test run.

    PortAudio reads ALSA's configuration once, when sounddevice is first imported, so this runs as the
    conftest loads, before any test imports it. The file holds only a null default device (alsa-lib's
    own "null" plugin), so playback tests really play through PortAudio, silently and the same on every
    Linux machine, and neither /etc/asound.conf nor the user's ~/.asoundrc is read or written.
    STUDIO_TEST_AUDIO=device keeps the machine's own configuration.
    """
    if not sys.platform.startswith("linux") or os.environ.get("STUDIO_TEST_AUDIO") == "device":
        return
    import atexit
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="studio-tests-alsa-")
    conf = Path(folder) / "alsa.conf"
    conf.write_text("pcm.!default { type null }\nctl.!default { type null }\n")
    os.environ["ALSA_CONFIG_PATH"] = str(conf)
    atexit.register(shutil.rmtree, folder, True)


_alsa_null_device()

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """Every test gets its own workspace and settings, so nothing touches the user's."""
    root = tmp_path_factory.mktemp("studio-user")
    monkeypatch.setenv("STUDIO_WORKSPACE", str(root / "workspace"))
    monkeypatch.setenv("STUDIO_CONFIG_DIR", str(root / "config"))
    yield


@pytest.fixture(autouse=True)
def _collect_qt_garbage(request):
    """Collect each test's garbage at its end, while no worker thread of the next test runs.

    Closed tabs leave cycles of pyqtgraph items (each PlotItem holds its menus and control widgets).
    Left to chance, the cycle collector freed them in the GUI thread of a later test while that test's
    workers imported modules, and PySide crashed (a segfault with the training tests followed by the
    word-cloud tests, on main before the one-engine rework too; found with gc.DEBUG_SAVEALL).
    """
    yield
    import gc

    gc.collect()


@pytest.fixture
def workspace_dir() -> Path:
    return Path(os.environ["STUDIO_WORKSPACE"])


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real data beside the checkout (`../shared/data`)."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture
def app_context(qapp):
    """An AppContext whose error reporter records messages instead of opening dialogs."""
    from studio.core.settings import Settings
    from studio.ui.context import AppContext
    from studio.ui.errors import ErrorReporter

    reporter = ErrorReporter()
    reporter.show_dialogs = False
    return AppContext(settings=Settings.load(), reporter=reporter)


@pytest.fixture(scope="session")
def screenshot_dir(tmp_path_factory) -> Path:
    """Where tests save screenshots for people to look at: `STUDIO_SCREENSHOTS` when it is set, else one
    temporary folder of pytest's for the whole session (never the repository)."""
    chosen = os.environ.get("STUDIO_SCREENSHOTS")
    if not chosen:
        return tmp_path_factory.mktemp("screenshots")
    path = Path(chosen)
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def show_widget(qtbot):
    """``show_widget(widget, width, height)``: shows it at that size, closed after the test, once on screen."""

    def show(widget, width: int, height: int):
        qtbot.addWidget(widget)
        widget.resize(width, height)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return show
