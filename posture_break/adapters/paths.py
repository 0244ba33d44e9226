"""Every place Posture Break writes, from platformdirs and nowhere else."""

from __future__ import annotations

import os
import stat
import warnings
from pathlib import Path
from typing import NamedTuple

import platformdirs

from posture_break import APP_ID


class AppPaths(NamedTuple):
    config: Path  # settings.toml
    data: Path  # history, user routines
    log: Path  # posture-break.log and its rotations
    runtime: Path  # the single-instance socket and lock

    @classmethod
    def from_platformdirs(cls) -> AppPaths:
        with warnings.catch_warnings():
            # Without XDG_RUNTIME_DIR platformdirs falls back to a private folder under
            # /tmp and warns; ensure_private_dir() below checks that folder is ours.
            warnings.simplefilter("ignore")
            runtime = platformdirs.user_runtime_dir(APP_ID, appauthor=False)
        return cls(
            config=Path(platformdirs.user_config_dir(APP_ID, appauthor=False)),
            data=Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
            log=Path(platformdirs.user_log_dir(APP_ID, appauthor=False)),
            runtime=Path(runtime),
        )

    @property
    def socket(self) -> Path:
        return self.runtime / "instance.sock"

    @property
    def lock(self) -> Path:
        return self.runtime / "instance.lock"


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (mode 0700) and refuse it if another user owns it or can write to it.

    The runtime dir holds the socket that controls the app, so it must be ours alone.
    """
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = path.stat()
    if info.st_uid != os.getuid():
        raise PermissionError(f"{path} belongs to another user")
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        path.chmod(0o700)
    return path
