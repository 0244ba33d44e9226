"""D-Bus for adapter tests: private buses, and a monitor that sees the calls made."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from jeepney import DBusAddress, HeaderFields, MessageType, message_bus, new_method_call, new_signal
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.low_level import Message

_CONFIG = """<!DOCTYPE busconfig PUBLIC
 "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>{kind}</type>
  <listen>unix:tmpdir=/tmp</listen>{services}
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow receive_sender="*"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>{users}
  </policy>
</busconfig>
"""


@contextmanager
def private_bus(
    folder: Path,
    kind: str = "session",
    services: Path | None = None,
    env: dict[str, str] | None = None,
    other_user: str | None = None,
) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """A dbus-daemon of our own with nothing on it: (its address, the daemon process).
    It starts on demand only the services whose .service files are in `services`, with
    the environment `env`. It takes connections from its own user and, if named,
    `other_user`: a desktop run as a test user, shared with an app run as root."""
    config = folder / f"{kind}-bus.conf"
    service_dir = f"\n  <servicedir>{services}</servicedir>" if services else ""
    users = f'\n    <allow user="{other_user}"/>' if other_user else ""
    config.write_text(_CONFIG.format(kind=kind, services=service_dir, users=users))
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--print-address=1", "--nofork"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert daemon.stdout is not None
        yield daemon.stdout.readline().strip(), daemon
    finally:
        daemon.terminate()
        daemon.communicate(timeout=5)


@contextmanager
def bus_monitor(rule: str) -> Iterator[DBusConnection]:
    """A connection to the session bus that receives a copy of every message `rule`
    matches, such as "type='method_call',interface='org.freedesktop.Notifications'"."""
    connection = open_dbus_connection(bus="SESSION")
    monitoring = DBusAddress(
        "/org/freedesktop/DBus",
        bus_name="org.freedesktop.DBus",
        interface="org.freedesktop.DBus.Monitoring",
    )
    connection.send_and_get_reply(new_method_call(monitoring, "BecomeMonitor", "asu", ([rule], 0)))
    try:
        yield connection
    finally:
        connection.close()


def calls_seen(monitor: DBusConnection) -> list[Message]:
    """The method calls the monitor holds since last asked. The bus copies a call to
    monitors before delivering it, so once a call is answered its copy is here."""
    calls = []
    while True:
        try:
            message = monitor.receive(timeout=0)
        except TimeoutError:
            return calls
        if message.header.message_type == MessageType.method_call:
            calls.append(message)


def member(message: Message) -> str:
    return str(message.header.fields[HeaderFields.member])


class StandInService:
    """A service of our own on a bus, answering calls in a thread of its own.

    Subclasses say how in `answer(call)`; `stop()` hangs up."""

    def __init__(self, address: str, name: str) -> None:
        self.connection = open_dbus_connection(address)
        self.connection.send_and_get_reply(message_bus.RequestName(name))
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve)
        self._thread.start()

    def answer(self, call: Message) -> None:
        raise NotImplementedError

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                call = self.connection.receive(timeout=0.05)
            except TimeoutError:
                continue
            if call.header.message_type == MessageType.method_call:
                self.answer(call)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.connection.close()


class BusPeer:
    """Another program's plain connection to a bus: it may own a name, sends signals
    and reads nothing, so calls made to it stay unanswered."""

    def __init__(self, address: str, name: str | None = None) -> None:
        self.connection = open_dbus_connection(address)
        if name is not None:
            self.connection.send_and_get_reply(message_bus.RequestName(name))

    def emit(self, path: str, interface: str, name: str, signature: str, *args: object) -> None:
        self.connection.send(
            new_signal(DBusAddress(path, interface=interface), name, signature, args)
        )

    def flush(self) -> None:
        """Return once the bus has routed what this peer sent so far: it handles one
        connection's messages in order, so they are gone before this call's reply."""
        bus = DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus")
        self.connection.send_and_get_reply(new_method_call(bus, "GetId"), timeout=5)

    def close(self) -> None:
        self.connection.close()
