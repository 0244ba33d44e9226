"""What the voice says during a routine, and at which second, on a fake clock."""

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from posture_break.core import i18n
from posture_break.core.playback import Player
from posture_break.core.routine_loader import load_catalog
from posture_break.core.routines import Routine, RoutineItem
from posture_break.core.spoken_cues import spoken_for, voice_language
from posture_break.core.timeline import SegmentKind
from tests.helpers.fake_clock import FakeClock

CATALOG, _ = load_catalog(Path(__file__).resolve().parents[2] / "resources")


def started(routine_id):
    clock = FakeClock(datetime(2026, 3, 10, 14, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    player = Player(CATALOG.routine(routine_id), clock)
    player.start()
    return player, clock


def heard(player, clock, until_s=None):
    """(seconds into the routine, words) for every view the window would show, ticked
    as the window ticks: at each next_change()."""
    start = clock.elapsed()
    said, before = [], None
    while True:
        now = player.view()
        words = spoken_for(before, now)
        if words is not None:
            said.append((round(clock.elapsed() - start, 3), words))
        before = now
        due = player.next_change()
        if due is None or (until_s is not None and due - start > until_s):
            return said
        clock.advance(seconds=due - clock.elapsed())


def test_a_neck_stretch_is_talked_through_for_a_head_turned_away():
    player, clock = started("posture-reset")
    # five chin tucks from 10 s on, each: back 1 s, hold 3 s, release 1 s
    chin_tucks = [
        (10 + 5 * rep + at, word)
        for rep in range(5)
        for at, word in ((0, "Back"), (1, "Hold"), (4, "Release"))
    ]
    assert heard(player, clock) == [
        (0, "Chin tuck."),
        *chin_tucks,
        (35, "Upper trapezius stretch. Left side."),
        (45, "Hold"),
        (57, "Three"),
        (58, "Two"),
        (59, "One"),
        (60, "Switch sides. Right side."),
        (65, "Hold"),
        (77, "Three"),
        (78, "Two"),
        (79, "One"),
        (80, "Done"),
    ]


def test_a_set_without_phases_begins_with_begin_and_then_keeps_quiet():
    row = CATALOG.exercise("rhomboid-row")
    routine = Routine("rows", "Rows", "", (RoutineItem(replace(row, phases=()), row.dose),))
    clock = FakeClock(datetime(2026, 3, 10, 14, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    player = Player(routine, clock)
    player.start()
    said = heard(player, clock, until_s=15 + 50)  # getting ready, then 10 rows of 5 s
    assert said == [(0, "Bent-over rhomboid row."), (15, "Begin"), (65, "Rest")]


def test_a_pause_in_the_middle_of_a_phase_says_nothing_new_on_resuming():
    player, clock = started("posture-reset")
    clock.advance(seconds=10 + 2)  # the chin tuck's hold, one second in
    before = player.view()
    player.pause()
    clock.advance(seconds=30)
    player.resume()
    assert spoken_for(before, player.view()) is None
    clock.advance(seconds=2)
    assert spoken_for(before, player.view()) == "Release"


def test_rests_between_sets_are_said_and_each_set_counted_down():
    player, clock = started("full-upper-back")
    holds = sum(segment.kind is SegmentKind.HOLD for segment in player.segments)
    said = [words for _, words in heard(player, clock)]
    assert "Rest" in said
    assert said.count("Three") == holds  # every hold is longer than 3 s
    assert said[-1] == "Done"


def test_pausing_silences_the_countdown_and_resuming_goes_on_where_it_was():
    player, clock = started("desk-neck")
    clock.advance(seconds=10 + 26)  # four seconds left of the first hold
    before = player.view()
    player.pause()
    paused = player.view()
    assert spoken_for(before, paused) is None
    clock.advance(seconds=60)
    assert spoken_for(paused, player.view()) is None
    player.resume()
    resumed = player.view()
    assert spoken_for(paused, resumed) is None  # same second: nothing new to say
    clock.advance(seconds=1)
    assert spoken_for(resumed, player.view()) == "Three"


def test_a_skip_says_where_it_landed_and_a_long_sleep_only_where_it_woke():
    player, clock = started("desk-neck")
    first = player.view()
    player.skip()
    assert spoken_for(first, player.view()) == "Hold"
    before = player.view()
    clock.advance(seconds=48)  # asleep through the switch, into the right side's hold
    assert spoken_for(before, player.view()) == "Hold"


@pytest.fixture
def german():
    table = {
        "en": "de",
        "Hold": "Halten",
        "Left side": "Linke Seite",
        "Three": "Drei",
    }
    i18n.install(lambda context, text, *rest: table.get(text, text))
    yield
    i18n.install(None)


def test_the_voice_speaks_the_language_of_the_window(german):
    player, clock = started("desk-neck")
    said = dict((seconds, words) for seconds, words in heard(player, clock, until_s=40))
    assert (said[10], said[37]) == ("Halten", "Drei")
    assert said[0].endswith("Linke Seite.")
    assert voice_language() == "de"
