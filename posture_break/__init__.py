"""Posture Break: a tray app that reminds you to stretch your neck and upper back."""

__version__ = "0.1.0"
APP_ID = "posture-break"
APP_NAME = "Posture Break"
DESKTOP_ID = "io.github.posturebreak.PostureBreak"  # the .desktop file, icons, autostart
# The version of the requests the command line sends the running app (core/control.py
# answers them); here so that neither side loads the other to know it.
PROTOCOL_VERSION = 1
