"""A StatusNotifierItem desktop for e2e tests: its own X server and session bus, and
xfce4-panel 4.18, whose systray plugin is the StatusNotifierWatcher and draws the items
and their menus itself, as the panels of KDE, XFCE, Cinnamon and GNOME's AppIndicator
extension do. Qt sees the watcher on the bus and docks the icon over D-Bus."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from jeepney import DBusAddress, MessageType, Properties, message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from Xlib import X, display

from tests.helpers.dbus_peers import private_bus

WaitUntil = Callable[..., None]  # qtbot.waitUntil(condition, timeout=ms)

WATCHER = DBusAddress(
    "/StatusNotifierWatcher",
    bus_name="org.kde.StatusNotifierWatcher",
    interface="org.kde.StatusNotifierWatcher",
)
ITEM_INTERFACE = "org.kde.StatusNotifierItem"
PANEL_SIZE = 32  # px; the systray plugin sits last, with square icons
XFCONF_SERVICE = Path("/usr/share/dbus-1/services/org.xfce.Xfconf.service")

# One panel along the top: a separator that takes the free space, then the systray.
_PANEL_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<channel name="xfce4-panel" version="1.0">
  <property name="configver" type="int" value="2"/>
  <property name="panels" type="array">
    <value type="int" value="1"/>
    <property name="panel-1" type="empty">
      <property name="position" type="string" value="p=6;x=0;y=0"/>
      <property name="length" type="uint" value="100"/>
      <property name="position-locked" type="bool" value="true"/>
      <property name="size" type="uint" value="{PANEL_SIZE}"/>
      <property name="icon-size" type="uint" value="24"/>
      <property name="plugin-ids" type="array">
        <value type="int" value="1"/>
        <value type="int" value="2"/>
      </property>
    </property>
  </property>
  <property name="plugins" type="empty">
    <property name="plugin-1" type="string" value="separator">
      <property name="expand" type="bool" value="true"/>
      <property name="style" type="uint" value="0"/>
    </property>
    <property name="plugin-2" type="string" value="systray">
      <property name="square-icons" type="bool" value="true"/>
    </property>
  </property>
</channel>
"""


@contextmanager
def x_server(folder: Path, wait_until: WaitUntil, size: str = "1280x800") -> Iterator[str]:
    """A private Xvfb that takes connections: its DISPLAY.

    `-noreset`: otherwise the server resets when the probe below leaves, and a client
    connecting during that reset (the app, on a slow machine) is dropped."""
    number_file = folder / "display"
    with number_file.open("w") as writer:
        fd = str(writer.fileno())
        server = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                fd,
                "-screen",
                "0",
                f"{size}x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(writer.fileno(),),
            stderr=subprocess.DEVNULL,
        )
    try:
        wait_until(lambda: number_file.read_text().strip() != "", timeout=10000)
        name = ":" + number_file.read_text().strip()
        wait_until(lambda: _answers(name), timeout=10000)
        yield name
    finally:
        server.terminate()
        server.wait(timeout=10)


def _answers(name: str) -> bool:
    """Whether the X server `name` takes connections (xdpyinfo, from x11-utils)."""
    probe = subprocess.run(["xdpyinfo", "-display", name], capture_output=True, check=False)
    return probe.returncode == 0


