"""Problems found in a user's files, described in words a person understands.

Loaders never stop at the first problem and never raise for bad input: they return
every Problem at once, each saying what was wrong and what the app does instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file.

    `where` names the spot a person would look for ("[breaks] stretch_every_min",
    "line 3"), `message` says what is wrong and what the app does about it.
    """

    file: str
    where: str
    message: str

    def __str__(self) -> str:
        if self.where:
            return f"{self.file}: {self.where}: {self.message}"
        return f"{self.file}: {self.message}"


def locate_toml_error(message: str, text: str) -> tuple[str, str]:
    """('line N', what tomllib found there) from a TOMLDecodeError message, for a Problem."""
    found = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    if found:
        detail = f"{message[: found.start()]} at column {found[2]}"
        return f"line {found[1]}", detail[:1].lower() + detail[1:]
    found = re.search(r"\s*\(at end of document\)$", message)
    if found:
        detail = f"{message[: found.start()]} at the end of the file"
        return f"line {max(1, len(text.splitlines()))}", detail[:1].lower() + detail[1:]
    return "", message[:1].lower() + message[1:]


def closest(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The known name a typo most likely meant, for "did you mean …?", or None.

    difflib is imported here, not at the top: only a mistake needs it, and a tray app
    that starts at login should not pay for it on every start.
    """
    import difflib

    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    return found[0] if found else None
