"""Reminders end to end in the core, with the desktop played by small fakes: what the
user sees (a heads-up with buttons, a break window) and what their answers do."""

import itertools
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from posture_break.core.coordinator import Coordinator
from posture_break.core.in_effect import in_effect, schedule_for
from posture_break.core.pause import Reminders
from posture_break.core.planner import Planner
from posture_break.core.routine_loader import load_catalog
from posture_break.core.settings import Settings
from posture_break.core.status_line import status_line
from posture_break.core.values import Answer, BreakKind, BreakOutcome
from tests.helpers.fake_clock import FakeClock

CATALOG, _ = load_catalog(Path(__file__).resolve().parents[2] / "resources")


class Desktop:
    """The ports: one wakeup, a notification area, the break window, input."""

    def __init__(self, clock):
        self.clock = clock
        self.due_at = None
        self.bubbles = []  # (title, body, action labels) of reminders shown
        self.on_action = None
        self.windows = []  # (routine id, offer title, can snooze)
        self.opened = []  # the breaks, as the coordinator gave them
        self.changes = 0
        self.unfocused = True  # X11: a window can open without taking the keyboard
        self.quiet_s = 30.0  # seconds since the last key
        self.history = []  # BreakRecords

    def arm(self, delay_s):
        self.due_at = None if delay_s is None else self.clock.elapsed() + delay_s

    def remind(self, title, body, actions, on_action):
        self.bubbles.append((title, body, [label for _, label in actions]))
        self.on_action = on_action

    def withdraw(self):
        self.bubbles.append(("withdrawn", "", []))

    def open_break(self, brk):
        offer = brk.offer
        title = offer.title if offer else ""
        self.windows.append((brk.routine.id, title, bool(offer and offer.snooze_min)))
        self.opened.append(brk)
        return True

    def opens_unfocused(self):
        return self.unfocused

    def reminders_changed(self):
        self.changes += 1

    def idle_seconds(self):
        return self.quiet_s


