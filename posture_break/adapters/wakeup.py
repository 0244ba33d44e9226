"""The app's only scheduler: one moment, chosen by the core, on APScheduler's QtScheduler.

APScheduler is imported the first time an armed moment comes, not with this module nor
on the first `arm()`: its imports (importlib.metadata, multiprocessing, tzlocal) add
about 5 MiB and 30 ms or more, and the first break is minutes away. Until then the one
QTimer the scheduler would wait on waits alone, for the same elapsed time. APScheduler
would also import asyncio, only for `asyncio.iscoroutinefunction` (apscheduler/util.py,
Python < 3.14); asyncio loads ssl and OpenSSL, another 10 MiB held all day for nothing:
see `_import_apscheduler`.
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

from posture_break.core.clock import SystemClock

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


class _Scheduler(Protocol):
    """The part of APScheduler's BaseScheduler that this adapter uses."""

    def start(self) -> None: ...
    def shutdown(self, wait: bool = ...) -> None: ...
    def wakeup(self) -> None: ...
    def add_job(
        self, func: Callable[..., object], trigger: object, *, args: tuple[object, ...], id: str
    ) -> object: ...
    def remove_all_jobs(self) -> None: ...
    def modify_job(self, job_id: str, **changes: object) -> object: ...


class Wakeup(QObject):
    """The app's one scheduled moment: the core decides when, this waits.

    The core counts elapsed time (CLOCK_BOOTTIME), which the wall clock cannot move;
    APScheduler keeps its jobs as wall-clock (UTC) times and judges by the wall clock
    whether one is due. So the armed moment is held here on the elapsed clock, and
    APScheduler is told it afresh in the wall clock as it reads at that instant:

    - the QTimer that wakes the scheduler is always started for the elapsed time left
      (it counts CLOCK_MONOTONIC, which the wall clock does not move either), never
      for the wall-clock wait APScheduler works out;
    - when it fires, the job's run date is restated as "now, by the wall clock, plus
      the elapsed time left" before APScheduler looks, so a job whose moment has come
      is due whatever the wall clock did meanwhile: set back or forward, slewed, or a
      time zone or DST change (the scheduler works in UTC throughout).

    The timer does not count time asleep: after a suspend the call would come late, so
    the core re-arms on waking (coordinator.on_sleep); this adapter holds no policy.

    `on_due` is called from the event loop in the GUI thread, after APScheduler is done
    with the job, so it may call `arm()` again. A call that was already on its way when
    `arm()` or `close()` came is dropped.
    """

    _due = Signal(int)

    def __init__(
        self,
        on_due: Callable[[], None],
        parent: QObject | None = None,
        elapsed: Callable[[], float] | None = None,
    ) -> None:
        """`elapsed` is the core's elapsed clock in seconds; the system's by default."""
        super().__init__(parent)
        self._on_due = on_due
        self._elapsed = elapsed or SystemClock().elapsed
        self._due_at: float | None = None  # the armed moment on the elapsed clock
        self._scheduler: _Scheduler | None = None  # created by the first arm()
        self._timer = QTimer(self)  # the scheduler's one timer, owned here, dies with us
        self._timer.setSingleShot(True)
        # A CoarseTimer may fire up to 5% early (3.3 s came 0.11 s early); the job is
        # then not due yet and APScheduler needs a second timer for the rest.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timeout)
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
            self._due_at = None
            self._timer.stop()
            if self._scheduler is not None:
                self._scheduler.remove_all_jobs()
                self._scheduler.wakeup()  # nothing armed: keeps the timer stopped
            log.debug("disarmed")
            return
        delay_s = max(delay_s, 0.0)
        self._due_at = self._elapsed() + delay_s
        if self._scheduler is None:
            self._timer.start(_timer_ms(delay_s))  # APScheduler comes when this fires
        else:
            self._add_job(self._scheduler)
        log.debug("armed for %.3f s", delay_s)

    def armed_for(self) -> float | None:
        """Elapsed seconds until the armed moment, None when disarmed (for tests, the log
        and the scheduler's timer)."""
        if self._due_at is None:
            return None
        return max(self._due_at - self._elapsed(), 0.0)

    def close(self) -> None:
        """Disarm for good (at quit); later arms are ignored."""
        self._closed = True
        self._generation += 1
        self._due_at = None
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        self._timer.stop()

    @Slot()
    def _on_timeout(self) -> None:
        """The timer fired before APScheduler was started: the armed moment has come (or
        QTimer's longest wait is over). Start the scheduler and give it the job, which it
        runs at once, or waits the rest for; from now on it owns the timer."""
        if self._scheduler is None and self._due_at is not None and not self._closed:
            self._add_job(self._start_scheduler())

    def _add_job(self, scheduler: _Scheduler) -> None:
        """The armed moment as APScheduler's one job, by the wall clock as it reads now."""
        from apscheduler.triggers.date import DateTrigger

        run_date = datetime.now(UTC) + timedelta(seconds=self.armed_for() or 0.0)
        scheduler.remove_all_jobs()
        scheduler.add_job(
            self._on_job,
            DateTrigger(run_date, timezone=UTC),
            args=(self._generation,),
            id=_JOB_ID,
        )

    def _start_scheduler(self) -> _Scheduler:
        _import_apscheduler()
        from apscheduler.executors.debug import DebugExecutor

        scheduler = _one_timer_scheduler(
            self._timer,
            self.armed_for,
            self._restate_run_date,
            executors={"default": DebugExecutor()},  # runs the job in the timer's thread
            job_defaults={"misfire_grace_time": None},  # late (after a clock jump) still runs
            timezone=UTC,  # plain arithmetic, and no lookup of the local zone
        )
        scheduler.start()
        self._scheduler = scheduler
        return scheduler

    def _restate_run_date(self) -> None:
        """Give the job the armed moment in the wall clock as it reads now, just before
        APScheduler compares the two: due exactly when the elapsed time has come."""
        left = self.armed_for()
        if left is not None and self._scheduler is not None:
            run_date = datetime.now(UTC) + timedelta(seconds=left)
            self._scheduler.modify_job(_JOB_ID, next_run_time=run_date)

    def _on_job(self, generation: int) -> None:
        if generation == self._generation:
            self._due_at = None  # APScheduler removes the job once this returns
        # Queued, not called: APScheduler removes the job by its id once this returns,
        # which would remove the new job if on_due re-armed from in here.
        self._due.emit(generation)

    @Slot(int)
    def _deliver(self, generation: int) -> None:
        if generation == self._generation:
            self._on_due()


