"""The parts of exercise and routine files that are more than a text: an exercise's
dose and a routine's steps, checked field by field (routine_loader.py reads the rest).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from posture_break.core.content_files import RoutineFileWords
from posture_break.core.problems import closest, did_you_mean, sentences
from posture_break.core.routines import Dose, Exercise, Phase, RoutineItem
from posture_break.core.setting_kinds import describe_value, must_be
from posture_break.core.toml_fields import DOSE_NUMBERS, FieldCheck

EXERCISE_KEYS = (
    "name", "purpose", "why", "posture", "sides", "equipment", "illustration", "mirror",
    "illustration_left", "steps", "cues", "cautions", "phases", "dose",
)  # fmt: skip
ROUTINE_KEYS = ("name", "summary", "step")
STEP_KEYS = ("exercise", *DOSE_NUMBERS)


def exercise_work(
    check: FieldCheck, data: Mapping[str, object]
) -> tuple[Dose | None, tuple[Phase, ...]]:
    """An exercise's [dose] section and the phases of one repetition, checked together:
    the phases must fill the dose's rep_s."""
    dose = _exercise_dose(check, data.get("dose"))
    return dose, _exercise_phases(check, data.get("phases"), dose)


def _exercise_dose(check: FieldCheck, value: object) -> Dose | None:
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


def _exercise_phases(check: FieldCheck, value: object, dose: Dose | None) -> tuple[Phase, ...]:
    """An exercise's phases, `[["Back", 1], ["Hold", 3]]`, checked against its dose
    (None: the dose itself is wrong, so its rep_s cannot be compared)."""
    if value is None:
        return ()
    example = '[["Back", 1], ["Hold", 3], ["Release", 1]]'
    if not isinstance(value, list) or not value:
        #: example is a line of an exercise file: [["Back", 1], ["Hold", 3]]
        listed = RoutineFileWords.tr("a list of words with their seconds, such as {example}")
        check.fail("phases", must_be(listed.format(example=example), describe_value(value)))
        return ()
    phases = []
    for number, entry in enumerate(value, 1):
        if (
            not isinstance(entry, list)
            or len(entry) != 2
            or not isinstance(entry[0], str)
            or not entry[0].strip()
            or not isinstance(entry[1], int)
            or isinstance(entry[1], bool)
            or entry[1] < 1
        ):
            wrong = RoutineFileWords.tr(
                'Each entry must be a word in quotes and its whole seconds, such as ["Hold", '
                "3], but entry {number} is {value}."
            )
            check.fail("phases", wrong.format(number=number, value=_entry_shown(entry)))
            return ()
        phases.append(Phase(entry[0].strip(), entry[1]))
    if dose is not None and dose.rep_s is None:
        held = RoutineFileWords.tr(
            "Phases split one repetition, but [dose] gives hold_s. Leave them out, or give "
            "reps and rep_s."
        )
        check.fail("phases", held)
    elif dose is not None and sum(phase.seconds for phase in phases) != dose.rep_s:
        total = RoutineFileWords.tr(
            "Their seconds add up to {total}, but [dose] rep_s is {rep_s}: they must be equal."
        )
        given = sum(phase.seconds for phase in phases)
        check.fail("phases", total.format(total=given, rep_s=dose.rep_s))
    return tuple(phases)


def _entry_shown(entry: object) -> str:
    """A phase as written, ["Hold", 0], so the user finds it; other values described."""
    if isinstance(entry, list):
        return "[" + ", ".join(describe_value(item) for item in entry) + "]"
    return describe_value(entry)


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
