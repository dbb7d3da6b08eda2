"""`studio --self-test`: proves that an installed or bundled studio works, without touching the user's files.

It starts the app the way a double-click does (``run_app``: settings, fonts, translations, the main window
with every tab), offscreen unless a display platform is set, in a throwaway workspace and settings folder.
Once the window is on screen it trains a tiny VAE on the built-in digits for one epoch through the same
engine and child process as the Train button, checks the run's loss and checkpoint, closes the window and
prints one line. The exit code is 0 when everything worked, 1 otherwise (with one sentence saying what
broke). The bundle's smoke test (packaging/smoke-test.sh) runs it; so can a user who wonders whether the
app works on their machine.
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

# A VAE small enough to train one epoch of the built-in digits (1,617 images, 26 batches) in about a
# second, big enough to go through every layer of the engine: batches, the loss terms, validation,
# a preview and a checkpoint.
TINY_VAE = {"hidden": 32, "latent_dim": 2}
TIMEOUT_S = 180.0   # a cold first start of a bundle on a slow disk takes tens of seconds; a hang fails


class SelfTestFailure(Exception):
    """A check that failed; its text is the sentence the self-test prints."""


@dataclass
class SelfTestResult:
    """What the self-test found. ``error`` is one sentence when something failed, else None."""

    error: str | None = None
    checks: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return self.error is None

    def line(self) -> str:
        if self.error:
            return f"Self-test failed: {self.error}"
        return f"Self-test passed in {self.seconds:.1f} s: " + "; ".join(self.checks) + "."


def self_test(train_config: dict | None = None, timeout_s: float = TIMEOUT_S) -> SelfTestResult:
    """Run the self-test (see the module's docstring) and return what it found.

    ``train_config`` overrides fields of the TrainConfig it trains (tests use it to make the training fail).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = SelfTestResult()
    started = time.perf_counter()
    saved_env = {k: os.environ.get(k) for k in ("STUDIO_WORKSPACE", "STUDIO_CONFIG_DIR")}
    with tempfile.TemporaryDirectory(prefix="studio-self-test-") as tmp:
        # Settings and workspace in the throwaway folder; the training process inherits them.
        os.environ["STUDIO_WORKSPACE"] = str(Path(tmp) / "workspace")
        os.environ["STUDIO_CONFIG_DIR"] = str(Path(tmp) / "config")
        try:
            _run(result, train_config or {}, timeout_s, started)
        except Exception as exc:  # noqa: BLE001 - the self-test reports, it never shows a traceback
            result.error = result.error or f"{type(exc).__name__}: {exc}"
        finally:
            _release_log_files(Path(tmp))
            for key, value in saved_env.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    result.seconds = time.perf_counter() - started
    return result


def main() -> int:
    """The ``--self-test`` command: one line on stdout (or stderr on failure) and the exit code."""
    result = self_test()
    print(result.line(), file=sys.stdout if result.passed else sys.stderr, flush=True)
    return 0 if result.passed else 1


def _run(result: SelfTestResult, overrides: dict, timeout_s: float, started: float) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from studio.ui.main_window import MainWindow, run_app

    app = QApplication.instance() or QApplication(sys.argv[:1])
    state = {"window": None, "controller": None, "done": False}

    def fail(message: str) -> None:
        if result.error is None:
            result.error = message
        finish()

    def finish() -> None:
        if state["done"]:
            return
        state["done"] = True
        poll.stop()
        deadline.stop()
        window = state["window"]
        if window is not None:
            window.close()      # the tabs shut their workers down, as when the user closes the window
        controller = state["controller"]
        if controller is not None:
            controller.shutdown(10_000)
        app.exit(0)

    def find_window() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            return
        poll.stop()
        state["window"] = windows[0]
        result.checks.append(f"window shown with {_tab_count(windows[0])} tabs after "
                             f"{time.perf_counter() - started:.1f} s")
        # An exception in a Qt slot would only be printed: it becomes the self-test's failure instead.
        try:
            _check_resources(result)
            _start_training(result, state, overrides, fail, finish)
        except SelfTestFailure as exc:
            fail(f"{exc}.")
        except Exception as exc:  # noqa: BLE001 - reported in one line, like every failure here
            fail(f"{type(exc).__name__}: {exc}")

    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(find_window)
    poll.start()
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(lambda: fail(f"it did not finish within {timeout_s:.0f} s."))
    deadline.start(int(timeout_s * 1000))
    run_app()   # returns when finish() ends the event loop
    if state["window"] is None and result.error is None:
        result.error = "the main window never appeared."


def _tab_count(window) -> int:
    from PySide6.QtWidgets import QTabWidget

    tabs = window.findChild(QTabWidget)
    return tabs.count() if tabs is not None else 0


def _check_resources(result: SelfTestResult) -> None:
    """What a bundle could lose: the icon, the CJK font, the translations, Font Awesome's icons, the media
    back end."""
    from PySide6.QtGui import QIcon

    from studio import APP_ID
    from studio.resources import resource_path

    icon = QIcon(str(resource_path("icons", f"{APP_ID}.svg")))
    if icon.isNull() or icon.pixmap(64, 64).isNull():
        raise SelfTestFailure("the application icon could not be loaded")
    from studio.ui.fonts import cjk_family

    family = cjk_family()
    if not family:
        raise SelfTestFailure("the bundled Chinese font could not be loaded")
    from PySide6.QtMultimedia import QMediaFormat

    # The highlight player's back end: a Qt plug-in whose libraries a bundle could miss.
    if not QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode):
        raise SelfTestFailure("Qt Multimedia has no media back end, so the highlight player could not play")
    from PySide6.QtCore import QTranslator

    translations = sorted(resource_path("translations").glob("*.qm"))
    for path in translations:
        if not QTranslator().load(str(path)):
            raise SelfTestFailure(f"the translation {path.name} could not be loaded")
    from studio.clouds.icons import icon_catalog

    result.checks.append(f"icon, Chinese font ({family}), {len(translations)} translation file(s), "
                         f"{len(icon_catalog())} Font Awesome icons and a media back end found")


