"""The one question an editor asks before it closes with unsaved changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def discard_confirmed(parent: QWidget, question: str) -> bool:
    """Whether the user, asked `question` ("Close the editor and lose your changes to
    this routine?"), chose to lose the changes; Cancel is the default, so a stray Enter
    keeps them."""
    buttons = QMessageBox.StandardButton
    title = QCoreApplication.translate("DiscardChanges", "Discard changes")
    answer = QMessageBox.question(
        parent, title, question, buttons.Discard | buttons.Cancel, buttons.Cancel
    )
    return answer == buttons.Discard
