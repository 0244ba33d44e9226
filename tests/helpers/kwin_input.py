"""Input into KWin as a user makes it, through org_kde_kwin_fake_input:

    python -m tests.helpers.kwin_input                  # moves the pointer a little
    python -m tests.helpers.kwin_input type TEXT [--gap-ms 150]

A pointer motion ends idleness as a key would. `type` presses and releases a key for
each character of TEXT (lower-case letters, space, newline for Enter), one after the
other with the gap between them, in one process as a person's hands: the keys go to
whichever window KWin gives the keyboard, as typed keys would. KWin offers the interface
only to a program a .desktop file grants it to (tests/helpers/wayland_host.py writes one
for this interpreter).

The requests, by their wire numbers in KWin's fake-input.xml (plasma-wayland-protocols):
0 authenticate(string application, string reason), 1 pointer_motion(fixed dx, fixed dy),
10 keyboard_key(uint evdev code, uint state: 1 pressed, 0 released), since version 4,
which KWin 5.27 offers.
"""

from __future__ import annotations

import argparse
import sys
import time

from pywayland.client.display import Display
from pywayland.protocol_core.argument import Argument
from pywayland.protocol_core.interface import Interface
from pywayland.protocol_core.proxy import Proxy
from pywayland.scanner.argument import ArgumentType

KEYBOARD_SINCE = 4


class FakeInput(Interface):
    """org_kde_kwin_fake_input, as far as KWin 5.27 offers it."""

    name = "org_kde_kwin_fake_input"
    version = KEYBOARD_SINCE


_U, _F, _S = ArgumentType.Uint, ArgumentType.Fixed, ArgumentType.String
_REQUESTS: tuple[tuple[str, tuple[ArgumentType, ...]], ...] = (
    # fake-input.xml in order: a request's place is its wire number, so the ones this
    # helper never sends are declared too.
    ("authenticate", (_S, _S)),
    ("pointer_motion", (_F, _F)),
    ("button", (_U, _U)),
    ("axis", (_U, _F)),
    ("touch_down", (_U, _F, _F)),
    ("touch_motion", (_U, _F, _F)),
    ("touch_up", (_U,)),
    ("touch_cancel", ()),
    ("touch_frame", ()),
    ("pointer_motion_absolute", (_F, _F)),
    ("keyboard_key", (_U, _U)),
)
OPCODE = {name: number for number, (name, _) in enumerate(_REQUESTS)}


def _declare(name: str, types: tuple[ArgumentType, ...]) -> None:
    def request(*_args: object) -> None:
        """Stands for the request in the interface's table; FakeInputProxy sends it."""

    request.__name__ = name
    FakeInput.request(*(Argument(kind) for kind in types))(request)


for _name, _types in _REQUESTS:
    _declare(_name, _types)


class FakeInputProxy(Proxy[FakeInput]):
    interface = FakeInput

    def authenticate(self, application: str, reason: str) -> None:
        self._marshal(OPCODE["authenticate"], application, reason)

    def pointer_motion(self, delta_x: float, delta_y: float) -> None:
        self._marshal(OPCODE["pointer_motion"], delta_x, delta_y)

    def keyboard_key(self, code: int, state: int) -> None:
        self._marshal(OPCODE["keyboard_key"], code, state)


FakeInput._gen_c()
FakeInput.proxy_class = FakeInputProxy


def _evdev_codes() -> dict[str, int]:
    """Linux input codes (linux/input-event-codes.h) of the characters `type` knows, on
    a US layout, which is KWin's default: each letter row counts up from its first key."""
    codes = {" ": 57, "\n": 28}
    for first, row in ((16, "qwertyuiop"), (30, "asdfghjkl"), (44, "zxcvbnm")):
        codes.update({char: first + offset for offset, char in enumerate(row)})
    return codes


CODES = _evdev_codes()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.helpers.kwin_input")
    commands = parser.add_subparsers(dest="command")
    typing = commands.add_parser("type", help="press and release a key per character")
    typing.add_argument("text")
    typing.add_argument("--gap-ms", type=int, default=150, help="between two keys")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.text) - CODES.keys()) if args.command == "type" else []
    if unknown:
        parser.error(f"no key for {unknown}")

    display = Display()
    display.connect()
    try:
        fake = _bind(display, KEYBOARD_SINCE if args.command == "type" else 1)
        if fake is None:
            return 1
        fake.authenticate("posture-break-tests", "input for the tests")
        if args.command == "type":
            _type(display, fake, args.text, args.gap_ms / 1000)
        else:
            fake.pointer_motion(7.0, 5.0)
        display.roundtrip()
    finally:
        display.disconnect()
    return 0


def _bind(display: Display, version: int) -> FakeInputProxy | None:
    """The fake-input global at `version`, or None (said on stderr) when KWin does not
    offer it to this program or offers an older version."""
    offered: dict[str, tuple[int, int]] = {}
    registry = display.get_registry()
    registry.dispatcher["global"] = lambda _r, name, interface, have: offered.update(
        {interface: (name, have)}
    )
    display.roundtrip()
    name, have = offered.get(FakeInput.name, (0, 0))
    if have < version:
        print(f"KWin offers no {FakeInput.name} v{version} to this program", file=sys.stderr)
        return None
    proxy: FakeInputProxy = registry.bind(name, FakeInput, version)
    return proxy


def _type(display: Display, fake: FakeInputProxy, text: str, gap_s: float) -> None:
    """Each key pressed and released, sent at once; then the gap, as between a person's
    keystrokes."""
    for index, char in enumerate(text):
        if index:
            time.sleep(gap_s)  # noqa: TID251 (the user's pace, as wtype's -d)
        fake.keyboard_key(CODES[char], 1)
        fake.keyboard_key(CODES[char], 0)
        display.flush()


if __name__ == "__main__":
    sys.exit(main())
