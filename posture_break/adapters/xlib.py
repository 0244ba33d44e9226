"""Loading Xlib through ctypes and opening an X connection of an adapter's own.

The idle watch and the busy probe each keep a connection apart from Qt's, so that
their requests and errors never mix with the toolkit's. Both need the libraries found,
the functions they call declared (ctypes would otherwise pass 64-bit pointers as int),
and the display opened, with one log line saying what the user loses when that fails.
"""

from __future__ import annotations

import ctypes
import ctypes.util
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


def load(name: str, signatures: Signatures, without: str) -> ctypes.CDLL | None:
    """The shared library `name` ("X11", "Xext") with `signatures` declared; None, logged
    with what the app does `without` it, when it is not installed."""
    found = ctypes.util.find_library(name)
    if found is None:
        log.info("no lib%s, so %s", name, without)
        return None
    try:
        library = ctypes.CDLL(found)
    except OSError as error:
        log.info("cannot load lib%s (%s), so %s", name, error, without)
        return None
    for function_name, (argtypes, restype) in signatures.items():
        function = getattr(library, function_name)
        function.argtypes, function.restype = argtypes, restype
    return library


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
