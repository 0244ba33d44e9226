"""The simulated user's hands and eyes: input that keeps them present, keys pressed on
the window that has the keyboard, and their answers to reminders and break windows.

Every answer waits for what a user would see next (the window mapped, the keyboard
given to it, the row in the history, the window gone); the pauses between key presses
are the user's own pace, part of the workload. An answer that is never followed by what
it should bring is written down as a finding, not raised: the soak goes on.
"""

from __future__ import annotations

import random
import subprocess
import time
from collections.abc import Collection

from Xlib import display as xdisplay

from soak.journal import (
    ANSWER,
    HEADS_UP,
    RESTING,
    WINDOW_GONE,
    WINDOW_OPEN,
    WORKING,
    Event,
    Journal,
    spend,
)
from soak.stage import Stage
from soak.watchers import WindowWatch
from tests.helpers.notifications import displayed_count, dunstctl, pick_in_context_menu

SEEN_TIMEOUT_S = 30.0  # what an action brings shows within this, however loaded the machine
KEY_PACE_S = 0.3  # between two key presses on the break window
EXERCISE_S = 1.5  # time spent on an exercise before moving on: it counts as done


class Deck:
    """Random choices that each come round: every one is drawn once, in a shuffled
    order, before any comes again, so a short run still plays every kind."""

    def __init__(self, rng: random.Random, *choices: str) -> None:
        self._rng = rng
        self._choices = choices
        self._left: list[str] = []

    def draw(self, allowed: Collection[str] | None = None) -> str:
        """The next choice; one not `allowed` now stays in the deck for later."""
        if not self._left:
            self._left = self._rng.sample(self._choices, len(self._choices))
        for index, choice in enumerate(self._left):
            if allowed is None or choice in allowed:
                return self._left.pop(index)
        return self._rng.choice(sorted(allowed or self._choices))


