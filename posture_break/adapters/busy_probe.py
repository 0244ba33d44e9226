"""Whether the user is busy in a way that should hold a break, asked when one falls due.

Nothing here watches or polls: `ask()` looks once, when the app asks (at the due
moment, and again while it holds a break), and answers a short phrase for the tray
from the event loop, within ASKING_S: the GUI never waits for another program.

- Full screen (X11): the active window's state (adapters/full_screen_x11.py), read at
  once, as is the camera.
- In a call (Linux): a camera (/dev/video*) held open by another process, or else a
  microphone being recorded (busy_sources asks the sound server with pactl). Each
  process's open files are listed in /proc/PID/fd; those of other users cannot be
  read, and are not ours to judge.
- Do not disturb, over the session bus (a DBusReader of the probe's own, opened at the
  first question): `Inhibited` of the interface org.freedesktop.Notifications, which
  KDE Plasma's notification server has, and `paused` of dunst's interface
  org.dunstproject.cmd0, both read with org.freedesktop.DBus.Properties.Get from the
  owner of org.freedesktop.Notifications; a server that lacks one answers an error,
  which counts as "not known". The calls carry NO_AUTO_START: without a running
  notification server nobody is in do-not-disturb, and asking must not start one.
  GNOME keeps its setting in GSettings, which busy_sources reads (only in a GNOME
  session).

Full screen or a camera answers at once. Otherwise the sound server, the notification
server and GSettings are asked together, and the answer names the first reason in the
order above that holds, as soon as the reasons before it are known not to; what has
not answered after ASKING_S counts as not busy.
"""

from __future__ import annotations

import glob
import logging
import os
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaObject, QObject, Qt, QTimer, Slot

from posture_break.adapters.busy_sources import Helpers, gnome_do_not_disturb, microphone_recorded
from posture_break.adapters.dbus_reader import BusUnavailableError, DBusReader, failed
from posture_break.adapters.full_screen_x11 import FullScreenProbe
from posture_break.core.i18n import QT_TRANSLATE_NOOP
from posture_break.core.ports import BusyAnswer

if TYPE_CHECKING:
    from jeepney import Message

log = logging.getLogger(__name__)

# Shown after "Waiting:" in the tray, translated there (planner.describe).
FULL_SCREEN = QT_TRANSLATE_NOOP("BusyReasons", "full-screen app")
DO_NOT_DISTURB = QT_TRANSLATE_NOOP("BusyReasons", "do not disturb")
IN_A_CALL = QT_TRANSLATE_NOOP("BusyReasons", "in a call")
CAMERAS = "/dev/video*"

ASKING_S = 0.5  # all the questions of one ask() together, at most
_ORDER = (FULL_SCREEN, IN_A_CALL, DO_NOT_DISTURB)  # the first that holds is named
_NOTIFICATIONS = "org.freedesktop.Notifications"
_NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
# (interface, boolean property) that mean "do not disturb" when true.
_DND_PROPERTIES = ((_NOTIFICATIONS, "Inhibited"), ("org.dunstproject.cmd0", "paused"))


class _Question:
    """The questions of one ask(): how many are still out for each reason, and which
    reasons hold."""

    def __init__(self, answer: BusyAnswer) -> None:
        self.answer = answer
        self.out = dict.fromkeys(_ORDER, 0)
        self.holding: set[str] = set()

    def verdict(self, final: bool) -> tuple[bool, str | None]:
        """(decided, reason): the first reason that holds once those before it are
        known not to; `final`: what is still out counts as not holding."""
        for reason in _ORDER:
            if reason in self.holding:
                return True, reason
            if self.out[reason] and not final:
                return False, None
        return True, None


