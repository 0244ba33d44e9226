"""What each settings control means, in words: the line under it in the settings dialog.

Plain functions of values, so what the dialog says is tested without widgets. They word
through a Context (core/i18n.py), as most of them count something.
"""

from __future__ import annotations

from collections.abc import Sequence

from posture_break.core.i18n import Context
from posture_break.core.schedule import Schedule
from posture_break.core.timeline import whole_minutes

SettingsWords = Context("SettingsWords")


def seconds_in_words(seconds: int) -> str:
    """Seconds up to two minutes, then minutes: "90 seconds", "2 minutes 30 seconds"."""
    minutes, rest = divmod(seconds, 60)
    if seconds < 120:
        return SettingsWords.tr("%n second(s)", None, seconds)
    if not rest:
        return SettingsWords.tr("%n minute(s)", None, minutes)
    #: A duration, "2 minutes 30 seconds"
    both = SettingsWords.tr("{minutes} {seconds}")
    return both.format(
        minutes=SettingsWords.tr("%n minute(s)", None, minutes),
        seconds=SettingsWords.tr("%n second(s)", None, rest),
    )


def joined(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(names) == 1:
        return names[0]
    #: The end of a list of names, "A, B and C": first is "A, B", last is "C"
    return SettingsWords.tr("{first} and {last}").format(
        first=", ".join(names[:-1]), last=names[-1]
    )


def describe_stretch(every_min: int, shortest_s: float | None) -> str:
    if shortest_s is None:
        return SettingsWords.tr(
            "A stretch break every %n minute(s) of active work.", None, every_min
        )
    text = SettingsWords.tr(
        "A {length}-minute stretch every %n minute(s) of active work.", None, every_min
    )
    return text.format(length=whole_minutes(shortest_s))


def describe_routines(names: Sequence[str]) -> str:
    if not names:
        return SettingsWords.tr(
            "None of these is checked, so stretch breaks take turns with the usual routines."
        )
    if len(names) == 1:
        text = SettingsWords.tr(
            "Every stretch break is {routine}. At least one routine stays checked."
        )
        return text.format(routine=names[0])
    return SettingsWords.tr("Stretch breaks take turns with {routines}.").format(
        routines=joined(names)
    )


def describe_micro(every_min: int, stretch_min: int, routine: tuple[str, float]) -> str:
    """What a micro break is; at its limit, also why it can go no higher."""
    if every_min == 0:
        return SettingsWords.tr("Micro breaks are off.")
    name, length_s = routine
    within = SettingsWords.tr("%n minute(s)", None, round(Schedule().absorb_s / 60))
    if name:
        #: {routine} is the name of the micro break's routine, such as "Posture reset"
        text = SettingsWords.tr(
            "A {length}-minute {routine} every %n minute(s), "
            "unless a stretch break is due within {within}.",
            None,
            every_min,
        )
    else:
        text = SettingsWords.tr(
            "A micro break every %n minute(s), unless a stretch break is due within {within}.",
            None,
            every_min,
        )
    text = text.format(length=whole_minutes(length_s), routine=name, within=within)
    if every_min >= stretch_min - 1:
        most = SettingsWords.tr(
            "Micro breaks come more often than stretch breaks, so this is the most."
        )
        text = f"{text} {most}"
    return text


def describe_heads_up(seconds: int) -> str:
    if seconds == 0:
        return SettingsWords.tr("No notification before a break: it simply comes.")
    text = SettingsWords.tr("A notification {duration} before each break.")
    return text.format(duration=seconds_in_words(seconds))


def describe_snooze(minutes: int, limit: int) -> str:
    if limit == 0:
        return SettingsWords.tr("Breaks cannot be put off.")
    if limit == 1:
        return SettingsWords.tr("You can put a break off once, for %n minute(s).", None, minutes)
    text = SettingsWords.tr(
        "You can put a break off {limit} times in a row, %n minute(s) each time.", None, minutes
    )
    return text.format(limit=limit)


def describe_skip(allowed: bool) -> str:
    if allowed:
        return SettingsWords.tr("A break you do not want can be let go with Skip.")
    return SettingsWords.tr(
        "Breaks have no Skip: a break is taken, or put off while that is allowed."
    )


def describe_idle(seconds: int) -> str:
    text = SettingsWords.tr(
        "After {duration} without keyboard or mouse input you count as away, and the counters stop."
    )
    return text.format(duration=seconds_in_words(seconds))


def describe_natural(on: bool) -> str:
    if on:
        return SettingsWords.tr(
            "Time away as long as a break counts as that break, so none greets you on return."
        )
    return SettingsWords.tr("Time away stops the counters, but never counts as a break.")


def describe_hold(on: bool, max_min: int) -> str:
    if on:
        return SettingsWords.tr(
            "While a full-screen app, do not disturb or a call is on, a due break waits, "
            "for at most %n minute(s).",
            None,
            max_min,
        )
    return SettingsWords.tr(
        "A due break comes even during a full-screen app, do not disturb or a call."
    )


def describe_active_hours(on: bool, any_day: bool) -> str:
    if not on:
        return SettingsWords.tr("Reminders come at any hour of any day.")
    if not any_day:
        return SettingsWords.tr(
            "No day is checked, so no reminder would ever come. Check a day, or turn this off."
        )
    return SettingsWords.tr(
        "Reminders come only within these hours. An end of 00:00 means midnight."
    )


def describe_volume(percent: int) -> str:
    if percent == 0:
        return SettingsWords.tr("The break window makes no sound.")
    text = SettingsWords.tr("Soft sounds mark each step of a routine, at {percent}% loudness.")
    return text.format(percent=percent)


def describe_on_top(on: bool) -> str:
    if on:
        return SettingsWords.tr("No other window can cover the break window.")
    return SettingsWords.tr("Other windows may cover the break window.")


def describe_voice(on: bool) -> str:
    if on:
        return SettingsWords.tr(
            "A voice says each exercise and side, when to hold and switch, and counts the "
            "last seconds of a hold, for when your head is turned away. It speaks through "
            "spd-say or espeak-ng."
        )
    return SettingsWords.tr("No voice. The Voice button in the break window turns it on too.")


def describe_pause_media(on: bool) -> str:
    if on:
        return SettingsWords.tr(
            "Music and videos that are playing pause when a routine starts, and play on "
            "when its window closes."
        )
    return SettingsWords.tr("Music and videos play on during a routine.")


def describe_leave_out(names: Sequence[str]) -> str:
    if not names:
        return SettingsWords.tr(
            "Check an exercise you cannot do at your desk, such as one that needs a wall, "
            "to leave it out of every routine."
        )
    if len(names) == 1:
        text = SettingsWords.tr("{exercises} is left out of every routine.")
    else:
        text = SettingsWords.tr("{exercises} are left out of every routine.")
    return text.format(exercises=joined(names))
