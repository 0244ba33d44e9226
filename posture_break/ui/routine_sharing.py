"""Export… and Import… in the Routines window: a routine shared as one file, through the
same core and adapters as `posture-break export` and `import`, and in their words.

Export writes the chosen routine where the user says. Import reads a file, shows what
it holds as the command line prints it (the routine, its steps, its pictures, what is
renamed), and adds it only once the user agrees. A refusal is a message box with the
command line's sentence; nothing is written then.

Files are picked through `pick_file`, a seam: the window uses Qt's file dialogs, and a
test hands over a path instead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from posture_break.core.i18n import Context
from posture_break.core.shared_format import SUFFIX, SharingRefusedError
from posture_break.core.shared_import import contents
from posture_break.ui.routine_library import RoutineLibrary

SharingWords = Context("SharingWords")
# (parent, saving, suggested file name) -> the path picked, or None
PickFile = Callable[[QWidget, bool, str], Path | None]


def pick_with_dialog(parent: QWidget, saving: bool, suggested: str) -> Path | None:
    """Qt's file dialog. Export never writes over a file: the dialog does not offer
    to, so the refusal that names the file says so instead."""
    filters = SharingWords.tr("Shared routines (*{suffix});;All files (*)").format(suffix=SUFFIX)
    if saving:
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            SharingWords.tr("Export routine"),
            str(Path.home() / suggested),
            filters,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
    else:
        path, _filter = QFileDialog.getOpenFileName(
            parent, SharingWords.tr("Import routine"), str(Path.home()), filters
        )
    return Path(path) if path else None


class RoutineSharing:
    """Export and import for the window `parent`; `pick_file` is the seam for tests."""

    def __init__(self, library: RoutineLibrary, parent: QWidget) -> None:
        self._library = library
        self._parent = parent
        self.pick_file: PickFile = pick_with_dialog

    def export(self, routine_id: str) -> str | None:
        """Ask where, and write the routine there; what to say in the window, or None
        when the user picked no file."""
        target = self.pick_file(self._parent, True, f"{routine_id}{SUFFIX}")
        if target is None:
            return None
        try:
            written = self._library.export(routine_id, target)
        except SharingRefusedError as refused:
            self._refuse(SharingWords.tr("Not exported"), str(refused))
            return None
        #: After Export…: where the routine was saved as one file
        return SharingWords.tr("Saved as {path}.").format(path=written)

    def import_file(self) -> str | None:
        """Ask which file, show what it holds, and add it if the user agrees; the id of
        the routine added, or None."""
        source = self.pick_file(self._parent, False, "")
        if source is None:
            return None
        title = SharingWords.tr("Not imported")
        try:
            plan = self._library.read_shared(source)
        except SharingRefusedError as refused:
            self._refuse(title, str(refused))
            return None
        #: The first line of what a shared file holds: "my-break.posture-break.toml holds:"
        lines = [SharingWords.tr("{file} holds:").format(file=source.name), *contents(plan)]
        lines += plan.renamed
        lines += [str(problem) for problem in plan.notes]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            SharingWords.tr("Import routine"),
            "\n".join(lines),
            QMessageBox.StandardButton.Cancel,
            self._parent,
        )
        add = box.addButton(SharingWords.tr("&Add it"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(add)
        box.exec()
        if box.clickedButton() is not add:
            return None
        try:
            self._library.add_shared(plan)
        except SharingRefusedError as refused:
            self._refuse(title, str(refused))
            return None
        return plan.shared.routine_id

    def _refuse(self, title: str, why: str) -> None:
        QMessageBox.warning(self._parent, title, why)
