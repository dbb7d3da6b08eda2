"""freeze_long_lived: what lives at the end of start-up is out of the collector's sight, once."""

from __future__ import annotations

import subprocess
import sys


def test_freezing_once_leaves_later_objects_to_the_collector():
    # In a fresh interpreter: freezing in the test process would keep its objects from the collector.
    code = """
import gc, time
from studio.core.gc_policy import freeze_long_lived
frozen = freeze_long_lived()
assert frozen == gc.get_freeze_count() > 1000
class Node: pass
a, b = Node(), Node(); a.other, b.other = b, a   # a cycle made after the freeze
del a, b
assert freeze_long_lived() == frozen                # later calls freeze nothing more
assert gc.collect() >= 2                            # so the cycle is still collected
t = time.perf_counter(); gc.collect(); print(f"{(time.perf_counter() - t) * 1000:.3f}")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert float(out.stdout) < 50.0   # a full collection walks only what was made after the freeze