class BusyProbe(QObject):
    """Says, when asked, why the user should not be interrupted now, if they should not
    (the BusyPort). One question at a time: a new one replaces one still under way.
    Owned by the coordinator, which holds it as long as the app runs."""

    def __init__(self, full_screen: FullScreenProbe | None, cameras: str) -> None:
        """Use `open()`."""
        super().__init__()
        self._full_screen = full_screen
        self._cameras = cameras
        self._helpers = Helpers(self)
        self._reader: DBusReader | None = None
        self._question: _Question | None = None
        self._starting = False  # answers wait until every question is out
        self._budget = QTimer(self)
        self._budget.setSingleShot(True)
        self._budget.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may end 5 % early
        self._budget.setInterval(round(ASKING_S * 1000))
        self._budget.timeout.connect(self._on_budget_over)
        self._closed = False

    @classmethod
    def open(cls, cameras: str = CAMERAS) -> BusyProbe:
        """Never raises: a part that is not available (no X display, no libX11) answers
        None. Nothing is asked of the notification or sound server, nor of GSettings,
        before the first `ask()`. `cameras` is the pattern of the camera devices' paths."""
        return cls(FullScreenProbe.open(), cameras)

    def ask(self, answer: BusyAnswer) -> None:
        """Call `answer` once, from the event loop, with a short phrase for the tray
        ("full-screen app", "in a call", "do not disturb"), or None when the user is
        not busy or it is not known within ASKING_S."""
        if self._closed:
            raise RuntimeError("this BusyProbe is closed")
        self._drop()
        question = self._question = _Question(answer)
        if self._full_screen is not None and self._full_screen.is_full_screen():
            question.holding.add(FULL_SCREEN)
        elif _camera_in_use(self._cameras):
            question.holding.add(IN_A_CALL)
        else:
            self._starting = True
            try:
                self._ask_others(question)
            finally:
                self._starting = False
            self._budget.start()
        QMetaObject.invokeMethod(self, "_decide", Qt.ConnectionType.QueuedConnection)

    def close(self) -> None:
        """Hang up (at quit); an answer still due is not given. Safe to call twice."""
        self._closed = True
        self._drop()
        self._helpers.close()
        if self._reader is not None:
            self._reader.close()
            self._reader.deleteLater()
            self._reader = None
        if self._full_screen is not None:
            self._full_screen.close()

    def _ask_others(self, question: _Question) -> None:
        """Send the questions other programs answer; each one sent counts as out."""
        settle = partial(self._settle, question)
        question.out[IN_A_CALL] += microphone_recorded(self._helpers, partial(settle, IN_A_CALL))
        dnd = partial(settle, DO_NOT_DISTURB)
        question.out[DO_NOT_DISTURB] += gnome_do_not_disturb(self._helpers, dnd)
        reader = self._session_bus()
        for interface, name in _DND_PROPERTIES:
            message, on_reply = _get(interface, name), partial(_dnd, dnd)
            if reader is not None and reader.call(message, on_reply, error_expected=True):
                question.out[DO_NOT_DISTURB] += 1

    def _session_bus(self) -> DBusReader | None:
        if self._reader is None:
            try:
                self._reader = DBusReader.open(
                    "SESSION", "notification server", (), _no_signal, self._on_bus_lost
                )
            except BusUnavailableError as error:
                log.debug("no session bus to ask about do-not-disturb: %s", error)
        return self._reader

    def _on_bus_lost(self, error: OSError) -> None:
        log.debug("the session bus went away: %s", error)
        if self._reader is not None:
            self._reader.deleteLater()
            self._reader = None  # the next question connects again

    def _settle(self, question: _Question, reason: str, holds: bool | None) -> None:
        if question is not self._question:
            return  # an answer to a question given up or replaced
        question.out[reason] -= 1
        if holds:
            question.holding.add(reason)
        self._decide()

    @Slot()
    def _decide(self, final: bool = False) -> None:
        question = self._question
        if question is None or self._starting:
            return
        decided, reason = question.verdict(final)
        if decided:
            self._drop()
            question.answer(reason)

    def _on_budget_over(self) -> None:
        if self._question is not None:
            log.debug("busy: not all answered within %.1f s", ASKING_S)
        self._decide(final=True)

    def _drop(self) -> None:
        """Give up the question under way, if any: its commands stop, late answers are
        ignored."""
        self._question = None
        self._budget.stop()
        self._helpers.cancel()


def _get(interface: str, name: str) -> Message:
    from jeepney import DBusAddress, MessageFlag, Properties

    address = DBusAddress(_NOTIFICATIONS_PATH, bus_name=_NOTIFICATIONS, interface=interface)
    message: Message = Properties(address).get(name)
    message.header.flags |= MessageFlag.no_auto_start
    return message


def _dnd(settle: Callable[[bool | None], None], reply: Message | None) -> None:
    """A do-not-disturb property's value: True, False, or None when not known."""
    if failed(reply) or reply is None:
        settle(None)
    else:
        settle(_as_bool(reply.body))


def _as_bool(body: tuple[object, ...]) -> bool | None:
    """The value of a Properties.Get reply holding a boolean variant ("b", value)."""
    if len(body) == 1 and isinstance(body[0], tuple) and len(body[0]) == 2:
        signature, value = body[0]
        if signature == "b" and isinstance(value, bool):
            return value
    return None


def _no_signal(interface: str, member: str, body: tuple[object, ...]) -> None:
    """The probe subscribes to no signal."""


def _camera_in_use(pattern: str) -> bool:
    """Whether another process has one of the devices `pattern` matches open."""
    cameras = {os.path.realpath(path) for path in glob.glob(pattern)}
    if not cameras:
        return False
    ours = f"/proc/{os.getpid()}/fd"
    for fd_dir in glob.glob("/proc/[0-9]*/fd"):
        if fd_dir == ours:
            continue
        try:
            descriptors = os.listdir(fd_dir)
        except OSError:  # another user's process, or one that just ended
            continue
        for descriptor in descriptors:
            try:
                if os.readlink(f"{fd_dir}/{descriptor}") in cameras:
                    return True
            except OSError:
                continue
    return False
