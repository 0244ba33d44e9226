"""Reading and answering the test desktop's notification daemon (dunst) the way a user
reads popups and picks their buttons."""

from __future__ import annotations

import json
import os
import subprocess


def dunstctl(*args: str) -> str:
    return subprocess.run(["dunstctl", *args], capture_output=True, text=True, check=True).stdout


def displayed_count() -> int:
    return int(dunstctl("count", "displayed").strip() or 0)


def clear_notifications() -> None:
    dunstctl("close-all")


def history() -> list[tuple[str, str]]:
    """(summary, body) of the notifications dunst has closed, newest first."""
    entries = json.loads(dunstctl("history"))["data"][0]
    return [(entry["summary"]["data"], entry["body"]["data"]) for entry in entries]


def shown_notifications() -> list[tuple[str, str]]:
    """(summary, body) of everything dunst showed, newest first; closes those on screen."""
    clear_notifications()
    return history()


def newest_notification() -> tuple[str, str]:
    return shown_notifications()[0]


def pick_in_context_menu(key: str) -> None:
    """What a user does in dunst's context menu: choose the action `key` (the test
    desktop's dmenu stand-in picks what $DUNST_PICK_FILE names)."""
    with open(os.environ["DUNST_PICK_FILE"], "w") as pick:
        pick.write(key)
    dunstctl("context")
