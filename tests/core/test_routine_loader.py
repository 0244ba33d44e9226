"""Loading the shipped routines, and every way a user's own file can go wrong.

Each broken file must cost the user only that file, with a message that says which
file, where in it, what is wrong and what the app does instead.
"""

import errno
import zipfile
from importlib.resources import files
from pathlib import Path

import pytest

from posture_break.core.catalog import SHIPPED_ORDER
from posture_break.core.routine_loader import load_catalog
from posture_break.core.routines import Dose, Phase

SHIPPED = Path(__file__).resolve().parents[2] / "resources"

STRETCH = """\
name = "Doorway stretch"
purpose = "Opens your chest."
sides = "left-and-right"
steps = ["Stand in a doorway.", "Lean through it."]
illustration = "upper-trap-stretch.svg"
mirror = true

[dose]
sets = 2
hold_s = 20
"""

ROUTINE = """\
name = "My break"

[[step]]
exercise = "chin-tuck"

[[step]]
exercise = "upper-trap-stretch"
hold_s = 20
"""


@pytest.fixture
def user(tmp_path) -> Path:
    return tmp_path / "data"


def put(user: Path, relative: str, content: str | bytes) -> Path:
    path = user / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    return path


def load_user(user: Path):
    """Load with `user`'s files; the built-ins must come through whatever the user did."""
    catalog, problems = load_catalog(SHIPPED, user)
    assert [routine.id for routine in catalog.routines][:4] == list(SHIPPED_ORDER)
    return catalog, [str(problem) for problem in problems]


# The shipped files ---------------------------------------------------------------------


def test_the_shipped_files_load_without_a_problem():
    catalog, problems = load_catalog(SHIPPED)
    assert problems == []
    assert catalog.notes == ()
    assert [routine.id for routine in catalog.routines] == list(SHIPPED_ORDER)
    assert len(catalog.exercises) == 8


def test_the_shipped_files_load_through_importlib_resources():
    catalog, problems = load_catalog(files("posture_break.resources"))
    assert problems == []
    assert [routine.id for routine in catalog.routines] == list(SHIPPED_ORDER)


def test_the_shipped_files_load_from_a_zipped_package(tmp_path):
    """An installed wheel may be a zip: only iterdir, name, is_dir and read_bytes are used."""
    archive = tmp_path / "resources.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for path in SHIPPED.rglob("*"):
            if path.is_file():
                bundle.write(path, path.relative_to(SHIPPED).as_posix())
    catalog, problems = load_catalog(zipfile.Path(archive))
    assert problems == []
    assert len(catalog.routines) == 4


def test_the_default_routine_is_the_desk_neck_release():
    catalog, _ = load_catalog(SHIPPED)
    assert catalog.default_id == "desk-neck"
    assert catalog.default() is catalog.routine("desk-neck")
    assert catalog.routine("no-such-routine") is None
    assert catalog.exercise("chin-tuck").name == "Chin tuck"


def test_a_missing_user_folder_is_no_problem(user):
    catalog, problems = load_user(user)
    assert problems == []
    assert len(catalog.routines) == 4


# The user's own files that work --------------------------------------------------------


def test_user_routines_come_after_the_shipped_ones_by_name(user):
    put(user, "routines/zz-first.toml", ROUTINE.replace("My break", "A quick one"))
    put(user, "routines/aa-second.toml", ROUTINE.replace("My break", "Midday"))
    catalog, problems = load_user(user)
    assert problems == []
    assert [routine.id for routine in catalog.routines][4:] == ["zz-first", "aa-second"]


def test_a_routine_step_may_override_part_of_the_dose(user):
    put(user, "routines/mine.toml", ROUTINE)
    catalog, _ = load_user(user)
    chin, trap = catalog.routine("mine").items
    assert chin.dose == Dose(reps=10, rep_s=5)  # the exercise's own
    assert trap.dose == Dose(sets=3, hold_s=20)  # its sets, the routine's hold


