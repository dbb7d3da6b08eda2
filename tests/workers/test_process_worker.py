"""ProcessWorker: the job runs in a child process, below the window's priority, and reports back."""

from __future__ import annotations

import os

import pytest

from studio.workers.process_job import BACKGROUND_NICE
from studio.workers.process_worker import ProcessWorker


def report_priority(control):
    """A job (module-level, so the child can import it): what the child's priority and pid are."""
    yield {"nice": os.nice(0), "pid": os.getpid()}


@pytest.mark.skipif(not hasattr(os, "nice"), reason="Unix priorities")
def test_the_child_runs_below_the_window_priority(qtbot):
    worker = ProcessWorker(report_priority, preload=())
    events = []
    worker.event.connect(events.append)
    with qtbot.waitSignal(worker.finished, timeout=60_000) as finished:
        worker.start()
    assert finished.args[0].status == "completed"
    (seen,) = events
    assert seen["pid"] != os.getpid()
    # The window keeps its own priority; the training yields the CPU to it whenever it wants to draw.
    assert seen["nice"] == min(19, os.nice(0) + BACKGROUND_NICE)


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="Unix priorities")
def test_a_spare_child_is_lowered_from_its_start(qtbot):
    """The parent lowers the child as it starts it: the interpreter's own start-up, before the child's
    code runs, must not compete with the window either (and the child's own lowering does not add)."""
    worker = ProcessWorker(report_priority, preload=())
    worker.prestart()
    try:
        assert os.getpriority(os.PRIO_PROCESS, worker.pid) == min(19, os.nice(0) + BACKGROUND_NICE)
    finally:
        worker.discard()
