"""The child-process side of ``ProcessWorker``: runs a job generator and sends what it yields up a pipe.

No Qt here: the child process imports only this module, the core, and what the job needs (torch). Each
message is a tuple: ("event", item), then always ("end", JobEnd) last.
"""

from __future__ import annotations

import os
import traceback

from studio.core.gc_policy import freeze_long_lived
from studio.core.tasks import Failure, JobEnd, TaskControl, run_job


class SharedControl(TaskControl):
    """A TaskControl whose flags are multiprocessing Events, so that another process can pause or stop."""

    def __init__(self, stop_event, running_event) -> None:  # noqa: D107 - TaskControl's fields, shared
        self._stop = stop_event
        self._running = running_event


def child_main(job_conn, conn, stop_event, running_event, preload: tuple[str, ...], nice: int | None = None) -> None:
    """Entry point of the child process: import ``preload``, wait for (target, args), run it."""
    import importlib
    import sys

    # The child has nothing to say on the console: its messages go up the pipe. Detaching its
    # standard streams also keeps it from writing into files its parent may have redirected them to.
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    sys.stdout = sys.stderr = open(os.devnull, "w")
    lower_priority(nice)

    for module in preload:  # the slow imports (torch) happen before the user presses Start
        try:
            importlib.import_module(module)
        except Exception:  # noqa: BLE001 - the job will report its own import error
            pass
    freeze_long_lived()  # torch's objects: full collections during training need not walk them
    try:
        target, args = job_conn.recv()
    except (EOFError, OSError):
        return  # a spare process that was never used
    finally:
        job_conn.close()
    control = SharedControl(stop_event, running_event)
    end = JobEnd("failed", Failure("The job could not be started.", expected=False))
    try:
        end = run_job(target(control, *args), control, lambda item: conn.send(("event", item)))
    except BaseException as exc:  # noqa: BLE001 - every error must reach the reporter as a sentence
        end = JobEnd("failed", Failure.from_exception(exc, traceback.format_exc()))
    finally:
        try:
            conn.send(("end", end))
            conn.close()
        except (OSError, ValueError):
            pass


# How much the child yields the CPU to the window (a Unix nice increment). The window sleeps most of the
# time; when it wakes to draw, it (and the threads Qt's painter fans out to) must get a core at once
# rather than wait for the scheduler to take one from the training.
BACKGROUND_NICE = 10


def background_priority() -> int | None:
    """The nice value for a job of this process: BACKGROUND_NICE below its own (None where there are none)."""
    if not hasattr(os, "getpriority"):
        return None
    try:
        return min(19, os.getpriority(os.PRIO_PROCESS, 0) + BACKGROUND_NICE)
    except OSError:
        return None


def lower_priority(nice: int | None, pid: int = 0) -> None:
    """Run process ``pid`` (0: this one) at ``nice`` or lower (Unix only; elsewhere as it is). Idempotent:
    the parent lowers its child as soon as it has started it (the interpreter's own start-up then no
    longer competes with the window), and the child once more, in case it was first."""
    if nice is None or not hasattr(os, "setpriority"):
        return
    try:
        if os.getpriority(os.PRIO_PROCESS, pid) < nice:
            os.setpriority(os.PRIO_PROCESS, pid, nice)
    except OSError:
        pass   # the process has ended, or the system refuses: it runs as it is
