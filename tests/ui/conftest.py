import os
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from posture_break.app import compose
from posture_break.core.settings import Settings
from tests.helpers.fake_clock import FakeClock

if not os.environ.get("DISPLAY"):
    pytest.exit("desktop tests run inside tests/helpers/with-desktop.sh", returncode=4)


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 3, 10, 14, 0, tzinfo=ZoneInfo("Europe/Berlin")))


@pytest.fixture
def shell_and_control(qtbot, clock, tmp_path):
    shell, control = compose(clock, Settings(), tmp_path / "settings.toml", tray_wait_ms=60_000)
    shell.start(None)
    yield shell, control
    shell.tray.icon.hide()
