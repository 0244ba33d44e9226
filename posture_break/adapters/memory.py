"""Giving memory back to the system after a window closes.

A tray app spends most of the day idle after its last break window closed. A closed
window's Python objects refer to each other (a widget holds its slots, a slot its
widget), so only the cyclic garbage collector frees them, and once a window has been
open for a minute they are in its oldest generation, which an idle app may not collect
for hours: over 200 windows that kept 3.9 MiB more (bench/leak_check.py), 0.3 MiB with
a collection after each. Then glibc keeps what was freed for later use instead of
returning it, so the resident size would stay at its high-water mark all day;
malloc_trim(0) hands the free pages back. Elsewhere (musl, macOS, Windows) there is
nothing to trim.
"""

from __future__ import annotations

import ctypes
import functools
import gc
import sys
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, from the symbols already in the process; None without it."""
    if not sys.platform.startswith("linux"):
        return None
    trim = getattr(ctypes.CDLL(None), "malloc_trim", None)
    if trim is not None:
        trim.argtypes = [ctypes.c_size_t]
        trim.restype = ctypes.c_int
    return trim


def release_freed_memory() -> None:
    """Free what a closed window left in reference cycles, then return free heap pages to
    the system, where the C library can (glibc). Once per window: a full collection
    takes about 10 ms."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
