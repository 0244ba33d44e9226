"""The running instance's answers, as the command line and the tray receive them."""

import json
from dataclasses import asdict
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from posture_break.core.control import Control
from posture_break.core.coordinator import Coordinator
from posture_break.core.in_effect import schedule_for
from posture_break.core.pause import Reminders
from posture_break.core.planner import Planner
from posture_break.core.routine_loader import load_catalog
from posture_break.core.settings import Settings
from tests.helpers.fake_clock import FakeClock

SHIPPED = Path(__file__).resolve().parents[2] / "resources"


class RecordingShell:
    def __init__(self):
        self.calls = []

    def show(self):
        self.calls.append("show")

    def quit(self):
        self.calls.append("quit")

    def reminders_changed(self):
        self.calls.append("reminders_changed")

    def tray_docked(self):
        return True


class BreakWindows:
    """The break window as the coordinator opens it: one routine at a time."""

    def __init__(self):
        self.opened = []

    def open_break(self, brk):
        if self.opened:
            return False  # the first is still playing
        self.opened.append(brk.routine.id)
        return True

    def reminders_changed(self):
        pass


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 3, 10, 9, 15, tzinfo=ZoneInfo("Europe/Berlin")))


@pytest.fixture
def shell():
    return RecordingShell()


@pytest.fixture
def windows():
    return BreakWindows()


@pytest.fixture
def control(clock, shell, windows):
    catalog, _ = load_catalog(SHIPPED)
    settings = Settings(micro_every_min=0)
    reminders = Reminders(clock)
    planner = Planner(schedule_for(settings, catalog), clock, reminders)
    coordinator = Coordinator(clock, reminders, planner, catalog, lambda record: None)
    coordinator.use_shell(windows)
    control = Control(clock, reminders, settings, catalog, coordinator)
    control.attach(shell)
    return control


def test_pause_then_status_then_resume(control, shell):
    reply = control.handle({"v": 1, "cmd": "pause", "minutes": 60})
    assert reply == {"ok": True, "message": "Reminders paused until 10:15"}
    state = control.handle({"v": 1, "cmd": "status"})["state"]
    assert state["reminders"] == "paused"
    assert state["paused_until"] == "2026-03-10T10:15:00+01:00"
    assert json.loads(json.dumps(state["settings"])) == {
        **json.loads(json.dumps(asdict(Settings()))),
        "micro_every_min": 0,
    }
    assert control.handle({"v": 1, "cmd": "resume"})["message"] == "Stretch break in 55 min"
    assert shell.calls == ["reminders_changed", "reminders_changed"]


def test_view_says_when_the_tray_must_look_again(control, clock):
    assert control.view().changes_in_s is None
    control.pause(timedelta(minutes=30))
    clock.advance(minutes=10)
    view = control.view()
    assert view.line == "Reminders paused until 09:45"
    assert view.paused
    assert view.changes_in_s == 20 * 60


def test_quit_and_show_reach_the_shell(control, shell):
    assert control.handle({"v": 1, "cmd": "show"})["ok"]
    assert control.handle({"v": 1, "cmd": "quit"})["ok"]
    assert shell.calls == ["show", "quit"]


def test_start_opens_the_named_routine_or_the_default(control, windows):
    reply = control.handle({"v": 1, "cmd": "start", "routine": "posture-reset"})
    assert reply == {"ok": True, "message": "Starting Posture reset (1 min)."}
    reply = control.handle({"v": 1, "cmd": "start", "routine": None})
    assert reply == {"ok": True, "message": "A routine is already playing; its window is in front."}
    assert windows.opened == ["posture-reset"]


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        ({"cmd": "status"}, "another protocol version"),
        ({"v": 1, "cmd": "dance"}, "unknown command 'dance'"),
        ({"v": 1, "cmd": "pause", "minutes": "lots"}, "1 minute to 24 hours"),
        ({"v": 1, "cmd": "pause", "minutes": True}, "1 minute to 24 hours"),
        ({"v": 1, "cmd": "pause", "minutes": 5000}, "1 minute to 24 hours"),
        ({"v": 1, "cmd": "start", "routine": "yoga"}, "No routine called 'yoga'. Routines: "),
        ({"v": 1, "cmd": "start", "routine": 3}, "named by its id"),
    ],
)
def test_malformed_requests_are_refused_in_words(control, shell, request_, message):
    reply = control.handle(request_)
    assert reply["ok"] is False
    assert message in reply["message"]
    assert shell.calls == []
