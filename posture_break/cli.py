"""The `posture-break` command: starts the app or talks to the running one.

Only the standard library is imported here, so `posture-break status` answers without
loading Qt; the tray app is imported when it is actually started. `routines`, `check`
and the routine id given to `start` are answered from the files alone, without the app.
"""

from __future__ import annotations

import json
import sys

from posture_break import APP_ID, APP_NAME
from posture_break.adapters.content import load_content
from posture_break.adapters.instance_client import InstanceNotAnsweringError, send_request
from posture_break.adapters.paths import AppPaths
from posture_break.check import check_all
from posture_break.core.commands import Command, parse_command
from posture_break.core.playback import minutes_label, routine_length_s, whole_minutes
from posture_break.core.problems import closest


def main(argv: list[str] | None = None) -> int:
    command = parse_command(sys.argv[1:] if argv is None else argv)
    paths = AppPaths.from_platformdirs()
    if command.name == "check":
        return check_all(paths)
    if command.name == "routines":
        return list_routines(paths, command.as_json)
    if command.name == "run":
        from posture_break.app import run_app

        return run_app(command, paths)
    if command.name == "start" and command.routine is not None:
        unknown = unknown_routine(paths, command.routine)
        if unknown:
            print(unknown, file=sys.stderr)
            return 2
    return ask_running_instance(command, paths)


def list_routines(paths: AppPaths, as_json: bool) -> int:
    """The routines in menu order with their lengths; 1 if none loads at all."""
    catalog, problems = load_content(paths)
    rows = [(routine, routine_length_s(routine)) for routine in catalog.routines]
    if as_json:
        listed = [
            {
                "id": routine.id,
                "name": routine.name,
                "minutes": whole_minutes(seconds),
                "seconds": seconds,
                "default": routine.id == catalog.default_id,
            }
            for routine, seconds in rows
        ]
        print(json.dumps(listed, indent=2))
    if not rows:
        print(f"No routine could be loaded; run '{APP_ID} check' to see why.", file=sys.stderr)
        return 1
    if not as_json:
        id_width = max(len(routine.id) for routine, _ in rows)
        name_width = max(len(routine.name) for routine, _ in rows)
        label_width = max(len(minutes_label(seconds)) for _, seconds in rows)
        for routine, seconds in rows:
            default = "  (default)" if routine.id == catalog.default_id else ""
            label = minutes_label(seconds)
            line = f"{routine.id:<{id_width}}  {routine.name:<{name_width}}  {label:>{label_width}}"
            print(line + default)
    if problems:
        see = f"run '{APP_ID} check' to see them"
        print(f"{len(problems)} problem(s) in your routine files; {see}", file=sys.stderr)
    return 0


def unknown_routine(paths: AppPaths, routine_id: str) -> str | None:
    """What to say when no routine has this id; None when one has."""
    catalog, _problems = load_content(paths)
    if catalog.routine(routine_id) is not None:
        return None
    ids = [routine.id for routine in catalog.routines]
    message = f"No routine called '{routine_id}'."
    close = closest(routine_id, ids)
    if close:
        message += f" Did you mean '{close}'?"
    if ids:
        return f"{message} Routines: {', '.join(ids)}."
    return f"{message} No routine could be loaded; run '{APP_ID} check' to see why."


def ask_running_instance(command: Command, paths: AppPaths) -> int:
    try:
        reply = send_request(paths.socket, paths.lock, command.request())
    except InstanceNotAnsweringError:
        print(f"{APP_NAME} is running but did not answer; try again, or restart it.")
        return 1
    if reply is None:
        if command.as_json:
            print(json.dumps({"running": False}))
        elif command.name == "start":
            print(f"{APP_NAME} is not running. Start it first with '{APP_ID}'.")
        else:
            print(f"{APP_NAME} is not running.")
        return 1
    if command.as_json:
        print(json.dumps(reply.get("state"), indent=2))
    else:
        print(reply.get("message"))
    return 0 if reply.get("ok") else 1
