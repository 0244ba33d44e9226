"""In a terminal without a desktop (a console, ssh), starting the app says in one line
what it needs instead of aborting inside Qt; the commands that need no app still work."""

import os

import pytest

from tests.helpers.app_process import run_cli


@pytest.fixture
def no_display(private_home):
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


def test_starting_the_app_says_it_needs_a_graphical_session(no_display):
    result = run_cli(env=no_display, timeout=60)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Posture Break needs a graphical session: start it from your")
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "returncode", "says"),
    [
        (("routines",), 0, "desk-neck"),
        (("check",), 0, "no problems"),
        (("stats",), 0, "No breaks recorded yet"),
        (("status",), 1, "not running"),
    ],
)
def test_commands_that_need_no_app_still_answer(no_display, args, returncode, says):
    result = run_cli(*args, env=no_display, timeout=60)
    assert result.returncode == returncode, result.stdout + result.stderr
    assert says in result.stdout + result.stderr
