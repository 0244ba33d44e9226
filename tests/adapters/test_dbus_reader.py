"""The shared D-Bus reader on a private bus of its own: signals it subscribed to,
answers to its calls, and a bus that goes away."""

import os

import pytest
from jeepney import DBusAddress, message_bus, new_method_call

from posture_break.adapters.dbus_reader import (
    BusUnavailableError,
    DBusReader,
    SignalRule,
    failed,
)
from tests.helpers.dbus_peers import BusPeer, private_bus

if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
    pytest.exit("D-Bus tests run inside tests/helpers/with-desktop.sh", returncode=4)

CLOCK = "org.example.Clock"
CLOCK_PATH = "/org/example/Clock"


class Owner:
    """What the reader told its owner, in order."""

    def __init__(self):
        self.heard = []

    def on_signal(self, interface, member, body):
        if interface != "org.freedesktop.DBus":  # NameAcquired, sent to every connection
            self.heard.append((interface, member, body))

    def on_lost(self, error):
        self.heard.append("lost")

    def on_reply(self, reply):
        self.heard.append(reply)


@pytest.fixture
def bus(tmp_path):
    """(address, daemon) of a private bus."""
    with private_bus(tmp_path) as bus:
        yield bus


@pytest.fixture
def owner():
    return Owner()


@pytest.fixture
def reader(qtbot, bus, owner):
    rules = [SignalRule(CLOCK, "Ticked", sender=CLOCK)]
    reader = DBusReader.open(bus[0], "clock", rules, owner.on_signal, owner.on_lost)
    qtbot.waitUntil(lambda: reader.subscribed, timeout=3000)
    yield reader
    reader.close()


@pytest.fixture
def clock(bus):
    peer = BusPeer(bus[0], name=CLOCK)
    yield peer
    peer.close()


def get_id():
    bus = DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus")
    return new_method_call(bus, "GetId")


def test_only_the_subscribed_signals_of_their_sender_are_handed_over(
    qtbot, bus, owner, reader, clock
):
    impostor = BusPeer(bus[0])
    try:
        impostor.emit(CLOCK_PATH, CLOCK, "Ticked", "u", 1)
        impostor.flush()
    finally:
        impostor.close()
    clock.emit(CLOCK_PATH, CLOCK, "Chimed", "u", 2)
    clock.emit(CLOCK_PATH, CLOCK, "Ticked", "u", 3)
    qtbot.waitUntil(lambda: owner.heard != [], timeout=3000)
    assert owner.heard == [(CLOCK, "Ticked", (3,))]


def test_a_call_returns_at_once_and_its_answer_comes_from_the_event_loop(qtbot, owner, reader):
    assert reader.call(get_id(), owner.on_reply)
    assert reader.call(message_bus.GetNameOwner("org.example.Nobody"), owner.on_reply)
    assert owner.heard == []
    qtbot.waitUntil(lambda: len(owner.heard) == 2, timeout=3000)
    bus_id, refused = owner.heard
    assert not failed(bus_id)
    assert len(bus_id.body[0]) == 32
    assert failed(refused)


def test_waiting_for_an_answer_leaves_other_messages_to_the_event_loop(qtbot, owner, reader, clock):
    clock.emit(CLOCK_PATH, CLOCK, "Ticked", "u", 1)
    clock.flush()  # on its way to the reader, which has not read it yet
    answer = reader.call_and_wait(get_id(), timeout_s=3)
    assert answer is not None
    assert not failed(answer)
    assert owner.heard == []
    qtbot.waitUntil(lambda: owner.heard == [(CLOCK, "Ticked", (1,))], timeout=3000)


def test_when_the_bus_goes_away_the_owner_hears_it_before_the_unanswered_calls(
    qtbot, bus, owner, reader
):
    address, daemon = bus
    silent = BusPeer(address, name="org.example.Silent")
    try:
        call = new_method_call(DBusAddress("/", "org.example.Silent", "org.example.Silent"), "Hi")
        assert reader.call(call, owner.on_reply)
        daemon.terminate()
        daemon.wait(timeout=5)
        qtbot.waitUntil(lambda: owner.heard == ["lost", None], timeout=3000)
        assert not reader.call(get_id(), owner.on_reply)
    finally:
        silent.close()


def test_a_bus_that_is_not_there_cannot_be_opened(tmp_path, owner):
    with pytest.raises(BusUnavailableError):
        DBusReader.open(f"unix:path={tmp_path}/no-bus", "clock", [], owner.on_signal, owner.on_lost)
