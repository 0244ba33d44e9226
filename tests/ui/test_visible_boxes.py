"""On a dark desktop the forms' check boxes and radio buttons can be seen, checked or
not: a routine left out of the rotation shows an empty box, not nothing."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QListWidget,
    QRadioButton,
    QStyle,
    QTabWidget,
    QWidget,
)

from posture_break.ui.colour import contrast_ratio
from posture_break.ui.visible_boxes import VisibleBoxes, show_boxes_plainly

GRAPHIC_CONTRAST = 3.0  # WCAG 2's least for the parts of a control


def strongest_contrast(image, area: QRect, ground: QColor) -> float:
    """The contrast against `ground` of the pixel in `area` that stands out most."""
    return max(
        contrast_ratio(image.pixelColor(x, y), ground)
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    )


def indicator_area(widget: QWidget, height: int, left: int = 0) -> QRect:
    """Where a check box or radio button draws its indicator: at the left, as wide as
    the style's indicator and a little more."""
    width = widget.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 4
    return QRect(left, 0, width, height)


@pytest.fixture
def plain_fusion(qapp):
    """Qt's own Fusion, as a fresh application has it before the app's shell is made."""
    qapp.setStyle("fusion")


def test_unchecked_boxes_in_the_settings_show_on_a_dark_desktop(
    qtbot, plain_fusion, shell_and_control, dark_desktop
):
    shell, _ = shell_and_control
    dark_desktop()
    shell.show_settings()
    dialog = shell.windows["settings"]
    qtbot.waitExposed(dialog)

    left_out, routines = next(
        (view.item(row), view)
        for view in dialog.findChildren(QListWidget)
        for row in range(view.count())
        if view.item(row).text().startswith("Full upper-back programme")
    )
    assert left_out.checkState() == Qt.CheckState.Unchecked  # not in the rotation
    row = routines.visualItemRect(left_out)
    image = routines.viewport().grab().toImage()
    base = routines.palette().color(QPalette.ColorRole.Base)
    area = indicator_area(routines, row.height(), row.left()).translated(0, row.top())
    assert strongest_contrast(image, area, base) >= GRAPHIC_CONTRAST

    login = next(box for box in dialog.findChildren(QCheckBox) if "login" in box.text())
    tabs = dialog.findChild(QTabWidget)
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(login)))
    qtbot.waitUntil(login.isVisible)
    assert not login.isChecked()
    image = login.grab().toImage()
    window = login.palette().color(QPalette.ColorRole.Window)
    assert strongest_contrast(image, indicator_area(login, login.height()), window) >= (
        GRAPHIC_CONTRAST
    )


def test_an_unchosen_radio_button_shows_on_a_dark_desktop(qtbot, dark_desktop):
    show_boxes_plainly()  # as the app does before its first side window
    dark_desktop()
    choice = QRadioButton("Repeat a movement")
    qtbot.addWidget(choice)
    choice.show()
    qtbot.waitExposed(choice)
    image = choice.grab().toImage()
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    assert strongest_contrast(image, indicator_area(choice, choice.height()), window) >= (
        GRAPHIC_CONTRAST
    )


def test_a_break_window_open_when_the_settings_first_open_keeps_its_look(
    qtbot, plain_fusion, shell_and_control, dark_desktop
):
    """The outline comes with the first window besides the break window; a break
    window already on screen is polished again then, and must look the same after."""
    shell, control = shell_and_control
    dark_desktop()
    control.start("desk-neck")
    window = shell.break_window
    qtbot.waitExposed(window)
    before = window.grab().toImage()
    shell.show_settings()
    qtbot.waitExposed(shell.windows["settings"])
    assert isinstance(QApplication.style(), VisibleBoxes)
    assert window.grab().toImage() == before
