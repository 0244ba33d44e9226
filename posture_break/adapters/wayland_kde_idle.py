"""The client side of KDE's idle protocol, org_kde_kwin_idle, for compositors that lack
ext-idle-notify-v1 (sway 1.7, other compositors on wlroots 0.15). pywayland has no
binding for it; these are the parts idle_wayland.py uses, by their wire numbers in the
protocol (plasma-wayland-protocols, src/protocols/idle.xml):

- org_kde_kwin_idle, request 0: get_idle_timeout(new_id org_kde_kwin_idle_timeout,
  object wl_seat, uint timeout in ms);
- org_kde_kwin_idle_timeout, request 0: release (a destructor); event 0: idle, event 1:
  resumed.

The timeout's names follow ext_idle_notification_v1 (`destroy`, `idled`, `resumed`), so
that one code path serves both protocols.
"""

from __future__ import annotations

from pywayland.protocol.wayland import WlSeat, WlSeatProxy
from pywayland.protocol_core.argument import Argument
from pywayland.protocol_core.interface import Interface
from pywayland.protocol_core.proxy import Proxy
from pywayland.scanner.argument import ArgumentType


class KdeIdleTimeout(Interface):
    name = "org_kde_kwin_idle_timeout"
    version = 1


class KdeIdle(Interface):
    name = "org_kde_kwin_idle"
    version = 1


class KdeIdleTimeoutProxy(Proxy[KdeIdleTimeout]):
    interface = KdeIdleTimeout

    @KdeIdleTimeout.request()
    def destroy(self) -> None:
        """The protocol's `release`: the compositor forgets the timeout."""
        self._marshal(0)
        self._destroy()


class KdeIdleProxy(Proxy[KdeIdle]):
    interface = KdeIdle

    @KdeIdle.request(
        Argument(ArgumentType.NewId, interface=KdeIdleTimeout),
        Argument(ArgumentType.Object, interface=WlSeat),
        Argument(ArgumentType.Uint),
    )
    def get_idle_notification(self, timeout_ms: int, seat: WlSeatProxy) -> KdeIdleTimeoutProxy:
        """The protocol's get_idle_timeout(seat, timeout), with ext's argument order."""
        proxy: KdeIdleTimeoutProxy = self._marshal_constructor(0, KdeIdleTimeout, seat, timeout_ms)
        return proxy


@KdeIdleTimeout.event()
def idled() -> None:
    """Event 0 (`idle`): no input for the timeout."""


@KdeIdleTimeout.event()
def resumed() -> None:
    """Event 1: input again after `idle`."""


for _interface, _proxy in ((KdeIdleTimeout, KdeIdleTimeoutProxy), (KdeIdle, KdeIdleProxy)):
    _interface._gen_c()
    _interface.proxy_class = _proxy
