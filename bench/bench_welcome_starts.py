"""The welcome page's one-click starts, end to end in the real window: seconds from the click to the result.

Each start runs in a fresh window with a throwaway workspace (so the chorales are converted as on a first
start), offscreen, and is timed to what the user came for:

- vae: the trained VAE's latent map is open (``space_loaded``);
- gan: the first grid of samples (after epoch 1), and the last (the run opened after its 10 epochs);
- folder: the same, for a folder of 300 pictures cut from ../shared/data/mnist (the app never needs it);
- chorale: the three takes are written (conversion, the short training, generation);
- video: the highlights of ../shared/data/video/auto-editor-example.mp4 are found;
- words: the sample text's cloud is drawn.

The machine is shared: the load average is printed next to each figure, and so are the CPU seconds the
start used (getrusage: this process and the children it reaped; for the chorale also the CPU seconds of
every process of the tree from the click to the takes, read from /proc), which depend far less on the load.

    nice -n 5 python bench/bench_welcome_starts.py [--only vae,gan,...]
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
STARTS = ("vae", "gan", "folder", "chorale", "video", "words")


def load() -> str:
    return "load %.1f %.1f %.1f" % os.getloadavg()


def mnist_folder(folder: Path, n: int = 300) -> Path:
    """``n`` MNIST training digits as PNG files (a user's folder of small, similar pictures)."""
    import numpy as np
    from PIL import Image

    with gzip.open(SHARED / "mnist" / "train-images-idx3-ubyte.gz", "rb") as f:
        images = np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 28, 28)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        Image.fromarray(images[i]).save(folder / f"{i:03d}.png")
    return folder


