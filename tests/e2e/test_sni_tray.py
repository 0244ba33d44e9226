"""The app on a StatusNotifierItem panel (xfce4-panel 4.18 here; KDE, Cinnamon, GNOME with
AppIndicator and waybar work the same way): the panel draws the icon and its right-click
menu, and a left click opens the app's window."""

import pytest

from tests.e2e.conftest import status_json
from tests.helpers.app_process import AppProcess
from tests.helpers.sni_desktop import sni_desktop

ROUTINE_WINDOW = " — Posture Break$"


@pytest.fixture
def panel(qtbot, tmp_path):
    with sni_desktop(tmp_path, qtbot.waitUntil) as desktop:
        yield desktop


@pytest.fixture
def app(panel, qtbot, private_home):
    """The app, started once the panel is up, with its icon registered and drawn."""
    app = AppProcess(env=panel.app_env())
    try:
        qtbot.waitUntil(lambda: bool(panel.items()) or not app.running(), timeout=15000)
        assert app.running()
        qtbot.waitUntil(panel.icon_drawn, timeout=10000)
        yield app
    finally:
        print(app.stop())


def test_the_icon_registers_with_the_panel_shows_and_is_named_posture_break(panel, app, qtbot):
    (item,) = panel.items()
    assert panel.item_property(item, "Title") == "Posture Break"
    # The status joins the name once the rest of the app is built, just after the icon.
    status = "Posture Break: Micro break at"
    qtbot.waitUntil(
        lambda: panel.item_property(item, "ToolTip")[2].startswith(status), timeout=10000
    )
    assert status_json(app)["tray"] == "docked"


def test_a_left_click_opens_the_apps_window_and_no_second_menu(panel, app, qtbot):
    panel.click_icon(1)
    qtbot.waitUntil(lambda: panel.window_names("^Posture Break$") != [], timeout=10000)
    assert panel.popup_menu_pids() == []


def test_the_right_click_opens_the_panels_menu_and_a_routine_from_it_starts(panel, app, qtbot):
    panel.click_icon(3)
    qtbot.waitUntil(lambda: panel.popup_menu_pids() != [], timeout=10000)
    assert app.process.pid not in panel.popup_menu_pids()  # the panel's menu, not Qt's
    panel.xdotool("key", "Down", "Right")  # "Start a routine", then its submenu
    qtbot.waitUntil(lambda: len(panel.popup_menu_pids()) == 2, timeout=10000)
    panel.xdotool("key", "Return")
    qtbot.waitUntil(lambda: panel.window_names(ROUTINE_WINDOW) != [], timeout=15000)
    assert panel.window_names(ROUTINE_WINDOW) == ["Posture reset — Posture Break"]


def test_the_icon_comes_back_after_the_panel_restarts(panel, app, qtbot):
    panel.stop_panel()
    assert panel.items() == []
    panel.start_panel()
    qtbot.waitUntil(lambda: len(panel.items()) == 1, timeout=15000)
    qtbot.waitUntil(panel.icon_drawn, timeout=10000)
    assert panel.item_property(panel.items()[0], "Title") == "Posture Break"
