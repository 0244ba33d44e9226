"""The settings dialog: what a user types, clicks or checks reaches `apply` as one whole
Settings, what each control means is said under it, and what cannot work is said in
place and never applied."""

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QDateTimeEdit,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollBar,
    QSlider,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QWidget,
)

from posture_break.adapters.autostart.xdg import XdgAutostart
from posture_break.core.settings import Settings
from posture_break.core.settings_validation import contradictions
from posture_break.ui.form_widgets import checked_ids
from posture_break.ui.settings_dialog import Choices, SettingsDialog
from posture_break.ui.settings_words import (
    describe_heads_up,
    describe_micro,
    describe_snooze,
    describe_stretch,
    seconds_in_words,
)

CHOICES = Choices(
    routines=(
        ("posture-reset", "Posture reset", 70.0),
        ("desk-neck", "Desk neck release", 230.0),
        ("rhomboid-relief", "Rhomboid relief", 290.0),
    ),
    exercises=(("chin-tuck", "Chin tuck"), ("wall-neck-side-bend", "Wall neck side bend")),
    micro_routine=("Posture reset", 70.0),
)
DEFAULTS = Settings()
SAVE_FAILED = "Your settings could not be saved, because the disk is full."


class FakeLogin:
    where = "~/.config/autostart/posture-break.desktop"

    def __init__(self, problem=None):
        self.enabled = False
        self.problem = problem
        self.calls = []

    def is_enabled(self):
        return self.enabled

    def enable(self):
        self.calls.append("enable")
        self.enabled = self.problem is None
        return self.problem

    def disable(self):
        self.calls.append("disable")
        self.enabled = False
        return None


@pytest.fixture
def open_dialog(qtbot):
    def open_dialog(settings=DEFAULTS, login=None, save_problem=None, notes_asked=None):
        applied = []

        def apply(new):
            applied.append(new)
            return save_problem

        def ask_for_notes():
            if notes_asked is not None:
                notes_asked.append(True)

        dialog = SettingsDialog(settings, CHOICES, apply, login, ask_for_notes, lambda: None)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog, applied

    return open_dialog


def control(dialog, kind, name):
    return next(w for w in dialog.findChildren(kind) if w.accessibleName() == name)


def shown_text(dialog):
    return "\n".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def show_page(dialog, title):
    tabs = dialog.findChild(QTabWidget)
    titles = [tabs.tabText(index).replace("&", "") for index in range(tabs.count())]
    tabs.setCurrentIndex(titles.index(title))


def type_into(qtbot, box, text):
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


# -- Words -------------------------------------------------------------------------------


def test_sentences_say_what_the_numbers_mean():
    assert describe_stretch(55, 230) == "A 4-minute stretch every 55 minutes of active work."
    assert describe_micro(25, 55, ("Posture reset", 70)) == (
        "A 1-minute Posture reset every 25 minutes, unless a stretch break is due within 5 minutes."
    )
    assert describe_micro(0, 55, ("Posture reset", 70)) == "Micro breaks are off."
    assert describe_heads_up(60) == "A notification 60 seconds before each break."
    assert describe_snooze(5, 3) == "You can put a break off 3 times in a row, 5 minutes each time."
    assert describe_snooze(10, 1) == "You can put a break off once, for 10 minutes."
    assert describe_snooze(5, 0) == "Breaks cannot be put off."
    assert [seconds_in_words(s) for s in (30, 90, 120, 150)] == [
        "30 seconds",
        "90 seconds",
        "2 minutes",
        "2 minutes 30 seconds",
    ]


def test_a_checklist_keeps_the_order_and_the_ids_it_does_not_show():
    before = ("rhomboid-relief", "my-broken-routine", "desk-neck")
    shown = ("posture-reset", "desk-neck", "rhomboid-relief")
    checked = {"desk-neck", "posture-reset"}
    assert checked_ids(before, shown, checked) == (
        "my-broken-routine",
        "desk-neck",
        "posture-reset",
    )


# -- Changes reach apply -----------------------------------------------------------------


def test_typing_a_stretch_interval_applies_it_once_and_says_what_it_means(qtbot, open_dialog):
    dialog, applied = open_dialog()
    stretch = control(dialog, QSpinBox, "Stretch break every, in minutes")
    type_into(qtbot, stretch, "120")  # "12" on the way is a valid interval too
    assert applied == [replace(Settings(), stretch_every_min=120)]
    assert "A 4-minute stretch every 120 minutes of active work." in shown_text(dialog)
    assert dialog.isVisible()  # Enter in a field does not close the dialog
    assert dialog.settings() == applied[-1]


