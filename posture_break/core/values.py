"""The values that cross the app's seams (core/ports.py): what a break is, how the user
answered it, how it ended, and what the tray shows.

They are immutable and carry no behaviour beyond naming their parts, so that each layer
can hold one without asking another what it means. A break in particular is decided once,
by the coordinator, and the very same value travels to the break window and back to the
history: nothing downstream looks its routine up again or guesses its kind.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

from posture_break.core.i18n import Context

if TYPE_CHECKING:
    from posture_break.core.routines import Routine

OfferWords = Context("OfferWords")


class BreakKind(Enum):
    MICRO = "micro"
    STRETCH = "stretch"

    def pick(self, micro: str, stretch: str) -> str:
        """The one of two sentences that is about this kind: a sentence is translated
        whole, never with the kind's name put into it."""
        return micro if self is BreakKind.MICRO else stretch


class Answer(Enum):
    """What the user chose on a reminder or on the break window's offer page."""

    START = "start"
    SNOOZE = "snooze"
    SKIP = "skip"


class BreakOutcome(Enum):
    """How a break ended, as the history keeps it (the values are stored)."""

    COMPLETED = "completed"  # the routine played to its end
    PARTIAL = "partial"  # some exercise, then stopped
    SKIPPED = "skipped"  # let go
    SNOOZED = "snoozed"  # put off for a few minutes
    NATURAL = "natural"  # away from the computer for at least the break's length


class Offer(NamedTuple):
    """How a due break is put to the user before it starts: the heading of the window's
    first page, and the ways to answer besides Start."""

    title: str
    snooze_min: int = 0  # minutes "later" puts it off by; 0: it cannot be put off (again)
    can_skip: bool = True

    @property
    def snooze_label(self) -> str:
        #: Puts the break off, on the reminder and in the break window: "In 5 minutes".
        return OfferWords.tr("In %n minute(s)", None, self.snooze_min)


class Break(NamedTuple):
    """One break, from the moment it is decided to its line in the history."""

    id: int  # unique while the app runs: tells an answer to this break from a stale one
    kind: BreakKind
    routine: Routine
    due_at: datetime | None = None  # when it was due (wall time); None: the user started it
    offer: Offer | None = None  # None: it starts at once, the user asked for it

    @property
    def scheduled(self) -> bool:
        """Brought by the schedule, so letting it go is a skip on record."""
        return self.due_at is not None


class BreakRecord(NamedTuple):
    """One break as the history keeps it: how it went, and when (wall time)."""

    at: datetime
    kind: BreakKind
    outcome: BreakOutcome
    routine_id: str | None = None
    seconds: int = 0  # of exercise, or of time away for a natural break
    due_at: datetime | None = None  # when the break was due, if it was scheduled


class StatusView(NamedTuple):
    """What the tray shows, and when that will change by itself."""

    line: str
    paused: bool
    changes_in_s: float | None  # None: nothing changes until someone acts
    tooltip: str = ""  # when it differs from `line`
