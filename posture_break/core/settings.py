"""The settings a user can change, their limits, and how a hand-edited file is judged.

Every key is declared once in KEYS; validation, the written file and the documentation
all follow from that table, so a new key is one more KeySpec (and one Settings field).
Validation never rejects a whole file: each bad value falls back to its own default and
every problem is reported at once, in words.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import date, time
from types import MappingProxyType
from typing import Any

from posture_break import APP_ID, APP_NAME
from posture_break.core.problems import Problem, closest

CURRENT_VERSION = 1  # the `version` this code writes; older files are migrated on load

Migration = Callable[[dict[str, Any]], dict[str, Any]]
# Version N -> the function that turns a parsed version-N file into version N+1.
MIGRATIONS: Mapping[int, Migration] = MappingProxyType({})


@dataclass(frozen=True)
class KeySpec:
    """One whole-number setting: where it lives, what it accepts, and what it is for."""

    section: str
    name: str
    default: int
    minimum: int
    maximum: int
    unit: str  # "minutes" or "seconds", used in messages
    comment: str  # one line above the key in the file, without the range
    zero_means_off: bool = False

    @property
    def where(self) -> str:
        return f"[{self.section}] {self.name}"

    @property
    def limits(self) -> str:
        """The part of the comment line that says what is allowed."""
        off = ", 0 turns it off" if self.zero_means_off else ""
        return f"default {self.default}, from {self.minimum} to {self.maximum}{off}"

    @property
    def expected(self) -> str:
        """What a valid value is, in words, for messages."""
        span = f"a whole number of {self.unit} from {self.minimum} to {self.maximum}"
        return f"0 (off) or {span}" if self.zero_means_off else span

    def accepts(self, value: int) -> bool:
        return (self.zero_means_off and value == 0) or self.minimum <= value <= self.maximum


# fmt: off
KEYS: tuple[KeySpec, ...] = (
    KeySpec("breaks", "stretch_every_min", 55, 10, 240, "minutes",
            "Minutes of work between stretch breaks"),
    KeySpec("breaks", "micro_every_min", 25, 5, 120, "minutes",
            "Minutes of work between short micro breaks; keep it below stretch_every_min",
            zero_means_off=True),
    KeySpec("timing", "idle_after_s", 120, 30, 1800, "seconds",
            "Seconds without keyboard or mouse use after which you count as away"),
    KeySpec("window", "sound_volume", 40, 1, 100, "percent",
            "Loudness in percent of the soft sounds that mark each step of a routine",
            zero_means_off=True),
)
# fmt: on

_BY_SECTION: dict[str, dict[str, KeySpec]] = {}
for _key in KEYS:
    _BY_SECTION.setdefault(_key.section, {})[_key.name] = _key
_DEFAULTS = {spec.name: spec.default for spec in KEYS}


@dataclass(frozen=True)
class Settings:
    """The values in effect. Field names are the key names; defaults come from KEYS."""

    stretch_every_min: int = _DEFAULTS["stretch_every_min"]
    micro_every_min: int = _DEFAULTS["micro_every_min"]
    idle_after_s: int = _DEFAULTS["idle_after_s"]
    sound_volume: int = _DEFAULTS["sound_volume"]


def describe_keys() -> list[tuple[str, str]]:
    """(key, what it does and allows) for every key, for the README and the command line."""
    return [(spec.where, f"{spec.comment} ({spec.limits})") for spec in KEYS]


def describe_value(value: object) -> str:
    """A value as the user would recognise it from their file, kept short."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = value if len(value) <= 30 else value[:29] + "…"
        return f'"{text}"'
    if isinstance(value, int | float):
        text = str(value)
        return text if len(text) <= 40 else f"a number {len(text)} digits long"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, date | time):
        return "a date or time"
    return "something else"


def validate(
    raw: Mapping[str, object], file: str = "settings.toml", *, ignore_unknown: bool = False
) -> tuple[Settings, list[Problem]]:
    """Turn a parsed file into Settings, keeping every valid value and listing every problem.

    `ignore_unknown` is for files from a newer version of the app, whose extra keys are expected.
    The top-level `version` is the store's business and is skipped here.
    """
    values: dict[str, int] = {}
    problems: list[Problem] = []
    for key, content in raw.items():
        if key == "version":
            continue
        if key in _BY_SECTION:
            problems += _validate_section(key, content, values, file, ignore_unknown)
        elif not ignore_unknown:
            problems.append(Problem(file, *_unknown_top_level(key, content)))
    settings = Settings(**values)
    micro, stretch = settings.micro_every_min, settings.stretch_every_min
    if micro != 0 and micro >= stretch:
        problems.append(Problem(file, _spec("micro_every_min").where, _never_fires(micro, stretch)))
        settings = Settings(**{**values, "micro_every_min": 0})
    return settings, problems


def _validate_section(
    section: str, content: object, values: dict[str, int], file: str, ignore_unknown: bool
) -> list[Problem]:
    """Check one known section, adding its good values to `values`."""
    specs = _BY_SECTION[section]
    if not isinstance(content, dict):
        message = (
            f"must be a section (a line [{section}] followed by its settings), but it is "
            f"{describe_value(content)}; using the defaults for {' and '.join(specs)}."
        )
        return [Problem(file, section, message)]
    problems = []
    for name, value in content.items():
        spec = specs.get(name)
        if spec is None:
            if not ignore_unknown:
                problems.append(Problem(file, f"[{section}] {name}", _unknown_key(name, section)))
        elif isinstance(value, int) and not isinstance(value, bool) and spec.accepts(value):
            values[name] = value
        else:
            problems.append(Problem(file, spec.where, _complaint(spec, value)))
    return problems


