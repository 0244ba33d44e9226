"""The tray's line about the next break, in words, from what the planner knows.

Apart from the planner so that deciding and wording stay apart: the planner says
where things stand (paused, away, held, the kind and time of the next break), this
says it to the user.
"""

from __future__ import annotations

import math

from posture_break.core.i18n import translate
from posture_break.core.planner import Phase, Planner, PlannerWords


def status_line(planner: Planner) -> str | None:
    """ "Stretch break in 23 min" and the like; None when the pause status says it all
    (the user paused reminders, and the tray says until when)."""
    if planner.closed.user_paused():
        return None
    if planner.closed.closed():
        return planner.closed.line()
    if planner.away:
        return PlannerWords.tr("You are away: that counts as a break")
    if planner.phase is Phase.OFFERED:
        return PlannerWords.tr("Break in progress")
    if planner.held_for is not None:
        # The busy probe's reasons are marked for translation in the "BusyReasons"
        # context (adapters/busy_probe.py).
        reason = translate("BusyReasons", planner.held_for)
        #: The reason is the busy probe's, such as "full-screen app".
        return PlannerWords.tr("Waiting: {reason}").format(reason=reason)
    coming = planner.coming()
    if coming is None:
        return None
    kind, in_s = coming
    if in_s <= 0:
        return kind.pick(PlannerWords.tr("Micro break now"), PlannerWords.tr("Stretch break now"))
    if in_s < 60:
        return kind.pick(
            PlannerWords.tr("Micro break in less than a minute"),
            PlannerWords.tr("Stretch break in less than a minute"),
        )
    line = kind.pick(
        PlannerWords.tr("Micro break in {minutes} min"),
        PlannerWords.tr("Stretch break in {minutes} min"),
    )
    return line.format(minutes=math.ceil(in_s / 60))
