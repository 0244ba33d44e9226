"""Problems found in a user's files, described in words a person understands.

Loaders never stop at the first problem and never raise for bad input: they return
every Problem at once, each saying what was wrong and what the app does instead.
"""

from __future__ import annotations

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
