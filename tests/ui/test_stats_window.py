"""The statistics window on the real X display, fed hand-made histories."""

from contextlib import nullcontext

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from posture_break.core.stats import summarize
from posture_break.ui.stats_window import EMPTY_TEXT, StatsWindow
from tests.helpers.clipping import clipped_labels
from tests.helpers.stats_window_shots import (
    FEEL,
    TODAY,
    breaks_on,
    check_ins,
    simulated_week,
    summaries,
)
from tests.helpers.translated import in_german

SUMMARIES = summaries()


@pytest.fixture
def show(qtbot):
    def show_(window):
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return show_


@pytest.fixture
def open_stats(show):
    return lambda summary: show(StatsWindow(lambda: summary))


def visible_texts(window):
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible()]


def test_a_week_of_breaks_reads_as_numbers(open_stats):
    window = open_stats(SUMMARIES["week"])
    assert window.windowTitle() == "Statistics"
    assert (window.today.value.text(), window.week.value.text()) == ("4 of 6", "22 of 28")
    assert window.today.accessibleName() == "Today: 4 of 6 breaks taken, 8 min of stretching."
    assert window.week.accessibleName() == (
        "Last 7 days: 22 of 28 breaks taken, 42 min of stretching."
    )
    assert window.streak.value.text() == "3 days"
    assert window.streak.accessibleName() == "3-day streak: at least 3 stretch breaks a day."
    assert window.feel_text.text() == "This week: 7.5 of 10 (4 check-ins)"


def test_the_chart_says_each_days_numbers_in_words(open_stats):
    window = open_stats(SUMMARIES["week"])
    chart = window.chart
    words = chart.accessibleDescription()
    assert chart.accessibleName()
    assert "Today: 4 of 6 breaks taken (3 with stretching, 1 away from the desk, 2 skipped)." in (
        words
    )
    assert "Wednesday: 5 of 6 breaks taken" in words
    assert "Saturday: no breaks." in words
    assert "The goal is 3 stretch breaks a day." in words


def test_the_check_in_chart_says_each_weeks_average(open_stats):
    window = open_stats(SUMMARIES["week"])
    feel_chart = window.feel_chart
    assert feel_chart.isVisible()
    words = feel_chart.accessibleDescription()
    assert "from 0 (stiff or sore) to 10 (good)" in words
    assert "Week of 9 Mar: 7.5 of 10 (4 check-ins)." in words
    assert "Week of 19 Jan: 4.5 of 10 (2 check-ins)." in words
    assert "Week of 9 Feb" not in words  # a week without check-ins has no average


def test_an_empty_history_shows_a_welcome_instead_of_zeros(open_stats):
    window = open_stats(SUMMARIES["empty"])
    texts = visible_texts(window)
    assert "No breaks yet" in texts
    assert EMPTY_TEXT in texts
    assert "0" not in texts
    assert not window.chart.isVisible()


def test_the_first_day_shows_how_far_to_a_streak(open_stats):
    window = open_stats(SUMMARIES["first-day"])
    assert window.today.value.text() == "2 of 2"
    assert window.streak.value.text() == "None yet"
    assert window.streak.detail.text() == "2 more stretch breaks today start one"
    assert window.feel_text.text() == "This week: 6 of 10 (1 check-in)"
    assert not window.feel_chart.isVisible()  # one week is no trend


def test_a_streak_day_still_to_earn_today_says_how_many_more(open_stats):
    breaks = [row for row in simulated_week() if row.local_day != TODAY]
    breaks += breaks_on(TODAY, 1, 0, 0)
    window = open_stats(summarize(breaks, check_ins(FEEL), TODAY))
    assert window.streak.value.text() == "2 days"
    assert window.streak.accessibleName() == (
        "2-day streak: at least 3 stretch breaks a day. 2 more today make it 3 days."
    )


def test_each_showing_reads_the_history_afresh(show, qtbot):
    loads = [SUMMARIES["week"], SUMMARIES["first-day"]]
    window = show(StatsWindow(loads.pop))
    assert window.today.value.text() == "2 of 2"
    window.close()
    window.show()
    qtbot.waitExposed(window)
    assert window.today.value.text() == "4 of 6"
    assert loads == []


def test_esc_and_the_close_button_close_it(open_stats, qtbot):
    window = open_stats(SUMMARIES["week"])
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    window.show()
    qtbot.mouseClick(window.close_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def highlighted_pixels_in_todays_column(window):
    """Pixels in the bar colour in the chart's right-most seventh, where only today's
    bar is drawn (the goal's label beside it is in the text colour)."""
    image = window.chart.grab().toImage()
    bar = window.chart.palette().color(QPalette.ColorRole.Highlight).rgb()
    return sum(
        image.pixel(x, y) == bar
        for x in range(image.width() * 6 // 7, image.width())
        for y in range(image.height())
    )


def test_the_chart_draws_todays_bar(open_stats):
    assert highlighted_pixels_in_todays_column(open_stats(SUMMARIES["week"])) > 100
    breaks = [row for row in simulated_week() if row.local_day != TODAY]
    quiet_today = open_stats(summarize(breaks, [], TODAY))
    assert highlighted_pixels_in_todays_column(quiet_today) == 0


def test_the_window_fits_a_small_laptop_screen(open_stats):
    room = QSize(1366, 768 - 40) * 0.9
    for summary in SUMMARIES.values():
        window = open_stats(summary)
        assert window.frameGeometry().size().boundedTo(room) == window.frameGeometry().size()
        assert window.minimumSizeHint().boundedTo(room) == window.minimumSizeHint()


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_text_shows_whole(open_stats, qapp, language):
    """The window is sized before it holds any figure: the legend's goal, the longest
    line, came to be cut off at its end."""
    with in_german(qapp) if language == "de" else nullcontext():
        for name, summary in SUMMARIES.items():
            assert clipped_labels(open_stats(summary)) == [], name
