"""The building blocks of the settings dialog's forms: a form page with its rows, the
line under each control saying what it means, a checklist of ids, spin and time boxes
over a setting's range, and the page base whose controls stand for Settings fields.

They know the settings' limits (KEYS) but no particular setting: the pages that use
them are breaks_page.py, timing_page.py and window_page.py.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TypeVar

from PySide6.QtCore import QEvent, QSize, Qt, QTime, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from posture_break.core.setting_kinds import Number, format_hours
from posture_break.core.settings import KEYS, Settings


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


#: The numeric settings by field, for the limits of the controls that show them.
NUMBERS = {spec.field: spec for spec in KEYS if isinstance(spec, Number)}


def number_box(field: str, suffix: str, step: int = 1) -> QSpinBox:
    """A spin box over the setting's range (an off value, 0, has a checkbox of its own)
    that reports a value only when typing is done, so typing "45" never applies "4"."""
    spec = NUMBERS[field]
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
