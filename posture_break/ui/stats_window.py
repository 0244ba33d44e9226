"""The statistics window: today's and the week's breaks, the streak, a bar chart of the
last seven days, and how check-ins went week by week.

It reads the history each time it is shown (a few hundred rows at most, read in well
under a millisecond), never on a timer: a window nobody looks at costs nothing, and one
that is opened always shows the break just taken.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from posture_break import APP_NAME
from posture_break.core.stats import DayFigures, Summary
from posture_break.ui.app_icon import app_icon
from posture_break.ui.break_pages import scaled_font, wrapping_label
from posture_break.ui.week_chart import (
    FEEL_SCALE,
    FeelChart,
    WeekChart,
    WeekLegend,
    breaks_of,
    feel_words,
    stretch_breaks,
    week_of,
)

EMPTY_HEADING = "No breaks yet"
EMPTY_TEXT = "Your first break will show up here, along with how you feel after it."
EMPTY_ASIDE = "Each day gets a bar, and a day with {breaks} starts a streak."
NO_CHECK_INS = (
    "After a stretch break you can say how your neck and upper back feel. "
    "Your answers show up here, week by week."
)


class Figure(QFrame):
    """One number with its title above and what it means below; a screen reader hears
    the whole sentence."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.setObjectName("figure")
        self.setStyleSheet("#figure { border: 1px solid palette(mid); border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        heading = QLabel(title)
        self.value = QLabel()
        self.value.setFont(scaled_font(self, 1.7, bold=True))
        self.detail = wrapping_label()
        for label in (heading, self.value, self.detail):
            layout.addWidget(label)
        layout.addStretch(1)

    def show_figure(self, value: str, detail: str, sentence: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(sentence)


class StatsWindow(QWidget):
    """Non-modal; closing hides it, and showing it again reads fresh figures."""

    def __init__(self, load: Callable[[], Summary], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._load = load
        self.setWindowTitle(f"{APP_NAME} statistics")
        self.empty_aside = wrapping_label()
        self.today = Figure("Today")
        self.week = Figure("Last 7 days")
        self.streak = Figure("Streak")
        self.chart = WeekChart()
        self.legend = WeekLegend()
        self.feel_text = wrapping_label()
        self.feel_chart = FeelChart()
        self.pages = QStackedWidget()
        self.empty_page = self._empty_page()
        self.figures_page = self._figures_page()
        for page in (self.empty_page, self.figures_page):
            self.pages.addWidget(page)
        self.close_button = QPushButton("Close")
        self.close_button.setToolTip("Close this window (Esc)")
        self.close_button.setAccessibleName("Close")
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

    def _empty_page(self) -> QWidget:
        """A welcome rather than a page of zeros."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        icon = QLabel()
        side = self.fontMetrics().height() * 4
        icon.setPixmap(app_icon(scale=self.devicePixelRatioF()).pixmap(side, side))
        heading = QLabel(EMPTY_HEADING)
        heading.setFont(scaled_font(self, 1.4, bold=True))
        text = wrapping_label(EMPTY_TEXT)
        text.setFont(scaled_font(self, 1.1))
        layout.addStretch(1)
        for label in (icon, heading, text, self.empty_aside):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(2)
        return page

    def _figures_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        tiles = QHBoxLayout()
        for tile in (self.today, self.week, self.streak):
            tiles.addWidget(tile, 1)
        layout.addLayout(tiles)
        layout.addSpacing(8)
        layout.addWidget(self._section("Breaks each day"))
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.legend)
        layout.addSpacing(8)
        layout.addWidget(self._section(f"How your neck and upper back feel, {FEEL_SCALE}"))
        layout.addWidget(self.feel_text)
        layout.addWidget(self.feel_chart, 2)
        return page

    def _section(self, title: str) -> QLabel:
        label = wrapping_label(title)
        label.setFont(scaled_font(self, 1.0, bold=True))
        return label

    def _show(self, summary: Summary) -> None:
        if summary.first_day is None:
            self.empty_aside.setText(EMPTY_ASIDE.format(breaks=stretch_breaks(summary.goal)))
            self.pages.setCurrentWidget(self.empty_page)
            return
        self.pages.setCurrentWidget(self.figures_page)
        for tile, figures in ((self.today, summary.today), (self.week, summary.week)):
            tile.show_figure(*_day_figure(tile.title, figures))
        self.streak.show_figure(*_streak_figure(summary))
        self.chart.show_days(summary.days, summary.goal)
        self.legend.show_goal(summary.goal)
        self.feel_text.setText(_feel_words(summary))
        self.feel_chart.show_weeks(summary.feel)
        self.feel_chart.setVisible(len(summary.feel) > 1)  # one dot is no trend

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return super().sizeHint().expandedTo(QSize(line * 40, line * 34))

    def showEvent(self, event: QShowEvent) -> None:
        self._show(self._load())
        super().showEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)


def _day_figure(title: str, figures: DayFigures) -> tuple[str, str, str]:
    """A day's or the week's tile: (the number, what it means, the sentence)."""
    if figures.due == 0:
        return "0", "breaks so far", f"{title}: no breaks so far."
    minutes = _stretching(figures.minutes)
    value = f"{figures.taken} of {figures.due}"
    return value, f"breaks taken\n{minutes}", f"{title}: {breaks_of(figures)}, {minutes}."


def _stretching(minutes: float) -> str:
    if minutes >= 0.5:
        return f"{round(minutes)} min of stretching"
    return "under a minute of stretching" if minutes > 0 else "no stretching yet"


def _streak_figure(summary: Summary) -> tuple[str, str, str]:
    """The streak's tile; while today is short of the goal, how many more keep it going."""
    goal, streak, done = summary.goal, summary.streak, summary.today.exercised
    missing = goal - done
    if not streak:
        if done:
            breaks, starts = ("break", "starts") if missing == 1 else ("breaks", "start")
            rule = f"{missing} more stretch {breaks} today {starts} one"
        else:
            rule = f"{stretch_breaks(goal)} in a day start one"
        return "None yet", rule, f"No streak yet: {rule}."
    value = f"{streak} day" if streak == 1 else f"{streak} days"
    rule = f"at least {stretch_breaks(goal)} a day"
    sentence = f"{streak}-day streak: {rule}."
    if missing <= 0:
        return value, rule, sentence
    more = f"{missing} more today {'makes' if missing == 1 else 'make'} it {streak + 1} days"
    return value, f"{rule}; {more}", f"{sentence} {more.capitalize()}."


def _feel_words(summary: Summary) -> str:
    """The latest week's check-ins in one line, or what check-ins are."""
    if not summary.feel:
        return NO_CHECK_INS
    latest = summary.feel[-1]
    this_monday = summary.today.day - timedelta(days=summary.today.day.weekday())
    return feel_words(
        latest, "This week" if latest.week_start == this_monday else week_of(latest.week_start)
    )
