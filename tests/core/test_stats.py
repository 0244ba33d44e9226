"""The statistics as a person reads them, from hand-built history rows."""

from datetime import UTC, date, datetime, time, timedelta

from posture_break.core.stats import (
    EMPTY_STATE,
    BreakRow,
    CheckInRow,
    DayFigures,
    WeekFeel,
    describe,
    summarize,
)

MONDAY = date(2026, 3, 2)


def brk(day, outcome="completed", seconds=120, hour=10, kind="stretch"):
    at = datetime.combine(day, time(hour), UTC)
    return BreakRow(at, day, kind, "desk-neck", outcome, seconds, due_at=at)


def exercised(day, count):
    return [brk(day, hour=9 + n) for n in range(count)]


def check_in(day, score):
    return CheckInRow(datetime.combine(day, time(15), UTC), day, score, "desk-neck")


def test_nothing_recorded_shows_the_empty_state_and_a_week_of_zeros():
    summary = summarize([], [], MONDAY)
    assert summary.first_day is None
    assert describe(summary) == [EMPTY_STATE]
    assert [figures.due for figures in summary.days] == [0] * 7
    assert summary.days[-1].day == MONDAY
    assert summary.days[0].day == MONDAY - timedelta(days=6)


def test_today_counts_exercise_and_time_away_as_taken_and_skips_as_missed():
    rows = [
        brk(MONDAY, "completed", 180),
        brk(MONDAY, "completed", 150),
        brk(MONDAY, "partial", 90),
        brk(MONDAY, "natural", 600),
        brk(MONDAY, "skipped", 0),
        brk(MONDAY, "snoozed", 0),
    ]
    summary = summarize(rows, [], MONDAY)
    assert summary.today == DayFigures(MONDAY, exercised=3, away=1, skipped=1, minutes=7.0)
    assert describe(summary)[0] == (
        "Today: 4 of 5 breaks taken (1 away from the desk), 7 min of stretching"
    )


def test_a_snoozed_break_alone_is_no_record():
    summary = summarize([brk(MONDAY, "snoozed")], [], MONDAY)
    assert summary.first_day is None
    assert summary.today.due == 0


def test_last_seven_days_sum_up_to_today_and_leave_out_the_day_before():
    rows = [
        *exercised(MONDAY - timedelta(days=7), 5),
        *exercised(MONDAY - timedelta(days=6), 2),
        brk(MONDAY - timedelta(days=3), "skipped"),
        *exercised(MONDAY, 1),
    ]
    summary = summarize(rows, [], MONDAY)
    assert summary.week == DayFigures(
        MONDAY - timedelta(days=6), exercised=3, skipped=1, minutes=6.0
    )
    assert [figures.due for figures in summary.days] == [2, 0, 0, 1, 0, 0, 1]
    assert describe(summary)[1] == "Last 7 days: 3 of 4 breaks taken, 6 min of stretching"


def test_a_streak_lives_through_a_weekend_without_records():
    thursday, friday = MONDAY - timedelta(days=4), MONDAY - timedelta(days=3)
    rows = [*exercised(thursday, 3), *exercised(friday, 4), *exercised(MONDAY, 3)]
    summary = summarize(rows, [], MONDAY)
    assert summary.streak == 3
    assert describe(summary)[2] == "Streak: 3 days with at least 3 stretch breaks"


def test_today_not_yet_at_the_goal_keeps_yesterdays_streak():
    sunday, saturday = MONDAY - timedelta(days=1), MONDAY - timedelta(days=2)
    rows = [*exercised(saturday, 3), *exercised(sunday, 3), *exercised(MONDAY, 1)]
    summary = summarize(rows, [], MONDAY)
    assert summary.streak == 2
    assert describe(summary)[2] == (
        "Streak: 2 days with at least 3 stretch breaks (2 more today for day 3)"
    )


def test_a_day_with_too_few_breaks_ends_the_streak():
    rows = [
        *exercised(MONDAY - timedelta(days=3), 5),
        *exercised(MONDAY - timedelta(days=2), 2),
        brk(MONDAY - timedelta(days=2), "natural", 900),
        *exercised(MONDAY - timedelta(days=1), 3),
    ]
    summary = summarize(rows, [], MONDAY)
    assert summary.streak == 1


def test_no_streak_yet_says_what_starts_one():
    summary = summarize([brk(MONDAY, "skipped")], [], MONDAY)
    assert summary.streak == 0
    assert describe(summary)[2] == (
        "Streak: none yet; a day with at least 3 stretch breaks starts one"
    )
    started = summarize(exercised(MONDAY, 2), [], MONDAY)
    assert describe(started)[2] == (
        "Streak: none yet; a day with at least 3 stretch breaks starts one (1 more today for day 1)"
    )


def test_a_lower_goal_counts_days_with_fewer_breaks():
    rows = [*exercised(MONDAY - timedelta(days=1), 1), *exercised(MONDAY, 1)]
    summary = summarize(rows, [], MONDAY, goal=1)
    assert summary.streak == 2
    assert describe(summary)[2] == "Streak: 2 days with at least 1 stretch break"


def test_a_week_with_one_check_in_shows_that_score():
    tuesday = MONDAY + timedelta(days=1)
    summary = summarize(exercised(tuesday, 1), [check_in(tuesday, 7)], tuesday)
    assert summary.feel == (WeekFeel(MONDAY, 7.0, 1),)
    assert describe(summary)[-1] == "Check-ins this week: 7.0 of 10 on average (1 check-in)"


def test_check_ins_average_per_week_for_the_last_twelve_weeks_that_have_any():
    mondays = [MONDAY - timedelta(weeks=n) for n in range(14, -1, -1)]
    check_ins = [check_in(monday + timedelta(days=2), 4) for monday in mondays]
    check_ins.append(check_in(MONDAY, 8))
    summary = summarize([], check_ins, MONDAY + timedelta(days=3))
    assert [week.week_start for week in summary.feel] == mondays[-12:]
    assert summary.feel[-1] == WeekFeel(MONDAY, 6.0, 2)


def test_an_earlier_week_of_check_ins_is_named_by_its_monday():
    summary = summarize([], [check_in(MONDAY - timedelta(days=5), 6)], MONDAY)
    assert summary.first_day == MONDAY - timedelta(days=5)
    assert describe(summary) == [
        "Today: no breaks yet",
        "Last 7 days: no breaks",
        "Streak: none yet; a day with at least 3 stretch breaks starts one",
        "Check-ins in the week of 2026-02-23: 6.0 of 10 on average (1 check-in)",
    ]


def test_rows_dated_after_today_are_left_out():
    summary = summarize(exercised(MONDAY + timedelta(days=1), 3), [], MONDAY)
    assert summary.first_day is None
    assert summary.streak == 0


def test_a_short_exercise_says_under_a_minute():
    summary = summarize([brk(MONDAY, "partial", 20)], [], MONDAY)
    assert describe(summary)[0] == "Today: 1 of 1 break taken, under a minute of stretching"
