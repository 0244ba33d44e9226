"""Start at login writes an entry the system really reads, reads back what the desktop
turned off, removes only its own file, and answers a sentence instead of raising.

The Linux entry and the macOS plist are real files in the test's private home; only the
Windows registry is a fake."""

import configparser
import os
import plistlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from posture_break import __version__
from posture_break.adapters.autostart import launch_command
from posture_break.adapters.autostart.macos import LaunchAgent
from posture_break.adapters.autostart.windows import APPROVED_KEY, RUN_KEY, WindowsRunKey
from posture_break.adapters.autostart.xdg import XdgAutostart

ENTRY_NAME = "io.github.posturebreak.PostureBreak.desktop"
AWKWARD_LAUNCH = ["/opt/My Apps/venv $HOME/bin/posture-break", 'say "100%"', "back\\slash"]


def autostart_folder() -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"]) / "autostart"


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def exec_argv(value: str) -> list[str]:
    """Splits an Exec value as the Desktop Entry spec tells a launcher to: the escapes of
    a string value first, then the quoting rules, then %% as a literal percent sign."""
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    text = re.sub(r"\\(.)", lambda match: escapes[match[1]], value)
    argv = []
    current = None  # the argument being read, None between arguments
    chars = iter(text)
    for char in chars:
        if char == " ":
            if current is not None:
                argv.append(current)
            current = None
        elif char == '"':
            current = current or ""
            for inner in chars:
                if inner == '"':
                    break
                current += next(chars) if inner == "\\" else inner
        else:
            current = (current or "") + char
    if current is not None:
        argv.append(current)
    return [argument.replace("%%", "%") for argument in argv]


