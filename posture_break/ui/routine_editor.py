"""The routine editor: a routine's name and summary, and its steps, reordered by drag or
by Alt+Up and Alt+Down, each edited in the step editor beside the list, whose exercise
can be made or changed there too (exercise_buttons.py).

Every edit asks the loader, through the library, whether the routine would load; what it
says is shown beside the field it is about, in the words `posture-break check` uses, and
Save stays refused, with the reason, until the routine loads.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from posture_break.core.draft_check import DraftCheck, place
from posture_break.core.problems import Problem
from posture_break.core.routine_draft import StepDraft, routine_toml
from posture_break.core.routines import Exercise
from posture_break.core.timeline import routine_length_s
from posture_break.ui.discard_changes import discard_confirmed
from posture_break.ui.exercise_buttons import ExerciseButtons
from posture_break.ui.form_widgets import Hint, named, named_as_shown
from posture_break.ui.routine_library import Opened, RoutineLibrary
from posture_break.ui.step_editor import THUMBNAIL, StepEditor, thumbnail

LARGEST = QSize(900, 640)  # fits 1366x768 with panels and the window frame to spare


class StepList(QListWidget):
    """The steps in order; drag one, or press Alt+Up or Alt+Down, to move it."""

    moved = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setIconSize(THUMBNAIL)
        # A drop moves the row in the model; read the new order once it has settled.
        self.model().rowsMoved.connect(lambda *_: QTimer.singleShot(0, self.moved.emit))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if step is not None and event.modifiers() == Qt.KeyboardModifier.AltModifier:
            row = self.currentRow()
            if 0 <= row + step < self.count() and row >= 0:
                item = self.takeItem(row)
                self.insertItem(row + step, item)
                self.setCurrentRow(row + step)
                self.moved.emit()
            return
        super().keyPressEvent(event)


class RoutineEditor(QDialog):
    """Edits one draft; `saved` with the routine's id once it is written and in the menu."""

    saved = Signal(str)

    def __init__(self, library: RoutineLibrary, opened: Opened, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._library = library
        self._draft = opened.draft
        self._ours, self._by_hand = opened.ours, opened.by_hand
        self._opened_as = routine_toml(opened.draft)  # to tell whether anything changed
        self._exercises = {exercise.id: exercise for exercise in library.exercises()}
        self._icons: dict[str, QIcon] = {}
        self._steps: dict[int, StepDraft] = {}  # by the key each list item carries
        self._checked = DraftCheck(None, ())
        self._by_place: dict[object, list[str]] = {}  # messages by place(), see _recheck
        # Fields the user has changed: a new routine's empty name is not an error under
        # the field before anything was typed (the status line says why Save waits).
        self._touched: set[object] = set()
        self.setWindowTitle(self.tr("Edit routine") if self._ours else self.tr("New routine"))
        self._name = named(QLineEdit(self._draft.name), self.tr("Name"))
        self._name.textEdited.connect(self._on_name_edited)
        self._summary = named(QLineEdit(self._draft.summary), self.tr("Summary"))
        self._summary.textEdited.connect(self._on_summary_edited)
        self._list = named(StepList(), self.tr("Steps"))
        self._list.moved.connect(self._on_steps_moved)
        self._list.currentRowChanged.connect(self._on_step_chosen)
        self._step = StepEditor(list(self._exercises.values()), self._icon)
        self._step.changed.connect(self._on_step_changed)
        no_step = QLabel(self.tr("Add a step, then choose its exercise and its dose here."))
        no_step.setWordWrap(True)
        no_step.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._panel = QStackedWidget()  # the step editor, or what to do while there is none
        self._panel.addWidget(no_step)
        self._panel.addWidget(self._step)
        add = named_as_shown(QPushButton(self.tr("&Add step")))
        add.clicked.connect(self._on_add_clicked)
        self._remove = named_as_shown(QPushButton(self.tr("Re&move step")))
        self._remove.clicked.connect(self._on_remove_clicked)
        self._length = QLabel()
        self._status = Hint()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))  # Alt+S, from any field
        self._save = named_as_shown(save)
        cancel = named_as_shown(buttons.button(QDialogButtonBox.StandardButton.Cancel))
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        self._hints = {"name": Hint(self._name), "summary": Hint(self._summary)}
        self._steps_hint = Hint(self._list)
        self._exercise_buttons = ExerciseButtons(
            library, self._step.chosen, (self.tr("Ne&w exercise…"), self.tr("E&dit exercise…"))
        )
        self._exercise_buttons.saved.connect(self._on_exercise_saved)
        self._lay_out(add, buttons)
        chain = [self._name, self._summary, self._list, add, self._remove]
        chain += [*self._step.controls(), self._exercise_buttons.new, self._exercise_buttons.edit]
        chain += [self._save, cancel]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        for step in self._draft.steps:
            self._add_item(step)
        self._list.setCurrentRow(0)
        self._on_step_chosen(self._list.currentRow())  # no signal for an empty list
        self._recheck()

    def _lay_out(self, add: QPushButton, buttons: QDialogButtonBox) -> None:
        form = QGridLayout()
        for row, (text, field, key) in enumerate(
            (
                (self.tr("&Name"), self._name, "name"),
                (self.tr("S&ummary"), self._summary, "summary"),
            )
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addWidget(label, 2 * row, 0)
            form.addWidget(field, 2 * row, 1)
            form.addWidget(self._hints[key], 2 * row + 1, 1)
        steps_label = QLabel(self.tr("S&teps (drag, or Alt+Up and Alt+Down, to reorder)"))
        steps_label.setBuddy(self._list)
        left = QVBoxLayout()
        left.addWidget(steps_label)
        left.addWidget(self._list, 1)
        left.addWidget(self._steps_hint)
        row_of_buttons = QHBoxLayout()
        row_of_buttons.addWidget(add)
        row_of_buttons.addWidget(self._remove)
        row_of_buttons.addStretch(1)
        left.addLayout(row_of_buttons)
        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(self._panel, 1)
        right.addWidget(self._exercise_buttons)
        middle.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(middle, 1)
        layout.addWidget(self._length)
        layout.addWidget(self._status)
        layout.addWidget(buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field must not save half a routine

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter finishes typing (in the search field it picks the exercise); it never
        presses Save, which the button box would make the default."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(760, 560)).boundedTo(LARGEST)

    # Steps -----------------------------------------------------------------------------

    def _icon(self, exercise: Exercise) -> QIcon:
        if exercise.id not in self._icons:
            picture = self._library.picture(exercise.illustration)
            self._icons[exercise.id] = thumbnail(self, exercise, picture)
        return self._icons[exercise.id]

    def _add_item(self, step: StepDraft) -> QListWidgetItem:
        key = id(step)
        self._steps[key] = step
        item = QListWidgetItem(self._list)
        item.setData(Qt.ItemDataRole.UserRole, key)
        return item

    def _ordered(self) -> list[StepDraft]:
        return [
            self._steps[int(self._list.item(row).data(Qt.ItemDataRole.UserRole))]
            for row in range(self._list.count())
        ]

    def _label_steps(self) -> None:
        for row, step in enumerate(self._ordered()):
            item = self._list.item(row)
            exercise = self._exercises.get(step.exercise)
            name = exercise.name if exercise else step.exercise
            item.setText(f"{row + 1}. {name}")
            if exercise is not None:
                item.setIcon(self._icon(exercise))
                item.setToolTip(self._step.describe(step.dose(exercise)))

    @Slot()
    def _on_add_clicked(self) -> None:
        first = next(iter(self._exercises), "")
        step = StepDraft(first)
        self._draft.steps.append(step)
        self._touched.add(None)
        self._list.setCurrentItem(self._add_item(step))
        self._step.choose_first()
        self._recheck()

    @Slot()
    def _on_remove_clicked(self) -> None:
        row = self._list.currentRow()
        if row < 0:
            return
        item = self._list.takeItem(row)
        del self._steps[int(item.data(Qt.ItemDataRole.UserRole))]
        self._draft.steps[:] = self._ordered()  # by the list: two steps may be alike
        self._touched.add(None)
        self._list.setCurrentRow(min(row, self._list.count() - 1))
        self._recheck()

    @Slot()
    def _on_steps_moved(self) -> None:
        self._draft.steps[:] = self._ordered()
        self._recheck()

    @Slot(int)
    def _on_step_chosen(self, row: int) -> None:
        steps = self._ordered()
        self._step.edit(steps[row] if 0 <= row < len(steps) else None)
        self._panel.setCurrentIndex(1 if 0 <= row < len(steps) else 0)
        self._remove.setEnabled(row >= 0)
        self._show_step_problems()

    @Slot()
    def _on_step_changed(self) -> None:
        self._recheck()

    @Slot(str)
    def _on_exercise_saved(self, exercise_id: str) -> None:
        """An exercise made or changed: list it, and the step being edited takes it."""
        self._exercises = {exercise.id: exercise for exercise in self._library.exercises()}
        self._icons.pop(exercise_id, None)
        self._step.use_exercises(list(self._exercises.values()), pick=exercise_id)
        self._recheck()

    @Slot(str)
    def _on_name_edited(self, text: str) -> None:
        self._draft.name = text
        self._touched.add("name")
        self._recheck()

    @Slot(str)
    def _on_summary_edited(self, text: str) -> None:
        self._draft.summary = text
        self._touched.add("summary")
        self._recheck()

    # The loader's judgement ------------------------------------------------------------

    def _recheck(self) -> None:
        """Ask the loader about the draft as it is now; say what it finds in place."""
        self._label_steps()
        self._checked = self._library.check(self._draft, new=self._ours is None)
        problems = [self._in_form_words(problem) for problem in self._checked.problems]
        by_place = self._by_place = {}
        for problem in problems:
            by_place.setdefault(place(problem, len(self._draft.steps)), []).append(problem.message)
        for key, hint in (*self._hints.items(), (None, self._steps_hint)):
            messages = by_place.get(key, []) if key in self._touched or self._ours else []
            hint.say(" ".join(messages), error=bool(messages))
        for row in range(self._list.count()):
            item = self._list.item(row)
            wrong = row in by_place
            item.setText(item.text() + (" ⚠" if wrong else ""))
            if wrong:
                item.setToolTip(" ".join(by_place[row]))
        self._show_step_problems()
        routine = self._draft.routine(self._exercises.values())
        if routine is None:
            self._length.clear()
        else:
            seconds = routine_length_s(routine)
            #: The routine's total length as it plays: "Length: 4 min 10 s"
            length = self.tr("Length: {minutes} min {seconds} s")
            self._length.setText(length.format(minutes=seconds // 60, seconds=seconds % 60))
        loads = self._checked.routine is not None
        self._save.setEnabled(loads)
        if loads:
            loads_note = self.tr("The routine loads as it is. Save puts it in the menu.")
            #: Said while editing a routine file the user wrote or changed by hand
            kept = self.tr("Save keeps your file, comments and all, as a hidden .bak beside it.")
            self._status.say(f"{loads_note} {kept}" if self._by_hand else loads_note)
        else:
            first = problems[0] if problems else None
            where = (
                ": ".join(part for part in (first.where, first.message) if part) if first else ""
            )
            #: Why Save is refused: the first problem the loader found, as check words it,
            #: "name: It is missing. ..."
            refused = self.tr("It cannot be saved until this is fixed: {problem}")
            # A new routine nobody has typed into yet is not wrong, only unfinished.
            wrong = bool(self._touched) or self._ours is not None
            self._status.say(refused.format(problem=where), error=wrong)

    def _in_form_words(self, problem: Problem) -> Problem:
        """The loader's words, but where they tell how to write the file: a routine
        without steps, which the form mends with its Add step button."""
        if problem.where == "step" and not self._draft.steps:
            needs = self.tr("A routine needs at least one step: add one with Add step.")
            return problem._replace(where="", message=needs)
        return problem

    def _show_step_problems(self) -> None:
        messages = self._by_place.get(self._list.currentRow(), [])
        self._step.problem.say(" ".join(messages), error=bool(messages))

    @Slot()
    def _on_save_clicked(self) -> None:
        self._recheck()
        if self._checked.routine is None:
            return
        problem = self._library.save(self._draft, self._ours)
        if problem is not None:
            self._status.say(problem, error=True)
            return
        self.saved.emit(self._draft.id)
        self.accept()

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: changes are lost only when the
        user says so."""
        question = self.tr("Close the editor and lose your changes to this routine?")
        if (routine_toml(self._draft) != self._opened_as) and not discard_confirmed(self, question):
            return
        super().reject()