def _one_timer_scheduler(
    timer: QTimer,
    left: Callable[[], float | None],
    before_round: Callable[[], None],
    **options: Any,
) -> _Scheduler:
    """A QtScheduler that waits on `timer`, one persistent single-shot PreciseTimer it
    can stop, for the elapsed time `left()` says is left (None: nothing armed), and calls
    `before_round` before each look at its jobs.

    The stock QtScheduler keeps QTimer.singleShot()'s return value, None, so it never
    cancels a wait: every re-plan leaves one more pending `_process_jobs` behind. And
    it waits for what the wall clock says is left, which a clock set back makes hours.
    """
    from apscheduler.schedulers.qt import QtScheduler

    class OneTimerQtScheduler(QtScheduler):  # type: ignore[misc]
        def __init__(self, timer: QTimer, **options: Any) -> None:
            super().__init__(**options)
            self._timer = timer
            timer.timeout.connect(self._on_timeout)

        def _start_timer(self, wait_seconds: float | None) -> None:
            # APScheduler's wait_seconds only says whether a job is pending; how long
            # to wait is the elapsed time left, which no clock setting changes.
            left_s = left()
            if wait_seconds is None or left_s is None:
                self._timer.stop()
            else:
                self._timer.start(_timer_ms(left_s))

        def _stop_timer(self) -> None:
            self._timer.stop()

        def _on_timeout(self) -> None:
            before_round()
            self._process_jobs()  # looked up per call, so tests can count the rounds

    return OneTimerQtScheduler(timer, **options)


def _timer_ms(left_s: float) -> int:
    """The timer's wait for `left_s`: rounded up, since a timer a fraction of a millisecond
    early finds the job not yet due and costs another round; at most QTimer's limit."""
    return min(math.ceil(left_s * 1000), _MAX_TIMER_MS)