def _start_training(result: SelfTestResult, state: dict, overrides: dict, fail, finish) -> None:
    from studio.core.settings import default_workspace
    from studio.training.config import TrainConfig
    from studio.training.job import new_run_spec
    from studio.workers.training_controller import TrainingController

    config = TrainConfig(model="vae", dataset="digits", model_config=dict(TINY_VAE), epochs=1, device="cpu",
                         preview_count=4, keep_checkpoints=1)
    for key, value in overrides.items():
        setattr(config, key, value)
    failures: list[str] = []
    # The controller hands a failure to this reporter, then says "failed" through ``ended``.
    controller = TrainingController(lambda failure: failures.append(failure.message), keep_spare=False)
    state["controller"] = controller

    def ended(outcome: str) -> None:
        try:
            check_run(outcome)
        except Exception as exc:  # noqa: BLE001 - see find_window
            fail(f"{type(exc).__name__}: {exc}")

    def check_run(outcome: str) -> None:
        live = controller.live
        if outcome != "completed":
            why = failures[0] if failures else f"it {outcome}."
            fail(f"the test training did not complete: {why[:1].lower()}{why[1:]}")
            return
        loss = (live.last_epoch.train.get("loss") if live.last_epoch is not None else None)
        if loss is None or not math.isfinite(loss):
            fail(f"the training ended with a loss of {loss}.")
            return
        run_dir = Path(live.started.run_dir)
        if not any((run_dir / "checkpoints").iterdir()):
            fail("the training wrote no checkpoint.")
            return
        result.checks.append(f"VAE trained 1 epoch on the built-in digits through the engine in "
                             f"{time.perf_counter() - training_started:.1f} s (loss {loss:.1f}, checkpoint written)")
        finish()

    training_started = time.perf_counter()
    controller.ended.connect(ended)
    controller.start(new_run_spec(config, default_workspace()), model="vae")


def _release_log_files(folder: Path) -> None:
    """Close the log handlers the app opened in the throwaway workspace, so that it can be deleted."""
    import logging

    for name in ("studio", ""):
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            path = getattr(handler, "baseFilename", "")
            if path and Path(path).is_relative_to(folder):
                logger.removeHandler(handler)
                handler.close()
