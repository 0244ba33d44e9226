"""settings.toml on disk: what the user finds in their config folder, and what they are told."""

import errno
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings

from posture_break.core import settings_store
from posture_break.core.settings import Settings, to_toml
from posture_break.core.settings_store import SettingsStore
from tests.core.test_settings import valid_settings
from tests.helpers.fake_clock import FakeClock

ROOT = Path(__file__).resolve().parents[2]
BERLIN = ZoneInfo("Europe/Berlin")
COPY_NAME = "settings.corrupt-20260310-140000.toml"
DEFAULTS_USED = "Posture Break uses the default for every setting"
UNCHANGED = (
    "The previous file is unchanged, and the new values stay in effect until Posture Break quits."
)
NOTHING_CHANGED = (
    "Nothing on disk was changed, and the new values stay in effect until Posture Break quits."
)


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 3, 10, 14, 0, tzinfo=BERLIN))


@pytest.fixture
def config_dir(tmp_path):
    return tmp_path / "config" / "posture-break"


@pytest.fixture
def store(config_dir, clock):
    return SettingsStore(config_dir, clock)


def write(store, content: bytes) -> None:
    store.config_dir.mkdir(parents=True, exist_ok=True)
    store.path.write_bytes(content)


def names(folder: Path) -> set[str]:
    return {entry.name for entry in folder.iterdir()}


# --- first run, valid files, saving ---


def test_first_run_writes_a_commented_file_with_every_default(store, config_dir):
    result = store.load()
    assert (result.settings, result.problems, result.wrote_defaults) == (Settings(), [], True)
    assert store.path.read_text() == to_toml(Settings())
    assert config_dir.stat().st_mode & 0o777 == 0o700
    assert names(config_dir) == {"settings.toml"}


def test_a_valid_file_is_used_and_never_rewritten_on_load(store):
    text = b"# mine\n[breaks]\nstretch_every_min = 40 # my own comment\n"
    write(store, text)
    before = store.path.stat().st_mtime_ns
    result = store.load()
    assert (result.settings, result.problems) == (Settings(stretch_every_min=40), [])
    assert not result.wrote_defaults
    assert store.path.read_bytes() == text
    assert store.path.stat().st_mtime_ns == before
    assert names(store.config_dir) == {"settings.toml"}


def test_a_file_saved_with_a_byte_order_mark_is_read_as_written(store):
    """Some editors (Windows Notepad) start a UTF-8 file with one."""
    write(store, b"\xef\xbb\xbf[breaks]\nstretch_every_min = 40\n")
    result = store.load()
    assert (result.settings, result.problems) == (Settings(stretch_every_min=40), [])


def test_saving_writes_every_setting_and_keeps_the_previous_file_as_bak(store):
    write(store, b"[breaks]\nstretch_every_min = 40\n")
    assert store.save(
        Settings(stretch_every_min=90, idle_after_s=600)
    ) == settings_store.SaveResult(ok=True)
    assert store.path.read_text() == to_toml(Settings(stretch_every_min=90, idle_after_s=600))
    assert store.backup_path.read_bytes() == b"[breaks]\nstretch_every_min = 40\n"
    assert names(store.config_dir) == {"settings.toml", "settings.toml.bak"}


def test_saving_creates_the_config_folder_when_needed(store, config_dir):
    assert store.save(Settings(idle_after_s=45)).ok
    assert store.load().settings == Settings(idle_after_s=45)
    assert names(config_dir) == {"settings.toml"}


def test_saving_through_a_symlink_keeps_the_link(store, tmp_path):
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    (dotfiles / "settings.toml").write_text("[timing]\nidle_after_s = 60\n")
    store.config_dir.mkdir(parents=True)
    store.path.symlink_to(dotfiles / "settings.toml")
    assert store.save(Settings(idle_after_s=90)).ok
    assert store.path.is_symlink()
    assert store.load().settings == Settings(idle_after_s=90)
    assert store.backup_path.read_text() == "[timing]\nidle_after_s = 60\n"


