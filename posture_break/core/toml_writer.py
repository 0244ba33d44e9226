"""Writing TOML, for the files the app makes from data: a shared routine, and the
exercise and routine files an import adds to the user's folder.

The standard library reads TOML (tomllib) but does not write it. What is written here
is what tomllib read before, so the values are those it gives: text, whole and decimal
numbers, true and false, dates and times, lists and tables. `tomllib.loads(dumps(data))`
is `data` again (tests/core/test_toml_writer.py tries many).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from datetime import date, datetime, time
from typing import Any

__all__ = ["dumps", "text_value"]

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def dumps(data: Mapping[str, Any]) -> str:
    """`data` as a TOML document: plain keys first, then its tables, then its lists of
    tables, each with its own header, as a person would write them."""
    return "".join(_table(data, ()))


def text_value(text: str) -> str:
    """`text` as a TOML string on one line, every character that needs it escaped."""
    return '"' + "".join(_escaped(char) for char in text) + '"'


def _escaped(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if char < " " or char == "\x7f":
        return f"\\u{ord(char):04x}"
    return char


def _table(data: Mapping[str, Any], path: tuple[str, ...]) -> Iterator[str]:
    tables = {key: value for key, value in data.items() if isinstance(value, Mapping)}
    arrays = {key: value for key, value in data.items() if _is_array_of_tables(value)}
    for key, value in data.items():
        if key not in tables and key not in arrays:
            yield f"{_key(key)} = {_value(value)}\n"
    for key, value in tables.items():
        inner = (*path, key)
        yield f"\n[{_header(inner)}]\n"
        yield from _table(value, inner)
    for key, value in arrays.items():
        inner = (*path, key)
        for table in value:
            yield f"\n[[{_header(inner)}]]\n"
            yield from _table(table, inner)


def _is_array_of_tables(value: object) -> bool:
    return (
        isinstance(value, list) and bool(value) and all(isinstance(item, Mapping) for item in value)
    )


def _header(path: tuple[str, ...]) -> str:
    return ".".join(_key(key) for key in path)


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else text_value(key)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return text_value(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    if isinstance(value, Mapping):
        inline = ", ".join(f"{_key(key)} = {_value(item)}" for key, item in value.items())
        return "{" + inline + "}"
    raise TypeError(f"TOML has no value like {value!r}")
