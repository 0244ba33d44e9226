"""`posture-break routines`, `start` and `check` against the shipped content and the
user's own files, run in-process in a private home, as a person reads the output."""

import json
import re
from pathlib import Path

import pytest

from posture_break import APP_ID
from posture_break.cli.main import main
from tests.helpers.content import EXERCISE_IDS

README = Path(__file__).resolve().parents[2] / "README.md"
SHIPPED_IDS = ["posture-reset", "desk-neck", "rhomboid-relief", "full-upper-back"]

MY_BREAK = """\
name = "My break"
summary = "Chin tucks, then one stretch per side."

[[step]]
exercise = "chin-tuck"

[[step]]
exercise = "upper-trap-stretch"
sets = 1
"""

BROKEN = """\
name = "Broken break"

[[step]]
exercise = "upper-trap-stretch"
hold_s = "thirty"
"""


@pytest.fixture
def data_dir(private_home) -> Path:
    return private_home / ".local/share" / APP_ID


def write(folder: Path, relative: str, text: str) -> Path:
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# routines ----------------------------------------------------------------------------


def test_routines_lists_the_shipped_ones_in_menu_order_with_their_lengths(capsys):
    code, out, err = run(capsys, "routines")
    assert code == 0
    assert err == ""
    assert out.splitlines() == [
        "posture-reset    Posture reset               1 min",
        "desk-neck        Desk neck release           4 min  (default)",
        "rhomboid-relief  Rhomboid relief             6 min",
        "full-upper-back  Full upper-back programme  19 min",
    ]


