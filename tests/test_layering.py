"""Dependencies point down: core imports nothing from Qt, platformdirs, ui or adapters,
and ui and adapters never import each other: they meet the core's coordination only
through its ports and values (core/ports.py, core/values.py)."""

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "posture_break"

COORDINATION = ("posture_break.core.coordinator", "posture_break.core.control")
ROOT = ("posture_break.app", "posture_break.composition", "posture_break.first_use")
FORBIDDEN = {  # ui and adapters meet only in app.py
    "core": (
        "PySide6",
        "platformdirs",
        "posture_break.ui",
        "posture_break.adapters",
        "posture_break.app",
        "posture_break.composition",
        "posture_break.cli",
    ),
    "adapters": ("posture_break.ui", *ROOT, "posture_break.cli", *COORDINATION),
    "ui": ("posture_break.adapters", *ROOT, "posture_break.cli", *COORDINATION),
    # The command line answers without the tray app; it starts it (main.py) by name only.
    "cli": ("PySide6", "posture_break.ui"),
}


def imported_modules(path: Path):
    tree = ast.parse(path.read_text(), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.lineno, node.module


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_downward(layer):
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no modules found in {layer}/"
    offences = [
        f"{path.relative_to(PACKAGE)}:{line} imports {name}"
        for path in files
        for line, name in imported_modules(path)
        if name.startswith(FORBIDDEN[layer])
    ]
    assert offences == []


def test_the_command_line_loads_no_qt():
    """`posture-break status` must answer without paying for Qt."""
    probe = (
        "import sys, posture_break.cli.main;"
        " print(sorted(m for m in sys.modules if 'PySide6' in m))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_first_paint_loads_no_reminder_machinery():
    """Until the icon is painted, the app loads only what draws it and answers its menu:
    the wakeup, the idle and session watches and the busy probe load with the reminders."""
    waiting = (
        "posture_break.adapters.wakeup",
        "posture_break.adapters.idle_choice",
        "posture_break.adapters.idle_xsync",
        "posture_break.adapters.session_watch",
        "posture_break.adapters.busy_probe",
    )
    assert loaded_by_importing_the_app(waiting) == "[]"


def test_the_routines_window_and_editor_load_on_first_use():
    """Nothing of the Routines window, the routine and exercise editors or what they
    write with is imported until the window first opens."""
    first_use = (
        "posture_break.live_routines",
        "posture_break.ui.routines_window",
        "posture_break.ui.routine_editor",
        "posture_break.ui.step_editor",
        "posture_break.ui.routine_library",
        "posture_break.core.routine_draft",
        "posture_break.core.draft_check",
        "posture_break.adapters.routine_files",
        "posture_break.ui.routine_sharing",
        "posture_break.ui.exercise_buttons",
        "posture_break.ui.exercise_library",
        "posture_break.ui.exercise_editor",
        "posture_break.ui.exercise_fields",
        "posture_break.ui.exercise_preview",
        "posture_break.core.exercise_draft",
        "posture_break.core.exercise_check",
        "posture_break.adapters.exercise_files",
        "posture_break.ui.discard_changes",
    )
    assert loaded_by_importing_the_app(first_use) == "[]"


def test_the_voice_and_the_media_pause_load_with_the_first_break_window():
    """Start-up pays nothing for what only a break window uses (app.break_companion)."""
    later = (
        "posture_break.break_companion",
        "posture_break.core.spoken_cues",
        "posture_break.adapters.voice",
        "posture_break.adapters.mpris",
    )
    assert loaded_by_importing_the_app(later) == "[]"


def loaded_by_importing_the_app(modules):
    """Which of `modules` a fresh `import posture_break.app` loads, as a printed list."""
    return _loaded_of(tuple(modules), f"import posture_break.app\n{LOADED}")


# Built once the icon is painted (composition.py), or on first use: none of them is
# needed to draw the icon or to hold its menu.
AFTER_THE_PAINT = (
    "posture_break.composition",
    "posture_break.live_settings",
    "posture_break.core.settings_store",
    "posture_break.core.settings_validation",
    "posture_break.core.setting_kinds",
    "posture_break.core.routine_loader",
    "posture_break.core.coordinator",
    "posture_break.core.control",
    "posture_break.core.planner",
    "posture_break.core.timeline",
    "posture_break.core.playback",
    "posture_break.core.stats",
    "posture_break.adapters.content",
    "posture_break.adapters.history_db",
    "posture_break.adapters.acknowledged",
    "posture_break.adapters.sound_cues",
    "posture_break.adapters.notify_dbus",
    "posture_break.adapters.dbus_reader",
    "posture_break.adapters.memory",
    "jeepney",
    "apscheduler",
    "tomllib",
    "csv",
    "sqlite3",
    "ctypes",
)


def _loaded_of(names: tuple[str, ...], probe: str, env: dict[str, str] | None = None) -> str:
    """Run `probe` in a fresh interpreter; it prints the modules of `names` it loaded."""
    script = f"import sys\nNAMES = {names!r}\n{probe}"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
    )
    return result.stdout.strip()


LOADED = "print(sorted(n for n in NAMES if n in sys.modules))"


def test_importing_the_app_loads_nothing_that_waits_for_the_paint():
    assert _loaded_of(AFTER_THE_PAINT, f"import posture_break.app\n{LOADED}") == "[]"


def test_the_code_up_to_the_first_paint_loads_nothing_that_waits_for_it(tmp_path):
    """run_app up to the moment it waits for the icon to be painted: the modules loaded
    then are what the icon costs."""
    probe = f"""
import posture_break.app as app
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from posture_break.adapters.paths import AppPaths
from posture_break.cli.commands import parse_command

def waiting_for_the_paint(shell, start):
    {LOADED}
    QTimer.singleShot(0, QApplication.quit)

app._start_soon = waiting_for_the_paint
sys.exit(app.run_app(parse_command([]), AppPaths.from_platformdirs()))
"""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    assert _loaded_of(AFTER_THE_PAINT, probe, env) == "[]"


def test_no_module_source_is_held_after_pyside6_loads():
    """PySide6's __feature__ import hook reads the source of every module imported after
    it and linecache keeps it all day (about 7 MiB here): the app puts Python's own
    import back (posture_break/pyside_import.py). The one import that still goes through
    the hook, of pyside_import itself, reads the package's __init__.py."""
    probe = (
        "import linecache, posture_break.app, posture_break.composition\n"
        "print(sorted(f for f in linecache.cache if 'posture_break' in f))"
    )
    assert _loaded_of((), probe) == str([str(PACKAGE / "__init__.py")])


def test_the_running_app_loads_what_waits_for_its_first_use_only_then():
    """The scheduler comes with the first break (adapters/wakeup.py), the player with
    the first break window (what the menu and the schedule need of a routine's length is
    in core/timeline.py), the statistics and csv with the statistics window or an
    export, sqlite3 with the first break recorded; finding Xlib runs no `ldconfig`
    (adapters/xlib.py)."""
    first_use = (
        "apscheduler",
        "posture_break.core.playback",
        "posture_break.core.stats",
        "csv",
        "sqlite3",
        "ctypes.util",
    )
    probe = (
        "import posture_break.app, posture_break.composition\n"
        "import posture_break.adapters.wakeup, posture_break.adapters.idle_choice\n"
        "import posture_break.adapters.session_watch, posture_break.adapters.busy_probe\n"
        f"{LOADED}"
    )
    assert _loaded_of(first_use, probe) == "[]"


def test_watching_the_screen_lock_and_sleep_loads_no_jeepney(tmp_path):
    """The session watch starts with the reminders and uses QtDBus, which Qt has loaded
    anyway: jeepney, for the notifier and GNOME's idle watch, loads when they first
    speak. (Here neither bus is reachable: the watch gives up on both.)"""
    probe = f"""
from PySide6.QtCore import QCoreApplication
from posture_break.adapters.session_watch import SessionWatch
app = QCoreApplication([])
none = "unix:path={tmp_path}/no-bus"
SessionWatch(print, print, print, session_bus=none, system_bus=none).start()
{LOADED}
"""
    assert _loaded_of(("jeepney",), probe) == "[]"


def test_the_busy_probe_and_the_notifier_load_when_first_needed():
    """The reminders get a BusyOnFirstAsk and a NotifierOnFirstUse (first_use.py): the
    probe, its display connection and its camera and sound checks load when the
    coordinator first asks; the notifier and its D-Bus reader with the first message."""
    first_needed = (
        "posture_break.adapters.busy_probe",
        "posture_break.adapters.busy_sources",
        "posture_break.adapters.full_screen_x11",
        "glob",
        "posture_break.adapters.notify_dbus",
        "posture_break.adapters.dbus_reader",
    )
    probe = (
        "import posture_break.composition\n"
        "from posture_break.first_use import BusyOnFirstAsk, NotifierOnFirstUse\n"
        "from PySide6.QtCore import QObject\n"
        "BusyOnFirstAsk()\n"
        "notifier = NotifierOnFirstUse(print, QObject())\n"
        "notifier.withdraw()\n"
        f"{LOADED}"
    )
    assert _loaded_of(first_needed, probe) == "[]"


# Dataclasses defined by the modules the start loads: each uses what only a dataclass
# has (validation in __post_init__, inheritance, fields(), replace(), mutable fields).
DATACLASSES_AT_START = (
    "posture_break.core.routines.Dose",  # __post_init__, replace()
    "posture_break.core.routines.Exercise",  # replace()
    "posture_break.core.routines.Routine",  # __post_init__, replace()
    "posture_break.core.routines.RoutineItem",  # replace()
    "posture_break.core.setting_kinds.Hours",  # the setting kinds derive from KeySpec
    "posture_break.core.setting_kinds.KeySpec",
    "posture_break.core.setting_kinds.Names",
    "posture_break.core.setting_kinds.Number",
    "posture_break.core.setting_kinds.Switch",
    "posture_break.core.settings.Settings",  # fields(), asdict(), replace()
)


def test_the_start_defines_plain_values_as_named_tuples():
    """On Python 3.11 defining a frozen dataclass takes 0.3 to 1.1 ms (each method is
    compiled on its own), a NamedTuple about 0.07 ms: the 20 values that are NamedTuples
    now cost every start 10 ms as dataclasses. A value of the start that needs none of a
    dataclass's machinery is a NamedTuple; a new dataclass here needs a reason above."""
    probe = (
        "import dataclasses\n"
        "import posture_break.app, posture_break.composition\n"
        "import posture_break.adapters.wakeup, posture_break.adapters.idle_choice\n"
        "import posture_break.adapters.session_watch\n"
        "print(*sorted(\n"
        "    f'{module.__name__}.{name}'\n"
        "    for module in list(sys.modules.values())\n"
        "    if module.__name__.startswith('posture_break')\n"
        "    for name, value in vars(module).items()\n"
        "    if dataclasses.is_dataclass(value) and value.__module__ == module.__name__\n"
        "), sep='\\n')"
    )
    assert _loaded_of((), probe).splitlines() == sorted(DATACLASSES_AT_START)


def test_the_app_asks_pyside6_for_no_class_it_uses_only_later():
    """PySide6 builds a class, with its enums, when a module first takes it from
    PySide6.QtCore: QProcess (a break's sounds) and QUrl (opening the data folder) are
    taken where they are used, not at the top of modules the start loads."""
    probe = (
        "import posture_break.app, posture_break.composition\n"
        "import PySide6.QtCore\n"
        "print(sorted(n for n in ('QProcess', 'QUrl') if n in vars(PySide6.QtCore)))"
    )
    assert _loaded_of((), probe) == "[]"
