"""The user's data folder as it would be with some files added, without writing them.

An import is checked by the loader itself (routine_loader.py), on the folder as it would
be after the import; only a file that passes is written. The loader reads folders
through the Folder protocol (content_files.py), so files held in memory serve as well as
files on disk, and nothing on disk changes until the check has passed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from pathlib import Path

from posture_break.core.content_files import Folder


class AddedFile:
    """A file that is not written yet: its name, its bytes, and how messages name it."""

    def __init__(self, name: str, data: bytes, shown: str) -> None:
        self._name = name
        self._data = data
        self._shown = shown

    @property
    def name(self) -> str:
        return self._name

    def iterdir(self) -> Iterator[Folder]:
        raise NotADirectoryError(self._shown)

    def is_dir(self) -> bool:
        return False

    def read_bytes(self) -> bytes:
        return self._data

    def __str__(self) -> str:
        return self._shown


class OverlayFolder:
    """The entries of a real folder (none if it does not exist yet, or if `real` is
    None) with `added` ones laid over it: an added entry hides a real one of its name."""

    def __init__(self, name: str, real: Path | None, added: Mapping[str, Folder]) -> None:
        self._name = name
        self._real = real
        self._added = added

    @property
    def name(self) -> str:
        return self._name

    def iterdir(self) -> Iterator[Folder]:
        real: list[Path] = []
        if self._real is not None:
            with contextlib.suppress(FileNotFoundError):  # not made yet
                real = [entry for entry in self._real.iterdir() if entry.name not in self._added]
        yield from real
        yield from self._added.values()

    def is_dir(self) -> bool:
        return True

    def read_bytes(self) -> bytes:
        raise IsADirectoryError(str(self))

    def __str__(self) -> str:
        return str(self._real) if self._real is not None else self._name


def overlaid(root: Path, files: Mapping[str, Mapping[str, AddedFile]]) -> OverlayFolder:
    """`root` with `files` added: {"routines": {"my-break.toml": AddedFile}, ...}."""
    subfolders = {name: OverlayFolder(name, root / name, added) for name, added in files.items()}
    return OverlayFolder(root.name, root, subfolders)


def without(root: Path, name: str) -> OverlayFolder:
    """`root` as if its folder `name` ("routines") were empty."""
    return OverlayFolder(root.name, root, {name: OverlayFolder(name, None, {})})
