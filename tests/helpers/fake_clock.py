"""A clock the test moves by hand, so time-dependent behaviour runs in microseconds."""

from __future__ import annotations

from datetime import datetime, timedelta


class FakeClock:
    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._wall = start
        self._elapsed = 1000.0
        self._awake = 1000.0

    def now(self) -> datetime:
        return self._wall

    def elapsed(self) -> float:
        return self._elapsed

    def awake(self) -> float:
        return self._awake

    def advance(self, **delta: float) -> None:
        """Let time pass with the machine awake: every face moves."""
        step = timedelta(**delta)
        self._wall += step
        self._elapsed += step.total_seconds()
        self._awake += step.total_seconds()

    def suspend(self, **delta: float) -> None:
        """The machine sleeps: the wall and elapsed faces move, awake() stands still."""
        step = timedelta(**delta)
        self._wall += step
        self._elapsed += step.total_seconds()

    def set_wall(self, wall: datetime) -> None:
        """Someone set the clock: only the wall face moves."""
        self._wall = wall
