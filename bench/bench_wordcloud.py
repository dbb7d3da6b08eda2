"""Word-cloud speed: a 1024² icon-shaped cloud against plain word_cloud with the same mask, and the
latency of the tab's 512² preview (in the core, and in the real tab, debounce included).

    /work/main/.venv/bin/python bench/bench_wordcloud.py [--seeds 5] [--repeats 2] [--parts full,preview,gui]

Prints figures and ratios; docs/benchmarks.md ("## Word clouds") keeps the results.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
from pairs import ratio_line  # noqa: E402
ALICE = REPO.parent / "shared" / "data" / "text" / "en" / "alice.txt"
ICON = "fas fa-dog"


def bench_full(text: str, seeds: list[int], repeats: int = 2) -> None:
    """1024² dog-shaped alice.txt: make_cloud against plain word_cloud given the same mask and font.

    Two comparisons: against word_cloud as it comes (its own colouring draws other random numbers, so
    each seed gives another layout: compare the means), and paired against word_cloud given our colour
    function (the same random draws, so the same layout: the difference is our overhead alone).
    """
    import numpy as np
    from wordcloud import WordCloud

    from studio.clouds import fonts, icons, masks, palettes
    from studio.clouds import text as textmod
    from studio.clouds.render import make_cloud

    font = fonts.resolve_font(None)
    icon = icons.resolve_icon(ICON)
    mask = masks.wordcloud_mask(np.asarray(icons.render_icon(icon, 1024, 1024)) >= 128)
    colours = palettes.resolve_colors(palettes.DEFAULT_PALETTE)
    make_cloud(text="warm up the imports", size=64, icon_name=None)
    WordCloud(width=64, height=64).generate("warm up")

    def plain(seed: int, color_func=None):
        c0, t0 = time.process_time(), time.perf_counter()
        wc = WordCloud(width=1024, height=1024, mask=mask, font_path=font, max_words=2000, max_font_size=200,
                       random_state=seed, background_color="white", color_func=color_func)
        wc.generate(text)
        wc.to_image()
        return time.process_time() - c0, time.perf_counter() - t0, wc

    # CPU time of this single-threaded work is the fairer clock on a shared machine (wall time is shown
    # too); each figure is the best of `repeats` runs, taken in an order that rotates from run to run
    # (bench/pairs.py's rule), which keeps out most of the noise.
    def ours(seed: int):
        textmod._count.cache_clear()  # from cold caches: tokenising and the icon are timed too
        icons.render_icon.cache_clear()
        c0, t0 = time.process_time(), time.perf_counter()
        result = make_cloud(text=text, size=1024, icon_name=ICON, font_path=font, max_words=2000,
                            max_font_size=200, random_state=seed, background_color="white")
        return time.process_time() - c0, time.perf_counter() - t0, result

    sides = {"plain": lambda seed: plain(seed),
             "same": lambda seed: plain(seed, palettes.CloudColors(colours, None, 1024, 1024)),
             "ours": ours}
    rows = []
    turn = 0
    for seed in seeds:
        runs = {"plain": [], "same": [], "ours": []}
        for _ in range(repeats):
            names = list(sides)
            for name in names[turn % 3:] + names[:turn % 3]:
                runs[name].append(sides[name](seed))
            turn += 1
        best = {k: (min(r[0] for r in v), min(r[1] for r in v)) for k, v in runs.items()}
        same = [i[:4] for i in runs["same"][0][2].layout_] == [i[:4] for i in runs["ours"][0][2].layout]
        rows.append((best, same))
        print(f"  seed {seed}: word_cloud {best['plain'][0]:.2f} s CPU ({len(runs['plain'][0][2].layout_)} words); "
              f"word_cloud with our colours {best['same'][0]:.2f} s; make_cloud {best['ours'][0]:.2f} s "
              f"({len(runs['ours'][0][2].layout)} words, {'the same' if same else 'another'} layout)")
    n = len(rows)
    mean = {k: sum(r[0][k][0] for r in rows) / n for k in ("plain", "same", "ours")}
    wall = {k: sum(r[0][k][1] for r in rows) / n for k in ("plain", "same", "ours")}
    paired_ratios = [r[0]["ours"][0] / r[0]["same"][0] for r in rows]
    paired = statistics.median(paired_ratios)
    print(f"1024x1024 '{ICON}' cloud of alice.txt, {n} seeds, best of {repeats}: word_cloud {mean['plain']:.2f} s CPU "
          f"({wall['plain']:.2f} s wall), make_cloud {mean['ours']:.2f} s CPU ({wall['ours']:.2f} s wall) per cloud; "
          f"ratio of means {mean['ours'] / mean['plain']:.3f}x (wall {wall['ours'] / wall['plain']:.3f}x); "
          f"paired on identical layouts {paired:.3f}x (median)")
    print(ratio_line("  make_cloud / word_cloud on identical layouts, CPU", paired_ratios))

    # Where make_cloud's time goes: everything but placing words is this module's own cost.
    from studio.clouds.render import CloudSpec, _make

    textmod._count.cache_clear()
    icons.render_icon.cache_clear()
    marks = [("start", time.process_time())]
    for item in _make(CloudSpec(text=text, size=1024, icon_name=ICON, font_path=font, random_state=seeds[0])):
        marks.append((getattr(item, "message", "done"), time.process_time()))
    parts = ", ".join(f"{marks[i][0].lower()} {1000 * (marks[i + 1][1] - marks[i][1]):.0f} ms"
                      for i in range(1, len(marks) - 1))
    print(f"  make_cloud's stages (CPU): {parts}")


def bench_preview_core(text: str, seeds: list[int]) -> None:
    from studio.clouds import text as textmod
    from studio.clouds.render import make_cloud
    from studio.clouds.preview import PREVIEW_LAYOUT  # the tab's own setting

    make_cloud(text=text, size=512, layout_size=PREVIEW_LAYOUT, icon_name=ICON, random_state=0)
    for label, layout in ((f"layout {PREVIEW_LAYOUT}, drawn at 512 (the tab)", PREVIEW_LAYOUT),
                          ("layout 512 (for comparison)", None)):
        warm, cold = [], []
        for seed in seeds:
            t0 = time.process_time()
            make_cloud(text=text, size=512, layout_size=layout, icon_name=ICON, random_state=seed)
            warm.append(time.process_time() - t0)
            textmod._count.cache_clear()
            t0 = time.process_time()
            make_cloud(text=text, size=512, layout_size=layout, icon_name=ICON, random_state=seed)
            cold.append(time.process_time() - t0)
        print(f"512x512 preview, {label}: median {statistics.median(warm) * 1000:.0f} ms "
              f"(max {max(warm) * 1000:.0f}) CPU when a setting changes, "
              f"{statistics.median(cold) * 1000:.0f} ms when the text changes (words recounted)")


def bench_preview_gui(text: str, seeds: list[int]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from studio.core.settings import Settings
    from studio.ui.context import AppContext
    from studio.ui.errors import ErrorReporter
    from studio.ui.tabs.wordcloud import WordCloudTab
    from studio.ui.tabs.wordcloud.tab import DEBOUNCE_MS

    app = QApplication.instance() or QApplication([])
    reporter = ErrorReporter()
    reporter.show_dialogs = False
    tab = WordCloudTab(AppContext(settings=Settings(), reporter=reporter))
    tab.resize(1300, 820)
    tab.show()

    def wait_for_preview() -> float:
        loop = QEventLoop()
        shown = []
        tab.previewShown.connect(lambda r: (shown.append(time.perf_counter()), loop.quit()))
        QTimer.singleShot(60000, loop.quit)
        loop.exec()
        tab.previewShown.disconnect()
        return shown[-1] if shown else float("nan")

    def settle() -> None:
        """Let every queued render finish (a short event loop at a time: no busy waiting)."""
        while tab.is_rendering():
            loop = QEventLoop()
            QTimer.singleShot(20, loop.quit)
            loop.exec()

    tab.text_panel.set_text(text)
    wait_for_preview()
    settle()
    renders, totals = [], []
    for seed in seeds:
        settle()
        t0 = time.perf_counter()
        tab.settings.seed.setValue(1000 + seed)  # a change, as a user makes it: debounce, then a render
        t1 = wait_for_preview()
        totals.append(t1 - t0)
        renders.append(tab.last_latency_ms / 1000)
    tab.shutdown()
    print(f"512x512 preview in the tab (alice.txt, '{ICON}'): render {statistics.median(renders) * 1000:.0f} ms "
          f"median (max {max(renders) * 1000:.0f}); from the change to the screen, "
          f"{statistics.median(totals) * 1000:.0f} ms median including the {DEBOUNCE_MS} ms debounce")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=2, help="runs of each 1024² cloud; the best counts")
    parser.add_argument("--no-gui", action="store_true")
    parser.add_argument("--parts", default="full,preview,gui", help="which of full,preview,gui to run")
    args = parser.parse_args()
    if not ALICE.is_file():
        print(f"needs {ALICE}")
        return 1
    text = ALICE.read_text(encoding="utf-8")
    seeds = list(range(args.seeds))
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    parts = set(args.parts.split(","))
    if "full" in parts:
        bench_full(text, seeds, args.repeats)
    if "preview" in parts:
        bench_preview_core(text, seeds)
    if "gui" in parts and not args.no_gui:
        bench_preview_gui(text, seeds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
