"""Works around a PySide6 6.12 bug on Python 3.10/3.11: Qt methods that return nothing (setText,
processEvents, QTest.qWait...) each drop one reference to ``None`` they never took. After some
thousands of calls None's count reaches zero and the interpreter aborts with "none_dealloc:
deallocating None". Python 3.12 made None immortal, which is why the wheels work there; this gives
None the same practical immortality on older Pythons by adding 2**40 to its count, once.
"""

from __future__ import annotations

import sys


def make_none_immortal() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of every object
    if count.value < 1 << 40:
        count.value += 1 << 40
