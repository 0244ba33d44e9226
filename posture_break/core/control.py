"""What the running instance does with a request, from the tray or the command line.

Both paths end here, so a pause from the menu and `posture-break pause 30m` cannot
behave differently. Requests and replies are plain dicts (one JSON line each way).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import asdict
from datetime import timedelta
from typing import TYPE_CHECKING

from posture_break import APP_ID, APP_NAME, PROTOCOL_VERSION, __version__
from posture_break.core.i18n import Context
from posture_break.core.timeline import minutes_label, routine_length_s
from posture_break.core.values import StatusView

if TYPE_CHECKING:
    from posture_break.core.catalog import Catalog
    from posture_break.core.clock import Clock
    from posture_break.core.coordinator import Coordinator
    from posture_break.core.in_effect import InEffect
    from posture_break.core.pause import Reminders
    from posture_break.core.ports import ShellPort
    from posture_break.core.settings import Settings

ControlWords = Context("ControlWords")


class Control:
    def __init__(
        self,
        clock: Clock,
        reminders: Reminders,
        settings: Settings,
        catalog: Catalog,
        coordinator: Coordinator,
    ) -> None:
        self._clock = clock
        self._reminders = reminders
        self._settings = settings
        self.catalog = catalog
        self.coordinator = coordinator
        self._shell: ShellPort | None = None
        self.idle_source: str | None = None  # its name; None: breaks follow the clock

    @property
    def settings(self) -> Settings:
        return self._settings

    def use_settings(self, settings: Settings, effect: InEffect) -> None:
        """Settings changed while running: routines, schedule and status follow at once."""
        self._settings = settings
        self.catalog = effect.catalog
        self.coordinator.use(effect.schedule, effect.catalog)

    def attach(self, shell: ShellPort) -> None:
        """Connect the user interface; the shell itself reads view() from us."""
        self._shell = shell

    @property
    def shell(self) -> ShellPort:
        if self._shell is None:
            raise RuntimeError("Control.attach() was not called")
        return self._shell

    def status_line(self) -> str:
        return self.view().line

    def view(self) -> StatusView:
        status = self._reminders.status()
        line = status.describe(self._clock.now())
        tooltip = line
        coming = None if status.paused else self.coordinator.status()
        if coming is not None:
            line, tooltip = coming
        return StatusView(
            line=line,
            paused=status.paused,
            changes_in_s=self._reminders.seconds_until_resume(),
            tooltip=tooltip,
        )

    def state(self) -> dict[str, object]:
        """Everything `posture-break status --json` prints."""
        status = self._reminders.status()
        return {
            "running": True,
            "version": __version__,
            "pid": os.getpid(),
            "reminders": "paused" if status.paused else "on",
            "paused_until": status.paused_until.isoformat() if status.paused_until else None,
            "status": self.status_line(),
            "next_break": self._next_break(),
            "tray": "docked" if self.shell.tray_docked() else "no tray on this desktop",
            "idle_source": self.idle_source,
            "settings": asdict(self._settings),
        }

    def _next_break(self) -> dict[str, object] | None:
        coming = None if self._reminders.status().paused else self.coordinator.planner.coming()
        if coming is None:
            return None
        kind, in_s = coming
        return {"kind": kind.value, "in_s": round(in_s)}

    def pause(self, duration: timedelta | None) -> str:
        """Pause for `duration`, or until tomorrow morning when it is None."""
        self.coordinator.pause_changing()
        if duration is None:
            self._reminders.pause_until_tomorrow()
        else:
            self._reminders.pause_for(duration)
        self.coordinator.pause_changed()
        self.shell.reminders_changed()
        return self.status_line()

    def resume(self) -> str:
        self.coordinator.pause_changing()
        self._reminders.resume()
        self.coordinator.pause_changed()
        self.shell.reminders_changed()
        return self.status_line()

    def start(self, routine_id: str | None = None) -> tuple[bool, str]:
        """Open a routine now, the default one when `routine_id` is None."""
        routine = self.catalog.default() if routine_id is None else self.catalog.routine(routine_id)
        if routine is None:
            if routine_id is None:
                message = ControlWords.tr("No routine could be loaded; run '{command} check'.")
                return False, message.format(command=APP_ID)
            names = ", ".join(r.id for r in self.catalog.routines)
            message = ControlWords.tr("No routine called '{id}'. Routines: {names}.")
            return False, message.format(id=routine_id, names=names)
        if self.coordinator.start_routine(routine):
            message = ControlWords.tr("Starting {routine} ({length}).")
            length = minutes_label(routine_length_s(routine))
            return True, message.format(routine=routine.name, length=length)
        return True, ControlWords.tr("A routine is already playing; its window is in front.")

    def handle(self, request: Mapping[str, object]) -> dict[str, object]:
        """Answer one request; never raises for a malformed one."""
        if request.get("v") != PROTOCOL_VERSION:
            message = ControlWords.tr("this {app} speaks another protocol version; restart it")
            return _refuse(message.format(app=APP_NAME))
        command = request.get("cmd")
        if command == "status":
            return {"ok": True, "message": self.status_line(), "state": self.state()}
        if command == "pause":
            return self._handle_pause(request)
        if command == "resume":
            return {"ok": True, "message": self.resume()}
        if command == "start":
            routine_id = request.get("routine")
            if routine_id is not None and not isinstance(routine_id, str):
                return _refuse(ControlWords.tr("a routine is named by its id, such as desk-neck"))
            ok, message = self.start(routine_id)
            return {"ok": ok, "message": message}
        if command == "settings":
            self.shell.show_settings()
            return {"ok": True, "message": ControlWords.tr("The settings window is open.")}
        if command == "show":
            self.shell.show()
            message = ControlWords.tr("{app} is already running.").format(app=APP_NAME)
            return {"ok": True, "message": message}
        if command == "quit":
            self.shell.quit()
            message = ControlWords.tr("{app} is quitting.").format(app=APP_NAME)
            return {"ok": True, "message": message}
        return _refuse(ControlWords.tr("unknown command {command}").format(command=repr(command)))

    def _handle_pause(self, request: Mapping[str, object]) -> dict[str, object]:
        if request.get("until") == "tomorrow":
            return {"ok": True, "message": self.pause(None)}
        minutes = request.get("minutes")
        if type(minutes) is not int or not 1 <= minutes <= 24 * 60:
            return _refuse(ControlWords.tr("a pause lasts from 1 minute to 24 hours"))
        return {"ok": True, "message": self.pause(timedelta(minutes=minutes))}


def _refuse(reason: str) -> dict[str, object]:
    return {"ok": False, "message": reason}
