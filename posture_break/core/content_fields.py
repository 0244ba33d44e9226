"""The parts of exercise and routine files that are more than a text: an exercise's
dose and a routine's steps, checked field by field (routine_loader.py reads the rest).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from posture_break.core.content_files import RoutineFileWords
from posture_break.core.problems import closest, did_you_mean, sentences
from posture_break.core.routines import Dose, Exercise, RoutineItem
from posture_break.core.setting_kinds import describe_value, must_be
from posture_break.core.toml_fields import DOSE_NUMBERS, FieldCheck

EXERCISE_KEYS = (
    "name", "purpose", "why", "posture", "sides", "equipment", "illustration", "mirror",
    "illustration_left", "steps", "cues", "cautions", "dose",
)  # fmt: skip
ROUTINE_KEYS = ("name", "summary", "step")
STEP_KEYS = ("exercise", *DOSE_NUMBERS)


def exercise_dose(check: FieldCheck, value: object) -> Dose | None:
    """An exercise's [dose] section, checked."""
    if value is None:
        add = RoutineFileWords.tr(
            "Add a [dose] section with sets and hold_s, or with sets, reps and rep_s."
        )
        check.missing("dose", add)
        return None
    if not isinstance(value, dict):
        section = RoutineFileWords.tr("a section: a line [dose] and its keys")
        check.fail("dose", must_be(section, describe_value(value)))
        return None
    above = RoutineFileWords.tr("It belongs above the [dose] line.")
    hints = dict.fromkeys(EXERCISE_KEYS, above)
    check.unknown_keys(value, tuple(DOSE_NUMBERS), "[dose] ", hints)
    given = check.numbers(value, "[dose] ")
    return None if given is None else check.dose("[dose]", given, None)


def routine_items(
    check: FieldCheck, value: object, exercises: Mapping[str, Exercise], broken: Collection[str]
) -> tuple[RoutineItem, ...]:
    """A routine's [[step]] sections, checked; `exercises` are those that loaded, by id,
    and `broken` the ids of those whose files had mistakes."""
    add = RoutineFileWords.tr(
        'List the exercises as [[step]] sections, each with exercise = "...".'
    )
    if value is None:
        check.missing("step", add)
        return ()
    if not isinstance(value, list) or not all(isinstance(table, dict) for table in value):
        sections = RoutineFileWords.tr('[[step]] sections, each with exercise = "..."')
        check.fail("step", must_be(sections, describe_value(value)))
        return ()
    if not value:
        check.fail("step", sentences(RoutineFileWords.tr("It is empty."), add))
    items = []
    for number, table in enumerate(value, 1):
        #: Where in a routine file a mistake is: step 2, hold_s
        step = RoutineFileWords.tr("step {number}").format(number=number)
        prefix = f"{step}, "
        check.unknown_keys(table, STEP_KEYS, prefix)
        exercise = _step_exercise(
            check, table.get("exercise"), prefix + "exercise", exercises, broken
        )
        given = check.numbers(table, prefix)
        if exercise is None or given is None:
            continue
        dose = check.dose(step, given, exercise.dose)
        if dose is not None:
            items.append(RoutineItem(exercise, dose))
    return tuple(items)


def _step_exercise(
    check: FieldCheck,
    value: object,
    where: str,
    exercises: Mapping[str, Exercise],
    broken: Collection[str],
) -> Exercise | None:
    if value is None:
        name = RoutineFileWords.tr('Name the exercise, such as exercise = "chin-tuck".')
        check.missing(where, name)
    elif not isinstance(value, str):
        an_id = RoutineFileWords.tr('an exercise id in quotes, such as "chin-tuck"')
        check.fail(where, must_be(an_id, describe_value(value)))
    elif value in exercises:
        return exercises[value]
    elif value in broken:
        broken = RoutineFileWords.tr(
            'It names "{id}", whose file has problems of its own (listed with it).'
        )
        check.fail(where, broken.format(id=value))
    else:
        close = closest(value, exercises)
        unknown = RoutineFileWords.tr('There is no exercise with the id "{id}".')
        hint = did_you_mean(f'"{close}"') if close else ""
        check.fail(where, sentences(unknown.format(id=value), hint))
    return None
