"""Exercise and routine texts in another language, from files beside the English ones.

A translation may change only what is read; numbers, sides and pictures stay those of
the English file, and a slip in a translation costs one text, never the exercise.
"""

import tomllib
from pathlib import Path

import pytest

from posture_break.core.routine_loader import check_catalog, load_catalog
from posture_break.core.translated_texts import TEXT_KEYS
from tests.helpers.content import EXERCISE_IDS

SHIPPED = Path(__file__).resolve().parents[2] / "resources"
SHIPPED_ROUTINES = ("posture-reset", "desk-neck", "rhomboid-relief", "full-upper-back")
CONSEQUENCE = "The English text is used until this is fixed."


@pytest.fixture
def user(tmp_path) -> Path:
    return tmp_path / "data"


def put(user: Path, relative: str, content: str) -> Path:
    path = user / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content)
    return path


def messages(problems):
    return [str(problem) for problem in problems]


def test_german_replaces_the_texts_and_nothing_else():
    english, _ = load_catalog(SHIPPED)
    german, problems = load_catalog(SHIPPED, language="de")
    assert problems == []
    chin = german.exercise("chin-tuck")
    assert chin.name == "Kinn zurückschieben"
    assert chin.steps[0] == "Sitzen Sie aufrecht, den Blick geradeaus."
    for before, after in zip(english.exercises, german.exercises, strict=True):
        assert (before.id, before.dose, before.sides, before.posture) == (
            after.id, after.dose, after.sides, after.posture,
        )  # fmt: skip
        assert before.illustration_for(None) == after.illustration_for(None)
        assert (before.mirror, before.illustration_left) == (after.mirror, after.illustration_left)
        assert before.name != after.name
        assert [p.seconds for p in before.phases] == [p.seconds for p in after.phases]
    for before, after in zip(english.routines, german.routines, strict=True):
        assert before.id == after.id
        assert [(i.exercise.id, i.dose) for i in before.items] == [
            (i.exercise.id, i.dose) for i in after.items
        ]
        assert all(item.exercise is german.exercise(item.exercise.id) for item in after.items)
    assert german.routine("posture-reset").name == "Haltungsausgleich"
    assert german.default_id == english.default_id


def test_a_language_without_translations_is_english():
    english, _ = load_catalog(SHIPPED)
    french, problems = load_catalog(SHIPPED, language="fr")
    assert problems == []
    assert french == english


def test_the_english_catalog_ignores_the_language_folders():
    catalog, problems = load_catalog(SHIPPED)
    assert problems == []
    assert catalog.exercise("chin-tuck").name == "Chin tuck"


@pytest.mark.parametrize("exercise_id", sorted(EXERCISE_IDS))
def test_every_shipped_exercise_has_every_text_in_german(exercise_id):
    english = tomllib.loads((SHIPPED / "exercises" / f"{exercise_id}.toml").read_text())
    german = tomllib.loads((SHIPPED / "exercises" / "de" / f"{exercise_id}.toml").read_text())
    given = {key for key in TEXT_KEYS["exercise"] if english.get(key)}
    assert set(german) == given
    for key in ("steps", "cautions"):  # safety: every instruction and every warning
        assert len(german[key]) == len(english[key]), key
    for key in ("steps", "cues"):  # each side named where the English names it
        for line, german_line in zip(english.get(key, []), german.get(key, []), strict=True):
            assert german_line.count("|") == line.count("|"), german_line


@pytest.mark.parametrize("routine_id", SHIPPED_ROUTINES)
def test_every_shipped_routine_has_its_name_and_summary_in_german(routine_id):
    german = tomllib.loads((SHIPPED / "routines" / "de" / f"{routine_id}.toml").read_text())
    assert set(german) == set(TEXT_KEYS["routine"])


def test_every_shipped_file_has_a_german_one():
    for kind in ("exercises", "routines"):
        english = {path.name for path in (SHIPPED / kind).glob("*.toml")}
        assert {path.name for path in (SHIPPED / kind / "de").glob("*.toml")} == english


def test_a_bad_text_stays_english_and_says_so(user):
    path = put(user, "exercises/de/chin-tuck.toml", 'name = "Kinn"\nsteps = "Sitzen"\n')
    catalog, problems = load_catalog(SHIPPED, user, "de")
    chin = catalog.exercise("chin-tuck")
    assert chin.name == "Kinn"  # the user's, over the shipped German
    assert chin.steps[0] == "Sitzen Sie aufrecht, den Blick geradeaus."
    assert messages(problems) == [
        f'{path}: steps: It must be a list of texts, such as ["...", "..."], but it is '
        '"Sitzen". The built-in translation is used until this is fixed.'
    ]