@hypothesis_settings(max_examples=50, deadline=None)
@given(valid_settings())
def test_any_valid_settings_saved_come_back_the_same(settings):
    with tempfile.TemporaryDirectory() as folder:
        store = SettingsStore(Path(folder) / "posture-break", FakeClock(datetime.now(BERLIN)))
        assert store.save(settings).ok
        result = store.load()
        assert (result.settings, result.problems, result.wrote_defaults) == (settings, [], False)


# --- broken files: every valid value kept, every problem named, nothing lost ---

GOOD_TIMING = b"[timing]\nidle_after_s = 600\n"
KEPT = Settings(idle_after_s=600)


@pytest.mark.parametrize(
    ("content", "where", "message"),
    [
        (
            b'[breaks]\nstretch_every_min = "fifty"\n' + GOOD_TIMING,
            "[breaks] stretch_every_min",
            'It must be a whole number of minutes from 10 to 240, but it is "fifty". '
            "The default, 55, is used instead.",
        ),
        (
            b"[breaks]\nstretch_every_min = true\n" + GOOD_TIMING,
            "[breaks] stretch_every_min",
            "but it is true.",
        ),
        (
            b"[breaks]\nstretch_every_min = 55.0\n" + GOOD_TIMING,
            "[breaks] stretch_every_min",
            "but it is 55.0. Write",
        ),
        (
            b"[breaks]\nmicro_every_min = [5]\n" + GOOD_TIMING,
            "[breaks] micro_every_min",
            "is a list.",
        ),
        (
            b"[breaks.stretch_every_min]\nx = 1\n" + GOOD_TIMING,
            "[breaks] stretch_every_min",
            "but it is a table.",
        ),
        (
            b"[breaks]\nstretch_every_min = 1" + b"0" * 30 + b"\n" + GOOD_TIMING,
            "[breaks] stretch_every_min",
            f"but it is {10**30}.",
        ),
        (
            b"[breaks]\nstretch_every_min = -30\n" + GOOD_TIMING,
            "[breaks] stretch_every_min",
            "is -30.",
        ),
        (
            b"[breaks]\nstretch_evry_min = 30\n" + GOOD_TIMING,
            "[breaks] stretch_evry_min",
            "Posture Break does not know this setting, so it is ignored. "
            "Did you mean stretch_every_min?",
        ),
        (
            GOOD_TIMING + b"[brakes]\nstretch_every_min = 30\n",
            "[brakes]",
            "Posture Break does not know this section, so all of it is ignored. "
            "Did you mean [breaks]?",
        ),
    ],
    ids=["text", "bool", "float", "array", "table", "huge", "negative", "typo", "section"],
)
def test_a_hand_edited_mistake_is_named_and_every_good_value_kept(store, content, where, message):
    write(store, content)
    result = store.load()
    assert result.settings == KEPT
    [problem] = result.problems
    assert problem.where == where
    assert message in problem.message
    assert "is used instead" in problem.message or "ignored" in problem.message
    assert store.path.read_bytes() == content  # the user's text stays as they wrote it
    assert names(store.config_dir) == {"settings.toml"}
    assert store.check() == result.problems


@pytest.mark.parametrize(
    ("content", "where", "what"),
    [
        (
            b'version = 1\n[breaks]\nstretch_every_min = 40\nmicro_every_min = "2',
            "line 4",
            "The settings file is not valid TOML: unterminated string at the end of the file.",
        ),
        (
            b"[breaks]\nstretch_every_min 40\n",
            "line 2",
            "The settings file is not valid TOML: expected '=' after a key in a key/value pair "
            "at column 19.",
        ),
        (
            b"[breaks]\nstretch_every_min = 40\n# caf\xe9\n",
            "line 3",
            "The settings file is not a text file: it holds bytes that are not UTF-8.",
        ),
        (
            b"\xef\xbb\xbf[breaks]\nstretch_every_min = 40\n# caf\xe9\n",
            "line 3",
            "The settings file is not a text file: it holds bytes that are not UTF-8.",
        ),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)),
            "line 1",
            "The settings file is not a text file: it holds bytes that are not UTF-8.",
        ),
        (
            b"version = 1\nlists = " + b"[" * 50_000,
            "",
            "The settings file is not valid TOML: its lists or tables are nested too deep to read.",
        ),
    ],
    ids=["truncated", "syntax", "latin1", "latin1-after-bom", "binary", "nested"],
)
def test_a_file_that_is_not_toml_is_copied_aside_and_the_copy_named(store, content, where, what):
    write(store, content)
    result = store.load()
    copy = store.config_dir / COPY_NAME
    assert (result.settings, result.corrupt_copy) == (Settings(), copy)
    assert [(p.where, p.message) for p in result.problems] == [
        (where, f"{what} {DEFAULTS_USED} and keeps a copy of the file at {copy}.")
    ]
    assert copy.read_bytes() == content
    assert store.path.read_bytes() == content  # copied, not moved


