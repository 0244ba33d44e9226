"""An exercise as the editor holds it, written back as a file: the loader reads the same
exercise from it, and what would not load is said in `check`'s words, beside its field."""

from dataclasses import replace

import pytest

from posture_break import shipped
from posture_break.core.exercise_check import check_exercise, exercise_place
from posture_break.core.exercise_draft import ExerciseDraft, draft_of_exercise, picture_refusal
from posture_break.core.routine_loader import load_catalog

SHIPPED = load_catalog(shipped.root())[0].exercises


@pytest.mark.parametrize("exercise", SHIPPED, ids=lambda exercise: exercise.id)
def test_every_shipped_exercise_comes_back_whole_from_its_draft(exercise, tmp_path):
    checked = check_exercise(draft_of_exercise(exercise), shipped.root(), tmp_path, None)
    assert checked.problems == ()
    assert checked.exercise == exercise


def test_a_draft_gives_only_the_dose_it_chose():
    draft = ExerciseDraft("roll", name="Roll", steps=["Roll."], holds=False, reps=8, rep_s=4)
    checked = check_exercise(draft, shipped.root(), shipped.root() / "nothing-here", None)
    assert checked.exercise is not None
    dose = checked.exercise.dose
    assert (dose.hold_s, dose.reps, dose.rep_s) == (None, 8, 4)


@pytest.mark.parametrize(
    ("change", "phases"),
    [
        ({}, ("Back", "Hold", "Release")),
        ({"reps": 6}, ("Back", "Hold", "Release")),  # the seconds of a repetition stay
        ({"rep_s": 4}, ()),  # 5 s of phases cannot fill 4 s: dots, not a file that fails
        ({"holds": True}, ()),
    ],
)
def test_the_phases_are_kept_while_they_fit_the_dose(change, phases, tmp_path):
    chin = next(exercise for exercise in SHIPPED if exercise.id == "chin-tuck")
    draft = replace(draft_of_exercise(chin), **change)
    checked = check_exercise(draft, shipped.root(), tmp_path, None)
    assert checked.problems == ()
    assert checked.exercise is not None
    assert tuple(phase.word for phase in checked.exercise.phases) == phases


def test_what_would_not_load_is_placed_beside_its_field(tmp_path):
    draft = ExerciseDraft("blank", steps=["", "  "])
    checked = check_exercise(draft, shipped.root(), tmp_path, None)
    assert checked.exercise is None
    # The check's words, without "The exercise is left out until this is fixed.": in
    # the editor nothing is written, and its Save button being off says so.
    assert {exercise_place(problem): problem.message for problem in checked.problems} == {
        "name": "It is empty, but it needs some text.",
        "steps": "It is empty, but it needs at least one entry.",
    }


def test_a_shipped_exercise_of_the_same_id_does_not_count_as_the_draft_loading(tmp_path):
    draft = ExerciseDraft("chin-tuck", steps=["Tuck."])  # no name
    checked = check_exercise(draft, shipped.root(), tmp_path, None)
    assert checked.exercise is None  # the shipped one still loads, but the draft does not
    assert [(problem.where, problem.message) for problem in checked.problems] == [
        ("name", "It is empty, but it needs some text.")
    ]


NOT_SHOWN = (
    "is not a picture the break window shows: pick an SVG drawing, or a PNG or JPEG image "
    "(.svg, .png, .jpg)."
)


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("me.gif", b"GIF89a", f'"me.gif" {NOT_SHOWN}'),
        ("x.svg", b"hello", '"x.svg" does not hold the SVG picture its name says.'),
        ("x.jpg", b"\x89PNG\r\n\x1a\n", '"x.jpg" does not hold the JPEG picture its name says.'),
        (
            "x.svg",
            b"<svg>" + bytes(4 * 2**20),
            '"x.svg" is larger than 4 MiB: too large for a picture.',
        ),
        ("x.SVG", b"<svg xmlns='http://www.w3.org/2000/svg'/>", None),
        ("me.png", b"\x89PNG\r\n\x1a\n", None),
        ("me.jpeg", b"\xff\xd8\xff\xe0", None),
    ],
)
def test_a_picture_must_be_svg_png_or_jpeg_as_named_and_at_most_4_mib(name, data, said):
    assert picture_refusal(name, data) == said
