"""The log file stays small: it rotates into numbered copies and keeps a fixed count."""

import logging
from pathlib import Path

from posture_break.adapters.app_log import RotatingLog


def test_a_full_log_moves_aside_and_only_the_newest_copies_are_kept(tmp_path: Path):
    log_dir = tmp_path / "log"
    log_dir.mkdir()
    path = log_dir / "posture-break.log"
    handler = RotatingLog(path, max_bytes=1000, backups=2)
    logger = logging.getLogger("test_app_log")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for number in range(100):
            logger.warning("line %03d %s", number, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()

    assert sorted(p.name for p in log_dir.iterdir()) == [
        "posture-break.log",
        "posture-break.log.1",
        "posture-break.log.2",
    ]
    assert all(p.stat().st_size < 1100 for p in log_dir.iterdir())
    assert "line 099" in path.read_text()
    assert "line 000" not in "".join(p.read_text() for p in log_dir.iterdir())
    newest_copy = (log_dir / "posture-break.log.1").read_text()
    assert newest_copy.splitlines()[-1].startswith("line")
