"""The `posture-break` command: starts the app or talks to the running one.

Only the standard library is imported here, so `posture-break status` answers without
loading Qt; the tray app is imported when it is actually started. `routines`, `check`,
`stats`, `export`, `import`, `install-desktop`, `uninstall-desktop` and the routine id
given to `start` are answered from the files alone, without the app (routines.py,
check.py, stats.py, share.py, desktop.py); `import` then asks a running app to reload.
"""

from __future__ import annotations

import json
import os
import sys

from posture_break import APP_ID, APP_NAME
from posture_break.adapters.instance_client import InstanceNotAnsweringError, send_request
from posture_break.adapters.paths import AppPaths
from posture_break.cli.commands import Command, parse_command


def main(argv: list[str] | None = None) -> int:
    command = parse_command(sys.argv[1:] if argv is None else argv)
    paths = AppPaths.from_platformdirs()
    # Routine files are read only by the commands that need them, so `status` and
    # `pause` answer without loading the routine loader.
    if command.name == "check":
        from posture_break.cli.check import check_all

        return check_all(paths)
    if command.name == "routines" and not command.edit:
        from posture_break.cli.routines import list_routines

        return list_routines(paths, command.as_json)
    if command.name == "stats":
        from posture_break.cli.stats import show_stats

        return show_stats(paths, command)
    if command.name in ("export", "import"):
        from posture_break.cli.share import share

        return share(command, paths)
    if command.name == "install-desktop":
        from posture_break.cli.desktop import install_desktop

        return install_desktop()
    if command.name == "uninstall-desktop":
        from posture_break.cli.desktop import uninstall_desktop

        return uninstall_desktop()
    if command.name == "run":
        if no_graphical_session():
            print(
                f"{APP_NAME} needs a graphical session: start it from your desktop (its menu, "
                "or a terminal there), or set DISPLAY or WAYLAND_DISPLAY to your display.",
                file=sys.stderr,
            )
            return 1
        from posture_break.app import run_app

        return run_app(command, paths)
    if command.name == "start" and command.routine is not None:
        from posture_break.cli.routines import unknown_routine

        unknown = unknown_routine(paths, command.routine)
        if unknown:
            print(unknown, file=sys.stderr)
            return 2
    return ask_running_instance(command, paths)


def no_graphical_session() -> bool:
    """True in a terminal without a desktop (a console, ssh): Qt would abort there, with
    a message about X libraries that says nothing to the user. Windows and macOS always
    have one; QT_QPA_PLATFORM names a platform that may need no display."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ask_running_instance(command: Command, paths: AppPaths) -> int:
    try:
        reply = send_request(paths.socket, paths.lock, command.request())
    except InstanceNotAnsweringError:
        print(f"{APP_NAME} is running but did not answer; try again, or restart it.")
        return 1
    if reply is None:
        if command.as_json:
            print(json.dumps({"running": False}))
        elif command.name in ("start", "settings", "routines"):
            print(f"{APP_NAME} is not running. Start it first with '{APP_ID}'.")
        else:
            print(f"{APP_NAME} is not running.")
        return 1
    if command.as_json:
        print(json.dumps(reply.get("state"), indent=2))
    else:
        print(reply.get("message"))
    return 0 if reply.get("ok") else 1
