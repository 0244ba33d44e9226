"""The app's windows on sway, a tiling Wayland compositor that gives every new window
the keyboard and stretches it over the workspace unless it cannot change size.

A break falls due while the user types: no key may land in the break window, and the
break comes once typing pauses, as a small floating window. The settings window floats
at its size too."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import state_when_answering as state
from tests.e2e.conftest import without_x
from tests.helpers.app_process import PROJECT

KEYS = 90
KEY_GAP_MS = 150  # 13.5 s of steady typing; the micro break falls due 5 s after the start
BREAK_WINDOW = "Posture reset — Posture Break"


@pytest.fixture
def typing_target(sway, tmp_path, qtbot):
    """The user's editor, focused: the count of characters it received."""
    count = tmp_path / "typed"
    editor = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.typing_target", str(count)],
        env=without_x(),
        cwd=PROJECT,
    )
    qtbot.waitUntil(count.exists, timeout=20000)
    qtbot.waitUntil(lambda: focused(sway) == "typing target", timeout=20000)
    yield count
    editor.terminate()
    editor.wait(timeout=10)


@pytest.fixture
def schedule(private_home, monkeypatch):
    """A micro break 5 s after start; away after 4 s without input, so that the pause
    after typing (the idle source tells one from typing after a second) is not taken
    for an absence."""
    settings = private_home / ".config/posture-break/settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text(
        "version = 1\n[breaks]\nmicro_every_min = 5\n[timing]\nidle_after_s = 240\n"
    )
    monkeypatch.setenv("POSTURE_BREAK_TIME_SCALE", str(1 / 60))
    monkeypatch.setenv("POSTURE_BREAK_TRAY_WAIT_MS", "600000")  # no tray here: not tested


def test_a_break_due_while_typing_takes_no_key_and_comes_at_the_pause(
    qtbot, sway, typing_target, schedule, start_app
):
    app = start_app(wait_for_dock=False, env=without_x())
    qtbot.waitUntil(lambda: state(app).get("idle_source") == "org_kde_kwin_idle", timeout=20000)

    # Steady typing, one process as a person's hands: the break falls due meanwhile.
    # wtype's virtual keyboard loses its first key while the client takes its keymap:
    # a Shift, which types nothing, goes first.
    # sway and the app are asked again and again what they show; an answer that came
    # while the typing still went on must not name the break window. (Once the typing
    # ends, the break may open within a second.)
    typing = ["wtype", "-k", "Shift_L", "-d", str(KEY_GAP_MS), "x" * KEYS]
    hands = subprocess.Popen(typing, env=sway.env)
    shown_while_typing, said_while_typing = [], set()

    def typing_ended():
        shown = BREAK_WINDOW in windows(sway)
        said = state(app).get("status")
        still_typing = hands.poll() is None  # asked after the answers came
        if still_typing:
            shown_while_typing.append(shown)
            said_while_typing.add(said)
        return not still_typing

    qtbot.waitUntil(typing_ended, timeout=120000)
    assert hands.returncode == 0
    assert not any(shown_while_typing)  # nothing opened over the typing
    assert "Micro break now" in said_while_typing  # it fell due, and waited
    qtbot.waitUntil(lambda: typing_target.read_text() == str(KEYS), timeout=10000)

    # The pause: now the break comes, floating at its own size, not tiled.
    qtbot.waitUntil(lambda: BREAK_WINDOW in windows(sway), timeout=20000)
    window = windows(sway)[BREAK_WINDOW]
    assert window["floating"]
    assert window["width"] < 1280
    assert window["height"] < 800
    assert state(app)["status"] == "Break in progress"


def test_the_settings_window_floats_at_its_size(qtbot, sway, schedule, start_app):
    app = start_app(wait_for_dock=False, env=without_x())
    qtbot.waitUntil(lambda: state(app).get("idle_source") == "org_kde_kwin_idle", timeout=20000)
    assert app.cli("settings").returncode == 0
    title = "Settings — Posture Break"
    qtbot.waitUntil(lambda: title in windows(sway), timeout=20000)
    window = windows(sway)[title]
    assert window["floating"]
    assert window["width"] < 1280
    assert window["height"] < 800


def sway_tree(sway):
    (ipc,) = Path(sway.socket).parent.glob("sway-ipc.*.sock")
    result = subprocess.run(
        ["swaymsg", "-s", str(ipc), "-t", "get_tree", "-r"],
        capture_output=True,
        text=True,
        check=True,
        timeout=20,
    )
    return json.loads(result.stdout)


def windows(sway):
    """Every window sway shows, by title: whether it floats, its size."""
    found = {}

    def walk(node, floating):
        if node.get("pid"):
            rect = node["rect"]
            found[node.get("name")] = {
                "floating": floating,
                "width": rect["width"],
                "height": rect["height"],
                "focused": node.get("focused", False),
            }
        for child in node.get("nodes", []):
            walk(child, floating)
        for child in node.get("floating_nodes", []):
            walk(child, True)

    walk(sway_tree(sway), False)
    return found


def focused(sway):
    return next((name for name, window in windows(sway).items() if window["focused"]), None)
