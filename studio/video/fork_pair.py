"""The command line's second process for a short file: a forked child measures the second half.

A pool of worker processes (``analysis._analyse_parallel``) pays for itself from about three minutes of
sound. Below that, one ``os.fork`` costs a millisecond or two: the child, which has numpy, PyAV and the
studio already imported, measures the second half while this process measures the first, then writes
its per-tick sums to a pipe as raw arrays (no pickle). On a one-minute file this takes the measuring from
about 70 ms to 52 ms (issue 11). Only where ``pool_start_method()`` says "fork" is safe (Linux, one
thread, neither Qt nor torch loaded). Whatever goes wrong in the child, this process measures the
second half itself: the result is the same, only slower.
"""

from __future__ import annotations

import os
import signal

import numpy as np

from studio.video.loudness import TickStats

# Shortest sound worth a second process: each half decodes WARM_UP_S more and the fork costs ~2 ms.
PAIR_MIN_S = 20.0
# The child starts late (the fork, opening the file again, seeking): about as long as it takes to decode
# this much sound (measured: this process waited 3-6 ms for it with even halves), so its half is shorter.
CHILD_START_S = 4.0

_ARRAYS = (("ss", np.float64), ("kss", np.float64), ("lo", np.float32), ("hi", np.float32),
           ("counts", np.int64))


def pack(stats: TickStats) -> bytes:
    header = np.array([stats.sample_rate, stats.first_tick, stats.n_ticks], np.int64).tobytes()
    return header + b"".join(np.ascontiguousarray(getattr(stats, name), dtype).tobytes() for name, dtype in _ARRAYS)


def unpack(data: bytes) -> TickStats | None:
    """The child's sums, or None when what came is not whole (the child died)."""
    if len(data) < 24:
        return None
    rate, first, n = (int(v) for v in np.frombuffer(data[:24], np.int64))
    size = 24 + n * sum(np.dtype(d).itemsize for _, d in _ARRAYS)
    if n < 0 or len(data) != size:
        return None
    arrays, at = [], 24
    for _, dtype in _ARRAYS:
        width = n * np.dtype(dtype).itemsize
        arrays.append(np.frombuffer(data[at:at + width], dtype).copy())
        at += width
    return TickStats(rate, first, *arrays)


class ForkedPart:
    """``measure()`` of the second part, running in a forked child from construction on; ``result()``
    waits for it (None when the child failed); ``close()`` ends it whatever state it is in."""

    def __init__(self, measure) -> None:
        read, write = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:                       # the child: measure, write, and leave without cleaning up
            code = 1
            try:
                os.close(read)
                signal.signal(signal.SIGINT, signal.SIG_DFL)   # Ctrl+C ends it at once
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                data = pack(measure())
                with os.fdopen(write, "wb") as pipe:
                    pipe.write(data)
                code = 0
            finally:
                os._exit(code)                  # never back into the command (its output, its atexit)
        os.close(write)
        self._pipe = os.fdopen(read, "rb")

    def result(self) -> TickStats | None:
        try:
            data = self._pipe.read()
        except OSError:
            data = b""
        self.close()
        return unpack(data)

    def close(self) -> None:
        if self.pid:
            try:
                os.kill(self.pid, signal.SIGKILL)   # done already, or no longer wanted
            except ProcessLookupError:
                pass
            try:
                os.waitpid(self.pid, 0)
            except ChildProcessError:
                pass
            self.pid = 0
        self._pipe.close()
