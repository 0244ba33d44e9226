"""The `posture-break` command: starts the app or talks to the running one.

Only the standard library is imported here, so `posture-break status` answers without
loading Qt; the tray app is imported when it is actually started.
"""

from __future__ import annotations

import json
import sys

from posture_break import APP_NAME
from posture_break.adapters.instance_client import InstanceNotAnsweringError, send_request
from posture_break.adapters.paths import AppPaths
from posture_break.core.clock import SystemClock
from posture_break.core.commands import Command, parse_command
from posture_break.core.settings_store import SettingsStore


def main(argv: list[str] | None = None) -> int:
    command = parse_command(sys.argv[1:] if argv is None else argv)
    paths = AppPaths.from_platformdirs()
    if command.name == "check":
        return check_settings(paths)
    if command.name == "run":
        from posture_break.app import run_app

        return run_app(command, paths)
    return ask_running_instance(command, paths)


def check_settings(paths: AppPaths) -> int:
    """Print every problem in the settings file; exit 1 if there is any."""
    store = SettingsStore(paths.config, SystemClock())
    problems = store.check()
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {store.path}", file=sys.stderr)
        return 1
    print(f"{store.path}: no problems")
    return 0


def ask_running_instance(command: Command, paths: AppPaths) -> int:
    try:
        reply = send_request(paths.socket, paths.lock, command.request())
    except InstanceNotAnsweringError:
        print(f"{APP_NAME} is running but did not answer; try again, or restart it.")
        return 1
    if reply is None:
        if command.as_json:
            print(json.dumps({"running": False}))
        else:
            print(f"{APP_NAME} is not running.")
        return 1
    if command.as_json:
        print(json.dumps(reply.get("state"), indent=2))
    else:
        print(reply.get("message"))
    return 0 if reply.get("ok") else 1
