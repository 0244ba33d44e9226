"""The settings model: what a hand-edited file turns into, and what the user is told."""

import tomllib
from dataclasses import fields

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from posture_break.core.problems import Problem
from posture_break.core.settings import (
    CURRENT_VERSION,
    KEYS,
    MIGRATIONS,
    Settings,
    describe_keys,
    interpret,
    migrate,
    to_toml,
    validate,
)

examples = hypothesis_settings(max_examples=50)


@st.composite
def valid_settings(draw: st.DrawFn) -> Settings:
    stretch = draw(st.integers(10, 240))
    micro = draw(st.just(0) | st.integers(5, min(120, stretch - 1)))
    volume = draw(st.just(0) | st.integers(1, 100))
    return Settings(stretch, micro, draw(st.integers(30, 1800)), volume)


def test_the_documented_keys_have_their_documented_defaults_and_ranges():
    table = {(k.section, k.name): (k.default, k.minimum, k.maximum, k.zero_means_off) for k in KEYS}
    assert table == {
        ("breaks", "stretch_every_min"): (55, 10, 240, False),
        ("breaks", "micro_every_min"): (25, 5, 120, True),
        ("timing", "idle_after_s"): (120, 30, 1800, False),
        ("window", "sound_volume"): (40, 1, 100, True),
    }
    assert Settings() == Settings(
        stretch_every_min=55, micro_every_min=25, idle_after_s=120, sound_volume=40
    )


def test_every_key_is_a_settings_field_with_the_same_default_and_a_comment():
    assert [(f.name, f.default) for f in fields(Settings)] == [(k.name, k.default) for k in KEYS]
    assert all(k.comment and "\n" not in k.comment for k in KEYS)
    assert all(k.minimum <= k.default <= k.maximum for k in KEYS)


def test_keys_are_described_for_the_readme_and_the_command_line():
    assert describe_keys()[0] == (
        "[breaks] stretch_every_min",
        "Minutes of work between stretch breaks (default 55, from 10 to 240)",
    )
    assert "0 turns it off" in dict(describe_keys())["[breaks] micro_every_min"]


def test_the_defaults_file_reads_well():
    assert to_toml(Settings()) == (
        "# Posture Break settings\n"
        "#\n"
        "# Change a value with any text editor; delete a line to get its default back.\n"
        "# The line above each setting says what it does and which values it accepts.\n"
        '# Run "posture-break check" to find mistakes.\n'
        "# When Posture Break saves this file it writes all of it again: your values are\n"
        "# kept, your own comments are not. The previous file is kept as settings.toml.bak.\n"
        "\n"
        "# The format of this file; Posture Break updates it itself.\n"
        "version = 1\n"
        "\n"
        "[breaks]\n"
        "# Minutes of work between stretch breaks (default 55, from 10 to 240)\n"
        "stretch_every_min = 55\n"
        "# Minutes of work between short micro breaks; keep it below stretch_every_min"
        " (default 25, from 5 to 120, 0 turns it off)\n"
        "micro_every_min = 25\n"
        "\n"
        "[timing]\n"
        "# Seconds without keyboard or mouse use after which you count as away"
        " (default 120, from 30 to 1800)\n"
        "idle_after_s = 120\n"
        "\n"
        "[window]\n"
        "# Loudness in percent of the soft sounds that mark each step of a routine"
        " (default 40, from 1 to 100, 0 turns it off)\n"
        "sound_volume = 40\n"
    )


@examples
@given(valid_settings())
def test_any_valid_settings_survive_the_file_format(settings):
    raw = tomllib.loads(to_toml(settings))
    assert raw["version"] == CURRENT_VERSION
    assert validate(raw) == (settings, [])


def test_a_partial_file_uses_defaults_for_the_rest_without_complaint():
    assert validate({"timing": {"idle_after_s": 300}}) == (Settings(idle_after_s=300), [])
    assert validate({}) == (Settings(), [])


def test_micro_breaks_can_be_turned_off_with_zero():
    assert validate({"breaks": {"micro_every_min": 0}}) == (Settings(micro_every_min=0), [])


