"""The words the break window shows, for holds, repetitions, pauses and the finish."""

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from posture_break.core.coach import (
    PhaseNow,
    cue_for,
    for_side,
    moment,
    needs,
    safety_note,
    side_tag,
    summary,
)
from posture_break.core.playback import Player
from posture_break.core.routine_loader import load_catalog
from posture_break.core.routines import Dose, Routine, RoutineItem, Side
from tests.helpers.fake_clock import FakeClock

CATALOG, _ = load_catalog(Path(__file__).resolve().parents[2] / "resources")


def play(routine_id):
    clock = FakeClock(datetime(2026, 3, 10, 14, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    player = Player(CATALOG.routine(routine_id), clock)
    player.start()
    return player, clock


def words_at(player, clock, seconds):
    clock.advance(seconds=seconds)
    return moment(player.view())


def test_a_rep_counts_up_and_names_its_phases_as_they_come():
    player, clock = play("rhomboid-relief")  # the row first: 2 x 10 reps of 5 s, standing
    assert words_at(player, clock, 0).caption == "Get ready · stand up"
    first = words_at(player, clock, 15)  # standing up from the desk takes 15 s
    assert (first.big, first.caption, first.phase, first.beat) == (
        "1",
        "Repetition 1 of 10 · set 1 of 2",
        PhaseNow("Up", 2, 2, 1),
        None,  # the phase in words stands in for the dots
    )
    assert first.side == "Both sides"
    # up 2 s, pause 1 s, down 2 s; then the next repetition begins with "Up" again
    later = [words_at(player, clock, 1) for _ in range(5)]
    assert [(w.big, w.phase) for w in later] == [
        ("1", PhaseNow("Up", 1, 2, 1)),
        ("1", PhaseNow("Pause", 1, 1, 2)),
        ("1", PhaseNow("Down", 2, 2, 3)),
        ("1", PhaseNow("Down", 1, 2, 3)),
        ("2", PhaseNow("Up", 2, 2, 1)),
    ]


def test_a_held_phase_counts_down_its_seconds():
    player, clock = play("posture-reset")  # the chin tuck: back 1 s, hold 3 s, release 1 s
    words = [words_at(player, clock, 10 if second == 0 else 1) for second in range(6)]
    assert [(w.big, w.phase) for w in words] == [
        ("1", PhaseNow("Back", 1, 1, 1)),
        ("1", PhaseNow("Hold", 3, 3, 2)),
        ("1", PhaseNow("Hold", 2, 3, 2)),
        ("1", PhaseNow("Hold", 1, 3, 2)),
        ("1", PhaseNow("Release", 1, 1, 3)),
        ("2", PhaseNow("Back", 1, 1, 1)),
    ]


def test_the_phases_are_in_the_language_of_the_texts():
    german, _ = load_catalog(Path(__file__).resolve().parents[2] / "resources", language="de")
    chin = german.exercise("chin-tuck")
    assert [(phase.word, phase.seconds) for phase in chin.phases] == [
        ("Zurück", 1),
        ("Halten", 3),
        ("Lösen", 1),
    ]


def _row_routine(phases, rep_s):
    row = CATALOG.exercise("rhomboid-row")
    dose = Dose(reps=3, rep_s=rep_s)
    return Routine("row", "Row", "", (RoutineItem(replace(row, phases=phases), dose),))


@pytest.mark.parametrize(
    ("phases", "rep_s"),
    [
        ((), 4),  # an exercise without phases
        (CATALOG.exercise("rhomboid-row").phases, 6),  # a routine's slower tempo: 5 s no longer fit
    ],
)
def test_without_phases_that_fit_a_rep_beats_through_its_seconds(phases, rep_s):
    clock = FakeClock(datetime(2026, 3, 10, 14, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    player = Player(_row_routine(phases, rep_s), clock)
    player.start()
    first = words_at(player, clock, 15)
    assert (first.big, first.beat, first.phase) == ("1", (0, rep_s), None)
    assert words_at(player, clock, 2).beat == (2, rep_s)


def test_rests_and_side_switches_say_what_comes_next():
    player, _ = play("full-upper-back")
    words = [moment(player.view())]
    while not player.view().finished:
        player.skip()
        words.append(moment(player.view()))
    captions = [w.caption for w in words]
    assert "Rest. Next: set 2 of 2" in captions
    assert "Switch sides: now your right side" in captions
    assert "Next: Levator scapulae stretch · sit tall" in captions
    assert "Next: Bent-over rhomboid row · stand up" in captions
    assert "Next: Wall neck side bend · stand against a wall" in captions


def test_the_summary_says_what_was_done_and_what_was_left():
    player, clock = play("desk-neck")
    clock.advance(seconds=10 + 30 + 5 + 12)  # the left side done, 12 s into the right
    done = summary(player.routine, player.stop())
    assert done.headline == "You stopped early, after 57 s. Every bit helps."
    assert done.lines == ("Upper trapezius stretch: left 1 set, right part of a set (42 s)",)
    assert "5 kg" in done.why  # the fact of the exercise that was done


def test_the_summary_of_a_whole_routine():
    player, clock = play("posture-reset")
    clock.advance(minutes=5)
    done = summary(player.routine, player.record())
    assert done.headline == "Well done. You finished Posture reset in 1 min 20 s."
    assert done.lines == (
        "Chin tuck: 1 set (25 s)",
        "Upper trapezius stretch: left 1 set, right 1 set (30 s)",
    )


def test_sounds_mark_each_set_each_side_switch_and_the_end():
    player, clock = play("posture-reset")
    before = player.view()
    cues = []
    for _ in range(90):  # second by second, as the window's timer would
        clock.advance(seconds=1)
        now = player.view()
        cue = cue_for(before, now)
        if cue:
            cues.append((round(clock.elapsed() - 1000), cue))
        before = now
    assert cues == [
        (10, "start"),  # the chin tucks begin after 10 s to get ready
        (35, "set-done"),  # 5 reps of 5 s, then "next"
        (45, "start"),  # left side
        (60, "switch"),
        (65, "start"),  # right side
        (80, "finish"),
    ]


def test_each_side_is_the_users_own_in_words_and_letter():
    player, clock = play("posture-reset")  # chin tuck, then the trapezius stretch
    clock.advance(seconds=10 + 25)
    upcoming = moment(player.view())  # "next": the left side comes first
    assert upcoming.side == "Your left side"
    clock.advance(seconds=10 + 15)
    assert moment(player.view()).caption == "Switch sides: now your right side"
    assert moment(player.view()).side == "Your right side"
    assert (side_tag(Side.LEFT), side_tag(Side.RIGHT), side_tag(None)) == ("L", "R", "")


def test_a_step_names_the_side_being_worked():
    step = "Tip your {left|right} ear to your {left|right} shoulder; your {right|left} one sinks."
    assert for_side(step, Side.LEFT) == (
        "Tip your left ear to your left shoulder; your right one sinks."
    )
    assert for_side(step, Side.RIGHT) == (
        "Tip your right ear to your right shoulder; your left one sinks."
    )
    # A user's file in the older wording has no choices and reads as written.
    old = "Tip your ear toward your shoulder on the side shown."
    assert for_side(old, Side.LEFT) == old


def test_what_an_exercise_needs_is_said_before_it_starts():
    assert needs(CATALOG.exercise("wall-neck-side-bend")) == "You need: a wall"
    thoracic = needs(CATALOG.exercise("thoracic-extension"))
    assert thoracic.startswith("You need: a chair with a firm back")
    assert needs(CATALOG.exercise("chin-tuck")) == ""  # nothing to fetch, nothing said


def test_the_safety_note_says_not_to_exercise_a_fresh_injury():
    assert (
        "After a recent accident or injury with severe pain, do not exercise: see a "
        "professional first." in safety_note()
    )