def test_a_file_saved_with_a_byte_order_mark_loads(user):
    """Some editors (Windows Notepad) start a UTF-8 file with one."""
    put(user, "routines/mine.toml", "\ufeff" + ROUTINE)
    catalog, problems = load_user(user)
    assert problems == []
    assert catalog.routine("mine").name == "My break"


def test_a_user_exercise_can_be_used_by_a_user_routine(user):
    put(user, "exercises/doorway-stretch.toml", STRETCH)
    put(user, "routines/mine.toml", 'name = "Mine"\n[[step]]\nexercise = "doorway-stretch"\n')
    catalog, problems = load_user(user)
    assert problems == []
    assert catalog.routine("mine").items[0].exercise.name == "Doorway stretch"


def test_a_user_exercise_replaces_the_shipped_one_everywhere_and_says_so(user):
    mine = STRETCH.replace("Doorway", "My chin").replace("hold_s = 20", "reps = 6\nrep_s = 4")
    path = put(user, "exercises/chin-tuck.toml", mine)
    catalog, problems = load_user(user)
    assert problems == []
    assert catalog.notes == (f'Your {path} replaces the built-in exercise "Chin tuck".',)
    first = catalog.routine("posture-reset").items[0]
    assert first.exercise.name == "My chin stretch"
    assert first.dose == Dose(sets=2, reps=5, rep_s=4)  # the routine's reps, the user's tempo


def test_a_replacement_that_does_not_fit_a_shipped_routine_hides_that_routine(user):
    put(user, "exercises/chin-tuck.toml", STRETCH)  # a hold, where posture-reset wants reps
    catalog, problems = load_catalog(SHIPPED, user)
    assert [str(problem) for problem in problems] == [
        f"{SHIPPED / 'routines' / 'posture-reset.toml'}: step 1: It gives reps but not rep_s, "
        "the seconds each repetition takes. The routine is left out until this is fixed."
    ]
    assert catalog.routine("posture-reset") is None
    assert catalog.routine("desk-neck") is not None


def test_a_user_routine_replaces_the_shipped_one_in_its_place(user):
    path = put(user, "routines/desk-neck.toml", ROUTINE)
    catalog, problems = load_user(user)
    assert problems == []
    assert catalog.notes == (f'Your {path} replaces the built-in routine "Desk neck release".',)
    assert catalog.routines[1].name == "My break"


def test_hidden_files_are_passed_over(user):
    put(user, "routines/.mine.toml.swp", b"\x00\x01")
    assert load_user(user)[1] == []


# The user's own files that do not work: one message each, and the rest still loads ----


def test_a_wrong_number_names_the_file_the_step_and_the_value(user):
    path = put(user, "routines/mine.toml", ROUTINE.replace("hold_s = 20", 'hold_s = "thirty"'))
    catalog, problems = load_user(user)
    assert problems == [
        f"{path}: step 2, hold_s: It must be a whole number of seconds from 1 to 600, but it "
        'is "thirty". The routine is left out until this is fixed.'
    ]
    assert catalog.routine("mine") is None


def test_a_broken_replacement_of_a_shipped_routine_leaves_the_shipped_one(user):
    path = put(user, "routines/desk-neck.toml", ROUTINE.replace("hold_s = 20", "hold_s = 0"))
    catalog, problems = load_user(user)
    assert problems == [
        f"{path}: step 2, hold_s: It must be a whole number of seconds from 1 to 600, but it "
        "is 0. The built-in routine is used until this is fixed."
    ]
    assert catalog.routine("desk-neck").name == "Desk neck release"


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("20.0", "Write the number without the decimal point."),
        ('"20"', "Write the number without quotes."),
    ],
)
def test_a_number_written_almost_right_gets_a_hint(user, written, hint):
    path = put(user, "routines/mine.toml", ROUTINE.replace("hold_s = 20", f"hold_s = {written}"))
    assert load_user(user)[1] == [
        f"{path}: step 2, hold_s: It must be a whole number of seconds from 1 to 600, but it "
        f"is {written}. {hint} The routine is left out until this is fixed."
    ]


