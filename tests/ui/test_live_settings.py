"""A change made in the settings window reaches the running app at once: the tray
menu, the next break, the break window and the file on disk."""

import tomllib

from PySide6.QtCore import Qt

from posture_break.composition import compose
from posture_break.core.routine_loader import load_catalog
from posture_break.core.settings import Settings
from posture_break.core.settings_store import SettingsStore
from posture_break.ui.shell import BreakParts
from tests.ui.conftest import SHIPPED, MemoryNotes, read_shipped_picture


def test_new_settings_apply_to_the_menu_the_schedule_and_the_file(qtbot, clock, tmp_path):
    catalog, _ = load_catalog(SHIPPED)
    store = SettingsStore(tmp_path / "config", clock)
    parts = BreakParts(clock, read_shipped_picture, MemoryNotes(), lambda cue: None)
    shell, control, _, live = compose(clock, Settings(), catalog, store, 60_000, parts)
    shell.start(None)
    menu = [a.text() for a in shell.menu.routines_menu.actions()]
    assert any(text.startswith("Posture reset") for text in menu)

    posture_reset = {item.exercise.id for item in catalog.routine("posture-reset").items}
    chosen = Settings(
        stretch_every_min=30, micro_every_min=0, leave_out=tuple(posture_reset), stay_on_top=False
    )
    assert live.apply(chosen) is None

    menu = [a.text() for a in shell.menu.routines_menu.actions()]
    assert not any(text.startswith("Posture reset") for text in menu)  # nothing left of it
    assert control.view().line == "Stretch break in 30 min"
    saved = tomllib.loads(store.path.read_text())
    assert saved["breaks"]["stretch_every_min"] == 30
    assert saved["window"]["leave_out"] == sorted(posture_reset, key=chosen.leave_out.index)

    assert control.start("desk-neck")[0]
    window = shell.break_window
    qtbot.waitExposed(window)
    assert not window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    shown = {item.exercise.id for item in window.routine.items}
    assert not shown & posture_reset
    window.close()
    shell.tray.icon.hide()


def test_a_failed_save_is_said_and_the_settings_apply_all_the_same(qtbot, clock, tmp_path):
    catalog, _ = load_catalog(SHIPPED)
    blocker = tmp_path / "config"
    blocker.write_text("a file where the settings folder should be")
    store = SettingsStore(blocker, clock)
    parts = BreakParts(clock, read_shipped_picture, MemoryNotes(), lambda cue: None)
    shell, control, _, live = compose(clock, Settings(), catalog, store, 60_000, parts)
    message = live.apply(Settings(stretch_every_min=40, micro_every_min=0))
    assert message is not None
    assert "could not be saved" in message
    assert control.view().line == "Stretch break in 40 min"
    shell.tray.icon.hide()
