from datetime import timedelta

import pytest

from posture_break.cli import commands
from posture_break.cli.commands import parse_command, parse_with_parser


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30m", timedelta(minutes=30)),
        ("1h", timedelta(hours=1)),
        ("2h", timedelta(hours=2)),
        ("1h30m", timedelta(minutes=90)),
        ("90min", timedelta(minutes=90)),
        ("tomorrow", None),
    ],
)
def test_pause_accepts_what_people_type(text, expected):
    command = parse_command(["pause", text])
    assert command.pause_for == expected


def test_pause_request_names_minutes_or_tomorrow():
    assert parse_command(["pause", "1h30m"]).request() == {"v": 1, "cmd": "pause", "minutes": 90}
    assert parse_command(["pause", "tomorrow"]).request()["until"] == "tomorrow"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["pause", "30"], "'30' has no unit; write 30m or 30h"),
        (["pause", "soon"], "'soon' is not a duration"),
        (["pause", "25h"], "'25h' is out of range"),
        (["pause"], "the following arguments are required: duration"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["status", "--yaml"], "unrecognized arguments: --yaml"),
        (["start", "desk-neck", "posture-reset"], "unrecognized arguments: posture-reset"),
        (["routines", "desk-neck"], "unrecognized arguments: desk-neck"),
        (["routines", "--json", "--edit"], "argument --edit: not allowed with argument --json"),
        (["check", "--json"], "unrecognized arguments: --json"),
        (["stats", "--csv"], "argument --csv: expected one argument"),
        (
            ["stats", "--json", "--csv", "out.csv"],
            "argument --csv: not allowed with argument --json",
        ),
        (["stats", "today"], "unrecognized arguments: today"),
        (["install-desktop", "--system"], "unrecognized arguments: --system"),
        (["uninstall-desktop", "now"], "unrecognized arguments: now"),
    ],
)
def test_bad_arguments_give_usage_a_one_line_error_and_exit_code_2(argv, message, capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse_command(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: posture-break")
    assert message in err.splitlines()[-1]


def test_no_command_starts_the_app_and_asks_a_running_one_to_show_itself():
    command = parse_command(["--verbose"])
    assert command.name == "run"
    assert command.verbose
    assert command.request() == {"v": 1, "cmd": "show"}


@pytest.mark.parametrize("argv", [[], ["-v"], ["--verbose"], ["-vv"], ["-v", "--verbose"]])
def test_the_plain_start_means_what_argparse_makes_of_it(argv):
    assert parse_command(argv) == parse_with_parser(argv)


@pytest.mark.parametrize("argv", [[], ["-v"], ["--verbose"]])
def test_the_plain_start_builds_no_parser(argv, monkeypatch):
    """The app's every start skips argparse's parser: 4 ms of its start-up CPU."""

    def no_parser():
        raise AssertionError("the plain start built the parser")

    monkeypatch.setattr(commands, "build_parser", no_parser)
    assert parse_command(argv).name == "run"


def test_start_names_a_routine_or_leaves_the_choice_to_the_app():
    named = parse_command(["start", "desk-neck"])
    assert named.name == "start"
    assert named.routine == "desk-neck"
    assert named.request() == {"v": 1, "cmd": "start", "routine": "desk-neck"}
    assert parse_command(["start"]).request() == {"v": 1, "cmd": "start", "routine": None}


def test_routines_lists_as_text_or_json():
    plain = parse_command(["routines"])
    assert (plain.name, plain.as_json) == ("routines", False)
    assert parse_command(["routines", "--json"]).as_json


def test_routines_edit_asks_the_running_app_to_open_the_routines_window():
    command = parse_command(["routines", "--edit"])
    assert (command.name, command.edit, command.as_json) == ("routines", True, False)
    assert command.request() == {"v": 1, "cmd": "edit-routines"}
    assert not parse_command(["routines"]).edit


def test_stats_print_figures_as_text_or_json_or_export_csv():
    plain = parse_command(["stats"])
    assert (plain.name, plain.as_json, plain.csv_path) == ("stats", False, None)
    assert parse_command(["stats", "--json"]).as_json
    assert parse_command(["stats", "--csv", "breaks.csv"]).csv_path == "breaks.csv"
    assert parse_command(["stats", "--csv", "-"]).csv_path == "-"


@pytest.mark.parametrize("name", ["install-desktop", "uninstall-desktop"])
def test_the_desktop_menu_commands_take_no_arguments(name):
    command = parse_command([name])
    assert (command.name, command.as_json, command.routine) == (name, False, None)


def test_other_requests_carry_no_routine():
    assert "routine" not in parse_command(["resume"]).request()
    assert parse_command(["status"]).routine is None


def test_version_prints_name_and_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse_command(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("Posture Break 0.")