def test_a_file_that_is_not_toml_says_where_it_stops(user):
    path = put(user, "routines/mine.toml", 'name = "Mine"\nsteps 3\n')
    assert load_user(user)[1] == [
        f"{path}: line 2: This file is not valid TOML: expected '=' after a key in a "
        "key/value pair at column 7. The routine is left out until this is fixed."
    ]


def test_a_file_nested_past_any_reason_is_left_out_and_the_rest_loads(user):
    path = put(user, "routines/mine.toml", 'name = "Mine"\nsteps = ' + "[" * 50_000)
    catalog, problems = load_user(user)
    assert problems == [
        f"{path}: This file is not valid TOML: its lists or tables are nested too deep to "
        "read. The routine is left out until this is fixed."
    ]
    assert catalog.routines  # the shipped routines are still there


def test_a_file_cut_short_points_at_its_last_line(user):
    path = put(user, "routines/mine.toml", 'name = "Mine"\nstep = [\n')
    assert load_user(user)[1] == [
        f"{path}: line 2: This file is not valid TOML: invalid value at the end of the file. "
        "The routine is left out until this is fixed."
    ]


def test_a_file_that_is_not_utf8_names_the_line(user):
    path = put(user, "exercises/mine.toml", b'name = "Caf\xe9"\n')
    assert load_user(user)[1] == [
        f"{path}: line 1: This file is not UTF-8 text. Save it as UTF-8. The exercise is left "
        "out until this is fixed."
    ]


def test_a_file_with_a_byte_order_mark_that_is_not_utf8_further_on_names_the_line(user):
    path = put(user, "exercises/mine.toml", b'\xef\xbb\xbf\nname = "Caf\xe9"\n')
    assert load_user(user)[1] == [
        f"{path}: line 2: This file is not UTF-8 text. Save it as UTF-8. The exercise is left "
        "out until this is fixed."
    ]


def test_a_folder_where_a_file_should_be(user):
    (user / "routines" / "mine.toml").mkdir(parents=True)
    path = user / "routines" / "mine.toml"
    assert load_user(user)[1] == [
        f"{path}: This is a folder where a file should be. The routine is left out until this "
        "is fixed."
    ]


def test_a_file_where_the_user_folder_should_be(user):
    put(user, "routines", "oops")
    assert load_user(user)[1] == [
        f"{user / 'routines'}: This is a file where a folder should be, so nothing in it is read."
    ]


def test_a_file_that_is_not_toml_by_name_is_reported_not_read(user):
    path = put(user, "routines/mine.txt", ROUTINE)
    (user / "routines" / "old").mkdir()
    assert load_user(user)[1] == [
        f"{path}: This is not a .toml file, so it is ignored: only .toml files are read here.",
        f"{user / 'routines' / 'old'}: This is a folder, so it is ignored: only .toml files "
        "are read here.",
    ]


def test_a_file_name_that_cannot_be_an_id(user):
    path = put(user, "routines/My Break.toml", ROUTINE)
    assert load_user(user)[1] == [
        f"{path}: Its name is not an id. Use only lower-case letters, digits, hyphens and "
        "underscores, such as my-stretch.toml. The routine is left out until this is fixed."
    ]


def test_a_routine_naming_a_missing_exercise_suggests_the_closest(user):
    path = put(user, "routines/mine.toml", ROUTINE.replace('"chin-tuck"', '"chin-tuk"'))
    catalog, problems = load_user(user)
    assert problems == [
        f'{path}: step 1, exercise: There is no exercise with the id "chin-tuk". Did you mean '
        '"chin-tuck"? The routine is left out until this is fixed.'
    ]
    assert catalog.routine("mine") is None


def test_a_routine_naming_a_broken_exercise_points_at_it(user):
    exercise = put(user, "exercises/doorway-stretch.toml", STRETCH.replace("hold_s = 20", ""))
    routine = put(user, "routines/mine.toml", 'name = "M"\n[[step]]\nexercise = "doorway-stretch"')
    assert load_user(user)[1] == [
        f"{exercise}: [dose]: It needs hold_s (seconds to hold) or reps and rep_s (how many, "
        "and seconds each). The exercise is left out until this is fixed.",
        f'{routine}: step 1, exercise: It names "doorway-stretch", whose file has problems of '
        "its own (listed with it). The routine is left out until this is fixed.",
    ]


