"""A routine draft: the file it writes loads as the routine it stands for, its steps keep
only what they change, and the loader's judgement of it says where each problem is."""

from pathlib import Path

import pytest

from posture_break.core.draft_check import check_draft, place
from posture_break.core.routine_draft import RoutineDraft, StepDraft, draft_of, new_id, routine_toml
from posture_break.core.routine_loader import load_catalog

SHIPPED = Path(__file__).resolve().parents[2] / "resources"


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(SHIPPED)[0]


def test_every_shipped_routine_written_from_its_draft_loads_as_the_same_routine(catalog, tmp_path):
    for routine in catalog.routines:
        draft = draft_of(routine, new_id="mine")
        checked = check_draft(draft, SHIPPED, tmp_path)
        assert checked.problems == ()
        assert checked.routine is not None
        assert checked.routine.items == routine.items
        assert checked.routine.name == routine.name


def test_a_step_keeps_only_what_it_changes_of_the_exercises_dose(catalog):
    routine = catalog.routine("desk-neck")
    steps = draft_of(routine).steps
    for step, item in zip(steps, routine.items, strict=True):
        for key, value in step.overrides().items():
            assert getattr(item.exercise.dose, key) != value
        assert step.dose(item.exercise) == item.dose


def test_a_held_exercise_plays_a_hold_whatever_repetitions_a_step_kept(catalog):
    held = next(e for e in catalog.exercises if e.dose.is_hold)
    step = StepDraft(held.id, sets=2, reps=5, rep_s=3, rest_s=0)
    dose = step.dose(held)
    assert (dose.sets, dose.hold_s, dose.reps, dose.rest_s) == (2, held.dose.hold_s, None, 0)


def test_the_file_is_what_a_person_would_write():
    draft = RoutineDraft("lunch", " Lunch ", "", [StepDraft("chin-tuck"), StepDraft("x", sets=1)])
    assert routine_toml(draft) == (
        'name = "Lunch"\n\n[[step]]\nexercise = "chin-tuck"\n\n[[step]]\nexercise = "x"\nsets = 1\n'
    )


@pytest.mark.parametrize(
    ("name", "taken", "expected"),
    [
        ("Lunch stretch", set(), "lunch-stretch"),
        ("Nacken & Schultern — kurz!", set(), "nacken-schultern-kurz"),
        ("Übung für Büro", set(), "ubung-fur-buro"),
        ("", set(), "routine"),
        ("東京", set(), "routine"),
        ("Desk neck", {"desk-neck", "desk-neck-2"}, "desk-neck-3"),
    ],
)
def test_a_new_routine_gets_a_free_id_from_its_name(name, taken, expected):
    assert new_id(name, taken) == expected


def test_a_problem_is_placed_beside_its_field(tmp_path):
    draft = RoutineDraft("mine", "", "", [StepDraft("chin-tuck"), StepDraft("no-such")])
    checked = check_draft(draft, SHIPPED, tmp_path)
    assert checked.routine is None
    places = {place(problem, len(draft.steps)): problem.message for problem in checked.problems}
    assert places.keys() == {"name", 1}
    assert places[1].startswith('There is no exercise with the id "no-such".')
    empty = check_draft(RoutineDraft("mine", "Mine"), SHIPPED, tmp_path)
    assert [place(problem, 0) for problem in empty.problems] == [None]


def test_a_broken_replacement_of_a_shipped_routine_does_not_count_as_loading(tmp_path):
    draft = RoutineDraft("desk-neck", "", "", [StepDraft("chin-tuck")])
    checked = check_draft(draft, SHIPPED, tmp_path)
    assert checked.routine is None  # the shipped one still loads, but the draft does not
    assert (checked.problems[0].where, checked.problems[0].message) == (
        "name",
        "It is empty, but it needs some text.",
    )
    assert checked.problems[0].file == str(tmp_path / "routines" / "desk-neck.toml")
