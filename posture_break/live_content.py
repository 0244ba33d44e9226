"""Routine and exercise files changed while the app runs: read them again and use them.

An import from the command line asks for this over the instance socket
(`{"cmd": "reload"}`), and the routine editor calls reload_content() itself. The new
catalog takes the same path as a settings change (LiveSettings.use_catalog): the
exercises the user leaves out are taken out, and the tray menu and the stretch-break
rotation use it at once. Imported by the request handler when a reload is asked for,
never at start.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING

from posture_break import APP_ID, PROTOCOL_VERSION
from posture_break.adapters.content import load_content
from posture_break.core.i18n import Context

if TYPE_CHECKING:
    from posture_break.adapters.paths import AppPaths
    from posture_break.core.control import Control
    from posture_break.core.problems import Problem
    from posture_break.live_settings import LiveSettings

log = logging.getLogger(__name__)
ReloadWords = Context("ReloadWords")


def reload_content(live: LiveSettings, paths: AppPaths, language: str | None) -> list[Problem]:
    """Load the shipped and the user's files again, texts in `language`, and put them in
    effect; the problems found, which are logged as at start."""
    catalog, problems = load_content(paths, language)
    for problem in problems:
        log.warning("routines: %s", problem)
    live.use_catalog(catalog)
    log.info("routines reloaded: %s", ", ".join(routine.id for routine in catalog.routines))
    return problems


def answer_reload(
    live: LiveSettings,
    control: Control,
    paths: AppPaths,
    language: str | None,
    request: Mapping[str, object],
) -> dict[str, object]:
    """The reply to a reload request: what the menu lists now, in a sentence, and the
    routine ids for a program to read."""
    if request.get("v") != PROTOCOL_VERSION:
        return control.handle(request)  # says which version it speaks
    problems = reload_content(live, paths, language)
    routines = [routine.id for routine in control.catalog.routines]
    message = ReloadWords.tr("The menu lists %n routine(s) now.", None, len(routines))
    if problems:
        more = ReloadWords.tr(
            "Your files have %n problem(s): run '{command}' for the details.", None, len(problems)
        )
        message = f"{message} {more.format(command=f'{APP_ID} check')}"
    return {"ok": True, "message": message, "routines": routines}
