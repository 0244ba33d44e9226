"""Active hours and the other schedule choices from the settings, on a fake clock.

The day starts Tuesday 2026-03-10 09:00 in Berlin (tests/core/test_planner.py's Day)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from posture_break.core.active_hours import ActiveHours
from posture_break.core.schedule import Schedule
from posture_break.core.status_line import status_line
from tests.core.test_planner import Day

BERLIN = ZoneInfo("Europe/Berlin")
NINE_TO_FIVE = ((540, 1020),) * 5 + (None, None)


def at(day, hour, minute=0):
    return datetime(2026, 3, day, hour, minute, tzinfo=BERLIN)


def test_open_and_close_times_follow_the_weekday():
    hours = ActiveHours(NINE_TO_FIVE)
    assert hours.is_open(at(10, 9))  # Tuesday
    assert hours.closes_in(at(10, 16, 30)) == 30 * 60
    assert not hours.is_open(at(10, 17))  # the end is not inside
    assert hours.opens_at(at(10, 17)) == at(11, 9)
    assert hours.opens_at(at(13, 18)) == at(16, 9)  # Friday evening: Monday morning
    assert hours.opens_at(at(14, 12)) == at(16, 9)  # Saturday
    assert hours.closes_in(at(14, 12)) is None


def test_no_reminder_outside_the_hours_and_the_counters_rest_until_they_open():
    day = Day(Schedule(micro_every_s=0, active_hours=ActiveHours(((540, 590),) * 7)))
    day.run(45)  # 09:00-09:45: no break due yet
    assert status_line(day.planner) == "Stretch break in 10 min"
    day.run(60)  # the hours close at 09:50, five minutes before the break is due
    assert day.log == []
    assert status_line(day.planner) == "Outside your active hours: breaks from tomorrow 09:00"
    assert day.planner.next_wakeup() == day.start + 24 * 60 * 60  # tomorrow 09:00, exactly
    day.run(22 * 60 + 15)  # from 10:45 until 09:00 the next day
    assert day.log == []
    day.run(6)  # the 5 minutes owed from yesterday
    assert [entry[1:3] for entry in day.log] == [("heads-up", "stretch"), ("offer", "stretch")]
    assert day.log[-1][0] == 24 * 60 + 5


def test_the_friday_evening_line_names_the_day_the_hours_open():
    day = Day(Schedule(active_hours=ActiveHours(NINE_TO_FIVE)))
    day.clock.advance(days=3, hours=9)  # Friday 18:00
    assert status_line(day.planner) == "Outside your active hours: breaks from Monday 09:00"
    day.run(60)
    assert day.log == []


def test_without_a_heads_up_the_break_is_simply_offered_when_due():
    day = Day(Schedule(micro_every_s=0, heads_up_s=0))
    day.run(56)
    assert day.log == [(55.0, "offer", "stretch", "desk-neck")]


def test_without_natural_breaks_time_away_rests_the_counters_but_resets_nothing():
    day = Day(Schedule(micro_every_s=0, natural_breaks=False))
    day.run(40)
    day.away(30)
    day.run(16)
    # 40 + 2 minutes until the idle watch noticed (counted back to the last input: 40),
    # then 15 more at the desk: the stretch break comes at 40 + 30 + 15.
    assert [entry[:2] for entry in day.log] == [(84.0, "heads-up"), (85.0, "offer")]
    assert day.planner.natural_breaks() == []


def test_new_settings_keep_the_work_done_so_far():
    day = Day(Schedule(micro_every_s=0))
    day.run(30)
    day.planner.use_schedule(day.planner.schedule._replace(stretch_every_s=40 * 60))
    assert status_line(day.planner) == "Stretch break in 10 min"
    day.run(11)
    assert [entry[:2] for entry in day.log] == [(39.0, "heads-up"), (40.0, "offer")]


def test_a_break_that_may_not_be_skipped_says_so_in_its_action():
    day = Day(Schedule(micro_every_s=0, can_skip=False))
    day.clock.advance(minutes=54)
    action = day.planner.on_wakeup(30.0)
    assert action is not None
    assert (action.heads_up, action.can_skip) == (True, False)


SPANS = st.one_of(
    st.none(),
    st.tuples(st.integers(0, 1380), st.integers(30, 600)).map(
        lambda start_len: (start_len[0], min(1440, start_len[0] + start_len[1]))
    ),
)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(SPANS, min_size=7, max_size=7).filter(any),
    st.lists(st.tuples(st.sampled_from(["work", "away"]), st.integers(1, 300)), max_size=20),
)
def test_no_reminder_ever_comes_outside_the_active_hours(week, events):
    hours = ActiveHours(week)
    day = Day(Schedule(active_hours=hours))
    start_wall, start = day.clock.now(), day.start
    for event, minutes in events:
        if event == "work":
            day.run(minutes)
        else:
            day.away(minutes, noticed_after=min(2, minutes))
    for at in day.times:
        assert hours.is_open(start_wall + timedelta(seconds=at - start))
