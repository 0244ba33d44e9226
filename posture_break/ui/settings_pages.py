"""The settings dialog's pages: the three tabs whose controls are bound to Settings
fields (Breaks, Timing, Break window); the words under each control come from
settings_words.py.

A page reads its fields into a Settings, shows a Settings,
and says what keeps the values on screen from being applied; it never applies anything
itself (settings_dialog.py does, once for the whole form).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTime, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from posture_break.core.i18n import weekday_name
from posture_break.core.playback import minutes_label
from posture_break.core.setting_kinds import Number, format_hours, parse_hours
from posture_break.core.settings import KEYS, WEEKDAYS, Settings
from posture_break.ui.settings_words import (
    describe_active_hours,
    describe_heads_up,
    describe_hold,
    describe_idle,
    describe_leave_out,
    describe_micro,
    describe_natural,
    describe_on_top,
    describe_routines,
    describe_skip,
    describe_snooze,
    describe_stretch,
    describe_volume,
)


def checked_ids(
    before: Sequence[str], shown: Collection[str], checked: Collection[str]
) -> tuple[str, ...]:
    """The ids a checklist stands for: those of `before` still checked, in their order,
    with ids the list does not show kept (a routine file that failed to load today keeps
    its place for tomorrow), then newly checked ones in list order."""
    kept = [item for item in before if item in checked or item not in shown]
    return (*kept, *(item for item in shown if item in checked and item not in kept))


def day_span(start: QTime, end: QTime) -> str | None:
    """A day's hours as the settings file has them, "08:00-18:00"; an end of 00:00 is
    midnight. None when the end is not after the start."""
    start_min = start.hour() * 60 + start.minute()
    end_min = end.hour() * 60 + end.minute() or 24 * 60
    return format_hours((start_min, end_min)) if end_min > start_min else None


# -- Widgets ------------------------------------------------------------------------------

_ERROR_ON_LIGHT, _ERROR_ON_DARK = QColor("#b3261e"), QColor("#ff8a80")  # ≥ 5:1 on either


def hint_colour(palette: QPalette, error: bool) -> QColor:
    """An error red that keeps its contrast on a light or a dark window; otherwise the
    text colour a fifth of the way to the background, quieter than a label but still
    well above 7:1."""
    window = palette.color(QPalette.ColorRole.Window)
    if error:
        return _ERROR_ON_DARK if window.lightness() < 128 else _ERROR_ON_LIGHT
    text = palette.color(QPalette.ColorRole.WindowText)
    ink = (text.redF(), text.greenF(), text.blueF())
    paper = (window.redF(), window.greenF(), window.blueF())
    return QColor.fromRgbF(*(a * 0.8 + b * 0.2 for a, b in zip(ink, paper, strict=True)))


class Hint(QLabel):
    """The line under a control saying what it means. It is also the control's accessible
    description, so a screen reader hears it with the control; an error says so in words,
    the colour only repeats it."""

    def __init__(self, *controls: QWidget) -> None:
        super().__init__()
        self._controls = controls
        self._error = False
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def say(self, text: str, error: bool = False) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        self._error = error
        self._recolour()
        for control in self._controls:
            control.setAccessibleDescription(text)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange):
            self._recolour()

    def _recolour(self) -> None:
        """Colour from the parent's palette; setting ours sends a PaletteChange, which
        finds the colour already right and stops."""
        parent = self.parentWidget()
        if parent is None:
            return
        colour = hint_colour(parent.palette(), self._error)
        if self.palette().color(QPalette.ColorRole.WindowText) != colour:
            palette = QPalette(self.palette())
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)


class CheckList(QListWidget):
    """Checkable items, each standing for an id; with `keep_one`, the last checked item
    cannot be unchecked (its checkbox stops taking clicks and Space)."""

    changed = Signal()

    def __init__(self, items: Sequence[tuple[str, str]], keep_one: bool = False) -> None:
        super().__init__()
        self._keep_one = keep_one
        self._before: tuple[str, ...] = ()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for item_id, text in items:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setCheckState(Qt.CheckState.Unchecked)
        self._lock_last()
        self.itemChanged.connect(self._on_item_changed)

    def show_ids(self, ids: Sequence[str]) -> None:
        self._before = tuple(ids)
        self.blockSignals(True)
        for item in self._items():
            checked = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self._lock_last()

    def ids(self) -> tuple[str, ...]:
        shown = [str(item.data(Qt.ItemDataRole.UserRole)) for item in self._items()]
        return checked_ids(self._before, shown, set(self._checked()))

    def sizeHint(self) -> QSize:
        """Tall enough for every item, up to eight, so the page scrolls rather than the list."""
        rows = min(max(self.count(), 1), 8)
        frame = 2 * self.frameWidth()
        scroll_bar = self.verticalScrollBar().sizeHint().width() if self.count() > rows else 0
        width = self.sizeHintForColumn(0) + frame + scroll_bar
        return QSize(width, self.sizeHintForRow(0) * rows + frame)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (a Qt override)
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(row) for row in range(self.count())]

    def _checked(self) -> list[str]:
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _lock_last(self) -> None:
        lone = self._keep_one and len(self._checked()) == 1
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        self.blockSignals(True)  # flags are data too: no itemChanged for them
        for item in self._items():
            locked = lone and item.checkState() == Qt.CheckState.Checked
            item.setFlags(base if locked else base | Qt.ItemFlag.ItemIsUserCheckable)
        self.blockSignals(False)

    @Slot(QListWidgetItem)
    def _on_item_changed(self, item: QListWidgetItem) -> None:
        self._lock_last()
        self.changed.emit()


_NUMBERS = {spec.field: spec for spec in KEYS if isinstance(spec, Number)}


def number_box(field: str, suffix: str, step: int = 1) -> QSpinBox:
    """A spin box over the setting's range (an off value, 0, has a checkbox of its own)
    that reports a value only when typing is done, so typing "45" never applies "4"."""
    spec = _NUMBERS[field]
    box = QSpinBox()
    box.setRange(spec.minimum, spec.maximum)
    box.setSuffix(suffix)
    box.setSingleStep(step)
    box.setKeyboardTracking(False)
    box.setCorrectionMode(QSpinBox.CorrectionMode.CorrectToNearestValue)
    return box


def time_box() -> QTimeEdit:
    box = QTimeEdit()
    box.setDisplayFormat("HH:mm")
    box.setKeyboardTracking(False)
    return box


Control = TypeVar("Control", bound=QWidget)


def named(widget: Control, name: str) -> Control:
    widget.setAccessibleName(name)
    return widget


Button = TypeVar("Button", bound=QAbstractButton)


def named_as_shown(button: Button) -> Button:
    """A button (or checkbox) named for screen readers by its text, without the "&"."""
    return named(button, button.text().replace("&", ""))


class FormPage(QWidget):
    """A column of settings: a label (or a checkbox) and its control on one row, the line
    saying what it means below. Controls are kept in order for the tab chain."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title  # with its mnemonic, for the tab
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(2, 1)
        self._grid.setVerticalSpacing(self.fontMetrics().height() // 4)
        self._controls: list[QWidget] = []

    def controls(self) -> list[QWidget]:
        return list(self._controls)

    def add_row(
        self,
        label: QLabel | QAbstractButton,
        control: QWidget | None = None,
        shown: QWidget | None = None,
    ) -> None:
        """`label` with `control` beside it (a QLabel becomes its buddy), or a checkbox on
        its own; `shown` is what is laid out when the control comes with more, such as a
        slider with its value."""
        row = self._grid.rowCount()
        if control is None:
            self._grid.addWidget(label, row, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
        else:
            listed = isinstance(control, QListWidget)
            side = Qt.AlignmentFlag.AlignTop if listed else Qt.AlignmentFlag.AlignVCenter
            self._grid.addWidget(label, row, 0, side)
            wide = listed or shown is not None
            self._grid.addWidget(shown or control, row, 1, 1, 2 if wide else 1, side)
            if isinstance(label, QLabel):
                label.setBuddy(control)
        self._controls += [
            w for w in (label, control) if w is not None and not isinstance(w, QLabel)
        ]

    def add(
        self,
        label: QLabel | QAbstractButton,
        control: QWidget | None = None,
        shown: QWidget | None = None,
    ) -> Hint:
        """One setting and the line below it saying what it means, empty for now."""
        self.add_row(label, control, shown)
        hint = Hint(*(w for w in (label, control) if w is not None and not isinstance(w, QLabel)))
        hint.setContentsMargins(0, 0, 0, self.fontMetrics().height() // 2)
        self._grid.addWidget(hint, self._grid.rowCount(), 0, 1, 3)
        return hint

    def add_below(self, widget: QWidget, controls: Sequence[QWidget]) -> None:
        """A block of its own under the last setting, such as the week's hours."""
        self._grid.addWidget(widget, self._grid.rowCount(), 0, 1, 3)
        self._controls += controls

    def finish(self) -> None:
        self._grid.setRowStretch(self._grid.rowCount(), 1)


class SettingsPage(FormPage):
    """A tab whose controls stand for Settings fields. `changed` means "read me again";
    it stays quiet while the page is showing values it was given."""

    changed = Signal()

    def __init__(self, title: str) -> None:
        super().__init__(title)
        self._showing = False

    def show_settings(self, settings: Settings) -> None:
        self._showing = True
        try:
            self._show(settings)
        finally:
            self._showing = False

    def _show(self, settings: Settings) -> None:
        raise NotImplementedError

    def read(self, settings: Settings) -> Settings:
        """`settings` with this page's fields as the controls have them."""
        raise NotImplementedError

    def refresh(self, form: Settings) -> list[str]:
        """Update the lines and which controls are enabled for the whole `form`; return
        what keeps it from being applied, in sentences."""
        raise NotImplementedError

    @Slot()
    def _edited(self) -> None:
        if not self._showing:
            self.changed.emit()

    def _checkbox(self, text: str) -> QCheckBox:
        box = named_as_shown(QCheckBox(text))
        box.toggled.connect(self._edited)
        return box

    def _number(self, field: str, suffix: str, name: str, step: int = 1) -> QSpinBox:
        box = named(number_box(field, suffix, step), name)
        box.valueChanged.connect(self._edited)
        return box


class BreaksPage(SettingsPage):
    """How often breaks come, which routines they use, and how they may be put off."""

    def __init__(
        self, routines: Sequence[tuple[str, str, float]], micro_routine: tuple[str, float]
    ) -> None:
        super().__init__(QCoreApplication.translate("BreaksPage", "&Breaks"))
        self._lengths = {rid: length for rid, _, length in routines}
        self._names = {rid: name for rid, name, _ in routines}
        self._micro_routine = micro_routine
        #: The unit after a number of minutes in a spin box, with its space
        minutes = self.tr(" min")
        self._stretch = named(
            number_box("stretch_every_min", minutes, 5), self.tr("Stretch break every, in minutes")
        )
        self._stretch.valueChanged.connect(self._on_stretch_value_changed)
        self._stretch_hint = self.add(QLabel(self.tr("Stretch break &every")), self._stretch)
        shown = [(rid, f"{name} ({minutes_label(length)})") for rid, name, length in routines]
        self._routines = CheckList(shown, keep_one=True)
        self._routines.setAccessibleName(self.tr("Routines stretch breaks take turns with"))
        self._routines.changed.connect(self._edited)
        self._routines_hint = self.add(QLabel(self.tr("Stretch ro&utines")), self._routines)
        self._micro_on = self._checkbox(self.tr("&Micro break every"))
        self._micro = self._number(
            "micro_every_min", minutes, self.tr("Micro break every, in minutes"), 5
        )
        self._micro_hint = self.add(self._micro_on, self._micro)
        self._heads_up_on = self._checkbox(self.tr("&Heads-up before a break"))
        #: The unit after a number of seconds in a spin box, with its space
        seconds = self.tr(" s")
        self._heads_up = self._number(
            "heads_up_s", seconds, self.tr("Heads-up, seconds before a break"), 10
        )
        self._heads_up_hint = self.add(self._heads_up_on, self._heads_up)
        self._snooze_limit = self._number("snooze_limit", "", self.tr("Snoozes in a row"))
        #: Snoozes in a row: none, a break cannot be put off
        self._snooze_limit.setSpecialValueText(self.tr("None"))
        self.add_row(QLabel(self.tr("Snoozes in a r&ow")), self._snooze_limit)
        self._snooze = self._number("snooze_min", minutes, self.tr("Snooze length, in minutes"))
        self._snooze_hint = self.add(QLabel(self.tr("&Snooze length")), self._snooze)
        self._skip = self._checkbox(self.tr("Breaks may be s&kipped"))
        self._skip_hint = self.add(self._skip)
        self.finish()

    @Slot(int)
    def _on_stretch_value_changed(self, stretch_min: int) -> None:
        self._bound_micro()
        self._edited()

    def _bound_micro(self) -> None:
        """Micro breaks must come more often than stretch breaks: the micro box stops
        below the stretch interval, taking its value down with it."""
        self._micro.blockSignals(True)
        self._micro.setMaximum(min(_NUMBERS["micro_every_min"].maximum, self._stretch.value() - 1))
        self._micro.blockSignals(False)

    def _show(self, settings: Settings) -> None:
        self._stretch.setValue(settings.stretch_every_min)
        self._bound_micro()
        self._micro.setValue(settings.micro_every_min or Settings().micro_every_min)
        self._micro_on.setChecked(settings.micro_every_min != 0)
        self._routines.show_ids(settings.stretch_routines)
        self._heads_up.setValue(settings.heads_up_s or Settings().heads_up_s)
        self._heads_up_on.setChecked(settings.heads_up_s != 0)
        self._snooze_limit.setValue(settings.snooze_limit)
        self._snooze.setValue(settings.snooze_min)
        self._skip.setChecked(settings.allow_skip)

    def read(self, settings: Settings) -> Settings:
        return replace(
            settings,
            stretch_every_min=self._stretch.value(),
            micro_every_min=self._micro.value() if self._micro_on.isChecked() else 0,
            stretch_routines=self._routines.ids(),
            heads_up_s=self._heads_up.value() if self._heads_up_on.isChecked() else 0,
            snooze_limit=self._snooze_limit.value(),
            snooze_min=self._snooze.value(),
            allow_skip=self._skip.isChecked(),
        )

    def refresh(self, form: Settings) -> list[str]:
        chosen = [rid for rid in form.stretch_routines if rid in self._names]
        shortest = min((self._lengths[rid] for rid in chosen), default=None)
        self._stretch_hint.say(describe_stretch(form.stretch_every_min, shortest))
        self._routines_hint.say(describe_routines([self._names[rid] for rid in chosen]))
        micro = describe_micro(form.micro_every_min, form.stretch_every_min, self._micro_routine)
        self._micro.setEnabled(form.micro_every_min != 0)
        self._micro_hint.say(micro)
        self._heads_up.setEnabled(form.heads_up_s != 0)
        self._heads_up_hint.say(describe_heads_up(form.heads_up_s))
        self._snooze.setEnabled(form.snooze_limit > 0)
        self._snooze_hint.say(describe_snooze(form.snooze_min, form.snooze_limit))
        self._skip_hint.say(describe_skip(form.allow_skip))
        return []


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


class WindowPage(SettingsPage):
    """How the break window sounds and sits, and which exercises it never shows."""

    def __init__(self, exercises: Sequence[tuple[str, str]]) -> None:
        super().__init__(QCoreApplication.translate("WindowPage", "Break &window"))
        self._names = dict(exercises)
        self._volume = QSlider(Qt.Orientation.Horizontal)
        self._volume.setAccessibleName(self.tr("Sound cues volume"))
        self._volume.setRange(0, _NUMBERS["sound_volume"].maximum)
        self._volume.setPageStep(10)
        self._volume.setTracking(False)  # a drag applies once, when let go
        self._volume.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        self._level = QLabel()
        widest = f"{self._percent(100)}  "
        self._level.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest))
        self._volume.sliderMoved.connect(self._show_level)
        self._volume.valueChanged.connect(self._show_level)
        self._volume.valueChanged.connect(self._edited)
        volume = QWidget()
        row = QHBoxLayout(volume)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._volume)
        row.addWidget(self._level)
        self._volume_hint = self.add(QLabel(self.tr("&Sound cues")), self._volume, shown=volume)
        self._on_top = self._checkbox(self.tr("Keep the break window &above other windows"))
        self._on_top_hint = self.add(self._on_top)
        self._leave_out = CheckList(exercises)
        self._leave_out.setAccessibleName(self.tr("Exercises to leave out"))
        self._leave_out.changed.connect(self._edited)
        self._leave_out_hint = self.add(QLabel(self.tr("Exercises to &leave out")), self._leave_out)
        self.finish()

    def _percent(self, percent: int) -> str:
        #: The sound cues' volume beside its slider, "40%"
        return self.tr("{percent}%").format(percent=percent)

    @Slot(int)
    def _show_level(self, percent: int) -> None:
        self._level.setText(self.tr("Off") if percent == 0 else self._percent(percent))

    def _show(self, settings: Settings) -> None:
        self._volume.setValue(settings.sound_volume)
        self._show_level(settings.sound_volume)
        self._on_top.setChecked(settings.stay_on_top)
        self._leave_out.show_ids(settings.leave_out)

    def read(self, settings: Settings) -> Settings:
        return replace(
            settings,
            sound_volume=self._volume.value(),
            stay_on_top=self._on_top.isChecked(),
            leave_out=self._leave_out.ids(),
        )

    def refresh(self, form: Settings) -> list[str]:
        self._volume_hint.say(describe_volume(form.sound_volume))
        self._on_top_hint.say(describe_on_top(form.stay_on_top))
        names = [self._names[eid] for eid in form.leave_out if eid in self._names]
        self._leave_out_hint.say(describe_leave_out(names))
        return []
