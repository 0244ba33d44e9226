"""Routine files changed while the app runs: a reload request puts them in the tray
menu and the stretch-break rotation at once, with the user's settings still applied."""

from PySide6.QtWidgets import QListWidget

from posture_break import PROTOCOL_VERSION
from posture_break.adapters.content import load_content
from posture_break.adapters.paths import AppPaths
from posture_break.composition import answer_request, compose
from posture_break.core.settings import Settings
from posture_break.core.settings_store import SettingsStore
from posture_break.live_content import reload_content
from posture_break.ui.shell import BreakParts
from tests.ui.conftest import MemoryNotes, read_shipped_picture

NECK_ROLL = (
    'name = "Neck roll"\nillustration = "chin-tuck.svg"\nsteps = ["Roll."]\nsides = "none"\n'
    "[dose]\nhold_s = 20\n"
)
LUNCH = (
    'name = "Lunch stretch"\n[[step]]\nexercise = "neck-roll"\n[[step]]\nexercise = "chin-tuck"\n'
)


def menu_names(shell):
    return [action.text().split("  ")[0] for action in shell.menu.routines_menu.actions()]


def test_a_reload_puts_new_routine_files_in_the_menu_and_the_rotation(qtbot, clock, tmp_path):
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "log", tmp_path / "run")
    settings = Settings(stretch_routines=("lunch",), leave_out=("chin-tuck",))
    store = SettingsStore(paths.config, clock)
    parts = BreakParts(clock, read_shipped_picture, MemoryNotes(), lambda cue: None)
    catalog = load_content(paths)[0]
    composed = compose(clock, settings, catalog, store, 60_000, parts, data_dir=paths.data)
    shell, control = composed.shell, composed.control
    shell.start(None)
    assert not any(name.startswith("Lunch stretch") for name in menu_names(shell))
    assert control.coordinator.planner.schedule.stretch_routines != ("lunch",)

    (paths.data / "exercises").mkdir(parents=True)
    (paths.data / "exercises/neck-roll.toml").write_text(NECK_ROLL)
    (paths.data / "routines").mkdir()
    (paths.data / "routines/lunch.toml").write_text(LUNCH)
    reply = answer_request(composed, paths, None, {"v": PROTOCOL_VERSION, "cmd": "reload"})

    assert reply["ok"] is True
    assert reply["message"] == "The menu lists 5 routines now."
    assert "lunch" in reply["routines"]
    assert any(name.startswith("Lunch stretch") for name in menu_names(shell))
    assert control.coordinator.planner.schedule.stretch_routines == ("lunch",)
    lunch = control.catalog.routine("lunch")
    assert [item.exercise.id for item in lunch.items] == ["neck-roll"]  # chin-tuck left out
    assert control.start("lunch")[0]
    qtbot.waitExposed(shell.break_window)
    assert shell.break_window.routine == lunch
    shell.break_window.close()
    shell.tray.icon.hide()


def test_the_settings_window_opened_after_a_reload_offers_the_new_routine(qtbot, clock, tmp_path):
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "log", tmp_path / "run")
    store = SettingsStore(paths.config, clock)
    parts = BreakParts(clock, read_shipped_picture, MemoryNotes(), lambda cue: None)
    composed = compose(clock, Settings(), load_content(paths)[0], store, 60_000, parts)
    shell = composed.shell
    shell.show_settings()
    before = shell.windows["settings"]
    qtbot.waitExposed(before)
    before.close()

    (paths.data / "exercises").mkdir(parents=True)
    (paths.data / "exercises/neck-roll.toml").write_text(NECK_ROLL)
    (paths.data / "routines").mkdir()
    (paths.data / "routines/lunch.toml").write_text(LUNCH)
    answer_request(composed, paths, None, {"v": PROTOCOL_VERSION, "cmd": "reload"})
    shell.show_settings()
    after = shell.windows["settings"]
    qtbot.waitExposed(after)
    [routines] = [
        found
        for found in after.findChildren(QListWidget)
        if found.accessibleName() == "Routines stretch breaks take turns with"
    ]
    names = [routines.item(row).text() for row in range(routines.count())]
    assert any(name.startswith("Lunch stretch") for name in names), names
    after.close()
    shell.tray.icon.hide()


def test_a_reload_that_finds_problems_says_how_many(qtbot, clock, tmp_path):
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "log", tmp_path / "run")
    store = SettingsStore(paths.config, clock)
    parts = BreakParts(clock, read_shipped_picture, MemoryNotes(), lambda cue: None)
    composed = compose(clock, Settings(), load_content(paths)[0], store, 60_000, parts)
    (paths.data / "routines").mkdir(parents=True)
    (paths.data / "routines/lunch.toml").write_text('name = "Lunch"\n')
    problems = reload_content(composed.settings, paths, None)
    assert [problem.where for problem in problems] == ["step"]
    reply = answer_request(composed, paths, None, {"v": PROTOCOL_VERSION, "cmd": "reload"})
    assert reply["message"] == (
        "The menu lists 4 routines now. Your files have 1 problem: run 'posture-break check' "
        "for the details."
    )
    old = answer_request(composed, paths, None, {"v": 0, "cmd": "reload"})
    assert old["ok"] is False
    composed.shell.tray.icon.hide()