def test_a_translation_of_a_users_own_exercise_reports_a_missing_text(user):
    put(user, "exercises/mine.toml", 'name = "Mine"\nsides = "none"\nsteps = ["Sit."]\n'
        'why = "It helps."\nillustration = "chin-tuck.svg"\n[dose]\nhold_s = 5\n')  # fmt: skip
    path = put(user, "exercises/de/mine.toml", 'name = "Meine"\nwhy = 3\n')
    catalog, problems = load_catalog(SHIPPED, user, "de")
    mine = catalog.exercise("mine")
    assert (mine.name, mine.why, mine.steps) == ("Meine", "It helps.", ("Sit.",))
    assert messages(problems) == [
        f"{path}: why: It must be text in quotes, but it is 3. {CONSEQUENCE}",
        f'{path}: steps: It is missing. Write it as steps = ["...", "..."]. {CONSEQUENCE}',
    ]


def test_a_translation_may_not_change_the_dose(user):
    path = put(user, "exercises/de/chin-tuck.toml", 'name = "Kinn"\n[dose]\nreps = 3\n')
    catalog, problems = load_catalog(SHIPPED, user, "de")
    assert catalog.exercise("chin-tuck").dose.reps == 10
    assert messages(problems) == [
        f"{path}: dose: Posture Break does not know this key here, so it is ignored. It "
        "stays in the English file: a translation holds only texts."
    ]


def test_a_translation_gives_one_word_for_each_phase_and_no_seconds(user):
    path = put(user, "exercises/de/chin-tuck.toml", 'phases = ["Zurück", "Halten"]\n')
    catalog, problems = load_catalog(SHIPPED, user, "de")
    chin = catalog.exercise("chin-tuck")
    assert [phase.word for phase in chin.phases] == ["Zurück", "Halten", "Lösen"]  # shipped
    assert messages(problems) == [
        f"{path}: phases: It gives 2 words, but the English file has 3 phases: one word for "
        "each, in order. The built-in translation is used until this is fixed."
    ]


def test_a_translation_for_no_exercise_is_reported(user):
    path = put(user, "exercises/de/chin-tuk.toml", 'name = "Kinn"\n')
    catalog, problems = load_catalog(SHIPPED, user, "de")
    assert catalog.exercise("chin-tuck").name == "Kinn zurückschieben"
    assert messages(problems) == [
        f'{path}: There is no exercise with the id "chin-tuk". Did you mean chin-tuck.toml? '
        "A translation is named as the file it translates, so this one is ignored."
    ]


def test_a_users_translation_replaces_the_shipped_one(user):
    put(user, "routines/de/desk-neck.toml", 'name = "Nacken"\n')
    catalog, problems = load_catalog(SHIPPED, user, "de")
    assert problems == []
    neck = catalog.routine("desk-neck")
    assert neck.name == "Nacken"
    assert neck.summary.startswith("Drei Nackendehnungen")  # the shipped German


def test_the_shipped_translation_does_not_cover_a_users_own_exercise(user):
    put(user, "exercises/chin-tuck.toml", 'name = "My tuck"\nsides = "none"\n'
        'steps = ["Tuck."]\n[dose]\nreps = 5\nrep_s = 4\n')  # fmt: skip
    catalog, _ = load_catalog(SHIPPED, user, "de")
    assert catalog.exercise("chin-tuck").name == "My tuck"
    assert catalog.routine("posture-reset").items[0].exercise.name == "My tuck"


def test_a_translation_that_is_no_toml_leaves_the_english(user):
    path = put(user, "routines/de/mine.toml", "name = \n")
    put(user, "routines/mine.toml", 'name = "Mine"\n[[step]]\nexercise = "chin-tuck"\n')
    catalog, problems = load_catalog(SHIPPED, user, "de")
    assert catalog.routine("mine").name == "Mine"
    assert [(p.file, p.message.endswith(CONSEQUENCE)) for p in problems] == [(str(path), True)]


def test_check_reads_the_translations_of_every_language(user):
    french = put(user, "routines/fr/desk-neck.toml", 'nom = "Nuque"\n')
    german = put(user, "routines/de/no-such.toml", 'name = "Nichts"\n')
    catalog, problems = check_catalog(SHIPPED, user)
    assert catalog.routine("desk-neck").name == "Desk neck release"  # English
    assert [(problem.file, problem.where) for problem in problems] == [
        (str(german), ""),  # no such routine
        (str(french), "nom"),
        (str(french), "name"),
        (str(french), "summary"),
    ]
