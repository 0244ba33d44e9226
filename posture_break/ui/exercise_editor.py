"""The exercise editor: every key of an exercise file in a form (exercise_fields.py), a
picture picked from disk, and beside them the exercise as the break window will show it
(exercise_preview.py).

Every edit asks the loader, through the library, whether the exercise would load; what
it says is shown beside the field it is about, in the words `posture-break check`
uses, and Save stays refused, with the reason, until the exercise loads. The picture is
copied into the data folder only when the exercise is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posture_break.core.exercise_check import ExerciseCheck, Picture, exercise_place
from posture_break.core.exercise_draft import PictureRefusedError, exercise_toml
from posture_break.core.i18n import Context
from posture_break.ui.discard_changes import discard_confirmed
from posture_break.ui.exercise_fields import ExerciseFields
from posture_break.ui.exercise_library import ExerciseLibrary, OpenedExercise, Verdict
from posture_break.ui.exercise_preview import ExercisePreview
from posture_break.ui.form_widgets import Hint, named_as_shown

LARGEST = QSize(1240, 700)  # fits 1366x768 with panels and the window frame to spare
PickPicture = Callable[[QWidget], Path | None]  # the file the user picked, or None


PictureDialogWords = Context("PictureDialogWords")


def pick_with_dialog(parent: QWidget) -> Path | None:
    """Qt's file dialog, showing the pictures the break window draws."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        PictureDialogWords.tr("Choose a picture"),
        str(Path.home()),
        PictureDialogWords.tr("Pictures (*.svg *.png *.jpg *.jpeg);;All files (*)"),
    )
    return Path(path) if path else None


class ExerciseEditor(QDialog):
    """Edits one exercise draft; `saved` with its id once it is written and loaded."""

    saved = Signal(str)

    def __init__(
        self, library: ExerciseLibrary, opened: OpenedExercise, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._draft = opened.draft
        self._ours, self._by_hand = opened.ours, opened.by_hand
        self._opened_as = exercise_toml(opened.draft)
        self._picture: Picture | None = None  # picked, not copied yet
        self._verdict = Verdict(ExerciseCheck(None, ()), None)
        self._touched: set[str] = set()  # as in the routine editor: no error before typing
        self.pick_picture: PickPicture = pick_with_dialog  # the seam tests replace
        self.setWindowTitle(self.tr("Edit exercise") if self._ours else self.tr("New exercise"))
        self.fields = ExerciseFields()
        self.fields.load(self._draft)
        self.fields.changed.connect(self._on_changed)
        self.fields.choose_picture.clicked.connect(self._on_choose_picture_clicked)
        self.preview = ExercisePreview()
        self._status = Hint()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        self._save = named_as_shown(save)
        cancel = named_as_shown(buttons.button(QDialogButtonBox.StandardButton.Cancel))
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.fields, 5)
        body.addWidget(self.preview, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self._status)
        layout.addWidget(buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field must not save half an exercise
        for before, after in pairwise([*self.fields.controls(), self._save, cancel]):
            QWidget.setTabOrder(before, after)
        self._recheck()
        self.resize(self.sizeHint())

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(1180, 640)).boundedTo(LARGEST)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter never presses Save, which the button box would make the default."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)

    @Slot(str)
    def _on_changed(self, key: str) -> None:
        self._touched.add(key)
        self._recheck()

    @Slot()
    def _on_choose_picture_clicked(self) -> None:
        path = self.pick_picture(self)
        if path is None:
            return
        self._touched.add("illustration")
        try:
            self._picture = self._library.read_picture(path)
        except PictureRefusedError as refused:
            self._recheck()
            self.fields.hints["illustration"].say(str(refused), error=True)
            return
        self._recheck()

    def _recheck(self) -> None:
        """Ask the loader about the draft as it is now; say what it finds in place."""
        self.fields.store(self._draft)
        verdict = self._verdict = self._library.check_exercise(
            self._draft, new=self._ours is None, picture=self._picture
        )
        by_place: dict[str | None, list[str]] = {}
        for problem in verdict.check.problems:
            by_place.setdefault(exercise_place(problem), []).append(problem.message)
        for key, hint in self.fields.hints.items():
            messages = by_place.get(key, []) if key in self._touched or self._ours else []
            hint.say(" ".join(messages), error=bool(messages) and key != "illustration")
        exercise = verdict.check.exercise
        picture = self._draft.illustration or f"{self._draft.id}.svg"
        if self._read(picture) is None:
            picture = self.tr("None yet: the break window shows the name in a frame.")
        self.fields.picture_name.setText(picture)
        self.preview.show_exercise(exercise, self._read)
        self._save.setEnabled(exercise is not None)
        if exercise is not None:
            loads_note = self.tr("The exercise loads as it is. Save makes it one to use.")
            #: Said while editing an exercise file the user wrote or changed by hand
            kept = self.tr("Save keeps your file, comments and all, as a hidden .bak beside it.")
            self._status.say(f"{loads_note} {kept}" if self._by_hand else loads_note)
            return
        first = verdict.check.problems[0] if verdict.check.problems else None
        where = ": ".join(part for part in (first.where, first.message) if part) if first else ""
        #: Why Save is refused: the first problem the loader found, as check words it
        refused = self.tr("It cannot be saved until this is fixed: {problem}")
        # A new exercise nobody has typed into yet is not wrong, only unfinished.
        wrong = bool(self._touched) or self._ours is not None
        self._status.say(refused.format(problem=where), error=wrong)

    def _read(self, name: str) -> bytes | None:
        """A picture for the preview: the one picked, else as the break window reads it."""
        picked = self._verdict.picture
        if picked is not None and name == picked.name:
            return picked.data
        return self._library.picture(name)

    @Slot()
    def _on_save_clicked(self) -> None:
        self._recheck()
        if self._verdict.check.exercise is None:
            return
        problem = self._library.save_exercise(self._draft, self._ours, self._verdict.picture)
        if problem is not None:
            self._status.say(problem, error=True)
            return
        self.saved.emit(self._draft.id)
        self.accept()

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: changes are lost only when the
        user says so."""
        question = self.tr("Close the editor and lose your changes to this exercise?")
        changed = exercise_toml(self._draft) != self._opened_as or self._picture is not None
        if changed and not discard_confirmed(self, question):
            return
        super().reject()
