"""The settings a user can change, their limits, and how a hand-edited file is judged.

Every key is declared once in KEYS; validation, the written file and the documentation
all follow from that table, so a new key is one more KeySpec (and one Settings field);
the kinds of value a key may hold are in setting_kinds.py.
Validation never rejects a whole file: each bad value falls back to its own default and
every problem is reported at once, in words.

What the file says (its comments, describe_keys) stays English, like the keys it
documents; what is wrong with a value is said in the user's language, in whole sentences
(core/problems.py), through SettingsFileWords.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from types import MappingProxyType
from typing import Any

from posture_break import APP_ID, APP_NAME
from posture_break.core.i18n import QT_TRANSLATE_NOOP, Context
from posture_break.core.problems import Problem, closest, did_you_mean, sentences
from posture_break.core.setting_kinds import (
    INVALID,
    Hours,
    KeySpec,
    Names,
    Number,
    Switch,
    describe_value,
    must_be,
    parse_hours,
)

SettingsFileWords = Context("SettingsFileWords")

CURRENT_VERSION = 1  # the `version` this code writes; older files are migrated on load

Migration = Callable[[dict[str, Any]], dict[str, Any]]
# Version N -> the function that turns a parsed version-N file into version N+1.
MIGRATIONS: Mapping[int, Migration] = MappingProxyType({})


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WORKDAY, _DAY_OFF = "08:00-18:00", ""

# fmt: off
KEYS: tuple[KeySpec, ...] = (
    Number("breaks", "stretch_every_min", "Minutes of work between stretch breaks",
           default_value=55, minimum=10, maximum=240, unit="minutes"),
    Number("breaks", "micro_every_min",
           "Minutes of work between short micro breaks; keep it below stretch_every_min",
           default_value=25, minimum=5, maximum=120, unit="minutes", zero_means_off=True),
    Names("breaks", "stretch_routines",
          f"The routines stretch breaks take turns with; '{APP_ID} routines' lists them",
          default_value=("desk-neck", "rhomboid-relief"), may_be_empty=False,
          list_of=QT_TRANSLATE_NOOP("SettingsFileWords",
                                    'a list of one or more routine ids in quotes, '
                                    'such as ["desk-neck"]')),
    Number("breaks", "heads_up_s", "Seconds before a break that a notification says it is coming",
           default_value=60, minimum=10, maximum=600, unit="seconds", zero_means_off=True),
    Number("breaks", "snooze_min", "Minutes a break waits when you choose \"In a few minutes\"",
           default_value=5, minimum=1, maximum=60, unit="minutes"),
    Number("breaks", "snooze_limit", "How many times in a row a break may be put off",
           default_value=3, minimum=0, maximum=10),
    Switch("breaks", "allow_skip", "Whether a break may be skipped",
           default_value=True),
    Number("timing", "idle_after_s",
           "Seconds without keyboard or mouse use after which you count as away",
           default_value=120, minimum=30, maximum=1800, unit="seconds"),
    Switch("timing", "natural_breaks",
           "Time away from the computer as long as a break counts as that break",
           default_value=True),
    Switch("timing", "hold_when_busy",
           "A due break waits while a full-screen app, do not disturb or a call is on",
           default_value=True),
    Number("timing", "hold_max_min", "The longest a break waits for that, in minutes",
           default_value=15, minimum=1, maximum=120, unit="minutes"),
    Switch("active_hours", "enabled",
           "Reminders come only within the hours below; outside them the counters rest",
           field="active_hours", default_value=False),
    *(Hours("active_hours", day, f"Active hours on {day.title()}s", default_value=hours)
      for day, hours in zip(WEEKDAYS, (_WORKDAY,) * 5 + (_DAY_OFF,) * 2, strict=True)),
    Number("window", "sound_volume",
           "Loudness in percent of the soft sounds that mark each step of a routine",
           default_value=40, minimum=1, maximum=100, unit="percent", zero_means_off=True),
    Switch("window", "stay_on_top", "The break window stays above other windows",
           default_value=True),
    Names("window", "leave_out",
          "Exercises to leave out of every routine, such as those that need a wall",
          default_value=(),
          list_of=QT_TRANSLATE_NOOP("SettingsFileWords",
                                    'a list of exercise ids in quotes, such as ["chin-tuck"]')),
)
# fmt: on

_BY_SECTION: dict[str, dict[str, KeySpec]] = {}
for _key in KEYS:
    _BY_SECTION.setdefault(_key.section, {})[_key.name] = _key
_DEFAULTS = {spec.field: spec.default for spec in KEYS}


@dataclass(frozen=True, kw_only=True)
class Settings:
    """The values in effect. Field names are the key names (KeySpec.field where two
    sections share a name); defaults come from KEYS."""

    stretch_every_min: int = _DEFAULTS["stretch_every_min"]
    micro_every_min: int = _DEFAULTS["micro_every_min"]
    stretch_routines: tuple[str, ...] = _DEFAULTS["stretch_routines"]
    heads_up_s: int = _DEFAULTS["heads_up_s"]
    snooze_min: int = _DEFAULTS["snooze_min"]
    snooze_limit: int = _DEFAULTS["snooze_limit"]
    allow_skip: bool = _DEFAULTS["allow_skip"]
    idle_after_s: int = _DEFAULTS["idle_after_s"]
    natural_breaks: bool = _DEFAULTS["natural_breaks"]
    hold_when_busy: bool = _DEFAULTS["hold_when_busy"]
    hold_max_min: int = _DEFAULTS["hold_max_min"]
    active_hours: bool = _DEFAULTS["active_hours"]
    monday: str = _DEFAULTS["monday"]
    tuesday: str = _DEFAULTS["tuesday"]
    wednesday: str = _DEFAULTS["wednesday"]
    thursday: str = _DEFAULTS["thursday"]
    friday: str = _DEFAULTS["friday"]
    saturday: str = _DEFAULTS["saturday"]
    sunday: str = _DEFAULTS["sunday"]
    sound_volume: int = _DEFAULTS["sound_volume"]
    stay_on_top: bool = _DEFAULTS["stay_on_top"]
    leave_out: tuple[str, ...] = _DEFAULTS["leave_out"]

    def week(self) -> tuple[tuple[int, int] | None, ...]:
        """Active hours Monday to Sunday as minutes since midnight; None: a day off."""
        return tuple(parse_hours(getattr(self, day)) for day in WEEKDAYS)

    def active_week(self) -> tuple[tuple[int, int] | None, ...] | None:
        """The active hours in effect; None: reminders at any hour, because they are
        off or because no day has hours (which would never remind)."""
        week = self.week()
        return week if self.active_hours and any(week) else None

    def no_active_day(self) -> bool:
        """Active hours are on, but no day has any: a contradiction to point out."""
        return self.active_hours and self.active_week() is None


def describe_keys() -> list[tuple[str, str]]:
    """(key, what it does and allows) for every key, for the README and the command line."""
    return [(spec.where, f"{spec.comment} ({spec.limits})") for spec in KEYS]


def validate(
    raw: Mapping[str, object], file: str = "settings.toml", *, ignore_unknown: bool = False
) -> tuple[Settings, list[Problem]]:
    """Turn a parsed file into Settings, keeping every valid value and listing every problem.

    `ignore_unknown` is for files from a newer version of the app, whose extra keys are expected.
    The top-level `version` is the store's business and is skipped here.
    """
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, content in raw.items():
        if key == "version":
            continue
        if key in _BY_SECTION:
            problems += _validate_section(key, content, values, file, ignore_unknown)
        elif not ignore_unknown:
            problems.append(Problem(file, *_unknown_top_level(key, content)))
    settings = Settings(**values)
    for field, reason in contradictions(settings):
        problems.append(Problem(file, _spec(field).where, reason))
    return _without_contradictions(settings), problems


def contradictions(settings: Settings) -> list[tuple[str, str]]:
    """(field, why and what happens instead) for values that cannot work together;
    the settings dialog shows the same sentences next to the control."""
    found = []
    micro, stretch = settings.micro_every_min, settings.stretch_every_min
    if micro != 0 and micro >= stretch:
        reason = SettingsFileWords.tr(
            "It is {micro} minutes, not shorter than stretch_every_min ({stretch} minutes), "
            "so a micro break would never come. Micro breaks are off for now. Set it below "
            "{stretch} to have them, or to 0 to turn them off for good."
        )
        found.append(("micro_every_min", reason.format(micro=micro, stretch=stretch)))
    if settings.no_active_day():
        reason = SettingsFileWords.tr(
            "It is on, but no day has active hours, so no reminder would ever come. "
            "Active hours are off for now."
        )
        found.append(("active_hours", reason))
    return found


def _without_contradictions(settings: Settings) -> Settings:
    """The settings in effect: what cannot work together is turned off."""
    fixes: dict[str, Any] = {}
    for field, _reason in contradictions(settings):
        fixes[field] = 0 if field == "micro_every_min" else False
    return replace(settings, **fixes)


def _validate_section(
    section: str, content: object, values: dict[str, Any], file: str, ignore_unknown: bool
) -> list[Problem]:
    """Check one known section, adding its good values to `values`."""
    specs = _BY_SECTION[section]
    if not isinstance(content, dict):
        expected = SettingsFileWords.tr("a section, a line [{section}] followed by its settings")
        message = sentences(
            must_be(expected.format(section=section), describe_value(content)),
            SettingsFileWords.tr("The default is used for every setting in it."),
        )
        return [Problem(file, section, message)]
    problems = []
    for name, value in content.items():
        spec = specs.get(name)
        if spec is None:
            if not ignore_unknown:
                problems.append(Problem(file, f"[{section}] {name}", _unknown_key(name, section)))
        elif (parsed := spec.parse(value)) is not INVALID:
            values[spec.field] = parsed
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
        expected = SettingsFileWords.tr("a whole number such as {version}")
        message = sentences(
            must_be(expected.format(version=current_version), describe_value(version)),
            SettingsFileWords.tr("The file is read as version 1."),
        )
        problems.append(Problem(file, "version", message))
        version = 1
    if version > current_version:
        message = SettingsFileWords.tr(
            "It is {version}, so this file comes from a newer version of {app}. This one "
            "uses the settings it knows and will not save over the file, so nothing the "
            "newer version wrote is lost."
        )
        settings, more = validate(raw, file, ignore_unknown=True)
        newer = Problem(file, "version", message.format(version=version, app=APP_NAME))
        return settings, [newer, *more], version
    try:
        updated = migrate(raw, version, migrations, current_version)
    except Exception as error:  # a faulty update must not keep the app from starting
        #: error is the program's own description of what went wrong, in English
        message = SettingsFileWords.tr(
            "It is {version}, from an older version of {app}, and the file could not be "
            "updated ({error}). {app} uses the default for every setting."
        )
        message = message.format(version=version, app=APP_NAME, error=repr(error))
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
    #: default is the value as it would be written in the file: 55, true, "08:00-18:00"
    instead = SettingsFileWords.tr("The default, {default}, is used instead.")
    return sentences(
        must_be(spec.expected, describe_value(value)),
        spec.hint(value),
        instead.format(default=spec.render(spec.default)),
    )


def _unknown_key(name: str, section: str | None) -> str:
    ignored = SettingsFileWords.tr("{app} does not know this setting, so it is ignored.")
    return sentences(ignored.format(app=APP_NAME), _suggest(name, section))


def _unknown_top_level(key: str, content: object) -> tuple[str, str]:
    if isinstance(content, dict):
        close = closest(key.lower(), _BY_SECTION, cutoff=0.5)
        ignored = SettingsFileWords.tr("{app} does not know this section, so all of it is ignored.")
        suggestion = did_you_mean(f"[{close}]") if close else ""
        return f"[{key}]", sentences(ignored.format(app=APP_NAME), suggestion)
    return key, _unknown_key(key, None)


def _suggest(name: str, section: str | None) -> str:
    """ "Did you mean X?" with the closest known key, preferring the same section; or ""."""
    same = list(_BY_SECTION.get(section, {})) if section else []
    close = closest(name.lower(), same, cutoff=0.5)
    if close:
        return did_you_mean(close)
    elsewhere = {spec.name: spec for spec in KEYS if spec.section != section}
    close = closest(name.lower(), elsewhere, cutoff=0.5)
    if close:
        text = SettingsFileWords.tr("Did you mean {key} in [{section}]?")
        return text.format(key=close, section=elsewhere[close].section)
    return ""


def _spec(field: str) -> KeySpec:
    return next(spec for spec in KEYS if spec.field == field)


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
            f"{spec.name} = {spec.render(getattr(settings, spec.field))}",
        ]
    return "\n".join(lines) + "\n"


def _check_fields_match_keys() -> None:
    """Settings and KEYS must list the same keys in the same order; fail at import if not."""
    names = [field.name for field in fields(Settings)]
    if names != [spec.field for spec in KEYS]:
        raise RuntimeError(f"Settings fields {names} do not match KEYS")


_check_fields_match_keys()
