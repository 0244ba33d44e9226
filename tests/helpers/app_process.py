"""The app as a user runs it: a separate process, driven through its command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def posture_break_command(*args: str, executable: str | None = None) -> list[str]:
    if executable is not None:
        return [executable, *args]
    return [sys.executable, "-m", "posture_break", *args]


def run_cli(
    *args: str,
    env: dict[str, str] | None = None,
    executable: str | None = None,
    cwd: Path | None = None,
    timeout: float = 20,
) -> subprocess.CompletedProcess[str]:
    """Run `posture-break ARGS` as a person would in a terminal."""
    return subprocess.run(
        posture_break_command(*args, executable=executable),
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


class AppProcess:
    """One running instance; stopped (and its output kept) at the end of the test."""

    def __init__(
        self,
        *args: str,
        env: dict[str, str] | None = None,
        executable: str | None = None,
        cwd: Path | None = None,
    ) -> None:
        self.env = dict(os.environ if env is None else env)
        self.executable = executable
        self.cwd = cwd
        self.process = subprocess.Popen(
            posture_break_command(*args, executable=executable),
            env=self.env,
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    def cli(self, *args: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
        """Run `posture-break ARGS` against this instance, as a second process."""
        return run_cli(
            *args, env=self.env, executable=self.executable, cwd=self.cwd, timeout=timeout
        )

    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> str:
        if self.running():
            self.process.terminate()
        try:
            output, _ = self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            output, _ = self.process.communicate()
        return output
