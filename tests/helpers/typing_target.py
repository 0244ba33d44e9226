"""The window a user types into while a break falls due: a text field that writes how
many characters it holds into the file named on the command line, after every change,
and appends "in" or "out" to COUNT_FILE.focus each time it gains or loses the keyboard,
as the compositor tells it: a record of focus that needs no compositor's own tools.

    python -m tests.helpers.typing_target COUNT_FILE
"""

import sys
from pathlib import Path

from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QPlainTextEdit


def main() -> None:
    count_file = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    editor = QPlainTextEdit()
    editor.setWindowTitle("typing target")

    def changed() -> None:
        partial = count_file.with_suffix(".partial")
        partial.write_text(str(len(editor.toPlainText())))
        partial.replace(count_file)  # a reader never sees a half-written number

    def focus_moved(window: QWindow | None) -> None:
        with count_file.with_suffix(".focus").open("a") as record:
            record.write("in\n" if window is not None else "out\n")

    editor.textChanged.connect(changed)
    app.focusWindowChanged.connect(focus_moved)
    editor.resize(600, 400)
    editor.show()
    changed()  # 0: the window is up
    app.exec()


if __name__ == "__main__":
    main()
