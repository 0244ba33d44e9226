"""When breaks come, on a fake clock: whole working days run in milliseconds."""

import itertools
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from posture_break.core.pause import Reminders
from posture_break.core.planner import Phase, Planner
from posture_break.core.schedule import Schedule
from posture_break.core.status_line import status_line
from posture_break.core.values import BreakKind
from tests.helpers.fake_clock import FakeClock

MIN = 60.0


def new_clock():
    return FakeClock(datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")))


class Day:
    """A planner and the app around it: the timer wakes it when it asks, and every
    reminder it gives is written down with the minute it came."""

    def __init__(self, schedule=None):
        self.clock = new_clock()
        self.reminders = Reminders(self.clock)
        self.planner = Planner(schedule or Schedule(), self.clock, self.reminders)
        self.start = self.clock.elapsed()
        self.log = []
        self.times = []  # the exact elapsed moment of each entry in the log
        self.typing_until = None  # elapsed moment the user stops typing

    @property
    def minute(self):
        return round((self.clock.elapsed() - self.start) / MIN, 2)

    def idle_s(self):
        """Seconds since the last key: typing until `typing_until`, then quiet."""
        if self.typing_until is None:
            return 30.0
        return max(0.0, self.clock.elapsed() - self.typing_until)

    def run(self, minutes, on_offer="take"):
        """Let `minutes` pass with the user at the desk, waking the planner when it asks."""
        end = self.clock.elapsed() + minutes * MIN
        for _ in range(10_000):  # a planner that keeps asking for the same moment fails
            due = self.planner.next_wakeup()
            if due is None or due > end:
                self.clock.advance(seconds=end - self.clock.elapsed())
                return
            self.clock.advance(seconds=max(0.0, due - self.clock.elapsed()))
            action = self.planner.on_wakeup(self.idle_s())
            if action is None:
                continue
            what = "heads-up" if action.heads_up else "offer"
            self.log.append((self.minute, what, action.kind.value, action.routine_id))
            self.times.append(self.clock.elapsed())
            if not action.heads_up and on_offer == "take":
                self.clock.advance(seconds=action_length(action))
                self.planner.break_done(action.kind)
        raise AssertionError(f"the planner kept asking to wake at {due}")

    def away(self, minutes, noticed_after=2):
        """No input for `minutes`; the idle watch notices after `noticed_after`."""
        self.run(noticed_after)
        self.planner.on_idle(noticed_after * MIN)
        self.clock.advance(minutes=minutes - noticed_after)
        self.planner.on_active()


def action_length(action):
    return 70 if action.kind is BreakKind.MICRO else 210


def test_a_morning_at_the_desk():
    day = Day()
    day.run(120)
    assert day.log == [
        (24.0, "heads-up", "micro", "posture-reset"),
        (25.0, "offer", "micro", "posture-reset"),
        # The next micro break would come 5 min before the stretch break: absorbed.
        # 55 min of work: 25 before the micro break, 30 after it (its 70 s not counted).
        (55.17, "heads-up", "stretch", "desk-neck"),
        (56.17, "offer", "stretch", "desk-neck"),
        (83.67, "heads-up", "micro", "posture-reset"),  # 25 min after the 3.5 min stretch
        (84.67, "offer", "micro", "posture-reset"),
        (114.83, "heads-up", "stretch", "rhomboid-relief"),  # the next in the rotation
        (115.83, "offer", "stretch", "rhomboid-relief"),
    ]


def test_a_simulated_working_day_runs_in_milliseconds():
    day = Day()
    day.run(8 * 60)
    offers = [entry for entry in day.log if entry[1] == "offer"]
    assert [kind for _, _, kind, _ in offers].count("stretch") == 8
    assert [kind for _, _, kind, _ in offers].count("micro") == 8
    minutes = [minute for minute, *_ in offers]
    assert all(later - earlier >= 25 for earlier, later in itertools.pairwise(minutes))


def test_being_away_as_long_as_a_break_counts_as_that_break():
    day = Day()
    day.run(20)
    day.away(minutes=3)  # longer than a micro break, shorter than a stretch break
    assert day.minute == 23
    assert status_line(day.planner) == "Micro break in 25 min"
    day.run(40)
    assert day.log == [
        (47.0, "heads-up", "micro", "posture-reset"),
        (48.0, "offer", "micro", "posture-reset"),
        # 55 min of work: 20 before leaving (the 2 min until the idle watch noticed
        # were not work), 25 after, then 10 after the micro break's 70 s.
        (58.17, "heads-up", "stretch", "desk-neck"),
        (59.17, "offer", "stretch", "desk-neck"),
    ]


def test_a_long_absence_counts_as_a_stretch_break():
    day = Day()
    day.run(50)
    day.log.clear()
    day.away(minutes=10)
    assert day.planner.coming() == (BreakKind.MICRO, 25 * MIN)
    day.run(30)
    assert [entry[1:3] for entry in day.log] == [("heads-up", "micro"), ("offer", "micro")]


def test_a_short_pause_in_input_moves_nothing():
    day = Day()
    day.run(10)
    before = day.planner.coming()
    day.planner.on_idle(2 * MIN)  # idle noticed...
    day.clock.advance(seconds=20)
    day.planner.on_active()  # ...but back within 2 min 20 s: not a micro break's length?
    # 140 s away is longer than a micro break (70 s): it counts as one.
    assert day.planner.coming()[0] is BreakKind.MICRO
    assert day.planner.coming()[1] > before[1]


def test_a_night_asleep_brings_no_reminder_at_once():
    day = Day()
    day.run(24.5)  # the heads-up for the micro break was given
    assert day.planner.phase is Phase.HEADS_UP
    day.clock.suspend(hours=10)
    assert day.planner.on_wakeup(30.0) is None  # the stale timer fires on waking
    day.log.clear()
    day.run(2)
    assert day.log == []
    day.run(30)
    assert [entry[:3] for entry in day.log] == [
        (24.5 + 600 + 24, "heads-up", "micro"),  # a full 25 min after waking
        (24.5 + 600 + 25, "offer", "micro"),
    ]


def test_time_asleep_is_noticed_without_any_signal():
    day = Day()
    day.run(20)
    day.clock.suspend(minutes=30)
    assert status_line(day.planner) == "Micro break in 25 min"  # as after a stretch break


def test_setting_the_wall_clock_changes_nothing():
    day = Day()
    day.run(10)
    before = day.planner.next_wakeup()
    day.clock.set_wall(day.clock.now() + timedelta(hours=3))
    assert day.planner.next_wakeup() == before
    day.clock.set_wall(day.clock.now() - timedelta(hours=7))
    assert day.planner.next_wakeup() == before
    day.run(20)
    assert [entry[:2] for entry in day.log] == [(24.0, "heads-up"), (25.0, "offer")]


def test_a_pause_holds_the_counters_where_they_were():
    day = Day()
    day.run(20)
    day.planner.on_pause_changed()
    day.reminders.pause_for(timedelta(hours=1))
    day.planner.on_pause_changed()
    assert day.planner.next_wakeup() == day.clock.elapsed() + 60 * MIN  # the pause's end
    day.run(60)
    assert day.log == []
    assert status_line(day.planner) == "Micro break in 5 min"  # as it was 60 min ago
    day.run(10)
    assert [entry[1] for entry in day.log] == ["heads-up", "offer"]


def test_a_pause_resumed_early_also_keeps_the_counters():
    day = Day()
    day.run(20)
    day.planner.on_pause_changed()
    day.reminders.pause_for(timedelta(hours=1))
    day.planner.on_pause_changed()
    day.run(15)
    day.planner.on_pause_changed()
    day.reminders.resume()
    day.planner.on_pause_changed()
    assert status_line(day.planner) == "Micro break in 5 min"


def test_snoozes_are_capped():
    day = Day()
    day.run(24)
    assert day.log[-1][:2] == (24.0, "heads-up")
    assert [day.planner.snooze() for _ in range(4)] == [True, True, True, False]
    day.run(4)  # heads-up again a minute before the snoozed moment
    assert day.log[-1][1] == "heads-up"
    assert day.planner.on_wakeup(30.0) is None
    day.clock.advance(minutes=1)
    offer = day.planner.on_wakeup(30.0)
    assert offer is not None
    assert not offer.heads_up
    assert not offer.can_snooze


def test_skipping_restarts_the_counter():
    day = Day()
    day.run(24)
    assert day.planner.skip() is BreakKind.MICRO
    assert status_line(day.planner) == "Micro break in 25 min"


def test_the_offer_waits_for_a_pause_in_typing():
    day = Day()
    day.typing_until = day.start + 25 * MIN + 20  # typing through the due moment
    day.run(26, on_offer="keep")
    assert day.log[-1][0] == pytest.approx(25 + 25 / 60, abs=0.01)  # 5 s after the last key

    busy = Day()
    busy.typing_until = busy.start + 200 * MIN  # never stops
    busy.run(27, on_offer="keep")
    assert busy.log[-1][:2] == (26.0, "offer")  # waited the longest it may, 60 s


def test_no_reminder_within_a_minute_of_coming_back():
    day = Day()
    day.run(24.9)
    day.planner.on_idle(2 * MIN)
    day.clock.advance(seconds=10)  # back before it could count as a break? no: 130 s
    day.planner.on_active()
    day.log.clear()
    day.run(1)
    assert day.log == []


def test_while_a_break_is_on_nothing_else_comes():
    day = Day()
    day.run(26, on_offer="keep")
    assert day.log[-1][1] == "offer"
    assert day.planner.next_wakeup() is None
    assert status_line(day.planner) == "Break in progress"
    day.clock.advance(hours=2)
    assert day.planner.on_wakeup(30.0) is None
    day.planner.break_done(BreakKind.MICRO)
    # The stretch counter stood still during the break: 30 min left, and the micro
    # break that would come 5 min before it is absorbed.
    assert status_line(day.planner) == "Stretch break in 30 min"


# Invariants over random days -----------------------------------------------------------

EVENTS = st.lists(
    st.one_of(
        st.tuples(st.just("work"), st.floats(0.1, 90), st.booleans()),
        st.tuples(st.just("away"), st.floats(2.1, 30), st.just(True)),
        st.tuples(st.just("sleep"), st.floats(0.1, 600), st.just(True)),
        st.tuples(st.just("pause"), st.floats(1, 120), st.just(True)),
        st.tuples(st.just("lock"), st.floats(0.1, 60), st.just(True)),
        st.tuples(
            st.sampled_from(["resume", "snooze", "skip", "done"]), st.just(0.0), st.just(True)
        ),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(EVENTS)
def test_invariants_hold_over_random_days(events):
    """Never two breaks at once, never a reminder while paused, within a minute of
    coming back (from idle, a locked screen or sleep), or at the moment of waking."""
    day = Day()
    planner = day.planner
    returned_at = None
    open_offer = None  # the kind of the break offered and not yet done
    for event, minutes, take in events:
        if event == "work":
            before = len(day.log)
            paused_throughout = day.reminders.seconds_until_resume() or 0
            start = day.clock.elapsed()
            day.run(minutes, on_offer="take" if take else "keep")
            new = zip(day.log[before:], day.times[before:], strict=True)
            for (_, what, kind, _), at in new:
                assert at >= start + paused_throughout - 1e-6  # not while paused
                if returned_at is not None:
                    assert at - returned_at >= 60 - 1e-6  # not right after coming back
                assert open_offer is None  # nothing while a break is on
                if what == "offer" and not take:
                    open_offer = BreakKind(kind)
        elif event == "away":
            day.away(minutes)
            returned_at = day.clock.elapsed()
        elif event == "lock":
            planner.on_locked()
            day.clock.advance(minutes=minutes)
            planner.on_active()
            returned_at = day.clock.elapsed()
        elif event == "sleep":
            day.clock.suspend(minutes=minutes)
            assert planner.on_wakeup(30.0) is None  # the stale timer, on waking
            returned_at = day.clock.elapsed()
        elif event in ("pause", "resume"):
            planner.on_pause_changed()
            if event == "pause":
                day.reminders.pause_for(timedelta(minutes=minutes))
            else:
                day.reminders.resume()
            planner.on_pause_changed()
        elif event == "snooze" and open_offer is None:
            planner.snooze()
        elif event == "skip":
            planner.skip()
            open_offer = None
        elif event == "done" and open_offer is not None:
            planner.break_done(open_offer)
            open_offer = None
        assert (planner.phase is Phase.OFFERED) == (open_offer is not None)
        nxt = planner.next_wakeup()
        assert nxt is None or nxt >= day.clock.elapsed() - 1e-6


def test_start_now_from_the_heads_up_offers_that_break():
    day = Day()
    day.run(24)
    offer = day.planner.start_now()
    assert (offer.kind, offer.routine_id, offer.heads_up) == (
        BreakKind.MICRO,
        "posture-reset",
        False,
    )
    assert day.planner.phase is Phase.OFFERED
    day.planner.on_idle(3 * MIN)  # stretching, hands off the keyboard
    day.clock.advance(minutes=1)
    day.planner.on_active()
    assert day.planner.phase is Phase.OFFERED  # the break's outcome decides, not idle


def test_a_busy_user_holds_the_break_and_keeps_what_is_owed():
    day = Day()
    day.run(24)  # the heads-up
    day.clock.advance(minutes=1)
    presenting = "full-screen app"
    assert day.planner.on_wakeup(30.0, lambda: presenting) is None
    assert status_line(day.planner) == "Waiting: full-screen app"
    assert day.planner.next_wakeup() == day.clock.elapsed() + 30  # looks again in 30 s
    day.clock.advance(minutes=4)
    assert day.planner.on_wakeup(30.0, lambda: presenting) is None  # still presenting
    offer = day.planner.on_wakeup(30.0, lambda: None)  # done: offered at once
    assert offer is not None
    assert (offer.kind, offer.heads_up) == (BreakKind.MICRO, False)


def test_a_hold_lasts_at_most_a_quarter_of_an_hour():
    day = Day()
    day.run(24)  # the heads-up
    watching = lambda: "full-screen app"  # noqa: E731 (a film that never ends)
    offers = []
    for _ in range(40):
        due = day.planner.next_wakeup()
        day.clock.advance(seconds=due - day.clock.elapsed())
        action = day.planner.on_wakeup(30.0, watching)
        if action is not None:
            offers.append(day.minute)
            break
    assert offers == [40.0]  # due at 25, held 15 min


def test_a_return_noticed_late_counts_from_the_input_not_from_the_notice():
    """An idle source that only looks now and then says how long ago the input was:
    the absence ends then, and the time since counts as work."""
    day = Day(Schedule(micro_every_s=0))
    day.run(20)
    day.planner.on_idle(120)  # no input for 2 minutes: 18 minutes of work so far
    day.clock.advance(seconds=80)  # back after 200 s away, shorter than a stretch break
    day.clock.advance(seconds=30)  # the source notices half a minute later
    day.planner.on_active(30)
    assert day.planner.natural_breaks() == [(BreakKind.MICRO, 200)]
    assert status_line(day.planner) == "Stretch break in 37 min"  # 55 - 18 - 0.5
