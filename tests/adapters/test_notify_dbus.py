"""Notifications reach the real notification daemon (dunst) of the test desktop, and
fall back to the tray when a session bus has no notification server.

Reminders are acted on the way dunst lets a user do it: its context menu (the test
desktop's dmenu stand-in picks the action named in $DUNST_PICK_FILE) or a click on
the bubble."""

import os
import subprocess

import pytest
from jeepney import (
    HeaderFields,
    new_method_return,
)

from posture_break.adapters.notify_dbus import REMINDER_HINT, DesktopNotifier
from tests.helpers.dbus_peers import StandInService, bus_monitor, member, private_bus
from tests.helpers.dbus_peers import calls_seen as dbus_calls_seen
from tests.helpers.notifications import (
    displayed_count,
    dunstctl,
    history,
    pick_in_context_menu,
    shown_notifications,
)

if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
    pytest.exit("D-Bus tests run inside tests/helpers/with-desktop.sh", returncode=4)

DESKTOP_ID = "io.github.posturebreak.PostureBreak"
NOTIFICATIONS = "org.freedesktop.Notifications"
ACTIONS = [("start", "Start now"), ("snooze", "In 5 minutes"), ("skip", "Skip")]
# Where the test dunstrc puts the first bubble (offset 10x40, width 300).
BUBBLE = ("170", "70")


@pytest.fixture
def fallback_calls():
    return []


@pytest.fixture
def notifier(qtbot, fallback_calls):
    dunstctl("close-all")
    notifier = DesktopNotifier(DESKTOP_ID, lambda title, body: fallback_calls.append((title, body)))
    yield notifier
    notifier.close()
    dunstctl("close-all")


@pytest.fixture
def monitor():
    """Sees every call made to the notification server."""
    with bus_monitor(f"type='method_call',interface='{NOTIFICATIONS}'") as connection:
        yield connection


def calls_seen(monitor):
    """(method, arguments) of the calls made since last asked."""
    return [(member(call), call.body) for call in dbus_calls_seen(monitor)]


@pytest.fixture
def bus_without_notifications(monkeypatch, tmp_path):
    """A private session bus on which nothing owns, or can start, the notification service."""
    with private_bus(tmp_path) as (address, _):
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address


def test_a_notification_shows_on_the_desktop(qtbot, notifier, fallback_calls):
    notifier.notify("Some of your settings were not used", "• [breaks] stretch_every_min: …")
    qtbot.waitUntil(lambda: displayed_count() == 1, timeout=3000)
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
    assert displayed_count() == 1
    assert shown_notifications()[0] == ("Second", "two")


def test_without_a_notification_server_the_tray_gets_the_message(
    qtbot, bus_without_notifications, fallback_calls
):
    notifier = DesktopNotifier(DESKTOP_ID, lambda title, body: fallback_calls.append((title, body)))
    notifier.notify("Posture Break", "already running")
    qtbot.waitUntil(lambda: fallback_calls == [("Posture Break", "already running")], timeout=3000)
    notifier.close()


# Reminders ------------------------------------------------------------------


def test_a_reminder_offers_its_actions_and_stays_until_acted_on(qtbot, notifier, monitor):
    notifier.remind("Time to stretch", "Neck and shoulders, 3 minutes.", ACTIONS, print)
    qtbot.waitUntil(lambda: displayed_count() == 1, timeout=3000)
    (notify,) = [args for method, args in calls_seen(monitor) if method == "Notify"]
    _app, replaces, _icon, summary, body, actions, hints, expire_timeout = notify
    assert (summary, body) == ("Time to stretch", "Neck and shoulders, 3 minutes.")
    # Clicking the bubble ("default") is labelled as, and means, the first action.
    assert actions == [
        "default", "Start now",
        "start", "Start now",
        "snooze", "In 5 minutes",
        "skip", "Skip",
    ]  # fmt: skip
    assert expire_timeout == 0  # never expires on its own
    assert hints == {"urgency": ("y", 1), "desktop-entry": ("s", DESKTOP_ID)}
    assert replaces == 0


