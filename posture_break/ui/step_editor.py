"""One step of a routine in the routine editor: its exercise, picked from a list that
filters as you type and shows each exercise's picture, and what the routine changes of
the exercise's own dose, with the dose it plays said below in words.

Each dose box starts at "as the exercise (N)", its lowest value: a step keeps only what
the user changes, as a hand-written routine file does. Only the dose kind the exercise
has is offered (a hold, or repetitions), so the numbers always make a whole dose.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from posture_break.core.i18n import Context
from posture_break.core.routine_draft import StepDraft
from posture_break.core.routines import Dose, Exercise
from posture_break.core.toml_fields import DOSE_NUMBERS
from posture_break.ui.form_widgets import Hint, named
from posture_break.ui.illustration import render_illustration

THUMBNAIL = QSize(40, 40)
StepWords = Context("StepWords")  # counted texts: English plurals without a translation


def thumbnail(widget: QWidget, exercise: Exercise, picture: bytes | None) -> QIcon:
    """The exercise's picture, small, drawn for the widget's palette and screen."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    pixmap = render_illustration(
        picture,
        size=THUMBNAIL,
        device_pixel_ratio=widget.devicePixelRatioF(),
        dark=dark,
        mirrored=False,
        placeholder_label=exercise.name,
    )
    return QIcon(pixmap)


