"""Translating what the core says, without Qt.

The core may not import Qt, yet its sentences reach the tray, the break window and the
notifications. So it words them through translate(), which is English until the app
installs Qt's own QCoreApplication.translate (the same signature, so no adapter) once
a translation for the user's language has loaded (ui/translations.py). The command line
never installs one: what it prints is English.

How a text is spelled, so that pyside6-lupdate finds it. Its Python parser (qttools,
src/linguist/lupdate/python.cpp) extracts `translate("Context", "text")` and
`QT_TRANSLATE_NOOP("Context", "text")`, but reads a count there only when it is an integer
literal: a variable in that place is taken for the encoding argument of PyQt4 days, and
the message loses its plural forms. `Name.tr("text", None, n)` it extracts with its
count, taking the context from the name before `.tr`. So a module that words sentences
has a Context named as its context, `CoachWords = Context("CoachWords")`, and says
`CoachWords.tr("Hold")` or `CoachWords.tr("%n set(s)", None, sets)`. A text made before
it is shown (a constant) is marked with QT_TRANSLATE_NOOP and translated where it is
shown. Placeholders are named and filled after translation, `.format(time=...)`, so a
translation may put them in another order.

Plural forms. A counted source text is regular English in which only "(s)" depends on
the count: "%n minute(s)". Without a translation, translate() writes it for the count
("1 minute", "5 minutes"); a translation gives its own forms (German two, other
languages up to six). That is why there is no English .qm with plural forms: English
is also what runs with no Qt at all, so its forms have to come from the source text, by
this one rule. For the same reason the UI's counted texts go through a Context too: Qt
with no translation loaded would show "5 minute(s)". Where more than "(s)" changes (a
verb that agrees with the count), the code picks one of two texts: the singular, and
the plural with %n.

The installed function is the one piece of module state here: Qt's translators are
process-wide as well, and every sentence would otherwise need it passed along.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

Translate = Callable[[str, str, str | None, int], str]

_PLURAL_MARK = "(s)"


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text, with `%n` and "(s)" written for the count, as Qt would with
    an English translation."""
    if n < 0:
        return text
    return text.replace(_PLURAL_MARK, "" if n == 1 else "s").replace("%n", str(n))


_translate: Translate = _english


def install(function: Translate | None) -> None:
    """Translate through `function` from now on (QCoreApplication.translate); None goes
    back to English."""
    global _translate
    _translate = function or _english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language; `n` >= 0 counts, for `%n` and the plural form."""
    return _translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate's spelling)
    """Marks `text` for lupdate and returns it as it is: translate it when shown."""
    return text


class Context:
    """The texts of one module, under one translation context. lupdate takes the context
    from the name before `.tr`, so the object must be named as its context."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, text, disambiguation, n)


_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Weekdays", "Monday"),
    QT_TRANSLATE_NOOP("Weekdays", "Tuesday"),
    QT_TRANSLATE_NOOP("Weekdays", "Wednesday"),
    QT_TRANSLATE_NOOP("Weekdays", "Thursday"),
    QT_TRANSLATE_NOOP("Weekdays", "Friday"),
    QT_TRANSLATE_NOOP("Weekdays", "Saturday"),
    QT_TRANSLATE_NOOP("Weekdays", "Sunday"),
)


def when_line(moment: datetime, now: datetime, today: str, tomorrow: str, later: str) -> str:
    """One of three whole sentences, for `moment` today, tomorrow or later, with its
    {time} (and, later, its {day}) filled in: a translation needs each sentence whole."""
    if moment.date() == now.date():
        line = today
    elif moment.date() == now.date() + timedelta(days=1):
        line = tomorrow
    else:
        line = later
    return line.format(time=f"{moment:%H:%M}", day=weekday_name(moment.weekday()))


def weekday_name(number: int) -> str:
    """The name of the day `number`, 0 for Monday as date.weekday() counts. Not
    strftime's %A: Qt sets the C library's locale from the environment, which would mix
    languages in one sentence."""
    return translate("Weekdays", _WEEKDAYS[number])
