"""The invariants a week of use must keep, judged from the journal, the history
database and the log once the week is over; and the figures the run prints.

Moments are compared on the monotonic clock the journal keeps. What the app does in
answer to a signal or a command can cross it on the way (a reminder sent just before
a lock arrived), so each "no reminder while..." interval starts GRACE_S after the
event that begins it; a reminder inside it is a finding.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from soak.journal import (
    ANSWER,
    ASLEEP,
    AWAKE,
    AWAY,
    BACK,
    CLOCK_SET,
    CLOSED,
    HEADS_UP,
    LOCKED,
    OPEN,
    PAUSED,
    RESTARTED,
    RESTING,
    RESUMED,
    UNLOCKED,
    WINDOW_GONE,
    WINDOW_OPEN,
    WORKING,
    Event,
    Journal,
)

GRACE_S = 1.0  # wall seconds for a reminder already on its way
IDLE_AFTER_MIN = 2  # the idle threshold (the default 120 s)
MICRO_LENGTH_MIN = 80 / 60  # Posture reset: away as long is a natural break
STRETCH_EVERY_MIN = 55
BURST_MIN = 0.5  # two heads-ups closer than this are a burst (a snooze: minutes)
WAKE_QUIET_MIN = 10  # after a night's sleep (a natural break) no reminder for this long
LATEST_EXTRA_MIN = 15  # heads-up, the wait for a pause in typing, a loaded machine
PSS_GROWTH_MIB = 3.0
Span = tuple[float, float, str]


@dataclass
class Verdict:
    journal: Journal
    time_scale: float

    def minutes(self, wall_s: float) -> float:
        return wall_s / 60 / self.time_scale

    def wall(self, minutes: float) -> float:
        return minutes * 60 * self.time_scale

    # Spans -------------------------------------------------------------------------------

    def _spans(self, start: str, end: str, delay: float = 0.0) -> list[Span]:
        """[start event + delay + grace, next end event] for each start event."""
        spans, began = [], None
        for event in self.journal.events(start, end):
            if event.kind == start and began is None:
                began = event
            elif event.kind == end and began is not None:
                spans.append((began.at + delay + GRACE_S, event.at, f"{start} {began.detail}"))
                began = None
        if began is not None:
            spans.append((began.at + delay + GRACE_S, float("inf"), f"{start} {began.detail}"))
        return spans

    def quiet_spans(self) -> list[Span]:
        """When no reminder may come: paused, away past the idle threshold, locked,
        outside the active hours."""
        return [
            *self._spans(PAUSED, RESUMED),
            *self._spans(AWAY, BACK, self.wall(IDLE_AFTER_MIN)),
            *self._spans(LOCKED, UNLOCKED),
            *self._spans(CLOSED, OPEN),
        ]

    def reminders(self) -> list[Event]:
        """Heads-ups, and break windows the schedule opened (not a Start the user chose)."""
        found, user_opened = [], False
        for event in self.journal.events(HEADS_UP, WINDOW_OPEN, ANSWER):
            if event.kind == ANSWER:
                user_opened = event.detail.startswith("start ") or event.detail in (
                    "notification start",
                    "notification default",
                )
            elif event.kind == WINDOW_OPEN and user_opened:
                user_opened = False
            else:
                found.append(event)
        return found

    # Invariants ----------------------------------------------------------------------

    def broken(self, history: list[dict[str, object]], logs: list[Path]) -> Iterator[str]:
        yield from self.two_windows()
        yield from self.reminders_while_quiet()
        yield from self.bursts()
        yield from self.breaks_lost()
        yield from self.natural_breaks_recorded(history)
        yield from self.log_errors(logs)

    def two_windows(self) -> Iterator[str]:
        shown: set[str] = set()
        for event in self.journal.events(WINDOW_OPEN, WINDOW_GONE):
            window = event.detail.split()[0]
            if event.kind == WINDOW_OPEN:
                shown.add(window)
                if len(shown) > 1:
                    yield f"two break windows at once at {self.at(event)}"
            else:
                shown.discard(window)

    def reminders_while_quiet(self) -> Iterator[str]:
        spans = self.quiet_spans()
        for reminder in self.reminders():
            for begin, end, why in spans:
                if begin <= reminder.at <= end:
                    yield (
                        f"a reminder ({reminder.kind} {reminder.detail}) at"
                        f" {self.at(reminder)} while {why}"
                    )

    def bursts(self) -> Iterator[str]:
        """No reminder soon after waking (the night was a natural break), and never two
        heads-ups in a row (a snooze brings the next one minutes later), whatever came
        before: a wake, a clock set, a restart."""
        reminders = self.reminders()
        for wake in self.journal.events(AWAKE):
            end = wake.at + self.wall(WAKE_QUIET_MIN)
            for reminder in (r for r in reminders if wake.at <= r.at <= end):
                yield f"a reminder {self.minutes(reminder.at - wake.at):.1f} min after waking"
        heads_ups = [r for r in reminders if r.kind == HEADS_UP]
        for first, second in itertools.pairwise(heads_ups):
            if second.at - first.at < self.wall(BURST_MIN):
                causes = self.journal.since(first.at - self.wall(10), CLOCK_SET, AWAKE)
                after = f" (after {causes[-1].kind} {causes[-1].detail})" if causes else ""
                gap = self.minutes(second.at - first.at)
                yield f"two heads-ups {gap:.2f} min apart at {self.at(second)}{after}"

    def breaks_lost(self) -> Iterator[str]:
        """Every due break was offered or taken: work at the desk, with reminders on and
        nothing on screen, never goes on longer than the stretch interval (and what a
        break's arrival takes) without a reminder, a break window or a natural break."""
        quiet = self.quiet_spans()
        longest = self.wall(STRETCH_EVERY_MIN + LATEST_EXTRA_MIN)
        resets = {HEADS_UP, WINDOW_OPEN, WINDOW_GONE, ANSWER, RESTARTED}
        worked, working, last = 0.0, False, None
        for event in self.journal.events():
            if working and last is not None and not _inside(last, quiet):
                worked += event.at - last
            if event.kind in resets or self._natural_break_ends(event):
                worked = 0.0
            if worked > longest:
                yield f"{self.minutes(worked):.0f} min of work without a break at {self.at(event)}"
                worked = 0.0
            working = {WORKING: True, RESTING: False}.get(event.kind, working)
            last = event.at

    def _natural_break_ends(self, event: Event) -> bool:
        began = self._began(event)
        return began is not None and self.minutes(event.at - began.at) >= MICRO_LENGTH_MIN

    def _began(self, event: Event) -> Event | None:
        """The AWAY, LOCKED or ASLEEP that the BACK, UNLOCKED or AWAKE `event` ends."""
        starts = {BACK: AWAY, UNLOCKED: LOCKED, AWAKE: ASLEEP}
        if event.kind not in starts:
            return None
        earlier = [e for e in self.journal.events(starts[event.kind]) if e.at < event.at]
        return earlier[-1] if earlier else None

    def natural_breaks_recorded(self, history: list[dict[str, object]]) -> Iterator[str]:
        """Away past the idle threshold, or locked, for longer than a micro break: each
        is a natural break in the history (the whole night counts once)."""
        expected = 0
        for event in self.journal.events(BACK, UNLOCKED):
            began = self._began(event)
            if began is None or began.detail == "night":
                continue
            if self._window_during(began.at, event.at):
                continue  # a break in progress: no input is expected, idle is no absence
            away = self.minutes(event.at - began.at)
            enough = IDLE_AFTER_MIN if event.kind == BACK else MICRO_LENGTH_MIN
            if away >= enough * 1.5 + self.minutes(2 * GRACE_S):
                expected += 1
        expected += len(self.journal.events(AWAKE))
        natural = sum(1 for row in history if row["outcome"] == "natural")
        if natural < expected:
            yield f"{natural} natural breaks recorded, {expected} absences long enough for one"

    def _window_during(self, begin: float, end: float) -> bool:
        """Whether a break window was on screen at any time from `begin` to `end`."""
        shown = False
        for event in self.journal.events(WINDOW_OPEN, WINDOW_GONE):
            if event.at > end:
                break
            if event.at >= begin and event.kind == WINDOW_OPEN:
                return True
            shown = event.kind == WINDOW_OPEN
        return shown

    def log_errors(self, logs: list[Path]) -> Iterator[str]:
        for log in logs:
            for number, line in enumerate(log.read_text(errors="replace").splitlines(), 1):
                if "Traceback" in line or " ERROR " in line:
                    yield f"{log.name}:{number}: {line.strip()}"

    def at(self, event: Event) -> str:
        start = self.journal.events()[0].at
        return f"{event.at - start:.1f} s"


def pss_growth(first_mib: float, last_mib: float) -> Iterator[str]:
    """Memory after the last day within PSS_GROWTH_MIB of after the first."""
    if last_mib - first_mib > PSS_GROWTH_MIB:
        grown = last_mib - first_mib
        yield f"PSS (anonymous) grew by {grown:.1f} MiB from day 1 to the last day"


def _inside(moment: float, spans: list[Span]) -> bool:
    return any(begin - GRACE_S <= moment <= end for begin, end, _ in spans)


def memory_mib(pid: int) -> tuple[float, float]:
    """(PSS, the part of it in anonymous memory and shmem) of the process, in MiB.

    PSS divides each shared page among the processes that map it, so its file-backed
    part moves as other programs mapping the same libraries start and stop (a second
    app from the same venv takes half of Qt's pages off it): by 3 MiB within a minute
    on a busy machine, with the anonymous part flat. What the app allocates and could
    leak is the anonymous part, so growth is judged on that."""
    figures: dict[str, int] = {}
    with open(f"/proc/{pid}/smaps_rollup") as rollup:
        for line in rollup:
            key, _, rest = line.partition(":")
            if key in ("Pss", "Pss_Anon", "Pss_Shmem"):
                figures[key] = int(rest.split()[0])
    return figures["Pss"] / 1024, (figures["Pss_Anon"] + figures["Pss_Shmem"]) / 1024
