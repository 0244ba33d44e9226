"""Whatever stands where the app reads a file, nothing hangs and nothing fills memory:
every reader, given a named pipe, a socket, a device, a 2 GB file or a symbolic link
loop, says in one line which file is wrong and how, and goes on with the default or
with the rest of the content."""

import contextlib
import logging
import os
import socket
import threading
from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from posture_break import shipped
from posture_break.adapters.acknowledged import Acknowledgements
from posture_break.adapters.content import illustration_reader
from posture_break.adapters.history_db import History
from posture_break.adapters.paths import AppPaths
from posture_break.core.clock import SystemClock
from posture_break.core.routine_loader import load_catalog
from posture_break.core.safe_files import TooLargeError, read_regular
from posture_break.core.settings import Settings
from posture_break.core.settings_store import SettingsStore
from posture_break.core.values import BreakKind, BreakOutcome, BreakRecord
from posture_break.ui import translations
from tests.helpers.app_process import run_cli

# What is at the path, and the words the message uses for it.
KINDS = {
    "a named pipe": "is a named pipe, not a regular file",
    "a socket": "is a socket, not a regular file",
    "a device": "is a device, not a regular file",
    "a 2 GB file": "is larger than",
    "a symbolic link loop": "is a symbolic link that leads round in a circle",
}
GONE = "is no longer there, or it is a link to a file that does not exist"


def make(kind, path):
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "a named pipe":
        os.mkfifo(path)
    elif kind == "a socket":
        # A socket's path may have 107 bytes at most: bound by a name relative to its folder.
        here = os.getcwd()
        os.chdir(path.parent)
        try:
            with socket.socket(socket.AF_UNIX) as listener:
                listener.bind(path.name)
        finally:
            os.chdir(here)
    elif kind == "a device":
        path.symlink_to("/dev/zero")
    elif kind == "a 2 GB file":
        with open(path, "wb") as sparse:
            sparse.truncate(2 * 1024**3)
    elif kind == "a symbolic link loop":
        path.symlink_to(path.name)
    else:  # listed, then gone: a link to nothing fails to open the same way
        path.symlink_to(path.name + ".gone")


def without_hanging(read, paths):
    """Call `read` and return what it returns. A reader that waits on a named pipe (what
    this guards against) is let go after a minute, by opening every pipe for writing,
    and fails the test."""
    done = threading.Event()
    freed = []

    def free_pipes():
        if done.wait(60):
            return
        freed.append(True)
        for folder, _, names in os.walk(paths.config.parent.parent):
            for name in names:
                with contextlib.suppress(OSError):
                    os.close(os.open(os.path.join(folder, name), os.O_WRONLY | os.O_NONBLOCK))

    watchdog = threading.Thread(target=free_pipes, daemon=True)
    watchdog.start()
    try:
        return read()
    finally:
        done.set()
        watchdog.join()
        assert not freed, "the reader waited on a named pipe until the test let it go"


@pytest.fixture
def paths():
    return AppPaths.from_platformdirs()


def read_settings(paths, kind, caplog):
    path = paths.config / "settings.toml"
    make(kind, path)
    result = without_hanging(SettingsStore(paths.config, SystemClock()).load, paths)
    assert result.settings == Settings()
    return path, " ".join(str(problem) for problem in result.problems)


def read_content(folder, name, language=None):
    def reader(paths, kind, caplog):
        path = paths.data / folder / name
        make(kind, path)
        catalog, problems = without_hanging(
            lambda: load_catalog(shipped.root(), paths.data, language), paths
        )
        assert [r.id for r in catalog.routines][:3] == [
            "posture-reset",
            "desk-neck",
            "rhomboid-relief",
        ]
        return path, " ".join(str(problem) for problem in problems)

    return reader


def read_illustration(paths, kind, caplog):
    path = paths.data / "illustrations" / "chin-tuck.svg"
    make(kind, path)
    picture = without_hanging(lambda: illustration_reader(paths)("chin-tuck.svg"), paths)
    assert picture == shipped.read_bytes("illustrations/chin-tuck.svg")  # the shipped one
    return path, caplog.text


def read_acknowledged(paths, kind, caplog):
    path = paths.data / "acknowledged.json"
    make(kind, path)
    notes = without_hanging(lambda: Acknowledgements(paths.data), paths)
    assert not notes.safety_note_seen()  # shown again: the safe side
    return path, caplog.text


def read_history(paths, kind, caplog):
    path = paths.data / "history.sqlite3"
    make(kind, path)
    told = []

    def use():
        history = History(path, told.append)
        try:
            assert history.breaks_since(date(2026, 1, 1)) == []
            at = datetime.now().astimezone()
            history.record(BreakRecord(at, BreakKind.MICRO, BreakOutcome.SKIPPED))
        finally:
            history.close()

    without_hanging(use, paths)
    return path, " ".join(told)


def read_translation(paths, kind, caplog, monkeypatch, qapp):
    folder = paths.data / "shipped"
    path = folder / "translations" / "posture_break_de.qm"
    make(kind, path)
    monkeypatch.setattr(translations, "root", lambda: folder)
    loaded = without_hanging(lambda: translations.load_translations(qapp, QLocale("de_DE")), paths)
    assert loaded == []  # English
    return path, caplog.text


READERS = {
    "settings.toml": read_settings,
    "a routine file": read_content("routines", "my-break.toml"),
    "an exercise file": read_content("exercises", "my-stretch.toml"),
    "an exercise translation": read_content("exercises/de", "chin-tuck.toml", "de"),
    "an illustration": read_illustration,
    "acknowledged.json": read_acknowledged,
    "history.sqlite3": read_history,
    "a translation catalog": read_translation,
}


def expected(reader, kind):
    if reader == "history.sqlite3" and kind == "a 2 GB file":
        return "is damaged"  # SQLite reads only its header: set aside, a new one started
    return KINDS.get(kind, GONE)


CASES = [(reader, kind) for reader in READERS for kind in KINDS] + [
    # Listed, then removed before it is read; elsewhere a missing file is no problem.
    ("a routine file", "gone"),
    ("an exercise file", "gone"),
]


@pytest.mark.parametrize(("reader", "kind"), CASES)
def test_every_reader_names_the_file_says_what_is_wrong_and_goes_on(
    reader, kind, paths, caplog, monkeypatch, request
):
    caplog.set_level(logging.WARNING)
    read = READERS[reader]
    if reader == "a translation catalog":
        path, told = read(paths, kind, caplog, monkeypatch, request.getfixturevalue("qapp"))
    else:
        path, told = read(paths, kind, caplog)
    said = [line for line in told.splitlines() if str(path) in line]
    assert len(said) == 1, told
    assert expected(reader, kind) in said[0]


def test_a_file_over_the_limit_is_refused_and_one_at_it_is_read(tmp_path):
    path = tmp_path / "growing"
    path.write_bytes(b"x" * 100)
    with pytest.raises(TooLargeError):
        read_regular(path, limit=99)
    assert read_regular(path, limit=100) == b"x" * 100


def test_check_with_a_named_pipe_for_settings_reports_it_and_ends(private_home):
    settings = private_home / ".config/posture-break/settings.toml"
    settings.parent.mkdir(parents=True)
    os.mkfifo(settings)
    result = run_cli("check", timeout=60)
    assert result.returncode == 1
    assert (
        f"{settings}: The settings file {settings} cannot be read. {settings} is a named pipe"
        in result.stdout
    )