KEY = "[breaks] stretch_every_min"
RANGE = "must be a whole number of minutes from 10 to 240, but it is"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("fifty", f'{RANGE} "fifty"; using the default, 55.'),
        ("40", f'{RANGE} "40" (write the number without quotes); using the default, 55.'),
        (True, f"{RANGE} true; using the default, 55."),
        (40.0, f"{RANGE} 40.0 (write it without the decimal point); using the default, 55."),
        (40.5, f"{RANGE} 40.5; using the default, 55."),
        ([40], f"{RANGE} a list; using the default, 55."),
        ({"minutes": 40}, f"{RANGE} a table; using the default, 55."),
        (10**30, f"{RANGE} {10**30}; using the default, 55."),
        (10**100, f"{RANGE} a number 101 digits long; using the default, 55."),
        (-5, f"{RANGE} -5; using the default, 55."),
        (9, f"{RANGE} 9; using the default, 55."),
        (241, f"{RANGE} 241; using the default, 55."),
        ("x" * 80, f'{RANGE} "{"x" * 29}…"; using the default, 55.'),
    ],
    ids=lambda v: type(v).__name__ if not isinstance(v, str) or len(v) > 10 else v,
)
def test_a_bad_value_names_the_key_says_why_and_falls_back_to_its_default(value, message):
    settings, problems = validate({"breaks": {"stretch_every_min": value, "micro_every_min": 20}})
    assert problems == [Problem("settings.toml", KEY, message)]
    assert settings == Settings(micro_every_min=20)  # the valid neighbour is kept


def test_the_limits_themselves_are_allowed():
    assert validate({"breaks": {"stretch_every_min": 10, "micro_every_min": 5}})[1] == []
    assert validate({"breaks": {"stretch_every_min": 240, "micro_every_min": 120}})[1] == []
    assert validate({"timing": {"idle_after_s": 30}})[1] == []
    assert validate({"timing": {"idle_after_s": 1800}})[1] == []


def test_a_bad_micro_break_value_mentions_that_zero_turns_them_off():
    settings, problems = validate({"breaks": {"micro_every_min": 3}})
    assert [str(p) for p in problems] == [
        "settings.toml: [breaks] micro_every_min: must be 0 (off) or a whole number of minutes "
        "from 5 to 120, but it is 3; using the default, 25."
    ]
    assert settings == Settings()


def test_every_problem_is_reported_at_once_and_every_good_value_kept():
    raw = {
        "breaks": {"stretch_every_min": "fifty", "micro_every_min": 15},
        "timing": {"idle_after_s": False},
        "sound": {"volume": 3},
    }
    settings, problems = validate(raw, "/home/ada/.config/posture-break/settings.toml")
    assert [p.where for p in problems] == [
        "[breaks] stretch_every_min",
        "[timing] idle_after_s",
        "[sound]",
    ]
    assert {p.file for p in problems} == {"/home/ada/.config/posture-break/settings.toml"}
    assert settings == Settings(micro_every_min=15)


@pytest.mark.parametrize(
    ("raw", "where", "message"),
    [
        (
            {"breaks": {"strech_every_min": 30}},
            "[breaks] strech_every_min",
            "is not a setting Posture Break knows, so it is ignored; "
            "did you mean stretch_every_min?",
        ),
        (
            {"breaks": {"Micro_Every_Min": 30}},
            "[breaks] Micro_Every_Min",
            "is not a setting Posture Break knows, so it is ignored; did you mean micro_every_min?",
        ),
        (
            {"breaks": {"idle_after_s": 300}},
            "[breaks] idle_after_s",
            "is not a setting Posture Break knows, so it is ignored; "
            "did you mean idle_after_s in [timing]?",
        ),
        (
            {"breaks": {"colour": "blue"}},
            "[breaks] colour",
            "is not a setting Posture Break knows, so it is ignored.",
        ),
        (
            {"stretch_every_min": 30},
            "stretch_every_min",
            "is not a setting Posture Break knows, so it is ignored; "
            "did you mean stretch_every_min in [breaks]?",
        ),
        (
            {"brakes": {"stretch_every_min": 30}},
            "[brakes]",
            "is not a section Posture Break knows, so all of it is ignored; did you mean [breaks]?",
        ),
        (
            {"sound": {"volume": 3}},
            "[sound]",
            "is not a section Posture Break knows, so all of it is ignored.",
        ),
        (
            {"breaks": 30},
            "breaks",
            "must be a section (a line [breaks] followed by its settings), but it is 30; "
            "using the defaults for stretch_every_min and micro_every_min.",
        ),
        (
            {"timing": [{"idle_after_s": 300}]},
            "timing",
            "must be a section (a line [timing] followed by its settings), but it is a list; "
            "using the defaults for idle_after_s.",
        ),
    ],
)
def test_what_is_not_a_setting_is_named_ignored_and_a_close_key_suggested(raw, where, message):
    assert validate(raw) == (Settings(), [Problem("settings.toml", where, message)])


