"""ProcessWorker: runs a job generator in a child process, for work that would otherwise starve the window.

A training loop in a thread of the GUI process competes with the window for Python's global interpreter
lock: each step's Python code (modules, autograd, the optimiser) holds it, and the window's drawing (also
Python, in pyqtgraph) waits. Measured with bench/bench_gui_stall.py, that alone made redraws several
times slower than their own CPU time. In a child process the two never wait for each other.

Same interface as ``TaskWorker``: ``event(object)``, ``finished(JobEnd)`` (always last; the worker then
deletes itself), ``pause``/``resume``/``stop``/``stop_and_wait`` and a ``control`` with ``paused``/``stopped``.
The job is a picklable module-level function ``target(control, *args)`` that returns a generator; what it
yields must pickle too (the core's events are frozen dataclasses of floats, strings and numpy arrays).
"""

from __future__ import annotations

import multiprocessing
import threading
from typing import Callable, Iterator

from PySide6.QtCore import QObject, QThread, Signal, Slot

from studio.core.tasks import Failure, JobEnd
from studio.workers.process_job import SharedControl, background_priority, child_main, lower_priority
from studio.workers.task_worker import JobControls


class _Reader(QObject):
    """Lives in its own QThread: relays the child's messages as signals until it is done or dies."""

    event = Signal(object)
    ended = Signal(object)  # JobEnd

    def __init__(self, conn, process) -> None:
        super().__init__()
        self._conn = conn
        self._process = process

    @Slot()
    def run(self) -> None:
        end: JobEnd | None = None
        try:
            while True:
                try:
                    message = self._conn.recv()  # blocks without holding the interpreter lock
                except (EOFError, OSError):
                    break
                if message[0] == "event":
                    self.event.emit(message[1])
                elif message[0] == "end":
                    end = message[1]
                    break
        except Exception as exc:  # noqa: BLE001 - e.g. a message that cannot be unpickled
            end = JobEnd("failed", Failure(f"The training process sent something unreadable ({exc}).",
                                           expected=False))
        finally:
            self._conn.close()
        if end is None:
            self._process.join(5)
            end = JobEnd("failed", Failure(
                f"The training process ended unexpectedly (exit code {self._process.exitcode}); "
                "the run keeps its last checkpoint.", expected=False))
        self.ended.emit(end)
        # Reap the child off the GUI thread: once it has sent its end it may still take seconds to exit
        # (torch's teardown, on a busy machine), and a join in the GUI thread froze the window that long.
        # A plain daemon thread, so that nothing waits for it when the app quits.
        threading.Thread(target=self._process.join, args=(30,), daemon=True, name="studio-reap").start()


class ProcessWorker(QObject, JobControls):
    """Runs ``target(control, *args)`` in a child process (see the module's docstring).

    ``prestart()`` starts the child ahead of need, importing ``preload`` (e.g. torch) there, so that
    ``start()`` later runs the job at once; a worker that was never started is ended by ``discard()``.
    """

    event = Signal(object)
    finished = Signal(object)

    def __init__(self, target: Callable[..., Iterator[object]] | None = None, args: tuple = (),
                 parent: QObject | None = None, preload: tuple[str, ...] = ()):
        super().__init__(parent)
        # spawn, never fork: a forked copy of a process that runs Qt's threads is not safe.
        self._ctx = multiprocessing.get_context("spawn")
        stop_event, running_event = self._ctx.Event(), self._ctx.Event()
        running_event.set()
        self.control = SharedControl(stop_event, running_event)
        self._target = target
        self._args = args
        self._preload = tuple(preload)
        self._process = None
        self._job_send = None
        self._receive = None
        self._thread = QThread()
        self._reader: _Reader | None = None
        self._done = False
        self.end: JobEnd | None = None

    def set_job(self, target: Callable[..., Iterator[object]], args: tuple = ()) -> None:
        self._target, self._args = target, args

    @property
    def pid(self) -> int | None:
        """The child's process id once it has started (None before)."""
        return None if self._process is None else self._process.pid

    def prestart(self) -> None:
        """Start the child process now; it imports ``preload`` and waits for the job."""
        if self._process is not None:
            return
        job_receive, self._job_send = self._ctx.Pipe(duplex=False)
        self._receive, send = self._ctx.Pipe(duplex=False)
        nice = background_priority()
        self._process = self._ctx.Process(
            target=child_main, args=(job_receive, send, self.control._stop, self.control._running, self._preload,
                                     nice),
            name="studio-job", daemon=True)
        self._process.start()
        # At once, not only from inside the child: a spawned interpreter's start-up (~0.2 CPU-s, before
        # child_main runs) otherwise competes with the window, e.g. at a run's end as it repaints.
        lower_priority(nice, self._process.pid)
        # The child holds the only other ends: its exit ends the reader's recv() and the job send.
        send.close()
        job_receive.close()

    def start(self) -> None:
        """Run the job (starting the child first if ``prestart`` was not called)."""
        self.prestart()
        self._job_send.send((self._target, self._args))
        self._job_send.close()
        self._reader = _Reader(self._receive, self._process)
        self._reader.moveToThread(self._thread)
        self._thread.started.connect(self._reader.run)
        self._reader.event.connect(self.event)
        self._reader.ended.connect(self._on_ended)
        self._thread.start()

    def discard(self) -> None:
        """End a prestarted child that was never given a job."""
        if self._process is None or self._reader is not None:
            return
        self._job_send.close()  # the child sees the end of its job pipe and exits
        self._receive.close()
        self._process.join(2)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(5)

    def stop_and_wait(self, timeout_ms: int = 30000) -> bool:
        """Ask the job to stop and block until the child has ended (used when a window closes)."""
        self.control.stop()
        self._thread.quit()
        ok = self._thread.wait(timeout_ms)
        if self._process is not None:
            self._process.join(5 if ok else 0.1)
            if self._process.is_alive():
                self._process.terminate()
                self._process.join(5)
                ok = False
        return ok

    @Slot(object)
    def _on_ended(self, end: JobEnd) -> None:
        if self._done:
            return
        self._done = True
        self._thread.quit()
        self._thread.wait()   # the reader has returned already: this is at once
        self.end = end
        self.finished.emit(end)
        self.deleteLater()