class Hands:
    def __init__(
        self, stage: Stage, journal: Journal, windows: WindowWatch, rng: random.Random
    ) -> None:
        self.stage = stage
        self.journal = journal
        self.windows = windows
        self.findings: list[str] = []
        self._mover: subprocess.Popen[bytes] | None = None
        self._dpy = xdisplay.Display()
        self.handled = 0.0  # reminders and windows before this moment are answered
        # "default" is a click on the notification; "wait" lets the window come.
        self._reminder_answers = Deck(
            rng, "start", "default", "snooze", "skip", "wait", "wait", "wait"
        )
        self._offer_answers = Deck(rng, "esc", "enter")
        self._endings = Deck(rng, "finish", "stop")

    def finding(self, what: str) -> None:
        """Something that should have happened did not: named in the verdict, with when."""
        event = self.journal.add("finding", what)
        self.findings.append(f"{what} (at {event.at - self.journal.events()[0].at:.1f} s)")

    # Input -----------------------------------------------------------------------------

    def work(self) -> None:
        """Keyboard and mouse in use, as at work (the mouse moves every 0.2 s)."""
        if self._mover is None:
            self._mover = subprocess.Popen(
                [
                    "sh",
                    "-c",
                    "while :; do xdotool mousemove_relative -- 2 0; sleep 0.1;"
                    " xdotool mousemove_relative -- -2 0; sleep 0.1; done",
                ]
            )
            self.journal.add(WORKING)

    def rest(self) -> None:
        """Hands off the keyboard and mouse."""
        if self._mover is not None:
            self._mover.kill()
            self._mover.wait()
            self._mover = None
            self.journal.add(RESTING)

    def working(self) -> bool:
        return self._mover is not None

    def key(self, *keys: str) -> None:
        subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True)

    def close(self) -> None:
        self.rest()
        self._dpy.close()

    # What comes --------------------------------------------------------------------------

    def next_prompt(self) -> Event | None:
        """The first reminder or break window not yet answered."""
        for event in self.journal.since(self.handled, HEADS_UP, WINDOW_OPEN):
            if event.at > self.handled:
                return event
        return None

    def answer(self, prompt: Event) -> None:
        """Answer a reminder or an offered window, each way in turn at random."""
        self.handled = prompt.at
        if prompt.kind == WINDOW_OPEN:
            self.answer_offer(_window_id(prompt))
            return
        keys = prompt.detail.rsplit("|", 1)[-1].split(",")
        choice = self._reminder_answers.draw([*keys, "wait"])
        if choice == "wait":  # at work until the break comes at its due time
            self.journal.add(ANSWER, "notification wait")
            opened = self._window_after(prompt.at)
            if opened is None:
                self.finding("a break announced by a heads-up never came")
            else:
                self.handled = opened.at
                self.answer_offer(_window_id(opened))
            return
        self.journal.wait_for(lambda: displayed_count() > 0, SEEN_TIMEOUT_S)
        rows = len(self.stage.history())
        self.journal.add(ANSWER, f"notification {choice}")
        if choice == "default":
            dunstctl("action", "0")  # a click on the notification: its first action
        else:
            pick_in_context_menu(choice)
        if choice in ("start", "default"):
            opened = self._window_after(prompt.at)
            if opened is None:
                self.finding("Start now on a reminder opened no break window")
            else:
                self.handled = opened.at
                self.play_through(_window_id(opened), finish=self._endings.draw() == "finish")
        elif not self.journal.wait_for(
            lambda: len(self.stage.history()) > rows, SEEN_TIMEOUT_S
        ) and not self.journal.since(prompt.at, WINDOW_OPEN):
            # The window comes at the due time, and may have come before the answer.
            self.finding(f"the reminder's {choice} wrote no row in the history")

    def start_routine(self, routine_id: str) -> None:
        """`posture-break start ID`, then play it through or stop it."""
        since = time.monotonic()
        self.journal.add(ANSWER, f"start {routine_id}")
        self.stage.cli("start", routine_id)
        opened = self._window_after(since)
        if opened is None:
            self.finding(f"posture-break start {routine_id} opened no break window")
            return
        self.handled = opened.at
        self.play_through(_window_id(opened), finish=self._endings.draw() == "finish")

    def answer_offer(self, window: int) -> None:
        """An offered break: the user stops typing, and once the window has the keyboard
        lets it go with Esc or starts it with Enter."""
        self.rest()
        if not self._await_keyboard(window):
            self.finding("an offered break window never took the keyboard")
            return
        rows = len(self.stage.history())
        if self._offer_answers.draw() == "esc":
            self.journal.add(ANSWER, "offer esc")
            self.key("Escape")
            self._expect_row(rows, "Esc on an offered break")
            self._await_gone(window)
        else:
            self.journal.add(ANSWER, "offer enter")
            self.key("Return")
            self.play_through(window, finish=self._endings.draw() == "finish")

    def play_through(self, window: int, finish: bool) -> None:
        """A routine playing: to its end by moving on after a moment at each exercise
        (finish), or stopped with Esc after the first; then the finish page closed."""
        self.rest()
        if not self._await_keyboard(window):
            self.finding("a playing break window never took the keyboard")
            return
        rows = len(self.stage.history())
        if not self.stage.safety_note_seen:
            self.key("Return")  # "I understand, start" on the note shown before the first
        self.key("Right")  # past the getting ready
        spend(EXERCISE_S)  # the user exercising (workload, not synchronisation)
        self.journal.add(ANSWER, "finish" if finish else "stop")
        if finish:
            for _ in range(200):  # a long routine has many steps
                if len(self.stage.history()) > rows:
                    break
                self.key("Right")
                spend(KEY_PACE_S)
        else:
            self.key("Escape")
        self._expect_row(rows, "finishing a routine" if finish else "stopping a routine")
        self.key("Escape")  # close the finish page
        self._await_gone(window)

    # Waiting for what the user would see -------------------------------------------------

    def _window_after(self, since: float) -> Event | None:
        found = self.journal.wait_for(
            lambda: self.journal.since(since, WINDOW_OPEN), SEEN_TIMEOUT_S
        )
        return found[0] if isinstance(found, list) else None

    def _await_keyboard(self, window: int) -> bool:
        """The window has the keyboard: an offer takes it once typing has paused for
        3 s, a routine the user started at once."""
        return bool(self.journal.wait_for(lambda: self._focus_in(window), SEEN_TIMEOUT_S))

    def has_keyboard(self, windows: Collection[int]) -> bool:
        """Whether one of `windows` (top-level ids) has the X input focus."""
        return any(self._focus_in(window) for window in windows)

    def _focus_in(self, window: int) -> bool:
        focus = self._dpy.get_input_focus().focus
        while hasattr(focus, "id"):  # else PointerRoot or None
            if focus.id == window:
                return True
            tree = focus.query_tree()
            if not tree.parent or tree.parent.id == tree.root.id:
                return False
            focus = tree.parent
        return False

    def _await_gone(self, window: int) -> None:
        if not self.journal.wait_for(lambda: window not in self.windows.break_windows(), 30):
            self.finding("a break window did not close on Esc")
        self.handled = max(self.handled, self.journal.events(WINDOW_GONE)[-1].at)

    def _expect_row(self, rows: int, what: str) -> None:
        if not self.journal.wait_for(lambda: len(self.stage.history()) > rows, SEEN_TIMEOUT_S):
            self.finding(f"{what} wrote no row in the history")


def _window_id(event: Event) -> int:
    return int(event.detail.split()[0], 16)
