"""The settings dialog: every setting a user can change, grouped as a person thinks of
them, and applied the moment it changes, so there is no OK button to forget.

The values on screen become one Settings, applied only when it is whole: nothing that
contradictions() rejects, and every active-hours row ending after it starts. What keeps
it back is said next to the control and in the status line. Start at login is not a
setting but the system's own entry, read and written through a Autostart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QSize, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from posture_break import APP_NAME
from posture_break.core.ports import Autostart
from posture_break.core.settings import Settings
from posture_break.core.settings_validation import contradictions
from posture_break.ui.breaks_page import BreaksPage
from posture_break.ui.fixed_size import fix_size
from posture_break.ui.form_widgets import FormPage, Hint, SettingsPage, named_as_shown
from posture_break.ui.timing_page import TimingPage
from posture_break.ui.window_page import WindowPage

LARGEST = QSize(720, 600)  # fits 1366x768 with panels and the window frame to spare


@dataclass(frozen=True)
class Choices:
    """What the lists in the dialog offer, from the routines and exercises that loaded."""

    routines: tuple[tuple[str, str, float], ...]  # (id, name, length in seconds), menu order
    exercises: tuple[tuple[str, str], ...]  # (id, name) of every exercise
    micro_routine: tuple[str, float]  # (name, length in seconds) of the micro break routine


class GeneralPage(FormPage):
    """What is not a setting in the file: start at login, and two one-off actions."""

    def __init__(
        self,
        login: Autostart | None,
        show_safety_note_again: Callable[[], None],
        open_data_folder: Callable[[], None],
    ) -> None:
        super().__init__(QCoreApplication.translate("GeneralPage", "&General"))
        self._login = login
        self._login_box = named_as_shown(QCheckBox(self.tr("Start at &login")))
        self._login_box.setEnabled(login is not None)
        self._login_box.toggled.connect(self._on_login_box_toggled)
        self._login_hint = self.add(self._login_box)
        self._show_safety_note_again = show_safety_note_again
        safety = named_as_shown(QPushButton(self.tr("Show the safety &note again")))
        safety.clicked.connect(self._on_safety_clicked)
        self._safety_hint = self.add(safety)
        self._safety_hint.say(
            self.tr("The note on stretching safely shows before your next routine.")
        )
        folder = named_as_shown(QPushButton(self.tr("&Open data folder")))
        folder.clicked.connect(open_data_folder)
        self.add(folder).say(
            self.tr("Your own routines, exercises and pictures go in this folder.")
        )
        self.finish()
        self.refresh_login()

    def refresh_login(self) -> None:
        """Show what will really happen at the next login: the desktop's own settings may
        have changed it since the dialog last showed."""
        if self._login is None:
            cannot = self.tr(
                "{app} cannot start itself at login on this system. Add it to your "
                "desktop's startup applications instead."
            )
            self._login_hint.say(cannot.format(app=APP_NAME))
            return
        self._login_box.blockSignals(True)
        self._login_box.setChecked(self._login.is_enabled())
        self._login_box.blockSignals(False)
        #: Where the start-at-login entry is, a file or a registry value
        self._login_hint.say(
            self.tr("Its entry is kept in {place}.").format(place=self._login.where)
        )

    @Slot(bool)
    def _on_login_box_toggled(self, on: bool) -> None:
        assert self._login is not None  # the box is disabled without one
        problem = self._login.enable() if on else self._login.disable()
        self.refresh_login()
        if problem is not None:
            self._login_hint.say(problem, error=True)

    @Slot()
    def _on_safety_clicked(self) -> None:
        self._show_safety_note_again()
        self._safety_hint.say(self.tr("Done: the safety note shows before your next routine."))


class _Scrolled(QScrollArea):
    """A page that scrolls when large fonts make it larger than the dialog may be."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self._page = page
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls; focus scrolls

    def sizeHint(self) -> QSize:
        """The whole page at a width where most lines fit on one line; QScrollArea's own
        hint would cut it at 24 lines of text. The dialog bounds the sum."""
        width = self.fontMetrics().averageCharWidth() * 100
        page = self._page
        height = page.heightForWidth(width) if page.hasHeightForWidth() else -1
        height = height if height > 0 else page.sizeHint().height()
        return QSize(width + self.verticalScrollBar().sizeHint().width(), height)


