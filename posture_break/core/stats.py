"""The figures the statistics window and `posture-break stats` show, from history rows.

Pure: rows in, figures out, so every rule (what counts as taken, how a streak lives
through a weekend) is tested without a database or a clock. Days are the user's local
days as recorded, so a trip across time zones never moves a break to another day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from posture_break.core.values import BreakOutcome

STREAK_GOAL = 3  # exercised breaks in a day that keep a streak going
WEEK_DAYS = 7  # the bar chart and "last 7 days" cover this many days, today included
FEEL_WEEKS = 12  # weeks with check-ins the feel chart shows

EXERCISED = frozenset({BreakOutcome.COMPLETED.value, BreakOutcome.PARTIAL.value})
AWAY = BreakOutcome.NATURAL.value
SKIPPED = BreakOutcome.SKIPPED.value
# "snoozed" counts for nothing: the same break ends later with one of the outcomes above.

EMPTY_STATE = "No breaks recorded yet. Your first one will show up here."


@dataclass(frozen=True)
class BreakRow:
    """One break as read back from the history."""

    at: datetime
    local_day: date
    kind: str  # "micro" or "stretch"
    routine: str | None
    outcome: str  # completed, partial, skipped, snoozed or natural
    seconds: int  # of exercise, or of time away for a natural break
    due_at: datetime | None = None


@dataclass(frozen=True)
class CheckInRow:
    """One answer to "how does it feel?", 0 to 10."""

    at: datetime
    local_day: date
    score: int
    routine: str | None = None


@dataclass(frozen=True)
class DayFigures:
    day: date
    exercised: int = 0  # completed + partial
    away: int = 0  # natural breaks (the user stepped away long enough)
    skipped: int = 0
    minutes: float = 0.0  # minutes of exercise (completed + partial)

    @property
    def taken(self) -> int:
        return self.exercised + self.away

    @property
    def due(self) -> int:
        return self.taken + self.skipped


@dataclass(frozen=True)
class WeekFeel:
    week_start: date  # Monday
    average: float
    count: int


@dataclass(frozen=True)
class Summary:
    today: DayFigures
    week: DayFigures  # the last 7 days including today, summed (day = the first of them)
    days: tuple[DayFigures, ...]  # exactly 7, oldest first, ending today, for the bar chart
    streak: int  # days in a row at the goal; days without any record are passed over
    feel: tuple[WeekFeel, ...]  # check-in average per ISO week, the last 12 with any
    first_day: date | None  # the first day with any record; None: nothing recorded yet
    goal: int = STREAK_GOAL


def summarize(
    breaks: Sequence[BreakRow],
    check_ins: Sequence[CheckInRow],
    today: date,
    goal: int = STREAK_GOAL,
) -> Summary:
    """Every figure at once; rows dated after `today` (a clock set back) are left out."""
    by_day = _figures_by_day([row for row in breaks if row.local_day <= today])
    check_ins = [row for row in check_ins if row.local_day <= today]
    first = today - timedelta(days=WEEK_DAYS - 1)
    days = tuple(
        by_day.get(day, DayFigures(day)) for day in (first + timedelta(n) for n in range(WEEK_DAYS))
    )
    recorded = [*by_day, *(row.local_day for row in check_ins)]
    return Summary(
        today=days[-1],
        week=_total(first, days),
        days=days,
        streak=_streak(by_day, today, goal),
        feel=_feel(check_ins),
        first_day=min(recorded, default=None),
        goal=goal,
    )


def describe(summary: Summary) -> list[str]:
    """The lines `posture-break stats` prints, as a person reads them."""
    if summary.first_day is None:
        return [EMPTY_STATE]
    lines = [
        f"Today: {_day_line(summary.today, 'no breaks yet')}",
        f"Last 7 days: {_day_line(summary.week, 'no breaks')}",
        _streak_line(summary),
    ]
    if summary.feel:
        latest = summary.feel[-1]
        when = f"in the week of {latest.week_start}"
        if latest.week_start == _monday(summary.today.day):
            when = "this week"
        count = _plural(latest.count, "check-in")
        lines.append(f"Check-ins {when}: {latest.average:.1f} of 10 on average ({count})")
    return lines


def _figures_by_day(breaks: Sequence[BreakRow]) -> dict[date, DayFigures]:
    """Only days on which a break ended count as days with records."""
    counts: dict[date, list[int]] = {}  # exercised, away, skipped, seconds
    for row in breaks:
        if row.outcome in EXERCISED:
            entry = counts.setdefault(row.local_day, [0, 0, 0, 0])
            entry[0] += 1
            entry[3] += row.seconds
        elif row.outcome == AWAY:
            counts.setdefault(row.local_day, [0, 0, 0, 0])[1] += 1
        elif row.outcome == SKIPPED:
            counts.setdefault(row.local_day, [0, 0, 0, 0])[2] += 1
    return {
        day: DayFigures(day, exercised, away, skipped, seconds / 60)
        for day, (exercised, away, skipped, seconds) in counts.items()
    }


def _total(day: date, days: Sequence[DayFigures]) -> DayFigures:
    return DayFigures(
        day,
        exercised=sum(figures.exercised for figures in days),
        away=sum(figures.away for figures in days),
        skipped=sum(figures.skipped for figures in days),
        minutes=sum(figures.minutes for figures in days),
    )


def _streak(by_day: dict[date, DayFigures], today: date, goal: int) -> int:
    """Days at the goal in a row, newest first. Days off have no records and are passed
    over; today below the goal is passed over too, as the day is not over yet."""
    streak = 0
    for day in sorted(by_day, reverse=True):
        reached = by_day[day].exercised >= goal
        if day == today and not reached:
            continue
        if not reached:
            break
        streak += 1
    return streak


def _feel(check_ins: Sequence[CheckInRow]) -> tuple[WeekFeel, ...]:
    weeks: dict[date, list[int]] = {}
    for row in check_ins:
        weeks.setdefault(_monday(row.local_day), []).append(row.score)
    latest = sorted(weeks.items())[-FEEL_WEEKS:]
    # sum / len, not statistics.fmean: statistics imports fractions, decimal and random.
    return tuple(
        WeekFeel(monday, sum(scores) / len(scores), len(scores)) for monday, scores in latest
    )


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _day_line(figures: DayFigures, nothing: str) -> str:
    if figures.due == 0:
        return nothing
    line = f"{figures.taken} of {_plural(figures.due, 'break')} taken"
    if figures.away:
        line += f" ({figures.away} away from the desk)"
    if figures.minutes >= 0.5:
        line += f", {round(figures.minutes)} min of stretching"
    elif figures.minutes > 0:
        line += ", under a minute of stretching"
    return line


def _streak_line(summary: Summary) -> str:
    goal, streak = summary.goal, summary.streak
    breaks = _plural(goal, "stretch break")
    missing = goal - summary.today.exercised
    if streak == 0:
        line = f"Streak: none yet; a day with at least {breaks} starts one"
    else:
        line = f"Streak: {_plural(streak, 'day')} with at least {breaks}"
    if missing > 0 and (streak or summary.today.exercised):
        line += f" ({missing} more today for day {streak + 1})"
    return line


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
