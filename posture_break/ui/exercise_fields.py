"""The exercise editor's form: one control for each key of an exercise file, each with
the line under it where the loader's problems with that key are shown.

The dose is a hold or repetitions by an explicit choice (two radio buttons); only the
chosen kind's numbers are shown, and only they are written, so a draft never has both.
Lists (steps, equipment, cues, cautions) are typed one entry per line; Tab leaves them
for the next field, as in every other field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from posture_break.core.exercise_draft import ExerciseDraft
from posture_break.core.toml_fields import DOSE_NUMBERS
from posture_break.ui.form_widgets import Hint, named, named_as_shown

LISTS = ("steps", "equipment", "cues", "cautions")


def _lines(box: QPlainTextEdit, lines: int) -> QPlainTextEdit:
    box.setTabChangesFocus(True)
    box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    height = box.fontMetrics().lineSpacing() * lines + 2 * box.frameWidth() + 8
    box.setFixedHeight(height)
    return box


class ExerciseFields(QWidget):
    """The fields of one exercise; `changed` with the key of the field edited."""

    changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.name = named(QLineEdit(), self.tr("Name"))
        self.purpose = named(QLineEdit(), self.tr("Purpose"))
        self.texts = {
            "steps": named(_lines(QPlainTextEdit(), 4), self.tr("Steps, one per line")),
            "equipment": named(_lines(QPlainTextEdit(), 2), self.tr("Equipment, one per line")),
            "cues": named(_lines(QPlainTextEdit(), 2), self.tr("Tips, one per line")),
            "cautions": named(_lines(QPlainTextEdit(), 2), self.tr("Cautions, one per line")),
        }
        self.sides = named(QComboBox(), self.tr("Sides"))
        for text, value in (
            (self.tr("None (like a chin tuck)"), "none"),
            (self.tr("Left, then right"), "left-and-right"),
            (self.tr("Both at once (like a row)"), "both"),
        ):
            self.sides.addItem(text, value)
        self.posture = named(QComboBox(), self.tr("Posture"))
        for text, value in (
            (self.tr("Seated"), "seated"),
            (self.tr("Standing"), "standing"),
            (self.tr("Standing with your back to a wall"), "at-a-wall"),
        ):
            self.posture.addItem(text, value)
        self.hold = named_as_shown(QRadioButton(self.tr("&Hold still")))
        self.repeat = named_as_shown(QRadioButton(self.tr("&Repeat a movement")))
        kinds = QButtonGroup(self)
        for button in (self.hold, self.repeat):
            kinds.addButton(button)
        self.hold.toggled.connect(self._on_kind_toggled)
        labels = {  # (shown beside the box, its accessible name)
            "sets": (self.tr("Sets"), self.tr("Sets")),
            "hold_s": (self.tr("Hold, s"), self.tr("Hold, seconds")),
            "reps": (self.tr("Repetitions"), self.tr("Repetitions")),
            "rep_s": (self.tr("each, s"), self.tr("Seconds each repetition takes")),
            "rest_s": (self.tr("Rest, s"), self.tr("Rest between sets, seconds")),
        }
        self.numbers: dict[str, QSpinBox] = {}
        self._number_labels: dict[str, QLabel] = {}
        for key, (text, name) in labels.items():
            box = self.numbers[key] = named(QSpinBox(), name)
            low, high, _unit = DOSE_NUMBERS[key]
            box.setRange(low, high)
            box.valueChanged.connect(lambda _value: self.changed.emit("dose"))
            label = self._number_labels[key] = QLabel(text)
            label.setBuddy(box)
        self.picture_name = QLabel()
        self.picture_name.setWordWrap(True)
        self.choose_picture = named_as_shown(QPushButton(self.tr("Choose &picture…")))
        self.hints = {
            "name": Hint(self.name),
            "purpose": Hint(self.purpose),
            **{key: Hint(lines) for key, lines in self.texts.items()},
            "sides": Hint(self.sides),
            "posture": Hint(self.posture),
            "dose": Hint(self.hold, self.repeat, *self.numbers.values()),
            "illustration": Hint(self.choose_picture),
        }
        self.name.textEdited.connect(lambda _text: self.changed.emit("name"))
        self.purpose.textEdited.connect(lambda _text: self.changed.emit("purpose"))
        for key, lines in self.texts.items():
            lines.textChanged.connect(lambda key=key: self.changed.emit(key))
        self.sides.currentIndexChanged.connect(lambda _index: self.changed.emit("sides"))
        self.posture.currentIndexChanged.connect(lambda _index: self.changed.emit("posture"))
        self._lay_out()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        rows: list[tuple[str, str, QWidget]] = [
            (self.tr("&Name"), "name", self.name),
            (self.tr("P&urpose"), "purpose", self.purpose),
            (self.tr("S&teps, one per line"), "steps", self.texts["steps"]),
            (self.tr("Si&des"), "sides", self.sides),
            (self.tr("P&osture"), "posture", self.posture),
            (self.tr("&Equipment"), "equipment", self.texts["equipment"]),
            (self.tr("T&ips"), "cues", self.texts["cues"]),
            (self.tr("C&autions"), "cautions", self.texts["cautions"]),
        ]
        for row, (text, key, field) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(field)
            align = Qt.AlignmentFlag.AlignTop if isinstance(field, QPlainTextEdit) else None
            grid.addWidget(label, 2 * row, 0, *(() if align is None else (align,)))
            grid.addWidget(field, 2 * row, 1)
            grid.addWidget(self.hints[key], 2 * row + 1, 1)
        row = grid.rowCount()
        dose_label = QLabel(self.tr("Dose"))
        grid.addWidget(dose_label, row, 0, Qt.AlignmentFlag.AlignTop)
        kinds = QHBoxLayout()
        kinds.addWidget(self.hold)
        kinds.addWidget(self.repeat)
        kinds.addStretch(1)
        numbers = QHBoxLayout()
        for key, box in self.numbers.items():
            numbers.addWidget(self._number_labels[key])
            numbers.addWidget(box)
            numbers.addSpacing(self.fontMetrics().averageCharWidth())
        numbers.addStretch(1)
        grid.addLayout(kinds, row, 1)
        grid.addLayout(numbers, row + 1, 1)
        grid.addWidget(self.hints["dose"], row + 2, 1)
        picture_label = QLabel(self.tr("Picture"))
        picture_row = QHBoxLayout()
        picture_row.addWidget(self.picture_name, 1)
        picture_row.addWidget(self.choose_picture)
        grid.addWidget(picture_label, row + 3, 0)
        grid.addLayout(picture_row, row + 3, 1)
        grid.addWidget(self.hints["illustration"], row + 4, 1)
        grid.setRowStretch(row + 5, 1)  # the room to spare goes below the form

    def controls(self) -> list[QWidget]:
        """In the order Tab visits them."""
        texts = self.texts
        return [
            self.name, self.purpose, texts["steps"], self.sides, self.posture,
            texts["equipment"], texts["cues"], texts["cautions"], self.hold, self.repeat,
            *self.numbers.values(), self.choose_picture,
        ]  # fmt: skip

    def load(self, draft: ExerciseDraft) -> None:
        """Show `draft` in the fields, without a `changed` for each."""
        self.blockSignals(True)
        self.name.setText(draft.name)
        self.purpose.setText(draft.purpose)
        for key, lines in self.texts.items():
            lines.setPlainText("\n".join(getattr(draft, key)))
        self.sides.setCurrentIndex(max(0, self.sides.findData(draft.sides)))
        self.posture.setCurrentIndex(max(0, self.posture.findData(draft.posture)))
        (self.hold if draft.holds else self.repeat).setChecked(True)
        for key, box in self.numbers.items():
            box.setValue(getattr(draft, key))
        self.blockSignals(False)
        self._show_kind()

    def store(self, draft: ExerciseDraft) -> None:
        """Put what the fields hold into `draft`."""
        draft.name = self.name.text()
        draft.purpose = self.purpose.text()
        for key, lines in self.texts.items():
            setattr(draft, key, lines.toPlainText().splitlines())
        draft.sides = str(self.sides.currentData())
        draft.posture = str(self.posture.currentData())
        draft.holds = self.hold.isChecked()
        for key, box in self.numbers.items():
            setattr(draft, key, box.value())

    @Slot(bool)
    def _on_kind_toggled(self, _checked: bool) -> None:
        self._show_kind()
        self.changed.emit("dose")

    def _show_kind(self) -> None:
        """Only the numbers of the chosen kind of dose."""
        hidden = ("reps", "rep_s") if self.hold.isChecked() else ("hold_s",)
        for key, box in self.numbers.items():
            box.setVisible(key not in hidden)
            self._number_labels[key].setVisible(key not in hidden)