def test_the_entry_is_a_valid_desktop_file_that_reads_as_on():
    autostart = XdgAutostart(launch=AWKWARD_LAUNCH)
    assert not autostart.is_enabled()
    assert autostart.enable() is None
    entry = autostart_folder() / ENTRY_NAME
    assert autostart.where == f"~/.config/autostart/{ENTRY_NAME}"
    assert autostart.is_enabled()
    tool = shutil.which("desktop-file-validate")
    assert tool is not None, "desktop-file-validate is missing; ./dev test installs it"
    result = subprocess.run([tool, str(entry)], capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_exec_gives_back_a_launch_command_with_spaces_quotes_and_percent_signs():
    XdgAutostart(launch=AWKWARD_LAUNCH).enable()
    exec_value = desktop_entry(autostart_folder() / ENTRY_NAME)["Exec"]
    assert exec_argv(exec_value) == AWKWARD_LAUNCH


def test_the_default_launch_command_starts_posture_break():
    result = subprocess.run(
        [*launch_command(), "--version"], capture_output=True, text=True, check=True, timeout=60
    )
    assert __version__ in result.stdout


def test_turning_off_removes_our_entry_and_nothing_else():
    folder = autostart_folder()
    folder.mkdir()
    (folder / "other-app.desktop").write_text("[Desktop Entry]\nExec=other-app\n")
    autostart = XdgAutostart()
    autostart.enable()
    assert autostart.disable() is None
    assert not autostart.is_enabled()
    assert [path.name for path in folder.iterdir()] == ["other-app.desktop"]
    assert (folder / "other-app.desktop").read_text() == "[Desktop Entry]\nExec=other-app\n"
    assert autostart.disable() is None  # already off is no failure


@pytest.mark.parametrize("switch", ["X-GNOME-Autostart-enabled=false", "Hidden=true"])
def test_an_entry_the_desktop_switched_off_reads_as_off_until_turned_on(switch):
    autostart = XdgAutostart()
    autostart.enable()
    entry = autostart_folder() / ENTRY_NAME
    entry.write_text(entry.read_text().replace("X-GNOME-Autostart-enabled=true", switch))
    assert not autostart.is_enabled()
    assert autostart.enable() is None
    assert autostart.is_enabled()


def test_turning_off_hides_an_entry_the_user_wrote_instead_of_deleting_it():
    folder = autostart_folder()
    folder.mkdir()
    theirs = "[Desktop Entry]\n# mine\nType=Application\nName=PB\nExec=posture-break -v\n"
    (folder / ENTRY_NAME).write_text(theirs)
    autostart = XdgAutostart()
    assert autostart.is_enabled()
    assert autostart.disable() is None
    assert not autostart.is_enabled()
    kept = (folder / ENTRY_NAME).read_text()
    assert kept.replace("Hidden=true\n", "") == theirs
    assert desktop_entry(folder / ENTRY_NAME)["Hidden"] == "true"


def test_an_unwritable_autostart_folder_gives_a_sentence_not_an_exception():
    autostart_folder().write_text("a file where the folder should be")  # blocks root too
    autostart = XdgAutostart()
    reason = "~/.config/autostart is a file where a folder should be."
    assert autostart.enable() == f'"Start at login" could not be turned on. {reason}'
    assert not autostart.is_enabled()


class FakeRegistry:
    """Stands in for `winreg`: keys of HKEY_CURRENT_USER as dicts of name -> (data, type)."""

    HKEY_CURRENT_USER = 0x80000001
    KEY_READ = 0x20019
    KEY_SET_VALUE = 0x0002
    REG_SZ = 1
    REG_BINARY = 3

    def __init__(self):
        self.keys = {}

    def OpenKey(self, root, sub_key, reserved, access):  # noqa: N802
        if sub_key not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return sub_key

    def CreateKeyEx(self, root, sub_key, reserved, access):  # noqa: N802
        self.keys.setdefault(sub_key, {})
        return sub_key

    def SetValueEx(self, key, name, reserved, kind, data):  # noqa: N802
        self.keys[key][name] = (data, kind)

    def QueryValueEx(self, key, name):  # noqa: N802
        if name not in self.keys[key]:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return self.keys[key][name]

    def DeleteValue(self, key, name):  # noqa: N802
        self.QueryValueEx(key, name)
        del self.keys[key][name]

    def CloseKey(self, key):  # noqa: N802
        pass


def test_the_run_key_value_is_written_read_and_removed():
    registry = FakeRegistry()
    run_key = WindowsRunKey([r"C:\Program Files\Posture Break\posture-break.exe"], registry)
    assert not run_key.is_enabled()
    assert run_key.enable() is None
    assert run_key.is_enabled()
    command = r'"C:\Program Files\Posture Break\posture-break.exe"'
    assert registry.keys[RUN_KEY] == {"Posture Break": (command, registry.REG_SZ)}
    assert run_key.disable() is None
    assert not run_key.is_enabled()
    assert registry.keys[RUN_KEY] == {}


def test_a_run_entry_task_manager_switched_off_reads_as_off_until_turned_on():
    registry = FakeRegistry()
    run_key = WindowsRunKey(["posture-break"], registry)
    run_key.enable()
    switched_off = bytes.fromhex("03000000d40d438dc83bd901")  # as Task Manager writes it
    registry.keys[APPROVED_KEY] = {"Posture Break": (switched_off, registry.REG_BINARY)}
    assert not run_key.is_enabled()
    assert run_key.enable() is None
    assert run_key.is_enabled()


def test_the_launch_agent_plist_is_written_read_back_and_removed(tmp_path):
    agent = LaunchAgent(home=tmp_path, launch=["/Applications/Posture Break/posture-break"])
    assert agent.enable() is None
    plist = tmp_path / "Library/LaunchAgents/io.github.posturebreak.PostureBreak.plist"
    assert plistlib.loads(plist.read_bytes()) == {
        "Label": "io.github.posturebreak.PostureBreak",
        "ProgramArguments": ["/Applications/Posture Break/posture-break"],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    assert agent.is_enabled()
    assert agent.disable() is None
    assert not plist.exists()
    assert not agent.is_enabled()
