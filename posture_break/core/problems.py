"""Problems found in a user's files, described in words a person understands.

Loaders never stop at the first problem and never raise for bad input: they return
every Problem at once, each saying what was wrong and what the app does instead.

A message is whole sentences, so that a translation can order each one as its language
needs (German puts the verb last after "weil"): a reason is a sentence of its own, not
a clause after "because". The sentences every loader needs, why a file could not be
read or written and "did you mean …?", are worded here once.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Literal, NamedTuple

from posture_break import APP_NAME
from posture_break.core.i18n import Context
from posture_break.core.safe_files import NotAFileError, TooLargeError

ProblemWords = Context("ProblemWords")


class Problem(NamedTuple):
    """One thing wrong with one file.

    `where` names the spot a person would look for ("[breaks] stretch_every_min",
    "line 3"), `message` says in whole sentences what is wrong and what the app does
    about it.
    """

    file: str
    where: str
    message: str

    def __str__(self) -> str:
        if self.where:
            return f"{self.file}: {self.where}: {self.message}"
        return f"{self.file}: {self.message}"


def without_ending(problem: Problem, endings: Iterable[str]) -> Problem:
    """`problem` without its last sentence if that is one of `endings`: what became of
    the file ("The routine is left out until this is fixed."), which an editor says by
    keeping Save off instead."""
    for ending in endings:
        rest = problem.message.removesuffix(ending).rstrip()
        if rest and rest != problem.message:
            return problem._replace(message=rest)
    return problem


def sentences(*parts: str) -> str:
    """Whole sentences one after the other; an empty part (no hint) is left out."""
    return " ".join(part for part in parts if part)


def line_label(number: int) -> str:
    """ "line 3", the `where` of a Problem in a file that could not be parsed."""
    return ProblemWords.tr("line {number}").format(number=number)


def locate_toml_error(message: str, text: str) -> tuple[str, str]:
    """(line_label, what tomllib found there) from a TOMLDecodeError message, for a
    Problem. tomllib's own words stay English: it has no translation."""
    found = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    if found:
        #: What the TOML parser found wrong (its own English words), and where in the line
        detail = ProblemWords.tr("{error} at column {column}")
        detail = detail.format(error=_lower_first(message[: found.start()]), column=found[2])
        return line_label(int(found[1])), detail
    found = re.search(r"\s*\(at end of document\)$", message)
    if found:
        #: What the TOML parser found wrong (its own English words)
        detail = ProblemWords.tr("{error} at the end of the file")
        detail = detail.format(error=_lower_first(message[: found.start()]))
        return line_label(max(1, len(text.splitlines()))), detail
    return "", _lower_first(message)


def _lower_first(text: str) -> str:
    """tomllib starts its message with a capital; here it goes after a colon."""
    return text[:1].lower() + text[1:]


def closest(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The known name a typo most likely meant, for "did you mean …?", or None.

    difflib is imported here, not at the top: only a mistake needs it, and a tray app
    that starts at login should not pay for it on every start.
    """
    import difflib

    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    return found[0] if found else None


def did_you_mean(name: str) -> str:
    """The sentence that suggests `name`, written as it would be in the file."""
    #: name is a key, a [section] or a "value" as the user would write it in the file
    return ProblemWords.tr("Did you mean {name}?").format(name=name)


def disk_full() -> str:
    """The sentence for a full disk, however it was found (an OS error, or SQLite's)."""
    return ProblemWords.tr("The disk is full.")


def why_failed(
    error: OSError,
    doing: Literal["read", "write"],
    folder: str = "",
    blocking: str = "",
) -> str:
    """Why reading or writing failed, as a whole sentence that follows the one saying
    what failed. `folder` is where it was written, `blocking` the file that stands
    where a folder should be (see blocking_file), both as the user should see them."""
    named = error.filename2 or error.filename
    code = error.errno
    unusable = isinstance(error, NotAFileError | TooLargeError) or code == errno.ELOOP
    if unusable or (doing == "read" and code == errno.ENOENT):
        return _why_unreadable(error, str(named))
    if code in (errno.ENOSPC, errno.EDQUOT):
        return disk_full()
    if code == errno.EFBIG:
        return ProblemWords.tr(
            "The disk is full, or the file would be larger than the system allows."
        )
    if isinstance(error, PermissionError) and doing == "read":
        return ProblemWords.tr("{app} is not allowed to read it.").format(app=APP_NAME)
    if isinstance(error, PermissionError) and folder:
        text = ProblemWords.tr("{app} is not allowed to write in {folder}.")
        return text.format(app=APP_NAME, folder=folder)
    if code == errno.EROFS and folder:
        return ProblemWords.tr("The folder {folder} is on a read-only disk.").format(folder=folder)
    if code in (errno.ENOTDIR, errno.EEXIST) and blocking:
        return ProblemWords.tr("{file} is a file where a folder should be.").format(file=blocking)
    if code == errno.EISDIR and named:
        return ProblemWords.tr("{path} is a folder, not a file.").format(path=named)
    #: The system's own description of an error, such as "Input/output error"
    return ProblemWords.tr("The system reported an error: {error}.").format(
        error=error.strerror or error
    )


def _why_unreadable(error: OSError, path: str) -> str:
    """Why a path that should be a file of ours is not one, as a sentence naming it."""
    if isinstance(error, TooLargeError):
        #: limit is a number of mebibytes, such as 4
        too_large = ProblemWords.tr(
            "{path} is larger than {limit} MiB: far too large for a file of its kind."
        )
        return too_large.format(path=path, limit=max(1, error.limit // 2**20))
    if isinstance(error, NotAFileError) and error.kind == "pipe":
        text = ProblemWords.tr("{path} is a named pipe, not a regular file.")
    elif isinstance(error, NotAFileError) and error.kind == "socket":
        text = ProblemWords.tr("{path} is a socket, not a regular file.")
    elif isinstance(error, NotAFileError):
        text = ProblemWords.tr("{path} is a device, not a regular file.")
    elif error.errno == errno.ELOOP:
        text = ProblemWords.tr("{path} is a symbolic link that leads round in a circle.")
    else:
        text = ProblemWords.tr(
            "{path} is no longer there, or it is a link to a file that does not exist."
        )
    return text.format(path=path)


def blocking_file(folder: Path) -> Path:
    """The file that stands where the path to `folder` needs a folder; `folder` itself
    when none does."""
    for candidate in reversed((folder, *folder.parents)):
        if candidate.exists() and not candidate.is_dir():
            return candidate
    return folder
