"""Everything the tray app is made of besides its icon, wired together once the icon
has been painted (app.py shows the icon first, then calls `start_app`).

Settings and routines are read here, the core is built and given the shell, the
history, the notifier and the command socket are made; a second later
`start_reminders` gives the core its wakeup and its idle, lock and sleep watches.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from posture_break import APP_ID, PROTOCOL_VERSION
from posture_break.adapters.acknowledged import Acknowledgements
from posture_break.adapters.content import illustration_reader, load_content
from posture_break.adapters.history_db import FILE_NAME as HISTORY_FILE
from posture_break.adapters.history_db import History
from posture_break.adapters.memory import release_freed_memory
from posture_break.adapters.paths import AppPaths
from posture_break.adapters.single_instance import CommandServer
from posture_break.adapters.sound_cues import SoundCues
from posture_break.core.catalog import Catalog
from posture_break.core.clock import Clock, SystemClock
from posture_break.core.control import Control
from posture_break.core.coordinator import Coordinator
from posture_break.core.i18n import Context
from posture_break.core.in_effect import in_effect
from posture_break.core.pause import Reminders
from posture_break.core.planner import Planner
from posture_break.core.ports import Recorder
from posture_break.core.problems import Problem
from posture_break.core.settings import Settings
from posture_break.core.settings_store import SettingsStore
from posture_break.core.values import BreakRecord
from posture_break.first_use import BusyOnFirstAsk, NotifierOnFirstUse
from posture_break.live_settings import LiveSettings
from posture_break.ui.shell import BreakParts, Shell

if TYPE_CHECKING:
    from posture_break.break_companion import BreakCompanion

log = logging.getLogger("posture_break")

REMINDERS_AFTER_MS = 1000
TIME_SCALE_ENV = "POSTURE_BREAK_TIME_SCALE"
AppWords = Context("AppWords")


class Composed(NamedTuple):
    shell: Shell
    control: Control
    notifier: NotifierOnFirstUse
    settings: LiveSettings


class Started(NamedTuple):
    """What `start_app` made that must be closed when the app quits."""

    parts: Composed
    history: History

    def close(self) -> None:
        self.parts.notifier.close()  # a reminder left on screen would have dead buttons
        self.parts.shell.close_companion()  # music paused for a routine plays again
        self.history.close()  # writes what waited for a locked or full disk, if it can now


def start_app(
    paths: AppPaths, language: str | None, shell: Shell, server: CommandServer | None
) -> Started:
    """Read the settings and routines, build the core around the `shell` whose icon is
    already on screen, and answer the command line on `server`."""
    clock = SystemClock()
    store = SettingsStore(paths.config, clock)
    loaded = store.load()
    for problem in loaded.problems:
        log.warning("settings: %s", problem)
    catalog, content_problems = load_content(paths, language)
    for problem in content_problems:
        log.warning("routines: %s", problem)
    for note in catalog.notes:
        log.info("routines: %s", note)

    history = History(paths.data / HISTORY_FILE)
    notes = Acknowledgements(paths.data)
    sounds = SoundCues(loaded.settings.sound_volume)
    shell.use_break_parts(BreakParts(clock, illustration_reader(paths), notes, sounds.play))
    parts = wire_shell(
        shell,
        clock,
        loaded.settings,
        catalog,
        store,
        _time_scale(),
        paths.data,
        partial(log_break, also=history.record),
    )
    parts.settings.use_adapters(sounds=sounds, notes=notes)
    shell.use_routines_window(partial(open_routines, parts, paths, language))
    history.on_problem = lambda message: _history_problem(parts, message)
    shell.use_statistics(lambda: history.summary(clock.now().date()))
    shell.checked_in.connect(
        lambda routine_id, score: history.check_in(clock.now(), score, routine_id)
    )
    if server is not None:
        server.answer_with(partial(answer_request, parts, paths, language))

    shell.start(_startup_message(loaded.problems, content_problems))
    QTimer.singleShot(REMINDERS_AFTER_MS, lambda: start_reminders(parts))
    return Started(parts, history)


def compose(
    clock: Clock,
    settings: Settings,
    full_catalog: Catalog,
    store: SettingsStore,
    tray_wait_ms: int,
    break_parts: BreakParts,
    time_scale: float = 1.0,
    data_dir: Path | None = None,
    record: Recorder | None = None,
) -> Composed:
    """A new shell wired to the core (tests and benches build the app this way)."""
    shell = Shell(None, tray_wait_ms, break_parts)
    return wire_shell(shell, clock, settings, full_catalog, store, time_scale, data_dir, record)


def wire_shell(
    shell: Shell,
    clock: Clock,
    settings: Settings,
    full_catalog: Catalog,
    store: SettingsStore,
    time_scale: float = 1.0,
    data_dir: Path | None = None,
    record: Recorder | None = None,
) -> Composed:
    """Wire the core to the shell: both the tray and the command line reach Control."""
    reminders = Reminders(clock)
    effect = in_effect(settings, full_catalog, time_scale)
    planner = Planner(effect.schedule, clock, reminders)
    coordinator = Coordinator(clock, reminders, planner, effect.catalog, record or log_break)
    control = Control(clock, reminders, settings, effect.catalog, coordinator)
    shell.use_routines(effect.catalog.routines, settings.stay_on_top)
    control.attach(shell)
    coordinator.use_shell(shell)
    shell.use_status(control.view)
    live = LiveSettings(
        store, full_catalog, effect, control, shell, data_dir or store.config_dir, time_scale
    )
    shell.use_settings_window(live.build_window)
    shell.break_window_gone.connect(release_freed_memory)
    notifier = NotifierOnFirstUse(shell.tray.tell, shell)
    shell.use_notifications(notifier.notify)
    shell.menu.routine_requested.connect(control.start)
    shell.menu.pause_requested.connect(
        lambda minutes: control.pause(timedelta(minutes=minutes) if minutes else None)
    )
    shell.menu.resume_requested.connect(control.resume)
    shell.window_answered.connect(coordinator.on_window_answered)
    shell.window_ended.connect(coordinator.on_window_ended)
    shell.use_companion(partial(break_companion, control, live))
    return Composed(shell, control, notifier, live)


def answer_request(
    parts: Composed, paths: AppPaths, language: str | None, request: Mapping[str, object]
) -> dict[str, object]:
    """A request from the command line: Control answers all but "reload", which reads
    the routine files again into every layer (live_content.py, imported when asked),
    and "edit-routines", which opens the Routines window."""
    if request.get("cmd") == "edit-routines" and request.get("v") == PROTOCOL_VERSION:
        parts.shell.show_routines()
        return {"ok": True, "message": AppWords.tr("The Routines window is open.")}
    if request.get("cmd") != "reload":
        return parts.control.handle(request)
    from posture_break.live_content import answer_reload

    return answer_reload(parts.settings, parts.control, paths, language, request)


def open_routines(parts: Composed, paths: AppPaths, language: str | None) -> QWidget:
    """The Routines window, built when it is first opened: nothing of it, nor of the
    routine editor, is imported before."""
    from posture_break.live_routines import routines_window

    return routines_window(parts.settings, parts.control, paths, language)


def break_companion(control: Control, live: LiveSettings) -> BreakCompanion:
    """The voice and the media pause, made when the first break window opens."""
    from posture_break.break_companion import BreakCompanion  # first use only

    return BreakCompanion(lambda: control.settings, live.apply_elsewhere)


def log_break(record: BreakRecord, also: Recorder | None = None) -> None:
    """The log keeps each break, and `also` (the history): a history that cannot be
    written loses nothing."""
    what = record.routine_id or ""
    outcome = record.outcome.value
    log.info("break: %s %s %s %d s", record.kind.value, outcome, what, record.seconds)
    if also is not None:
        also(record)


def start_reminders(parts: Composed) -> None:
    """Give the coordinator its wakeup, its idle, lock and sleep watches, the busy probe
    and the notifier: from here on breaks come by themselves. Without an idle source
    (X11 SYNC, the Wayland compositor's idle protocol, or GNOME's idle monitor) they
    follow the clock alone."""
    # Imported here, a second after the rest: none of them is needed before.
    from posture_break.adapters.idle_choice import open_idle_watch
    from posture_break.adapters.session_watch import SessionWatch
    from posture_break.adapters.wakeup import Wakeup

    coordinator = parts.control.coordinator
    wakeup = Wakeup(coordinator.on_due, parts.shell)
    idle = open_idle_watch(parts.shell)
    if idle is None:
        log.warning("no idle detection on this desktop: breaks follow the clock alone")
    else:
        threshold_s = coordinator.planner.schedule.idle_after_s
        idle.watch(threshold_s, coordinator.on_idle, coordinator.on_active)
        parts.control.idle_source = idle.name
        log.info("idle source: %s", idle.name)
        parts.shell.use_idle(idle.idle_seconds)
        parts.settings.use_adapters(idle=idle)
    session = SessionWatch(
        coordinator.on_locked, coordinator.on_active, coordinator.on_sleep, parts.shell
    )
    session.start()
    coordinator.attach(wakeup, parts.notifier, idle, BusyOnFirstAsk())


def _history_problem(parts: Composed, message: str) -> None:
    """The history could not be kept as it should: say so once (History tells each
    kind of trouble once); the app goes on, breaks are still in the log."""
    log.warning("history: %s", message)
    parts.notifier.notify(AppWords.tr("Your break history"), message)


def _startup_message(
    settings_problems: list[Problem], content_problems: list[Problem]
) -> tuple[str, str] | None:
    """One notification for every problem found at start, in plain words."""
    if not settings_problems and not content_problems:
        return None
    lines = [_short(problem) for problem in (*settings_problems, *content_problems)]
    shown = [f"• {line}" for line in lines[:3]]
    if len(lines) > 3:
        shown.append(AppWords.tr("…and %n more.", None, len(lines) - 3))
    shown.append(AppWords.tr("Run “{command}” to see them all.").format(command=f"{APP_ID} check"))
    if not content_problems:
        title = AppWords.tr("Some of your settings were not used")
    elif not settings_problems:
        title = AppWords.tr("Some of your routine files were not used")
    else:
        title = AppWords.tr("Some of your settings and routine files were not used")
    return title, "\n".join(shown)


def _short(problem: Problem) -> str:
    """A problem with its file named, not its full path: a notification is small."""
    name = Path(problem.file).name
    return ": ".join(part for part in (name, problem.where, problem.message) if part)


def _time_scale() -> float:
    """POSTURE_BREAK_TIME_SCALE=0.05 plays the schedule 20 times faster (demos, tests)."""
    try:
        scale = float(os.environ.get(TIME_SCALE_ENV, "1"))
    except ValueError:
        scale = 1.0
    if not 0 < scale <= 1:
        scale = 1.0
    if scale != 1.0:
        log.warning("%s: the break schedule runs %g times as fast", TIME_SCALE_ENV, 1 / scale)
    return scale
