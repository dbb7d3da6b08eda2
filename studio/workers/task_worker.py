"""The only bridge between the core's generators and Qt: runs one generator in a QThread.

Each value the generator yields is relayed, as plain data, through the ``event`` signal; the GUI thread
receives it by a queued connection. Exceptions never escape the thread: a StudioError's sentence, or a
plain description of anything unexpected, arrives through ``failed`` with the traceback for the log.
"""

from __future__ import annotations

import traceback
from typing import Callable, Iterator

from PySide6.QtCore import QObject, QThread, Signal, Slot

from studio.core.errors import Cancelled, user_message
from studio.core.tasks import TaskControl

JobFactory = Callable[[TaskControl], Iterator[object]]


class _Runner(QObject):
    event = Signal(object)
    failed = Signal(str, str)
    done = Signal(bool)  # True when the job ran to its end, False when stopped

    def __init__(self, factory: JobFactory, control: TaskControl) -> None:
        super().__init__()
        self._factory = factory
        self._control = control

    @Slot()
    def run(self) -> None:
        completed = False
        try:
            for item in self._factory(self._control):
                self.event.emit(item)
            completed = not self._control.stopped
        except Cancelled:
            completed = False
        except BaseException as exc:  # noqa: BLE001 - every error must reach the reporter, none the thread
            self.failed.emit(user_message(exc), traceback.format_exc())
        finally:
            self.done.emit(completed)


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

    Signals: ``event(object)`` for each yielded value, ``failed(message, traceback)``, and
    ``finished(completed)`` once the thread has ended, always last.
    """

    event = Signal(object)
    failed = Signal(str, str)
    finished = Signal(bool)

    def __init__(self, factory: JobFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.control = TaskControl()
        self._thread = QThread()
        self._runner = _Runner(factory, self.control)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.event.connect(self.event)
        self._runner.failed.connect(self.failed)
        self._runner.done.connect(self._on_done)
        self._completed = False

    def start(self) -> None:
        self._thread.start()

    def stop_and_wait(self, timeout_ms: int = 30000) -> bool:
        """Ask the job to stop and block until its thread ends (used when a window closes)."""
        self.control.stop()
        self._thread.quit()
        return self._thread.wait(timeout_ms)

    @Slot(bool)
    def _on_done(self, completed: bool) -> None:
        self._completed = completed
        self._thread.quit()
        self._thread.wait()
        self.finished.emit(completed)