def interpret(
    raw: Mapping[str, Any],
    file: str = "settings.toml",
    migrations: Mapping[int, Migration] = MIGRATIONS,
    current_version: int = CURRENT_VERSION,
) -> tuple[Settings, list[Problem], int]:
    """Settings and problems from a parsed file of any version, and the version it had.

    Older files are migrated in memory; a newer file's extra keys are not complaints.
    """
    version = raw.get("version", 1)  # a hand-written file without a version is version 1
    problems = []
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        message = f"must be a whole number such as {current_version}, but it is "
        message += f"{describe_value(version)}; reading the file as version 1."
        problems.append(Problem(file, "version", message))
        version = 1
    if version > current_version:
        message = f"is {version}, so this file comes from a newer version of {APP_NAME}. This "
        message += "one uses the settings it knows and will not save over the file, so "
        message += "nothing the newer version wrote is lost."
        settings, more = validate(raw, file, ignore_unknown=True)
        return settings, [Problem(file, "version", message), *more], version
    try:
        updated = migrate(raw, version, migrations, current_version)
    except Exception as error:  # a faulty update must not keep the app from starting
        message = f"is {version}, from an older version of {APP_NAME}, and the file could "
        message += f"not be updated ({error!r}), so {APP_NAME} uses the default for every setting."
        return Settings(), [*problems, Problem(file, "version", message)], version
    settings, more = validate(updated, file)
    return settings, problems + more, version


def migrate(
    raw: Mapping[str, Any], version: int, migrations: Mapping[int, Migration], target: int
) -> dict[str, Any]:
    """Update a parsed file one version at a time, in order, from `version` to `target`."""
    data = copy.deepcopy(dict(raw))
    while version < target:
        data = migrations[version](data)
        version += 1
    data["version"] = target
    return data


def _complaint(spec: KeySpec, value: object) -> str:
    """What is wrong with a value the user wrote, and what is used instead."""
    hint = ""
    if isinstance(value, str) and value.strip().lstrip("+-").isdigit():
        hint = " (write the number without quotes)"
    elif isinstance(value, float) and value.is_integer():
        hint = " (write it without the decimal point)"
    shown = describe_value(value)
    return f"must be {spec.expected}, but it is {shown}{hint}; using the default, {spec.default}."


def _never_fires(micro: int, stretch: int) -> str:
    return (
        f"is {micro} minutes, which is not shorter than stretch_every_min ({stretch} minutes), "
        "so a micro break would never come; micro breaks are off for now. Set it below "
        f"{stretch} to have them, or to 0 to turn them off for good."
    )


def _unknown_key(name: str, section: str | None) -> str:
    return f"is not a setting {APP_NAME} knows, so it is ignored" + _suggest(name, section)


def _unknown_top_level(key: str, content: object) -> tuple[str, str]:
    if isinstance(content, dict):
        close = closest(key.lower(), _BY_SECTION, cutoff=0.5)
        hint = f"; did you mean [{close}]?" if close else "."
        return f"[{key}]", f"is not a section {APP_NAME} knows, so all of it is ignored{hint}"
    return key, _unknown_key(key, None)


def _suggest(name: str, section: str | None) -> str:
    """'; did you mean X?' with the closest known key, preferring the same section."""
    same = list(_BY_SECTION.get(section, {})) if section else []
    close = closest(name.lower(), same, cutoff=0.5)
    if close:
        return f"; did you mean {close}?"
    elsewhere = {spec.name: spec for spec in KEYS if spec.section != section}
    close = closest(name.lower(), elsewhere, cutoff=0.5)
    if close:
        return f"; did you mean {close} in [{elsewhere[close].section}]?"
    return "."


def _spec(name: str) -> KeySpec:
    return next(spec for spec in KEYS if spec.name == name)


def to_toml(settings: Settings, version: int = CURRENT_VERSION) -> str:
    """The whole settings file: a header, the version, then every key under its comment."""
    lines = [
        f"# {APP_NAME} settings",
        "#",
        "# Change a value with any text editor; delete a line to get its default back.",
        "# The line above each setting says what it does and which values it accepts.",
        f'# Run "{APP_ID} check" to find mistakes.',
        f"# When {APP_NAME} saves this file it writes all of it again: your values are",
        "# kept, your own comments are not. The previous file is kept as settings.toml.bak.",
        "",
        f"# The format of this file; {APP_NAME} updates it itself.",
        f"version = {version}",
    ]
    section = ""
    for spec in KEYS:
        if spec.section != section:
            section = spec.section
            lines += ["", f"[{section}]"]
        lines += [
            f"# {spec.comment} ({spec.limits})",
            f"{spec.name} = {getattr(settings, spec.name)}",
        ]
    return "\n".join(lines) + "\n"


def _check_fields_match_keys() -> None:
    """Settings and KEYS must list the same keys in the same order; fail at import if not."""
    names = [field.name for field in fields(Settings)]
    if names != [spec.name for spec in KEYS]:
        raise RuntimeError(f"Settings fields {names} do not match KEYS")


_check_fields_match_keys()
