"""The desktop a sway user runs, headless, for e2e tests: sway 1.7 (wayland_host.py),
waybar with its tray module, which is the StatusNotifierWatcher and draws the items and
their menus itself, and mako, the notification daemon, on one session bus with the app.

sway, waybar and mako run as the test user (sway refuses root) and the app as whoever
runs the tests, so the bus is a private dbus-daemon of ours that takes both users.
Each part is waited for by what it offers on the bus, and all of it stops at the end.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path
from typing import Any

from jeepney import DBusAddress, MessageType, Properties, message_bus, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from PySide6.QtCore import QCoreApplication, QDeadlineTimer
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from tests.helpers.dbus_peers import private_bus
from tests.helpers.sni_desktop import ITEM_INTERFACE, WATCHER
from tests.helpers.wayland_host import WaylandHost, as_user, sway_host, sway_user
from tests.helpers.wlr_pointer import Mouse

WaitUntil = Callable[..., None]  # qtbot.waitUntil(condition, timeout=ms)

SCREEN = (1280, 800)  # sway_host's output
MENU_AREA = (200, 150)  # width, height under the bar's right end that an open menu covers
TRAY_ICON_SIZE = 20
BAR_BACKGROUND = (0xEE, 0xEE, 0xEE)
NOTIFICATIONS = "org.freedesktop.Notifications"
DBUSMENU_INTERFACE = "com.canonical.dbusmenu"

# A bar along the top as many sway users have it: workspaces, the focused window's
# title, and the tray at the right end.
_WAYBAR_CONFIG = {
    "layer": "top",
    "position": "top",
    "modules-left": ["sway/workspaces"],
    "modules-center": ["sway/window"],
    "modules-right": ["tray"],
    "tray": {"icon-size": TRAY_ICON_SIZE, "spacing": 8},
}
_WAYBAR_STYLE = (
    '* { font-family: "DejaVu Sans", sans-serif; font-size: 13px; }\n'
    f"window#waybar {{ background: rgb{BAR_BACKGROUND}; color: #222222; }}\n"
    "#tray { padding: 0 8px; }\n"
)
_MAKO_CONFIG = "default-timeout=0\nanchor=top-right\nouter-margin=40,0,0,0\n"


def wait_until(condition: Callable[[], object], timeout: int = 30000) -> None:
    """qtbot.waitUntil for scripts: check `condition` every 0.1 s, running Qt's events
    meanwhile, until it holds or `timeout` ms have passed."""
    QCoreApplication.instance() or QCoreApplication([])
    deadline = QDeadlineTimer(timeout)
    while not condition():
        if deadline.hasExpired():
            raise TimeoutError(f"not in {timeout} ms: {condition}")
        QTest.qWait(100)


class SwayDesktop:
    """The bar, the notification daemon and the compositor, as a user sees and uses them:
    by what they show (screenshots, sway's tree, `makoctl list`) and what they send."""

    def __init__(self, host: WaylandHost, bus_address: str, mouse: Mouse) -> None:
        self.host = host
        self.bus_address = bus_address
        self.mouse = mouse
        self._bus: DBusConnection = open_dbus_connection(bus_address)

    def app_env(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        """`base` (the test's environment, with its private home) on this desktop and
        bus, on Qt's Wayland platform, with no X server to fall back on."""
        given = os.environ if base is None else base
        env = {key: value for key, value in given.items() if key != "DISPLAY"}
        env.update(
            WAYLAND_DISPLAY=str(self.host.socket),
            XDG_SESSION_TYPE="wayland",
            XDG_CURRENT_DESKTOP="sway",
            QT_QPA_PLATFORM="wayland",
            DBUS_SESSION_BUS_ADDRESS=self.bus_address,
        )
        return env

    def close(self) -> None:
        self._bus.close()

    # The tray: waybar's watcher and the items it shows.

    def items(self) -> list[str]:
        """The items the watcher knows, as "bus-name/path"."""
        return list(self.call(Properties(WATCHER).get("RegisteredStatusNotifierItems")))

    def item_property(self, item: str, name: str) -> Any:
        bus_name, slash, path = item.partition("/")
        where = f"/{path}" if slash else "/StatusNotifierItem"
        return self.call(Properties(DBusAddress(where, bus_name, ITEM_INTERFACE)).get(name))

    def menu_items(self, item: str) -> dict[str, int]:
        """The item's menu as the bar reads it to draw it, submenus filled (the bar asks
        with AboutToShow before it opens one): each entry's label, without its mnemonic
        mark, and id."""
        menu = self._menu(item)
        _revision, root = self.call_all(new_method_call(menu, "GetLayout", "iias", (0, -1, [])))
        for entry_id, properties, _children in _entries(root):
            if properties.get("children-display", ("s", ""))[1] == "submenu":
                self.call_all(new_method_call(menu, "AboutToShow", "i", (entry_id,)))
        _revision, root = self.call_all(new_method_call(menu, "GetLayout", "iias", (0, -1, [])))
        return {
            properties["label"][1].replace("_", ""): entry_id
            for entry_id, properties, _children in _entries(root)
            if "label" in properties
        }

    def click_menu_item(self, item: str, label: str) -> None:
        """What the bar sends when the user clicks the entry `label` in the item's menu:
        the dbusmenu Event "clicked" (libdbusmenu sends an int32 0 as its data)."""
        entry_id = self.menu_items(item)[label]
        event = (entry_id, "clicked", ("i", 0), 0)
        self.call_all(new_method_call(self._menu(item), "Event", "isvu", event))

    def _menu(self, item: str) -> DBusAddress:
        """The item's dbusmenu export, at the path its Menu property names."""
        path = self.item_property(item, "Menu")
        return DBusAddress(path, item.partition("/")[0], DBUSMENU_INTERFACE)

    def menu_drawn(self, folder: Path) -> bool:
        """Whether a menu is open below the tray: a light area under the bar's right end,
        where the workspace is dark."""
        return self._under_tray(folder, lambda rgb: min(rgb) > 200) > 1 / 4

    def tooltip_drawn(self, folder: Path) -> bool:
        """Whether waybar's tooltip (black, on the workspace's dark grey) is under the
        tray."""
        return self._under_tray(folder, lambda rgb: max(rgb) < 30) > 1 / 8

    def _under_tray(self, folder: Path, counts: Callable[[tuple[int, ...]], bool]) -> float:
        """The share of the area under the bar's right end whose pixels `counts`."""
        region = (SCREEN[0] - MENU_AREA[0], self.bar_height(), *MENU_AREA)
        image = QImage(str(self.screenshot(folder / "under-tray.png", region)))
        pixels = [
            image.pixelColor(x, y).getRgb()[:3]
            for y in range(0, image.height(), 2)
            for x in range(0, image.width(), 2)
        ]
        return sum(1 for rgb in pixels if counts(rgb)) / len(pixels)

    # Notifications: mako, read and answered with makoctl as a sway user does.

    def notifications(self) -> list[dict[str, Any]]:
        """What mako shows, newest first: id, summary, body and actions {key: label}."""
        listed = json.loads(self.makoctl("list"))["data"][0]
        return [
            {key: value["data"] for key, value in shown.items() if key in _NOTE_KEYS}
            for shown in listed
        ]

    def makoctl(self, *args: str) -> str:
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=self.bus_address)
        result = subprocess.run(
            ["makoctl", *args], env=env, capture_output=True, text=True, timeout=20, check=True
        )
        return result.stdout

    def work_for(self, seconds: float) -> None:
        """A user at the keyboard for `seconds`: a Shift every 0.2 s, from one wtype
        process as from one pair of hands."""
        press = ["-k", "Shift_L"]
        command = ["wtype", *press]
        for _ in range(round(seconds / 0.2)):
            command += ["-s", "200", *press]
        subprocess.run(command, env=self.host.env, check=True, timeout=seconds + 30)

    # The screen.

    def screenshot(self, path: Path, region: tuple[int, int, int, int] | None = None) -> Path:
        """The output as a PNG (grim), or the region x, y, width, height of it."""
        where = ["-g", "{},{} {}x{}".format(*region)] if region else []
        subprocess.run(["grim", *where, str(path)], env=self.host.env, check=True, timeout=20)
        return path

    def swaymsg(self, *args: str) -> Any:
        """sway's answer to an IPC message, such as ("-t", "get_tree"), as JSON."""
        (ipc,) = self.host.socket.parent.glob("sway-ipc.*.sock")
        command = ["swaymsg", "-s", str(ipc), "-r", *args]
        result = subprocess.run(command, capture_output=True, text=True, timeout=20, check=True)
        return json.loads(result.stdout)

    def bar_height(self) -> int:
        """The bar's height: where sway's workspace begins, below the bar's exclusive zone
        (0 until the bar is up)."""
        (focused,) = (space for space in self.swaymsg("-t", "get_workspaces") if space["focused"])
        return int(focused["rect"]["y"])

    def tray_icon(self, folder: Path) -> tuple[int, int, int, int] | None:
        """x, y, width, height of what is drawn in the bar's right quarter, where the tray
        is: the pixels that differ from the bar's background; None while nothing is."""
        height = self.bar_height()
        if height == 0:
            return None
        left = SCREEN[0] * 3 // 4
        shot = self.screenshot(folder / "bar-right.png", (left, 0, SCREEN[0] - left, height))
        image = QImage(str(shot))
        found = [
            (x, y)
            for y in range(image.height())
            for x in range(image.width())
            if _differs(image.pixelColor(x, y).getRgb()[:3], BAR_BACKGROUND)
        ]
        if len(found) < TRAY_ICON_SIZE * TRAY_ICON_SIZE // 8:  # a speck is no icon
            return None
        xs, ys = [x for x, _ in found], [y for _, y in found]
        return left + min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1

    def call(self, message: Any) -> Any:
        value = self.call_all(message)[0]
        return value[1] if isinstance(value, tuple) else value  # a property: (signature, value)

    def call_all(self, message: Any) -> Any:
        reply = self._bus.send_and_get_reply(message, timeout=10)
        if reply.header.message_type == MessageType.error:
            raise RuntimeError(f"D-Bus error: {reply.body}")
        return reply.body

    def has_owner(self, name: str) -> bool:
        return bool(self.call(message_bus.NameHasOwner(name)))

    def tray_ready(self) -> bool:
        """Whether the watcher is on the bus and a host (the bar) has registered with it."""
        if not self.has_owner(WATCHER.bus_name):
            return False
        return bool(self.call(Properties(WATCHER).get("IsStatusNotifierHostRegistered")))


_NOTE_KEYS = ("id", "summary", "body", "actions", "app-name")


def _differs(colour: tuple[int, ...], other: tuple[int, ...]) -> bool:
    return max(abs(a - b) for a, b in zip(colour, other, strict=True)) > 40


def _entries(
    node: tuple[int, dict[str, Any], list[Any]],
) -> Iterator[tuple[int, dict[str, Any], list[Any]]]:
    """A dbusmenu layout's entries, depth first; each child is a variant ("(ia{sv}av)", entry)."""
    yield node
    for child in node[2]:
        yield from _entries(child[1])


@contextmanager
def _user_process(
    name: str, command: list[str], env: dict[str, str], folder: Path
) -> Iterator[None]:
    """`command` as the desktop's user, in a process group of its own that is ended at
    the end, whatever it started."""
    with (folder / f"{name}.log").open("wb") as log:
        process = subprocess.Popen(
            as_user(sway_user(), command),
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield
    finally:
        for number in (signal.SIGTERM, signal.SIGKILL):
            with suppress(ProcessLookupError):
                os.killpg(process.pid, number)
            with suppress(subprocess.TimeoutExpired):
                process.wait(timeout=10)
                break
        process.wait()


@contextmanager
def sway_desktop(wait_until: WaitUntil) -> Iterator[SwayDesktop]:
    """sway, a session bus for the desktop and the app, waybar with its tray ready for
    an item, and mako owning the notification service."""
    user = sway_user()
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="pb-sway-desktop-")))
        folder.chmod(0o755)
        home = folder / "home"
        home.mkdir(mode=0o700)
        if user is not None:
            shutil.chown(home, user.pw_uid, user.pw_gid)
        (folder / "waybar.json").write_text(json.dumps(_WAYBAR_CONFIG))
        (folder / "waybar.css").write_text(_WAYBAR_STYLE)
        (folder / "mako.conf").write_text(_MAKO_CONFIG)

        host = stack.enter_context(sway_host())
        mouse = Mouse(host.socket, *SCREEN)  # before the bar, so that it sees a pointer
        stack.callback(mouse.close)
        address, _ = stack.enter_context(
            private_bus(folder, other_user=user.pw_name if user else None)
        )
        desktop = SwayDesktop(host, address, mouse)
        stack.callback(desktop.close)

        (ipc,) = host.socket.parent.glob("sway-ipc.*.sock")
        env = {key: os.environ[key] for key in ("PATH", "LANG") if key in os.environ}
        env.update(
            HOME=str(home),
            XDG_RUNTIME_DIR=str(host.socket.parent),
            WAYLAND_DISPLAY=str(host.socket),
            SWAYSOCK=str(ipc),
            XDG_CURRENT_DESKTOP="sway",
            DBUS_SESSION_BUS_ADDRESS=address,
        )
        waybar = ["waybar", "-c", str(folder / "waybar.json"), "-s", str(folder / "waybar.css")]
        stack.enter_context(_user_process("waybar", waybar, env, folder))
        wait_until(desktop.tray_ready, timeout=20000)
        mako = ["mako", "-c", str(folder / "mako.conf")]
        stack.enter_context(_user_process("mako", mako, env, folder))
        wait_until(lambda: desktop.has_owner(NOTIFICATIONS), timeout=20000)
        yield desktop
