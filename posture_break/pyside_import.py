"""PySide6 loaded without its `__feature__` import hook, which this app does not use.

Importing PySide6 replaces `builtins.__import__` with shiboken's `__feature_import__`,
so that a module may write `from __feature__ import snake_case`. Its after-import step
reads the whole source of every module imported from then on (`inspect.getsource`) to
see whether it mentions PySide6, and linecache keeps every one of those sources for the
life of the process: for this app's own modules and what they import, about 7 MiB held
all day and 30 ms at start. No module here uses `__feature__`, so the original import,
which shiboken keeps as `builtins.__orig_import__`, is put back as soon as PySide6 has
loaded. Modules that no feature was asked for keep PySide6's plain names either way.

app.py imports this module before any other of the app's own.
"""

from __future__ import annotations

import builtins

import PySide6.QtCore  # noqa: F401  (installs the hook this module removes)


def restore_plain_import() -> bool:
    """Put Python's own `__import__` back; False when PySide6 did not replace it."""
    original = getattr(builtins, "__orig_import__", None)
    if original is None or builtins.__import__ is original:
        return False
    builtins.__import__ = original
    return True


restore_plain_import()
