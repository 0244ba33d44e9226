"""The routine editor's files: a new routine is never written over a file, a file written
by hand is kept before it is rewritten, a deleted one is kept too, and a folder that
cannot be written is said in words."""

import os
import subprocess
import sys

from posture_break.adapters.routine_files import delete_routine, is_users, save_routine

OURS = b'name = "Mine"\n\n[[step]]\nexercise = "chin-tuck"\n'
CHANGED = 'name = "Mine, longer"\n\n[[step]]\nexercise = "chin-tuck"\nsets = 2\n'


def test_a_new_routine_is_written_and_never_over_a_file(tmp_path):
    assert save_routine(tmp_path, "mine", OURS.decode(), None) is None
    assert (tmp_path / "routines/mine.toml").read_bytes() == OURS
    assert is_users(tmp_path, "mine")
    problem = save_routine(tmp_path, "mine", CHANGED, None)
    assert problem == (
        f"{tmp_path / 'routines/mine.toml'} already exists; give the routine another name."
    )
    assert (tmp_path / "routines/mine.toml").read_bytes() == OURS


def test_rewriting_the_editors_own_file_keeps_no_backup(tmp_path):
    save_routine(tmp_path, "mine", OURS.decode(), None)
    assert save_routine(tmp_path, "mine", CHANGED, OURS) is None
    assert (tmp_path / "routines/mine.toml").read_text() == CHANGED
    assert sorted(p.name for p in (tmp_path / "routines").iterdir()) == ["mine.toml"]


def test_a_file_written_by_hand_is_kept_before_it_is_rewritten(tmp_path):
    folder = tmp_path / "routines"
    folder.mkdir()
    by_hand = "# my notes\n" + OURS.decode()
    (folder / "mine.toml").write_text(by_hand)
    assert save_routine(tmp_path, "mine", CHANGED, OURS) is None
    assert (folder / "mine.toml").read_text() == CHANGED
    assert (folder / ".mine.toml.bak").read_text() == by_hand
    (folder / "mine.toml").write_text(by_hand + "# more\n")
    assert save_routine(tmp_path, "mine", CHANGED, OURS) is None
    assert (folder / ".mine.toml.2.bak").read_text() == by_hand + "# more\n"
    assert (folder / ".mine.toml.bak").read_text() == by_hand


def test_a_deleted_routine_leaves_the_folder_and_is_kept_hidden(tmp_path):
    save_routine(tmp_path, "mine", OURS.decode(), None)
    assert delete_routine(tmp_path, "mine") is None
    assert not is_users(tmp_path, "mine")
    assert (tmp_path / "routines/.mine.toml.bak").read_bytes() == OURS


def test_a_folder_that_cannot_be_written_is_said_in_words(tmp_path):
    folder = tmp_path / "routines"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        problem = save_without_override(tmp_path)
    finally:
        folder.chmod(0o700)
    assert problem == (
        f"{folder / 'mine.toml'} could not be saved. Posture Break is not allowed to write in "
        f"{folder}."
    )
    assert list(folder.iterdir()) == []


def save_without_override(data):
    """save_routine as a user for whom a folder's permissions count: run as root (as in
    CI), in a process without the capability to override them."""
    if os.geteuid() != 0:
        return save_routine(data, "mine", OURS.decode(), None)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from posture_break.adapters.routine_files import save_routine\n"
        "print(save_routine(Path(sys.argv[1]), 'mine', sys.argv[2], None))\n"
    )
    drop = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]
    result = subprocess.run(
        [*drop, sys.executable, "-c", code, str(data), OURS.decode()],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout.rstrip("\n")


def test_a_file_where_the_folder_should_be_is_said_in_words(tmp_path):
    (tmp_path / "routines").write_text("not a folder")
    problem = save_routine(tmp_path, "mine", OURS.decode(), None)
    assert problem == (
        f"{tmp_path / 'routines/mine.toml'} could not be saved. {tmp_path / 'routines'} is a "
        "file where a folder should be."
    )
