"""How the app keeps Python's garbage collector from stalling it: long-lived objects are frozen once.

A full (generation 2) collection walks every object the collector tracks. With torch, pyqtgraph and the
tabs imported, the window's process tracks about 290,000 of them, and one full collection took 1.5 s on a
loaded 2-core machine (about 0.1–0.2 s on a quiet one: the 150–230 ms redraws of issue 11's soak). Nearly
all of them live as long as the app (modules, classes, functions), so once start-up is done they are moved
to the permanent generation (``gc.freeze``): later collections walk only what was made after, and a full
one takes well under a millisecond. Objects made later are collected as before; a frozen object is still
freed when its last reference goes (reference counting), only a cycle among frozen objects stays.
"""

from __future__ import annotations

import gc


_done = False


def freeze_long_lived() -> int:
    """Collect the young garbage, then freeze every object alive now; returns how many are frozen.

    Call once start-up is over (the heavy imports done, the window built); later calls do nothing, so that
    objects made afterwards (a run opened, then closed) are never kept from the collector. Cheap: the young
    generations only are collected, the old one is not walked.
    """
    global _done
    if not _done:
        _done = True
        gc.collect(1)
        gc.freeze()
    return gc.get_freeze_count()
