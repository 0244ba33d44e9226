"""The app on the desktop a sway user runs: sway 1.7, waybar with its tray, mako for
notifications, all headless and real (tests/helpers/sway_desktop.py). The icon is
clicked with a virtual pointer as with a mouse; notifications are read and answered with
makoctl, as a sway user binds it to keys."""

import json

import pytest

from tests.e2e.conftest import state_when_answering as state
from tests.e2e.test_sway_windows import windows
from tests.helpers.app_process import AppProcess
from tests.helpers.seat_idle import idle_for
from tests.helpers.sway_desktop import SCREEN, TRAY_ICON_SIZE, sway_desktop

SCALE = 1 / 30  # micro breaks every 5 min -> 10 s, 1 min long -> 2 s
MICRO_LENGTH_MS = round(60_000 * SCALE)
BREAK_WINDOW = "Posture reset — Posture Break"
AWAY = "You are away: that counts as a break"


@pytest.fixture
def desktop(qtbot):
    with sway_desktop(qtbot.waitUntil) as desktop:
        yield desktop


def schedule(home, monkeypatch, idle_after_s, heads_up_s=60):
    """A micro break 10 s after start; away after `idle_after_s`, and the heads-up
    `heads_up_s` before the break, scaled."""
    settings = home / ".config/posture-break/settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text(
        "version = 1\n[breaks]\nmicro_every_min = 5\n"
        f"heads_up_s = {heads_up_s}\n[timing]\nidle_after_s = {idle_after_s}\n"
    )
    monkeypatch.setenv("POSTURE_BREAK_TIME_SCALE", str(SCALE))


@pytest.fixture
def present(private_home, monkeypatch):
    """Nobody types, yet the user counts as present for 20 s: past the heads-up (4 s,
    6 s before the break, time to answer it on a loaded machine) and the due moment."""
    schedule(private_home, monkeypatch, idle_after_s=600, heads_up_s=180)


@pytest.fixture
def quickly_away(private_home, monkeypatch):
    """Away after 1 s without input."""
    schedule(private_home, monkeypatch, idle_after_s=30)


@pytest.fixture
def app(desktop, qtbot, private_home):
    """The app, started once the bar and mako are up, its icon registered and drawn."""
    app = AppProcess(env=desktop.app_env())
    try:
        qtbot.waitUntil(lambda: bool(desktop.items()) or not app.running(), timeout=20000)
        assert app.running()
        qtbot.waitUntil(lambda: desktop.tray_icon(private_home) is not None, timeout=20000)
        yield app
    finally:
        print(app.stop())


def icon_centre(desktop, folder):
    x, y, width, height = desktop.tray_icon(folder)
    return x + width // 2, y + height // 2


def test_the_icon_registers_with_waybar_and_is_drawn_on_the_bar(desktop, app, private_home):
    (item,) = desktop.items()
    assert desktop.item_property(item, "Title") == "Posture Break"
    assert state(app)["tray"] == "docked"
    x, y, width, height = desktop.tray_icon(private_home)
    assert y + height <= desktop.bar_height()  # on the bar, at its right end
    assert x > SCREEN[0] * 3 // 4
    # Drawn whole at the tray's icon size, not a corner of it nor a speck.
    assert TRAY_ICON_SIZE - 4 <= width <= TRAY_ICON_SIZE
    assert TRAY_ICON_SIZE - 4 <= height <= TRAY_ICON_SIZE


def test_a_left_click_on_the_icon_opens_the_apps_window_floating(desktop, app, qtbot, private_home):
    desktop.mouse.click(*icon_centre(desktop, private_home), "left")
    qtbot.waitUntil(lambda: "Posture Break" in windows(desktop.host), timeout=20000)
    window = windows(desktop.host)["Posture Break"]
    assert window["floating"]  # at its own size, not tiled over the workspace
    assert window["width"] < SCREEN[0]
    assert window["height"] < SCREEN[1] - desktop.bar_height()


