"""The tray app's start: the icon first, then everything else.

Until the icon is painted the app loads and builds only what draws it and holds its
menu: Qt, the translation, the shell and its tray, the command socket (which answers
later) and the signal watch. A moment after the icon is shown, or at once when its menu
is opened first, composition.py reads the settings and routines and wires the core, the
history and the notifier; a second later the reminders' watches start.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication

import posture_break.pyside_import  # noqa: F401  (first of ours: see its docstring)
from posture_break import APP_NAME, DESKTOP_ID, __version__
from posture_break.adapters.app_log import setup_logging
from posture_break.adapters.instance_client import InstanceNotAnsweringError, send_request
from posture_break.adapters.paths import AppPaths, ensure_private_dir
from posture_break.adapters.single_instance import CommandServer, InstanceLock
from posture_break.adapters.unix_signals import SignalWatcher
from posture_break.cli.commands import Command
from posture_break.ui.shell import Shell
from posture_break.ui.translations import load_translations, loaded_language

if TYPE_CHECKING:
    from posture_break.composition import Started

log = logging.getLogger("posture_break")

# How long a tray host may take to appear at login before we open the no-tray window.
TRAY_WAIT_MS = 10_000
TRAY_WAIT_ENV = "POSTURE_BREAK_TRAY_WAIT_MS"
# Time for a tray host to embed the icon and Qt to paint it (15 ms on an idle machine,
# a few times that on a busy one) before the rest of the app is built.
REST_AFTER_MS = 250


def run_app(command: Command, paths: AppPaths) -> int:
    ensure_private_dir(paths.runtime)
    lock = InstanceLock(paths.lock)
    if not lock.try_acquire():
        return _hand_over(command, paths)

    setup_logging(paths.log, command.verbose)
    log.info("%s %s starting (pid %d)", APP_NAME, __version__, os.getpid())
    # Qt and the translation first: the menu is worded in the user's language, and so
    # are the problems found in the user's files (the start-up notice).
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

    shell = Shell(None, _tray_wait_ms())
    shell.show_icon()
    try:
        # Listening now, answering once the core is there: a command sent meanwhile waits.
        server: CommandServer | None = CommandServer(paths.socket, None, shell)
    except OSError as error:
        # The tray still works; only the command line cannot reach this instance.
        log.error("cannot listen on %s: %s", paths.socket, error)
        server = None
    SignalWatcher(lambda number: shell.quit(), shell)
    started: list[Started] = []

    def start_the_rest() -> None:
        if started:
            return
        from posture_break.composition import start_app  # after the first paint

        started.append(start_app(paths, loaded_language(translators), shell, server))

    _start_soon(shell, start_the_rest)
    code = app.exec()
    for parts in started:
        parts.close()
    if server is not None:
        server.close()
    log.info("%s stopped", APP_NAME)
    return code


def _start_soon(shell: Shell, start: Callable[[], None]) -> None:
    """Call `start` once the icon has had time to be painted, or before, when its menu
    is about to open or the icon is clicked: the menu then opens with everything in it.

    Waiting for the paint itself would mean finding Qt's XEmbed icon widget from Python,
    and converting that private widget makes PySide6 build the enums of some eighty
    widget classes: 12 ms and memory that the app would then hold all day."""
    shell.menu.menu.aboutToShow.connect(start)
    shell.tray.icon.activated.connect(start)
    QTimer.singleShot(REST_AFTER_MS, start)


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


def _tray_wait_ms() -> int:
    value = os.environ.get(TRAY_WAIT_ENV, "")
    return int(value) if value.isdigit() else TRAY_WAIT_MS
