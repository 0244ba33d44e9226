"""The About box: what this is, its licence, and the safety note."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from posture_break import APP_NAME, __version__
from posture_break.core.coach import safety_note
from posture_break.ui.app_icon import app_icon


def about_box(parent: QWidget | None = None) -> QMessageBox:
    """A non-modal About box; closing hides it, so reopening is instant."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "About {app}").format(app=APP_NAME))
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<h3>{APP_NAME} {__version__}</h3>")
    please_note = QCoreApplication.translate("About", "Please note.")
    paragraphs = (
        QCoreApplication.translate(
            "About",
            "Short, guided stretch breaks for your neck and upper back, at moments that suit you.",
        ),
        f"<b>{please_note}</b> {escape(safety_note())}",
        QCoreApplication.translate("About", "Free software under the MIT licence."),
    )
    box.setInformativeText("".join(f"<p>{paragraph}</p>" for paragraph in paragraphs))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box
