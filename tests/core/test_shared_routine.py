"""A routine shared as one file: what export puts in it, what import makes of it, and
the TOML written on the way. The shipped content is the real one; the user's data
folder is a temporary one."""

import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posture_break.core.routine_loader import load_catalog
from posture_break.core.shared_export import build_shared
from posture_break.core.shared_format import SharingRefusedError, from_text
from posture_break.core.shared_import import contents, plan_import
from posture_break.core.timeline import timeline
from posture_break.core.toml_writer import dumps
from tests.helpers.content import NECK_ROLL, NECK_ROLL_PICTURE, two_step_routine

SHIPPED = Path(__file__).resolve().parents[2] / "resources"


MY_BREAK = two_step_routine("My break", "A roll, then a tuck.")


def write(folder: Path, relative: str, content: str | bytes) -> Path:
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content)
    else:
        path.write_bytes(content)
    return path


@pytest.fixture
def user(tmp_path) -> Path:
    folder = tmp_path / "data"
    write(folder, "exercises/neck-roll.toml", NECK_ROLL)
    write(folder, "routines/my-break.toml", MY_BREAK)
    write(folder, "illustrations/neck-roll.svg", NECK_ROLL_PICTURE)
    return folder


# The TOML writer --------------------------------------------------------------------

keys = st.text(min_size=1, max_size=8)
scalars = (
    st.text()
    | st.integers(-(2**63), 2**63 - 1)
    | st.booleans()
    | st.floats(allow_nan=False)
    | st.datetimes()
    | st.dates()
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=3),
    max_leaves=10,
)


@given(st.dictionaries(keys, values, max_size=5))
def test_what_is_written_reads_back_as_it_was(data):
    assert tomllib.loads(dumps(data)) == data


def test_a_text_with_quotes_backslashes_and_control_characters_survives():
    text = 'He said "hold"\\ \n\ttab \x00 \x7f \r end ""'
    assert tomllib.loads(dumps({"steps": [text]})) == {"steps": [text]}


# Export ------------------------------------------------------------------------------


def test_export_carries_the_users_exercise_and_picture_but_nothing_shipped(user):
    shared = build_shared("my-break", SHIPPED, user)
    assert shared.routine_id == "my-break"
    assert shared.routine == tomllib.loads(MY_BREAK)
    assert shared.exercises == {"neck-roll": tomllib.loads(NECK_ROLL)}  # not chin-tuck
    assert shared.pictures == {"neck-roll.svg": NECK_ROLL_PICTURE}
    assert from_text(shared.to_text().encode()) == shared


def test_export_of_a_shipped_routine_carries_it_alone(tmp_path):
    shared = build_shared("desk-neck", SHIPPED, tmp_path / "none yet")
    assert shared.routine == tomllib.loads((SHIPPED / "routines/desk-neck.toml").read_text())
    assert (shared.exercises, shared.pictures) == ({}, {})


def test_export_carries_a_users_exercise_that_replaces_a_shipped_one(tmp_path):
    changed = (SHIPPED / "exercises/chin-tuck.toml").read_text().replace("reps = 10", "reps = 6")
    write(tmp_path, "exercises/chin-tuck.toml", changed)
    shared = build_shared("posture-reset", SHIPPED, tmp_path)
    assert shared.exercises["chin-tuck"]["dose"]["reps"] == 6
    assert shared.pictures == {}  # its picture is the shipped one


def test_a_broken_user_file_for_a_shipped_routine_exports_the_one_that_loads(tmp_path):
    write(tmp_path, "routines/desk-neck.toml", 'name = "Mine"\n[[step]]\nexercise = 3\n')
    shared = build_shared("desk-neck", SHIPPED, tmp_path)
    assert shared.routine["name"] == "Desk neck release"


def test_exporting_a_routine_that_does_not_exist_names_the_ones_that_do(user):
    with pytest.raises(SharingRefusedError) as refused:
        build_shared("my-brake", SHIPPED, user)
    assert str(refused.value).startswith(
        'There is no routine with the id "my-brake". Did you mean "my-break"? The routines are:'
    )


# Import ------------------------------------------------------------------------------