def test_micro_breaks_that_could_never_come_are_turned_off_and_explained():
    settings, problems = validate({"breaks": {"stretch_every_min": 30, "micro_every_min": 30}})
    assert settings == Settings(stretch_every_min=30, micro_every_min=0)
    assert problems == [
        Problem(
            "settings.toml",
            "[breaks] micro_every_min",
            "is 30 minutes, which is not shorter than stretch_every_min (30 minutes), so a micro "
            "break would never come; micro breaks are off for now. Set it below 30 to have them, "
            "or to 0 to turn them off for good.",
        )
    ]


def test_the_default_micro_interval_is_also_checked_against_a_short_stretch_interval():
    settings, problems = validate({"breaks": {"stretch_every_min": 20}})
    assert settings == Settings(stretch_every_min=20, micro_every_min=0)
    assert [p.where for p in problems] == ["[breaks] micro_every_min"]


def test_a_file_without_a_version_is_a_hand_written_version_1():
    assert interpret({"breaks": {"stretch_every_min": 40}}) == (
        Settings(stretch_every_min=40),
        [],
        1,
    )


@pytest.mark.parametrize(
    ("version", "shown"), [("one", '"one"'), (0, "0"), (True, "true"), (1.0, "1.0")]
)
def test_a_version_that_is_not_a_version_is_read_as_version_1(version, shown):
    settings, problems, read_as = interpret({"version": version, "timing": {"idle_after_s": 60}})
    assert (settings, read_as) == (Settings(idle_after_s=60), 1)
    assert problems == [
        Problem(
            "settings.toml",
            "version",
            f"must be a whole number such as 1, but it is {shown}; reading the file as version 1.",
        )
    ]


def test_a_newer_file_gives_the_keys_this_version_knows_and_says_where_it_comes_from():
    raw = {
        "version": 2,
        "breaks": {"stretch_every_min": 45, "micro_every_min": "soon", "new_thing": 1},
        "later_section": {"x": 1},
    }
    settings, problems, version = interpret(raw)
    assert (settings, version) == (Settings(stretch_every_min=45), 2)
    assert [(p.where, p.message) for p in problems] == [
        (
            "version",
            "is 2, so this file comes from a newer version of Posture Break. This one uses the "
            "settings it knows and will not save over the file, so nothing the newer version "
            "wrote is lost.",
        ),
        (
            "[breaks] micro_every_min",
            'must be 0 (off) or a whole number of minutes from 5 to 120, but it is "soon"; '
            "using the default, 25.",
        ),
    ]


def test_there_is_a_migration_from_every_earlier_version():
    assert set(MIGRATIONS) == set(range(1, CURRENT_VERSION))


def test_migrations_run_one_version_at_a_time_in_order():
    calls = []

    def one_to_two(raw):
        calls.append(1)
        raw["breaks"]["stretch_every"] = raw["breaks"].pop("every")
        return raw

    def two_to_three(raw):
        calls.append(2)
        raw["breaks"]["stretch_every_min"] = raw["breaks"].pop("stretch_every")
        return raw

    original = {"version": 1, "breaks": {"every": 30}}
    steps = {2: two_to_three, 1: one_to_two}  # the order of the map does not matter
    assert migrate(original, 1, steps, 3) == {"version": 3, "breaks": {"stretch_every_min": 30}}
    assert calls == [1, 2]
    assert original == {"version": 1, "breaks": {"every": 30}}  # the caller's data is untouched
    assert interpret(original, migrations=steps, current_version=3) == (
        Settings(stretch_every_min=30, micro_every_min=25),
        [],
        1,
    )


def test_a_migration_that_fails_on_odd_input_does_not_stop_the_app():
    def broken(raw):
        return raw["breaks"]["every"]

    settings, problems, _ = interpret({"version": 1}, migrations={1: broken}, current_version=2)
    assert settings == Settings()
    assert problems[0].where == "version"
    assert problems[0].message.startswith("is 1, from an older version of Posture Break, and")
    assert problems[0].message.endswith("so Posture Break uses the default for every setting.")
