"""The busy probe reads what a window manager, the notification daemon, the sound
server and GNOME's settings publish.

The test desktop has no window manager, so the tests play its part with python-xlib:
they set `_NET_ACTIVE_WINDOW` on the root window and `_NET_WM_STATE` on their own
windows. Do-not-disturb is dunst's pause (dunstctl), Plasma's `Inhibited` comes
from a small server on a private bus, and GNOME's is the real gsettings reading a key
file of the test's own. Calls are recorded from a real PulseAudio server's virtual
microphone. The probe is asked as the coordinator asks it, and each test waits for the
answer from the event loop."""

import ctypes
import ctypes.util
import logging
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from jeepney import (
    HeaderFields,
    MessageFlag,
    new_error,
    new_method_return,
)
from Xlib import X, Xatom
from Xlib.display import Display

from posture_break.adapters.busy_probe import DO_NOT_DISTURB, FULL_SCREEN, IN_A_CALL, BusyProbe
from tests.helpers.dbus_peers import StandInService, bus_monitor, calls_seen, private_bus
from tests.helpers.notifications import dunstctl
from tests.helpers.sound_server import (
    MICROPHONE,
    PEAK_DETECT,
    SPEAKER_MONITOR,
    START_CORKED,
    SoundServer,
)

if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
    pytest.exit("busy probe tests run inside tests/helpers/with-desktop.sh", returncode=4)

NOTIFICATIONS = "org.freedesktop.Notifications"
ANSWER_TIMEOUT_MS = 10_000  # the probe answers within 0.5 s; generous for a loaded machine


class Asked:
    """A BusyProbe whose `reason()` asks it and waits for the answer."""

    def __init__(self, qtbot, **options):
        self.qtbot = qtbot
        self.probe = BusyProbe.open(**options)

    def reason(self):
        answers = []
        self.probe.ask(answers.append)
        self.qtbot.waitUntil(lambda: answers != [], timeout=ANSWER_TIMEOUT_MS)
        return answers[0]

    def close(self):
        self.probe.close()


class WindowManager:
    """Publishes the active window and window states, as an EWMH window manager does."""

    def __init__(self):
        self.display = Display()
        self.root = self.display.screen().root
        self.atom = self.display.intern_atom
        self.windows = []

    def new_window(self, *states):
        window = self.root.create_window(0, 0, 100, 100, 0, X.CopyFromParent)
        self.windows.append(window)
        self.set_states(window, *states)
        return window

    def set_states(self, window, *states):
        atoms = [self.atom(state) for state in states]
        window.change_property(self.atom("_NET_WM_STATE"), Xatom.ATOM, 32, atoms)
        self.display.sync()

    def remove_states(self, window):
        window.delete_property(self.atom("_NET_WM_STATE"))
        self.display.sync()

    def activate(self, window):
        self.root.change_property(self.atom("_NET_ACTIVE_WINDOW"), Xatom.WINDOW, 32, [window.id])
        self.display.sync()

    def destroy(self, window):
        window.destroy()
        self.windows.remove(window)
        self.display.sync()

    def close(self):
        self.root.delete_property(self.atom("_NET_ACTIVE_WINDOW"))
        for window in self.windows:
            window.destroy()
        self.display.close()


@pytest.fixture
def wm():
    manager = WindowManager()
    yield manager
    manager.close()


@pytest.fixture
def probe(qtbot):
    busy = Asked(qtbot)
    yield busy
    busy.close()


@pytest.fixture
def dunst_paused():
    dunstctl("set-paused", "true")
    yield
    dunstctl("set-paused", "false")


# Full screen ---------------------------------------------------------------------------


def test_a_full_screen_active_window_means_busy_until_it_leaves_full_screen(wm, probe):
    window = wm.new_window("_NET_WM_STATE_FULLSCREEN")
    wm.activate(window)
    assert probe.reason() == FULL_SCREEN

    wm.remove_states(window)
    assert probe.reason() is None


