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

from posture_break.core.i18n import QT_TRANSLATE_NOOP, Context
from posture_break.core.stats import DayFigures, Summary
from posture_break.ui.app_icon import app_icon
from posture_break.ui.break_pages import scaled_font, wrapping_label
from posture_break.ui.fixed_size import fix_size
from posture_break.ui.week_chart import (
    FeelChart,
    WeekChart,
    WeekLegend,
    breaks_of,
    feel_words,
    week_of,
)

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "StatsWindow", "Your first break will show up here, along with how you feel after it."
)
StatsWords = Context("StatsWords")  # the module's functions and counted texts


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
        # The desktop shows "Statistics — Posture Break": Qt adds the app's name.
        self.setWindowTitle(self.tr("Statistics"))
        self.empty_aside = wrapping_label()
        self.today = Figure(self.tr("Today"))
        self.week = Figure(self.tr("Last 7 days"))
        self.streak = Figure(self.tr("Streak"))
        self.chart = WeekChart()
        self.legend = WeekLegend()
        self.feel_text = wrapping_label()
        self.feel_chart = FeelChart()
        self.pages = QStackedWidget()
        self.empty_page = self._empty_page()
        self.figures_page = self._figures_page()
        for page in (self.empty_page, self.figures_page):
            self.pages.addWidget(page)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close this window (Esc)"))
        self.close_button.setAccessibleName(self.close_button.text())
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        fix_size(self)

    def _empty_page(self) -> QWidget:
        """A welcome rather than a page of zeros."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        icon = QLabel()
        side = self.fontMetrics().height() * 4
        icon.setPixmap(app_icon(scale=self.devicePixelRatioF()).pixmap(side, side))
        heading = QLabel(self.tr("No breaks yet"))
        heading.setFont(scaled_font(self, 1.4, bold=True))
        text = wrapping_label(self.tr(EMPTY_TEXT))
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
        layout.addWidget(self._section(self.tr("Breaks each day")))
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.legend)
        layout.addSpacing(8)
        feel = self.tr("How your neck and upper back feel, from 0 (stiff or sore) to 10 (good)")
        layout.addWidget(self._section(feel))
        layout.addWidget(self.feel_text)
        layout.addWidget(self.feel_chart, 2)
        return page

    def _section(self, title: str) -> QLabel:
        label = wrapping_label(title)
        label.setFont(scaled_font(self, 1.0, bold=True))
        return label

    def _show(self, summary: Summary) -> None:
        if summary.first_day is None:
            aside = StatsWords.tr(
                "Each day gets a bar, and a day with %n stretch break(s) starts a streak.",
                None,
                summary.goal,
            )
            self.empty_aside.setText(aside)
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
        # Fixed at the size it asked for when built, before any figure or the goal was
        # in it: wider now if the words shown need it (a legend that would be cut).
        fix_size(self, self.size().expandedTo(self.sizeHint()))
        super().showEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)


def _day_figure(title: str, figures: DayFigures) -> tuple[str, str, str]:
    """A day's or the week's tile: (the number, what it means, the sentence)."""
    if figures.due == 0:
        sentence = StatsWords.tr("{title}: no breaks so far.").format(title=title)
        return "0", StatsWords.tr("breaks so far"), sentence
    minutes = _stretching(figures.minutes)
    value = StatsWords.tr("{taken} of {due}").format(taken=figures.taken, due=figures.due)
    detail = "\n".join((StatsWords.tr("breaks taken"), minutes))
    #: A tile's sentence for screen readers, "Today: 4 of 6 breaks taken, 8 min of stretching."
    sentence = StatsWords.tr("{title}: {breaks}, {stretching}.")
    return (
        value,
        detail,
        sentence.format(title=title, breaks=breaks_of(figures), stretching=minutes),
    )


def _stretching(minutes: float) -> str:
    if minutes >= 0.5:
        return StatsWords.tr("{minutes} min of stretching").format(minutes=round(minutes))
    if minutes > 0:
        return StatsWords.tr("under a minute of stretching")
    return StatsWords.tr("no stretching yet")


def _streak_figure(summary: Summary) -> tuple[str, str, str]:
    """The streak's tile; while today is short of the goal, how many more keep it going.
    Where the English verb agrees with a count, one stays a text of its own."""
    goal, streak, done = summary.goal, summary.streak, summary.today.exercised
    missing = goal - done
    if not streak:
        if done and missing == 1:
            rule = StatsWords.tr("1 more stretch break today starts one")
        elif done:
            rule = StatsWords.tr("%n more stretch breaks today start one", None, missing)
        elif goal == 1:
            rule = StatsWords.tr("1 stretch break in a day starts one")
        else:
            rule = StatsWords.tr("%n stretch breaks in a day start one", None, goal)
        return (
            StatsWords.tr("None yet"),
            rule,
            StatsWords.tr("No streak yet: {rule}.").format(rule=rule),
        )
    value = StatsWords.tr("%n day(s)", None, streak)
    rule = StatsWords.tr("at least %n stretch break(s) a day", None, goal)
    sentence = StatsWords.tr("%n-day streak: {rule}.", None, streak).format(rule=rule)
    if missing <= 0:
        return value, rule, sentence
    if missing == 1:
        more = StatsWords.tr("1 more today makes it {days} days")
    else:
        more = StatsWords.tr("%n more today make it {days} days", None, missing)
    more = more.format(days=streak + 1)
    return value, f"{rule}; {more}", f"{sentence} {more}."


def _feel_words(summary: Summary) -> str:
    """The latest week's check-ins in one line, or what check-ins are."""
    if not summary.feel:
        return StatsWords.tr(
            "After a stretch break you can say how your neck and upper back feel. "
            "Your answers show up here, week by week."
        )
    latest = summary.feel[-1]
    this_monday = summary.today.day - timedelta(days=summary.today.day.weekday())
    if latest.week_start == this_monday:
        return feel_words(latest, StatsWords.tr("This week"))
    return feel_words(latest, week_of(latest.week_start))