class ProcessTreeCpu:
    """CPU seconds used since ``start()`` by this process and every process it started (the training
    process, the conversion's workers, the spare process that imports torch), read from /proc (Linux).

    A process that ends is counted with the last figure seen for it (sampled about every 0.2 s while the
    bench waits), so this counts what ``getrusage`` misses: children not yet reaped when the start ends.
    """

    def __init__(self) -> None:
        self.tick = os.sysconf("SC_CLK_TCK")
        self.base: dict[int, float] = {}
        self.seen: dict[int, float] = {}
        self.last = 0.0

    def _tree(self) -> dict[int, float]:
        parents, cpu = {}, {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    fields = f.read().rsplit(b")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry)] = int(fields[1])
            cpu[int(entry)] = (int(fields[11]) + int(fields[12])) / self.tick
        mine, todo = {}, [os.getpid()]
        while todo:
            pid = todo.pop()
            mine[pid] = cpu.get(pid, 0.0)
            todo += [child for child, parent in parents.items() if parent == pid]
        return mine

    def start(self) -> None:
        self.base = self._tree()
        self.seen = dict(self.base)

    def sample(self, force: bool = False) -> None:
        if force or time.perf_counter() - self.last > 0.2:
            self.last = time.perf_counter()
            self.seen.update(self._tree())

    def total(self) -> float:
        self.sample(force=True)
        return sum(cpu - self.base.get(pid, 0.0) for pid, cpu in self.seen.items())


METER = ProcessTreeCpu()


def wait(app, condition, timeout: float) -> float:
    """Run the event loop until ``condition()``; returns the time it took (raises on timeout)."""
    t0 = time.perf_counter()
    while not condition():
        app.processEvents()
        METER.sample()
        time.sleep(0.01)
        if time.perf_counter() - t0 > timeout:
            raise SystemExit(f"timed out after {timeout:.0f} s")
    return time.perf_counter() - t0


def cpu_seconds() -> float:
    """CPU time of this process and its ended children (the training processes), user + system."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def print_take_stats(takes, cache: Path) -> None:
    """The chorale start's takes against the chorales (studio.music.metrics): do they sound chorale-like?"""
    from studio.data.bach import cache_folder, conversion_report
    from studio.data.midi_files import list_midi_files
    from studio.music.metrics import mean_stats, song_stats
    from studio.music.midi_io import read_midi

    data = mean_stats(song_stats(read_midi(f)) for f in list_midi_files(cache_folder(cache)))
    got = mean_stats(song_stats(take) for take in takes)
    print(f"  chorale: converted by {conversion_report(cache)}; {len(takes)} takes against the chorales:")
    for key, value in got.items():
        print(f"    {key:17s} takes {value:7.3f}   chorales {data[key]:7.3f}")


def run_start(key: str, tmp: Path) -> list[tuple[str, float]]:
    from PySide6.QtWidgets import QApplication, QFileDialog

    from studio.core.settings import Settings
    from studio.ui.context import AppContext
    from studio.ui.errors import ErrorReporter
    from studio.ui.main_window import MainWindow
    from studio.ui.welcome.opener import find_tab

    app = QApplication.instance() or QApplication(sys.argv)
    os.environ["STUDIO_WORKSPACE"] = str(tmp / key / "workspace")
    os.environ["STUDIO_CONFIG_DIR"] = str(tmp / key / "config")
    reporter = ErrorReporter()
    reporter.show_dialogs = False
    window = MainWindow(AppContext(settings=Settings.load(), reporter=reporter))
    window.resize(1280, 820)
    window.show()
    # The window paints, then the user reads the page for a moment. Nothing loads the model registry on the
    # Welcome page (the tabs are built when first shown), so a start that needs it pays for it.
    shown = time.perf_counter()
    wait(app, lambda: time.perf_counter() - shown > 2.0, 60)
    card = window.welcome.page.cards[key]
    marks: list[tuple[str, float]] = []
    if key == "folder":
        folder = mnist_folder(tmp / "my-pictures")
        QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: str(folder))
    if key == "video":
        video = SHARED / "video" / "auto-editor-example.mp4"
        QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(video), ""))
    METER.start()
    t0 = time.perf_counter()
    card.click()
    try:
        if key == "vae":
            latent = find_tab(window, "latent")
            wait(app, lambda: latent.space is not None, 600)
            marks.append(("latent map open", time.perf_counter() - t0))
        elif key in ("gan", "folder"):
            gan = find_tab(window, "gan")
            wait(app, lambda: len(gan.snapshots) > 0, 600)
            marks.append(("first grid", time.perf_counter() - t0))
            wait(app, lambda: gan.info is not None, 900)
            marks.append(("last grid, run open", time.perf_counter() - t0))
        elif key == "chorale":
            panel = find_tab(window, "music").generation
            wait(app, lambda: panel.is_training(), 60)
            wait(app, lambda: not panel.preparation.is_running(), 900)
            marks.append(("chorales converted", time.perf_counter() - t0))
            marks.append(("CPU-s so far", METER.total()))
            wait(app, lambda: not panel.is_training(), 900)
            marks.append(("model trained", time.perf_counter() - t0))
            wait(app, lambda: panel.takes and not panel.is_generating(), 600)
            marks.append(("takes written", time.perf_counter() - t0))
            marks.append(("CPU-s of all processes", METER.total()))
            print_take_stats(panel.takes, Path(os.environ["STUDIO_WORKSPACE"]) / "cache")
        elif key == "video":
            highlights = find_tab(window, "highlights")
            wait(app, lambda: highlights.analysis is not None and highlights.worker is None, 600)
            marks.append((f"{len(highlights.segments)} highlights", time.perf_counter() - t0))
        elif key == "words":
            words = find_tab(window, "words")
            wait(app, lambda: words.current_result() is not None, 120)
            marks.append(("cloud drawn", time.perf_counter() - t0))
    finally:
        if reporter.last_message:
            print(f"  {key}: the app said: {reporter.last_message}")
        window.shutdown_tabs()
        window.close()
    return marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(STARTS), help="comma-separated starts to time")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))
    import torch

    print(f"torch threads {torch.get_num_threads()}, {os.cpu_count()} CPUs, {load()}")
    with tempfile.TemporaryDirectory(prefix="studio-welcome-bench-") as tmp:
        for key in args.only.split(","):
            cpu = cpu_seconds()
            marks = run_start(key, Path(tmp))
            cpu = cpu_seconds() - cpu
            print(f"{key:8s} " + ", ".join(f"{what} {seconds:.1f}" + (" s" if "CPU" not in what else "")
                                           for what, seconds in marks) +
                  f"; {cpu:.0f} CPU-s by getrusage  ({load()})", flush=True)


if __name__ == "__main__":
    main()