def test_other_states_of_the_active_window_are_not_busy(wm, probe):
    window = wm.new_window("_NET_WM_STATE_MAXIMIZED_VERT", "_NET_WM_STATE_MAXIMIZED_HORZ")
    wm.activate(window)
    assert probe.reason() is None

    wm.set_states(window, "_NET_WM_STATE_ABOVE", "_NET_WM_STATE_FULLSCREEN")
    assert probe.reason() == FULL_SCREEN


def test_a_full_screen_window_that_is_not_active_is_not_busy(wm, probe):
    wm.new_window("_NET_WM_STATE_FULLSCREEN")
    wm.activate(wm.new_window())
    assert probe.reason() is None


def test_without_an_active_window_nobody_is_busy(wm, probe):
    wm.new_window("_NET_WM_STATE_FULLSCREEN")
    assert probe.reason() is None


def _x11_with_error_handlers():
    x11 = ctypes.CDLL(ctypes.util.find_library("X11"))
    handler_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
    x11.XSetErrorHandler.argtypes = [handler_type]
    x11.XSetErrorHandler.restype = ctypes.c_void_p
    return x11, handler_type


def test_an_active_window_that_is_gone_is_not_busy_and_its_error_stays_inside(wm, probe):
    x11, handler_type = _x11_with_error_handlers()
    errors_seen = []
    recorder = handler_type(lambda display, event: errors_seen.append(display) or 0)
    before = x11.XSetErrorHandler(recorder)
    try:
        window = wm.new_window("_NET_WM_STATE_FULLSCREEN")
        wm.activate(window)
        wm.destroy(window)  # between a window manager's update and our two reads

        assert probe.reason() is None
        assert probe.reason() is None  # and the connection still works
    finally:
        current = x11.XSetErrorHandler(handler_type(before))
    assert current == ctypes.cast(recorder, ctypes.c_void_p).value  # put back
    assert errors_seen == []

    wm.activate(wm.new_window("_NET_WM_STATE_FULLSCREEN"))
    assert probe.reason() == FULL_SCREEN


