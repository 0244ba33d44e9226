from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from posture_break.core.pause import Reminders
from tests.helpers.fake_clock import FakeClock

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 3, 10, 14, 0, tzinfo=BERLIN))


def test_reminders_start_on(clock):
    assert Reminders(clock).status().describe(clock.now()) == "Reminders on"


def test_pause_for_thirty_minutes_says_until_when_and_ends_by_itself(clock):
    reminders = Reminders(clock)
    reminders.pause_for(timedelta(minutes=30))
    assert reminders.status().describe(clock.now()) == "Reminders paused until 14:30"
    clock.advance(minutes=29)
    assert reminders.status().paused
    clock.advance(minutes=1)
    assert reminders.status().describe(clock.now()) == "Reminders on"


def test_setting_the_clock_does_not_change_how_long_a_pause_lasts(clock):
    reminders = Reminders(clock)
    reminders.pause_for(timedelta(hours=1))
    clock.set_wall(clock.now() + timedelta(hours=5))  # someone set the clock forward
    assert reminders.status().paused
    clock.advance(minutes=20)
    # 40 minutes of the hour are left, whatever the clock now says
    assert reminders.status().describe(clock.now()) == "Reminders paused until 20:00"


def test_until_tomorrow_means_tomorrow_morning(clock):
    reminders = Reminders(clock)
    reminders.pause_until_tomorrow()
    assert reminders.status().describe(clock.now()) == "Reminders paused until tomorrow, 05:00"
    clock.advance(hours=14, minutes=59)
    assert reminders.status().paused
    clock.advance(minutes=1)
    assert not reminders.status().paused


def test_until_tomorrow_after_midnight_means_after_the_night():
    clock = FakeClock(datetime(2026, 3, 11, 1, 30, tzinfo=BERLIN))
    reminders = Reminders(clock)
    reminders.pause_until_tomorrow()
    assert reminders.status().describe(clock.now()) == "Reminders paused until 05:00"


def test_resume_turns_reminders_back_on(clock):
    reminders = Reminders(clock)
    reminders.pause_for(timedelta(hours=2))
    reminders.resume()
    assert not reminders.status().paused


@pytest.mark.parametrize("minutes", [0, 24 * 60 + 1])
def test_pause_outside_one_minute_to_a_day_is_refused(clock, minutes):
    with pytest.raises(ValueError, match="1 minute to 24 hours"):
        Reminders(clock).pause_for(timedelta(minutes=minutes))
