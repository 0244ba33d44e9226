"""What each settings control means, in words: the line under it in the settings dialog.

Plain functions of values, so what the dialog says is tested without widgets.
"""

from __future__ import annotations

from collections.abc import Sequence

from posture_break.core.planner import Schedule
from posture_break.core.playback import whole_minutes


def count_of(count: int, unit: str) -> str:
    """ "1 minute", "5 minutes"."""
    return f"{count} {unit}" if count == 1 else f"{count} {unit}s"


def seconds_in_words(seconds: int) -> str:
    """Seconds up to two minutes, then minutes: "90 seconds", "2 minutes 30 seconds"."""
    minutes, rest = divmod(seconds, 60)
    if seconds < 120:
        return count_of(seconds, "second")
    if not rest:
        return count_of(minutes, "minute")
    return f"{count_of(minutes, 'minute')} {count_of(rest, 'second')}"


def joined(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def describe_stretch(every_min: int, shortest_s: float | None) -> str:
    every = count_of(every_min, "minute")
    if shortest_s is None:
        return f"A stretch break every {every} of active work."
    return f"A {whole_minutes(shortest_s)}-minute stretch every {every} of active work."


def describe_routines(names: Sequence[str]) -> str:
    if not names:
        return "None of these is checked, so stretch breaks take turns with the usual routines."
    if len(names) == 1:
        return f"Every stretch break is {names[0]}. At least one routine stays checked."
    return f"Stretch breaks take turns with {joined(names)}."


def describe_micro(every_min: int, stretch_min: int, routine: tuple[str, float]) -> str:
    """What a micro break is; at its limit, also why it can go no higher."""
    if every_min == 0:
        return "Micro breaks are off."
    name, length_s = routine
    what = f"{whole_minutes(length_s)}-minute {name}" if name else "micro break"
    within = count_of(round(Schedule().absorb_s / 60), "minute")
    text = (
        f"A {what} every {count_of(every_min, 'minute')}, "
        f"unless a stretch break is due within {within}."
    )
    if every_min >= stretch_min - 1:
        text += " Micro breaks come more often than stretch breaks, so this is the most."
    return text


def describe_heads_up(seconds: int) -> str:
    if seconds == 0:
        return "No notification before a break: it simply comes."
    return f"A notification {seconds_in_words(seconds)} before each break."


def describe_snooze(minutes: int, limit: int) -> str:
    if limit == 0:
        return "Breaks cannot be put off."
    if limit == 1:
        return f"You can put a break off once, for {count_of(minutes, 'minute')}."
    return (
        f"You can put a break off {limit} times in a row, {count_of(minutes, 'minute')} each time."
    )


def describe_skip(allowed: bool) -> str:
    if allowed:
        return "A break you do not want can be let go with Skip."
    return "Breaks have no Skip: a break is taken, or put off while that is allowed."


def describe_idle(seconds: int) -> str:
    return (
        f"After {seconds_in_words(seconds)} without keyboard or mouse input you count as "
        "away, and the counters stop."
    )


def describe_natural(on: bool) -> str:
    if on:
        return "Time away as long as a break counts as that break, so none greets you on return."
    return "Time away stops the counters, but never counts as a break."


def describe_hold(on: bool, max_min: int) -> str:
    if on:
        return (
            "While a full-screen app, do not disturb or a call is on, a due break waits, "
            f"for at most {count_of(max_min, 'minute')}."
        )
    return "A due break comes even during a full-screen app, do not disturb or a call."


def describe_active_hours(on: bool, any_day: bool) -> str:
    if not on:
        return "Reminders come at any hour of any day."
    if not any_day:
        return "No day is checked, so no reminder would ever come. Check a day, or turn this off."
    return "Reminders come only within these hours. An end of 00:00 means midnight."


def describe_volume(percent: int) -> str:
    if percent == 0:
        return "The break window makes no sound."
    return f"Soft sounds mark each step of a routine, at {percent}% loudness."


def describe_on_top(on: bool) -> str:
    if on:
        return "No other window can cover the break window."
    return "Other windows may cover the break window."


def describe_leave_out(names: Sequence[str]) -> str:
    if not names:
        return (
            "Check an exercise you cannot do at your desk, such as one that needs a wall, "
            "to leave it out of every routine."
        )
    verb = "is" if len(names) == 1 else "are"
    return f"{joined(names)} {verb} left out of every routine."
