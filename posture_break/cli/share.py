"""`posture-break export ROUTINE FILE` and `posture-break import FILE`: a routine shared
as one file (core/shared_format.py), answered without the app and without Qt.

    $ posture-break import my-break.posture-break.toml
    my-break.posture-break.toml holds:
    The routine "My break" (2 min), 2 steps:
      1. Neck roll (an exercise of its own)
      2. Chin tuck
    Pictures: neck-roll.svg (3 KiB).
    Added to /home/me/.local/share/posture-break: routines/my-break.toml, ...
    The menu lists 5 routines now.

A refusal is one line on stderr and exit code 1; nothing is written then. After an
import the running app, if there is one, is asked to read the routine files again.
"""

from __future__ import annotations

import sys
from pathlib import Path

from posture_break import APP_ID, APP_NAME, PROTOCOL_VERSION
from posture_break.adapters.instance_client import InstanceNotAnsweringError, send_request
from posture_break.adapters.paths import AppPaths
from posture_break.adapters.shared_routines import add_to_data_folder, export_to, plan_from_file
from posture_break.cli.commands import Command
from posture_break.core.shared_format import SharingRefusedError
from posture_break.core.shared_import import contents


def share(command: Command, paths: AppPaths) -> int:
    """Run `export` or `import`; 0 when done, 1 when refused."""
    file = Path(command.file or "")
    try:
        if command.name == "export":
            return _export(command.routine or "", file, paths)
        return _import(file, paths)
    except SharingRefusedError as refused:
        verb = "exported" if command.name == "export" else "imported"
        print(f"Not {verb}: {refused}", file=sys.stderr)
        return 1


def _export(routine_id: str, file: Path, paths: AppPaths) -> int:
    written = export_to(routine_id, file, paths)
    print(f"Saved the routine {routine_id} in {written}.")
    print(f"Whoever has {APP_NAME} adds it to theirs with: {APP_ID} import {written.name}")
    return 0


def _import(file: Path, paths: AppPaths) -> int:
    plan = plan_from_file(file, paths)
    print(f"{file.name} holds:")
    for line in contents(plan):
        print(line)
    for sentence in plan.renamed:
        print(sentence)
    for problem in plan.notes:
        print(f"note: {problem}")
    written = add_to_data_folder(plan, paths)
    added = ", ".join(str(path.relative_to(paths.data)) for path in written)
    print(f"Added to {paths.data}: {added}.")
    print(_reload(paths))
    print(f"Start it with: {APP_ID} start {plan.shared.routine_id}")
    return 0


def _reload(paths: AppPaths) -> str:
    """Ask the running app to read the routine files again; what it said, or why not."""
    request: dict[str, object] = {"v": PROTOCOL_VERSION, "cmd": "reload"}
    try:
        reply = send_request(paths.socket, paths.lock, request)
    except InstanceNotAnsweringError:
        return f"{APP_NAME} is running but did not answer; restart it to see the routine."
    if reply is None:
        return f"{APP_NAME} is not running; its menu lists the routine from its next start."
    if not reply.get("ok"):
        return f"{APP_NAME} could not read it yet ({reply.get('message')}); restart it."
    return str(reply.get("message"))
