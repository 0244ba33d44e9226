"""New exercise… and Edit exercise…, for the routine editor and the Routines window.

Edit works on the exercise the window has chosen (the routine editor: the current
step's), or asks which. A shipped exercise is not changed: it opens as a new exercise
of the user's, a copy of it, as a shipped routine is duplicated. The exercise editor
(exercise_editor.py) is imported when it is first opened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QPushButton, QWidget

from posture_break.ui.exercise_library import ExerciseLibrary, OpenedExercise
from posture_break.ui.form_widgets import named_as_shown


class ExerciseButtons(QWidget):
    """The two buttons in a row; `saved` with the id of an exercise saved."""

    saved = Signal(str)

    def __init__(
        self,
        library: ExerciseLibrary,
        chosen: Callable[[], str | None],
        texts: tuple[str, str],
    ) -> None:
        super().__init__()
        self._library = library
        self._chosen = chosen
        self.new = named_as_shown(QPushButton(texts[0]))
        self.new.clicked.connect(self._on_new_clicked)
        self.edit = named_as_shown(QPushButton(texts[1]))
        self.edit.clicked.connect(self._on_edit_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.new, self.edit):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)

    @Slot()
    def _on_new_clicked(self) -> None:
        self.open_editor(self._library.open_exercise(None))

    @Slot()
    def _on_edit_clicked(self) -> None:
        exercise_id = self._chosen() or self._ask()
        if exercise_id is None:
            return
        if self._library.own_exercise(exercise_id):
            self.open_editor(self._library.open_exercise(exercise_id))
            return
        opened = self._library.open_exercise(exercise_id)
        draft = opened.draft
        draft.illustration = draft.illustration or f"{exercise_id}.svg"  # not the new id's
        draft.id = ""  # a new exercise of the user's
        #: The name of a copy of a built-in exercise: "Chin tuck (copy)"
        draft.name = self.tr("{name} (copy)").format(name=draft.name)
        self.open_editor(OpenedExercise(draft, None))

    def _ask(self) -> str | None:
        """Which exercise to edit, from all of them by name; the user's are marked."""
        exercises = list(self._library.exercises())
        #: An exercise in the list to choose from: its name, and that it is the user's
        yours = self.tr("{name}, yours")
        names = [
            yours.format(name=e.name) if self._library.own_exercise(e.id) else e.name
            for e in exercises
        ]
        name, chosen = QInputDialog.getItem(
            self.window(), self.tr("Edit exercise"), self.tr("&Exercise:"), names, 0, False
        )
        return exercises[names.index(name)].id if chosen and name in names else None

    def open_editor(self, opened: OpenedExercise) -> None:
        from posture_break.ui.exercise_editor import ExerciseEditor  # first use only

        editor = ExerciseEditor(self._library, opened, self.window())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        editor.saved.connect(self.saved)
        editor.show()
        self.editor = editor  # for tests and screenshots to find
