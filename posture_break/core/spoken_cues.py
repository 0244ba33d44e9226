"""What the optional voice says, and when: for a user whose head is turned away.

During a neck stretch the user cannot look at the screen, so the voice says what the
window would have shown them: the exercise and its side while getting ready, "Hold"
when a hold begins, the last three seconds of it, "Switch sides" and "Done". In
repetitions with phases each phase's word is said as it begins ("Back", "Hold",
"Release"), as the window names it; without phases, "Begin" starts the set. A word a
second is as often as it gets (the shortest phase is 1 s), and newer words cut older
ones short (adapters/voice.py), so the voice never falls behind the movement. Like
coach.cue_for it is decided from two views of the player in a row (before, now), the
ones the break window shows, so it follows pauses, skips and a machine that slept
exactly as the window does; what says it (adapters/voice.py) only speaks.

Numbers are spoken as words ("three"): a speech engine reads digits in its own
language, which may not be the window's.
"""

from __future__ import annotations

from posture_break.core.coach import moment
from posture_break.core.i18n import Context
from posture_break.core.playback import PlayerView
from posture_break.core.routines import Side
from posture_break.core.timeline import SegmentKind

SpokenWords = Context("SpokenWords")

COUNTDOWN_FROM = 3  # the last seconds of a hold that are counted out loud


def voice_language() -> str:
    """The language code the speech engine is asked for, that of the words it says."""
    #: The language code of this translation for the speech engine (spd-say -l,
    #: espeak-ng -v): "de" for German. Only the code, nothing else.
    return SpokenWords.tr("en")


def spoken_for(before: PlayerView | None, now: PlayerView) -> str | None:
    """What to say on moving from `before` to `now` (None: the first view), or None.

    A new segment says what it is; within a hold, each of its last three seconds is
    counted. Pausing, resuming and a redraw within the same second say nothing."""
    if now.paused:
        return None
    if before is None or _segment(before) != _segment(now):
        return _on_entering(now)
    if (
        now.kind is SegmentKind.HOLD
        and now.remaining_s != before.remaining_s
        and 1 <= now.remaining_s <= COUNTDOWN_FROM
    ):
        return _number(now.remaining_s)
    if now.kind is SegmentKind.REPS and now.remaining_s != before.remaining_s:
        return _phase_begun(now)
    return None


def _segment(view: PlayerView) -> tuple[object, ...]:
    return (view.kind, view.step_no, view.side, view.set_no, view.finished)


def _on_entering(view: PlayerView) -> str | None:
    kind = view.kind
    if view.finished:
        return SpokenWords.tr("Done")
    if kind is SegmentKind.PREPARE:
        return _sentences(view.exercise.name, _side(view))
    if kind is SegmentKind.SWITCH_SIDES:
        return _sentences(SpokenWords.tr("Switch sides"), _side(view))
    if kind is SegmentKind.HOLD:
        return SpokenWords.tr("Hold")
    if kind is SegmentKind.REPS:
        #: Said when a set of repetitions begins.
        return _phase_begun(view) or SpokenWords.tr("Begin")
    if kind is SegmentKind.REST:
        return SpokenWords.tr("Rest")
    return None


def _phase_begun(view: PlayerView) -> str | None:
    """The word of the phase of a repetition that begins this second, if one does; it is
    the content's own word, already in the user's language."""
    phase = moment(view).phase
    return phase.word if phase is not None and phase.left_s == phase.seconds else None


def _side(view: PlayerView) -> str:
    """ "Left side", "Right side"; "" for an exercise without sides or done with both."""
    if view.side is Side.LEFT:
        return SpokenWords.tr("Left side")
    if view.side is Side.RIGHT:
        return SpokenWords.tr("Right side")
    return ""


def _number(seconds: int) -> str:
    words = (SpokenWords.tr("One"), SpokenWords.tr("Two"), SpokenWords.tr("Three"))
    return words[seconds - 1]


def _sentences(*parts: str) -> str:
    """Parts as short sentences, so the speech engine pauses between them."""
    return " ".join(f"{part}." for part in parts if part)
