"""The settings model: what a hand-edited file turns into, and what the user is told."""

import tomllib
from dataclasses import fields

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from posture_break.core.problems import Problem
from posture_break.core.setting_kinds import format_hours
from posture_break.core.settings import (
    CURRENT_VERSION,
    KEYS,
    WEEKDAYS,
    Settings,
    describe_keys,
    to_toml,
)
from posture_break.core.settings_validation import MIGRATIONS, interpret, migrate, validate

examples = hypothesis_settings(max_examples=50)


@st.composite
def valid_settings(draw: st.DrawFn) -> Settings:
    stretch = draw(st.integers(10, 240))
    ids = st.lists(st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True), unique=True)

    def hours() -> st.SearchStrategy[str]:
        span = st.tuples(st.integers(0, 1439), st.integers(1, 1440)).filter(lambda s: s[0] < s[1])
        return st.just("") | span.map(format_hours)

    return Settings(
        stretch_every_min=stretch,
        micro_every_min=draw(st.just(0) | st.integers(5, min(120, stretch - 1))),
        stretch_routines=tuple(draw(ids.filter(bool))),
        heads_up_s=draw(st.just(0) | st.integers(10, 600)),
        snooze_min=draw(st.integers(1, 60)),
        snooze_limit=draw(st.integers(0, 10)),
        allow_skip=draw(st.booleans()),
        idle_after_s=draw(st.integers(30, 1800)),
        natural_breaks=draw(st.booleans()),
        hold_when_busy=draw(st.booleans()),
        hold_max_min=draw(st.integers(1, 120)),
        active_hours=False,
        **{day: draw(hours()) for day in WEEKDAYS},
        sound_volume=draw(st.just(0) | st.integers(1, 100)),
        stay_on_top=draw(st.booleans()),
        leave_out=tuple(draw(ids)),
        spoken_cues=draw(st.booleans()),
        pause_media=draw(st.booleans()),
    )


def test_the_documented_keys_have_their_documented_defaults_and_limits():
    assert dict(describe_keys()) == {
        "[breaks] stretch_every_min": "Minutes of work between stretch breaks "
        "(default 55, from 10 to 240)",
        "[breaks] micro_every_min": "Minutes of work between short micro breaks; keep it below "
        "stretch_every_min (default 25, from 5 to 120, 0 turns it off)",
        "[breaks] stretch_routines": "The routines stretch breaks take turns with; "
        '\'posture-break routines\' lists them (default ["desk-neck", "rhomboid-relief"])',
        "[breaks] heads_up_s": "Seconds before a break that a notification says it is coming "
        "(default 60, from 10 to 600, 0 turns it off)",
        "[breaks] snooze_min": 'Minutes a break waits when you choose "In a few minutes" '
        "(default 5, from 1 to 60)",
        "[breaks] snooze_limit": "How many times in a row a break may be put off "
        "(default 3, from 0 to 10)",
        "[breaks] allow_skip": "Whether a break may be skipped (true or false, default true)",
        "[timing] idle_after_s": "Seconds without keyboard or mouse use after which you count "
        "as away (default 120, from 30 to 1800)",
        "[timing] natural_breaks": "Time away from the computer as long as a break counts as "
        "that break (true or false, default true)",
        "[timing] hold_when_busy": "A due break waits while a full-screen app, do not disturb "
        "or a call is on (true or false, default true)",
        "[timing] hold_max_min": "The longest a break waits for that, in minutes "
        "(default 15, from 1 to 120)",
        "[active_hours] enabled": "Reminders come only within the hours below; outside them "
        "the counters rest (true or false, default false)",
        **{
            f"[active_hours] {day}": f"Active hours on {day.title()}s "
            f'("" for none, default "{"" if day in ("saturday", "sunday") else "08:00-18:00"}")'
            for day in WEEKDAYS
        },
        "[window] sound_volume": "Loudness in percent of the soft sounds that mark each step "
        "of a routine (default 40, from 1 to 100, 0 turns it off)",
        "[window] stay_on_top": "The break window stays above other windows "
        "(true or false, default true)",
        "[window] leave_out": "Exercises to leave out of every routine, such as those that "
        "need a wall (default [])",
        "[window] spoken_cues": "A voice says each step of a routine, for when your head is "
        "turned away (true or false, default false)",
        "[window] pause_media": "Music and videos that are playing pause while a routine "
        "plays, and play on after (true or false, default true)",
    }


