"""Lock, unlock, sleep and resume reach the app from real D-Bus signals: screen-saver
signals on the test desktop's session bus, logind's on a private bus standing in for
the system bus. The signals are sent by a second connection, as a locker or logind
would send them."""

import logging
import os

import pytest
from jeepney import DBusAddress, message_bus, new_method_call, new_signal
from jeepney.io.blocking import open_dbus_connection

from posture_break.adapters.session_watch import SessionWatch
from tests.helpers.dbus_peers import private_bus

if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
    pytest.exit("D-Bus tests run inside tests/helpers/with-desktop.sh", returncode=4)

SCREEN_SAVER_PATHS = {
    "org.freedesktop.ScreenSaver": "/org/freedesktop/ScreenSaver",
    "org.gnome.ScreenSaver": "/org/gnome/ScreenSaver",
    "org.mate.ScreenSaver": "/org/mate/ScreenSaver",
    "org.cinnamon.ScreenSaver": "/org/cinnamon/ScreenSaver",
}
LOGIND_MANAGER = DBusAddress("/org/freedesktop/login1", interface="org.freedesktop.login1.Manager")


class Recorder:
    """What the watch reported, in order: "locked", "unlocked", ("sleep", bool)."""

    def __init__(self):
        self.events = []

    def watch(self, **buses):
        return SessionWatch(
            lambda: self.events.append("locked"),
            lambda: self.events.append("unlocked"),
            lambda going: self.events.append(("sleep", going)),
            **buses,
        )


class Peer:
    """A connection that sends signals, like a screen locker or logind."""

    def __init__(self, bus="SESSION", name=None):
        self.connection = open_dbus_connection(bus=bus)
        if name is not None:
            self.connection.send_and_get_reply(message_bus.RequestName(name))

    def emit(self, address, member, *args):
        self.connection.send(new_signal(address, member, "b" * len(args), args))

    def active_changed(self, interface, active):
        address = DBusAddress(SCREEN_SAVER_PATHS[interface], interface=interface)
        self.emit(address, "ActiveChanged", active)

    def prepare_for_sleep(self, going):
        self.emit(LOGIND_MANAGER, "PrepareForSleep", going)

    def flush(self):
        """Return once the bus has routed every signal sent so far: it handles one
        connection's messages in order, so they are gone before this call's reply."""
        bus = DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus")
        self.connection.send_and_get_reply(new_method_call(bus, "GetId"), timeout=5)

    def close(self):
        self.connection.close()


def logged(caplog):
    """The watch's log messages, up to the first ":" or "(" (the rest is the error)."""
    return [
        record.getMessage().split(":")[0].split("(")[0].strip()
        for record in caplog.records
        if record.name == "posture_break.adapters.session_watch"
    ]


@pytest.fixture
def recorder():
    return Recorder()


@pytest.fixture
def session_peer():
    peer = Peer()
    yield peer
    peer.close()


@pytest.fixture
def system_bus(tmp_path):
    """A private bus standing in for the system bus; yields (address, the daemon)."""
    with private_bus(tmp_path, kind="system") as bus:
        yield bus


@pytest.fixture
def logind(system_bus):
    peer = Peer(system_bus[0], name="org.freedesktop.login1")
    yield peer
    peer.close()


@pytest.fixture
def started(qtbot, recorder, system_bus):
    """A watch on the test desktop's session bus and the private system bus."""
    watch = recorder.watch(system_bus=system_bus[0])
    watch.start()
    qtbot.waitUntil(lambda: watch.listening, timeout=3000)
    yield watch
    watch.close()


@pytest.mark.parametrize("interface", list(SCREEN_SAVER_PATHS))
def test_the_screen_locking_and_unlocking_is_reported(
    qtbot, recorder, started, session_peer, interface
):
    session_peer.active_changed(interface, True)
    qtbot.waitUntil(lambda: recorder.events == ["locked"], timeout=3000)
    session_peer.active_changed(interface, False)
    qtbot.waitUntil(lambda: recorder.events == ["locked", "unlocked"], timeout=3000)


def test_a_change_announced_twice_is_delivered_once(qtbot, recorder, started, session_peer):
    # KDE and GNOME-alikes may announce one lock under two names.
    session_peer.active_changed("org.freedesktop.ScreenSaver", True)
    session_peer.active_changed("org.gnome.ScreenSaver", True)
    session_peer.active_changed("org.gnome.ScreenSaver", False)
    session_peer.active_changed("org.freedesktop.ScreenSaver", False)
    session_peer.active_changed("org.freedesktop.ScreenSaver", True)  # arrives after all the rest
    qtbot.waitUntil(lambda: len(recorder.events) == 3, timeout=3000)
    assert recorder.events == ["locked", "unlocked", "locked"]