def test_a_routine_starts_from_the_menu_waybar_draws(desktop, app, qtbot, private_home):
    desktop.mouse.click(*icon_centre(desktop, private_home), "right")
    qtbot.waitUntil(lambda: desktop.menu_drawn(private_home), timeout=20000)
    (item,) = desktop.items()
    assert "Posture reset (1 min)" in desktop.menu_items(item)
    desktop.mouse.click(SCREEN[0] // 4, SCREEN[1] - 100, "left")  # elsewhere: it closes
    qtbot.waitUntil(lambda: not desktop.menu_drawn(private_home), timeout=20000)

    desktop.click_menu_item(item, "Posture reset (1 min)")
    qtbot.waitUntil(lambda: BREAK_WINDOW in windows(desktop.host), timeout=20000)
    assert windows(desktop.host)[BREAK_WINDOW]["floating"]


def heads_up(desktop, qtbot):
    """The heads-up as mako shows it, once it does."""
    qtbot.waitUntil(lambda: desktop.notifications() != [], timeout=30000)
    (shown,) = desktop.notifications()
    return shown


def test_the_heads_up_shows_in_mako_and_start_now_opens_the_break(desktop, present, app, qtbot):
    shown = heads_up(desktop, qtbot)
    assert shown["summary"] == "Micro break in 1 minute"
    assert shown["body"].startswith("Posture reset, 1 min.")
    assert shown["actions"] == {
        "default": "Start now",
        "start": "Start now",
        "snooze": "In 1 minute",  # 5 minutes, scaled as the schedule is
        "skip": "Skip",
    }

    desktop.makoctl("invoke", "-n", str(shown["id"]), "start")
    qtbot.waitUntil(lambda: BREAK_WINDOW in windows(desktop.host), timeout=20000)
    assert state(app)["status"] == "Break in progress"
    qtbot.waitUntil(lambda: desktop.notifications() == [], timeout=20000)


def test_in_5_minutes_on_the_heads_up_puts_the_break_off(desktop, present, app, qtbot):
    shown = heads_up(desktop, qtbot)
    due_in = state(app)["next_break"]["in_s"]
    assert due_in <= 6  # the heads-up comes 3 scaled minutes before the break

    desktop.makoctl("invoke", "-n", str(shown["id"]), "snooze")
    qtbot.waitUntil(lambda: desktop.notifications() == [], timeout=20000)
    later = state(app)["next_break"]["in_s"]
    assert later > due_in  # put off: five scaled minutes from now, 10 s
    assert BREAK_WINDOW not in windows(desktop.host)
    # ... and it does come then, as the offer.
    qtbot.waitUntil(lambda: BREAK_WINDOW in windows(desktop.host), timeout=30000)
    assert state(app)["status"] == "Break in progress"


def test_time_away_counts_as_the_break_and_a_key_brings_no_reminder(
    desktop, quickly_away, app, qtbot
):
    desktop.work_for(seconds=4)  # 2 scaled minutes at the keyboard
    left_before = state(app)["next_break"]["in_s"]
    assert left_before <= 7

    # Away: the app says so after the idle threshold; then away for longer than the
    # micro break lasts, as sway counts it.
    qtbot.waitUntil(lambda: state(app)["status"] == AWAY, timeout=20000)
    with idle_for(desktop.host.socket, MICRO_LENGTH_MS + 500) as seat:
        qtbot.waitUntil(seat.reached, timeout=20000)

    desktop.host.press_key()  # back
    qtbot.waitUntil(lambda: state(app)["status"] != AWAY, timeout=20000)
    after = state(app)["next_break"]
    assert after["kind"] == "micro"
    assert after["in_s"] >= 8  # the counter started again: about 10 s
    assert desktop.notifications() == []
    assert not [name for name in windows(desktop.host) if name.endswith("— Posture Break")]
    stats = app.cli("stats", "--json")
    today = json.loads(stats.stdout)["today"]
    assert (today["away"], today["exercised"], today["skipped"]) == (1, 0, 0)
