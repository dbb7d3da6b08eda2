"""LatestJob: one job at a time, only the newest request waits, results carry their request's tag."""

from __future__ import annotations

import threading

from studio.workers.latest_job import LatestJob


def test_only_the_newest_waiting_request_runs(qtbot):
    runner = LatestJob()
    gate = threading.Event()
    results, ended = [], []
    runner.result.connect(lambda tag, item: results.append((tag, item)))
    runner.ended.connect(lambda tag, end: ended.append((tag, end.status)))

    def job(value, wait=False):
        def factory(control):
            if wait:
                gate.wait(10)
            yield value * 10
        return factory

    runner.request("a", job(1, wait=True))     # runs at once, held until the gate opens
    assert runner.is_busy()
    runner.request("b", job(2))                # waits...
    runner.request("c", job(3))                # ... and is replaced by this one
    with qtbot.waitSignal(runner.busy_changed, timeout=10000, check_params_cb=lambda busy: not busy):
        gate.set()
    assert results == [("a", 10), ("c", 30)]
    assert ended == [("a", "completed"), ("c", "completed")]


def test_a_failure_ends_with_its_sentence_and_the_next_request_still_runs(qtbot):
    from studio.core.errors import StudioError

    runner = LatestJob()
    ended = []
    runner.ended.connect(lambda tag, end: ended.append((tag, end.failure.message if end.failure else None)))

    def bad(control):
        raise StudioError("The generator could not be read.")
        yield

    def good(control):
        yield 1

    runner.request("bad", bad)
    runner.request("good", good)
    qtbot.waitUntil(lambda: len(ended) == 2, timeout=10000)
    assert ended == [("bad", "The generator could not be read."), ("good", None)]
    assert not runner.is_busy()