def test_an_active_window_that_is_gone_does_not_end_a_process_without_qt(wm):
    # No Qt GUI here (an event loop only), so Xlib's own handler is in place: an error
    # reaching it would print "X Error of failed request" and exit.
    window = wm.new_window("_NET_WM_STATE_FULLSCREEN")
    wm.activate(window)
    wm.destroy(window)
    script = textwrap.dedent(
        """
        from PySide6.QtCore import QCoreApplication
        from posture_break.adapters.busy_probe import BusyProbe

        app = QCoreApplication([])
        probe = BusyProbe.open()
        answers = []

        def answered(reason):
            answers.append(reason)
            if len(answers) == 2:
                app.quit()
            else:
                probe.ask(answered)

        probe.ask(answered)
        app.exec()
        print(*answers)
        probe.close()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=30
    )
    assert (done.returncode, done.stdout.strip()) == (0, "None None"), done.stderr


def test_without_a_display_the_x_part_answers_none(wm, monkeypatch, qtbot):
    wm.activate(wm.new_window("_NET_WM_STATE_FULLSCREEN"))
    monkeypatch.delenv("DISPLAY")
    probe = Asked(qtbot)
    assert probe.reason() is None
    probe.close()


def test_with_an_unreachable_display_the_x_part_answers_none(wm, monkeypatch, qtbot):
    wm.activate(wm.new_window("_NET_WM_STATE_FULLSCREEN"))
    number = next(n for n in range(4242, 4342) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    monkeypatch.setenv("DISPLAY", f":{number}")
    probe = Asked(qtbot)
    assert probe.reason() is None
    probe.close()


def test_a_closed_probe_refuses_to_answer_and_closes_twice(qtbot):
    probe = Asked(qtbot)
    probe.close()
    probe.close()
    with pytest.raises(RuntimeError):
        probe.reason()


# Do not disturb ------------------------------------------------------------------------


def test_dunst_paused_means_do_not_disturb_until_it_resumes(probe):
    assert probe.reason() is None
    dunstctl("set-paused", "true")
    try:
        assert probe.reason() == DO_NOT_DISTURB
    finally:
        dunstctl("set-paused", "false")
    assert probe.reason() is None


def test_full_screen_is_named_before_do_not_disturb(wm, probe, dunst_paused):
    wm.activate(wm.new_window("_NET_WM_STATE_FULLSCREEN"))
    assert probe.reason() == FULL_SCREEN


def test_a_server_that_lacks_one_of_the_properties_leaves_the_log_alone(probe, caplog):
    caplog.set_level(logging.INFO)
    assert probe.reason() is None  # dunst has no Inhibited; Plasma has no `paused`
    assert [r.message for r in caplog.records if r.name.endswith("dbus_reader")] == []


@pytest.fixture
def monitor():
    """Sees every call to the notification service on the bus."""
    with bus_monitor(f"type='method_call',destination='{NOTIFICATIONS}'") as connection:
        yield connection


def test_the_server_is_asked_only_when_asked_and_never_started_by_it(monitor, qtbot):
    probe = Asked(qtbot)
    try:
        assert calls_seen(monitor) == []
        assert probe.reason() is None
        calls = calls_seen(monitor)
    finally:
        probe.close()
    assert [(call.header.fields[HeaderFields.member], call.body) for call in calls] == [
        ("Get", (NOTIFICATIONS, "Inhibited")),
        ("Get", ("org.dunstproject.cmd0", "paused")),
    ]
    assert all(call.header.flags & MessageFlag.no_auto_start for call in calls)


class PlasmaLikeServer(StandInService):
    """A notification server on a private bus with only Plasma's `Inhibited` property;
    or, with `answers=False`, one that never answers."""

    def __init__(self, address, *, inhibited=False, answers=True):
        self.inhibited = inhibited
        self.answers = answers
        super().__init__(address, NOTIFICATIONS)

    def answer(self, call):
        if not self.answers:
            return
        if call.header.fields.get(HeaderFields.member) == "Get" and call.body == (
            NOTIFICATIONS,
            "Inhibited",
        ):
            self.connection.send(new_method_return(call, "v", (("b", self.inhibited),)))
        else:
            error = "org.freedesktop.DBus.Error.UnknownInterface"
            self.connection.send(new_error(call, error, "s", ("not here",)))


@pytest.fixture
def session_bus_of_our_own(monkeypatch, tmp_path):
    """A session bus of its own, with nothing on it at first."""
    with private_bus(tmp_path) as (address, _):
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address


@pytest.mark.parametrize(("inhibited", "reason"), [(True, DO_NOT_DISTURB), (False, None)])
def test_an_inhibited_plasma_server_means_do_not_disturb(
    probe, session_bus_of_our_own, inhibited, reason
):
    server = PlasmaLikeServer(session_bus_of_our_own, inhibited=inhibited)
    try:
        assert probe.reason() == reason
    finally:
        server.stop()


def test_without_a_notification_server_nobody_is_in_do_not_disturb(probe, session_bus_of_our_own):
    assert probe.reason() is None


def test_without_a_session_bus_nobody_is_in_do_not_disturb(probe, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    assert probe.reason() is None


def test_a_server_that_does_not_answer_does_not_hang_the_app(probe, session_bus_of_our_own):
    server = PlasmaLikeServer(session_bus_of_our_own, answers=False)
    try:
        started = time.monotonic()
        assert probe.reason() is None
        # The question gives up (after 0.5 s); the bound is loose for a loaded machine.
        assert time.monotonic() - started < 5
    finally:
        server.stop()


def test_a_camera_held_open_by_another_program_means_a_call(tmp_path, qtbot):
    camera = tmp_path / "video0"  # stands in for /dev/video0, which this machine lacks
    camera.write_bytes(b"")
    probe = Asked(qtbot, cameras=str(tmp_path / "video*"))
    try:
        assert probe.reason() is None
        script = f"exec 3<'{camera}'; echo open; exec sleep 60"
        with subprocess.Popen(["sh", "-c", script], stdout=subprocess.PIPE, text=True) as call:
            try:
                assert call.stdout.readline() == "open\n"
                assert probe.reason() == IN_A_CALL
            finally:
                call.kill()
        assert probe.reason() is None  # the call ended
    finally:
        probe.close()


# In a call: a microphone being recorded ------------------------------------------------


@pytest.fixture
def sound_server(qtbot):
    server = SoundServer(Path(os.environ["XDG_RUNTIME_DIR"]), qtbot.waitUntil)
    yield server
    server.stop()


def test_recording_the_microphone_means_a_call_until_it_stops(probe, sound_server):
    assert probe.reason() is None
    with sound_server.recording(MICROPHONE):
        assert probe.reason() == IN_A_CALL
    assert probe.reason() is None


def test_recording_what_the_speakers_play_is_not_a_call(probe, sound_server):
    with sound_server.recording(SPEAKER_MONITOR):
        assert probe.reason() is None


def test_a_level_meter_on_the_microphone_is_not_a_call(probe, sound_server):
    with sound_server.recording(MICROPHONE, PEAK_DETECT):
        assert probe.reason() is None


def test_a_paused_recording_of_the_microphone_is_not_a_call(probe, sound_server):
    with sound_server.recording(MICROPHONE, START_CORKED):
        assert probe.reason() is None


def test_the_sound_servers_own_loopback_of_the_microphone_is_not_a_call(probe, sound_server):
    with sound_server.loopback(MICROPHONE):
        assert probe.reason() is None


def test_a_call_is_named_before_do_not_disturb(probe, sound_server, dunst_paused):
    with sound_server.recording(MICROPHONE):
        assert probe.reason() == IN_A_CALL


def test_without_a_sound_server_nobody_is_in_a_call(probe):
    assert probe.reason() is None


def test_without_pactl_a_recorded_microphone_is_not_known(probe, sound_server, monkeypatch):
    with sound_server.recording(MICROPHONE), monkeypatch.context() as patch:
        patch.setenv("PATH", "/nonexistent")
        assert probe.reason() is None


def test_a_sound_server_that_does_not_answer_does_not_hang_the_app(probe, sound_server):
    with sound_server.recording(MICROPHONE), sound_server.not_answering():
        started = time.monotonic()
        assert probe.reason() is None
        # pactl is given up on after 0.5 s; the bound is loose for a loaded machine.
        assert time.monotonic() - started < 5


# Do not disturb in GNOME ---------------------------------------------------------------


@pytest.fixture
def gnome_banners(monkeypatch):
    """Sets GNOME's `show-banners` in a GSettings key file of the test's own (GNOME keeps
    it in dconf; gsettings reads either the same way), in a GNOME session."""
    monkeypatch.setenv("GSETTINGS_BACKEND", "keyfile")
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "GNOME")
    keyfile = Path(os.environ["XDG_CONFIG_HOME"], "glib-2.0", "settings", "keyfile")
    keyfile.parent.mkdir(parents=True)

    def show(shown):
        keyfile.write_text(f"[org/gnome/desktop/notifications]\nshow-banners={shown}\n")

    return show


@pytest.mark.parametrize("desktop", ["GNOME", "ubuntu:GNOME", "GNOME-Classic:GNOME"])
def test_gnome_banners_off_mean_do_not_disturb(probe, gnome_banners, monkeypatch, desktop):
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", desktop)
    gnome_banners("false")
    assert probe.reason() == DO_NOT_DISTURB


def test_gnome_banners_on_are_not_do_not_disturb(probe, gnome_banners):
    gnome_banners("true")
    assert probe.reason() is None


@pytest.mark.parametrize("desktop", ["KDE", "Budgie", "X-Cinnamon", "Pantheon", ""])
def test_other_desktops_do_not_go_by_gnome_banners(probe, gnome_banners, monkeypatch, desktop):
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", desktop)
    gnome_banners("false")
    assert probe.reason() is None


def test_without_gnome_schemas_gnome_do_not_disturb_is_not_known(
    probe, gnome_banners, monkeypatch, tmp_path
):
    gnome_banners("false")
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path))  # where GLib looks for schemas
    assert probe.reason() is None


def test_without_gsettings_gnome_do_not_disturb_is_not_known(probe, gnome_banners, monkeypatch):
    gnome_banners("false")
    monkeypatch.setenv("PATH", "/nonexistent")
    assert probe.reason() is None
