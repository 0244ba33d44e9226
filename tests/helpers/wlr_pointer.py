"""A mouse for a headless wlroots compositor (sway): zwlr_virtual_pointer_v1, from
wlr-protocols' wlr-virtual-pointer-unstable-v1.xml. pywayland has no binding for it;
these are the requests used, by their wire numbers in the protocol:

- zwlr_virtual_pointer_manager_v1, request 0: create_virtual_pointer(object wl_seat,
  new_id zwlr_virtual_pointer_v1);
- zwlr_virtual_pointer_v1, request 1: motion_absolute(uint time, uint x, uint y,
  uint x_extent, uint y_extent); 2: button(uint time, uint button, uint state);
  4: frame; 8: destroy.

A headless sway has no input device, so its seat offers no pointer until this device
exists: make it before the clients that should see a pointer (the bar) start.
"""

from __future__ import annotations

import time
from pathlib import Path

from pywayland.client.display import Display
from pywayland.protocol.wayland import WlSeat
from pywayland.protocol_core.argument import Argument
from pywayland.protocol_core.interface import Interface
from pywayland.protocol_core.proxy import Proxy
from pywayland.scanner.argument import ArgumentType

BUTTONS = {"left": 0x110, "right": 0x111}  # BTN_LEFT, BTN_RIGHT (linux/input-event-codes.h)


def _args(signature: str) -> list[Argument]:
    """Arguments by wire type: u uint, i int, f fixed."""
    kinds = {"u": ArgumentType.Uint, "i": ArgumentType.Int, "f": ArgumentType.Fixed}
    return [Argument(kinds[letter]) for letter in signature]


class VirtualPointer(Interface):
    name = "zwlr_virtual_pointer_v1"
    version = 1


class VirtualPointerManager(Interface):
    name = "zwlr_virtual_pointer_manager_v1"
    version = 1


class VirtualPointerProxy(Proxy[VirtualPointer]):
    """Every request up to `destroy` is declared, in the protocol's order, because
    pywayland numbers requests by their place here; those not used only hold it."""

    interface = VirtualPointer

    @VirtualPointer.request(*_args("uff"))
    def motion(self) -> None: ...

    @VirtualPointer.request(*_args("uuuuu"))
    def motion_absolute(self, ms: int, x: int, y: int, width: int, height: int) -> None:
        self._marshal(1, ms, x, y, width, height)

    @VirtualPointer.request(*_args("uuu"))
    def button(self, ms: int, button: int, state: int) -> None:
        self._marshal(2, ms, button, state)

    @VirtualPointer.request(*_args("uuf"))
    def axis(self) -> None: ...

    @VirtualPointer.request()
    def frame(self) -> None:
        self._marshal(4)

    @VirtualPointer.request(*_args("u"))
    def axis_source(self) -> None: ...

    @VirtualPointer.request(*_args("uu"))
    def axis_stop(self) -> None: ...

    @VirtualPointer.request(*_args("uufi"))
    def axis_discrete(self) -> None: ...

    @VirtualPointer.request()
    def destroy(self) -> None:
        self._marshal(8)
        self._destroy()


class VirtualPointerManagerProxy(Proxy[VirtualPointerManager]):
    interface = VirtualPointerManager

    @VirtualPointerManager.request(
        Argument(ArgumentType.Object, interface=WlSeat, nullable=True),
        Argument(ArgumentType.NewId, interface=VirtualPointer),
    )
    def create_virtual_pointer(self, seat: object) -> VirtualPointerProxy:
        proxy: VirtualPointerProxy = self._marshal_constructor(0, VirtualPointer, seat)
        return proxy


for _interface, _proxy in (
    (VirtualPointer, VirtualPointerProxy),
    (VirtualPointerManager, VirtualPointerManagerProxy),
):
    _interface._gen_c()
    _interface.proxy_class = _proxy


class Mouse:
    """A virtual pointer on the compositor's seat that moves and clicks at screen
    coordinates of an output layout `width` x `height`."""

    def __init__(self, socket: Path, width: int, height: int) -> None:
        self._size = (width, height)
        self._display = Display(str(socket))
        self._display.connect()
        globals_: dict[str, int] = {}
        registry = self._display.get_registry()
        registry.dispatcher["global"] = lambda _r, name, interface, _v: globals_.setdefault(
            interface, name
        )
        self._display.roundtrip()
        seat = registry.bind(globals_["wl_seat"], WlSeat, 1)
        manager = registry.bind(
            globals_["zwlr_virtual_pointer_manager_v1"], VirtualPointerManager, 1
        )
        self._pointer: VirtualPointerProxy = manager.create_virtual_pointer(seat)
        self._display.roundtrip()

    def move(self, x: int, y: int) -> None:
        """Move to (x, y); return once the compositor has taken the motion."""
        self._pointer.motion_absolute(_ms(), x, y, *self._size)
        self._send()

    def click(self, x: int, y: int, button: str = "left") -> None:
        """Move to (x, y), press and release `button`; return once the compositor has
        taken each event."""
        self.move(x, y)
        for state in (1, 0):  # pressed, released
            self._pointer.button(_ms(), BUTTONS[button], state)
            self._send()

    def close(self) -> None:
        self._pointer.destroy()
        self._display.roundtrip()
        self._display.disconnect()

    def _send(self) -> None:
        self._pointer.frame()
        self._display.roundtrip()


def _ms() -> int:
    return int(time.monotonic() * 1000) & 0xFFFFFFFF
