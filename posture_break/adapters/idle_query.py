"""Idle and activity from a source that can only be asked (Windows, macOS), by few looks.

Such a source says how long ago the last input was, never when input stops or comes
back, so we look at chosen moments instead of at a fixed rate:

- Present: one look when the threshold would be reached, `threshold - idle_now` from
  now. Input since then makes that look find a short idle time; it sleeps the
  remainder. Lateness here costs nothing: on_idle carries the idle time, and the
  planner counts the absence from the last input.
- Away: only asking shows the return. on_active carries how long ago the input was,
  so the planner counts the return from then and a late look loses no work; it only
  delays what the tray says. Looks come 1, 2, 4, 8 and 16 s apart, then every 30 s:
  a return soon after the threshold (someone who was reading) is seen within seconds;
  a long absence costs 2 looks a minute (123 in an hour), each one quick call into
  the system, and on_active comes at most 30 s late (plus the timer's 5%).

Input since the last look moves the moment of the last input, `now - idle_now`,
forward by at least the idle time that look saw; without input it stays put. That,
not a smaller reading, is the sign of a return: with a short threshold and a long
wait, a user back early and idle again by the next look reads higher than before.

Timers are coarse (up to 5% early or late): an early look while present just sleeps
the rest. QTimer's clock stops in suspend, so a look falls due later than planned
after a wake; the reading still tells what happened meanwhile.
"""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Slot

FIRST_WAIT_S = 1.0  # between looks while away: doubles each look ...
MAX_WAIT_S = 30.0  # ... up to this, the most on_active may come late


class Report(enum.Enum):
    IDLE = enum.auto()
    ACTIVE = enum.auto()


@dataclass(frozen=True)
class Away:
    """on_idle was delivered; what the last look saw, and how long it waited."""

    last_input_s: float  # the moment of the last input, on the looks' clock
    idle_s: float
    wait_s: float


@dataclass(frozen=True)
class Look:
    """What one look leads to: the state to keep, what to report, when to look again."""

    away: Away | None  # None: present
    report: Report | None
    sleep_s: float


def next_look(away: Away | None, now_s: float, idle_s: float, threshold_s: float) -> Look:
    """Decide on one reading: `idle_s` seconds since the last input at `now_s` (a
    monotonic clock). While away a new threshold waits for input: it counts from then."""
    if away is None:
        if idle_s >= threshold_s:
            return Look(Away(now_s - idle_s, idle_s, FIRST_WAIT_S), Report.IDLE, FIRST_WAIT_S)
        return Look(None, None, threshold_s - idle_s)
    # Halfway between "no input" (the moment stays) and the least an input moves it.
    if now_s - idle_s > away.last_input_s + away.idle_s / 2:
        return Look(None, Report.ACTIVE, max(0.0, threshold_s - idle_s))
    wait_s = min(2 * away.wait_s, MAX_WAIT_S)
    return Look(Away(away.last_input_s, idle_s, wait_s), None, wait_s)


@dataclass(frozen=True)
class _Watching:
    threshold_s: float
    on_idle: Callable[[float], None]
    on_active: Callable[[float], None]


class QueryIdleWatch(QObject):
    """Reports idle after a threshold and the first input after it, from an idle query
    asked by one single-shot timer."""

    name = "idle-query"

    def __init__(self, idle_seconds: Callable[[], float], parent: QObject | None = None) -> None:
        """`idle_seconds` answers seconds since the last input; asked on the GUI thread,
        so it must be quick."""
        super().__init__(parent)
        self._query = idle_seconds
        self._watching: _Watching | None = None
        self._away: Away | None = None
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self._look)

    def watch(
        self,
        threshold_s: float,
        on_idle: Callable[[float], None],
        on_active: Callable[[float], None],
    ) -> None:
        """As IdleSource.watch (core/ports.py) says."""
        self._require_open()
        if not threshold_s > 0:
            raise ValueError(f"the idle threshold must be positive, not {threshold_s}")
        self._watching = _Watching(threshold_s, on_idle, on_active)
        if self._away is None:
            self._timer.start(0)  # the first look from the event loop, as events come

    def idle_seconds(self) -> float:
        """Seconds since the last input now."""
        self._require_open()
        return self._query()

    def close(self) -> None:
        """Stop watching; safe to call twice."""
        self._closed = True
        self._timer.stop()

    def _require_open(self) -> None:
        if self._closed:
            raise RuntimeError("this QueryIdleWatch is closed")

    @Slot()
    def _look(self) -> None:
        watching = self._watching
        assert watching is not None  # the timer runs only once watch() was called
        idle_s = self._query()
        look = next_look(self._away, time.monotonic(), idle_s, watching.threshold_s)
        self._away = look.away
        self._timer.start(math.ceil(look.sleep_s * 1000))  # before a callback may close
        if look.report is Report.IDLE:
            watching.on_idle(idle_s)
        elif look.report is Report.ACTIVE:
            watching.on_active(idle_s)
