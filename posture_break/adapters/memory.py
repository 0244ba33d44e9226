"""Giving memory back to the system after a window closes.

A tray app spends most of the day idle after its last break window closed. glibc keeps
the memory that window freed for later use instead of returning it, so the resident
size stays at its high-water mark all day; malloc_trim(0) hands the free pages back.
Elsewhere (musl, macOS, Windows) there is nothing to do.
"""

from __future__ import annotations

import ctypes
import functools
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
    """Return freed heap pages to the system, where the C library can (glibc)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
