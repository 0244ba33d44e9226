"""What the user's settings put in effect: the planner's schedule and the routines.

One recipe for start-up (app.py) and for a change made in the settings window
(live_settings.py), so that the two can never disagree.
"""

from __future__ import annotations

from typing import NamedTuple

from posture_break.core.active_hours import ActiveHours
from posture_break.core.catalog import Catalog
from posture_break.core.routines import Routine
from posture_break.core.schedule import Schedule
from posture_break.core.settings import Settings
from posture_break.core.timeline import routine_length_s


class InEffect(NamedTuple):
    schedule: Schedule
    catalog: Catalog  # the routines with the exercises the user leaves out taken out
    micro: Routine | None  # the routine of a micro break, if any loaded


def in_effect(settings: Settings, full_catalog: Catalog, time_scale: float = 1.0) -> InEffect:
    """`full_catalog`: every routine that loaded. `time_scale` below 1 plays the
    schedule faster (demonstrations and tests on a real desktop)."""
    catalog = full_catalog.without(settings.leave_out)
    schedule = schedule_for(settings, catalog)
    return InEffect(schedule.scaled(time_scale), catalog, catalog.routine(schedule.micro_routine))


def schedule_for(settings: Settings, catalog: Catalog) -> Schedule:
    """The planner's numbers from the user's settings and the routines' real lengths.

    `catalog` is the one in use (exercises the user leaves out already taken out).
    Stretch routines that do not exist (a user's file that did not load) are passed
    over; if none is left, the shipped rotation, and failing that the micro routine."""
    base = Schedule()
    micro = catalog.routine(base.micro_routine) or catalog.default()
    stretches = [r for rid in settings.stretch_routines if (r := catalog.routine(rid))]
    if not stretches:
        stretches = [r for rid in base.stretch_routines if (r := catalog.routine(rid))]
    stretch_lengths = [routine_length_s(routine) for routine in stretches]
    week = settings.active_week()
    return Schedule(
        stretch_every_s=settings.stretch_every_min * 60,
        micro_every_s=settings.micro_every_min * 60,
        idle_after_s=settings.idle_after_s,
        heads_up_s=settings.heads_up_s,
        snooze_s=settings.snooze_min * 60,
        snooze_limit=settings.snooze_limit,
        hold_max_s=settings.hold_max_min * 60 if settings.hold_when_busy else 0,
        micro_routine=micro.id if micro else base.micro_routine,
        micro_length_s=routine_length_s(micro) if micro else base.micro_length_s,
        stretch_routines=tuple(r.id for r in stretches) or ((micro.id,) if micro else ()),
        stretch_length_s=min(stretch_lengths, default=base.stretch_length_s),
        can_skip=settings.allow_skip,
        natural_breaks=settings.natural_breaks,
        active_hours=None if week is None else ActiveHours(week),
    )
