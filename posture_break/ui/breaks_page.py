"""The settings dialog's Breaks tab: how often breaks come, which routines they use, and
how they may be put off. Like every page (form_widgets.SettingsPage) it reads its fields
into a Settings, shows a Settings and says what keeps its values from being applied;
settings_dialog.py applies the whole form.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QLabel, QPushButton

from posture_break.core.settings import Settings
from posture_break.core.timeline import minutes_label
from posture_break.ui.form_widgets import (
    NUMBERS,
    CheckList,
    SettingsPage,
    named,
    named_as_shown,
    number_box,
)
from posture_break.ui.settings_words import (
    describe_heads_up,
    describe_micro,
    describe_routines,
    describe_skip,
    describe_snooze,
    describe_stretch,
)


class BreaksPage(SettingsPage):
    """How often breaks come, which routines they use, and how they may be put off."""

    routines_window_requested = Signal()  # the Routines window, to make or change one

    def __init__(
        self, routines: Sequence[tuple[str, str, float]], micro_routine: tuple[str, float]
    ) -> None:
        super().__init__(QCoreApplication.translate("BreaksPage", "&Breaks"))
        self._lengths = {rid: length for rid, _, length in routines}
        self._names = {rid: name for rid, name, _ in routines}
        self._micro_routine = micro_routine
        #: The unit after a number of minutes in a spin box, with its space
        minutes = self.tr(" min")
        self._stretch = named(
            number_box("stretch_every_min", minutes, 5), self.tr("Stretch break every, in minutes")
        )
        self._stretch.valueChanged.connect(self._on_stretch_value_changed)
        self._stretch_hint = self.add(QLabel(self.tr("Stretch break &every")), self._stretch)
        shown = [(rid, f"{name} ({minutes_label(length)})") for rid, name, length in routines]
        self._routines = CheckList(shown, keep_one=True)
        self._routines.setAccessibleName(self.tr("Routines stretch breaks take turns with"))
        self._routines.changed.connect(self._edited)
        self._routines_hint = self.add(QLabel(self.tr("Stretch ro&utines")), self._routines)
        edit_routines = named_as_shown(QPushButton(self.tr("M&ake or change a routine…")))
        edit_routines.clicked.connect(self.routines_window_requested)
        self.add_row(edit_routines)
        self._micro_on = self._checkbox(self.tr("&Micro break every"))
        self._micro = self._number(
            "micro_every_min", minutes, self.tr("Micro break every, in minutes"), 5
        )
        self._micro_hint = self.add(self._micro_on, self._micro)
        self._heads_up_on = self._checkbox(self.tr("&Heads-up before a break"))
        #: The unit after a number of seconds in a spin box, with its space
        seconds = self.tr(" s")
        self._heads_up = self._number(
            "heads_up_s", seconds, self.tr("Heads-up, seconds before a break"), 10
        )
        self._heads_up_hint = self.add(self._heads_up_on, self._heads_up)
        self._snooze_limit = self._number("snooze_limit", "", self.tr("Snoozes in a row"))
        #: Snoozes in a row: none, a break cannot be put off
        self._snooze_limit.setSpecialValueText(self.tr("None"))
        self.add_row(QLabel(self.tr("Snoozes in a r&ow")), self._snooze_limit)
        self._snooze = self._number("snooze_min", minutes, self.tr("Snooze length, in minutes"))
        self._snooze_hint = self.add(QLabel(self.tr("&Snooze length")), self._snooze)
        self._skip = self._checkbox(self.tr("Breaks may be s&kipped"))
        self._skip_hint = self.add(self._skip)
        self.finish()

    @Slot(int)
    def _on_stretch_value_changed(self, stretch_min: int) -> None:
        self._bound_micro()
        self._edited()

    def _bound_micro(self) -> None:
        """Micro breaks must come more often than stretch breaks: the micro box stops
        below the stretch interval, taking its value down with it."""
        self._micro.blockSignals(True)
        self._micro.setMaximum(min(NUMBERS["micro_every_min"].maximum, self._stretch.value() - 1))
        self._micro.blockSignals(False)

    def _show(self, settings: Settings) -> None:
        self._stretch.setValue(settings.stretch_every_min)
        self._bound_micro()
        self._micro.setValue(settings.micro_every_min or Settings().micro_every_min)
        self._micro_on.setChecked(settings.micro_every_min != 0)
        self._routines.show_ids(settings.stretch_routines)
        self._heads_up.setValue(settings.heads_up_s or Settings().heads_up_s)
        self._heads_up_on.setChecked(settings.heads_up_s != 0)
        self._snooze_limit.setValue(settings.snooze_limit)
        self._snooze.setValue(settings.snooze_min)
        self._skip.setChecked(settings.allow_skip)

    def read(self, settings: Settings) -> Settings:
        return replace(
            settings,
            stretch_every_min=self._stretch.value(),
            micro_every_min=self._micro.value() if self._micro_on.isChecked() else 0,
            stretch_routines=self._routines.ids(),
            heads_up_s=self._heads_up.value() if self._heads_up_on.isChecked() else 0,
            snooze_limit=self._snooze_limit.value(),
            snooze_min=self._snooze.value(),
            allow_skip=self._skip.isChecked(),
        )

    def refresh(self, form: Settings) -> list[str]:
        chosen = [rid for rid in form.stretch_routines if rid in self._names]
        shortest = min((self._lengths[rid] for rid in chosen), default=None)
        self._stretch_hint.say(describe_stretch(form.stretch_every_min, shortest))
        self._routines_hint.say(describe_routines([self._names[rid] for rid in chosen]))
        micro = describe_micro(form.micro_every_min, form.stretch_every_min, self._micro_routine)
        self._micro.setEnabled(form.micro_every_min != 0)
        self._micro_hint.say(micro)
        self._heads_up.setEnabled(form.heads_up_s != 0)
        self._heads_up_hint.say(describe_heads_up(form.heads_up_s))
        self._snooze.setEnabled(form.snooze_limit > 0)
        self._snooze_hint.say(describe_snooze(form.snooze_min, form.snooze_limit))
        self._skip_hint.say(describe_skip(form.allow_skip))
        return []
