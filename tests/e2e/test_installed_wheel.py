"""The wheel a user installs works on its own: built from the tree, installed into a
fresh venv, started from a directory far from the source, it docks and answers."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.app_process import PROJECT
from tests.helpers.content import EXERCISE_IDS


@pytest.fixture(scope="module")
def installed_command(tmp_path_factory) -> str:
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work), str(PROJECT)],
        check=True,
    )
    (wheel,) = work.glob("posture_break-*.whl")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin/python"), "-m", "pip", "install", "-q", str(wheel)], check=True)
    return str(venv / "bin/posture-break")


def test_installed_app_docks_and_answers_outside_the_source_tree(
    installed_command, start_app, tmp_path
):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    app = start_app(executable=installed_command, cwd=elsewhere)
    status = app.cli("status")
    assert status.returncode == 0, status.stdout + status.stderr
    assert status.stdout.strip() == "Micro break in 25 min"
    assert app.cli("quit").returncode == 0
    assert app.process.wait(timeout=10) == 0


def test_installed_command_reports_its_version(installed_command, tmp_path):
    result = subprocess.run(
        [installed_command, "--version"], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    assert result.stdout.strip() == "Posture Break 0.1.0"


def run_installed(installed_command, code, cwd):
    """What `code` prints, run by the Python of the venv the wheel is installed in."""
    python = Path(installed_command).parent / "python"
    return subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, cwd=cwd, check=True
    ).stdout


def test_installed_wheel_does_not_import_from_the_source_tree(installed_command, tmp_path):
    where = run_installed(
        installed_command, "import posture_break.resources as r; print(r.__file__)", tmp_path
    )
    assert "site-packages" in where
    assert not where.startswith(str(PROJECT))


def test_installed_wheel_carries_every_routine_and_picture(installed_command, tmp_path):
    """`check` reports any exercise whose picture is missing; the snippet then reads each
    picture through the app's own reader, as the break window does."""
    check = subprocess.run([installed_command, "check"], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Routines: 4 loaded" in check.stdout
    assert "exercises: 8 loaded" in check.stdout
    snippet = (
        "from posture_break.adapters.content import illustration_reader, load_content\n"
        "from posture_break.adapters.paths import AppPaths\n"
        "paths = AppPaths.from_platformdirs()\n"
        "catalog, _ = load_content(paths)\n"
        "read = illustration_reader(paths)\n"
        "for exercise in catalog.exercises:\n"
        "    svg = read(exercise.illustration)\n"
        "    print(exercise.id, svg is not None and b'<svg' in svg)\n"
    )
    found = run_installed(installed_command, snippet, tmp_path).split("\n")
    assert sorted(line for line in found if line) == sorted(f"{id_} True" for id_ in EXERCISE_IDS)


def test_installed_wheel_carries_every_module_of_the_tree(installed_command, tmp_path):
    """A module left out of the wheel fails only where it is first used, such as start at
    login in the settings dialog, so every module of the tree must be installed."""
    where = run_installed(
        installed_command, "import posture_break; print(posture_break.__file__)", tmp_path
    )
    installed = Path(where.strip()).parent
    source = PROJECT / "posture_break"
    modules = {path.relative_to(source) for path in source.rglob("*.py")}
    assert {module for module in modules if not (installed / module).is_file()} == set()