def test_check_reports_a_broken_file_without_copying_it(store):
    write(store, b"[breaks\n")
    [problem] = store.check()
    assert problem.where == "line 1"
    assert problem.message.startswith("The settings file is not valid TOML: ")
    assert problem.message.endswith(
        f" at column 8. {DEFAULTS_USED} and keeps a copy of the file when it starts."
    )
    assert names(store.config_dir) == {"settings.toml"}


def test_check_on_a_first_run_creates_nothing(store, config_dir):
    assert store.check() == []
    assert not config_dir.exists()


def test_a_broken_file_is_copied_once_however_often_the_app_starts(store, clock):
    write(store, b"not toml at all")
    first = store.load().corrupt_copy
    clock.advance(minutes=5)
    assert store.load().corrupt_copy == first
    assert names(store.config_dir) == {"settings.toml", COPY_NAME}


def test_two_different_broken_files_in_the_same_second_get_their_own_copies(store):
    (store.config_dir).mkdir(parents=True)
    (store.config_dir / COPY_NAME).write_bytes(b"something the user keeps")
    write(store, b"first = = mistake")
    assert store.load().corrupt_copy == store.config_dir / "settings.corrupt-20260310-140000-2.toml"
    write(store, b"second = = mistake")
    assert store.load().corrupt_copy == store.config_dir / "settings.corrupt-20260310-140000-3.toml"
    assert (store.config_dir / COPY_NAME).read_bytes() == b"something the user keeps"
    assert (store.config_dir / "settings.corrupt-20260310-140000-2.toml").read_bytes() == (
        b"first = = mistake"
    )


def test_after_the_copy_exists_a_save_may_replace_the_broken_file(store):
    write(store, b"[breaks\n")
    copy = store.load().corrupt_copy
    assert store.save(Settings(stretch_every_min=30, micro_every_min=20)).ok
    assert store.load().settings == Settings(stretch_every_min=30, micro_every_min=20)
    assert copy is not None
    assert copy.read_bytes() == b"[breaks\n"


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"], ids=["empty", "whitespace"])
def test_an_empty_file_holds_nothing_to_keep_so_it_is_filled_with_the_defaults(store, content):
    write(store, content)
    assert store.check()[0].message == (
        f"The settings file is empty. {DEFAULTS_USED} and fills the file with every setting "
        "when it starts."
    )
    result = store.load()
    assert (result.settings, result.corrupt_copy, result.wrote_defaults) == (
        Settings(),
        None,
        True,
    )
    assert [p.message for p in result.problems] == [
        f"The settings file is empty. {DEFAULTS_USED} and wrote them all into it: the file held "
        "nothing, so nothing is lost."
    ]
    assert store.path.read_text() == to_toml(Settings())
    assert names(store.config_dir) == {"settings.toml"}


