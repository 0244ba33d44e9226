"""One input event into KWin, through org_kde_kwin_fake_input: `python -m
tests.helpers.kwin_input` moves the pointer a little, which ends idleness as a key would.
KWin offers the interface only to a program a .desktop file grants it to
(tests/helpers/wayland_host.py writes one for this interpreter)."""

from __future__ import annotations

import sys

from pywayland.client.display import Display
from pywayland.protocol_core.argument import Argument
from pywayland.protocol_core.interface import Interface
from pywayland.protocol_core.proxy import Proxy
from pywayland.scanner.argument import ArgumentType


class FakeInput(Interface):
    """The two requests of org_kde_kwin_fake_input (KWin's fake-input.xml) used here."""

    name = "org_kde_kwin_fake_input"
    version = 1


class FakeInputProxy(Proxy[FakeInput]):
    interface = FakeInput

    @FakeInput.request(Argument(ArgumentType.String), Argument(ArgumentType.String))
    def authenticate(self, application: str, reason: str) -> None:
        self._marshal(0, application, reason)

    @FakeInput.request(Argument(ArgumentType.Fixed), Argument(ArgumentType.Fixed))
    def pointer_motion(self, delta_x: float, delta_y: float) -> None:
        self._marshal(1, delta_x, delta_y)


FakeInput._gen_c()
FakeInput.proxy_class = FakeInputProxy


def main() -> int:
    display = Display()
    display.connect()
    offered: dict[str, int] = {}
    registry = display.get_registry()
    registry.dispatcher["global"] = lambda _r, name, interface, _v: offered.update(
        {interface: name}
    )
    display.roundtrip()
    if FakeInput.name not in offered:
        display.disconnect()
        print("KWin does not offer org_kde_kwin_fake_input to this program", file=sys.stderr)
        return 1
    fake = registry.bind(offered[FakeInput.name], FakeInput, 1)
    fake.authenticate("posture-break-tests", "input for the idle tests")
    fake.pointer_motion(7.0, 5.0)
    display.roundtrip()
    display.disconnect()
    return 0


if __name__ == "__main__":
    sys.exit(main())