class SniDesktop:
    """The panel, seen and used the way a person would: by its pixels and its pointer,
    plus what the watcher says on the bus."""

    def __init__(self, folder: Path, env: dict[str, str], wait_until: WaitUntil) -> None:
        self.env = env  # DISPLAY and the session bus, for the app and for xdotool
        self._folder = folder
        self._wait_until = wait_until
        self._panel: subprocess.Popen[bytes] | None = None
        self._bus: DBusConnection = open_dbus_connection(env["DBUS_SESSION_BUS_ADDRESS"])
        self._x = display.Display(env["DISPLAY"])

    def app_env(self) -> dict[str, str]:
        """The test's environment (its private home) on this desktop and bus."""
        keys = ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS")
        return dict(os.environ, **{key: self.env[key] for key in keys})

    def close(self) -> None:
        self.stop_panel()
        self._bus.close()
        self._x.close()

    def start_panel(self) -> None:
        """Start xfce4-panel and wait until its watcher takes items and a host shows them."""
        with (self._folder / "panel.log").open("ab") as log:
            self._panel = subprocess.Popen(
                ["xfce4-panel", "--disable-wm-check"], env=self.env, stdout=log, stderr=log
            )
        self._wait_until(self._host_ready, timeout=20000)

    def stop_panel(self) -> None:
        """Stop the panel, as when it crashes or the user restarts it, and wait until its
        watcher has left the bus."""
        if self._panel is None:
            return
        self._panel.terminate()
        self._panel.wait(timeout=10)
        self._panel = None
        self._wait_until(lambda: not self._watcher_present(), timeout=10000)

    def items(self) -> list[str]:
        """The items the watcher knows, as "bus-name/path" (empty without a watcher)."""
        if not self._watcher_present():
            return []
        return list(self._get(Properties(WATCHER).get("RegisteredStatusNotifierItems")))

    def item_property(self, item: str, name: str) -> Any:
        bus_name, slash, path = item.partition("/")
        address = DBusAddress(
            f"/{path}" if slash else "/StatusNotifierItem", bus_name, ITEM_INTERFACE
        )
        return self._get(Properties(address).get(name))

    def icon_square(self) -> tuple[int, int, int, int]:
        """x, y, width, height of the systray's first icon: the panel's right end."""
        return (self._x.screen().width_in_pixels - PANEL_SIZE, 0, PANEL_SIZE, PANEL_SIZE)

    def icon_drawn(self) -> bool:
        """Whether the icon's square holds a picture, not just the panel's background
        (as read at the panel's empty left end)."""
        root = self._x.screen().root
        background = root.get_image(4, PANEL_SIZE // 2, 1, 1, X.ZPixmap, 0xFFFFFFFF).data[:3]
        x, y, width, height = self.icon_square()
        pixels = root.get_image(x, y, width, height, X.ZPixmap, 0xFFFFFFFF).data
        differing = sum(
            1
            for at in range(0, len(pixels), 4)
            if max(abs(a - b) for a, b in zip(pixels[at : at + 3], background, strict=True)) > 40
        )
        return differing > width * height // 8

    def click_icon(self, button: int) -> None:
        x, y, width, height = self.icon_square()
        self.xdotool("mousemove", str(x + width // 2), str(y + height // 2), "click", str(button))

    def xdotool(self, *args: str) -> str:
        return subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, check=False
        ).stdout

    def popup_menu_pids(self) -> list[int]:
        """The process of each menu open on screen (override-redirect windows of type
        POPUP_MENU): the panel's for its own menus, the app's for a Qt menu."""
        popup = self._x.intern_atom("_NET_WM_WINDOW_TYPE_POPUP_MENU")
        kind = self._x.intern_atom("_NET_WM_WINDOW_TYPE")
        pid = self._x.intern_atom("_NET_WM_PID")
        found = []
        for window in self._x.screen().root.query_tree().children:
            try:
                if window.get_attributes().map_state != X.IsViewable:
                    continue
                types = window.get_full_property(kind, X.AnyPropertyType)
                owner = window.get_full_property(pid, X.AnyPropertyType)
            except Exception:  # a window vanished while we looked
                continue
            if types is not None and popup in types.value and owner is not None:
                found.append(int(owner.value[0]))
        return found

    def window_names(self, pattern: str) -> list[str]:
        """Names of the visible windows whose name matches the regular expression."""
        ids = self.xdotool("search", "--onlyvisible", "--name", pattern).split()
        return [self.xdotool("getwindowname", window).strip() for window in ids]

    def screenshot(self, path: Path, crop: str | None = None) -> None:
        """The screen as a PNG (ImageMagick), optionally cropped to WxH+X+Y."""
        command = ["import", "-window", "root"] + (["-crop", crop] if crop else []) + [str(path)]
        subprocess.run(command, env=self.env, check=True)

    def _host_ready(self) -> bool:
        if not self._watcher_present():
            return False
        return bool(self._get(Properties(WATCHER).get("IsStatusNotifierHostRegistered")))

    def _watcher_present(self) -> bool:
        return bool(self._get(message_bus.NameHasOwner(WATCHER.bus_name)))

    def _get(self, message: Any) -> Any:
        reply = self._bus.send_and_get_reply(message, timeout=5)
        if reply.header.message_type == MessageType.error:
            raise RuntimeError(f"D-Bus error: {reply.body}")
        value = reply.body[0]
        return value[1] if isinstance(value, tuple) else value  # a property: (signature, value)


@contextmanager
def sni_desktop(folder: Path, wait_until: WaitUntil) -> Iterator[SniDesktop]:
    """Xvfb, a private session bus that can start xfconf (the panel's settings store),
    and xfce4-panel with the seeded configuration, ready for an item to register."""
    config = folder / "xfce-config"
    channel = config / "xfce4/xfconf/xfce-perchannel-xml/xfce4-panel.xml"
    channel.parent.mkdir(parents=True)
    channel.write_text(_PANEL_XML)
    services = folder / "services"
    services.mkdir()
    shutil.copy(XFCONF_SERVICE, services)
    with ExitStack() as stack:
        name = stack.enter_context(x_server(folder, wait_until))
        env = dict(os.environ, DISPLAY=name, XDG_CONFIG_HOME=str(config))
        address, _ = stack.enter_context(private_bus(folder, services=services, env=env))
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        desktop = SniDesktop(folder, env, wait_until)
        stack.callback(desktop.close)
        desktop.start_panel()
        yield desktop
