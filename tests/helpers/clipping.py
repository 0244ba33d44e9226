"""Whether a window shows its texts whole, asked the way Qt lays them out."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget


def clipped_labels(window):
    """The visible labels of the current page whose text needs more room than they
    have."""
    page = window.pages.currentWidget()
    for widget in (window, page, *page.findChildren(QWidget)):  # outside in, as Qt would
        if widget.layout() is not None:
            widget.layout().activate()
    clipped = []
    for label in page.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text():
            continue
        if label.wordWrap():
            needed = QSize(label.width(), label.heightForWidth(label.width()))
        else:
            needed = label.sizeHint()
        if needed.boundedTo(label.size()) != needed:
            clipped.append((label.text()[:40], needed, label.size()))
    return clipped
