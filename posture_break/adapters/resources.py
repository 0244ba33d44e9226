"""Files shipped in the package, read through importlib.resources (never __file__),
so the installed wheel works wherever it is installed."""

from __future__ import annotations

from importlib.resources import files

_PACKAGE = "posture_break.resources"


def read_bytes(relative: str) -> bytes:
    """The bytes of a shipped file, e.g. "icons/posture-break.svg"."""
    return files(_PACKAGE).joinpath(relative).read_bytes()
