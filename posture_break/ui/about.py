"""The About box: what this is, its licence, and the safety note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from posture_break import APP_NAME, __version__
from posture_break.core.coach import SAFETY_NOTE
from posture_break.ui.app_icon import app_icon


def about_box(parent: QWidget | None = None) -> QMessageBox:
    """A non-modal About box; closing hides it, so reopening is instant."""
    box = QMessageBox(parent)
    box.setWindowTitle(f"About {APP_NAME}")
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<h3>{APP_NAME} {__version__}</h3>")
    box.setInformativeText(
        "<p>Short, guided stretch breaks for your neck and upper back, "
        "at moments that suit you.</p>"
        f"<p><b>Please note.</b> {SAFETY_NOTE}</p>"
        "<p>Free software under the MIT licence.</p>"
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box
