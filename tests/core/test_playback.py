"""Playing routines on a fake clock: what the window would show, second by second."""

import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from posture_break.core.playback import Done, Player
from posture_break.core.routine_loader import load_catalog
from posture_break.core.routines import Side
from posture_break.core.timeline import (
    SegmentKind,
    Timing,
    minutes_label,
    routine_length_s,
    timeline,
    whole_minutes,
)
from tests.helpers.fake_clock import FakeClock

SHIPPED = Path(__file__).resolve().parents[2] / "resources"
CATALOG, _ = load_catalog(SHIPPED)
K = SegmentKind


def routine(routine_id):
    return CATALOG.routine(routine_id)


def new_clock():
    return FakeClock(datetime(2026, 3, 10, 14, 0, tzinfo=ZoneInfo("Europe/Berlin")))


@pytest.fixture
def clock():
    return new_clock()


def started(routine_id, clock):
    player = Player(routine(routine_id), clock)
    player.start()
    return player


def tick_to_next_change(player, clock):
    clock.advance(seconds=player.next_change() - clock.elapsed())
    return player.view()


# The timeline ----------------------------------------------------------------------------


def test_posture_reset_runs_get_ready_tucks_then_a_stretch_per_side():
    segments = timeline(routine("posture-reset"))
    assert [(s.kind, s.duration_s, s.side) for s in segments] == [
        (K.PREPARE, 10, None),
        (K.REPS, 25, None),
        (K.PREPARE, 10, Side.LEFT),
        (K.HOLD, 15, Side.LEFT),
        (K.SWITCH_SIDES, 5, Side.RIGHT),
        (K.HOLD, 15, Side.RIGHT),
        (K.FINISHED, 0, None),
    ]


def test_sets_rest_between_them_and_sides_come_left_then_right():
    segments = timeline(routine("full-upper-back"))
    trap = [(s.kind, s.side, s.set_no) for s in segments if s.step_index == 1]
    assert trap == [
        (K.PREPARE, Side.LEFT, 1),
        (K.HOLD, Side.LEFT, 1),
        (K.REST, Side.LEFT, 2),
        (K.HOLD, Side.LEFT, 2),
        (K.REST, Side.LEFT, 3),
        (K.HOLD, Side.LEFT, 3),
        (K.SWITCH_SIDES, Side.RIGHT, 1),
        (K.HOLD, Side.RIGHT, 1),
        (K.REST, Side.RIGHT, 2),
        (K.HOLD, Side.RIGHT, 2),
        (K.REST, Side.RIGHT, 3),
        (K.HOLD, Side.RIGHT, 3),
    ]
    rests = [s.duration_s for s in segments if s.kind is K.REST]
    assert set(rests) == {10}


def test_the_timing_of_the_pauses_can_be_changed():
    quick = Timing(get_ready_s=0, move_s=2, switch_sides_s=1)
    kinds = [(s.kind, s.duration_s) for s in timeline(routine("rhomboid-relief"), quick)]
    assert kinds[:3] == [(K.PREPARE, 2), (K.REPS, 50), (K.REST, 10)]
    assert routine_length_s(routine("posture-reset"), quick) == 25 + 15 + 1 + 15


def test_the_get_ready_gives_time_to_read_and_more_to_change_position():
    """A break starts at the desk: 10 s to read an exercise done seated, 15 s when the
    body must first stand up, get to a wall, or sit down again."""
    waits = {
        routine_id: [
            (s.exercise.id, s.duration_s) for s in timeline(routine(routine_id))
            if s.kind is K.PREPARE
        ]
        for routine_id in ("desk-neck", "rhomboid-relief")
    }  # fmt: skip
    assert waits["desk-neck"] == [
        ("upper-trap-stretch", 10),
        ("levator-scap-stretch", 10),
        ("front-neck-stretch", 10),
    ]
    assert waits["rhomboid-relief"] == [
        ("rhomboid-row", 15),  # up from the chair
        ("wall-neck-side-bend", 15),  # to a wall
        ("shoulder-extension-dissociation", 15),  # away from it
        ("thoracic-extension", 15),  # back to the chair
    ]


@pytest.mark.parametrize(
    ("routine_id", "seconds", "label"),
    [
        ("posture-reset", 80, "1 min"),
        ("desk-neck", 225, "4 min"),
        ("rhomboid-relief", 374, "6 min"),
        ("full-upper-back", 1129, "19 min"),
    ],
)
def test_the_shipped_routines_last_as_long_as_the_menu_says(routine_id, seconds, label):
    assert routine_length_s(routine(routine_id)) == seconds
    assert minutes_label(seconds) == label


