"""An exercise's or a routine's texts in another language, from a file beside the English.

    exercises/chin-tuck.toml      everything: texts, dose, sides, pictures
    exercises/de/chin-tuck.toml   only the texts, in German

A translation holds only the keys in TEXT_KEYS, so that doses, sides, pictures and a
routine's steps have one source, the English file, and cannot drift apart between
languages. Each text a translation gives replaces the English one; one it leaves out
or gets wrong stays English, field by field, so a slip in a translation costs one text,
never the exercise. The routine loader (routine_loader.py) finds the files; this module
reads one against what it translates, with the loader's own field checks.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, TypeVar

from posture_break.core.i18n import Context
from posture_break.core.routines import Exercise, Phase, Routine
from posture_break.core.toml_fields import FieldCheck

__all__ = ["TEXT_KEYS", "is_language_folder", "translated"]

_LANGUAGE = re.compile(r"[a-z]{2}")  # ISO 639-1: de, fr, ...

TEXT_KEYS: dict[str, tuple[str, ...]] = {
    "exercise": ("name", "purpose", "why", "steps", "cues", "equipment", "cautions", "phases"),
    "routine": ("name", "summary"),
}

TranslationWords = Context("TranslationWords")

T = TypeVar("T", Exercise, Routine)


def is_language_folder(name: str) -> bool:
    """Whether a folder in exercises/ or routines/ holds translations: it is named for
    its language in two letters, such as de."""
    return _LANGUAGE.fullmatch(name) is not None


def translated(
    original: T, data: dict[str, Any], check: FieldCheck, complete: bool, english: tuple[str, ...]
) -> T:
    """`original` with the texts `data` gives in place of its own; every mistake in
    `check`. `complete`: the translation lies directly over the English, so a text
    the English has and the translation lacks is reported (it would show in English).
    `english` are the keys of an English file, the others of which a translation may
    not have."""
    keys = TEXT_KEYS["exercise" if isinstance(original, Exercise) else "routine"]
    stays = TranslationWords.tr("It stays in the English file: a translation holds only texts.")
    check.unknown_keys(data, keys, "", dict.fromkeys(english, stays))
    texts: dict[str, Any] = {}
    for key in keys:
        own = getattr(original, key)
        required = complete and bool(own)
        if key == "phases":
            texts[key] = _phase_words(check, data, own, required)
        elif isinstance(own, tuple):
            texts[key] = check.texts(data, key, required)
        else:
            texts[key] = check.text(data, key, required)
    return replace(original, **{key: value for key, value in texts.items() if value})


def _phase_words(
    check: FieldCheck, data: dict[str, Any], own: tuple[Phase, ...], required: bool
) -> tuple[Phase, ...]:
    """The phases with the translation's words, `phases = ["Zurück", "Halten"]`: one
    word for each English phase, in order; the seconds stay the English file's."""
    words = check.texts(data, "phases", required)
    if words and len(words) != len(own):
        count = TranslationWords.tr(
            "It gives {given} words, but the English file has {count} phases: one word for "
            "each, in order."
        )
        check.fail("phases", count.format(given=len(words), count=len(own)))
        return ()
    return tuple(Phase(word, phase.seconds) for word, phase in zip(words, own, strict=False))
