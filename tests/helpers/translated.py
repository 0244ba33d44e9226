"""The application in German for the length of a test, English again afterwards."""

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from posture_break.core import i18n
from posture_break.ui.translations import load_translations


@contextmanager
def in_german(app: QApplication) -> Iterator[None]:
    translators = load_translations(app, QLocale(QLocale.Language.German))
    assert translators, "no German translation was loaded"
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        i18n.install(None)