@pytest.mark.parametrize(
    ("seconds", "minutes"), [(10, 1), (89, 1), (90, 1), (91, 2), (210, 3), (211, 4), (749, 12)]
)
def test_lengths_round_to_the_nearest_minute_and_halves_down(seconds, minutes):
    assert whole_minutes(seconds) == minutes


# Playing ---------------------------------------------------------------------------------


def test_nothing_moves_before_the_start(clock):
    player = Player(routine("desk-neck"), clock)
    clock.advance(seconds=60)
    view = player.view()
    assert (view.kind, view.remaining_s, view.progress) == (K.PREPARE, 10, 0.0)
    assert player.next_change() is None


def test_the_first_view_gets_you_ready_for_the_first_exercise(clock):
    view = started("desk-neck", clock).view()
    assert view.kind is K.PREPARE
    assert view.exercise.id == "upper-trap-stretch"
    assert view.next_name == "Upper trapezius stretch"
    assert (view.step_no, view.step_count) == (1, 3)
    assert (view.side, view.set_no, view.sets) == (Side.LEFT, 1, 1)


def test_a_hold_counts_down_from_its_full_length(clock):
    player = started("desk-neck", clock)
    clock.advance(seconds=10)
    view = player.view()
    assert (view.kind, view.remaining_s, view.next_name) == (K.HOLD, 30, None)
    clock.advance(seconds=0.5)
    assert player.view().remaining_s == 30
    clock.advance(seconds=0.5)
    assert player.view().remaining_s == 29
    clock.advance(seconds=28.9)
    assert player.view().remaining_s == 1
    assert player.view().segment_progress == pytest.approx(29.9 / 30)


def test_repetitions_count_up_with_the_tempo(clock):
    player = started("posture-reset", clock)  # 5 chin tucks of 5 s after 10 s get-ready
    seen = []
    for second in range(25):
        clock.advance(seconds=10 if second == 0 else 1)
        view = player.view()
        seen.append((view.rep, view.reps))
    assert seen == [(rep, 5) for rep in range(1, 6) for _ in range(5)]


def test_the_whole_full_programme_plays_to_its_end_in_milliseconds(clock):
    player = started("full-upper-back", clock)
    begun, wall_start = clock.elapsed(), time.perf_counter()
    ticks = 0
    while not player.view().finished and ticks < 10_000:
        tick_to_next_change(player, clock)
        ticks += 1
    assert clock.elapsed() - begun == routine_length_s(routine("full-upper-back")) == 1129
    assert ticks == 1129
    assert time.perf_counter() - wall_start < 1.0
    outcome = player.record()
    assert outcome.completed
    assert outcome.active_s == 1129
    assert all(done.sets_done == done.sets for done in outcome.done)
    assert len(outcome.done) == 13  # 5 left-and-right exercises twice, 3 once


@settings(max_examples=20, deadline=None)
@given(offset=st.floats(0, 1000, allow_nan=False))
def test_the_countdown_shows_every_second_once_when_ticked_on_time(offset):
    clock = new_clock()
    clock.advance(seconds=offset)  # starts at an uneven time: float sums are inexact
    player = started("rhomboid-relief", clock)
    shown = [player.view()]
    while not shown[-1].finished and len(shown) < 10_000:
        shown.append(tick_to_next_change(player, clock))
    segments = [s for s in player.segments if s.kind is not K.FINISHED]
    per_segment = []
    for view in shown[:-1]:
        key = (view.step_no, view.kind, view.side, view.set_no)
        if not per_segment or per_segment[-1][0] != key:
            per_segment.append((key, []))
        per_segment[-1][1].append(view.remaining_s)
    assert len(per_segment) == len(segments)
    for (_, countdown), segment in zip(per_segment, segments, strict=True):
        assert countdown == list(range(segment.duration_s, 0, -1))


class ExactClock:
    """Elapsed time set to the exact float the player asked for, as a real timer would."""

    def __init__(self, elapsed):
        self.value = elapsed

    def now(self):
        return datetime(2026, 3, 10, 14, 0, tzinfo=ZoneInfo("Europe/Berlin"))

    def elapsed(self):
        return self.value


def test_a_tick_on_an_inexact_float_second_still_moves_the_countdown():
    clock = ExactClock(1019.08)  # (1019.08 + 1) - 1019.08 is just under 1
    player = Player(routine("posture-reset"), clock)
    player.start()
    shown = [player.view().remaining_s]
    for _ in range(8):
        clock.value = player.next_change()
        shown.append(player.view().remaining_s)
    assert shown == [10, 9, 8, 7, 6, 5, 4, 3, 2]


