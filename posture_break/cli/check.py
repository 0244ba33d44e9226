"""`posture-break check`: every problem in the settings file and in the routine and
exercise files, their translations into every language included, then a short summary
of what loaded. Needs neither Qt nor a running app.

    /home/me/.config/posture-break/settings.toml: no problems
    Routines: 4 loaded (posture-reset, desk-neck, ...); exercises: 8 loaded; your files in
    /home/me/.local/share/posture-break: none yet
"""

from __future__ import annotations

from pathlib import Path

from posture_break.adapters.content import check_content
from posture_break.adapters.paths import AppPaths
from posture_break.core.catalog import Catalog
from posture_break.core.clock import SystemClock
from posture_break.core.settings_store import SettingsStore
from posture_break.core.translated_texts import is_language_folder

USER_FOLDERS = ("exercises", "routines", "illustrations")


def check_all(paths: AppPaths) -> int:
    """Print every problem, every note and a summary; 1 if there is any problem."""
    store = SettingsStore(paths.config, SystemClock())
    settings_problems = store.check()
    catalog, content_problems = check_content(paths)
    for problem in (*settings_problems, *content_problems):
        print(problem)
    for note in catalog.notes:
        print(f"note: {note}")
    if settings_problems:
        print(f"{store.path}: {len(settings_problems)} problem(s)")
    else:
        print(f"{store.path}: no problems")
    print(content_summary(catalog, len(content_problems), paths.data))
    return 1 if settings_problems or content_problems else 0


def content_summary(catalog: Catalog, problem_count: int, data: Path) -> str:
    """One line: what loaded, and how the user's own files fared."""
    if catalog.routines:
        ids = ", ".join(routine.id for routine in catalog.routines)
        routines = f"Routines: {len(catalog.routines)} loaded ({ids})"
    else:
        routines = "Routines: none loaded"
    files = count_user_files(data)
    if files == 0 and problem_count == 0:
        yours = "none yet"
    else:
        found = "no problems" if problem_count == 0 else f"{problem_count} problem(s)"
        yours = f"{files} file(s), {found}"
    return f"{routines}; exercises: {len(catalog.exercises)} loaded; your files in {data}: {yours}"


def count_user_files(data: Path) -> int:
    """Entries in the user's exercises/, routines/ and illustrations/, and in their
    language folders (de/) instead of the folders themselves, hidden ones not counted;
    what cannot be listed counts as nothing (the loader reports it)."""
    count = 0
    for name in USER_FOLDERS:
        folder = data / name
        try:
            if not folder.is_dir():
                count += folder.exists()
                continue
            for entry in _visible(folder):
                if name != "illustrations" and is_language_folder(entry.name) and entry.is_dir():
                    count += sum(1 for _ in _visible(entry))
                else:
                    count += 1
        except OSError:
            continue
    return count


def _visible(folder: Path) -> list[Path]:
    """The entries of `folder` but hidden ones (editor swap files and the like)."""
    return [entry for entry in folder.iterdir() if not entry.name.startswith(".")]
