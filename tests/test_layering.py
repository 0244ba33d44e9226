"""Dependencies point down: core imports nothing from Qt, platformdirs, ui or adapters,
and ui and adapters never import each other: they meet the core's coordination only
through its ports and values (core/ports.py, core/values.py)."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "posture_break"

COORDINATION = ("posture_break.core.coordinator", "posture_break.core.control")
FORBIDDEN = {  # ui and adapters meet only in app.py
    "core": (
        "PySide6",
        "platformdirs",
        "posture_break.ui",
        "posture_break.adapters",
        "posture_break.app",
        "posture_break.cli",
    ),
    "adapters": ("posture_break.ui", "posture_break.app", "posture_break.cli", *COORDINATION),
    "ui": ("posture_break.adapters", "posture_break.app", "posture_break.cli", *COORDINATION),
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
    probe = f"import sys, posture_break.app; print(sorted(set({modules!r}) & set(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()
