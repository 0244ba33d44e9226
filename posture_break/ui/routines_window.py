"""The Routines window: every routine in menu order with its length, and New, Duplicate,
Edit, Delete and Try it, Export and Import (routine_sharing.py), and New exercise and
Edit exercise (exercise_buttons.py). Only the user's own
routines can be edited or deleted; a shipped one is duplicated to change it. The editor
(routine_editor.py) is imported when it is first opened, so this window opens as fast as
the others.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posture_break.core.timeline import minutes_label, routine_length_s
from posture_break.ui.exercise_buttons import ExerciseButtons
from posture_break.ui.fixed_size import fix_size
from posture_break.ui.form_widgets import Hint, named, named_as_shown
from posture_break.ui.routine_library import Listed, RoutineLibrary
from posture_break.ui.routine_sharing import RoutineSharing


class RoutinesWindow(QDialog):
    """Non-modal, like the settings window; Close (or Esc) hides it."""

    def __init__(self, library: RoutineLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Routines"))
        self.setModal(False)
        self._library = library
        self._listed: list[Listed] = []
        self._list = named(QListWidget(), self.tr("Routines, in menu order"))
        self._list.currentRowChanged.connect(self._on_row_changed)
        self._list.itemActivated.connect(self._on_item_activated)
        label = QLabel(self.tr("&Routines, in the order the menu lists them"))
        label.setBuddy(self._list)
        self._new = self._button(self.tr("&New…"), self._on_new_clicked)
        self._duplicate = self._button(self.tr("&Duplicate…"), self._on_duplicate_clicked)
        self._edit = self._button(self.tr("&Edit…"), self._on_edit_clicked)
        self._delete = self._button(self.tr("De&lete…"), self._on_delete_clicked)
        self._try = self._button(self.tr("&Try it"), self._on_try_clicked)
        self.sharing = RoutineSharing(library, self)  # public: tests replace its file picker
        self._export = self._button(self.tr("E&xport…"), self._on_export_clicked)
        self._import = self._button(self.tr("&Import…"), self._on_import_clicked)
        texts = (self.tr("Ne&w exercise…"), self.tr("Edit exerci&se…"))
        self.exercises = ExerciseButtons(library, lambda: None, texts)  # public for tests
        self.exercises.saved.connect(self._on_exercise_saved)
        close = self._button(self.tr("&Close"), self.close)
        self._hint = Hint(self._list)
        side = QVBoxLayout()
        for button in (self._new, self._duplicate, self._edit, self._delete, self._try):
            side.addWidget(button)
        side.addSpacing(self.fontMetrics().height())
        side.addWidget(self._export)
        side.addWidget(self._import)
        side.addSpacing(self.fontMetrics().height())
        for button in (self.exercises.new, self.exercises.edit):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(close)
        row = QHBoxLayout()
        row.addWidget(self._list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row, 1)
        layout.addWidget(self._hint)
        chain = [self._list, self._new, self._duplicate, self._edit, self._delete, self._try]
        chain += [self._export, self._import, self.exercises.new, self.exercises.edit, close]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.refresh()
        width = self.fontMetrics().averageCharWidth() * 70
        self.resize(max(self.sizeHint().width(), width), self.sizeHint().height())
        fix_size(self, self.size())

    def _button(self, text: str, slot: object) -> QPushButton:
        button = named_as_shown(QPushButton(text))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def refresh(self, select: str | None = None) -> None:
        """List the routines as they load now, keeping the chosen one (or `select`)."""
        current = self._current()
        keep = select or (current.routine.id if current else None)
        self._listed = list(self._library.listing())
        self._list.clear()
        for listed in self._listed:
            routine = listed.routine
            length = minutes_label(routine_length_s(routine))
            #: A routine in the list: its name, its length, and whether it is the user's
            mine = self.tr("{name} ({length}), yours") if listed.own else "{name} ({length})"
            item = QListWidgetItem(mine.format(name=routine.name, length=length), self._list)
            item.setToolTip(routine.summary)
            item.setData(Qt.ItemDataRole.UserRole, routine.id)
        ids = [listed.routine.id for listed in self._listed]
        self._list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self._on_row_changed(self._list.currentRow())

    def _current(self) -> Listed | None:
        row = self._list.currentRow()
        return self._listed[row] if 0 <= row < len(self._listed) else None

    @Slot(int)
    def _on_row_changed(self, _row: int) -> None:
        current = self._current()
        own = current is not None and current.own
        for button in (self._edit, self._delete):
            button.setEnabled(own)
        for button in (self._duplicate, self._try, self._export):
            button.setEnabled(current is not None)
        if current is None:
            self._hint.say("")
        elif own:
            self._hint.say(current.routine.summary)
        else:
            built_in = self.tr("A built-in routine: duplicate it to make one of your own.")
            self._hint.say(" ".join(part for part in (current.routine.summary, built_in) if part))

    @Slot(QListWidgetItem)
    def _on_item_activated(self, _item: QListWidgetItem) -> None:
        current = self._current()
        if current is not None and current.own:
            self._on_edit_clicked()
        else:
            self._on_duplicate_clicked()

    @Slot()
    def _on_new_clicked(self) -> None:
        self._open_editor(None, copy=False)

    @Slot()
    def _on_duplicate_clicked(self) -> None:
        current = self._current()
        if current is not None:
            self._open_editor(current.routine.id, copy=True)

    @Slot()
    def _on_edit_clicked(self) -> None:
        current = self._current()
        if current is not None and current.own:
            self._open_editor(current.routine.id, copy=False)

    def _open_editor(self, routine_id: str | None, copy: bool) -> None:
        from posture_break.ui.routine_editor import RoutineEditor  # first use only

        editor = RoutineEditor(self._library, self._library.open_draft(routine_id, copy), self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        editor.saved.connect(self._on_saved)
        editor.show()
        self.editor = editor  # for tests and screenshots to find

    @Slot(str)
    def _on_saved(self, routine_id: str) -> None:
        self.refresh(select=routine_id)
        self._hint.say(self.tr("Saved. The tray menu lists it now."))

    @Slot()
    def _on_delete_clicked(self) -> None:
        current = self._current()
        if current is None or not current.own:
            return
        question = self.tr(
            'Delete the routine "{name}"? It leaves the menu; its file is kept as a hidden '
            "backup in your data folder."
        )
        answer = QMessageBox.question(
            self,
            self.tr("Delete routine"),
            question.format(name=current.routine.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        problem = self._library.delete(current.routine.id)
        self.refresh()
        if problem is not None:
            self._hint.say(problem, error=True)

    @Slot()
    def _on_try_clicked(self) -> None:
        current = self._current()
        if current is not None:
            problem = self._library.try_routine(current.routine.id)
            if problem is not None:
                self._hint.say(problem, error=True)

    @Slot()
    def _on_export_clicked(self) -> None:
        current = self._current()
        if current is not None:
            said = self.sharing.export(current.routine.id)
            if said is not None:
                self._hint.say(said)

    @Slot()
    def _on_import_clicked(self) -> None:
        added = self.sharing.import_file()
        if added is not None:
            self.refresh(select=added)
            self._hint.say(self.tr("Added. The tray menu lists it now."))

    @Slot(str)
    def _on_exercise_saved(self, _exercise_id: str) -> None:
        self.refresh()  # a routine that uses it may play longer now
        self._hint.say(self.tr("Saved. The routine editor offers the exercise now."))