def test_a_folder_where_the_file_should_be_is_never_touched(store):
    store.path.mkdir(parents=True)
    (store.path / "notes.txt").write_text("mine")
    result = store.load()
    assert result.settings == Settings()
    assert [p.message for p in result.problems] == [
        f"The settings file {store.path} cannot be read. {store.path} is a folder, not a file. "
        f"{DEFAULTS_USED} and leaves everything on disk as it is."
    ]
    saved = store.save(Settings(idle_after_s=60))
    assert not saved.ok
    assert saved.problem is not None
    assert saved.problem.message == (
        f"Your settings could not be saved. {store.path} is a folder, not a file, and "
        f"Posture Break never replaces a folder. {NOTHING_CHANGED}"
    )
    assert names(store.path) == {"notes.txt"}
    assert names(store.config_dir) == {"settings.toml"}


def test_a_file_where_a_folder_of_the_path_should_be_is_named(tmp_path, clock):
    blocker = tmp_path / "config"
    blocker.write_text("not a folder")
    store = SettingsStore(blocker / "posture-break", clock)
    result = store.load()
    assert result.settings == Settings()
    assert result.problems[0].message == (
        f"The settings file {store.path} cannot be read. {blocker} is a file where a folder "
        f"should be. {DEFAULTS_USED} and leaves everything on disk as it is."
    )
    assert store.check() == result.problems
    assert blocker.read_text() == "not a folder"


def test_a_missing_version_means_a_hand_written_current_file(store):
    write(store, b"[breaks]\nmicro_every_min = 0\n")
    assert store.load() == settings_store.LoadResult(Settings(micro_every_min=0), [])
    assert store.path.read_bytes() == b"[breaks]\nmicro_every_min = 0\n"


def test_a_file_from_a_newer_version_is_read_but_never_saved_over(store):
    newer = b"version = 7\n[breaks]\nstretch_every_min = 45\nposture_camera = true\n"
    write(store, newer)
    result = store.load()
    assert result.settings == Settings(stretch_every_min=45)
    [problem] = result.problems
    assert problem.where == "version"
    assert problem.message.startswith(
        "It is 7, so this file comes from a newer version of Posture Break."
    )
    saved = store.save(Settings(stretch_every_min=50))
    assert saved.problem is not None
    assert saved.problem.message == (
        "Your settings could not be saved. The settings file comes from a newer version of "
        f"Posture Break, and saving would lose what that version wrote. {NOTHING_CHANGED}"
    )
    assert store.path.read_bytes() == newer
    assert names(store.config_dir) == {"settings.toml"}


# --- saving when the disk says no ---

FULL_DISK_SAVE = """
import json, resource, signal, sys
from pathlib import Path
from posture_break.core.clock import SystemClock
from posture_break.core.settings import Settings
from posture_break.core.settings_store import SettingsStore

store = SettingsStore(Path(sys.argv[1]), SystemClock())
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # so a write past the limit fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))
result = store.save(Settings(stretch_every_min=40))
print(json.dumps([result.ok, result.problem and result.problem.message]))
"""


def test_a_full_disk_leaves_the_previous_file_intact_and_no_temporary_file(store):
    previous = b"version = 1\n[breaks]\nstretch_every_min = 30\n"  # smaller than the limit
    write(store, previous)
    assert len(to_toml(Settings(stretch_every_min=40))) > 200
    child = subprocess.run(
        [sys.executable, "-c", FULL_DISK_SAVE, str(store.config_dir)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert json.loads(child.stdout) == [
        False,
        "Your settings could not be saved. The disk is full, or the file would be larger than "
        f"the system allows. {UNCHANGED}",
    ]
    assert store.path.read_bytes() == previous
    assert names(store.config_dir) == {"settings.toml", "settings.toml.bak"}


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOSPC, "The disk is full."),
        (errno.EROFS, "The folder {dir} is on a read-only disk."),
        (errno.EACCES, "Posture Break is not allowed to write in {dir}."),
        (errno.EPERM, "Posture Break is not allowed to write in {dir}."),
        (errno.EIO, "The system reported an error: Input/output error."),
    ],
    ids=["full", "read-only", "denied", "not-permitted", "other"],
)
def test_a_failed_save_says_why_in_words_and_changes_nothing(store, monkeypatch, code, reason):
    previous = b"[timing]\nidle_after_s = 60\n"
    write(store, previous)

    def refuse(source, target):
        raise OSError(code, os.strerror(code), str(target))

    monkeypatch.setattr(settings_store.os, "replace", refuse)
    saved = store.save(Settings(idle_after_s=90))
    monkeypatch.undo()
    assert saved.problem is not None
    assert saved.problem.message == (
        f"Your settings could not be saved. {reason.format(dir=store.config_dir)} {UNCHANGED}"
    )
    assert store.path.read_bytes() == previous
    assert names(store.config_dir) == {"settings.toml"}  # no temporary file, no .bak
    assert store.load().settings == Settings(idle_after_s=60)


