"""What the break window says: the words for each moment of a routine, and the summary.

Kept out of the window so every sentence a user reads is tested without a display, and
so the window only places text. Second person, short, plain words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from posture_break.core.i18n import Context
from posture_break.core.playback import Done, Outcome, PlayerView
from posture_break.core.routines import Exercise, Phase, Posture, Routine, Side, Sides
from posture_break.core.timeline import SegmentKind, sides_played

CoachWords = Context("CoachWords")


def safety_note() -> str:
    """The note shown before the first routine, and in About."""
    return CoachWords.tr(
        "The stretches in this app are for information and habit, not medical advice. "
        "A stretch should feel like a mild pull. Sharp pain means stop. "
        "After a recent accident or injury with severe pain, do not exercise: see a "
        "professional first. Pain that spreads into an arm, numbness, tingling or headaches "
        "are reasons to see a professional too."
    )


def needs(exercise: Exercise) -> str:
    """What to have at hand, "You need: a wall", read before moving; "" for nothing."""
    if not exercise.equipment:
        return ""
    #: Before an exercise, what to have at hand: "You need: a wall".
    return CoachWords.tr("You need: {things}").format(things="; ".join(exercise.equipment))


@dataclass(frozen=True)
class Moment:
    """The changing words of the play page.

    `big` is the large countdown ("25", "Rep 3"), `caption` says what it counts,
    `beat` is the tempo within a repetition as (seconds into the rep, seconds per rep),
    None when not doing reps or when `phase` names the part of the rep instead.
    """

    side: str  # "Your left side", "Both sides", "" for exercises without sides
    big: str
    caption: str
    beat: tuple[int, int] | None
    phase: PhaseNow | None = None


@dataclass(frozen=True)
class PhaseNow:
    """The part of a repetition under way: its word ("Hold"), its whole seconds left,
    the current one counted (3, 2, 1), its length in seconds, and its place in the
    repetition from 1 (the picture's frame is keyed by the place, not by the word,
    which each language writes its own way)."""

    word: str
    left_s: int
    seconds: int
    number: int


def phase_now(phases: tuple[Phase, ...], into_rep: int) -> PhaseNow | None:
    """The phase `into_rep` whole seconds into a repetition; None without phases."""
    start = 0
    for number, phase in enumerate(phases, start=1):
        if into_rep < start + phase.seconds:
            left = start + phase.seconds - into_rep
            return PhaseNow(phase.word, left, phase.seconds, number)
        start += phase.seconds
    return None


def side_label(exercise: Exercise, side: Side | None) -> str:
    """The side in words under the picture: the user's own, as in a mirror."""
    if side is Side.LEFT:
        return CoachWords.tr("Your left side")
    if side is Side.RIGHT:
        return CoachWords.tr("Your right side")
    return CoachWords.tr("Both sides") if exercise.sides is Sides.BOTH else ""


def side_tag(side: Side | None) -> str:
    """The letter the picture carries at the working side, "" without one."""
    if side is Side.LEFT:
        #: The letter on the exercise picture at the left side: Left.
        return CoachWords.tr("L")
    if side is Side.RIGHT:
        #: The letter on the exercise picture at the right side: Right.
        return CoachWords.tr("R")
    return ""


# "{left words|right words}" in a step or cue: the text for the side being worked.
_SIDE_CHOICE = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")


def for_side(text: str, side: Side | None) -> str:
    """`text` with each "{left|right}" choice made for `side`.

    Content files name the side this way so that every language can write both forms
    whole ("your left shoulder", "Ihrer linken Schulter"). Without a side the text
    stays as written: only left-and-right exercises are played with one.
    """
    if side is None:
        return text
    chosen = 1 if side is Side.LEFT else 2
    return _SIDE_CHOICE.sub(lambda match: match.group(chosen), text)