def test_a_mouse_click_applies_and_a_failed_save_is_said_in_the_status_line(qtbot, open_dialog):
    dialog, applied = open_dialog(save_problem=SAVE_FAILED)
    qtbot.mouseClick(control(dialog, QCheckBox, "Breaks may be skipped"), Qt.MouseButton.LeftButton)
    assert applied == [replace(Settings(), allow_skip=False)]
    assert SAVE_FAILED in shown_text(dialog)
    assert dialog.settings() == applied[-1]  # in effect all the same


def test_the_volume_slider_goes_down_to_off(qtbot, open_dialog):
    dialog, applied = open_dialog()
    show_page(dialog, "Break window")
    qtbot.keyClick(control(dialog, QSlider, "Sound cues volume"), Qt.Key.Key_Home)
    assert applied == [replace(Settings(), sound_volume=0)]
    assert "Off" in shown_text(dialog).splitlines()
    assert "The break window makes no sound." in shown_text(dialog)


def test_the_voice_and_the_media_pause_are_switched_on_the_window_page(qtbot, open_dialog):
    dialog, applied = open_dialog()
    show_page(dialog, "Break window")
    assert "No voice. The Voice button in the break window turns it on too." in shown_text(dialog)
    voice = control(dialog, QCheckBox, "Voice: say each step out loud")
    qtbot.mouseClick(voice, Qt.MouseButton.LeftButton)
    media = control(dialog, QCheckBox, "Pause music and videos during a routine")
    qtbot.mouseClick(media, Qt.MouseButton.LeftButton)
    assert applied[-1] == replace(Settings(), spoken_cues=True, pause_media=False)
    assert "counts the last seconds of a hold" in shown_text(dialog)
    assert "Music and videos play on during a routine." in shown_text(dialog)


def test_a_micro_break_cannot_be_set_as_late_as_a_stretch_break(qtbot, open_dialog):
    dialog, applied = open_dialog()
    micro = control(dialog, QSpinBox, "Micro break every, in minutes")
    type_into(qtbot, control(dialog, QSpinBox, "Stretch break every, in minutes"), "20")
    assert applied == [replace(Settings(), stretch_every_min=20, micro_every_min=19)]
    assert "so this is the most" in shown_text(dialog)
    type_into(qtbot, micro, "45")  # "4" is taken, "5" refused: 45 cannot be typed
    assert micro.value() < 20
    assert all(contradictions(settings) == [] for settings in applied)


def test_the_last_routine_cannot_be_unchecked(qtbot, open_dialog):
    dialog, applied = open_dialog(Settings(stretch_routines=("desk-neck",)))
    routines = control(dialog, QListWidget, "Routines stretch breaks take turns with")
    routines.setCurrentRow(1)  # Desk neck release
    qtbot.keyClick(routines.viewport(), Qt.Key.Key_Space)
    assert routines.item(1).checkState() == Qt.CheckState.Checked
    assert applied == []
    routines.setCurrentRow(2)
    qtbot.keyClick(routines.viewport(), Qt.Key.Key_Space)
    assert applied == [Settings(stretch_routines=("desk-neck", "rhomboid-relief"))]


def test_a_day_that_ends_before_it_starts_is_explained_and_not_applied(qtbot, open_dialog):
    dialog, applied = open_dialog(Settings(active_hours=True))
    show_page(dialog, "Timing")
    monday_end = control(dialog, QTimeEdit, "Monday, end")
    monday_end.setFocus()
    monday_end.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(monday_end, "07")
    qtbot.keyClick(monday_end, Qt.Key.Key_Return)
    assert applied == []
    assert "ends before it starts" in shown_text(dialog).splitlines()
    assert "not applied until this is fixed: Monday ends before it starts" in shown_text(dialog)

    monday_end.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(monday_end, "00")  # an end of 00:00 is midnight
    qtbot.keyClick(monday_end, Qt.Key.Key_Return)
    assert applied == [Settings(active_hours=True, monday="08:00-24:00")]
    assert "ends before it starts" not in shown_text(dialog)


def test_active_hours_without_a_day_are_explained_and_not_applied(qtbot, open_dialog):
    weekdays_off = dict.fromkeys(("tuesday", "wednesday", "thursday", "friday"), "")
    dialog, applied = open_dialog(Settings(active_hours=True, **weekdays_off))
    show_page(dialog, "Timing")
    qtbot.mouseClick(control(dialog, QCheckBox, "Monday"), Qt.MouseButton.LeftButton)
    assert applied == []
    assert "No day is checked, so no reminder would ever come." in shown_text(dialog)


