"""The content model, and the shipped content read through it."""

import re
from pathlib import Path

import pytest

from posture_break.core.coach import for_side
from posture_break.core.routine_loader import load_catalog
from posture_break.core.routines import Dose, Exercise, Posture, Routine, Side, Sides
from posture_break.core.timeline import Timing, sides_played
from tests.helpers.content import EXERCISE_IDS

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def exercise(**changes) -> Exercise:
    values = {
        "id": "stretch",
        "name": "Stretch",
        "purpose": "",
        "steps": ("Stretch.",),
        "dose": Dose(hold_s=20),
        "sides": Sides.LEFT_AND_RIGHT,
        "posture": Posture.SEATED,
        "illustration": "stretch.svg",
    }
    return Exercise(**{**values, **changes})


@pytest.fixture(scope="module")
def shipped():
    catalog, problems = load_catalog(RESOURCES)
    assert problems == []
    return catalog


def test_a_dose_is_a_hold_or_repetitions():
    assert Dose(sets=3, hold_s=30).work_s == 30
    assert Dose(reps=10, rep_s=5).work_s == 50
    assert Dose(hold_s=30).rest_s == 10


@pytest.mark.parametrize(
    "numbers",
    [{}, {"hold_s": 30, "reps": 5, "rep_s": 3}, {"reps": 5}, {"rep_s": 3}, {"hold_s": 0}],
)
def test_a_dose_that_is_neither_or_both_is_refused(numbers):
    with pytest.raises(ValueError, match="dose"):
        Dose(**numbers)


def test_the_left_side_flips_the_right_side_picture_when_mirrored():
    mirrored = exercise(mirror=True)
    assert mirrored.illustration_for(Side.RIGHT) == ("stretch.svg", False)
    assert mirrored.illustration_for(Side.LEFT) == ("stretch.svg", True)
    assert exercise(mirror=False).illustration_for(Side.LEFT) == ("stretch.svg", False)


def test_a_separate_left_picture_is_used_as_drawn():
    drawn = exercise(mirror=True, illustration_left="stretch-left.svg")
    assert drawn.illustration_for(Side.LEFT) == ("stretch-left.svg", False)
    assert drawn.illustration_for(None) == ("stretch.svg", False)


def test_a_routine_needs_at_least_one_exercise():
    with pytest.raises(ValueError, match="no exercises"):
        Routine("empty", "Empty", "", ())


def test_all_eight_exercises_ship(shipped):
    assert {item.id for item in shipped.exercises} == EXERCISE_IDS


def test_every_shipped_exercise_is_complete(shipped):
    for item in shipped.exercises:
        assert item.purpose, item.id
        assert item.why, item.id
        assert item.cautions, item.id
        assert 3 <= len(item.steps) <= 5, item.id
        assert item.illustration == f"{item.id}.svg"
        assert (RESOURCES / "illustrations" / item.illustration).is_file()
        assert item.mirror == (item.sides is Sides.LEFT_AND_RIGHT), item.id


@pytest.mark.parametrize("language", [None, "de"])
def test_the_steps_and_tips_read_in_the_time_to_get_ready(language):
    """At 240 words a minute, an adult's usual silent reading pace, 10 s read 40 words:
    what to do must be read before the hold begins, not while the head is tipped."""
    catalog, _ = load_catalog(RESOURCES, language=language)
    for item in catalog.exercises:
        for side in sides_played(item.sides):
            words = sum(len(for_side(line, side).split()) for line in (*item.steps, *item.cues))
            assert words <= Timing().get_ready_s * 240 / 60, (item.id, words)


def test_shipped_texts_are_short_and_speak_to_the_user(shipped):
    for item in shipped.exercises:
        for side in sides_played(item.sides):
            steps = [for_side(line, side) for line in (*item.steps, *item.cues)]
            lines = (item.purpose, item.why, *steps, *item.cautions)
            assert all(len(line) <= 140 for line in lines), item.id
            assert any("you" in line.lower() for line in lines), item.id
            assert not any(mark in line for line in lines for mark in "{|}"), item.id


