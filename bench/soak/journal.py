"""What happened during a soak, in order: what the simulated user did and what the
desktop saw the app do, each stamped with the monotonic time it happened.

The watchers (watchers.py) write from their own threads and the user waits on it for
what it expects to see; the verdict (verdict.py) reads the whole of it at the end.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

# What the desktop saw the app do.
HEADS_UP = "heads-up"  # a notification with Start now among its buttons
NOTICE = "notice"  # any other notification
WINDOW_OPEN = "window-open"  # a break window mapped; detail: its title
WINDOW_GONE = "window-gone"  # a break window unmapped or destroyed
OTHER_WINDOW = "other-window"  # any other window of the app mapped (settings...)
OTHER_GONE = "other-gone"

# What the simulated user did (or had done to the machine).
WORKING = "working"  # input starts
RESTING = "resting"  # input stops (reading a window, away, locked, asleep)
AWAY = "away"  # left the desk: no input until BACK
BACK = "back"
LOCKED = "locked"
UNLOCKED = "unlocked"
ASLEEP = "asleep"
AWAKE = "awake"
PAUSED = "paused"  # the pause command was answered
RESUMED = "resumed"  # a resume was asked, or the pause ended by itself
CLOSED = "closed"  # the wall clock left the active hours
OPEN = "open"  # the wall clock is within the active hours again
CLOCK_SET = "clock-set"  # the wall clock was set; detail: by how much
SETTINGS = "settings"  # settings changed; detail: how
ANSWER = "answer"  # a reminder or a window answered; detail: how
RESTARTED = "restarted"  # the app was quit and started again


def spend(seconds: float) -> None:
    """The simulated user's own time: away from the desk, exercising, the pace of their
    keys. It is the workload, never a wait for the app (those wait for what they see)."""
    time.sleep(seconds)  # noqa: TID251


@dataclass(frozen=True)
class Event:
    at: float  # time.monotonic()
    kind: str
    detail: str = ""


class Journal:
    """A list of events that any thread may add to and wait on."""

    def __init__(self) -> None:
        self._events: list[Event] = []
        self._changed = threading.Condition()

    def add(self, kind: str, detail: str = "") -> Event:
        event = Event(time.monotonic(), kind, detail)
        with self._changed:
            self._events.append(event)
            self._changed.notify_all()
        return event

    def events(self, *kinds: str) -> list[Event]:
        with self._changed:
            return [e for e in self._events if not kinds or e.kind in kinds]

    def write(self, path: str) -> None:
        """One line per event, seconds from the first: for reading a failed run."""
        events = self.events()
        start = events[0].at if events else 0.0
        with open(path, "w") as out:
            for e in events:
                out.write(f"{e.at - start:9.2f} {e.kind} {e.detail}\n")

    def since(self, at: float, *kinds: str) -> list[Event]:
        return [e for e in self.events(*kinds) if e.at >= at]

    def wait_for(self, found: Callable[[], object], timeout: float) -> object:
        """Wait until `found()` is truthy (looked at whenever an event is added, and at
        least every half second for conditions outside the journal); its value, or
        None when `timeout` seconds passed first."""
        end = time.monotonic() + timeout
        while True:
            value = found()  # outside the lock: it may ask the app, which takes a while
            left = end - time.monotonic()
            if value or left <= 0:
                return value or None
            with self._changed:
                self._changed.wait(min(left, 0.5))
