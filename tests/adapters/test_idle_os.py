"""Idle time on Windows and macOS: the arithmetic on what the system calls answer, with
stand-ins for user32, kernel32 and CoreGraphics that answer as the real ones do. The
real calls only run on those systems; here importing the module must not need them."""

import ctypes
import sys
from types import SimpleNamespace

import pytest

from posture_break.adapters.idle_os import (
    LastInputInfo,
    macos_idle_seconds,
    open_os_idle_watch,
    windows_idle_seconds,
)

WRAP = 1 << 32  # GetTickCount wraps to 0 after 2**32 ms, 49.7 days


def windows(last_input_tick, now_tick, succeeds=True):
    """user32 and kernel32 as the idle time sees them: the tick count of the last input
    (filled in only when cbSize is right, as the real call does) and the tick count now."""

    def get_last_input_info(info):
        if not succeeds or info.contents.cbSize != ctypes.sizeof(LastInputInfo):
            return 0
        info.contents.dwTime = last_input_tick
        return 1

    user32 = SimpleNamespace(GetLastInputInfo=get_last_input_info)
    kernel32 = SimpleNamespace(GetTickCount=lambda: now_tick)
    return user32, kernel32


def test_windows_idle_is_the_tick_count_since_the_last_input():
    assert windows_idle_seconds(*windows(last_input_tick=4_000, now_tick=10_500)) == 6.5


def test_windows_idle_stays_right_when_the_tick_count_wraps_after_49_7_days():
    user32, kernel32 = windows(last_input_tick=WRAP - 2_000, now_tick=1_000)
    assert windows_idle_seconds(user32, kernel32) == 3.0


def test_windows_input_stamped_after_now_counts_as_input_just_now():
    # The docs: SendInput supplies its own tick count, which may be later than now's.
    assert windows_idle_seconds(*windows(last_input_tick=5_100, now_tick=5_000)) == 0.0


def test_windows_idle_that_cannot_be_read_counts_as_present():
    assert windows_idle_seconds(*windows(4_000, 10_000, succeeds=False)) == 0.0


def test_macos_idle_is_asked_for_any_input_in_the_login_session():
    asked = []

    def seconds_since_last_event_type(state_id, event_type):
        asked.append((state_id, event_type))
        return 42.25

    core_graphics = SimpleNamespace(
        CGEventSourceSecondsSinceLastEventType=seconds_since_last_event_type
    )
    assert macos_idle_seconds(core_graphics) == 42.25
    # kCGEventSourceStateCombinedSessionState, kCGAnyInputEventType ((CGEventType)~0)
    assert asked == [(0, 0xFFFFFFFF)]


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="there the query is used")
def test_on_other_systems_there_is_no_system_idle_query():
    assert open_os_idle_watch() is None
