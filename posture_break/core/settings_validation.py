"""How a hand-edited settings file is judged: every value checked against its KeySpec in
KEYS, unknown keys and sections named with the closest known one, values that cannot
work together turned off, and an older file's version migrated first.

Validation never rejects a whole file: each bad value falls back to its own default and
every problem is reported at once, in words. What is wrong with a value is said in the
user's language, in whole sentences (core/problems.py), through SettingsFileWords.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import Any

from posture_break import APP_NAME
from posture_break.core.i18n import Context
from posture_break.core.problems import Problem, closest, did_you_mean, sentences
from posture_break.core.setting_kinds import INVALID, KeySpec, describe_value, must_be
from posture_break.core.settings import CURRENT_VERSION, KEYS, Settings

SettingsFileWords = Context("SettingsFileWords")

Migration = Callable[[dict[str, Any]], dict[str, Any]]
# Version N -> the function that turns a parsed version-N file into version N+1.
MIGRATIONS: Mapping[int, Migration] = MappingProxyType({})

_BY_SECTION: dict[str, dict[str, KeySpec]] = {}
for _key in KEYS:
    _BY_SECTION.setdefault(_key.section, {})[_key.name] = _key


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
