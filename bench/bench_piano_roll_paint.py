"""How long the piano roll takes with 10,000 notes: the whole layer, a playhead frame, a scroll and a drag step.

Four tracks of 2,500 random notes over five minutes, zoomed to show every note (the worst case), then
zoomed in and scrolled. Each figure is the median of the repeats; the machine's load average is printed.

    QT_QPA_PLATFORM=offscreen python bench/bench_piano_roll_paint.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    import numpy as np
    from PySide6.QtWidgets import QApplication

    from studio.music.song import Note, Song, Track
    from studio.ui.widgets.piano_roll import PianoRollView

    app = QApplication.instance() or QApplication(sys.argv)
    rng = np.random.default_rng(0)
    starts = np.sort(rng.uniform(0, 300, 10_000))
    tracks = [Track(f"T{k}", 0, False, tuple(
        Note(int(p), float(s), float(s + d), int(v)) for p, s, d, v in zip(
            rng.integers(36, 96, 2500), starts[k::4], rng.uniform(0.1, 1.0, 2500), rng.integers(30, 127, 2500))))
        for k in range(4)]
    roll = PianoRollView()
    roll.resize(1200, 700)
    roll.show()
    app.processEvents()
    roll.set_song(Song(tuple(tracks), 120.0))
    roll.zoom_to_fit()
    app.processEvents()
    layer = []
    for _ in range(25):
        roll.canvas.invalidate()
        roll.canvas.repaint()
        layer.append(roll.canvas.last_paint_ms)
    visible = roll.canvas.last_paint_notes
    playhead = []
    for i in range(50):
        roll.set_playhead(10.0 + i * 0.033, follow=False)
        roll.canvas.repaint()
        playhead.append(roll.canvas.last_paint_ms)
    roll.geo.set_view(px_per_s=200.0, left=100.0, key_h=10.0)
    scroll = []
    for _ in range(50):
        roll.scroll_by(30, 0)
        t0 = time.perf_counter()
        roll.canvas.repaint()
        scroll.append((time.perf_counter() - t0) * 1000)
    # A drag: each mouse move previews a move of three notes (the arrays follow the edit) and repaints.
    from studio.music import editing as ed

    ids = [int(i) for i in roll.document.arrays().ids[roll.visible_indices()][:3]]
    drag = []
    for i in range(30):
        t0 = time.perf_counter()
        roll.history.cancel_preview()
        roll.history.preview(ed.move(roll.document, ids, 0.01 * i, 0))
        roll.notes_changed()
        roll.canvas.repaint()
        drag.append((time.perf_counter() - t0) * 1000)
    roll.history.cancel_preview()
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; canvas {roll.canvas.width()}x"
          f"{roll.canvas.height()} px")
    print(f"all {visible} notes on screen, whole layer: median {np.median(layer):.1f} ms, max {max(layer):.1f} ms")
    print(f"playhead frame (layer cached): median {np.median(playhead):.2f} ms")
    print(f"zoomed in, scroll step: median {np.median(scroll):.1f} ms, max {max(scroll):.1f} ms")
    print(f"zoomed in, drag step (edit preview + repaint): median {np.median(drag):.1f} ms, max {max(drag):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
