"""The X SYNC extension as ctypes sees it: the constants and structures the idle watch
(idle_xsync.py) passes to libXext, the calls it makes with their signatures, and finding
the IDLETIME counter.

Layouts below are those of <X11/extensions/sync.h> and <X11/Xlib.h>: XID, Time and
`unsigned long` are C longs; `Bool`, `Status` and the enums are ints.
"""

from __future__ import annotations

import ctypes

from posture_break.adapters import xlib

XSYNC_ALARM_NOTIFY = 1  # added to the extension's event base
ALARM_DESTROYED = 2  # XSyncAlarmState
ABSOLUTE = 0  # XSyncValueType
POSITIVE_COMPARISON, NEGATIVE_COMPARISON = 2, 3  # XSyncTestType
# XSyncCACounter | XSyncCAValueType | XSyncCAValue | XSyncCATestType | XSyncCADelta | Events
ALL_ALARM_ATTRIBUTES = 0x3F


class XSyncValue(ctypes.Structure):
    """A 64-bit counter value as the library passes it: signed high half, then low."""

    _fields_ = (("hi", ctypes.c_int), ("lo", ctypes.c_uint))
    hi: int
    lo: int

    @classmethod
    def of(cls, number: int) -> XSyncValue:
        return cls(number >> 32, number & 0xFFFFFFFF)

    def __int__(self) -> int:
        return (self.hi << 32) | self.lo


class XSyncSystemCounter(ctypes.Structure):
    _fields_ = (
        ("name", ctypes.c_char_p),
        ("counter", ctypes.c_ulong),
        ("resolution", XSyncValue),
    )
    name: bytes | None
    counter: int


class XSyncTrigger(ctypes.Structure):
    _fields_ = (
        ("counter", ctypes.c_ulong),
        ("value_type", ctypes.c_int),
        ("wait_value", XSyncValue),
        ("test_type", ctypes.c_int),
    )


class XSyncAlarmAttributes(ctypes.Structure):
    _fields_ = (
        ("trigger", XSyncTrigger),
        ("delta", XSyncValue),
        ("events", ctypes.c_int),
        ("state", ctypes.c_int),
    )


class XSyncAlarmNotifyEvent(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("alarm", ctypes.c_ulong),
        ("counter_value", XSyncValue),
        ("alarm_value", XSyncValue),
        ("time", ctypes.c_ulong),
        ("state", ctypes.c_int),
    )
    alarm: int
    counter_value: XSyncValue
    alarm_value: XSyncValue
    state: int


class XEvent(ctypes.Union):
    """XEvent: any event fits in 24 longs."""

    _fields_ = (
        ("type", ctypes.c_int),
        ("alarm", XSyncAlarmNotifyEvent),
        ("pad", ctypes.c_long * 24),
    )
    type: int
    alarm: XSyncAlarmNotifyEvent


_INT_P = ctypes.POINTER(ctypes.c_int)
X11_CALLS: xlib.Signatures = {
    **xlib.CONNECTION,
    "XConnectionNumber": ([xlib.Display], ctypes.c_int),
    "XPending": ([xlib.Display], ctypes.c_int),
    "XNextEvent": ([xlib.Display, ctypes.POINTER(XEvent)], ctypes.c_int),
    "XFlush": ([xlib.Display], ctypes.c_int),
}
XEXT_CALLS: xlib.Signatures = {
    "XSyncQueryExtension": ([xlib.Display, _INT_P, _INT_P], ctypes.c_int),
    "XSyncInitialize": ([xlib.Display, _INT_P, _INT_P], ctypes.c_int),
    "XSyncListSystemCounters": ([xlib.Display, _INT_P], ctypes.POINTER(XSyncSystemCounter)),
    "XSyncFreeSystemCounterList": ([ctypes.POINTER(XSyncSystemCounter)], None),
    "XSyncQueryCounter": ([xlib.Display, xlib.XID, ctypes.POINTER(XSyncValue)], ctypes.c_int),
    "XSyncCreateAlarm": (
        [xlib.Display, ctypes.c_ulong, ctypes.POINTER(XSyncAlarmAttributes)],
        xlib.XID,
    ),
    "XSyncChangeAlarm": (
        [xlib.Display, xlib.XID, ctypes.c_ulong, ctypes.POINTER(XSyncAlarmAttributes)],
        ctypes.c_int,
    ),
    "XSyncDestroyAlarm": ([xlib.Display, xlib.XID], ctypes.c_int),
}


def find_idletime(xext: ctypes.CDLL, dpy: int) -> tuple[int, int] | None:
    """(IDLETIME counter, SYNC event base), or None when the server lacks either."""
    event_base, error_base = ctypes.c_int(), ctypes.c_int()
    if not xext.XSyncQueryExtension(dpy, ctypes.byref(event_base), ctypes.byref(error_base)):
        return None
    major, minor = ctypes.c_int(), ctypes.c_int()
    if not xext.XSyncInitialize(dpy, ctypes.byref(major), ctypes.byref(minor)):
        return None
    count = ctypes.c_int()
    counters = xext.XSyncListSystemCounters(dpy, ctypes.byref(count))
    if not counters:
        return None
    try:
        for index in range(count.value):
            if counters[index].name == b"IDLETIME":
                return int(counters[index].counter), event_base.value
    finally:
        xext.XSyncFreeSystemCounterList(counters)
    return None