def test_every_problem_in_a_file_is_listed_at_once(user):
    path = put(
        user,
        "exercises/mine.toml",
        'sides = "left"\nsteps = ["Stand.", 3]\nmirror = "yes"\nillustration = "../x.svg"\n',
    )
    leave = "The exercise is left out until this is fixed."
    assert load_user(user)[1] == [
        f'{path}: name: It is missing. Write it as name = "...". {leave}',
        f"{path}: steps: It must hold only text in quotes, but entry 2 is 3. {leave}",
        f'{path}: sides: It must be "none", "left-and-right" or "both", but it is "left". '
        f'Did you mean "left-and-right"? {leave}',
        f'{path}: mirror: It must be true or false, but it is "yes". {leave}',
        f"{path}: illustration: It must be the name of an SVG, PNG or JPEG picture file, "
        f'such as "mine.svg", but it is "../x.svg". {leave}',
        f"{path}: dose: It is missing. Add a [dose] section with sets and hold_s, or with "
        f"sets, reps and rep_s. {leave}",
    ]


IGNORED = "Posture Break does not know this key here, so it is ignored."


def test_unknown_keys_are_reported_with_the_closest_known_key_and_ignored(user):
    written = STRETCH.replace("mirror = true", "mirror = true\nmirorr = false\nhold_s = 5")
    path = put(user, "exercises/mine.toml", written + "stes = 3\nsteps = []\n")
    catalog, problems = load_user(user)
    assert problems == [
        f"{path}: mirorr: {IGNORED} Did you mean mirror?",
        f"{path}: hold_s: {IGNORED} It belongs under [dose].",
        f"{path}: [dose] stes: {IGNORED} Did you mean sets?",
        f"{path}: [dose] steps: {IGNORED} It belongs above the [dose] line.",
    ]
    assert catalog.exercise("mine").dose == Dose(sets=2, hold_s=20)


REPEATED = STRETCH.replace("hold_s = 20", "reps = 8\nrep_s = 4").replace(
    "[dose]", "{phases}\n[dose]"
)


def test_phases_name_the_parts_of_a_repetition(user):
    put(user, "exercises/mine.toml", REPEATED.format(phases='phases = [["Up", 1], ["Down", 3]]'))
    catalog, problems = load_user(user)
    assert problems == []
    assert catalog.exercise("mine").phases == (Phase("Up", 1), Phase("Down", 3))
    assert catalog.exercise("chin-tuck").phases == (
        Phase("Back", 1), Phase("Hold", 3), Phase("Release", 1),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("written", "message"),
    [
        (
            'phases = [["Up", 1], ["Down", 2]]',
            "Their seconds add up to 3, but [dose] rep_s is 4: they must be equal.",
        ),
        (
            'phases = [["Up", 1], ["Down", 0]]',
            'Each entry must be a word in quotes and its whole seconds, such as ["Hold", 3], '
            'but entry 2 is ["Down", 0].',
        ),
        (
            'phases = [["Up", 2], [" ", 2]]',
            'Each entry must be a word in quotes and its whole seconds, such as ["Hold", 3], '
            'but entry 2 is [" ", 2].',
        ),
        (
            'phases = ["Up", "Down"]',
            'Each entry must be a word in quotes and its whole seconds, such as ["Hold", 3], '
            'but entry 1 is "Up".',
        ),
        (
            "phases = []",
            'It must be a list of words with their seconds, such as [["Back", 1], ["Hold", 3], '
            '["Release", 1]], but it is an empty list.',
        ),
    ],
)
def test_wrong_phases_say_what_is_wrong(user, written, message):
    path = put(user, "exercises/mine.toml", REPEATED.format(phases=written))
    catalog, problems = load_user(user)
    assert problems == [f"{path}: phases: {message} The exercise is left out until this is fixed."]
    assert catalog.exercise("mine") is None


