"""The user's language: our translation and Qt's own, loaded once at start.

Texts are written in English and translated where they are shown. Widgets say
`self.tr("...")`. Where that cannot work, `QCoreApplication.translate("ClassName", ...)`:
before `super().__init__()`, and in a class others derive from, as PySide looks a text
up under the class of the object at run time while lupdate files it under the class
that says it. A module's functions use a Context from core/i18n.py (or
QCoreApplication.translate): lupdate's Python parser keeps the plural forms only of
`Name.tr(text, None, n)`, and without a translation English plural forms come from the
rule in core/i18n.py. packaging/translations/update.sh extracts the texts into
packaging/translations/*.ts and compiles them into resources/translations/*.qm.

Without a translation for the user's language nothing is installed: the texts stay
English, and so do Qt's own buttons, rather than mixing two languages in one window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from posture_break.core import i18n
from posture_break.shipped import root

CATALOG = "posture_break"  # posture_break_de.qm, ...


def load_translations(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Install our translation for `locale` (the first of its languages we have), then
    Qt's for the same language, and route the core's texts through them. Returns what
    was installed, as children of `app`; empty: English."""
    ours = QTranslator(app)
    if not ours.load(locale, CATALOG, "_", str(root().joinpath("translations"))):
        ours.deleteLater()
        return []
    installed = [ours]
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(ours.language()), "qtbase", "_", qt_folder):
        installed.append(qt)
    else:
        qt.deleteLater()
    for translator in installed:
        app.installTranslator(translator)
    i18n.install(QCoreApplication.translate)
    return installed


def loaded_language(translators: list[QTranslator]) -> str | None:
    """The language code of what load_translations installed ("de"), for the texts of
    routines and exercises in the same language; None: English."""
    if not translators:
        return None
    return QLocale.languageToCode(QLocale(translators[0].language()).language())


def text_locale() -> QLocale:
    """The locale for day and month names and decimal points within sentences: the
    translation's own, or C (English) without one. The system's own locale might
    mix two languages in one sentence."""
    #: The locale of this translation (de_DE, fr_FR, ...), for day and month names
    return QLocale(QCoreApplication.translate("Locale", "C"))