@pytest.fixture
def world():
    clock = FakeClock(datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    reminders = Reminders(clock)
    settings = Settings()
    planner = Planner(schedule_for(settings, CATALOG), clock, reminders)
    desktop = Desktop(clock)
    coordinator = Coordinator(clock, reminders, planner, CATALOG, desktop.history.append)
    coordinator.use_shell(desktop)
    coordinator.attach(desktop, desktop, desktop)
    return clock, coordinator, desktop


def wait_for_wakeup(clock, coordinator, desktop):
    clock.advance(seconds=desktop.due_at - clock.elapsed())
    coordinator.on_due()


def test_the_schedule_uses_the_settings_and_the_routines_real_lengths():
    schedule = schedule_for(Settings(stretch_every_min=50, micro_every_min=0), CATALOG)
    assert (schedule.stretch_every_s, schedule.micro_every_s) == (3000, 0)
    assert schedule.micro_length_s == 80  # posture-reset as the data has it
    assert schedule.stretch_length_s == 225  # the shorter of desk-neck and rhomboid-relief


def test_the_settings_choose_the_rotation_the_snooze_and_whether_skip_is_offered():
    settings = Settings(
        stretch_routines=("rhomboid-relief", "no-such-routine"),
        snooze_min=10,
        allow_skip=False,
        hold_when_busy=False,
        micro_every_min=0,
    )
    schedule = schedule_for(settings, CATALOG)
    assert schedule.stretch_routines == ("rhomboid-relief",)  # the missing one passed over
    assert (schedule.snooze_s, schedule.hold_max_s, schedule.can_skip) == (600, 0, False)
    clock = FakeClock(datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    reminders = Reminders(clock)
    desktop = Desktop(clock)
    planner = Planner(schedule, clock, reminders)
    coordinator = Coordinator(clock, reminders, planner, CATALOG, desktop.history.append)
    coordinator.use_shell(desktop)
    coordinator.attach(desktop, desktop, desktop)
    wait_for_wakeup(clock, coordinator, desktop)
    assert desktop.bubbles[-1][2] == ["Start now", "In 10 minutes"]


def test_leaving_out_an_exercise_takes_it_out_of_every_routine():
    catalog = CATALOG.without({"chin-tuck"})
    assert all(
        item.exercise.id != "chin-tuck" for routine in catalog.routines for item in routine.items
    )
    assert [r.id for r in catalog.routines] == [r.id for r in CATALOG.routines]
    every = {item.exercise.id for item in CATALOG.routine("posture-reset").items}
    assert catalog.without(every).routine("posture-reset") is None


def test_a_heads_up_then_the_offered_window(world):
    clock, coordinator, desktop = world
    wait_for_wakeup(clock, coordinator, desktop)
    assert desktop.bubbles == [
        (
            "Micro break in 1 minute",
            "Posture reset, 1 min. Stand up, or get comfortable in your chair.",
            ["Start now", "In 5 minutes", "Skip"],
        )
    ]
    wait_for_wakeup(clock, coordinator, desktop)
    assert desktop.bubbles[-1][0] == "withdrawn"  # the window takes over from the bubble
    assert desktop.windows == [("posture-reset", "Time for a micro break", True)]
    assert desktop.due_at is None  # nothing more while the break is on
    due = clock.now()
    clock.advance(seconds=70)
    coordinator.on_window_ended(desktop.opened[-1], active_s=60, completed=True)
    (record,) = desktop.history
    assert (record.outcome.value, record.routine_id, record.seconds) == (
        "completed",
        "posture-reset",
        60,
    )
    assert (record.at - due, record.due_at) == (timedelta(seconds=70), due)
    # Next, the stretch break: 30 more minutes of work, heads-up a minute before. (The
    # micro break that would come 5 minutes before it is absorbed.)
    assert desktop.due_at == pytest.approx(clock.elapsed() + 29 * 60)


def test_start_now_on_the_heads_up_opens_the_routine_at_once(world):
    clock, coordinator, desktop = world
    wait_for_wakeup(clock, coordinator, desktop)
    desktop.on_action("start")
    assert desktop.windows == [("posture-reset", "", False)]  # no offer page: straight in


def test_snoozing_from_the_bubble_and_skipping_from_the_window(world):
    clock, coordinator, desktop = world
    wait_for_wakeup(clock, coordinator, desktop)
    desktop.on_action("snooze")
    assert desktop.due_at == pytest.approx(clock.elapsed() + 4 * 60)  # heads-up again
    wait_for_wakeup(clock, coordinator, desktop)
    wait_for_wakeup(clock, coordinator, desktop)
    assert desktop.windows == [("posture-reset", "Time for a micro break", True)]
    coordinator.on_window_answered(desktop.opened[-1], Answer.SKIP)
    # The micro break is let go; 30 min of work done, so the stretch break is next.
    assert status_line(coordinator.planner) == "Stretch break in 26 min"
    assert [(r.kind.value, r.outcome.value, r.at.strftime("%H:%M")) for r in desktop.history] == [
        ("micro", "snoozed", "09:24"),
        ("micro", "skipped", "09:29"),  # offered again 5 min after the snooze
    ]


def test_a_routine_from_the_tray_is_the_coming_break(world):
    clock, coordinator, desktop = world
    clock.advance(minutes=24, seconds=30)
    coordinator.on_due()  # the heads-up
    coordinator.start_routine(CATALOG.routine("desk-neck"))
    assert desktop.bubbles[-1][0] == "withdrawn"
    assert desktop.due_at is None
    clock.advance(minutes=3, seconds=30)
    coordinator.on_window_ended(desktop.opened[-1], active_s=180, completed=False)
    assert status_line(coordinator.planner) == "Micro break in 25 min"
    assert coordinator.status()[1] == "Micro break at about 09:53"  # 09:28 + 25 min
    (done,) = desktop.history
    assert (done.kind.value, done.outcome.value, done.routine_id) == (
        "stretch",
        "partial",
        "desk-neck",
    )


def test_a_routine_opened_and_closed_at_once_changes_nothing(world):
    clock, coordinator, desktop = world
    clock.advance(minutes=10)
    coordinator.start_routine(CATALOG.routine("desk-neck"))
    coordinator.on_window_answered(desktop.opened[-1], Answer.SKIP)  # closed on the safety note
    assert status_line(coordinator.planner) == "Micro break in 15 min"


def test_coming_back_after_the_heads_up_withdraws_it(world):
    clock, coordinator, desktop = world
    wait_for_wakeup(clock, coordinator, desktop)
    coordinator.on_idle(120)
    clock.advance(minutes=5)
    coordinator.on_active()
    assert desktop.bubbles[-1][0] == "withdrawn"
    assert status_line(coordinator.planner) == "Micro break in 25 min"
    (natural,) = desktop.history
    # 7 min away (2 before the idle watch noticed): longer than a stretch break.
    assert (natural.kind.value, natural.outcome.value, natural.seconds) == (
        "stretch",
        "natural",
        420,
    )


def test_a_locked_screen_counts_as_away(world):
    clock, coordinator, desktop = world
    clock.advance(minutes=20)
    coordinator.on_locked()
    assert status_line(coordinator.planner) == "You are away: that counts as a break"
    assert desktop.due_at is None  # nothing to wake for while away
    clock.advance(minutes=2)
    coordinator.on_active()  # unlocked
    assert status_line(coordinator.planner) == "Micro break in 25 min"
    assert [r.outcome.value for r in desktop.history] == ["natural"]


def test_waking_from_sleep_re_arms_the_wakeup(world):
    clock, coordinator, desktop = world
    clock.advance(minutes=10)
    coordinator.on_sleep(True)
    clock.suspend(hours=8)
    coordinator.on_sleep(False)
    assert desktop.due_at == pytest.approx(clock.elapsed() + 24 * 60)  # 25 min again
    assert [(r.kind.value, r.outcome.value) for r in desktop.history] == [("stretch", "natural")]


def test_an_offered_window_closed_before_any_exercise_is_a_skip_on_record(world):
    clock, coordinator, desktop = world
    wait_for_wakeup(clock, coordinator, desktop)
    wait_for_wakeup(clock, coordinator, desktop)
    due = clock.now()
    coordinator.on_window_ended(desktop.opened[-1], active_s=0, completed=False)
    assert [(r.outcome.value, r.due_at) for r in desktop.history] == [("skipped", due)]


def test_a_stretch_break_played_with_the_micro_routine_is_kept_as_a_stretch_break():
    """With every exercise left out but the chin tuck, no stretch routine is left and
    stretch breaks play the micro routine. A finished one is still a stretch break:
    it is recorded as one and the stretch break does not come straight back."""
    everything_but = {e.id for e in CATALOG.exercises} - {"chin-tuck"}
    settings = Settings(leave_out=tuple(sorted(everything_but)))
    effect = in_effect(settings, CATALOG)
    assert effect.schedule.stretch_routines == (effect.schedule.micro_routine,)
    clock = FakeClock(datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    reminders = Reminders(clock)
    desktop = Desktop(clock)
    planner = Planner(effect.schedule, clock, reminders)
    coordinator = Coordinator(clock, reminders, planner, effect.catalog, desktop.history.append)
    coordinator.use_shell(desktop)
    coordinator.attach(desktop, desktop, desktop)

    # A working morning: every break is taken as soon as it is offered.
    while clock.now() < datetime(2026, 3, 10, 12, 0, tzinfo=ZoneInfo("Europe/Berlin")):
        opened = len(desktop.opened)
        wait_for_wakeup(clock, coordinator, desktop)
        if len(desktop.opened) > opened:
            clock.advance(seconds=60)
            coordinator.on_window_ended(desktop.opened[-1], active_s=60, completed=True)

    kinds = [(r.kind, r.outcome) for r in desktop.history]
    assert (BreakKind.STRETCH, BreakOutcome.COMPLETED) in kinds
    assert [brk.kind for brk in desktop.opened] == [r.kind for r in desktop.history]
    # Three hours of work: about three stretch breaks and the micro breaks between them,
    # never a stretch break offered again a minute after one was taken.
    offered_at = [r.at for r in desktop.history if r.kind is BreakKind.STRETCH]
    gaps = [later - earlier for earlier, later in itertools.pairwise(offered_at)]
    assert len(offered_at) == 3
    assert min(gaps) > timedelta(minutes=50)


def test_where_a_window_takes_the_keyboard_the_offer_waits_for_a_pause_in_typing(world):
    """On Wayland a new window gets the keyboard: a break due while the user types is
    offered only once they pause, however long that takes, not after a minute."""
    clock, coordinator, desktop = world
    desktop.unfocused = False
    desktop.quiet_s = 0.5  # typing
    wait_for_wakeup(clock, coordinator, desktop)  # the heads-up
    for _ in range(40):  # 40 looks, at least 4 s apart: minutes of typing
        wait_for_wakeup(clock, coordinator, desktop)
    assert desktop.windows == []
    desktop.quiet_s = 6.0  # a pause
    wait_for_wakeup(clock, coordinator, desktop)
    assert desktop.windows == [("posture-reset", "Time for a micro break", True)]


def test_without_an_idle_source_where_a_window_takes_the_keyboard_the_bubble_is_the_offer():
    """No pause can be seen and a window would take the keyboard: the notification
    offers the break, and the window opens when the user says Start now."""
    clock = FakeClock(datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    reminders = Reminders(clock)
    desktop = Desktop(clock)
    desktop.unfocused = False
    planner = Planner(schedule_for(Settings(), CATALOG), clock, reminders)
    coordinator = Coordinator(clock, reminders, planner, CATALOG, desktop.history.append)
    coordinator.use_shell(desktop)
    coordinator.attach(desktop, desktop, None)
    wait_for_wakeup(clock, coordinator, desktop)  # the heads-up
    wait_for_wakeup(clock, coordinator, desktop)  # due
    assert desktop.windows == []
    assert desktop.bubbles[-1] == (
        "Time for a micro break",
        "Posture reset, 1 min. Stand up, or get comfortable in your chair.",
        ["Start now", "In 5 minutes", "Skip"],
    )
    desktop.on_action("start")
    assert desktop.windows == [("posture-reset", "", False)]  # asked for: straight in
    clock.advance(seconds=70)
    coordinator.on_window_ended(desktop.opened[-1], active_s=60, completed=True)
    assert [(r.kind, r.outcome) for r in desktop.history] == [
        (BreakKind.MICRO, BreakOutcome.COMPLETED)
    ]