def test_a_held_stretch_has_no_phases(user):
    written = STRETCH.replace("[dose]", 'phases = [["Lean", 20]]\n[dose]')
    path = put(user, "exercises/mine.toml", written)
    assert load_user(user)[1] == [
        f"{path}: phases: Phases split one repetition, but [dose] gives hold_s. Leave them out, "
        "or give reps and rep_s. The exercise is left out until this is fixed."
    ]


def test_a_dose_cannot_be_both_a_hold_and_repetitions(user):
    path = put(user, "routines/mine.toml", ROUTINE.replace("hold_s = 20", "hold_s = 20\nreps = 4"))
    assert load_user(user)[1] == [
        f"{path}: step 2: It gives both hold_s and reps. Use hold_s for a stretch you hold "
        "still, or reps and rep_s for a movement you repeat. The routine is left out until "
        "this is fixed."
    ]


def test_repetitions_for_a_held_stretch_need_a_tempo(user):
    path = put(user, "routines/mine.toml", ROUTINE.replace("hold_s = 20", "reps = 4"))
    assert load_user(user)[1] == [
        f"{path}: step 2: It gives reps but not rep_s, the seconds each repetition takes. The "
        "routine is left out until this is fixed."
    ]


def test_a_routine_without_steps(user):
    path = put(user, "routines/mine.toml", 'name = "Mine"\n[[steps]]\nexercise = "chin-tuck"\n')
    assert load_user(user)[1] == [
        f"{path}: steps: {IGNORED} Did you mean step?",
        f"{path}: step: It is missing. List the exercises as [[step]] sections, each with "
        'exercise = "...". The routine is left out until this is fixed.',
    ]


def test_a_broken_user_file_leaves_the_shipped_one_in_place(user):
    path = put(user, "exercises/chin-tuck.toml", "name = ")
    catalog, problems = load_user(user)
    assert problems == [
        f"{path}: line 1: This file is not valid TOML: invalid value at the end of the file. "
        "The built-in exercise is used until this is fixed."
    ]
    assert catalog.exercise("chin-tuck").name == "Chin tuck"
    assert catalog.notes == ()


def test_a_picture_that_is_nowhere_is_reported_but_the_exercise_loads(user):
    path = put(user, "exercises/mine.toml", STRETCH.replace("upper-trap-stretch.svg", "mine.svg"))
    catalog, problems = load_user(user)
    assert problems == [
        f"{path}: illustration: It names mine.svg, which no illustrations folder holds, so the "
        "window shows the exercise's name in a frame instead."
    ]
    assert catalog.exercise("mine") is not None


def test_a_picture_in_the_user_illustrations_folder_counts(user):
    put(user, "exercises/mine.toml", STRETCH.replace("upper-trap-stretch.svg", "mine.svg"))
    put(user, "illustrations/mine.svg", "<svg/>")
    assert load_user(user)[1] == []


class Unreadable:
    """A folder whose one file cannot be read, the way a chmod 000 file fails for a user."""

    def __init__(self, name, children=(), error=None):
        self.name, self.children, self.error = name, children, error

    def __str__(self):
        return f"/data/{self.name}"

    def iterdir(self):
        if self.error:
            raise self.error
        return iter(self.children)

    def is_dir(self):
        return bool(self.children) or self.error is not None

    def read_bytes(self):
        raise PermissionError(errno.EACCES, "Permission denied")


def test_an_unreadable_file_or_folder_is_a_problem_not_a_crash():
    refused = PermissionError(errno.EACCES, "Permission denied")
    user = Unreadable(
        "data",
        [
            Unreadable("exercises", [Unreadable("mine.toml")]),
            Unreadable("routines", error=refused),
        ],
    )
    catalog, problems = load_catalog(SHIPPED, user)
    assert [str(problem) for problem in problems] == [
        "/data/mine.toml: This file cannot be read. Posture Break is not allowed to read it. "
        "The exercise is left out until this is fixed.",
        "/data/routines: This folder cannot be read, so nothing in it is read. Posture Break "
        "is not allowed to read it.",
    ]
    assert len(catalog.routines) == 4