def test_every_key_is_a_settings_field_with_the_same_default():
    assert [(f.name, f.default) for f in fields(Settings)] == [(k.field, k.default) for k in KEYS]
    assert all(k.comment and "\n" not in k.comment for k in KEYS)


def test_the_defaults_file_starts_with_a_header_and_reads_well():
    text = to_toml(Settings())
    assert text.startswith(
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
    )
    assert "\n[active_hours]\n" in text
    assert '\n# Active hours on Saturdays ("" for none, default "")\nsaturday = ""\n' in text
    assert (
        "\n# Whether a break may be skipped (true or false, default true)\nallow_skip = true\n"
        in text
    )
    assert '\nstretch_routines = ["desk-neck", "rhomboid-relief"]\n' in text
    assert validate(tomllib.loads(text)) == (Settings(), [])


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
RANGE = "It must be a whole number of minutes from 10 to 240, but it is"
DEFAULT = "The default, 55, is used instead."


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("fifty", f'{RANGE} "fifty". {DEFAULT}'),
        ("40", f'{RANGE} "40". Write the number without quotes. {DEFAULT}'),
        (True, f"{RANGE} true. {DEFAULT}"),
        (40.0, f"{RANGE} 40.0. Write the number without the decimal point. {DEFAULT}"),
        (40.5, f"{RANGE} 40.5. {DEFAULT}"),
        ([40], f"{RANGE} a list. {DEFAULT}"),
        ({"minutes": 40}, f"{RANGE} a table. {DEFAULT}"),
        (10**30, f"{RANGE} {10**30}. {DEFAULT}"),
        (10**100, f"{RANGE} a number 101 digits long. {DEFAULT}"),
        (-5, f"{RANGE} -5. {DEFAULT}"),
        (9, f"{RANGE} 9. {DEFAULT}"),
        (241, f"{RANGE} 241. {DEFAULT}"),
        ("x" * 80, f'{RANGE} "{"x" * 29}…". {DEFAULT}'),
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
        "settings.toml: [breaks] micro_every_min: It must be 0 (off) or a whole number of "
        "minutes from 5 to 120, but it is 3. The default, 25, is used instead."
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


UNKNOWN_KEY = "Posture Break does not know this setting, so it is ignored."
UNKNOWN_SECTION = "Posture Break does not know this section, so all of it is ignored."


