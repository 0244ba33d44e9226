"""Reading the test desktop's notification daemon (dunst) the way a user reads popups."""

from __future__ import annotations

import json
import subprocess


def displayed_count() -> int:
    result = subprocess.run(["dunstctl", "count", "displayed"], capture_output=True, text=True)
    return int(result.stdout.strip() or 0)


def clear_notifications() -> None:
    subprocess.run(["dunstctl", "close-all"], check=True)


def newest_notification() -> tuple[str, str]:
    """(title, body) of the latest notification; closes those on screen first."""
    clear_notifications()
    history = json.loads(
        subprocess.run(["dunstctl", "history"], capture_output=True, text=True, check=True).stdout
    )["data"][0]
    return history[0]["summary"]["data"], history[0]["body"]["data"]
