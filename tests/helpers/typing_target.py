"""The window a user types into while a break falls due: a text field that writes how
many characters it holds into the file named on the command line, after every change.

    python -m tests.helpers.typing_target COUNT_FILE
"""

import sys
from pathlib import Path

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

    editor.textChanged.connect(changed)
    editor.resize(600, 400)
    editor.show()
    changed()  # 0: the window is up
    app.exec()


if __name__ == "__main__":
    main()
