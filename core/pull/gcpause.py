"""Pausing Python's cyclic garbage collector during a bulk pull.

Parsed GeoJSON is acyclic, so reference counting frees every page; the collector would
only rescan the millions of live objects of the pages in flight, again and again (about
a quarter of the CPU time of a 100,000-record pull). Counted, because two pulls may
overlap in the desktop (two tasks): the collector runs again when the last one ends.
"""
import gc
import threading
from contextlib import contextmanager

_lock = threading.Lock()
_active = [0]


@contextmanager
def paused():
    with _lock:
        if _active[0] == 0:
            was_enabled = gc.isenabled()
            gc.disable()
            _active.append(was_enabled)
        _active[0] += 1
    try:
        yield
    finally:
        with _lock:
            _active[0] -= 1
            if _active[0] == 0 and _active.pop():
                gc.enable()
                gc.collect()
