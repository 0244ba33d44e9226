"""The Qt binding must not break Python's own bookkeeping over a day's use.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call of a method
returning nothing, so after some thousands of label updates (a long routine, a day
of tray refreshes) the interpreter aborted with "none_dealloc". pyproject.toml keeps
that release out; this test fails on any release that brings the fault back.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel


def test_calls_that_return_nothing_leave_none_alone(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    timer = QTimer()
    before = sys.getrefcount(None)
    for second in range(1000):  # what a 16-minute routine does to its countdown
        label.setText(str(second))
        label.setVisible(False)
        timer.start(1000)
    timer.stop()
    # Other code may hold or let go of a few references meanwhile; the fault lost 3000.
    assert abs(sys.getrefcount(None) - before) < 100
