"""The app's break window on KWin 5.27 (Plasma's compositor), headless, which gives a new
window the keyboard: a break that falls due while the user types takes no key, not even
a Space or an Enter that would answer it, and comes once the typing pauses. KWin itself
says which windows it shows and which one has the keyboard
(tests/helpers/kwin_windows.py); every typed key reaching the editor shows that none
went elsewhere."""

import subprocess
import sys

import pytest

from tests.e2e.conftest import state_when_answering as state
from tests.e2e.conftest import without_x
from tests.e2e.test_sway_windows import schedule  # noqa: F401 (a fixture)
from tests.helpers.app_process import PROJECT
from tests.helpers.kwin_windows import active, windows

TEXT = "xx x\n" * 18  # 90 keys, Space and Enter among them
KEY_GAP_MS = 150  # 13.5 s of steady typing; the micro break falls due 5 s after the start
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
    # KWin and the app are asked again and again what they show; an answer that came
    # while the typing still went on must not name the break window.
    command = [sys.executable, "-m", "tests.helpers.kwin_input", "type", TEXT]
    typing = subprocess.Popen([*command, "--gap-ms", str(KEY_GAP_MS)], env=kwin.env, cwd=PROJECT)
    shown_while_typing, said_while_typing = [], set()

    def typing_ended():
        shown = BREAK_WINDOW in windows(kwin)
        said = state(app).get("status")
        still_typing = typing.poll() is None  # asked after the answers came
        if still_typing:
            shown_while_typing.append(shown)
            said_while_typing.add(said)
        return not still_typing

    qtbot.waitUntil(typing_ended, timeout=120000)
    assert typing.returncode == 0
    assert not any(shown_while_typing)  # nothing opened over the typing
    assert "Micro break now" in said_while_typing  # it fell due, and waited
    qtbot.waitUntil(lambda: editor.read_text() == str(len(TEXT)), timeout=10000)

    # The pause: now the break comes, at its own size, on its offer: no typed Space or
    # Enter started it.
    qtbot.waitUntil(lambda: BREAK_WINDOW in windows(kwin), timeout=20000)
    window = windows(kwin)[BREAK_WINDOW]
    assert 0 < window.width < 1280
    assert 0 < window.height < 800
    assert state(app)["status"] == "Break in progress"
    assert editor.read_text() == str(len(TEXT))
