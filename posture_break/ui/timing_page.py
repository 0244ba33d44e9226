"""The settings dialog's Timing tab: when you count as away, when a break waits, and the
active hours of each weekday, one row a day. Like every page (form_widgets.SettingsPage)
it reads, shows and checks its fields; settings_dialog.py applies the whole form.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from posture_break.core.i18n import weekday_name
from posture_break.core.setting_kinds import parse_hours
from posture_break.core.settings import WEEKDAYS, Settings
from posture_break.ui.form_widgets import Hint, SettingsPage, day_span, named, time_box
from posture_break.ui.settings_words import (
    describe_active_hours,
    describe_hold,
    describe_idle,
    describe_natural,
)


class DayRow:
    """One weekday: whether it has active hours, and from when to when."""

    def __init__(self, day: str, text: str, grid: QGridLayout, edited: Callable[[], None]) -> None:
        self.day = day
        self.name = weekday_name(WEEKDAYS.index(day))
        self.switch = named(QCheckBox(text), self.name)
        start = QCoreApplication.translate("DayRow", "{day}, start").format(day=self.name)
        end = QCoreApplication.translate("DayRow", "{day}, end").format(day=self.name)
        self.start = named(time_box(), start)
        self.end = named(time_box(), end)
        self.note = Hint(self.end)
        #: Between a day's start and end time, "08:00 to 18:00"
        to = QLabel(QCoreApplication.translate("DayRow", "to"))
        row = grid.rowCount()
        for column, widget in enumerate((self.switch, self.start, to, self.end, self.note)):
            grid.addWidget(widget, row, column)
        self.switch.toggled.connect(edited)
        self.start.timeChanged.connect(edited)
        self.end.timeChanged.connect(edited)

    def show(self, span: tuple[int, int] | None, usual: tuple[int, int]) -> None:
        """The day's hours; a day off (None) shows `usual`, ready for when it is checked."""
        start, end = span or usual
        self.switch.setChecked(span is not None)
        self.start.setTime(QTime(*divmod(start, 60)))
        self.end.setTime(QTime(*divmod(end % (24 * 60), 60)))

    def hours(self) -> str | None:
        """ "" for a day off, the span, or None while the end is not after the start."""
        return day_span(self.start.time(), self.end.time()) if self.switch.isChecked() else ""

    def refresh(self, master_on: bool) -> bool:
        """Enable what can be changed; say whether the row is valid."""
        self.switch.setEnabled(master_on)
        self.start.setEnabled(master_on and self.switch.isChecked())
        self.end.setEnabled(master_on and self.switch.isChecked())
        valid = self.hours() is not None
        if valid:
            self.note.say("")
        else:
            self.note.say(QCoreApplication.translate("DayRow", "ends before it starts"), error=True)
        return valid


class TimingPage(SettingsPage):
    """When you count as away, when a break waits, and the hours reminders keep."""

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("TimingPage", "&Timing"))
        self._idle = self._number(
            "idle_after_s", self.tr(" s"), self.tr("Count me as away after, in seconds"), 30
        )
        self._idle_hint = self.add(QLabel(self.tr("Count me as &away after")), self._idle)
        self._natural = self._checkbox(self.tr("Time away &counts as a break"))
        self._natural_hint = self.add(self._natural)
        self._hold = self._checkbox(self.tr("Wa&it while I am busy, at most"))
        self._hold_max = self._number(
            "hold_max_min", self.tr(" min"), self.tr("Wait while busy, at most, in minutes")
        )
        self._hold_hint = self.add(self._hold, self._hold_max)
        self._hours_on = self._checkbox(self.tr("Only during active &hours"))
        self._hours_hint = self.add(self._hours_on)
        # Mnemonics clear of the page's other ones and of the tabs'.
        day_texts = (
            self.tr("&Monday"),
            self.tr("Tu&esday"),
            self.tr("We&dnesday"),
            self.tr("Thur&sday"),
            self.tr("&Friday"),
            self.tr("Saturda&y"),
            self.tr("Su&nday"),
        )
        week = QWidget()
        grid = QGridLayout(week)
        grid.setContentsMargins(self.fontMetrics().averageCharWidth() * 3, 0, 0, 0)
        grid.setColumnStretch(4, 1)
        self._days = [
            DayRow(day, text, grid, self._edited)
            for day, text in zip(WEEKDAYS, day_texts, strict=True)
        ]
        self.add_below(week, [w for row in self._days for w in (row.switch, row.start, row.end)])
        self.finish()

    def _show(self, settings: Settings) -> None:
        self._idle.setValue(settings.idle_after_s)
        self._natural.setChecked(settings.natural_breaks)
        self._hold_max.setValue(settings.hold_max_min)
        self._hold.setChecked(settings.hold_when_busy)
        self._hours_on.setChecked(settings.active_hours)
        week = settings.week()
        usual = next((span for span in week if span), parse_hours(Settings().monday))
        assert usual is not None  # Monday is a workday by default
        for row, span in zip(self._days, week, strict=True):
            row.show(span, usual)

    def read(self, settings: Settings) -> Settings:
        """A day whose end is not after its start keeps the hours it had."""
        days: dict[str, Any] = {
            row.day: hours for row in self._days if (hours := row.hours()) is not None
        }
        return replace(
            settings,
            idle_after_s=self._idle.value(),
            natural_breaks=self._natural.isChecked(),
            hold_when_busy=self._hold.isChecked(),
            hold_max_min=self._hold_max.value(),
            active_hours=self._hours_on.isChecked(),
            **days,
        )

    def refresh(self, form: Settings) -> list[str]:
        self._idle_hint.say(describe_idle(form.idle_after_s))
        self._natural_hint.say(describe_natural(form.natural_breaks))
        self._hold_max.setEnabled(form.hold_when_busy)
        self._hold_hint.say(describe_hold(form.hold_when_busy, form.hold_max_min))
        no_day = form.no_active_day()
        self._hours_hint.say(describe_active_hours(form.active_hours, not no_day), error=no_day)
        problems = [self.tr("active hours are on, but no day is checked")] if no_day else []
        for row in self._days:
            if not row.refresh(form.active_hours) and form.active_hours:
                problems.append(self.tr("{day} ends before it starts").format(day=row.name))
        return problems