@pytest.mark.parametrize("key", ["start", "snooze", "skip"])
def test_the_action_picked_in_the_menu_reaches_the_app_once(qtbot, notifier, key):
    picked = []
    notifier.remind("Time to stretch", "Neck and shoulders.", ACTIONS, picked.append)
    qtbot.waitUntil(lambda: displayed_count() == 1, timeout=3000)
    pick_in_context_menu(key)
    qtbot.waitUntil(lambda: picked == [key], timeout=3000)
    # dunst keeps the bubble after a menu pick; the notifier closes it itself.
    qtbot.waitUntil(lambda: displayed_count() == 0, timeout=3000)
    assert history()[0] == ("Time to stretch", "Neck and shoulders.")
    assert picked == [key]


def test_clicking_the_bubble_means_the_first_action(qtbot, notifier):
    picked = []
    notifier.remind("Time to stretch", "Neck and shoulders.", ACTIONS, picked.append)
    qtbot.waitUntil(lambda: displayed_count() == 1, timeout=3000)
    # The test dunstrc: a left click does the default action, then closes the bubble.
    subprocess.run(["xdotool", "mousemove", *BUBBLE, "click", "1"], check=True)
    qtbot.waitUntil(lambda: picked == ["start"], timeout=3000)
    qtbot.waitUntil(lambda: displayed_count() == 0, timeout=3000)
    # dunst's NotificationClosed for the click comes before this call's answer: still once.
    notifier.notify("Later", "a plain notification")
    qtbot.waitUntil(lambda: displayed_count() == 1, timeout=3000)
    assert picked == ["start"]


@pytest.mark.parametrize("first_shown", [True, False], ids=["first-shown", "first-in-flight"])
def test_a_new_reminder_replaces_the_last_and_only_its_actions_count(qtbot, notifier, first_shown):
    first, second = [], []
    notifier.remind("Time to stretch", "Neck.", ACTIONS, first.append)
    if first_shown:
        qtbot.waitUntil(lambda: displayed_count() == 1, timeout=3000)
    notifier.remind("Time to stretch", "Shoulders.", ACTIONS, second.append)
    qtbot.waitUntil(lambda: not notifier._pending, timeout=3000)
    assert displayed_count() == 1
    pick_in_context_menu("snooze")
    qtbot.waitUntil(lambda: second == ["snooze"], timeout=3000)
    qtbot.waitUntil(lambda: displayed_count() == 0, timeout=3000)
    assert history()[0] == ("Time to stretch", "Shoulders.")
    assert first == []


def test_a_dismissed_reminder_calls_nothing_and_the_next_one_works(qtbot, notifier):
    dismissed, later = [], []
    notifier.remind("Time to stretch", "Neck.", ACTIONS, dismissed.append)
    qtbot.waitUntil(lambda: displayed_count() == 1, timeout=3000)
    dunstctl("close")  # the user closes the bubble
    qtbot.waitUntil(lambda: displayed_count() == 0, timeout=3000)
    notifier.remind("Time to stretch", "Shoulders.", ACTIONS, later.append)
    qtbot.waitUntil(lambda: displayed_count() == 1, timeout=3000)
    pick_in_context_menu("skip")
    qtbot.waitUntil(lambda: later == ["skip"], timeout=3000)
    assert dismissed == []


@pytest.mark.parametrize("shown", [True, False], ids=["shown", "in-flight"])
def test_withdraw_closes_the_reminder(qtbot, notifier, shown):
    picked = []
    body = f"Neck ({'shown' if shown else 'in flight'})."  # unlike earlier ones in the history
    notifier.remind("Time to stretch", body, ACTIONS, picked.append)
    if shown:
        qtbot.waitUntil(lambda: displayed_count() == 1, timeout=3000)
    notifier.withdraw()  # e.g. the break was started from the tray
    # Shown, then closed: it is in dunst's history and no longer on screen.
    qtbot.waitUntil(lambda: history()[:1] == [("Time to stretch", body)], timeout=3000)
    assert displayed_count() == 0
    assert picked == []


