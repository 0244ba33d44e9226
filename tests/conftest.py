"""Every test gets its own empty home: settings, logs, data and the instance socket
live in temporary directories, never in the real user's."""

import shutil
import tempfile
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    for variable, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        (home / sub).mkdir(parents=True)
        monkeypatch.setenv(variable, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    # Unix socket paths are limited to 107 bytes, so the runtime dir stays short.
    runtime = Path(tempfile.mkdtemp(prefix="pb-rt-"))
    runtime.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    yield home
    shutil.rmtree(runtime, ignore_errors=True)
