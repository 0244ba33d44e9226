"""The settings a user can change, their limits and defaults, and the file they are
written to.

Every key is declared once in KEYS; validation (settings_validation.py), the written file
and the documentation all follow from that table, so a new key is one more KeySpec (and
one Settings field); the kinds of value a key may hold are in setting_kinds.py.

What the file says (its comments, describe_keys) stays English, like the keys it
documents.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from posture_break import APP_ID, APP_NAME
from posture_break.core.i18n import QT_TRANSLATE_NOOP
from posture_break.core.setting_kinds import Hours, KeySpec, Names, Number, Switch, parse_hours

CURRENT_VERSION = 1  # the `version` this code writes; older files are migrated on load


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
    Switch("window", "spoken_cues",
           "A voice says each step of a routine, for when your head is turned away",
           default_value=False),
    Switch("window", "pause_media",
           "Music and videos that are playing pause while a routine plays, and play on after",
           default_value=True),
)
# fmt: on

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
    spoken_cues: bool = _DEFAULTS["spoken_cues"]
    pause_media: bool = _DEFAULTS["pause_media"]

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