def test_pause_stops_the_countdown_and_resume_carries_on(clock):
    player = started("desk-neck", clock)
    clock.advance(seconds=13)
    assert player.view().remaining_s == 27
    player.toggle_pause()
    clock.advance(minutes=10)
    view = player.view()
    assert (view.paused, view.remaining_s, view.kind) == (True, 27, K.HOLD)
    assert player.next_change() is None
    player.toggle_pause()
    assert not player.view().paused
    clock.advance(seconds=1)
    assert player.view().remaining_s == 26
    assert player.next_change() == clock.elapsed() + 1


def test_skip_moves_to_the_next_segment_at_its_full_length(clock):
    player = started("desk-neck", clock)
    clock.advance(seconds=2)
    player.skip()
    view = player.view()
    assert (view.kind, view.remaining_s) == (K.HOLD, 30)
    clock.advance(seconds=10)
    player.skip()
    assert (player.view().kind, player.view().remaining_s) == (K.SWITCH_SIDES, 5)


def test_skipping_past_the_last_segment_finishes(clock):
    player = started("posture-reset", clock)
    for _ in range(len(player.segments) - 1):
        player.skip()
    assert player.view().finished
    assert player.next_change() is None
    player.skip()
    player.back()
    assert player.view().finished


def test_back_restarts_a_segment_after_two_seconds_and_steps_back_before(clock):
    player = started("desk-neck", clock)
    clock.advance(seconds=10 + 10)
    player.back()  # 10 s into the hold: start it again
    assert (player.view().kind, player.view().remaining_s) == (K.HOLD, 30)
    clock.advance(seconds=1)
    player.back()  # 1 s in: back to get ready
    assert (player.view().kind, player.view().remaining_s) == (K.PREPARE, 10)
    player.back()  # the first segment: it can only start again
    assert (player.view().kind, player.view().remaining_s) == (K.PREPARE, 10)


def test_skip_and_back_while_paused_stay_paused(clock):
    player = started("desk-neck", clock)
    player.pause()
    player.skip()
    clock.advance(seconds=20)
    view = player.view()
    assert (view.paused, view.kind, view.remaining_s) == (True, K.HOLD, 30)


def test_after_a_long_sleep_the_view_is_where_the_clock_says(clock):
    player = started("posture-reset", clock)
    clock.advance(seconds=62)  # 10 get ready, 25 tucks, 10 next, 15 left: 2 s into switching
    view = player.view()
    assert (view.kind, view.side, view.remaining_s) == (K.SWITCH_SIDES, Side.RIGHT, 3)
    assert view.progress == pytest.approx(62 / 80)
    clock.advance(hours=8)
    assert player.view().finished
    assert player.record().active_s == 80


def test_stop_gives_what_was_done_so_far(clock):
    player = started("posture-reset", clock)
    clock.advance(seconds=25)
    outcome = player.stop()
    chin = routine("posture-reset").items[0].exercise
    assert not outcome.completed
    assert outcome.active_s == 25
    assert outcome.done == (Done(chin, None, sets_done=0, sets=1, seconds=15),)
    clock.advance(seconds=100)
    assert player.stop() == outcome
    assert player.next_change() is None
    assert player.view().remaining_s == 10


def test_the_record_counts_sides_and_sets_done(clock):
    player = started("desk-neck", clock)
    clock.advance(seconds=10 + 30 + 5 + 12)
    outcome = player.stop()
    trap = routine("desk-neck").items[0].exercise
    assert outcome.done == (
        Done(trap, Side.LEFT, sets_done=1, sets=1, seconds=30),
        Done(trap, Side.RIGHT, sets_done=0, sets=1, seconds=12),
    )


# Properties ------------------------------------------------------------------------------

commands = st.sampled_from(["view", "pause", "resume", "skip", "back"])
steps = st.lists(st.tuples(st.floats(0, 40, allow_nan=False), commands), max_size=40)


@settings(max_examples=200, deadline=None)
@given(steps=steps)
def test_next_change_is_always_in_the_future(steps):
    clock = new_clock()
    player = started("rhomboid-relief", clock)
    for seconds, command in steps:
        clock.advance(seconds=seconds)
        getattr(player, command)()
        view = player.view()
        at = player.next_change()
        assert (at is None) == (view.paused or view.finished)
        if at is not None:
            assert clock.elapsed() < at <= clock.elapsed() + 1
        assert 0.0 <= view.progress <= 1.0


@settings(max_examples=200, deadline=None)
@given(gaps=st.lists(st.floats(0, 30, allow_nan=False), max_size=60))
def test_how_often_the_view_is_asked_never_changes_what_it_shows(gaps):
    clock = new_clock()
    watched = started("full-upper-back", clock)
    left_alone = started("full-upper-back", clock)
    for gap in gaps:
        clock.advance(seconds=gap)
        watched.view()
    assert watched.view() == left_alone.view()
    assert watched.record() == left_alone.record()
