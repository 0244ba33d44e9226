"""Writing an import into the data folder: all of it or, after a failure, none."""

from pathlib import Path

import pytest

from posture_break import APP_ID
from posture_break.adapters.paths import AppPaths
from posture_break.adapters.shared_routines import add_to_data_folder, export_to, plan_from_file
from posture_break.core.shared_format import SharingRefusedError

NECK_ROLL = 'name = "Neck roll"\nsteps = ["Roll."]\nsides = "none"\n[dose]\nhold_s = 20\n'
MY_BREAK = 'name = "My break"\n[[step]]\nexercise = "neck-roll"\n'


def test_a_failed_write_takes_back_what_it_wrote_and_the_folders_it_made(private_home, tmp_path):
    paths = AppPaths.from_platformdirs()
    assert paths.data == private_home / ".local/share" / APP_ID
    for relative, text in (
        ("exercises/neck-roll.toml", NECK_ROLL),
        ("routines/my-break.toml", MY_BREAK),
    ):
        (paths.data / relative).parent.mkdir(parents=True, exist_ok=True)
        (paths.data / relative).write_text(text)
    shared = export_to("my-break", tmp_path, paths)
    for path in paths.data.rglob("*.toml"):
        path.unlink()
    for folder in ("exercises", "routines"):
        (paths.data / folder).rmdir()
    plan = plan_from_file(shared, paths)
    assert list(plan.files) == ["exercises/neck-roll.toml", "routines/my-break.toml"]

    (paths.data / "routines").write_text("a file where the routines folder should be")
    with pytest.raises(SharingRefusedError) as refused:
        add_to_data_folder(plan, paths)
    assert str(refused.value).startswith(f"It could not be added to {paths.data}, so nothing was.")
    assert sorted(p.name for p in paths.data.iterdir()) == ["routines"]  # exercises/ is gone too


def test_what_an_import_writes_appears_whole(private_home, tmp_path):
    """Each file is written under a hidden name and linked to its own: no reader ever
    sees it half written, and none is left behind."""
    paths = AppPaths.from_platformdirs()
    (paths.data / "routines").mkdir(parents=True)
    (paths.data / "routines/my-break.toml").write_text(MY_BREAK.replace("neck-roll", "chin-tuck"))
    shared = export_to("my-break", tmp_path / "x", paths)
    written = add_to_data_folder(plan_from_file(shared, paths), paths)
    assert written == [paths.data / "routines/my-break-2.toml"]
    assert sorted(p.name for p in (paths.data / "routines").iterdir()) == [
        "my-break-2.toml",
        "my-break.toml",
    ]
    assert Path(written[0]).stat().st_nlink == 1
