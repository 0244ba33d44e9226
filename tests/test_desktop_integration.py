"""Posture Break in the desktop's menu, and the packaging files.

`install-desktop` writes, into the test's private XDG home, a launcher that starts this
copy and the two icons; `uninstall-desktop` takes exactly those away again. The files in
packaging/ validate, and agree with what the app itself writes, so the two cannot drift.
"""

import json
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from posture_break import APP_ID, DESKTOP_ID, __version__
from posture_break.adapters.autostart.xdg import XdgAutostart
from posture_break.adapters.desktop_entry import launcher_entry
from posture_break.cli.main import main
from tests.adapters.test_autostart import desktop_entry, exec_argv
from tests.helpers.app_process import PROJECT

LINUX = PROJECT / "packaging" / "linux"
FLATPAK_MANIFEST = PROJECT / "packaging" / "flatpak" / f"{DESKTOP_ID}.json"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
LAUNCHER = f"applications/{DESKTOP_ID}.desktop"
ICONS = {
    f"icons/hicolor/scalable/apps/{DESKTOP_ID}.svg": "posture-break.svg",
    f"icons/hicolor/symbolic/apps/{DESKTOP_ID}-symbolic.svg": "posture-break-symbolic.svg",
}
USERS_FILES = {
    "applications/other-app.desktop": "[Desktop Entry]\nType=Application\nName=Other\nExec=other\n",
    "applications/mimeapps.list": "[Default Applications]\n",
    "icons/hicolor/scalable/apps/other-app.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>\n",
    "icons/hicolor/symbolic/apps/other-app-symbolic.svg": "<svg/>\n",
}


@pytest.fixture
def data_home(private_home) -> Path:
    return Path(os.environ["XDG_DATA_HOME"])


def run(capsys, command: str) -> tuple[int, str]:
    code = main([command])
    out, err = capsys.readouterr()
    return code, out + err


def files_under(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file()
    }


def validator(name: str) -> str:
    tool = shutil.which(name)
    assert tool is not None, f"{name} is missing; ./dev test installs it"
    return tool


def no_remarks(result: subprocess.CompletedProcess[str]) -> tuple[int, str]:
    """The exit code and every remark a validator made (nothing at all when clean)."""
    remarks = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if line.strip() and not line.startswith("✔")
    ]
    return result.returncode, "\n".join(remarks)


# install-desktop and uninstall-desktop ---------------------------------------------------


def test_install_desktop_writes_a_valid_launcher_that_starts_this_copy(data_home, capsys):
    code, output = run(capsys, "install-desktop")
    assert code == 0
    assert len(output.splitlines()) == 1
    assert output.startswith("Added Posture Break to your desktop's menu: the launcher and 2 icons")
    launcher = data_home / LAUNCHER
    check = subprocess.run(
        [validator("desktop-file-validate"), str(launcher)], capture_output=True, text=True
    )
    assert no_remarks(check) == (0, "")
    entry = desktop_entry(launcher)
    assert entry["Icon"] == DESKTOP_ID
    started = subprocess.run(
        [*exec_argv(entry["Exec"]), "--version"],
        capture_output=True,
        text=True,
        cwd=data_home,
        timeout=60,
        check=True,
    )
    assert started.stdout.strip() == f"Posture Break {__version__}"


def test_install_desktop_puts_both_icons_in_the_hicolor_theme(data_home, capsys):
    run(capsys, "install-desktop")
    for installed, shipped in ICONS.items():
        path = data_home / installed
        assert ET.parse(path).getroot().tag == "{http://www.w3.org/2000/svg}svg"
        assert (PROJECT / "resources" / "icons" / shipped).read_bytes() in path.read_bytes()


def test_uninstall_desktop_removes_exactly_what_install_wrote(data_home, capsys):
    for relative, text in USERS_FILES.items():
        (data_home / relative).parent.mkdir(parents=True, exist_ok=True)
        (data_home / relative).write_text(text)
    before = files_under(data_home)
    run(capsys, "install-desktop")
    assert set(files_under(data_home)) == set(before) | {LAUNCHER, *ICONS}
    code, output = run(capsys, "uninstall-desktop")
    assert code == 0
    assert output == (
        "Removed Posture Break from your desktop's menu: the launcher and 2 icons "
        f"in {data_home}.\n"
    )
    assert files_under(data_home) == before


def test_installing_twice_gives_the_same_files(data_home, capsys):
    run(capsys, "install-desktop")
    first = files_under(data_home)
    code, output = run(capsys, "install-desktop")
    assert code == 0
    assert output.startswith("Added Posture Break")
    assert files_under(data_home) == first
    assert sorted(first) == sorted([LAUNCHER, *ICONS])


def test_a_launcher_someone_else_wrote_is_left_alone_by_both(data_home, capsys):
    theirs = data_home / LAUNCHER
    theirs.parent.mkdir(parents=True)
    theirs.write_text("[Desktop Entry]\nType=Application\nName=My Posture Break\nExec=pb\n")
    code, output = run(capsys, "install-desktop")
    assert code == 0
    assert output.startswith("Added Posture Break to your desktop's menu: 2 icons")
    assert f"Left alone, as Posture Break did not write it: {theirs}." in output
    run(capsys, "uninstall-desktop")
    assert files_under(data_home) == {LAUNCHER: theirs.read_bytes()}
    assert b"My Posture Break" in theirs.read_bytes()


def test_uninstall_desktop_without_an_install_says_so(data_home, capsys):
    assert run(capsys, "uninstall-desktop") == (
        0,
        "Posture Break was not in your desktop's menu; nothing to remove.\n",
    )


