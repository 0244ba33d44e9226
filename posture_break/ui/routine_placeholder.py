"""Stands in for the break window until guided playback exists: says so plainly."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from posture_break.core.catalog import RoutineEntry


def routine_placeholder(routine: RoutineEntry, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(routine.name)
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(f"<b>{routine.menu_label()}</b>")
    box.setInformativeText(
        "The guided version of this routine is coming in the next release of Posture "
        "Break. Until then, stand up, roll your shoulders and take a short walk."
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box
