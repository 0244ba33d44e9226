"""Where routines and exercises come from: the shipped ones and the user's own files."""

from __future__ import annotations

import logging
from collections.abc import Callable

from posture_break import shipped
from posture_break.adapters.paths import AppPaths
from posture_break.core.catalog import Catalog
from posture_break.core.problems import Problem, why_failed
from posture_break.core.routine_loader import check_catalog, load_catalog
from posture_break.core.safe_files import read_entry

log = logging.getLogger(__name__)


def load_content(paths: AppPaths, language: str | None = None) -> tuple[Catalog, list[Problem]]:
    """Shipped content, overridden and extended by `exercises/`, `routines/` and
    `illustrations/` in the user data folder (none of them need exist); its texts in
    `language` ("de") where a translation gives them, else English."""
    return load_catalog(shipped.root(), paths.data, language)


def check_content(paths: AppPaths) -> tuple[Catalog, list[Problem]]:
    """The content as load_content gives it in English, with the problems of the
    translations in every language too."""
    return check_catalog(shipped.root(), paths.data)


def illustration_reader(paths: AppPaths) -> Callable[[str], bytes | None]:
    """Reads a picture by file name: the user's illustrations/ first, then the shipped
    ones. None when neither has it or it cannot be read; the window then draws a frame
    with the exercise's name, and the routine goes on."""
    user = paths.data / "illustrations"

    def read(name: str) -> bytes | None:
        for folder in (user, shipped.root() / "illustrations"):
            try:
                return read_entry(folder / name)
            except FileNotFoundError:
                continue
            except OSError as error:
                log.warning("cannot read a picture: %s", why_failed(error, "read"))
        return None

    return read