def test_sided_steps_name_the_users_own_side(shipped):
    """As in a mirror: "your left ear", filled in for the side played, never "the side
    shown"; exercises without sides name none."""
    for item in shipped.exercises:
        words = " ".join(item.steps).lower()
        assert "side shown" not in words, item.id
        if item.sides is not Sides.LEFT_AND_RIGHT:
            assert not any(side in words for side in ("left", "right")), item.id
            continue
        left = " ".join(for_side(step, Side.LEFT) for step in item.steps)
        right = " ".join(for_side(step, Side.RIGHT) for step in item.steps)
        assert "your left" in left, item.id
        assert "your right" in right, item.id


def test_the_sides_and_postures_follow_the_content(shipped):
    sides = {item.id: item.sides for item in shipped.exercises}
    assert sides["chin-tuck"] is Sides.NONE
    assert sides["thoracic-extension"] is Sides.NONE
    assert sides["rhomboid-row"] is Sides.BOTH
    assert sides["upper-trap-stretch"] is Sides.LEFT_AND_RIGHT
    standing = {item.id for item in shipped.exercises if item.posture is Posture.STANDING}
    assert standing == {"rhomboid-row", "shoulder-extension-dissociation"}
    at_a_wall = {item.id for item in shipped.exercises if item.posture is Posture.AT_A_WALL}
    assert at_a_wall == {"wall-neck-side-bend"}


def test_the_posture_reset_uses_the_micro_break_doses(shipped):
    items = shipped.routine("posture-reset").items
    assert [(item.exercise.id, item.dose) for item in items] == [
        ("chin-tuck", Dose(reps=5, rep_s=5)),
        ("upper-trap-stretch", Dose(sets=1, hold_s=15)),
    ]


def test_the_desk_neck_release_holds_each_article_stretch_once_for_30_seconds(shipped):
    items = shipped.routine("desk-neck").items
    assert [item.exercise.id for item in items] == [
        "upper-trap-stretch",
        "levator-scap-stretch",
        "front-neck-stretch",
    ]
    assert {item.dose for item in items} == {Dose(sets=1, hold_s=30)}


def test_the_full_programme_has_every_exercise_once(shipped):
    items = shipped.routine("full-upper-back").items
    assert sorted(item.exercise.id for item in items) == sorted(EXERCISE_IDS)


def test_the_full_programme_gives_each_neck_stretch_its_full_dose(shipped):
    doses = {item.exercise.id: item.dose for item in shipped.routine("full-upper-back").items}
    for neck in ("upper-trap-stretch", "levator-scap-stretch", "front-neck-stretch"):
        assert (doses[neck].sets, doses[neck].hold_s) == (3, 30), neck


@pytest.mark.parametrize("language", [None, "de"])
def test_a_routine_shorter_than_the_full_dose_says_so(language):
    catalog, _ = load_catalog(RESOURCES, language=language)
    full = "full dose" if language is None else "volle"
    short = [
        routine for routine in catalog.routines
        if any(item.dose != item.exercise.dose for item in routine.items)
    ]  # fmt: skip
    assert [routine.id for routine in short] == ["posture-reset", "desk-neck"]
    assert all(full in routine.summary for routine in short)


@pytest.mark.parametrize("language", [None, "de"])
def test_no_routine_summary_names_a_length_of_its_own(language):
    """The app shows each routine's length beside its summary (the offer, the menu, the
    command line), worked out from its steps and the get-ready settings; a length written
    into the summary would say it twice on the offer and go stale when either changes."""
    catalog, _ = load_catalog(RESOURCES, language=language)
    for routine in catalog.routines:
        assert not re.findall(r"\b\d+ min", routine.summary, re.IGNORECASE), routine.id
