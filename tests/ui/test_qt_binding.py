"""Guards against a broken Qt binding: PySide6 6.12.0 drops a reference to True on every Signal.emit().

An app that emits signals (every training step does, and pyqtgraph on every redraw) then aborts after a
few thousand emits with "Fatal Python error: bool_dealloc", or "none_dealloc" while plots redraw. Pinned
out in pyproject.toml; this test says so plainly if such a version comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal(object)


def test_signal_emit_keeps_reference_counts(qapp):
    emitter = _Emitter()
    received = []
    emitter.happened.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for i in range(200):
        emitter.happened.emit(i)
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert len(received) == 200
    assert after[0] >= before[0] - 5, "Signal.emit() loses references to True: use another PySide6 version"
    assert after[1] >= before[1] - 50, "Signal.emit() loses references to None: use another PySide6 version"
