"""Giving memory back to the system after a window closes.

A tray app spends most of the day idle after its last break window closed. glibc keeps
the memory that window freed for later use instead of returning it, so the resident
size stays at its high-water mark all day; malloc_trim(0) hands the free pages back.
Elsewhere (musl, macOS, Windows) there is nothing to do.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging

log = logging.getLogger(__name__)

_trim: ctypes._NamedFuncPointer | None = None
_looked = False


def release_freed_memory() -> None:
    """Return freed heap pages to the system, where the C library can (glibc)."""
    global _trim, _looked
    if not _looked:
        _looked = True
        name = ctypes.util.find_library("c")
        try:
            _trim = ctypes.CDLL(name).malloc_trim if name else None
        except (OSError, AttributeError):
            _trim = None
        if _trim is not None:
            _trim.argtypes = [ctypes.c_size_t]
            _trim.restype = ctypes.c_int
    if _trim is not None:
        _trim(0)
