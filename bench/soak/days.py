"""A week at the desk, played at the app's time scale: each working day from 08:00,
a seeded random run of work, absences, screen locks, pauses, clock changes, routines
started from the command line and a look at the settings window, every reminder and
break window answered on the way; then an evening outside the active hours, and a
night in which the machine sleeps and its clock moves on to the next morning.

Durations here are simulated minutes; `Plan.wall(minutes)` is what they take.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from soak.hands import SEEN_TIMEOUT_S, Hands
from soak.journal import (
    ASLEEP,
    AWAKE,
    AWAY,
    BACK,
    CLOCK_SET,
    CLOSED,
    LOCKED,
    OPEN,
    OTHER_WINDOW,
    PAUSED,
    RESTARTED,
    RESUMED,
    SETTINGS,
    UNLOCKED,
    spend,
)
from soak.stage import Stage, settings_text

DAY_OPENS, DAY_CLOSES = 8 * 60, 18 * 60  # the active hours, minutes after midnight
LONGEST_PAUSE_WALL_S = 45.0  # `pause 1m` is a real minute: resumed before it ends


@dataclass
class Plan:
    days: int
    workday_min: float  # simulated minutes of each day's plan
    time_scale: float

    def wall(self, minutes: float) -> float:
        return minutes * 60 * self.time_scale


class Week:
    """Plays the plan; `on_day_end(day)` is called after each day's evening."""

    def __init__(self, plan: Plan, stage: Stage, hands: Hands, rng: random.Random) -> None:
        self.plan = plan
        self.stage = stage
        self.hands = hands
        self.journal = hands.journal
        self.rng = rng
        self.routines = [r["id"] for r in stage_routines(stage)]
        self.restarted = False

    def play(self, first_day: datetime, on_day_end: Callable[[int], None]) -> None:
        """Day 1 is `first_day` (a date at midnight); the app is started at 08:00 of it."""
        self.stage.set_wall_clock(first_day + timedelta(minutes=DAY_OPENS))
        self.hands.work()
        for day in range(self.plan.days):
            date = first_day + timedelta(days=day)
            if date.weekday() >= 5:
                self.journal.add(CLOSED, "weekend")
            self._day()
            self._evening(date)
            on_day_end(day + 1)
            if day + 1 < self.plan.days:
                self._night(date + timedelta(days=1))

    # The day ---------------------------------------------------------------------------

    def _day(self) -> None:
        end = time.monotonic() + self.plan.wall(self.plan.workday_min)
        if not self.restarted:
            self.restarted = True
            self._work(self.rng.uniform(30, 90))
            self._settings_file_and_restart()
        steps = [
            (self._work, 30),
            (self._away, 8),
            (self._locked, 5),
            (self._paused, 5),
            (self._clock_set, 4),
            (self._routine, 3),
            (self._settings_window, 2),
        ]
        actions, weights = zip(*steps, strict=True)
        for action in self.rng.sample(actions, len(actions)):  # every kind, every day
            action()
        while time.monotonic() < end:
            self.rng.choices(actions, weights)[0]()

    def _work(self, minutes: float | None = None) -> None:
        """At the desk, answering whatever comes."""
        self.hands.work()
        end = time.monotonic() + self.plan.wall(minutes or self.rng.uniform(5, 40))
        while (left := end - time.monotonic()) > 0:
            prompt = self.journal.wait_for(self.hands.next_prompt, left)
            if prompt is not None:
                self.hands.answer(prompt)  # type: ignore[arg-type]
                self.hands.work()

    def _away(self) -> None:
        """Away from the desk: a short moment, a coffee, a meeting."""
        minutes = self.rng.choice([1, 4, 15, 45])
        self.hands.rest()
        self.journal.add(AWAY, f"{minutes} min")
        spend(self.plan.wall(minutes))  # the absence itself: the workload
        self.journal.add(BACK)
        self._work(self.rng.uniform(2, 10))

    def _locked(self) -> None:
        minutes = self.rng.choice([1, 3, 10, 30])
        self.hands.rest()
        self.stage.lock(True)
        self.journal.add(LOCKED, f"{minutes} min")
        spend(self.plan.wall(minutes))
        self.stage.lock(False)
        self.journal.add(UNLOCKED)
        self._work(self.rng.uniform(2, 10))

    def _paused(self) -> None:
        """`posture-break pause 1m`, work on, `posture-break resume` before it ends."""
        self.hands.work()
        self.stage.cli("pause", "1m")
        self.journal.add(PAUSED, "1m")
        wall = min(LONGEST_PAUSE_WALL_S, self.plan.wall(self.rng.uniform(5, 30)))
        end = time.monotonic() + wall
        while (left := end - time.monotonic()) > 0:
            prompt = self.journal.wait_for(self.hands.next_prompt, left)
            if prompt is not None:  # none should come: the verdict names it
                self.hands.answer(prompt)  # type: ignore[arg-type]
                self.hands.work()
        self.journal.add(RESUMED)
        self.stage.cli("resume")
        self._work(self.rng.uniform(2, 10))

    def _clock_set(self) -> None:
        """Someone sets the clock, within the day's hours, back or ahead."""
        now = self.stage.wall_clock()
        minutes = now.hour * 60 + now.minute
        low, high = DAY_OPENS + 5 - minutes, DAY_CLOSES - 10 - minutes
        shift = self.rng.choice([-45, -10, -3, 3, 20, 60])
        shift = max(low, min(high, shift))
        self.stage.set_wall_clock(now + timedelta(minutes=shift))
        self.journal.add(CLOCK_SET, f"{shift:+d} min")
        self._work(self.rng.uniform(2, 10))

    def _routine(self) -> None:
        self.hands.start_routine(self.rng.choice(self.routines))
        self.hands.work()

    def _settings_window(self) -> None:
        """`posture-break settings`: the window opens; it changes nothing by itself, and
        the user closes it with Esc."""
        since = time.monotonic()
        self.stage.cli("settings")
        shown = self.journal.wait_for(
            lambda: self.journal.since(since, OTHER_WINDOW), SEEN_TIMEOUT_S
        )
        if not shown:
            self.hands.finding("posture-break settings showed no window")
            return
        self.hands.rest()
        windows = self.hands.windows
        if not self.journal.wait_for(lambda: self.hands.has_keyboard(windows.other_windows()), 30):
            self.hands.finding("the settings window did not take the keyboard")
        self.hands.key("Escape")
        if not self.journal.wait_for(lambda: not windows.other_windows(), SEEN_TIMEOUT_S):
            self.hands.finding("the settings window did not close on Esc")
        self.hands.work()

    def _settings_file_and_restart(self) -> None:
        """The user edits settings.toml (micro breaks every 20 min, snooze 6 min) and
        starts the app again, which reads it; `status --json` must show it."""
        self.stage.settings_file.write_text(settings_text(micro_every_min=20, snooze_min=6))
        self.stage.stop_app()
        self.stage.start_app()
        self.journal.add(RESTARTED)
        self.journal.add(SETTINGS, "file: micro every 20 min, snooze 6 min")
        state = self.stage.state() or {}
        used = state.get("settings", {})
        if (used.get("micro_every_min"), used.get("snooze_min")) != (20, 6):
            self.hands.finding(f"the edited settings file was not used: {used}")

    # Evening and night ---------------------------------------------------------------------

    def _evening(self, date: datetime) -> None:
        """Working late, outside the active hours: no reminder may come."""
        self.stage.set_wall_clock(date + timedelta(minutes=DAY_CLOSES + 5))
        self.journal.add(CLOCK_SET, "to the evening")
        self.journal.add(CLOSED, "evening")
        self._work(self.rng.uniform(20, 40))

    def _night(self, morning: datetime) -> None:
        """Locked and asleep; the clock says next morning when it wakes. Every other
        night the user said `pause tomorrow` first, which must end by itself."""
        tomorrow = self.rng.random() < 0.5
        if tomorrow:
            self.stage.cli("pause", "tomorrow")
            self.journal.add(PAUSED, "tomorrow")
        self.hands.rest()
        self.stage.lock(True)
        self.journal.add(LOCKED, "night")
        self.stage.sleep(True)
        self.journal.add(ASLEEP)
        spend(self.plan.wall(20))  # the night: longer than any break is enough
        self.stage.set_wall_clock(morning + timedelta(minutes=DAY_OPENS + self.rng.uniform(0, 20)))
        self.journal.add(CLOCK_SET, "to the morning")
        self.stage.sleep(False)
        self.journal.add(AWAKE)
        self.journal.add(OPEN)
        if tomorrow:
            self.journal.add(RESUMED, "morning")
        self.stage.lock(False)
        self.journal.add(UNLOCKED)
        self.hands.work()
        state = self.stage.state() or {}
        if state.get("reminders") != "on":
            self.hands.finding(f"reminders are {state.get('reminders')} in the morning")


def stage_routines(stage: Stage) -> list[dict[str, object]]:
    listed: list[dict[str, object]] = json.loads(stage.cli("routines", "--json").stdout)
    return listed