def test_import_into_an_empty_folder_writes_the_files_as_they_were(user, tmp_path):
    shared = from_text(build_shared("my-break", SHIPPED, user).to_text().encode())
    plan = plan_import(shared, SHIPPED, tmp_path / "elsewhere", "my.posture-break.toml")
    assert plan.renamed == []
    assert list(plan.files) == [
        "illustrations/neck-roll.svg",
        "exercises/neck-roll.toml",
        "routines/my-break.toml",
    ]
    assert plan.files["illustrations/neck-roll.svg"] == NECK_ROLL_PICTURE
    assert tomllib.loads(plan.files["routines/my-break.toml"].decode()) == tomllib.loads(MY_BREAK)
    assert plan.files["exercises/neck-roll.toml"].startswith(
        b"# Imported from my.posture-break.toml.\n"
    )
    original, _ = load_catalog(SHIPPED, user)
    assert plan.routine == original.routine("my-break")
    assert contents(plan) == [
        'The routine "My break" (1 min), 2 steps:',
        "  1. Neck roll (an exercise of its own)",
        "  2. Chin tuck",
        "Pictures: neck-roll.svg (2 KiB).",
    ]


def test_import_renames_whatever_the_user_has_and_what_names_it_follows(user):
    shared = build_shared("my-break", SHIPPED, user)
    plan = plan_import(shared, SHIPPED, user, "my.posture-break.toml")
    assert plan.renamed == [
        'You already have a routine with the id "my-break", so this one is added as "my-break-2".',
        'You already have an exercise with the id "neck-roll", so this one is added as '
        '"neck-roll-2".',
        'You already have a picture named "neck-roll.svg", so this one is added as '
        '"neck-roll-2.svg".',
    ]
    routine = tomllib.loads(plan.files["routines/my-break-2.toml"].decode())
    assert [step["exercise"] for step in routine["step"]] == ["neck-roll-2", "chin-tuck"]
    exercise = tomllib.loads(plan.files["exercises/neck-roll-2.toml"].decode())
    assert exercise["illustration"] == "neck-roll-2.svg"
    assert plan.files["illustrations/neck-roll-2.svg"] == NECK_ROLL_PICTURE
    assert [item.exercise.name for item in plan.routine.items] == ["Neck roll", "Chin tuck"]


def test_a_shipped_id_is_never_replaced_by_an_import(tmp_path):
    shared = build_shared("desk-neck", SHIPPED, tmp_path / "none yet")
    plan = plan_import(shared, SHIPPED, tmp_path / "none yet", "desk-neck.posture-break.toml")
    assert list(plan.files) == ["routines/desk-neck-2.toml"]


def test_an_exercise_renamed_keeps_the_picture_its_id_named(tmp_path):
    without_picture_key = build_shared("my-break", SHIPPED, _folder_with_my_break(tmp_path))
    write(tmp_path / "mine", "exercises/neck-roll.toml", NECK_ROLL)
    plan = plan_import(without_picture_key, SHIPPED, tmp_path / "mine", "x.posture-break.toml")
    exercise = tomllib.loads(plan.files["exercises/neck-roll-2.toml"].decode())
    assert exercise["illustration"] == "neck-roll.svg"  # as the loader named it before


def test_a_routine_that_does_not_load_is_refused_in_the_loaders_words(user, tmp_path):
    shared = build_shared("my-break", SHIPPED, user)
    shared.routine["step"][1]["hold_s"] = "thirty"
    with pytest.raises(SharingRefusedError) as refused:
        plan_import(shared, SHIPPED, tmp_path / "empty", "x.posture-break.toml")
    assert str(refused.value) == (
        'It does not load: the routine "my-break": step 2, hold_s: It must be a whole number '
        'of seconds from 1 to 600, but it is "thirty". The routine is left out until this is '
        "fixed."
    )


def test_the_imported_routine_plays_the_same_steps(user, tmp_path):
    shared = from_text(build_shared("my-break", SHIPPED, user).to_text().encode())
    plan = plan_import(shared, SHIPPED, user, "x.posture-break.toml")
    original, _ = load_catalog(SHIPPED, user)
    assert plan.routine.id == "my-break-2"  # the user has one of that id
    assert _played(plan.routine) == _played(original.routine("my-break"))


def _folder_with_my_break(tmp_path: Path) -> Path:
    folder = tmp_path / "theirs"
    write(folder, "exercises/neck-roll.toml", NECK_ROLL)
    write(folder, "routines/my-break.toml", MY_BREAK)
    return folder


def _played(routine):
    return [
        (s.kind, s.duration_s, s.exercise.name, s.exercise.illustration != "", s.side, s.set_no)
        for s in timeline(routine)
    ]
