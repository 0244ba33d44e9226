"""The `posture-break` command line: what a person may type (commands.py), and the
answers that need no running app (check, routines, stats, install-desktop).

Nothing here loads Qt: the tray app is imported only when it is started (main.py).
"""