def test_withdraw_without_a_reminder_does_nothing(qtbot, notifier):
    notifier.notify("Posture Break", "already running")
    qtbot.waitUntil(lambda: displayed_count() == 1, timeout=3000)
    notifier.withdraw()
    notifier.withdraw()
    assert displayed_count() == 1  # a plain notification is not a reminder


def test_at_quit_the_reminder_goes_and_other_notifications_stay(qtbot, notifier):
    notifier.notify("Some of your settings were not used", "• [breaks] stretch_every_min: …")
    notifier.remind("Time to stretch", "Neck, before quitting.", ACTIONS, print)
    qtbot.waitUntil(lambda: displayed_count() == 2, timeout=3000)
    notifier.close()  # its buttons would reach no one
    qtbot.waitUntil(lambda: displayed_count() == 1, timeout=3000)
    assert history()[0] == ("Time to stretch", "Neck, before quitting.")


def test_support_for_actions_is_asked_once_and_known_later(qtbot, notifier, monitor):
    assert notifier.supports_actions() is None
    qtbot.waitUntil(lambda: notifier.supports_actions() is True, timeout=3000)
    notifier.remind("Time to stretch", "Neck.", ACTIONS, print)
    qtbot.waitUntil(lambda: displayed_count() == 1, timeout=3000)
    assert notifier.supports_actions() is True
    assert [method for method, _args in calls_seen(monitor)] == ["GetCapabilities", "Notify"]


def test_without_a_notification_server_a_reminder_tells_how_to_act_in_the_tray(
    qtbot, bus_without_notifications, fallback_calls
):
    notifier = DesktopNotifier(DESKTOP_ID, lambda title, body: fallback_calls.append((title, body)))
    picked = []
    notifier.remind("Time to stretch", "Neck and shoulders.", ACTIONS, picked.append)
    qtbot.waitUntil(lambda: fallback_calls != [], timeout=3000)
    assert fallback_calls == [
        ("Time to stretch", "Neck and shoulders.\nOpen the tray menu to start or skip it.")
    ]
    qtbot.waitUntil(lambda: notifier.supports_actions() is False, timeout=3000)
    notifier.close()
    assert picked == []


class ServerWithoutActions(StandInService):
    """A notification server on a private bus that shows only text, like some do."""

    def __init__(self, address):
        self.notified = []  # (summary, body, actions) of each Notify
        super().__init__(address, NOTIFICATIONS)

    def answer(self, call):
        member = call.header.fields.get(HeaderFields.member)
        if member == "GetCapabilities":
            self.connection.send(new_method_return(call, "as", (["body"],)))
        elif member == "Notify":
            self.notified.append((call.body[3], call.body[4], call.body[5]))
            self.connection.send(new_method_return(call, "u", (len(self.notified),)))
        else:
            self.connection.send(new_method_return(call, None, ()))


def test_a_server_without_actions_gets_the_hint_in_the_body(
    qtbot, bus_without_notifications, fallback_calls
):
    server = ServerWithoutActions(bus_without_notifications)
    try:
        notifier = DesktopNotifier(
            DESKTOP_ID, lambda title, body: fallback_calls.append((title, body))
        )
        assert notifier.supports_actions() is None
        qtbot.waitUntil(lambda: notifier.supports_actions() is False, timeout=3000)
        notifier.remind("Time to stretch", "Neck and shoulders.", ACTIONS, print)
        qtbot.waitUntil(lambda: server.notified != [], timeout=3000)
        summary, body, _actions = server.notified[0]
        assert (summary, body) == ("Time to stretch", f"Neck and shoulders.\n{REMINDER_HINT}")
        assert fallback_calls == []
        notifier.close()
    finally:
        server.stop()
