"""The words the break window shows, for holds, repetitions, pauses and the finish."""

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from posture_break.core.coach import (
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
from posture_break.core.routines import Side
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


def test_a_rep_counts_up_and_beats_through_its_seconds():
    player, clock = play("rhomboid-relief")  # the row first: 2 x 10 reps of 4 s, standing
    assert words_at(player, clock, 0).caption == "Get ready · stand up"
    first = words_at(player, clock, 15)  # standing up from the desk takes 15 s
    assert (first.big, first.caption, first.beat) == (
        "1",
        "Repetition 1 of 10 · set 1 of 2",
        (0, 4),
    )
    third_second = words_at(player, clock, 2)
    assert third_second.beat == (2, 4)
    assert words_at(player, clock, 2).big == "2"
    assert first.side == "Both sides"


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
