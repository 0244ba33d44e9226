"""Checking the values of one TOML file, every mistake a Problem in words.

    check = FieldCheck(shown, "The routine is left out until this is fixed.")
    name = check.text(data, "name", required=True)
    problems += check.problems  # every mistake in the file, found at once
    if not check.failed: ...    # `name` is good to use

`shown` is how messages name the file (its path); the second argument, what happens to a
file with a mistake, is the sentence that ends every message `fail` records. Messages are
whole sentences in the user's language (core/problems.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from enum import Enum
from typing import Any, TypeVar

from posture_break import APP_NAME
from posture_break.core.i18n import Context
from posture_break.core.problems import Problem, closest, did_you_mean, sentences
from posture_break.core.routines import Dose
from posture_break.core.setting_kinds import (
    Unit,
    describe_value,
    must_be,
    number_hint,
    true_or_false,
    whole_number,
)

__all__ = ["DOSE_NUMBERS", "FieldCheck"]

FieldWords = Context("FieldWords")

# key: (smallest, largest, unit)
DOSE_NUMBERS: dict[str, tuple[int, int, Unit]] = {
    "sets": (1, 10, "sets"),
    "hold_s": (1, 600, "seconds"),
    "reps": (1, 100, "repetitions"),
    "rep_s": (1, 60, "seconds"),
    "rest_s": (0, 300, "seconds"),
}
# A plain file name, never a path, of a kind the window draws: an SVG drawing, or a PNG
# or JPEG image.
_PICTURE = re.compile(r"\w[\w .-]*\.(svg|png|jpg|jpeg)", re.IGNORECASE)

E = TypeVar("E", bound=Enum)


class FieldCheck:
    """Reads the tables of one TOML file and turns every mistake into a Problem in words.

    It exists so that loaders never raise on bad input: each method returns the value
    it could read, or a harmless stand-in, and records what was wrong. `fail` marks the
    file as one to leave out; `note` does not.

    `where` arguments are how a person finds the spot: "name", "[dose] hold_s",
    "step 2, hold_s"; a `prefix` is that text before a key: "", "[dose] ", "step 2, ".
    """

    def __init__(self, shown: str, consequence: str) -> None:
        self.shown = shown
        self.consequence = consequence
        self.problems: list[Problem] = []
        self.failed = False

    def fail(self, where: str, what: str) -> None:
        """A mistake that leaves the file out: `what` is wrong, in sentences."""
        self.problems.append(Problem(self.shown, where, sentences(what, self.consequence)))
        self.failed = True

    def missing(self, where: str, fix: str) -> None:
        """A required key that is not there; `fix` says, in a sentence, how to add it."""
        self.fail(where, sentences(FieldWords.tr("It is missing."), fix))

    def note(self, where: str, message: str) -> None:
        self.problems.append(Problem(self.shown, where, message))

    def unknown_keys(
        self,
        table: dict[str, Any],
        known: tuple[str, ...],
        prefix: str,
        hints: dict[str, str] | None = None,
    ) -> None:
        ignored = FieldWords.tr("{app} does not know this key here, so it is ignored.")
        for key in table:
            if key in known:
                continue
            hint = (hints or {}).get(key)
            if hint is None:
                close = closest(key.lower(), known)
                hint = did_you_mean(close) if close else ""
            self.note(prefix + key, sentences(ignored.format(app=APP_NAME), hint))

    def text(self, table: dict[str, Any], key: str, required: bool) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.missing(key, _write_it_as(f'{key} = "..."'))
            return ""
        if not isinstance(value, str):
            self.fail(key, must_be(FieldWords.tr("text in quotes"), describe_value(value)))
            return ""
        if not value.strip():
            self.fail(key, FieldWords.tr("It is empty, but it needs some text."))
            return ""
        return value.strip()

    def texts(self, table: dict[str, Any], key: str, required: bool) -> tuple[str, ...]:
        value = table.get(key)
        if value is None:
            if required:
                self.missing(key, _write_it_as(f'{key} = ["...", "..."]'))
            return ()
        if not isinstance(value, list):
            expected = FieldWords.tr('a list of texts, such as ["...", "..."]')
            self.fail(key, must_be(expected, describe_value(value)))
            return ()
        for number, item in enumerate(value, 1):
            if not isinstance(item, str) or not item.strip():
                #: value is what the entry is: "empty", 3, a list
                entry = FieldWords.tr(
                    "It must hold only text in quotes, but entry {number} is {value}."
                )
                self.fail(key, entry.format(number=number, value=_shown(item)))
                return ()
        if required and not value:
            self.fail(key, FieldWords.tr("It is empty, but it needs at least one entry."))
        return tuple(item.strip() for item in value)

    def flag(self, table: dict[str, Any], key: str) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            self.fail(key, must_be(true_or_false(), describe_value(value)))
            return False
        return value

    def choice(self, table: dict[str, Any], key: str, kind: type[E], default: E | None) -> E | None:
        value = table.get(key)
        names = [member.value for member in kind]
        if value is None:
            if default is None:
                self.missing(key, _write_it_as(f'{key} = "{names[0]}"'))
            return default
        if isinstance(value, str) and value in names:
            return kind(value)
        #: The end of a list of choices, '"none", "left-and-right" or "both"': first is
        #: '"none", "left-and-right"', last is '"both"'
        allowed = FieldWords.tr("{first} or {last}").format(
            first=", ".join(f'"{name}"' for name in names[:-1]), last=f'"{names[-1]}"'
        )
        close = None
        if isinstance(value, str):
            starting = [name for name in names if name.startswith(value.lower())]
            close = starting[0] if starting else closest(value.lower(), names)
        hint = did_you_mean(f'"{close}"') if close else ""
        self.fail(key, sentences(must_be(allowed, describe_value(value)), hint))
        return None

    def picture(self, table: dict[str, Any], key: str, default: str | None) -> str | None:
        value = table.get(key, default)
        if value is None or (isinstance(value, str) and _PICTURE.fullmatch(value)):
            return value
        example = default or "my-stretch-left.svg"
        expected = FieldWords.tr(
            'the name of an SVG, PNG or JPEG picture file, such as "{example}"'
        )
        self.fail(key, must_be(expected.format(example=example), describe_value(value)))
        return None

    def numbers(self, table: dict[str, Any], prefix: str) -> dict[str, int] | None:
        """The dose numbers given in `table`; None if any of them is wrong."""
        found: dict[str, int] = {}
        wrong = False
        for key, (low, high, unit) in DOSE_NUMBERS.items():
            value = table.get(key)
            if value is None:
                continue
            if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
                found[key] = value
                continue
            wrong_number = must_be(whole_number(unit, low, high), describe_value(value))
            self.fail(prefix + key, sentences(wrong_number, number_hint(value)))
            wrong = True
        return None if wrong else found

    def dose(self, where: str, given: dict[str, int], base: Dose | None) -> Dose | None:
        """A dose from the numbers `given`, the rest taken from `base` (the exercise's own)."""
        holds = "hold_s" in given
        repeats = "reps" in given or "rep_s" in given
        if holds and repeats:
            both = FieldWords.tr(
                "It gives both hold_s and {key}. Use hold_s for a stretch you hold still, or "
                "reps and rep_s for a movement you repeat."
            )
            self.fail(where, both.format(key="reps" if "reps" in given else "rep_s"))
            return None
        sets = given.get("sets", base.sets if base else 1)
        rest_s = given.get("rest_s", base.rest_s if base else 10)
        if holds:
            return Dose(sets, hold_s=given["hold_s"], rest_s=rest_s)
        if repeats:
            reps = given.get("reps", base.reps if base else None)
            rep_s = given.get("rep_s", base.rep_s if base else None)
            if reps is None:
                self.fail(
                    where, FieldWords.tr("It gives rep_s but not reps, how many repetitions to do.")
                )
                return None
            if rep_s is None:
                self.fail(
                    where,
                    FieldWords.tr(
                        "It gives reps but not rep_s, the seconds each repetition takes."
                    ),
                )
                return None
            return Dose(sets, reps=reps, rep_s=rep_s, rest_s=rest_s)
        if base is None:
            self.fail(
                where,
                FieldWords.tr(
                    "It needs hold_s (seconds to hold) or reps and rep_s (how many, and "
                    "seconds each)."
                ),
            )
            return None
        return replace(base, sets=sets, rest_s=rest_s)


def _write_it_as(example: str) -> str:
    """How to write a missing key, as a sentence: `example` is the line, name = "..."."""
    #: example is a line of the file, such as name = "..."
    return FieldWords.tr("Write it as {example}.").format(example=example)


def _shown(value: object) -> str:
    """A list entry that should have been text: blank text is "empty"."""
    #: What a text value is when it holds nothing or only spaces: "but it is empty"
    return FieldWords.tr("empty") if isinstance(value, str) else describe_value(value)