def test_other_signals_on_the_session_bus_are_not_taken_for_a_lock_or_sleep(
    qtbot, recorder, started, session_peer
):
    session_peer.emit(
        DBusAddress("/org/example/Saver", interface="org.example.Saver"), "ActiveChanged", True
    )
    session_peer.prepare_for_sleep(True)  # logind is on the system bus, not here
    session_peer.active_changed("org.mate.ScreenSaver", False)
    qtbot.waitUntil(lambda: recorder.events != [], timeout=3000)
    assert recorder.events == ["unlocked"]  # the first state seen is delivered, even this


def test_sleep_and_resume_are_reported(qtbot, recorder, started, logind):
    logind.prepare_for_sleep(True)
    qtbot.waitUntil(lambda: recorder.events == [("sleep", True)], timeout=3000)
    logind.prepare_for_sleep(False)
    qtbot.waitUntil(lambda: recorder.events == [("sleep", True), ("sleep", False)], timeout=3000)


def test_only_logind_speaks_for_logind(qtbot, recorder, started, system_bus, logind):
    impostor = Peer(system_bus[0])
    try:
        impostor.prepare_for_sleep(True)
        impostor.flush()  # routed (or not) before logind's signal below
    finally:
        impostor.close()
    logind.prepare_for_sleep(False)
    qtbot.waitUntil(lambda: recorder.events != [], timeout=3000)
    assert recorder.events == [("sleep", False)]


def test_the_system_bus_address_comes_from_the_environment(
    qtbot, recorder, monkeypatch, system_bus, logind
):
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", system_bus[0])
    watch = recorder.watch()
    watch.start()
    qtbot.waitUntil(lambda: watch.listening, timeout=3000)
    logind.prepare_for_sleep(True)
    qtbot.waitUntil(lambda: recorder.events == [("sleep", True)], timeout=3000)
    watch.close()


def test_without_a_system_bus_the_screen_lock_is_still_seen(
    qtbot, recorder, tmp_path, caplog, session_peer
):
    caplog.set_level(logging.INFO, logger="posture_break.adapters.session_watch")
    watch = recorder.watch(system_bus=f"unix:path={tmp_path}/no-bus-here")
    watch.start()  # does not raise
    assert logged(caplog) == ["no system bus"]
    qtbot.waitUntil(lambda: watch.listening, timeout=3000)
    session_peer.active_changed("org.gnome.ScreenSaver", True)
    qtbot.waitUntil(lambda: recorder.events == ["locked"], timeout=3000)
    watch.close()


def test_without_a_session_bus_sleep_is_still_seen(
    qtbot, recorder, monkeypatch, caplog, system_bus, logind
):
    caplog.set_level(logging.INFO, logger="posture_break.adapters.session_watch")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    watch = recorder.watch(system_bus=system_bus[0])
    watch.start()  # does not raise
    assert logged(caplog) == ["no session bus"]
    qtbot.waitUntil(lambda: watch.listening, timeout=3000)
    logind.prepare_for_sleep(True)
    qtbot.waitUntil(lambda: recorder.events == [("sleep", True)], timeout=3000)
    watch.close()


def test_when_the_system_bus_goes_away_the_screen_lock_is_still_seen(
    qtbot, recorder, caplog, started, system_bus, session_peer
):
    _address, daemon = system_bus
    daemon.terminate()
    daemon.wait(timeout=5)
    qtbot.waitUntil(lambda: logged(caplog) == ["system bus connection lost"], timeout=3000)
    session_peer.active_changed("org.cinnamon.ScreenSaver", True)
    qtbot.waitUntil(lambda: recorder.events == ["locked"], timeout=3000)


def test_after_close_nothing_is_reported_and_start_connects_again(
    qtbot, recorder, started, session_peer
):
    started.close()
    started.close()  # twice is harmless
    session_peer.active_changed("org.gnome.ScreenSaver", True)
    session_peer.flush()  # gone by, unseen: nobody was listening
    started.start()
    qtbot.waitUntil(lambda: started.listening, timeout=3000)
    session_peer.active_changed("org.gnome.ScreenSaver", False)
    qtbot.waitUntil(lambda: recorder.events != [], timeout=3000)
    assert recorder.events == ["unlocked"]
