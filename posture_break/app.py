"""Composition root: builds the tray app from its parts and runs the Qt loop."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from posture_break import APP_ID, APP_NAME, DESKTOP_ID, __version__
from posture_break.adapters.acknowledged import Acknowledgements
from posture_break.adapters.app_log import setup_logging
from posture_break.adapters.content import illustration_reader, load_content
from posture_break.adapters.history_db import FILE_NAME as HISTORY_FILE
from posture_break.adapters.history_db import History
from posture_break.adapters.instance_client import InstanceNotAnsweringError, send_request
from posture_break.adapters.memory import release_freed_memory
from posture_break.adapters.notify_dbus import DesktopNotifier
from posture_break.adapters.paths import AppPaths, ensure_private_dir
from posture_break.adapters.single_instance import CommandServer, InstanceLock
from posture_break.adapters.sound_cues import SoundCues
from posture_break.adapters.unix_signals import SignalWatcher
from posture_break.cli.commands import Command
from posture_break.core.catalog import Catalog
from posture_break.core.clock import Clock, SystemClock
from posture_break.core.control import PROTOCOL_VERSION, Control
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
from posture_break.live_settings import LiveSettings
from posture_break.ui.shell import BreakParts, Shell
from posture_break.ui.translations import load_translations, loaded_language

if TYPE_CHECKING:
    from posture_break.break_companion import BreakCompanion

log = logging.getLogger("posture_break")

# How long a tray host may take to appear at login before we open the no-tray window.
TRAY_WAIT_MS = 10_000
REMINDERS_AFTER_MS = 1000
TRAY_WAIT_ENV = "POSTURE_BREAK_TRAY_WAIT_MS"
TIME_SCALE_ENV = "POSTURE_BREAK_TIME_SCALE"
AppWords = Context("AppWords")


def run_app(command: Command, paths: AppPaths) -> int:
    ensure_private_dir(paths.runtime)
    lock = InstanceLock(paths.lock)
    if not lock.try_acquire():
        return _hand_over(command, paths)

    setup_logging(paths.log, command.verbose)
    log.info("%s %s starting (pid %d)", APP_NAME, __version__, os.getpid())
    # Qt and the translation first: the problems found in the user's files below are
    # worded for the start-up notice, in the user's language.
    app = QApplication([sys.argv[0]])
    # Qt names the StatusNotifierItem (its Id and the Title panels list) and the X11
    # window class after this; the files, the socket and the single-instance lock are
    # named after APP_ID by adapters/paths.py and do not depend on it.
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setQuitOnLastWindowClosed(False)
    translators = load_translations(app, QLocale.system())
    log.info("language: %s", translators[0].language() if translators else "English")

    clock = SystemClock()
    store = SettingsStore(paths.config, clock)
    loaded = store.load()
    for problem in loaded.problems:
        log.warning("settings: %s", problem)
    catalog, content_problems = load_content(paths, loaded_language(translators))
    for problem in content_problems:
        log.warning("routines: %s", problem)
    for note in catalog.notes:
        log.info("routines: %s", note)

    history = History(paths.data / HISTORY_FILE)
    notes = Acknowledgements(paths.data)
    sounds = SoundCues(loaded.settings.sound_volume)
    break_parts = BreakParts(clock, illustration_reader(paths), notes, sounds.play)
    parts = compose(
        clock,
        loaded.settings,
        catalog,
        store,
        _tray_wait_ms(),
        break_parts,
        _time_scale(),
        paths.data,
        partial(log_break, also=history.record),
    )
    parts.settings.use_adapters(sounds=sounds, notes=notes)
    language = loaded_language(translators)
    parts.shell.use_routines_window(partial(open_routines, parts, paths, language))
    shell = parts.shell
    history.on_problem = lambda message: _history_problem(parts, message)
    shell.use_statistics(lambda: history.summary(clock.now().date()))
    shell.checked_in.connect(
        lambda routine_id, score: history.check_in(clock.now(), score, routine_id)
    )
    try:
        handler = partial(answer_request, parts, paths, loaded_language(translators))
        server: CommandServer | None = CommandServer(paths.socket, handler, shell)
    except OSError as error:
        # The tray still works; only the command line cannot reach this instance.
        log.error("cannot listen on %s: %s", paths.socket, error)
        server = None
    SignalWatcher(lambda number: shell.quit(), shell)

    shell.start(_startup_message(loaded.problems, content_problems))
    # The scheduler and the idle watch start once the icon has had time to paint.
    QTimer.singleShot(REMINDERS_AFTER_MS, lambda: start_reminders(parts))
    code = app.exec()
    parts.notifier.close()  # a reminder left on screen would have dead buttons
    shell.close_companion()  # music paused for a routine still open plays again
    history.close()  # writes what waited for a locked or full disk, if it can now
    if server is not None:
        server.close()
    log.info("%s stopped", APP_NAME)
    return code


class Composed(NamedTuple):
    shell: Shell
    control: Control
    notifier: DesktopNotifier
    settings: LiveSettings


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
    """Wire the core to the shell: both the tray and the command line reach Control."""
    reminders = Reminders(clock)
    effect = in_effect(settings, full_catalog, time_scale)
    planner = Planner(effect.schedule, clock, reminders)
    coordinator = Coordinator(clock, reminders, planner, effect.catalog, record or log_break)
    control = Control(clock, reminders, settings, effect.catalog, coordinator)
    shell = Shell(control.view, tray_wait_ms, break_parts)
    shell.use_routines(effect.catalog.routines, settings.stay_on_top)
    control.attach(shell)
    coordinator.use_shell(shell)
    live = LiveSettings(
        store, full_catalog, effect, control, shell, data_dir or store.config_dir, time_scale
    )
    shell.use_settings_window(live.build_window)
    shell.break_window_gone.connect(release_freed_memory)
    notifier = DesktopNotifier(DESKTOP_ID, shell.tray.tell, shell)
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
    # Imported here, after the first paint: none of them is needed to draw the icon.
    from posture_break.adapters.busy_probe import BusyProbe
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
    coordinator.attach(wakeup, parts.notifier, idle, BusyProbe.open())


def _history_problem(parts: Composed, message: str) -> None:
    """The history could not be kept as it should: say so once (History tells each
    kind of trouble once); the app goes on, breaks are still in the log."""
    log.warning("history: %s", message)
    parts.notifier.notify(AppWords.tr("Your break history"), message)


def _hand_over(command: Command, paths: AppPaths) -> int:
    """A second start: tell the running instance to show itself, then leave."""
    try:
        reply = send_request(paths.socket, paths.lock, command.request())
    except InstanceNotAnsweringError:
        reply = None
    if reply is None:
        print(f"{APP_NAME} seems to be starting or stuck; try again in a moment.")
        return 1
    print(reply.get("message"))
    return 0


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


def _tray_wait_ms() -> int:
    value = os.environ.get(TRAY_WAIT_ENV, "")
    return int(value) if value.isdigit() else TRAY_WAIT_MS
