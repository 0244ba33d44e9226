"""The kinds of value a setting may hold, and the words for a value that is wrong.

Each kind (a whole number within limits, a switch, a list of ids, a day's hours) says
what it accepts, how a value is written back into the file, and how a bad one is
explained; settings.py lists the keys. The words are shared with the routine files'
checks (toml_fields.py), so a number or a switch is explained alike everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
from types import MappingProxyType
from typing import Any, Literal

from posture_break.core.i18n import QT_TRANSLATE_NOOP, Context, translate

SettingsFileWords = Context("SettingsFileWords")


@dataclass(frozen=True)
class KeySpec:
    """One setting: where it lives in the file and what it is for. Subclasses say what
    values it accepts, how a value is written back, and how a bad one is explained."""

    section: str
    name: str
    comment: str  # one line above the key in the file, without the limits
    field: str = ""  # the Settings field, when it differs from the key's name

    def __post_init__(self) -> None:
        if not self.field:
            object.__setattr__(self, "field", self.name)

    @property
    def default(self) -> Any:
        raise NotImplementedError

    @property
    def where(self) -> str:
        return f"[{self.section}] {self.name}"

    @property
    def limits(self) -> str:
        """The part of the comment line that says what is allowed."""
        return f"default {self.render(self.default)}"

    @property
    def expected(self) -> str:
        """What a valid value is, a noun phrase for must_be()."""
        raise NotImplementedError

    def parse(self, value: object) -> Any:
        """The value to use for what the file holds, or INVALID."""
        raise NotImplementedError

    def render(self, value: Any) -> str:
        """The value as TOML, as it is written into the file."""
        raise NotImplementedError

    def hint(self, value: object) -> str:
        """A sentence on how to fix a common slip, or ""."""
        return ""


INVALID = object()

Unit = Literal["", "minutes", "seconds", "percent", "sets", "repetitions"]

# One text per unit rather than the unit's word put into one text: languages inflect it.
_WHOLE_NUMBERS: Mapping[Unit, str] = MappingProxyType(
    {
        "": QT_TRANSLATE_NOOP("SettingsFileWords", "a whole number from {minimum} to {maximum}"),
        "minutes": QT_TRANSLATE_NOOP(
            "SettingsFileWords", "a whole number of minutes from {minimum} to {maximum}"
        ),
        "seconds": QT_TRANSLATE_NOOP(
            "SettingsFileWords", "a whole number of seconds from {minimum} to {maximum}"
        ),
        "percent": QT_TRANSLATE_NOOP(
            "SettingsFileWords", "a whole percentage from {minimum} to {maximum}"
        ),
        "sets": QT_TRANSLATE_NOOP(
            "SettingsFileWords", "a whole number of sets from {minimum} to {maximum}"
        ),
        "repetitions": QT_TRANSLATE_NOOP(
            "SettingsFileWords", "a whole number of repetitions from {minimum} to {maximum}"
        ),
    }
)


def whole_number(unit: Unit, minimum: int, maximum: int) -> str:
    """ "a whole number of minutes from 10 to 240", what a number must be, for must_be()."""
    text = translate("SettingsFileWords", _WHOLE_NUMBERS[unit])
    return text.format(minimum=minimum, maximum=maximum)


def number_hint(value: object) -> str:
    """How to write a number that was nearly right, as a sentence, or ""."""
    if isinstance(value, str) and value.strip().lstrip("+-").isdigit():
        return SettingsFileWords.tr("Write the number without quotes.")
    if isinstance(value, float) and value.is_integer():
        return SettingsFileWords.tr("Write the number without the decimal point.")
    return ""


def true_or_false() -> str:
    """What a switch must be, for must_be()."""
    return SettingsFileWords.tr("true or false")


def must_be(expected: str, shown: str) -> str:
    """The sentence saying what a value must be and what it is: `expected` from
    KeySpec.expected or whole_number(), `shown` from describe_value()."""
    #: expected is what a value must be ("true or false"), value what the file holds
    text = SettingsFileWords.tr("It must be {expected}, but it is {value}.")
    return text.format(expected=expected, value=shown)


@dataclass(frozen=True)
class Number(KeySpec):
    """A whole number within limits; with `zero_means_off`, 0 turns the feature off."""

    default_value: int = 0
    minimum: int = 0
    maximum: int = 0
    unit: Unit = ""  # for messages: "a whole number of minutes …"
    zero_means_off: bool = False

    @property
    def default(self) -> int:
        return self.default_value

    @property
    def limits(self) -> str:
        off = ", 0 turns it off" if self.zero_means_off else ""
        return f"{super().limits}, from {self.minimum} to {self.maximum}{off}"

    @property
    def expected(self) -> str:
        span = whole_number(self.unit, self.minimum, self.maximum)
        if not self.zero_means_off:
            return span
        #: number is what else a value may be: "a whole number of minutes from 5 to 120"
        return SettingsFileWords.tr("0 (off) or {number}").format(number=span)

    def accepts(self, value: int) -> bool:
        return (self.zero_means_off and value == 0) or self.minimum <= value <= self.maximum

    def parse(self, value: object) -> Any:
        if isinstance(value, int) and not isinstance(value, bool) and self.accepts(value):
            return value
        return INVALID

    def render(self, value: Any) -> str:
        return str(value)

    def hint(self, value: object) -> str:
        return number_hint(value)


@dataclass(frozen=True)
class Switch(KeySpec):
    """On or off."""

    default_value: bool = False

    @property
    def default(self) -> bool:
        return self.default_value

    @property
    def limits(self) -> str:
        return f"true or false, default {self.render(self.default)}"

    @property
    def expected(self) -> str:
        return true_or_false()

    def parse(self, value: object) -> Any:
        return value if isinstance(value, bool) else INVALID

    def render(self, value: Any) -> str:
        return "true" if value else "false"

    def hint(self, value: object) -> str:
        if isinstance(value, str) and value.strip().lower() in ("true", "false", "yes", "no"):
            return SettingsFileWords.tr("Write true or false without quotes.")
        if value in (0, 1):
            return SettingsFileWords.tr("Write true or false instead of a number.")
        return ""


_ID = re.compile(r"[a-z0-9][a-z0-9-]*")


@dataclass(frozen=True)
class Names(KeySpec):
    """A list of routine or exercise ids, such as ["desk-neck", "rhomboid-relief"].

    Whether each id exists is judged where the routines are known (schedule_for and
    `check`), not here: a user's routine file may be broken today and fixed tomorrow."""

    default_value: tuple[str, ...] = ()
    list_of: str = ""  # what a valid value is, marked with QT_TRANSLATE_NOOP
    may_be_empty: bool = True

    @property
    def default(self) -> tuple[str, ...]:
        return self.default_value

    @property
    def limits(self) -> str:
        return f"default {self.render(self.default)}"

    @property
    def expected(self) -> str:
        return translate("SettingsFileWords", self.list_of)

    def parse(self, value: object) -> Any:
        if not isinstance(value, list) or (not value and not self.may_be_empty):
            return INVALID
        if not all(isinstance(item, str) and _ID.fullmatch(item) for item in value):
            return INVALID
        return tuple(dict.fromkeys(value))  # the order kept, repeats dropped

    def render(self, value: Any) -> str:
        return "[" + ", ".join(f'"{item}"' for item in value) + "]"

    def hint(self, value: object) -> str:
        if isinstance(value, str):
            #: fixed is the value as it should be written: ["desk-neck"]
            text = SettingsFileWords.tr("Write it in brackets: {fixed}.")
            return text.format(fixed=self.render((value,)))
        return ""