@pytest.mark.parametrize("blocked", ["config", "config/posture-break"])
def test_a_file_where_the_config_folder_should_be_is_named_when_saving(tmp_path, clock, blocked):
    (tmp_path / blocked).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / blocked).write_text("not a folder")
    store = SettingsStore(tmp_path / "config" / "posture-break", clock)
    saved = store.save(Settings())
    assert saved.problem is not None
    assert saved.problem.message == (
        f"Your settings could not be saved. {tmp_path / blocked} is a file where a folder "
        f"should be. {NOTHING_CHANGED}"
    )
    assert (tmp_path / blocked).read_text() == "not a folder"


def test_a_first_run_that_cannot_write_still_starts_on_the_defaults(store, monkeypatch):
    def disk_full(source, target):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))

    monkeypatch.setattr(settings_store.os, "replace", disk_full)
    result = store.load()
    monkeypatch.undo()
    assert (result.settings, result.wrote_defaults) == (Settings(), False)
    assert [p.message for p in result.problems] == [
        "Posture Break could not write its settings file. The disk is full. Posture Break "
        "uses the default for every setting."
    ]
    assert names(store.config_dir) == set()


# --- migrations ---


def rename(old: str, new: str, log: list[str]):
    def step(raw):
        log.append(f"{old}->{new}")
        raw["breaks"][new] = raw["breaks"].pop(old)
        return raw

    return step


def test_an_older_file_is_migrated_in_order_and_the_original_kept_as_bak(config_dir, clock):
    log: list[str] = []
    steps = {
        1: rename("every", "stretch_every", log),
        2: rename("stretch_every", "stretch_every_min", log),
    }
    original = b"version = 1\n[breaks]\nevery = 30 # my note\n[timing]\nidle_after_s = 90\n"
    store = SettingsStore(config_dir, clock, migrations=steps, current_version=3)
    write(store, original)
    result = store.load()
    assert (result.settings, result.problems) == (
        Settings(stretch_every_min=30, idle_after_s=90),
        [],
    )
    assert result.migrated_from == 1
    assert log == ["every->stretch_every", "stretch_every->stretch_every_min"]
    assert store.backup_path.read_bytes() == original
    written = tomllib.loads(store.path.read_text())
    assert written["version"] == 3
    assert written["breaks"]["stretch_every_min"] == 30
    again = store.load()  # already current: read, not rewritten
    assert (again.settings, again.migrated_from) == (
        Settings(stretch_every_min=30, idle_after_s=90),
        None,
    )
    assert log == ["every->stretch_every", "stretch_every->stretch_every_min"]
    assert store.backup_path.read_bytes() == original


def test_an_older_file_with_a_mistake_is_not_rewritten(config_dir, clock):
    steps = {1: rename("every", "stretch_every_min", [])}
    original = b'version = 1\n[breaks]\nevery = 30\n[timing]\nidle_after_s = "soon"\n'
    store = SettingsStore(config_dir, clock, migrations=steps, current_version=2)
    write(store, original)
    result = store.load()
    assert result.settings == Settings(stretch_every_min=30, micro_every_min=25)
    assert [p.where for p in result.problems] == ["[timing] idle_after_s"]
    assert store.path.read_bytes() == original


def test_a_store_without_a_migration_for_every_older_version_is_refused(config_dir, clock):
    with pytest.raises(ValueError, match="no migration from settings version 2"):
        SettingsStore(config_dir, clock, migrations={1: lambda raw: raw}, current_version=3)
