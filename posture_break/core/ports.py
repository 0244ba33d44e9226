"""Every seam of the app on one page: what the core asks of the world outside it.

The core calls out only through these protocols; adapters (the desktop, the disk) and
the Qt shell implement them, and app.py plugs them in. The values that cross them are
in core/values.py. A new kind of desktop support starts here: find the port, write an
adapter for it, choose it in app.py or the adapter's `open_*` function.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from posture_break.core.playback import PlayerView
    from posture_break.core.values import Break, BreakRecord

Recorder = Callable[["BreakRecord"], None]
"""Keeps a break in the history (adapters/history_db.py; the log too)."""


class WakeupPort(Protocol):
    """The app's one timer for the schedule (adapters/wakeup.py)."""

    def arm(self, delay_s: float | None) -> None:
        """Call Coordinator.on_due once, delay_s seconds of real elapsed time from now,
        whatever the wall clock does; None: not at all."""


class ReminderPort(Protocol):
    """The heads-up bubble with buttons (adapters/notify_dbus.py)."""

    def remind(
        self,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]],
        on_action: Callable[[str], None],
    ) -> None:
        """Show (key, label) buttons; on_action(key) once with the one picked."""

    def withdraw(self) -> None: ...


class IdlePort(Protocol):
    """What the coordinator asks of the idle source at a due moment."""

    def idle_seconds(self) -> float: ...


class IdleSource(IdlePort, Protocol):
    """Input watched without polling (adapters/idle_*.py, chosen by idle_choice.py)."""

    @property
    def name(self) -> str:
        """Which source this is, for the log and `posture-break status --json`."""
        ...

    def watch(
        self,
        threshold_s: float,
        on_idle: Callable[[float], None],
        on_active: Callable[[float], None],
    ) -> None:
        """Call on_idle(idle_seconds) once when there has been no keyboard or mouse
        input for threshold_s, then on_active(since_s) once at the next input, since_s
        seconds ago (0 for a source that hears input as it comes), and so on. Calling
        watch() again replaces threshold and callbacks.

        While idle (on_idle delivered), a new watch() keeps waiting for input, so each
        on_idle is still followed by one on_active; the new threshold counts from then.
        """

    def idle_seconds(self) -> float:
        """Seconds since the last input now."""

    def close(self) -> None:
        """Stop watching and hang up; safe twice."""


BusyAnswer = Callable[[str | None], None]
"""Told why the user should not be interrupted now ("full-screen app"), or None."""


class BusyPort(Protocol):
    """Whether now is a bad moment (adapters/busy_probe.py). Finding out takes other
    programs (the sound server, the notification server), so it is asked, and answered
    later, while the event loop runs on."""

    def ask(self, answer: BusyAnswer) -> None:
        """Find out and call `answer` once, from the event loop (never before ask
        returns), within about half a second: what is not known by then counts as not
        busy. A new ask replaces one still under way, which is then never answered."""


class BreakPort(Protocol):
    """The break window, as the coordinator sees it (ui/shell.py)."""

    def open_break(self, brk: Break) -> bool:
        """Open the break window for `brk`: on its offer page without taking the
        keyboard when it has an offer, else straight into the routine. False when
        another routine is still playing (then nothing opens; a break the user asked
        for brings that window to the front). How the window ends comes back to
        Coordinator.on_window_answered / on_window_ended with the same `brk`."""

    def opens_unfocused(self) -> bool:
        """Whether a window can open without taking the keyboard from the app the user
        is typing in. X11: yes. Wayland: the compositor decides, and sway and KWin give
        a new window the keyboard, so a due break must wait for a pause in typing."""

    def reminders_changed(self) -> None:
        """What the tray shows has changed."""


class ShellPort(Protocol):
    """What the command handling (core/control.py) asks of the user interface."""

    def show(self) -> None:
        """Bring the app to the user's attention (a second start asked for it)."""

    def quit(self) -> None: ...

    def show_settings(self) -> None:
        """Open the settings window (or bring it to the front)."""

    def reminders_changed(self) -> None:
        """Reminders were paused or resumed: refresh icon and tooltip."""

    def tray_docked(self) -> bool: ...


class Notes(Protocol):
    """Whether the user has seen the one-time safety note (adapters/acknowledged.py
    keeps it; the break window asks). Exercise cautions show every time, so they need
    no record."""

    def safety_note_seen(self) -> bool: ...

    def acknowledge_safety_note(self) -> None: ...


class Autostart(Protocol):
    """Turns "Start at login" on and off (adapters/autostart/); the settings dialog
    needs nothing else."""

    @property
    def where(self) -> str:
        """Where the entry lives, in words: the settings dialog shows it as a hint. (A
        property here, so that a plain attribute and a read-only property both match.)"""
        ...

    def is_enabled(self) -> bool: ...

    def enable(self) -> str | None:
        """None when done, else a sentence saying what went wrong."""
        ...

    def disable(self) -> str | None:
        """None when done (or already off), else a sentence saying what went wrong."""
        ...


class Companion(Protocol):
    """What a break does besides its window: a voice, pausing the media players. Made
    when the first break window opens, so none of it loads before (app.py, break_companion.py)."""

    @property
    def voice_on(self) -> bool: ...
    def set_voice(self, on: bool) -> None: ...
    def began(self, window: int) -> None: ...  # a routine started playing in `window`
    def moved(self, before: PlayerView | None, now: PlayerView) -> None: ...
    def closed(self, window: int) -> None: ...  # `window` is gone
    def close(self) -> None: ...  # the app quits
