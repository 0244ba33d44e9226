"""What the break window says: the words for each moment of a routine, and the summary.

Kept out of the window so every sentence a user reads is tested without a display, and
so the window only places text. Second person, short, plain words.
"""

from __future__ import annotations

from dataclasses import dataclass

from posture_break.core.playback import Done, Outcome, PlayerView, SegmentKind, sides_played
from posture_break.core.routines import Exercise, Posture, Routine, Side, Sides

SAFETY_NOTE = (
    "The stretches in this app are for information and habit, not medical advice. "
    "A stretch should feel like a mild pull. Sharp pain means stop. "
    "Pain that spreads into an arm, numbness, tingling or headaches are reasons to see "
    "a professional, and so is a fresh injury."
)

_SIDE_NAMES = {Side.LEFT: "left", Side.RIGHT: "right"}


@dataclass(frozen=True)
class Moment:
    """The changing words of the play page.

    `big` is the large countdown ("25", "Rep 3"), `caption` says what it counts,
    `beat` is the tempo within a repetition as (seconds into the rep, seconds per rep),
    None when not doing reps.
    """

    side: str  # "Left side", "Both sides", "" for exercises without sides
    big: str
    caption: str
    beat: tuple[int, int] | None


def side_label(exercise: Exercise, side: Side | None) -> str:
    if side is not None:
        return f"{_SIDE_NAMES[side].capitalize()} side"
    return "Both sides" if exercise.sides is Sides.BOTH else ""


def moment(view: PlayerView) -> Moment:
    """The words for what the player shows now."""
    side = side_label(view.exercise, view.side)
    seconds = str(view.remaining_s)
    sets = f"set {view.set_no} of {view.sets}" if view.sets > 1 else ""
    kind = view.kind
    if kind is SegmentKind.PREPARE:
        caption = "Get ready" if view.step_no == 1 else f"Next: {view.exercise.name}"
        return Moment(side, seconds, _join(caption, _position_hint(view)), None)
    if kind is SegmentKind.SWITCH_SIDES:
        other = _SIDE_NAMES[view.side] if view.side else "other"
        return Moment(side, seconds, f"Switch sides: now your {other} side", None)
    if kind is SegmentKind.REST:
        return Moment(side, seconds, f"Rest. Next: {sets}", None)
    if kind is SegmentKind.HOLD:
        return Moment(side, seconds, _join("Hold", sets), None)
    if kind is SegmentKind.REPS:
        into_set = view.reps * view.rep_s - view.remaining_s
        into_rep = min(view.rep_s - 1, into_set - (view.rep - 1) * view.rep_s)
        caption = _join(f"Repetition {view.rep} of {view.reps}", sets)
        return Moment(side, str(view.rep), caption, (max(0, into_rep), view.rep_s))
    return Moment("", "", "Done", None)


def cue_for(before: PlayerView | None, now: PlayerView) -> str | None:
    """The sound for moving from `before` to `now`, if the move deserves one: a set
    begins ("start"), a set is done ("set-done"), sides switch ("switch"), the routine
    ends ("finish"). Sounds let a user follow with their eyes closed or head turned."""
    if before is None or (before.kind, before.step_no, before.side, before.set_no) == (
        now.kind, now.step_no, now.side, now.set_no,
    ):  # fmt: skip
        return None
    if now.finished:
        return "finish"
    if now.kind is SegmentKind.SWITCH_SIDES:
        return "switch"
    if now.kind in _WORK and before.kind not in _WORK:
        return "start"
    if now.kind is SegmentKind.REST or (before.kind in _WORK and now.kind not in _WORK):
        return "set-done"
    return None


_WORK = (SegmentKind.HOLD, SegmentKind.REPS)


def _position_hint(view: PlayerView) -> str:
    return "stand up" if view.exercise.posture is Posture.STANDING else "sit tall"


def _join(*parts: str) -> str:
    return " · ".join(part for part in parts if part)


def step_heading(view: PlayerView) -> str:
    return f"Exercise {view.step_no} of {view.step_count}"


@dataclass(frozen=True)
class Summary:
    """The finish page: a headline, one line per exercise done, and one fact."""

    headline: str
    lines: tuple[str, ...]
    why: str


def summary(routine: Routine, outcome: Outcome) -> Summary:
    """What was done, in words, with one "why this helps" fact from what was done."""
    spent = _duration(outcome.active_s)
    everything = sum(
        item.dose.sets * len(sides_played(item.exercise.sides)) for item in routine.items
    )
    if outcome.completed and sum(done.sets_done for done in outcome.done) >= everything:
        headline = f"Well done. You finished {routine.name} in {spent}."
    elif outcome.completed:
        headline = f"You reached the end of {routine.name} in {spent}, skipping some of it."
    elif outcome.done:
        headline = f"You stopped early, after {spent}. Every bit helps."
    else:
        headline = "You stopped before the first exercise. Maybe next time."
    lines = tuple(_done_line(group) for group in _by_exercise(outcome.done))
    facts = [done.exercise.why for done in outcome.done if done.exercise.why]
    if not facts:
        facts = [item.exercise.why for item in routine.items if item.exercise.why]
    # One fact, different from run to run of a routine, yet the same for the same
    # outcome so the page does not change while it is shown.
    why = facts[outcome.active_s % len(facts)] if facts else ""
    return Summary(headline, lines, why)


def _by_exercise(done: tuple[Done, ...]) -> list[list[Done]]:
    groups: dict[str, list[Done]] = {}
    for entry in done:
        groups.setdefault(entry.exercise.id, []).append(entry)
    return list(groups.values())


def _done_line(group: list[Done]) -> str:
    """ "Upper trapezius stretch: left 3 sets, right 1 of 3 sets (2 min 40 s)"."""
    parts = []
    for entry in group:
        if entry.sets_done >= entry.sets:
            sets = "1 set" if entry.sets == 1 else f"{entry.sets} sets"
        elif entry.sets_done == 0:
            sets = "part of a set"
        else:
            sets = f"{entry.sets_done} of {entry.sets} sets"
        parts.append(f"{_SIDE_NAMES[entry.side]} {sets}" if entry.side else sets)
    seconds = sum(entry.seconds for entry in group)
    return f"{group[0].exercise.name}: {', '.join(parts)} ({_duration(seconds)})"


def _duration(seconds: int) -> str:
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"