class StepEditor(QWidget):
    """The exercise and the dose of the step being edited; `changed` after each edit."""

    changed = Signal()

    def __init__(self, exercises: Sequence[Exercise], icon: Callable[[Exercise], QIcon]) -> None:
        super().__init__()
        self._icon = icon
        self._exercises: dict[str, Exercise] = {}
        self._step: StepDraft | None = None
        self._search = named(QLineEdit(), self.tr("Find an exercise"))
        self._search.setPlaceholderText(self.tr("Type to filter"))
        self._search.textChanged.connect(self._on_search_text_changed)
        self._search.returnPressed.connect(self._on_search_return_pressed)
        self._list = named(QListWidget(), self.tr("Exercise"))
        self._list.setIconSize(THUMBNAIL)
        self.use_exercises(exercises)
        self._list.currentItemChanged.connect(self._on_exercise_chosen)
        self._boxes: dict[str, QSpinBox] = {}
        self._labels: dict[str, QLabel] = {}
        labels = {
            "sets": self.tr("S&ets"),
            "hold_s": self.tr("&Hold, seconds"),
            "reps": self.tr("&Repetitions"),
            "rep_s": self.tr("Seconds per re&petition"),
            "rest_s": self.tr("Rest &between sets, seconds"),
        }
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        exercise_label = QLabel(self.tr("E&xercise"))
        exercise_label.setBuddy(self._search)
        layout.addWidget(exercise_label, 0, 0)
        layout.addWidget(self._search, 0, 1)
        layout.addWidget(self._list, 1, 0, 1, 2)
        for row, (key, text) in enumerate(labels.items(), 2):
            box = self._boxes[key] = named(QSpinBox(), text.replace("&", ""))
            low, high, _unit = DOSE_NUMBERS[key]
            box.setRange(low - 1, high)  # the lowest: as the exercise has it
            box.valueChanged.connect(self._on_dose_changed)
            label = QLabel(text)
            label.setBuddy(box)
            layout.addWidget(label, row, 0)
            layout.addWidget(box, row, 1)
            self._labels[key] = label
        self._dose = QLabel()
        self._dose.setWordWrap(True)
        layout.addWidget(self._dose, layout.rowCount(), 0, 1, 2)
        self.problem = Hint(self._list, *self._boxes.values())
        layout.addWidget(self.problem, layout.rowCount(), 0, 1, 2)
        self.setEnabled(False)

    def use_exercises(self, exercises: Sequence[Exercise], pick: str | None = None) -> None:
        """List `exercises` (again, after one was made or changed); `pick`: the step
        being edited takes that exercise."""
        self._exercises = {exercise.id: exercise for exercise in exercises}
        self._list.blockSignals(True)
        self._list.clear()
        for exercise in exercises:
            item = QListWidgetItem(self._icon(exercise), exercise.name, self._list)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setToolTip(exercise.purpose)
        self._list.blockSignals(False)
        self._on_search_text_changed(self._search.text())
        if self._step is not None:
            self._select(pick or self._step.exercise)
            self._refresh()  # the exercise's own dose may have changed

    def chosen(self) -> str | None:
        """The exercise of the step being edited."""
        return None if self._step is None else self._step.exercise

    def controls(self) -> list[QWidget]:
        """In the order Tab visits them."""
        return [self._search, self._list, *self._boxes.values()]

    def edit(self, step: StepDraft | None) -> None:
        """Show `step` (None: no step chosen) for editing; its edits change it in place."""
        self._step = None
        self.setEnabled(step is not None)
        if step is not None:
            self._select(step.exercise)
            for key, box in self._boxes.items():
                value = getattr(step, key)
                box.setValue(box.minimum() if value is None else value)
        self._step = step
        self._refresh()

    def choose_first(self) -> None:
        """The keyboard goes to the search field of a step just added: type part of a
        name, Enter takes the first exercise that matches."""
        self._search.clear()
        self._search.setFocus()

    @Slot()
    def _on_search_return_pressed(self) -> None:
        shown = [self._list.item(row) for row in range(self._list.count())]
        first = next((item for item in shown if not item.isHidden()), None)
        if first is not None:
            self._list.setCurrentItem(first)
            self._list.setFocus()

    def _select(self, exercise_id: str) -> None:
        for row in range(self._list.count()):
            item = self._list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == exercise_id:
                self._list.setCurrentItem(item)
                return
        self._list.setCurrentRow(-1)

    def _exercise(self) -> Exercise | None:
        return None if self._step is None else self._exercises.get(self._step.exercise)

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self._list.count()):
            item = self._list.item(row)
            item.setHidden(needle not in item.text().casefold())

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_exercise_chosen(self, item: QListWidgetItem | None, _before: object) -> None:
        if self._step is None or item is None:
            return
        exercise_id = str(item.data(Qt.ItemDataRole.UserRole))
        if exercise_id != self._step.exercise:
            self._step.exercise = exercise_id
            self._refresh()
            self.changed.emit()

    @Slot(int)
    def _on_dose_changed(self, _value: int) -> None:
        if self._step is None:
            return
        for key, box in self._boxes.items():
            setattr(self._step, key, None if box.value() == box.minimum() else box.value())
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        """Which boxes the exercise's dose kind needs, what "as the exercise" is for each,
        and the dose the step plays, in words."""
        exercise = self._exercise()
        holds = exercise is None or exercise.dose.is_hold
        for key, box in self._boxes.items():
            shown = key not in (("reps", "rep_s") if holds else ("hold_s",))
            box.setVisible(shown)
            self._labels[key].setVisible(shown)
            own = None if exercise is None else getattr(exercise.dose, key)
            #: A dose box's lowest value: the routine keeps the exercise's own number
            as_exercise = self.tr("as the exercise ({number})")
            box.setSpecialValueText(as_exercise.format(number=own if own is not None else "-"))
        if exercise is None or self._step is None:
            self._dose.clear()
            return
        self._dose.setText(self.describe(self._step.dose(exercise)))

    def describe(self, dose: Dose) -> str:
        """The dose a step plays, in words: "2 sets of a 30 s hold, 10 s rest between"."""
        if dose.is_hold:
            work = StepWords.tr("%n set(s) of a {hold} s hold", None, dose.sets)
            text = work.format(hold=dose.hold_s)
        else:
            work = StepWords.tr("%n set(s) of {reps} repetitions, {rep_s} s each", None, dose.sets)
            text = work.format(reps=dose.reps, rep_s=dose.rep_s)
        if dose.sets > 1:
            rest = self.tr("{rest} s rest between sets").format(rest=dose.rest_s)
            text = f"{text}, {rest}"
        #: What a step of the routine plays, such as "Plays: 2 sets of a 30 s hold"
        return self.tr("Plays: {dose}").format(dose=text)
