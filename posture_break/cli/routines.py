"""`posture-break routines`, and the check of the id given to `posture-break start`:
answered from the routine files alone, without a running app."""

from __future__ import annotations

import json
import sys

from posture_break import APP_ID
from posture_break.adapters.content import load_content
from posture_break.adapters.paths import AppPaths
from posture_break.core.problems import closest
from posture_break.core.timeline import minutes_label, routine_length_s, whole_minutes


def list_routines(paths: AppPaths, as_json: bool) -> int:
    """The routines in menu order with their lengths; 1 if none loads at all."""
    catalog, problems = load_content(paths)
    rows = [(routine, routine_length_s(routine)) for routine in catalog.routines]
    if as_json:
        listed = [
            {
                "id": routine.id,
                "name": routine.name,
                "minutes": whole_minutes(seconds),
                "seconds": seconds,
                "default": routine.id == catalog.default_id,
            }
            for routine, seconds in rows
        ]
        print(json.dumps(listed, indent=2))
    if not rows:
        print(f"No routine could be loaded; run '{APP_ID} check' to see why.", file=sys.stderr)
        return 1
    if not as_json:
        id_width = max(len(routine.id) for routine, _ in rows)
        name_width = max(len(routine.name) for routine, _ in rows)
        label_width = max(len(minutes_label(seconds)) for _, seconds in rows)
        for routine, seconds in rows:
            default = "  (default)" if routine.id == catalog.default_id else ""
            label = minutes_label(seconds)
            line = f"{routine.id:<{id_width}}  {routine.name:<{name_width}}  {label:>{label_width}}"
            print(line + default)
    if problems:
        see = f"run '{APP_ID} check' to see them"
        print(f"{len(problems)} problem(s) in your routine files; {see}", file=sys.stderr)
    return 0


def unknown_routine(paths: AppPaths, routine_id: str) -> str | None:
    """What to say when no routine has this id; None when one has."""
    catalog, _problems = load_content(paths)
    if catalog.routine(routine_id) is not None:
        return None
    ids = [routine.id for routine in catalog.routines]
    message = f"No routine called '{routine_id}'."
    close = closest(routine_id, ids)
    if close:
        message += f" Did you mean '{close}'?"
    if ids:
        return f"{message} Routines: {', '.join(ids)}."
    return f"{message} No routine could be loaded; run '{APP_ID} check' to see why."
