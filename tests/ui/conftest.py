import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from posture_break.composition import compose
from posture_break.core.routine_loader import load_catalog
from posture_break.core.settings import Settings
from posture_break.core.settings_store import SettingsStore
from posture_break.ui.shell import BreakParts
from tests.helpers.fake_clock import FakeClock
from tests.helpers.palettes import dark_palette

SHIPPED = Path(__file__).resolve().parents[2] / "resources"


def read_shipped_picture(name):
    path = SHIPPED / "illustrations" / name
    return path.read_bytes() if path.exists() else None


class MemoryNotes:
    """The one-time notes, kept in memory: the file behind them is tested on its own."""

    def __init__(self, safety_seen=True):
        self.safety = safety_seen

    def safety_note_seen(self):
        return self.safety

    def acknowledge_safety_note(self):
        self.safety = True


if not os.environ.get("DISPLAY"):
    pytest.exit("desktop tests run inside tests/helpers/with-desktop.sh", returncode=4)


@pytest.fixture
def dark_desktop(qapp):
    """The desktop's palette turns dark; light again afterwards."""
    light = qapp.palette()
    yield lambda: qapp.setPalette(dark_palette())
    qapp.setPalette(light)


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 3, 10, 14, 0, tzinfo=ZoneInfo("Europe/Berlin")))


@pytest.fixture
def shell_and_control(qtbot, clock, tmp_path):
    catalog, problems = load_catalog(SHIPPED)
    assert problems == []
    parts = BreakParts(clock, read_shipped_picture, MemoryNotes(), lambda cue: None)
    shell, control, _, _ = compose(
        clock, Settings(), catalog, SettingsStore(tmp_path, clock), 60_000, parts
    )
    shell.start(None)
    yield shell, control
    shell.tray.icon.hide()
