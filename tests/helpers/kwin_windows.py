"""Which windows KWin shows, and which one has the keyboard, asked of KWin itself.

KWin 5.27 runs JavaScript handed to it over its D-Bus (org.kde.kwin.Scripting: loadScript,
start, unloadScript), and a script may call any D-Bus method (callDBus). Each question is
a script of its own that calls us back, on KWin's bus, with its list of windows: the
answer is an incoming D-Bus call we wait for, never a guess by time.
"""

from __future__ import annotations

import itertools
import json
import os
import tempfile
from collections import deque
from dataclasses import dataclass

from jeepney import DBusAddress, MatchRule, Message, MessageType, new_method_call, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

from tests.helpers.wayland_host import WaylandHost

ANSWER_TIMEOUT_S = 20.0
LISTENER = "org.posturebreak.TestWindows"
KWIN_SCRIPTING = DBusAddress("/Scripting", "org.kde.KWin", "org.kde.kwin.Scripting")
_questions = itertools.count()

_SCRIPT = """
var found = workspace.clientList().map(function (c) {
    return {caption: c.caption, active: c.active, width: c.width, height: c.height,
            x: c.x, y: c.y};
});
callDBus("%(listener)s", "/", "%(listener)s", "Answer", "%(name)s", JSON.stringify(found));
"""


@dataclass(frozen=True)
class KWinWindow:
    caption: str
    active: bool  # has the keyboard
    width: int
    height: int
    x: int
    y: int


def windows(host: WaylandHost) -> dict[str, KWinWindow]:
    """Every window KWin manages now, by caption."""
    name = f"posture-break-question-{next(_questions)}"
    with open_dbus_connection(host.bus) as bus, tempfile.TemporaryDirectory() as folder:
        bus.send_and_get_reply(message_bus.RequestName(LISTENER))
        script = os.path.join(folder, "question.js")
        with open(script, "w") as out:
            out.write(_SCRIPT % {"listener": LISTENER, "name": name})
        calls = MatchRule(type="method_call", interface=LISTENER)
        with bus.filter(calls) as received:  # from before the script runs
            _call(bus, "loadScript", "ss", (script, name))
            _call(bus, "start", "", ())
            answer = _answer(bus, received, name)
        _call(bus, "unloadScript", "s", (name,))
    found = [KWinWindow(**fields) for fields in json.loads(answer)]
    return {window.caption: window for window in found}


def active(host: WaylandHost) -> str | None:
    """The caption of the window with the keyboard, if any."""
    return next((w.caption for w in windows(host).values() if w.active), None)


def _call(bus: DBusConnection, method: str, signature: str, args: tuple[str, ...]) -> None:
    reply = bus.send_and_get_reply(
        new_method_call(KWIN_SCRIPTING, method, signature, args), timeout=ANSWER_TIMEOUT_S
    )
    if reply.header.message_type is MessageType.error:
        raise RuntimeError(f"KWin's {method}: {reply.body}")


def _answer(bus: DBusConnection, received: deque[Message], name: str) -> str:
    """The windows, as JSON, from the script `name`'s call to us."""
    while True:  # ends at the answer, or the timeout raises
        message = bus.recv_until_filtered(received, timeout=ANSWER_TIMEOUT_S)
        bus.send(new_method_return(message))
        script, answer = message.body
        if script == name:
            return str(answer)