class SettingsDialog(QDialog):
    """Non-modal; Close (or Esc) only hides it, as every change is already in effect."""

    def __init__(
        self,
        settings: Settings,
        choices: Choices,
        apply: Callable[[Settings], str | None],
        login: Autostart | None,
        show_safety_note_again: Callable[[], None],
        open_data_folder: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # The desktop shows "Settings — Posture Break": Qt adds the app's name.
        self.setWindowTitle(self.tr("Settings"))
        self.setModal(False)
        self._apply = apply
        self._in_effect = settings
        self._save_problem: str | None = None
        self._pages: tuple[SettingsPage, ...] = (
            BreaksPage(choices.routines, choices.micro_routine),
            TimingPage(),
            WindowPage(choices.exercises),
        )
        self._general = GeneralPage(login, show_safety_note_again, open_data_folder)
        self._tabs = QTabWidget()
        for page in (*self._pages, self._general):
            self._tabs.addTab(_Scrolled(page), page.title)
        for page in self._pages:
            page.changed.connect(self._on_page_changed)
        self._status = Hint()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.RestoreDefaults | QDialogButtonBox.StandardButton.Close
        )
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setText(self.tr("&Restore defaults"))
        named_as_shown(restore).clicked.connect(self._on_restore_clicked)
        close = named_as_shown(buttons.button(QDialogButtonBox.StandardButton.Close))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._tabs)
        layout.addWidget(self._status)
        layout.addWidget(buttons)
        # No default button: QDialog would make the first push button in the tab chain
        # one, out of sight on another page, and Enter in a field would press it.
        # Enter finishes typing; Space presses a button; Esc closes.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        pages = (*self._pages, self._general)
        chain = [self._tabs, *(c for page in pages for c in page.controls()), restore, close]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._display(settings)
        fix_size(self)

    def settings(self) -> Settings:
        """What is in effect now."""
        return self._in_effect

    def show_in_effect(self, settings: Settings) -> None:
        """Show settings changed elsewhere (the break window's Voice button), so that the
        next change made here keeps that one."""
        self._in_effect = settings
        self._display(settings)

    def _display(self, settings: Settings) -> None:
        for page in self._pages:
            page.show_settings(settings)
        self._on_page_changed()

    @Slot()
    def _on_page_changed(self) -> None:
        """Read the whole form, say what it means, and apply it if it is whole and new."""
        form = self._in_effect
        for page in self._pages:
            form = page.read(form)
        #: A problem on one of the pages, "Monday ends before it starts (Timing page)"
        on_page = self.tr("{problem} ({page} page)")
        problems = [
            on_page.format(problem=problem, page=page.title.replace("&", ""))
            for page in self._pages
            for problem in page.refresh(form)
        ] or [f"{field}: {reason}" for field, reason in contradictions(form)]
        if problems:
            message = self.tr("Changes are not applied until this is fixed: {problem}.")
            self._status.say(message.format(problem=problems[0]), error=True)
            return
        if form != self._in_effect:
            self._save_problem = self._apply(form)
            self._in_effect = form
        in_effect = self.tr("Changes take effect at once.")
        self._status.say(self._save_problem or in_effect, error=self._save_problem is not None)

    @Slot()
    def _on_restore_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Restore defaults"),
            self.tr(
                "Put every setting back to its default? This takes effect at once. "
                "Start at login stays as it is."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._display(Settings())

    def sizeHint(self) -> QSize:
        return super().sizeHint().boundedTo(LARGEST)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._general.refresh_login()