def test_an_icon_cache_already_there_is_refreshed_and_none_is_made(data_home, capsys):
    tool = shutil.which("gtk-update-icon-cache")
    assert tool is not None, "gtk-update-icon-cache is missing: ./dev installs the test packages"
    hicolor = data_home / "icons" / "hicolor"
    cache = hicolor / "icon-theme.cache"
    other = hicolor / "scalable" / "apps" / "other-app.svg"
    other.parent.mkdir(parents=True)
    other.write_text(USERS_FILES["icons/hicolor/scalable/apps/other-app.svg"])
    run(capsys, "install-desktop")
    assert not cache.exists()
    run(capsys, "uninstall-desktop")
    subprocess.run([tool, "-q", "-t", str(hicolor)], check=True)
    run(capsys, "install-desktop")
    assert f"{DESKTOP_ID}-symbolic".encode() in cache.read_bytes()
    run(capsys, "uninstall-desktop")
    assert DESKTOP_ID.encode() not in cache.read_bytes()
    assert b"other-app" in cache.read_bytes()


def test_install_and_uninstall_desktop_load_no_qt(data_home):
    probe = (
        "import sys\n"
        "from posture_break.cli.main import main\n"
        "assert main(['install-desktop']) == 0 and main(['uninstall-desktop']) == 0\n"
        "print(sorted(m for m in sys.modules if 'PySide6' in m))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "[]"


# packaging/linux ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", [f"{DESKTOP_ID}.desktop", f"{DESKTOP_ID}-autostart.desktop"])
def test_packaged_desktop_files_pass_desktop_file_validate(name):
    check = subprocess.run(
        [validator("desktop-file-validate"), str(LINUX / name)], capture_output=True, text=True
    )
    assert no_remarks(check) == (0, "")


def test_packaged_launcher_is_the_one_install_desktop_writes_for_the_command_on_the_path():
    packaged = (LINUX / f"{DESKTOP_ID}.desktop").read_text()
    assert packaged == launcher_entry([APP_ID])


def test_autostart_template_is_the_entry_start_at_login_writes(private_home):
    autostart = XdgAutostart(launch=[APP_ID])
    assert autostart.enable() is None
    template = (LINUX / f"{DESKTOP_ID}-autostart.desktop").read_text()

    def entry_lines(text: str) -> list[str]:
        return [line for line in text.splitlines() if not line.startswith("#")]

    assert entry_lines(template) == entry_lines(autostart.path.read_text())
    assert '"Start at login" in the app\'s settings' in template


def test_metainfo_passes_appstreamcli_without_a_remark():
    check = subprocess.run(
        [validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert no_remarks(check) == (0, "")


def test_metainfo_names_the_launcher_this_release_and_the_screenshots_in_docs():
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == DESKTOP_ID
    assert component.findtext("launchable[@type='desktop-id']") == f"{DESKTOP_ID}.desktop"
    assert component.find("content_rating") is not None
    assert component.find("releases/release").get("version") == __version__
    images = component.findall("screenshots/screenshot/image")
    assert len(images) >= 2
    for image in images:
        url = image.text.strip()
        assert url.startswith("https://raw.githubusercontent.com/")
        local = PROJECT / "docs" / "screenshots" / url.rsplit("/docs/screenshots/", 1)[1]
        width, height = struct.unpack(">II", local.read_bytes()[16:24])  # the PNG header
        assert (image.get("width"), image.get("height")) == (str(width), str(height))


# packaging/flatpak -------------------------------------------------------------------------


def test_flatpak_manifest_is_plain_json_with_every_permission_explained():
    def no_duplicate_keys(pairs):
        keys = [key for key, _ in pairs]
        assert len(keys) == len(set(keys)), keys
        return dict(pairs)

    manifest = json.loads(FLATPAK_MANIFEST.read_text(), object_pairs_hook=no_duplicate_keys)
    assert (manifest["id"], manifest["command"]) == (DESKTOP_ID, APP_ID)
    assert manifest["runtime"] == "org.freedesktop.Platform"
    assert set(manifest["finish-args"]) == set(manifest["//finish-args"])
    assert {
        "--socket=wayland",
        "--socket=fallback-x11",
        "--share=ipc",
        "--talk-name=org.freedesktop.Notifications",
        "--talk-name=org.gnome.Mutter.IdleMonitor",
        "--talk-name=org.freedesktop.ScreenSaver",
        "--system-talk-name=org.freedesktop.login1",
        "--filesystem=xdg-config/autostart:create",
    } <= set(manifest["finish-args"])


def test_flatpak_manifest_sources_are_pinned_and_its_files_exist():
    manifest = json.loads(FLATPAK_MANIFEST.read_text())
    sources = [source for module in manifest["modules"] for source in module["sources"]]
    for source in sources:
        if source["type"] == "file":
            assert source["url"].startswith("https://files.pythonhosted.org/packages/")
            assert len(source["sha256"]) == 64
            assert source["url"].endswith(".whl")
    (checkout,) = [source["path"] for source in sources if source["type"] == "dir"]
    assert (FLATPAK_MANIFEST.parent / checkout).resolve() == PROJECT
    installs = [
        command.split()[2].replace("${FLATPAK_ID}", DESKTOP_ID)
        for module in manifest["modules"]
        for command in module["build-commands"]
        if command.startswith("install ")
    ]
    assert len(installs) == 4
    for relative in installs:
        assert (PROJECT / relative).is_file(), relative
