"""How long the GUI's event loop stalls while the Training monitor trains a model.

A 5 ms precise QTimer records when it fires; the gaps between firings are how long the event loop could
not answer (a gap of 5 ms is no stall at all). The window is the real main window, the training the real
engine started with the tab's Start button on the built-in digits (in the tab's training process).
Goal: p99 gap < 20 ms, max < 50 ms. The load average is printed because other work on the machine
takes CPU time from the window too.

    QT_QPA_PLATFORM=offscreen python bench/bench_gui_stall.py [--epochs 10] [--screenshot out.png]
    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb python bench/bench_gui_stall.py
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--dataset", default="digits", help="digits (built in) or a path, e.g. ../shared/data/mnist")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--hidden", type=int, default=512)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--probe-ms", type=int, default=5)
    parser.add_argument("--screenshot", help="save the window here after the second epoch (the gap this "
                        "makes is left out)")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="studio-stall-"))
    os.environ["STUDIO_WORKSPACE"] = str(root / "workspace")
    os.environ["STUDIO_CONFIG_DIR"] = str(root / "config")

    import numpy as np
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from studio.core.events import Preview
    from studio.core.settings import Settings
    from studio.ui.context import AppContext
    from studio.ui.errors import ErrorReporter
    from studio.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    reporter = ErrorReporter()
    reporter.show_dialogs = False
    window = MainWindow(AppContext(settings=Settings.load(), reporter=reporter))
    window.resize(1400, 880)
    window.show()
    tab = window.tab_widgets["Training monitor"]

    ticks: list[float] = []
    marks: dict[str, float] = {}
    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(args.probe_ms)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def start() -> None:
        tab.dataset_edit.setText(args.dataset)
        tab.model_combo.setCurrentIndex(tab.model_combo.findData("vae"))
        tab.model_form().set_values({"hidden": args.hidden})
        tab.epochs_spin.setValue(args.epochs)
        tab.batch_spin.setValue(args.batch)
        tab.device_combo.setCurrentIndex(tab.device_combo.findData(args.device))
        probe.start()
        marks["click"] = time.perf_counter()
        tab.start_button.click()

    event_times: list[tuple[float, str]] = []

    def on_event(event) -> None:
        name = type(event).__name__
        if name != "StepMetrics":
            event_times.append((time.perf_counter(), name))
        if name == "RunStarted":
            marks["started"] = time.perf_counter()
        if isinstance(event, Preview) and event.epoch == 2 and args.screenshot:
            # Let the redraw timer draw the second epoch first. The grab is the bench's own work, not the
            # window's: the gap it makes is left out of the figures.
            def grab() -> None:
                marks["grab"] = time.perf_counter()
                window.grab().save(args.screenshot)
                marks["grabbed"] = time.perf_counter()

            QTimer.singleShot(200, grab)

    def finished(outcome: str) -> None:
        marks["finished"] = time.perf_counter()
        marks["outcome"] = outcome
        probe.stop()
        QTimer.singleShot(0, app.quit)

    tab.models_loaded.connect(lambda: QTimer.singleShot(100, start))
    tab.run_finished.connect(finished)
    tab.controller.event.connect(on_event)
    app.exec()
    window.close()

    t = np.asarray(ticks)
    if len(t) < 3 or "started" not in marks:
        print(f"no measurement (outcome: {marks.get('outcome')}; {reporter.last_message})")
        return 1

    if os.environ.get("STALL_DEBUG"):
        gaps = np.diff(t)
        for i in np.nonzero(gaps > 0.03)[0]:
            at = t[i]
            near = [f"{n}@{(et - at) * 1000:+.0f}ms" for et, n in event_times if abs(et - at) < 0.3]
            print(f"gap {gaps[i] * 1000:6.1f} ms at {at - marks['started']:+7.3f} s  {' '.join(near)}")

    def figures(lo: float, hi: float, what: str) -> None:
        sel = t[(t >= lo) & (t <= hi)]
        gaps = np.diff(sel) * 1000.0
        if "grab" in marks:  # the gap around the screenshot
            gaps = gaps[~((sel[:-1] <= marks["grabbed"]) & (sel[1:] >= marks["grab"]))]
        print(f"{what}: {len(gaps)} gaps over {hi - lo:.1f} s; gap p50 {np.percentile(gaps, 50):.1f} ms, "
              f"p99 {np.percentile(gaps, 99):.1f} ms, max {gaps.max():.1f} ms; "
              f"gaps > 20 ms: {(gaps > 20).sum()}, > 50 ms: {(gaps > 50).sum()}")

    from studio.training.job import training_threads

    print(f"platform {app.platformName()}, training process with {training_threads()} torch thread(s), "
          f"cores {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}, "
          f"probe {args.probe_ms} ms, {args.dataset}, {args.epochs} epochs, batch {args.batch}, hidden {args.hidden}, "
          f"device {args.device}; outcome {marks['outcome']}")
    figures(marks["started"], marks["finished"], "training (RunStarted to end)")
    figures(marks["click"], marks["finished"], "whole run (Start click to end, data loading included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
