"""The files shipped with the app in posture_break.resources (resources/ in the tree).

Read only through importlib.resources, never via __file__, so the installed wheel works
wherever it is installed. The import happens on first use: start-up reads one icon.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def root() -> Traversable:
    """The shipped data folder, as a Traversable (a Path in a normal install)."""
    from importlib.resources import files

    return files("posture_break.resources")


def read_bytes(relative: str) -> bytes:
    """The bytes of a shipped file, e.g. "icons/posture-break.svg"."""
    return root().joinpath(relative).read_bytes()
