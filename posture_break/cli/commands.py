"""The command line: what a person may type, turned into a Command.

Parsing is pure so that every accepted and rejected input is tested without starting
the app. Bad input ends with argparse's usage line, a one-line error and exit code 2.
"""

from __future__ import annotations

import argparse
import re
from datetime import timedelta
from typing import NamedTuple

from posture_break import APP_ID, APP_NAME, PROTOCOL_VERSION, __version__

_DURATION = re.compile(r"(?:(?P<h>\d+)h)?(?:(?P<m>\d+)(?:m|min))?")
_PAUSE_HELP = "how long: 30m, 1h, 2h, 1h30m (1 minute to 24 hours) or 'tomorrow'"


class Command(NamedTuple):
    """One parsed invocation. `name` is "run" when the app itself should start."""

    name: str
    verbose: bool = False
    as_json: bool = False
    pause_for: timedelta | None = None  # None with name "pause" means until tomorrow
    routine: str | None = None  # with "start": None means the app's default routine
    csv_path: str | None = None  # with "stats": export the history there; "-" is stdout
    file: str | None = None  # with "export" and "import": the shared routine file
    edit: bool = False  # with "routines": open the Routines window of the running app

    def request(self) -> dict[str, object]:
        """The message sent to a running instance for this command."""
        names = {"run": "show", "routines": "edit-routines"}
        message: dict[str, object] = {"v": PROTOCOL_VERSION, "cmd": names.get(self.name, self.name)}
        if self.name == "pause":
            if self.pause_for is None:
                message["until"] = "tomorrow"
            else:
                message["minutes"] = int(self.pause_for.total_seconds() // 60)
        if self.name == "start":
            message["routine"] = self.routine
        return message


def parse_pause(text: str) -> timedelta | None:
    """ "30m", "1h", "1h30m", "90min" → a duration; "tomorrow" → None.

    Raises argparse.ArgumentTypeError with a sentence a person can act on.
    """
    cleaned = text.strip().lower().replace(" ", "")
    if cleaned in {"tomorrow", "untiltomorrow"}:
        return None
    if cleaned.isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' has no unit; write {cleaned}m or {cleaned}h")
    match = _DURATION.fullmatch(cleaned)
    if not cleaned or match is None:
        raise argparse.ArgumentTypeError(f"'{text}' is not a duration; {_PAUSE_HELP}")
    duration = timedelta(hours=int(match["h"] or 0), minutes=int(match["m"] or 0))
    if not timedelta(minutes=1) <= duration <= timedelta(hours=24):
        raise argparse.ArgumentTypeError(f"'{text}' is out of range; {_PAUSE_HELP}")
    return duration


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description=f"{APP_NAME} lives in the system tray and reminds you to stretch. "
        "Without a command it starts the app (or shows the one already running).",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="also print the log to the terminal"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    status = commands.add_parser("status", help="say whether reminders are on or paused")
    status.add_argument("--json", action="store_true", help="print the state as JSON")
    pause = commands.add_parser("pause", help="pause reminders for a while")
    pause.add_argument("duration", type=parse_pause, help=_PAUSE_HELP)
    commands.add_parser("resume", help="turn reminders back on")
    commands.add_parser("quit", help="quit the running app")
    commands.add_parser("settings", help="open the settings window of the running app")
    start = commands.add_parser("start", help="start a routine in the running app now")
    start.add_argument(
        "routine", nargs="?", help="the routine's id (see 'routines'); default: the app's default"
    )
    routines = commands.add_parser("routines", help="list the routines and how long they take")
    routines_output = routines.add_mutually_exclusive_group()
    routines_output.add_argument("--json", action="store_true", help="print the list as JSON")
    routines_output.add_argument(
        "--edit", action="store_true", help="open the Routines window of the running app"
    )
    commands.add_parser(
        "check", help="check the settings, routine and exercise files and list every problem"
    )
    stats = commands.add_parser(
        "stats", help="show how your breaks went: today, the last 7 days, your streak"
    )
    output = stats.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the figures as JSON")
    output.add_argument(
        "--csv", metavar="PATH", help="export every break and check-in as CSV ('-': print it)"
    )
    export = commands.add_parser(
        "export", help="save a routine, with your exercises and pictures it uses, as one file"
    )
    export.add_argument("routine", help="the routine's id (see 'routines')")
    export.add_argument(
        "file", help="where to save it, such as my-break.posture-break.toml (or a folder)"
    )
    shared = commands.add_parser(
        "import", help="add a routine shared as one file to yours (nothing is overwritten)"
    )
    shared.add_argument("file", help="the file, such as my-break.posture-break.toml")
    commands.add_parser(
        "install-desktop",
        help=f"add {APP_NAME} to your desktop's menu: a launcher and icons in your data folder",
    )
    commands.add_parser(
        "uninstall-desktop", help=f"take {APP_NAME} out of your desktop's menu again"
    )
    return parser


# The plain start, as a login's autostart or the desktop's menu runs it, mapped to the
# `verbose` argparse would give it: building the parser, with its fifteen subcommands,
# costs about 4 ms of the app's start for an answer known in advance.
_PLAIN_RUN = {(): False, ("-v",): True, ("--verbose",): True}


def parse_command(argv: list[str]) -> Command:
    """Parse the arguments after the program name; exits with code 2 on bad input."""
    verbose = _PLAIN_RUN.get(tuple(argv))
    if verbose is not None:
        return Command("run", verbose=verbose)
    return parse_with_parser(argv)


def parse_with_parser(argv: list[str]) -> Command:
    """What argparse makes of `argv` (parse_command skips it for the plain start)."""
    args = build_parser().parse_args(argv)
    name = args.command or "run"
    return Command(
        name=name,
        verbose=args.verbose,
        as_json=getattr(args, "json", False),
        pause_for=getattr(args, "duration", None),
        routine=getattr(args, "routine", None),
        csv_path=getattr(args, "csv", None),
        file=getattr(args, "file", None),
        edit=getattr(args, "edit", False),
    )
