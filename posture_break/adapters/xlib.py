"""Loading Xlib through ctypes and opening an X connection of an adapter's own.

The idle watch and the busy probe each keep a connection apart from Qt's, so that
their requests and errors never mix with the toolkit's. Both need the libraries found,
the functions they call declared (ctypes would otherwise pass 64-bit pointers as int),
and the display opened, with one log line saying what the user loses when that fails.
"""

from __future__ import annotations

import ctypes
import logging
import os
from collections.abc import Mapping

from posture_break.adapters.x11_errors import ErrorHandler

log = logging.getLogger(__name__)

Display = ctypes.c_void_p
XID = ctypes.c_ulong
Signatures = Mapping[str, tuple[list[type], type | None]]

# What every adapter with its own connection calls.
CONNECTION: Signatures = {
    "XOpenDisplay": ([ctypes.c_char_p], Display),
    "XCloseDisplay": ([Display], ctypes.c_int),
    "XSetErrorHandler": ([ErrorHandler], ErrorHandler),
}


# The names the dynamic loader knows these libraries by on Linux: loaded by that name,
# they need no ctypes.util.find_library, which runs `ldconfig -p` (a process each time)
# to find them.
_SONAMES = {"X11": "libX11.so.6", "Xext": "libXext.so.6"}


def load(name: str, signatures: Signatures, without: str) -> ctypes.CDLL | None:
    """The shared library `name` ("X11", "Xext") with `signatures` declared; None, logged
    with what the app does `without` it, when it is not installed."""
    library = _open(name, without)
    if library is None:
        return None
    for function_name, (argtypes, restype) in signatures.items():
        function = getattr(library, function_name)
        function.argtypes, function.restype = argtypes, restype
    return library


def _open(name: str, without: str) -> ctypes.CDLL | None:
    soname = _SONAMES.get(name)
    if soname is not None:
        try:
            return ctypes.CDLL(soname)
        except OSError:
            pass  # elsewhere, or under another name: ask the system
    from ctypes.util import find_library

    found = find_library(name)
    if found is None:
        log.info("no lib%s, so %s", name, without)
        return None
    try:
        return ctypes.CDLL(found)
    except OSError as error:
        log.info("cannot load lib%s (%s), so %s", name, error, without)
        return None


def display_name(without: str) -> str | None:
    """$DISPLAY, or None (logged) when this session has no X display."""
    name = os.environ.get("DISPLAY")
    if not name:
        log.info("no DISPLAY, so %s", without)
    return name or None


def open_display(x11: ctypes.CDLL, name: str, without: str) -> int | None:
    """A new connection to display `name` (x11 declares CONNECTION), or None, logged."""
    dpy = x11.XOpenDisplay(os.fsencode(name))
    if not dpy:
        log.info("cannot open X display %s, so %s", name, without)
        return None
    return int(dpy)