_SPAN = re.compile(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*")


def parse_hours(text: str) -> tuple[int, int] | None:
    """ "08:00-18:00" → (480, 1080), minutes since midnight; "" → None (a day off).

    Raises ValueError with the reason as a sentence, the hint of a Problem. "24:00" may
    end a day."""
    if not text.strip():
        return None
    match = _SPAN.fullmatch(text)
    if match is None:
        raise ValueError(SettingsFileWords.tr('It is not a span of time such as "08:00-18:00".'))
    start_h, start_m, end_h, end_m = (int(part) for part in match.groups())
    if start_h > 23 or end_h > 24 or start_m > 59 or end_m > 59 or (end_h == 24 and end_m):
        raise ValueError(SettingsFileWords.tr("It holds a time that does not exist."))
    start, end = start_h * 60 + start_m, end_h * 60 + end_m
    if end <= start:
        raise ValueError(SettingsFileWords.tr("It ends before it starts."))
    return start, end


def format_hours(span: tuple[int, int] | None) -> str:
    """(480, 1080) → "08:00-18:00"; None → "" (a day off)."""
    if span is None:
        return ""
    (start_h, start_m), (end_h, end_m) = divmod(span[0], 60), divmod(span[1], 60)
    return f"{start_h:02}:{start_m:02}-{end_h:02}:{end_m:02}"


@dataclass(frozen=True)
class Hours(KeySpec):
    """One weekday's active hours, "08:00-18:00", or "" for a day without reminders."""

    default_value: str = ""

    @property
    def default(self) -> str:
        return self.default_value

    @property
    def limits(self) -> str:
        return f'"" for none, default {self.render(self.default)}'

    @property
    def expected(self) -> str:
        return SettingsFileWords.tr(
            'a span of the day such as "08:00-18:00", or "" for no reminders that day'
        )

    def parse(self, value: object) -> Any:
        if not isinstance(value, str):
            return INVALID
        try:
            return format_hours(parse_hours(value))
        except ValueError:
            return INVALID

    def render(self, value: Any) -> str:
        return f'"{value}"'

    def hint(self, value: object) -> str:
        if isinstance(value, str):
            try:
                parse_hours(value)
            except ValueError as error:
                return str(error)
        return ""


def describe_value(value: object) -> str:
    """A value as the user would recognise it from their file, kept short: what
    must_be() says the value is."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = value if len(value) <= 30 else value[:29] + "…"
        return f'"{text}"'
    if isinstance(value, int | float):
        text = str(value)
        if len(text) <= 40:
            return text
        return SettingsFileWords.tr("a number {digits} digits long").format(digits=len(text))
    if isinstance(value, list):
        return SettingsFileWords.tr("a list") if value else SettingsFileWords.tr("an empty list")
    if isinstance(value, dict):
        return SettingsFileWords.tr("a table")
    if isinstance(value, date | time):
        return SettingsFileWords.tr("a date or time")
    return SettingsFileWords.tr("something else")
