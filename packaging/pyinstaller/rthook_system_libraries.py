"""PyInstaller runtime hook: the programs the frozen app starts get the system's libraries.

The bootloader puts the bundle's folder in LD_LIBRARY_PATH (keeping the old value in
LD_LIBRARY_PATH_ORIG). The dynamic loader of this process has read it already, so putting
it back changes nothing here; but the programs the app runs (pactl and gsettings for the
busy check, the sound player, xdg-open) would otherwise load the bundle's GLib, D-Bus and
systemd libraries in place of their own, and fail on a system newer than the build's.
"""

import os

if "LD_LIBRARY_PATH_ORIG" in os.environ:
    os.environ["LD_LIBRARY_PATH"] = os.environ.pop("LD_LIBRARY_PATH_ORIG")
else:
    os.environ.pop("LD_LIBRARY_PATH", None)
