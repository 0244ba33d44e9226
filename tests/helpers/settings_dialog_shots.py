"""Screenshots of the settings dialog, every page, light and dark, for judging by eye.

    tests/helpers/with-desktop.sh python -m tests.helpers.settings_dialog_shots OUT_DIR [--lang de]

Shows the dialog at its own size hint with the shipped routines and exercises, and grabs
each page; then the pages with what is wrong said in place: an active-hours day that ends
before it starts, and a start at login and a save that failed. With QT_SCALE_FACTOR=2 in
the environment the same shots come at twice the pixels.
Files: OUT_DIR/<light|dark>-NN-<what>.png
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QApplication, QCheckBox, QTabWidget, QTimeEdit

from posture_break.adapters.autostart.xdg import XdgAutostart
from posture_break.core.clock import SystemClock
from posture_break.core.i18n import weekday_name
from posture_break.core.routine_loader import load_catalog
from posture_break.core.settings import Settings
from posture_break.core.settings_store import SettingsStore
from posture_break.core.timeline import routine_length_s
from posture_break.ui.settings_dialog import Choices, SettingsDialog
from tests.helpers.break_window_shots import each_scheme, shots_app
from tests.ui.conftest import SHIPPED


def broken_login(home: Path) -> XdgAutostart:
    """The real start-at-login entry, in a home where a file stands in for the autostart
    folder: turning it on fails with the sentence a user would read."""
    config = home / ".config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "autostart").write_text("a file where the folder should be")
    return XdgAutostart(config)


def shipped_choices() -> Choices:
    catalog, _ = load_catalog(SHIPPED)
    micro = catalog.routine("posture-reset")
    assert micro is not None
    return Choices(
        routines=tuple((r.id, r.name, routine_length_s(r)) for r in catalog.routines),
        exercises=tuple((e.id, e.name) for e in catalog.exercises),
        micro_routine=(micro.name, routine_length_s(micro)),
    )


def cannot_save(home: Path) -> Callable[[Settings], str | None]:
    """Saving through the real settings store, whose folder is a file: it fails."""
    blocked = home / "settings-folder"
    blocked.write_text("a file where the settings folder should be")
    store = SettingsStore(blocked, SystemClock())

    def save(settings: Settings) -> str | None:
        problem = store.save(settings).problem
        return None if problem is None else problem.message

    return save


def shoot(out: Path, scheme: str, home: Path) -> None:
    shots = 0

    def grab(dialog: SettingsDialog, what: str) -> None:
        nonlocal shots
        QApplication.processEvents()
        dialog.grab().save(str(out / f"{scheme}-{shots:02d}-{what}.png"))
        shots += 1

    settings = Settings(leave_out=("wall-neck-side-bend",))
    login = broken_login(home)
    dialog = SettingsDialog(settings, shipped_choices(), lambda s: None, login, print, print)
    dialog.resize(dialog.sizeHint())
    dialog.show()
    tabs = dialog.findChild(QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        grab(dialog, tabs.tabText(index).replace("&", "").replace(" ", "-").lower())
    dialog.close()

    save = cannot_save(home)
    broken = SettingsDialog(settings, shipped_choices(), save, login, print, print)
    broken.resize(broken.sizeHint())
    broken.show()
    tabs = broken.findChild(QTabWidget)
    tabs.setCurrentIndex(1)
    active_hours = QCoreApplication.translate("TimingPage", "Only during active &hours")
    next(box for box in broken.findChildren(QCheckBox) if box.text() == active_hours).click()
    monday = QCoreApplication.translate("DayRow", "{day}, end").format(day=weekday_name(0))
    monday_end = next(
        edit for edit in broken.findChildren(QTimeEdit) if edit.accessibleName() == monday
    )
    monday_end.setTime(QTime(7, 0))
    grab(broken, "day-ends-before-it-starts")
    monday_end.setTime(QTime(0, 0))  # midnight: valid again, so the change is saved, and fails
    tabs.setCurrentIndex(3)
    login = QCoreApplication.translate("GeneralPage", "Start at &login")
    next(box for box in broken.findChildren(QCheckBox) if box.text() == login).click()
    grab(broken, "login-and-save-failed")
    broken.close()


def main() -> None:
    app, out, _ = shots_app(sys.argv[1:])
    for scheme in each_scheme(app):
        with tempfile.TemporaryDirectory(prefix="pb-shots-") as home:
            os.environ["HOME"] = home  # the hint names ~/.config/autostart, as for a user
            shoot(out, scheme, Path(home))


if __name__ == "__main__":
    main()
