"""The peer of bench_cold_start.py: a bare PySide6 window with the studio's seven tabs, a menu and a status bar.

It reports its first paint exactly as the studio does (``studio: first paint <time.time()>`` when the
window receives its first Paint event), so the two are timed by the same clock and the same event.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

TITLES = ["Training monitor", "Latent explorer", "GAN grids", "Pixels & RBM", "Piano roll", "Video highlights",
          "Word clouds"]


class Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False
        self.resize(1280, 820)
        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        for title in TITLES:
            tabs.addTab(QLabel(title), title.replace("&", "&&"))
        self.setCentralWidget(tabs)
        self.menuBar().addMenu("&File")
        self.menuBar().addMenu("&Help")
        self.statusBar().showMessage("Workspace: /tmp")

    def event(self, event: QEvent) -> bool:
        result = super().event(event)
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            print(f"studio: first paint {time.time():.6f}", flush=True)
        return result


if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = Window()
    window.show()
    sys.exit(app.exec())
