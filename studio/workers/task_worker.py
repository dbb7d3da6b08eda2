"""The only bridge between the core's generators and Qt: runs one generator in a QThread.

Each value the generator yields is relayed, as plain data, through the ``event`` signal; the GUI thread
receives it by a queued connection. Exceptions never escape the thread. Every job ends the same way:
``finished`` carries a :class:`~studio.core.tasks.JobEnd` ("completed", "stopped" or "failed", with a
:class:`~studio.core.tasks.Failure` that holds the sentence, the traceback and whether it was expected),
and it is always the last signal. The worker then releases itself (``deleteLater``): whoever holds it
drops the reference in its ``finished`` handler.
"""

from __future__ import annotations

import traceback
from typing import Callable, Iterator

from PySide6.QtCore import QObject, QThread, Signal, Slot

from studio.core.tasks import Failure, JobEnd, TaskControl, run_job

JobFactory = Callable[[TaskControl], Iterator[object]]


class _Runner(QObject):
    event = Signal(object)
    done = Signal(object)  # JobEnd

    def __init__(self, factory: JobFactory, control: TaskControl) -> None:
        super().__init__()
        self._factory = factory
        self._control = control

    @Slot()
    def run(self) -> None:
        end = JobEnd("failed", Failure("The job ended before it started.", expected=False))
        try:
            end = run_job(self._factory(self._control), self._control, self.event.emit)
        except BaseException as exc:  # noqa: BLE001 - the factory itself failed
            end = JobEnd("failed", Failure.from_exception(exc, traceback.format_exc()))
        finally:
            self.done.emit(end)


class JobControls:
    """Pause, resume and stop for a worker that holds a ``control`` and runs in ``self._thread``."""

    control: TaskControl
    _thread: QThread

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def pause(self) -> None:
        self.control.pause()

    def resume(self) -> None:
        self.control.resume()

    def stop(self) -> None:
        self.control.stop()


class TaskWorker(QObject, JobControls):
    """Runs a job (a generator factory taking a TaskControl) in its own thread.

    Signals: ``event(object)`` for each yielded value, then ``finished(JobEnd)`` once the thread has
    ended, always last; the worker deletes itself after that.
    """

    event = Signal(object)
    finished = Signal(object)

    def __init__(self, factory: JobFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.control = TaskControl()
        self._thread = QThread()
        self._runner = _Runner(factory, self.control)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.event.connect(self.event)
        self._runner.done.connect(self._on_done)
        self.end: JobEnd | None = None

    def start(self) -> None:
        self._thread.start()

    def stop_and_wait(self, timeout_ms: int = 30000) -> bool:
        """Ask the job to stop and block until its thread ends (used when a window closes)."""
        self.control.stop()
        self._thread.quit()
        return self._thread.wait(timeout_ms)

    @Slot(object)
    def _on_done(self, end: JobEnd) -> None:
        self.end = end
        self._thread.quit()
        self._thread.wait()
        self.finished.emit(end)
        self.deleteLater()
