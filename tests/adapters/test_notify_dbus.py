"""Notifications reach the real notification daemon (dunst) of the test desktop, and
fall back to the tray when a session bus has no notification server."""

import json
import os
import subprocess

import pytest

from posture_break.adapters.notify_dbus import DesktopNotifier

if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
    pytest.exit("D-Bus tests run inside tests/helpers/with-desktop.sh", returncode=4)

BUS_WITHOUT_SERVICES = """<!DOCTYPE busconfig PUBLIC
 "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def dunstctl(*args):
    return subprocess.run(["dunstctl", *args], capture_output=True, text=True, check=True).stdout


def shown_notifications():
    """(summary, body) of everything dunst showed, newest first."""
    dunstctl("close-all")
    history = json.loads(dunstctl("history"))["data"][0]
    return [(entry["summary"]["data"], entry["body"]["data"]) for entry in history]


@pytest.fixture
def fallback_calls():
    return []


@pytest.fixture
def notifier(qtbot, fallback_calls):
    dunstctl("close-all")
    notifier = DesktopNotifier(
        "io.github.posturebreak.PostureBreak",
        lambda title, body: fallback_calls.append((title, body)),
    )
    yield notifier
    notifier.close()


def test_a_notification_shows_on_the_desktop(qtbot, notifier, fallback_calls):
    notifier.notify("Some of your settings were not used", "• [breaks] stretch_every_min: …")
    qtbot.waitUntil(lambda: dunstctl("count", "displayed").strip() == "1", timeout=3000)
    assert shown_notifications()[0] == (
        "Some of your settings were not used",
        "• [breaks] stretch_every_min: …",
    )
    assert fallback_calls == []


def test_a_newer_notification_replaces_the_last_instead_of_stacking(qtbot, notifier):
    # The server has shown a notification once it answered the call that sent it.
    notifier.notify("First", "one")
    qtbot.waitUntil(lambda: not notifier._pending, timeout=3000)
    notifier.notify("Second", "two")
    qtbot.waitUntil(lambda: not notifier._pending, timeout=3000)
    assert dunstctl("count", "displayed").strip() == "1"
    assert shown_notifications()[0] == ("Second", "two")


def test_without_a_notification_server_the_tray_gets_the_message(
    qtbot, tmp_path, monkeypatch, fallback_calls
):
    config = tmp_path / "bus.conf"
    config.write_text(BUS_WITHOUT_SERVICES)
    bus = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--print-address=1", "--nofork"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.stdout.readline().strip())
        notifier = DesktopNotifier(
            "io.github.posturebreak.PostureBreak",
            lambda title, body: fallback_calls.append((title, body)),
        )
        notifier.notify("Posture Break", "already running")
        qtbot.waitUntil(
            lambda: fallback_calls == [("Posture Break", "already running")], timeout=3000
        )
        notifier.close()
    finally:
        bus.terminate()
        bus.communicate(timeout=5)
