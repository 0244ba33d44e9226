"""Time as the core sees it: an injected clock with a wall face and a monotonic face."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Protocol


class Clock(Protocol):
    """What the core may ask about time; tests pass a fake one."""

    def now(self) -> datetime:
        """Aware local wall time: what the user reads on their clock."""
        ...

    def elapsed(self) -> float:
        """Seconds since boot, counting suspend; never jumps when the wall clock is set."""
        ...

    def awake(self) -> float:
        """Seconds the machine has been running, not counting suspend. elapsed() minus
        awake() grows by exactly the time spent asleep: how a missed wake signal shows."""
        ...


class SystemClock:
    """The real clock: local wall time and CLOCK_BOOTTIME (monotonic on other systems)."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def elapsed(self) -> float:
        boottime = getattr(time, "CLOCK_BOOTTIME", None)
        if boottime is not None:
            return time.clock_gettime(boottime)
        return time.monotonic()

    def awake(self) -> float:
        return time.monotonic()  # CLOCK_MONOTONIC stops in suspend on Linux
