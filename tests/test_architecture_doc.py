"""ARCHITECTURE.md is the map of the code: every path it names must exist, so that a
move or a rename that forgets the map fails here instead of misleading a reader."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATH = re.compile(r"`((?:posture_break|tests|resources|packaging)/[\w./-]*)`")


def test_every_path_the_architecture_names_exists():
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    named = set(PATH.findall(text))
    assert len(named) > 20  # the map names the modules, not just the rooms
    missing = sorted(path for path in named if not (ROOT / path).exists())
    assert missing == []


def test_every_module_it_calls_a_room_is_a_folder_of_the_package():
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    rooms = re.findall(r"^\| `posture_break/(\w+)/` \|", text, flags=re.MULTILINE)
    assert sorted(rooms) == sorted(
        path.name for path in (ROOT / "posture_break").iterdir() if (path / "__init__.py").exists()
    )