def moment(view: PlayerView) -> Moment:
    """The words for what the player shows now."""
    side = side_label(view.exercise, view.side)
    seconds = str(view.remaining_s)
    sets = ""
    if view.sets > 1:
        #: Which set of an exercise comes or is under way, "set 2 of 3".
        sets = CoachWords.tr("set {number} of {count}").format(number=view.set_no, count=view.sets)
    kind = view.kind
    if kind is SegmentKind.PREPARE:
        if view.step_no == 1:
            caption = CoachWords.tr("Get ready")
        else:
            caption = CoachWords.tr("Next: {exercise}").format(exercise=view.exercise.name)
        return Moment(side, seconds, _join(caption, _position_hint(view)), None)
    if kind is SegmentKind.SWITCH_SIDES:
        return Moment(side, seconds, _switch_sides(view.side), None)
    if kind is SegmentKind.REST:
        rest = CoachWords.tr("Rest. Next: set {number} of {count}")
        return Moment(side, seconds, rest.format(number=view.set_no, count=view.sets), None)
    if kind is SegmentKind.HOLD:
        return Moment(side, seconds, _join(CoachWords.tr("Hold"), sets), None)
    if kind is SegmentKind.REPS:
        into_set = view.reps * view.rep_s - view.remaining_s
        into_rep = min(view.rep_s - 1, into_set - (view.rep - 1) * view.rep_s)
        rep = CoachWords.tr("Repetition {number} of {count}")
        caption = _join(rep.format(number=view.rep, count=view.reps), sets)
        phases = view.exercise.phases
        # A routine may give the exercise another rep_s; its phases then no longer fit.
        if phases and sum(phase.seconds for phase in phases) == view.rep_s:
            phase = phase_now(phases, max(0, into_rep))
            return Moment(side, str(view.rep), caption, None, phase)
        return Moment(side, str(view.rep), caption, (max(0, into_rep), view.rep_s))
    return Moment("", "", CoachWords.tr("Done"), None)


def _switch_sides(coming: Side | None) -> str:
    if coming is Side.LEFT:
        return CoachWords.tr("Switch sides: now your left side")
    if coming is Side.RIGHT:
        return CoachWords.tr("Switch sides: now your right side")
    return CoachWords.tr("Switch sides: now your other side")


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
    if view.exercise.posture is Posture.STANDING:
        return CoachWords.tr("stand up")
    if view.exercise.posture is Posture.AT_A_WALL:
        return CoachWords.tr("stand against a wall")
    return CoachWords.tr("sit tall")


def _join(*parts: str) -> str:
    return " · ".join(part for part in parts if part)


def step_heading(view: PlayerView) -> str:
    exercise = CoachWords.tr("Exercise {number} of {count}")
    return exercise.format(number=view.step_no, count=view.step_count)


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
        headline = CoachWords.tr("Well done. You finished {routine} in {time}.")
    elif outcome.completed:
        headline = CoachWords.tr("You reached the end of {routine} in {time}, skipping some of it.")
    elif outcome.done:
        headline = CoachWords.tr("You stopped early, after {time}. Every bit helps.")
    else:
        headline = CoachWords.tr("You stopped before the first exercise. Maybe next time.")
    headline = headline.format(routine=routine.name, time=spent)
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
    parts = [_sets_done(entry) for entry in group]
    seconds = sum(entry.seconds for entry in group)
    #: One exercise on the finish page, "Chin tuck: 1 set (25 s)".
    line = CoachWords.tr("{exercise}: {sets} ({time})")
    return line.format(
        exercise=group[0].exercise.name, sets=", ".join(parts), time=_duration(seconds)
    )


def _sets_done(entry: Done) -> str:
    """ "3 sets", "1 of 3 sets", "part of a set"; with the side first when it has one."""
    if entry.sets_done >= entry.sets:
        sets = CoachWords.tr("%n set(s)", None, entry.sets)
    elif entry.sets_done == 0:
        sets = CoachWords.tr("part of a set")
    else:
        sets = CoachWords.tr("{done} of %n set(s)", None, entry.sets)
        sets = sets.format(done=entry.sets_done)
    if entry.side is Side.LEFT:
        #: The sets done on the left, "left 3 sets".
        return CoachWords.tr("left {sets}").format(sets=sets)
    if entry.side is Side.RIGHT:
        #: The sets done on the right, "right 1 of 3 sets".
        return CoachWords.tr("right {sets}").format(sets=sets)
    return sets


def _duration(seconds: int) -> str:
    minutes, seconds = divmod(seconds, 60)
    if minutes:
        return CoachWords.tr("{minutes} min {seconds} s").format(
            minutes=minutes, seconds=f"{seconds:02d}"
        )
    return CoachWords.tr("{seconds} s").format(seconds=seconds)
