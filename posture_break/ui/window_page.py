"""The settings dialog's Break window tab: how the break window sounds and sits, and
which exercises it never shows. Like every page (form_widgets.SettingsPage) it reads,
shows and checks its fields; settings_dialog.py applies the whole form.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from posture_break.core.settings import Settings
from posture_break.ui.form_widgets import NUMBERS, CheckList, SettingsPage
from posture_break.ui.settings_words import (
    describe_leave_out,
    describe_on_top,
    describe_pause_media,
    describe_voice,
    describe_volume,
)


class WindowPage(SettingsPage):
    """How the break window sounds and sits, and which exercises it never shows."""

    def __init__(self, exercises: Sequence[tuple[str, str]]) -> None:
        super().__init__(QCoreApplication.translate("WindowPage", "Break &window"))
        self._names = dict(exercises)
        self._volume = QSlider(Qt.Orientation.Horizontal)
        self._volume.setAccessibleName(self.tr("Sound cues volume"))
        self._volume.setRange(0, NUMBERS["sound_volume"].maximum)
        self._volume.setPageStep(10)
        self._volume.setTracking(False)  # a drag applies once, when let go
        self._volume.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        self._level = QLabel()
        widest = f"{self._percent(100)}  "
        self._level.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest))
        self._volume.sliderMoved.connect(self._show_level)
        self._volume.valueChanged.connect(self._show_level)
        self._volume.valueChanged.connect(self._edited)
        volume = QWidget()
        row = QHBoxLayout(volume)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._volume)
        row.addWidget(self._level)
        self._volume_hint = self.add(QLabel(self.tr("&Sound cues")), self._volume, shown=volume)
        self._on_top = self._checkbox(self.tr("Keep the break window &above other windows"))
        self._on_top_hint = self.add(self._on_top)
        self._voice = self._checkbox(self.tr("&Voice: say each step out loud"))
        self._voice_hint = self.add(self._voice)
        self._pause_media = self._checkbox(self.tr("&Pause music and videos during a routine"))
        self._pause_media_hint = self.add(self._pause_media)
        self._leave_out = CheckList(exercises)
        self._leave_out.setAccessibleName(self.tr("Exercises to leave out"))
        self._leave_out.changed.connect(self._edited)
        self._leave_out_hint = self.add(QLabel(self.tr("Exercises to &leave out")), self._leave_out)
        self.finish()

    def _percent(self, percent: int) -> str:
        #: The sound cues' volume beside its slider, "40%"
        return self.tr("{percent}%").format(percent=percent)

    @Slot(int)
    def _show_level(self, percent: int) -> None:
        self._level.setText(self.tr("Off") if percent == 0 else self._percent(percent))

    def _show(self, settings: Settings) -> None:
        self._volume.setValue(settings.sound_volume)
        self._show_level(settings.sound_volume)
        self._on_top.setChecked(settings.stay_on_top)
        self._voice.setChecked(settings.spoken_cues)
        self._pause_media.setChecked(settings.pause_media)
        self._leave_out.show_ids(settings.leave_out)

    def read(self, settings: Settings) -> Settings:
        return replace(
            settings,
            sound_volume=self._volume.value(),
            stay_on_top=self._on_top.isChecked(),
            spoken_cues=self._voice.isChecked(),
            pause_media=self._pause_media.isChecked(),
            leave_out=self._leave_out.ids(),
        )

    def refresh(self, form: Settings) -> list[str]:
        self._volume_hint.say(describe_volume(form.sound_volume))
        self._on_top_hint.say(describe_on_top(form.stay_on_top))
        self._voice_hint.say(describe_voice(form.spoken_cues))
        self._pause_media_hint.say(describe_pause_media(form.pause_media))
        names = [self._names[eid] for eid in form.leave_out if eid in self._names]
        self._leave_out_hint.say(describe_leave_out(names))
        return []
