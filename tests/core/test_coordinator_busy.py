"""A due break and the question whether the user is busy: asked only when a break is
due, answered later (the busy port asks other programs), and the answer of a question
that a newer wake-up replaced changes nothing."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from posture_break.core.coordinator import Coordinator
from posture_break.core.in_effect import schedule_for
from posture_break.core.pause import Reminders
from posture_break.core.planner import Planner
from posture_break.core.settings import Settings
from posture_break.core.status_line import status_line
from tests.core.test_coordinator import CATALOG, Desktop, wait_for_wakeup
from tests.helpers.fake_clock import FakeClock

IN_A_CALL = "in a call"
BERLIN = ZoneInfo("Europe/Berlin")


class AskedDesktop(Desktop):
    """The desktop with a busy port whose answers the test gives, when it likes."""

    def __init__(self, clock):
        super().__init__(clock)
        self.questions = []  # the `answer` callbacks, in the order asked

    def ask(self, answer):
        self.questions.append(answer)


@pytest.fixture
def world():
    clock = FakeClock(datetime(2026, 3, 10, 9, 0, tzinfo=BERLIN))
    reminders = Reminders(clock)
    planner = Planner(schedule_for(Settings(), CATALOG), clock, reminders)
    desktop = AskedDesktop(clock)
    coordinator = Coordinator(clock, reminders, planner, CATALOG, desktop.history.append)
    coordinator.use_shell(desktop)
    coordinator.attach(desktop, desktop, desktop, busy=desktop)
    return clock, coordinator, desktop


def at_the_due_moment(clock, coordinator, desktop):
    wait_for_wakeup(clock, coordinator, desktop)  # the heads-up
    wait_for_wakeup(clock, coordinator, desktop)  # due


def test_the_break_is_offered_once_the_answer_says_not_busy(world):
    clock, coordinator, desktop = world
    wait_for_wakeup(clock, coordinator, desktop)
    assert desktop.bubbles[-1][0] == "Micro break in 1 minute"
    assert desktop.questions == []  # a heads-up asks nothing
    wait_for_wakeup(clock, coordinator, desktop)
    assert (len(desktop.questions), desktop.windows) == (1, [])  # asked; nothing opens yet

    clock.advance(seconds=0.5)
    desktop.questions[0](None)
    assert desktop.windows == [("posture-reset", "Time for a micro break", True)]
    assert desktop.opened[0].due_at == datetime(2026, 3, 10, 9, 25, tzinfo=BERLIN)


def test_a_busy_answer_holds_the_break_until_a_later_answer_says_not_busy(world):
    clock, coordinator, desktop = world
    at_the_due_moment(clock, coordinator, desktop)
    desktop.questions[0](IN_A_CALL)
    assert desktop.windows == []
    assert status_line(coordinator.planner) == "Waiting: in a call"
    assert desktop.due_at is not None  # it looks again

    wait_for_wakeup(clock, coordinator, desktop)
    assert len(desktop.questions) == 2
    desktop.questions[1](None)
    assert desktop.windows == [("posture-reset", "Time for a micro break", True)]


def test_a_busy_answer_that_comes_after_a_newer_wake_up_is_stale(world):
    clock, coordinator, desktop = world
    at_the_due_moment(clock, coordinator, desktop)
    clock.advance(seconds=0.2)
    coordinator.on_due()  # a newer wake-up asks again
    assert len(desktop.questions) == 2

    desktop.questions[0](IN_A_CALL)  # the first question's answer, late
    assert coordinator.planner.held_for is None
    assert desktop.windows == []  # nor does it stand in for the newer answer
    desktop.questions[1](None)
    assert desktop.windows == [("posture-reset", "Time for a micro break", True)]


def test_a_not_busy_answer_that_comes_after_a_newer_wake_up_opens_nothing(world):
    clock, coordinator, desktop = world
    at_the_due_moment(clock, coordinator, desktop)
    coordinator.on_due()
    desktop.questions[0](None)
    assert desktop.windows == []
    desktop.questions[1](IN_A_CALL)
    assert (desktop.windows, status_line(coordinator.planner)) == ([], "Waiting: in a call")


def test_an_answer_that_comes_after_the_user_left_opens_nothing(world):
    clock, coordinator, desktop = world
    at_the_due_moment(clock, coordinator, desktop)
    coordinator.on_idle(120)
    desktop.questions[0](None)
    assert desktop.windows == []


def test_a_break_started_from_the_heads_up_meanwhile_is_not_offered_again(world):
    clock, coordinator, desktop = world
    at_the_due_moment(clock, coordinator, desktop)
    desktop.on_action("start")  # the heads-up's Start now, while the question is out
    desktop.questions[0](None)
    assert desktop.windows == [("posture-reset", "", False)]  # the one started, only