def test_restore_defaults_asks_first_then_applies_the_defaults(qtbot, open_dialog):
    dialog, applied = open_dialog(Settings(stretch_every_min=30, allow_skip=False))
    questions = []

    def answer(button):
        box = QApplication.activeModalWidget()
        questions.append(
            (box.text(), box.defaultButton() is box.button(QMessageBox.StandardButton.No))
        )
        box.button(button).click()

    restore = control(dialog, QPushButton, "Restore defaults")
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    restore.click()
    assert applied == []
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    restore.click()
    assert applied == [Settings()]
    assert control(dialog, QSpinBox, "Stretch break every, in minutes").value() == 55
    assert control(dialog, QCheckBox, "Breaks may be skipped").isChecked()
    text, no_is_default = questions[0]
    assert "Start at login stays as it is" in text
    assert no_is_default


# -- Start at login ----------------------------------------------------------------------


def test_start_at_login_turns_the_entry_on_and_off(qtbot, open_dialog):
    login = FakeLogin()
    dialog, applied = open_dialog(login=login)
    show_page(dialog, "General")
    box = control(dialog, QCheckBox, "Start at login")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert login.calls == ["enable", "disable"]
    assert login.where in shown_text(dialog)
    assert applied == []  # not a setting in the file


def test_start_at_login_says_what_went_wrong(qtbot, open_dialog):
    problem = '"Start at login" could not be turned on, because the disk is full.'
    dialog, _ = open_dialog(login=FakeLogin(problem))
    show_page(dialog, "General")
    box = control(dialog, QCheckBox, "Start at login")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not box.isChecked()
    assert problem in shown_text(dialog)


def test_without_start_at_login_support_the_dialog_says_so(open_dialog):
    dialog, _ = open_dialog(login=None)
    show_page(dialog, "General")
    assert not control(dialog, QCheckBox, "Start at login").isEnabled()
    assert "cannot start itself at login on this system" in shown_text(dialog)


def test_start_at_login_writes_and_removes_the_real_autostart_entry(qtbot, open_dialog):
    entry = XdgAutostart(launch=["posture-break"])
    dialog, _ = open_dialog(login=entry)
    show_page(dialog, "General")
    box = control(dialog, QCheckBox, "Start at login")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert entry.path.is_file()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not entry.path.exists()


def test_the_safety_note_button_asks_once_and_enter_presses_no_button(qtbot, open_dialog):
    notes_asked = []
    dialog, _ = open_dialog(login=FakeLogin(), notes_asked=notes_asked)
    show_page(dialog, "General")
    qtbot.keyClick(control(dialog, QCheckBox, "Start at login"), Qt.Key.Key_Return)
    assert notes_asked == []
    qtbot.mouseClick(
        control(dialog, QPushButton, "Show the safety note again"), Qt.MouseButton.LeftButton
    )
    assert notes_asked == [True]
    assert "Done: the safety note shows before your next routine." in shown_text(dialog)
    assert dialog.isVisible()


# -- Reachable and in proportion ---------------------------------------------------------


def test_every_control_has_an_accessible_name(open_dialog):
    dialog, _ = open_dialog(login=FakeLogin())
    kinds = (QAbstractButton, QAbstractSpinBox, QAbstractSlider, QAbstractItemView)
    tab_bar = dialog.findChild(QTabWidget).tabBar()  # its own scroll arrows are Qt's
    controls = [
        widget
        for widget in dialog.findChildren(QWidget)
        if isinstance(widget, kinds)
        and not isinstance(widget, QScrollBar)
        and widget.parent() is not tab_bar
    ]
    assert len(controls) > 30
    assert [w for w in controls if not w.accessibleName()] == []


def test_each_page_has_mnemonics_of_its_own_and_labels_lead_to_their_controls(open_dialog):
    dialog, _ = open_dialog(login=FakeLogin())
    tabs = dialog.findChild(QTabWidget)
    everywhere = [tabs.tabText(index) for index in range(tabs.count())]
    everywhere += [control(dialog, QPushButton, "Restore defaults").text()]
    for index in range(tabs.count()):
        page = tabs.widget(index)
        labels = [label for label in page.findChildren(QLabel) if "&" in label.text()]
        assert all(label.buddy() is not None for label in labels)
        texts = everywhere + [w.text() for w in (*labels, *page.findChildren(QAbstractButton))]
        letters = [found.group(1).lower() for text in texts if (found := re.search("&(.)", text))]
        assert len(letters) == len(set(letters)), sorted(letters)


def test_the_dialog_fits_a_laptop_screen_and_its_pages_fit_the_dialog(qtbot, open_dialog):
    dialog, _ = open_dialog()
    hint = dialog.sizeHint()
    assert hint.width() <= 720
    assert hint.height() <= 600
    dialog.resize(hint)
    tabs = dialog.findChild(QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.currentWidget()
        qtbot.waitUntil(lambda page=page: page.viewport().height() > 0)
        assert page.verticalScrollBar().maximum() == 0, tabs.tabText(index)
