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

import logging
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from posture_break.core import i18n
from posture_break.core.problems import why_failed
from posture_break.core.safe_files import read_entry
from posture_break.shipped import root

log = logging.getLogger(__name__)

CATALOG = "posture_break"  # posture_break_de.qm, ...
_KEPT: list[bytes] = []  # loaded catalogs: QTranslator reads them in place, never copies


def load_translations(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Install our translation for `locale` (the first of its languages we have), then
    Qt's for the same language, and route the core's texts through them. Returns what
    was installed, as children of `app`; empty: English."""
    ours = QTranslator(app)
    if not _load_ours(ours, locale):
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


def _load_ours(translator: QTranslator, locale: QLocale) -> bool:
    """Load the first of our catalogs for the locale's languages, read with the app's
    safe reader: Qt's own lookup would open a named pipe there and wait forever."""
    folder = root().joinpath("translations")
    for name in _catalog_names(locale):
        try:
            data = read_entry(folder.joinpath(name))
        except FileNotFoundError:
            continue
        except OSError as error:
            log.warning("cannot read a translation: %s", why_failed(error, "read"))
            continue
        if translator.load(data):
            _KEPT.append(data)
            return True
    return False


def _catalog_names(locale: QLocale) -> Iterator[str]:
    """posture_break_de_DE.qm, posture_break_de.qm, ...: each of the locale's languages,
    most specific first, as QTranslator.load(locale, ...) looks them up."""
    names: list[str] = []
    for language in locale.uiLanguages():
        parts = language.replace("-", "_").split("_")
        for end in range(len(parts), 0, -1):
            name = f"{CATALOG}_{'_'.join(parts[:end])}.qm"
            if name not in names:
                names.append(name)
    return iter(names)


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
