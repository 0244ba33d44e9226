"""The app's break window on KWin 5.27 (Plasma's compositor), headless, which gives a new
window the keyboard: a break that falls due while the user types takes no key, not even
a Space or an Enter that would answer it, and comes once the typing pauses. KWin itself
says which window has the keyboard (tests/helpers/kwin_windows.py), and the editor
records each time it gains or loses it."""

import subprocess
import sys

import pytest

from tests.e2e.conftest import state_when_answering as state
from tests.e2e.conftest import without_x
from tests.e2e.test_sway_windows import schedule  # noqa: F401 (the fixture: a micro break 10 s after start)
from tests.helpers.app_process import PROJECT
from tests.helpers.kwin_windows import active, windows

TEXT = "xx x\n" * 40  # 200 keys, Space and Enter among them
KEY_GAP_MS = 150  # 30 s of steady typing; the micro break falls due after about 10 s
EDITOR = "typing target"
BREAK_WINDOW = "Posture reset — Posture Break"


@pytest.fixture
def editor(kwin, tmp_path, qtbot):
    """The user's editor, with the keyboard: the file counting what it received."""
    count = tmp_path / "typed"
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.typing_target", str(count)],
        env=without_x(),
        cwd=PROJECT,
    )
    qtbot.waitUntil(count.exists, timeout=20000)
    qtbot.waitUntil(lambda: active(kwin) == EDITOR, timeout=20000)
    yield count
    process.terminate()
    process.wait(timeout=10)


@pytest.mark.usefixtures("schedule")
def test_a_break_due_while_typing_takes_no_key_and_comes_at_the_pause(
    qtbot, kwin, editor, start_app
):
    app = start_app(wait_for_dock=False, env=without_x())
    source = "ext_idle_notifier_v1"  # KWin offers it, and it is preferred to KDE's own
    qtbot.waitUntil(lambda: state(app).get("idle_source") == source, timeout=20000)

    # Steady typing, one process as a person's hands: the break falls due meanwhile.
    typing = [sys.executable, "-m", "tests.helpers.kwin_input", "type", TEXT]
    typing += ["--gap-ms", str(KEY_GAP_MS)]
    subprocess.run(typing, env=kwin.env, cwd=PROJECT, check=True, timeout=120)
    qtbot.waitUntil(lambda: editor.read_text() == str(len(TEXT)), timeout=10000)
    assert focus_record(editor) == ["in"]  # the editor never lost the keyboard
    assert BREAK_WINDOW not in windows(kwin)  # nothing opened over the typing

    # The pause: now the break comes, at its own size, on its offer: no typed Space or
    # Enter started it.
    qtbot.waitUntil(lambda: BREAK_WINDOW in windows(kwin), timeout=20000)
    window = windows(kwin)[BREAK_WINDOW]
    assert 0 < window.width < 1280
    assert 0 < window.height < 800
    assert state(app)["status"] == "Break in progress"
    assert editor.read_text() == str(len(TEXT))


def focus_record(count_file):
    """Each time the editor gained ("in") or lost ("out") the keyboard, in order."""
    return count_file.with_suffix(".focus").read_text().split()
