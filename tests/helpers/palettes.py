"""A desktop theme's colours for the tests and the screenshots."""

from PySide6.QtGui import QColor, QPalette


def dark_palette() -> QPalette:
    """A dark desktop theme's colours, as a dark Breeze or Adwaita would give them."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"), (roles.WindowText, "#eeeeee"), (roles.Base, "#1f1f1f"),
        (roles.AlternateBase, "#333333"), (roles.Text, "#eeeeee"), (roles.Button, "#3a3a3a"),
        (roles.ButtonText, "#eeeeee"), (roles.Highlight, "#3d7ab8"),
        (roles.HighlightedText, "#ffffff"), (roles.ToolTipBase, "#3a3a3a"),
        (roles.ToolTipText, "#eeeeee"), (roles.PlaceholderText, "#9a9a9a"),
    ):  # fmt: skip
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    return palette
