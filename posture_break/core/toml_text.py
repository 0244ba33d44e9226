"""TOML text from a person's file, parsed without any parser failure escaping.

tomllib descends once for every list or table inside another, so a file of tens of
thousands of `[` (a slip of a script, or a damaged file) would end in a RecursionError
that no reader expects, and stop the app at start. Here it is one more way for a file
not to be valid TOML, with words of its own.
"""

from __future__ import annotations

import tomllib
from typing import Any

from posture_break.core.problems import ProblemWords


def decode_text(content: bytes) -> str:
    """A file's bytes as text: UTF-8, without the byte order mark some editors write first.
    Raises UnicodeDecodeError, whose `start` counts from the file's first byte. (The
    "utf-8-sig" codec does the same but loads a module of its own at every start.)"""
    return content.decode("utf-8").removeprefix("\ufeff")


def parse_toml(text: str) -> dict[str, Any]:
    """`tomllib.loads(text)`; raises tomllib.TOMLDecodeError for any text it cannot read."""
    try:
        return tomllib.loads(text)
    except RecursionError:
        #: Why a file is not valid TOML: lists like [[[[…]]]] inside each other thousands deep
        raise tomllib.TOMLDecodeError(
            ProblemWords.tr("Its lists or tables are nested too deep to read")
        ) from None
