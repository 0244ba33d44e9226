"""The app's only scheduler: one moment, chosen by the core, on APScheduler's QtScheduler.

APScheduler is imported on the first `arm()`, not with this module: its imports
(importlib.metadata, multiprocessing, tzlocal) add about 6 MiB and 50 ms or more,
which can wait until the tray icon has painted. It would also import asyncio, only
for `asyncio.iscoroutinefunction` (apscheduler/util.py, Python < 3.14); asyncio loads
ssl and OpenSSL, another 10 MiB held all day for nothing: see `_import_apscheduler`.
"""

from __future__ import annotations

import inspect
import logging
import math
import sys
import types
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

log = logging.getLogger(__name__)


def _import_apscheduler() -> None:
    """Import the parts of APScheduler used here without pulling in asyncio.

    apscheduler.util takes `iscoroutinefunction` from asyncio; inspect's is the same
    test (asyncio's only adds a marker for old-style coroutines, which no job here is).
    For the length of the import a small module stands in for asyncio and hands out
    inspect's; then it is removed, so anything that imports asyncio later gets the
    real one."""
    if "apscheduler.util" in sys.modules:
        return
    stand_in = None
    if "asyncio" not in sys.modules:
        stand_in = types.ModuleType("asyncio")
        stand_in.iscoroutinefunction = inspect.iscoroutinefunction  # type: ignore[attr-defined]
        sys.modules["asyncio"] = stand_in
    try:
        import apscheduler.executors.debug  # type: ignore[import-untyped]
        import apscheduler.schedulers.qt  # type: ignore[import-untyped]
        import apscheduler.triggers.date  # type: ignore[import-untyped]  # noqa: F401
    finally:
        if stand_in is not None and sys.modules.get("asyncio") is stand_in:
            del sys.modules["asyncio"]


_JOB_ID = "wakeup"
_MAX_TIMER_MS = 2**31 - 1  # QTimer's limit, about 24.8 days; a longer wait re-arms then


class _Job(Protocol):
    next_run_time: datetime | None


class _Scheduler(Protocol):
    """The part of APScheduler's BaseScheduler that this adapter uses."""

    def start(self) -> None: ...
    def shutdown(self, wait: bool = ...) -> None: ...
    def wakeup(self) -> None: ...
    def add_job(
        self, func: Callable[..., object], trigger: object, *, args: tuple[object, ...], id: str
    ) -> object: ...
    def remove_all_jobs(self) -> None: ...
    def get_jobs(self) -> list[_Job]: ...


class Wakeup(QObject):
    """The app's one scheduled moment: the core decides when, this waits.

    Two clocks are involved. APScheduler keeps the moment as a wall-clock (UTC) time;
    the QTimer that wakes it counts CLOCK_MONOTONIC, which stops while the machine is
    suspended. When the timer fires, APScheduler compares the wall clock with the
    moment: a job that is due runs, however late; one that is not yet due gets a new
    timer for the rest. Hence:

    - the wall clock is set forward: the call comes on the monotonic time, as armed
      (late by wall time, still run: no misfire grace);
    - the wall clock is set back by D: the call comes D later than armed;
    - after a suspend of S: the call comes S later than armed, at the first timer
      expiry after resume.

    None of this is corrected here: the core notices sleep and clock changes (its two
    clocks) and re-arms after every wake or clock change; this adapter holds no policy.

    `on_due` is called from the event loop in the GUI thread, after APScheduler is done
    with the job, so it may call `arm()` again. A call that was already on its way when
    `arm()` or `close()` came is dropped.
    """

    _due = Signal(int)

    def __init__(self, on_due: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_due = on_due
        self._scheduler: _Scheduler | None = None  # created by the first arm()
        self._timer = QTimer(self)  # the scheduler's one timer, owned here, dies with us
        self._generation = 0  # counts arms, so a call for an earlier arm is dropped
        self._closed = False
        self._due.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def arm(self, delay_s: float | None) -> None:
        """Call on_due once, delay_s seconds from now, replacing any earlier arm; None disarms."""
        if self._closed:
            log.debug("arm(%s) after close: ignored", delay_s)
            return
        self._generation += 1
        if delay_s is None:
            if self._scheduler is not None:
                self._scheduler.remove_all_jobs()
                self._scheduler.wakeup()  # finds nothing to do and stops the timer
            log.debug("disarmed")
            return
        _import_apscheduler()
        from apscheduler.triggers.date import DateTrigger

        scheduler = self._scheduler or self._start_scheduler()
        run_date = datetime.now(UTC) + timedelta(seconds=max(delay_s, 0.0))
        scheduler.remove_all_jobs()
        scheduler.add_job(
            self._on_job,
            DateTrigger(run_date, timezone=UTC),
            args=(self._generation,),
            id=_JOB_ID,
        )
        log.debug("armed for %.3f s", delay_s)

    def armed_for(self) -> float | None:
        """Seconds until the armed moment, None when disarmed (for tests and the log)."""
        if self._scheduler is None:
            return None
        jobs = self._scheduler.get_jobs()
        if not jobs or jobs[0].next_run_time is None:
            return None
        return max((jobs[0].next_run_time - datetime.now(UTC)).total_seconds(), 0.0)

    def close(self) -> None:
        """Disarm for good (at quit); later arms are ignored."""
        self._closed = True
        self._generation += 1
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        self._timer.stop()

    def _start_scheduler(self) -> _Scheduler:
        from apscheduler.executors.debug import DebugExecutor

        scheduler = _one_timer_scheduler(
            self._timer,
            executors={"default": DebugExecutor()},  # runs the job in the timer's thread
            job_defaults={"misfire_grace_time": None},  # late (after a clock jump) still runs
            timezone=UTC,  # plain arithmetic, and no lookup of the local zone
        )
        scheduler.start()
        self._scheduler = scheduler
        return scheduler

    def _on_job(self, generation: int) -> None:
        # Queued, not called: APScheduler removes the job by its id once this returns,
        # which would remove the new job if on_due re-armed from in here.
        self._due.emit(generation)

    @Slot(int)
    def _deliver(self, generation: int) -> None:
        if generation == self._generation:
            self._on_due()


def _one_timer_scheduler(timer: QTimer, **options: Any) -> _Scheduler:
    """A QtScheduler that waits on `timer`, one persistent QTimer it can stop.

    The stock QtScheduler keeps QTimer.singleShot()'s return value, None, so it never
    cancels a wait: every re-plan leaves one more pending `_process_jobs` behind.
    """
    from apscheduler.schedulers.qt import QtScheduler

    class OneTimerQtScheduler(QtScheduler):  # type: ignore[misc]
        def __init__(self, timer: QTimer, **options: Any) -> None:
            super().__init__(**options)
            self._timer = timer
            timer.setSingleShot(True)
            # A CoarseTimer may fire up to 5% early (3.3 s came 0.11 s early); the job
            # is then not due yet and APScheduler needs a second timer for the rest.
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.timeout.connect(self._on_timeout)

        def _start_timer(self, wait_seconds: float | None) -> None:
            if wait_seconds is None:
                self._timer.stop()
            else:
                # Rounded up: a timer a fraction of a millisecond early finds the job
                # not yet due and costs another round.
                self._timer.start(min(math.ceil(wait_seconds * 1000), _MAX_TIMER_MS))

        def _stop_timer(self) -> None:
            self._timer.stop()

        def _on_timeout(self) -> None:
            self._process_jobs()  # looked up per call, so tests can count the rounds

    return OneTimerQtScheduler(timer, **options)
