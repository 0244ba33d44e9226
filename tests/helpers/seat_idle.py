"""How long the seat has been without input, as the compositor counts it, for tests that
need the user away for a given time: an org_kde_kwin_idle timeout of our own (sway 1.7),
made with the bindings the app uses (posture_break/adapters/wayland_kde_idle.py).

The compositor counts from the timeout's creation or the last input, whichever is later,
so `idle_for(display, ms)` answers "no input for `ms` since now"."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pywayland.client.display import Display
from pywayland.protocol.wayland import WlSeat

from posture_break.adapters.wayland_kde_idle import KdeIdle


class SeatIdle:
    """Whether the compositor has said the seat was idle for the time asked."""

    def __init__(self, display: Display) -> None:
        self._display = display
        self.idled = False

    def reached(self) -> bool:
        """Read what the compositor sent so far; True once it said "idle"."""
        self._display.roundtrip()
        return self.idled


@contextmanager
def idle_for(socket: Path, ms: int) -> Iterator[SeatIdle]:
    """A timeout of `ms` without input on the compositor at `socket`, from now."""
    display = Display(str(socket))
    display.connect()
    offered: dict[str, int] = {}
    registry = display.get_registry()
    registry.dispatcher["global"] = lambda _r, name, interface, _v: offered.setdefault(
        interface, name
    )
    display.roundtrip()
    seat = registry.bind(offered[WlSeat.name], WlSeat, 1)
    idle = registry.bind(offered[KdeIdle.name], KdeIdle, 1)
    state = SeatIdle(display)
    timeout = idle.get_idle_notification(ms, seat)
    timeout.dispatcher["idled"] = lambda *_: setattr(state, "idled", True)
    try:
        yield state
    finally:
        timeout.destroy()
        display.roundtrip()
        display.disconnect()