def test_routines_as_json_give_id_name_length_and_the_default(capsys):
    code, out, _ = run(capsys, "routines", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [item["id"] for item in listed] == SHIPPED_IDS
    assert [item["minutes"] for item in listed] == [1, 4, 6, 19]
    assert [item["default"] for item in listed] == [False, True, False, False]
    assert listed[1]["name"] == "Desk neck release"
    assert listed[3]["seconds"] == 1129  # as full-upper-back.toml works it out
    assert all(set(item) == {"id", "name", "minutes", "seconds", "default"} for item in listed)


def test_a_routine_of_your_own_is_listed_after_the_shipped_ones(capsys, data_dir):
    write(data_dir, "routines/my-break.toml", MY_BREAK)
    code, out, err = run(capsys, "routines")
    assert code == 0
    assert err == ""
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == [*SHIPPED_IDS, "my-break"]
    # 5 s to get ready, 10 chin tucks of 5 s, 5 s to change, 30 s a side with 5 s between
    assert lines[-1] == "my-break         My break                    2 min"


def test_a_broken_routine_of_your_own_leaves_the_shipped_ones_listed(capsys, data_dir):
    write(data_dir, "routines/my-break.toml", BROKEN)
    code, out, err = run(capsys, "routines")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == SHIPPED_IDS
    assert err.strip() == (
        "1 problem(s) in your routine files; run 'posture-break check' to see them"
    )


def test_with_no_routine_at_all_routines_says_so_and_fails(capsys, tmp_path, monkeypatch):
    empty = tmp_path / "no-content"
    empty.mkdir()
    monkeypatch.setattr("posture_break.shipped.root", lambda: empty)
    code, out, err = run(capsys, "routines")
    assert code == 1
    assert out == ""
    assert "No routine could be loaded; run 'posture-break check' to see why." in err


# check -------------------------------------------------------------------------------


def test_check_on_a_clean_home_says_what_loaded(capsys, private_home, data_dir):
    code, out, err = run(capsys, "check")
    assert code == 0
    assert err == ""
    settings = private_home / ".config" / APP_ID / "settings.toml"
    assert out.splitlines() == [
        f"{settings}: no problems",
        "Routines: 4 loaded (posture-reset, desk-neck, rhomboid-relief, full-upper-back); "
        f"exercises: 8 loaded; your files in {data_dir}: none yet",
    ]


def test_check_counts_your_files_and_notes_what_they_replace(capsys, data_dir):
    write(data_dir, "routines/my-break.toml", MY_BREAK)
    replacement = write(data_dir, "routines/desk-neck.toml", MY_BREAK)
    code, out, _ = run(capsys, "check")
    assert code == 0
    assert (
        f'note: Your {replacement} replaces the built-in routine "Desk neck release".'
        in out.splitlines()
    )
    assert out.splitlines()[-1].endswith(f"your files in {data_dir}: 2 file(s), no problems")
    assert "Routines: 5 loaded" in out


def test_check_names_the_file_the_step_and_the_key_of_a_mistake(capsys, data_dir):
    broken = write(data_dir, "routines/my-break.toml", BROKEN)
    code, out, _ = run(capsys, "check")
    assert code == 1
    problem = next(line for line in out.splitlines() if line.startswith(str(broken)))
    assert problem.startswith(f"{broken}: step 1, hold_s: It must be a whole number of seconds")
    assert '"thirty"' in problem
    assert "The routine is left out until this is fixed." in problem
    assert out.splitlines()[-1].endswith(f"your files in {data_dir}: 1 file(s), 1 problem(s)")


def test_check_reports_settings_and_routine_problems_together(capsys, private_home, data_dir):
    settings = write(
        private_home / ".config" / APP_ID, "settings.toml", "[breaks]\nstretch_every_min = 5\n"
    )
    write(data_dir, "routines/my-break.toml", BROKEN)
    code, out, _ = run(capsys, "check")
    assert code == 1
    assert f"{settings}: [breaks] stretch_every_min:" in out
    assert "my-break.toml: step 1, hold_s:" in out
    assert f"{settings}: 1 problem(s)" in out.splitlines()


# start -------------------------------------------------------------------------------


def test_start_refuses_an_unknown_routine_without_asking_the_app(capsys):
    code, out, err = run(capsys, "start", "nonsense")
    assert code == 2
    assert out == ""
    assert err.strip() == (
        "No routine called 'nonsense'. "
        "Routines: posture-reset, desk-neck, rhomboid-relief, full-upper-back."
    )


def test_start_suggests_the_routine_you_probably_meant(capsys):
    code, _, err = run(capsys, "start", "desk-nek")
    assert code == 2
    assert "No routine called 'desk-nek'. Did you mean 'desk-neck'?" in err


@pytest.mark.parametrize("argv", [["start", "desk-neck"], ["start"], ["start", "my-break"]])
def test_start_without_a_running_app_says_how_to_start_it(capsys, data_dir, argv):
    write(data_dir, "routines/my-break.toml", MY_BREAK)
    code, out, _ = run(capsys, *argv)
    assert code == 1
    assert out.strip() == "Posture Break is not running. Start it first with 'posture-break'."


# The README's examples ---------------------------------------------------------------


def readme_example(heading: str) -> tuple[str, str]:
    """(the file name the README says to save it as, the TOML) under `### heading`."""
    found = re.search(
        rf"^### {heading}\n+(?P<intro>[^\n]*)\n+```toml\n(?P<toml>.*?)^```$",
        README.read_text(),
        re.MULTILINE | re.DOTALL,
    )
    assert found, f"README.md has no TOML block under '### {heading}'"
    name = re.search(r"`((?:exercises|routines)/[a-z0-9_-]+\.toml)`", found["intro"])
    assert name, f"the line under '### {heading}' names no file to save it as"
    return name[1], found["toml"]


def test_the_readme_examples_load_without_a_problem(capsys, data_dir):
    for heading in ("Example exercise", "Example routine"):
        write(data_dir, *readme_example(heading))
    code, out, _ = run(capsys, "check")
    assert code == 0, out
    assert out.splitlines()[-1].endswith(f"your files in {data_dir}: 2 file(s), no problems")
    code, out, _ = run(capsys, "routines")
    assert code == 0
    assert out.splitlines()[-1].startswith("my-break         My afternoon break")


def test_the_readme_names_every_shipped_exercise_and_routine():
    text = README.read_text()
    assert all(f"`{name}`" in text for name in (*EXERCISE_IDS, *SHIPPED_IDS))


def test_check_reads_translations_and_the_readme_example_loads(capsys, data_dir):
    block = re.search(r"### In another language\n.*?```toml\n(.*?)```", README.read_text(), re.S)
    write(data_dir, "exercises/de/chin-tuck.toml", block[1])
    code, out, _ = run(capsys, "check")
    assert code == 0, out
    assert out.splitlines()[-1].endswith(f"your files in {data_dir}: 1 file(s), no problems")
    broken = write(data_dir, "routines/fr/desk-neck.toml", 'name = "Nuque"\nsumary = "x"\n')
    code, out, _ = run(capsys, "check")
    assert code == 1
    assert f"{broken}: sumary: Posture Break does not know this key here" in out
    assert out.splitlines()[-1].endswith("2 file(s), 2 problem(s)")  # sumary; summary missing