@pytest.mark.parametrize(
    ("raw", "where", "message"),
    [
        (
            {"breaks": {"strech_every_min": 30}},
            "[breaks] strech_every_min",
            f"{UNKNOWN_KEY} Did you mean stretch_every_min?",
        ),
        (
            {"breaks": {"Micro_Every_Min": 30}},
            "[breaks] Micro_Every_Min",
            f"{UNKNOWN_KEY} Did you mean micro_every_min?",
        ),
        (
            {"breaks": {"idle_after_s": 300}},
            "[breaks] idle_after_s",
            f"{UNKNOWN_KEY} Did you mean idle_after_s in [timing]?",
        ),
        ({"breaks": {"colour": "blue"}}, "[breaks] colour", UNKNOWN_KEY),
        (
            {"stretch_every_min": 30},
            "stretch_every_min",
            f"{UNKNOWN_KEY} Did you mean stretch_every_min in [breaks]?",
        ),
        (
            {"brakes": {"stretch_every_min": 30}},
            "[brakes]",
            f"{UNKNOWN_SECTION} Did you mean [breaks]?",
        ),
        ({"sound": {"volume": 3}}, "[sound]", UNKNOWN_SECTION),
        (
            {"breaks": 30},
            "breaks",
            "It must be a section, a line [breaks] followed by its settings, but it is 30. "
            "The default is used for every setting in it.",
        ),
        (
            {"timing": [{"idle_after_s": 300}]},
            "timing",
            "It must be a section, a line [timing] followed by its settings, but it is a list. "
            "The default is used for every setting in it.",
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
            "It is 30 minutes, not shorter than stretch_every_min (30 minutes), so a micro "
            "break would never come. Micro breaks are off for now. Set it below 30 to have them, "
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
            f"It must be a whole number such as 1, but it is {shown}. The file is read as "
            "version 1.",
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
            "It is 2, so this file comes from a newer version of Posture Break. This one uses "
            "the settings it knows and will not save over the file, so nothing the newer "
            "version wrote is lost.",
        ),
        (
            "[breaks] micro_every_min",
            'It must be 0 (off) or a whole number of minutes from 5 to 120, but it is "soon". '
            "The default, 25, is used instead.",
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
    assert problems[0].message.startswith("It is 1, from an older version of Posture Break, and")
    assert problems[0].message.endswith(". Posture Break uses the default for every setting.")


@pytest.mark.parametrize(
    ("section", "key", "value", "message"),
    [
        (
            "breaks",
            "allow_skip",
            "no",
            'It must be true or false, but it is "no". Write true or false without quotes. '
            "The default, true, is used instead.",
        ),
        (
            "timing",
            "natural_breaks",
            0,
            "It must be true or false, but it is 0. Write true or false instead of a number. "
            "The default, true, is used instead.",
        ),
        (
            "breaks",
            "stretch_routines",
            "desk-neck",
            'It must be a list of one or more routine ids in quotes, such as ["desk-neck"], but '
            'it is "desk-neck". Write it in brackets: ["desk-neck"]. The default, '
            '["desk-neck", "rhomboid-relief"], is used instead.',
        ),
        (
            "breaks",
            "stretch_routines",
            [],
            'It must be a list of one or more routine ids in quotes, such as ["desk-neck"], but '
            'it is an empty list. The default, ["desk-neck", "rhomboid-relief"], is used instead.',
        ),
        (
            "active_hours",
            "monday",
            "18:00-08:00",
            'It must be a span of the day such as "08:00-18:00", or "" for no reminders that '
            'day, but it is "18:00-08:00". It ends before it starts. The default, '
            '"08:00-18:00", is used instead.',
        ),
        (
            "active_hours",
            "friday",
            "9 to 5",
            'It must be a span of the day such as "08:00-18:00", or "" for no reminders that '
            'day, but it is "9 to 5". It is not a span of time such as "08:00-18:00". The '
            'default, "08:00-18:00", is used instead.',
        ),
    ],
)
def test_switches_lists_and_hours_explain_a_bad_value(section, key, value, message):
    settings, problems = validate({section: {key: value}})
    assert problems == [Problem("settings.toml", f"[{section}] {key}", message)]
    assert settings == Settings()


def test_lists_keep_their_order_and_drop_repeats_and_hours_are_written_tidily():
    settings, problems = validate(
        {
            "breaks": {"stretch_routines": ["rhomboid-relief", "desk-neck", "rhomboid-relief"]},
            "window": {"leave_out": ["wall-neck-side-bend"]},
            "active_hours": {"enabled": True, "monday": " 8:30 - 17:00 ", "sunday": "10:00-24:00"},
        }
    )
    assert problems == []
    assert settings.stretch_routines == ("rhomboid-relief", "desk-neck")
    assert settings.leave_out == ("wall-neck-side-bend",)
    assert (settings.monday, settings.sunday) == ("08:30-17:00", "10:00-24:00")
    assert settings.week()[0] == (510, 1020)
    assert settings.week()[5] is None  # Saturday keeps its default: no reminders


def test_active_hours_without_any_day_are_turned_off_and_explained():
    days = {day: "" for day in WEEKDAYS}
    settings, problems = validate({"active_hours": {"enabled": True, **days}})
    assert settings == Settings(**days)
    assert problems == [
        Problem(
            "settings.toml",
            "[active_hours] enabled",
            "It is on, but no day has active hours, so no reminder would ever come. "
            "Active hours are off for now.",
        )
    ]
