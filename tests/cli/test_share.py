"""`posture-break export` and `import` as a person types them, in a private home and
without the app: what they print, what they write, and every bad file refused with
its one line while the data folder stays byte for byte as it was."""

import base64
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from posture_break import APP_ID
from posture_break.cli.main import main
from posture_break.core.routine_loader import load_catalog
from tests.helpers.content import NECK_ROLL, NECK_ROLL_PICTURE, two_step_routine

SHIPPED = Path(__file__).resolve().parents[2] / "resources"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


MY_BREAK = two_step_routine("My break")


@pytest.fixture
def data_dir(private_home) -> Path:
    folder = private_home / ".local/share" / APP_ID
    for relative, content in (
        ("exercises/neck-roll.toml", NECK_ROLL),
        ("routines/my-break.toml", MY_BREAK),
        ("illustrations/neck-roll.svg", NECK_ROLL_PICTURE),
    ):
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return folder


@pytest.fixture
def shared_file(data_dir, tmp_path, capsys) -> Path:
    """my-break exported, as a friend would send it."""
    assert main(["export", "my-break", str(tmp_path / "my-break.posture-break.toml")]) == 0
    capsys.readouterr()
    return tmp_path / "my-break.posture-break.toml"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every entry under `folder`, hidden ones too: a folder as None, a file as bytes."""
    return {
        str(path.relative_to(folder)): None if path.is_dir() else path.read_bytes()
        for path in sorted(folder.rglob("*"))
    }


# export ------------------------------------------------------------------------------


def test_export_says_where_it_saved_and_how_to_import_it(data_dir, tmp_path, capsys):
    code, out, err = run(capsys, "export", "my-break", str(tmp_path / "for-anna"))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Saved the routine my-break in {tmp_path / 'for-anna.posture-break.toml'}.",
        f"Whoever has Posture Break adds it to theirs with: {APP_ID} import "
        "for-anna.posture-break.toml",
    ]


def test_export_into_a_folder_names_the_file_for_the_routine(data_dir, tmp_path, capsys):
    assert run(capsys, "export", "desk-neck", str(tmp_path))[0] == 0
    assert (tmp_path / "desk-neck.posture-break.toml").is_file()


def test_export_never_writes_over_a_file(shared_file, capsys):
    shared_file.write_text("mine")
    code, out, err = run(capsys, "export", "my-break", str(shared_file))
    assert (code, out) == (1, "")
    assert err == f"Not exported: {shared_file} already exists; name another file.\n"
    assert shared_file.read_text() == "mine"


def test_export_of_an_unknown_routine_is_refused(data_dir, tmp_path, capsys):
    code, _out, err = run(capsys, "export", "lunch", str(tmp_path / "x"))
    assert code == 1
    assert err.startswith('Not exported: There is no routine with the id "lunch".')
    assert list(tmp_path.glob("x*")) == []


# import ------------------------------------------------------------------------------


def test_export_then_import_into_an_empty_data_folder_gives_the_same_routine(
    data_dir, shared_file, capsys
):
    original, _ = load_catalog(SHIPPED, data_dir)
    for folder in ("exercises", "routines", "illustrations"):
        shutil.rmtree(data_dir / folder)

    code, out, err = run(capsys, "import", str(shared_file))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "my-break.posture-break.toml holds:",
        'The routine "My break" (1 min), 2 steps:',
        "  1. Neck roll (an exercise of its own)",
        "  2. Chin tuck",
        "Pictures: neck-roll.svg (2 KiB).",
        f"Added to {data_dir}: illustrations/neck-roll.svg, exercises/neck-roll.toml, "
        "routines/my-break.toml.",
        "Posture Break is not running; its menu lists the routine from its next start.",
        f"Start it with: {APP_ID} start my-break",
    ]
    imported, problems = load_catalog(SHIPPED, data_dir)
    assert problems == []
    assert imported.routine("my-break") == original.routine("my-break")
    assert (data_dir / "illustrations/neck-roll.svg").read_bytes() == NECK_ROLL_PICTURE
    assert sorted(p.name for p in data_dir.rglob("*") if p.name.startswith(".")) == []


def test_importing_what_the_user_has_renames_and_says_so(data_dir, shared_file, capsys):
    before = snapshot(data_dir)
    code, out, _err = run(capsys, "import", str(shared_file))
    assert code == 0
    assert 'so this one is added as "my-break-2".' in out
    assert 'so this one is added as "neck-roll-2.svg".' in out
    assert out.endswith(f"Start it with: {APP_ID} start my-break-2\n")
    after = snapshot(data_dir)
    assert {key: after[key] for key in before} == before  # nothing of theirs changed
    assert sorted(set(after) - set(before)) == [
        "exercises/neck-roll-2.toml",
        "illustrations/neck-roll-2.svg",
        "routines/my-break-2.toml",
    ]
    assert run(capsys, "routines")[1].count("My break") == 2


def test_the_command_line_loads_no_qt_for_export_and_import(data_dir, shared_file, tmp_path):
    probe = (
        "import sys\nfrom posture_break.cli.main import main\n"
        f"assert main(['export', 'my-break', {str(tmp_path / 'again')!r}]) == 0\n"
        f"assert main(['import', {str(shared_file)!r}]) == 0\n"
        "print(sorted(m for m in sys.modules if 'PySide6' in m))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=os.environ, check=True
    )
    assert result.stdout.splitlines()[-1] == "[]"


# Every bad file: refused in one line, nothing written --------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _picture_named(text: str, name: str, data: bytes = NECK_ROLL_PICTURE) -> str:
    return text.replace(
        'name = "neck-roll.svg"\nbase64 = "', f'name = "{name}"\nbase64 = "'
    ).replace(_b64(NECK_ROLL_PICTURE), _b64(data))


BAD_FILES = {
    "a routine file, not a shared one": (
        lambda good: MY_BREAK,
        "This is not a routine shared from Posture Break.",
    ),
    "a picture, not text": (lambda good: PNG, "This is not a routine shared from Posture Break."),
    "broken TOML": (
        lambda good: good.replace("version = 1", "version = 1 1"),
        "The file is damaged: line 4: ",
    ),
    "cut off in a picture": (
        lambda good: good[: good.index("base64 = ") + 200],
        "The file is damaged: line ",
    ),
    "cut off between sections": (
        lambda good: good[: good.index("[[exercise]]")],
        "The file is incomplete: its last line is missing, so part of it was lost.",
    ),
    "a newer version": (
        lambda good: good.replace("version = 1", "version = 2"),
        "It was made by a newer Posture Break (format version 2). Update Posture Break to "
        "import it.",
    ),
    "a version that is true": (
        lambda good: good.replace("version = 1", "version = true"),
        "Its format version is not one Posture Break knows.",
    ),
    "an unknown version": (
        lambda good: good.replace("version = 1", 'version = "one"'),
        "Its format version is not one Posture Break knows.",
    ),
    "too large a file": (
        lambda good: good + "#" * (16 * 2**20),
        "The file is larger than 16 MiB: too large for a shared routine.",
    ),
    "a 50 MB picture": (
        lambda good: _picture_named(good, "neck-roll.svg", b"<svg>" + bytes(50 * 10**6)),
        "The file is larger than 16 MiB: too large for a shared routine.",
    ),
    "a 5 MB picture in a file small enough": (
        lambda good: _picture_named(good, "neck-roll.svg", b"<svg>" + bytes(5 * 2**20)),
        'The picture "neck-roll.svg" is larger than 4 MiB: too large.',
    ),
    "a picture's path out of the folder": (
        lambda good: _picture_named(good, "../../x.svg"),
        '"../../x.svg" is not a plain file name, so it is not used as a picture\'s name.',
    ),
    "an absolute picture path": (
        lambda good: _picture_named(good, "/home/x/.bashrc.svg"),
        '"/home/x/.bashrc.svg" is not a plain file name',
    ),
    "a hidden picture name": (
        lambda good: _picture_named(good, ".neck-roll.svg"),
        '".neck-roll.svg" is not a plain file name',
    ),
    "an exercise id that is a path": (
        lambda good: good.replace('id = "neck-roll"', 'id = "../../neck-roll"'),
        '"../../neck-roll" is not an id: use only lower-case letters, digits, hyphens and '
        "underscores.",
    ),
    "a routine id that is a path": (
        lambda good: good.replace('id = "my-break"', 'id = "routines/../../x"'),
        '"routines/../../x" is not an id',
    ),
    "an unknown picture type": (
        lambda good: _picture_named(good, "neck-roll.exe"),
        'The picture "neck-roll.exe" is of a kind Posture Break does not show: only SVG, PNG '
        "and JPEG.",
    ),
    "a picture that is not what its name says": (
        lambda good: _picture_named(good, "neck-roll.png"),
        'The picture "neck-roll.png" is not the PNG picture its name says.',
    ),
    "a picture that is not base64": (
        lambda good: good.replace(_b64(NECK_ROLL_PICTURE), "not base64!"),
        'The picture "neck-roll.svg" is damaged: its data is not base64.',
    ),
    "the same exercise twice": (
        lambda good: good.replace("[[picture]]", _exercise_again(good) + "\n[[picture]]"),
        'It holds the exercise "neck-roll" twice.',
    ),
    "the same picture twice": (
        lambda good: good.replace("\n# End", _picture_again(good, "NECK-ROLL.svg") + "\n# End"),
        'It holds the picture "NECK-ROLL.svg" twice.',
    ),
    "a routine that does not load": (
        lambda good: good.replace('exercise = "chin-tuck"', 'exercise = "chin-tug"'),
        'It does not load: the routine "my-break": step 2, exercise: There is no exercise with '
        'the id "chin-tug". Did you mean "chin-tuck"? The routine is left out until this is '
        "fixed.",
    ),
    "an exercise that does not load": (
        lambda good: good.replace("hold_s = 20", "hold_s = 2000"),
        'It does not load: the exercise "neck-roll": [dose] hold_s: It must be a whole number '
        "of seconds from 1 to 600, but it is 2000. The exercise is left out until this is "
        "fixed.\n",
    ),
    "an exercise the routine does not use": (
        lambda good: good.replace('exercise = "neck-roll"', 'exercise = "chin-tuck"'),
        'It holds the exercise "neck-roll", which its routine does not use.',
    ),
    "a picture no exercise shows": (
        lambda good: good.replace("\n# End", _picture_again(good, "extra.png", PNG) + "\n# End"),
        'It holds the picture "extra.png", which none of its exercises shows.',
    ),
    "lists nested deeper than the parser goes": (
        lambda good: good.replace("version = 1", "version = 1\nx = " + "[" * 50000 + "]" * 50000),
        "The file is damaged: its lists and tables are nested far too deep.",
    ),
    "tables nested deeper than ours": (
        lambda good: good.replace('sides = "none"', 'sides = "none"\nx = {a = {b = [[[[[1]]]]]}}'),
        "The file is damaged: its lists and tables are nested far too deep.",
    ),
    "sections not as written": (
        lambda good: good.replace("[[picture]]", "[picture]"),
        "The file is damaged: its [[picture]] sections are not as Posture Break writes them.",
    ),
}


def _exercise_again(good: str) -> str:
    return good[good.index("[[exercise]]") : good.index("[[picture]]")]


def _picture_again(good: str, name: str, data: bytes = NECK_ROLL_PICTURE) -> str:
    return f'\n[[picture]]\nname = "{name}"\nbase64 = "{_b64(data)}"\n'


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_refused_in_one_line_and_nothing_changes(
    case, data_dir, shared_file, tmp_path, capsys
):
    make, message = BAD_FILES[case]
    made = make(shared_file.read_text())
    bad = tmp_path / "bad.posture-break.toml"
    bad.write_bytes(made if isinstance(made, bytes) else made.encode())
    before = snapshot(data_dir)
    code, out, err = run(capsys, "import", str(bad))
    assert (code, out) == (1, "")
    assert err.startswith(f"Not imported: {message}")
    assert err.count("\n") == 1
    assert snapshot(data_dir) == before


def test_a_file_that_is_not_a_file_is_refused_without_waiting(data_dir, tmp_path, capsys):
    before = snapshot(data_dir)
    fifo = tmp_path / "pipe.posture-break.toml"
    os.mkfifo(fifo)
    code, _out, err = run(capsys, "import", str(fifo))
    assert code == 1
    assert (
        err
        == f"Not imported: The file cannot be read. {fifo} is a named pipe, not a regular file.\n"
    )
    code, _out, err = run(capsys, "import", str(tmp_path / "gone.posture-break.toml"))
    assert (code, err.startswith("Not imported: The file cannot be read.")) == (1, True)
    assert snapshot(data_dir) == before
