"""Settings changed in the settings window take effect in the running app at once.

This sits beside app.py, the composition root, because a change reaches every layer:
the core's schedule and catalog, the shell's menu and break windows, the sound and
idle adapters, and the file on disk.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from posture_break.core.in_effect import in_effect
from posture_break.core.timeline import routine_length_s

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from posture_break.adapters.acknowledged import Acknowledgements
    from posture_break.adapters.sound_cues import SoundCues
    from posture_break.core.catalog import Catalog
    from posture_break.core.control import Control
    from posture_break.core.in_effect import InEffect
    from posture_break.core.ports import IdleSource
    from posture_break.core.settings import Settings
    from posture_break.core.settings_store import SettingsStore
    from posture_break.ui.settings_dialog import SettingsDialog
    from posture_break.ui.shell import Shell

log = logging.getLogger(__name__)


class LiveSettings:
    def __init__(
        self,
        store: SettingsStore,
        catalog: Catalog,
        effect: InEffect,
        control: Control,
        shell: Shell,
        data_dir: Path,
        time_scale: float = 1.0,
    ) -> None:
        self._store = store
        self._data_dir = data_dir
        self._catalog = catalog  # everything that loaded; leave_out is applied per change
        self._effect = effect  # what the settings in use put in effect
        self._control = control
        self._shell = shell
        self._scale = time_scale
        self._sounds: SoundCues | None = None
        self._idle: IdleSource | None = None
        self._notes: Acknowledgements | None = None
        self._dialog: SettingsDialog | None = None  # once built

    def use_adapters(
        self,
        sounds: SoundCues | None = None,
        idle: IdleSource | None = None,
        notes: Acknowledgements | None = None,
    ) -> None:
        """The parts that are made later than the shell (idle) or only in the real app."""
        self._sounds = sounds or self._sounds
        self._idle = idle or self._idle
        self._notes = notes or self._notes

    def apply(self, settings: Settings) -> str | None:
        """Save and use `settings`; None, or why saving failed (they apply all the same)."""
        before = self._control.settings
        effect = self._put_in_effect(settings)
        if self._sounds is not None:
            self._sounds.volume_percent = settings.sound_volume
        if self._idle is not None and settings.idle_after_s != before.idle_after_s:
            coordinator = self._control.coordinator
            self._idle.watch(
                effect.schedule.idle_after_s, coordinator.on_idle, coordinator.on_active
            )
        saved = self._store.save(settings)
        if saved.problem is not None:
            log.warning("settings: %s", saved.problem)
            return saved.problem.message
        log.info("settings changed and saved")
        return None

    def use_catalog(self, catalog: Catalog) -> None:
        """The routine and exercise files changed (an import, the routine editor): the
        menu and the break rotation use what loaded now, with the settings in use."""
        self._catalog = catalog
        self._put_in_effect(self._control.settings)
        self._shell.content_changed()

    def _put_in_effect(self, settings: Settings) -> InEffect:
        """The one path from settings and catalog to the core and the menu."""
        effect = self._effect = in_effect(settings, self._catalog, self._scale)
        self._control.use_settings(settings, effect)
        self._shell.use_routines(effect.catalog.routines, settings.stay_on_top)
        return effect

    def apply_elsewhere(self, settings: Settings) -> str | None:
        """Like apply, for a change made outside the settings window (the break window's
        Voice button); the settings window, if built, shows it."""
        problem = self.apply(settings)
        if self._dialog is not None:
            self._dialog.show_in_effect(settings)
        return problem

    def build_window(self) -> QWidget:
        """The settings window, built the first time it is opened: neither it nor the
        start-at-login adapter is imported before."""
        from posture_break.adapters.autostart import autostart_for_this_system
        from posture_break.ui.breaks_page import BreaksPage
        from posture_break.ui.settings_dialog import Choices, SettingsDialog

        catalog = self._catalog
        micro = self._effect.micro
        choices = Choices(
            routines=tuple((r.id, r.name, routine_length_s(r)) for r in catalog.routines),
            exercises=tuple((e.id, e.name) for e in catalog.exercises),
            micro_routine=(micro.name, routine_length_s(micro)) if micro else ("", 0.0),
        )
        self._dialog = SettingsDialog(
            self._control.settings,
            choices,
            self.apply,
            autostart_for_this_system(),
            self._show_notes_again,
            self._open_data_folder,
        )
        for page in self._dialog.findChildren(BreaksPage):
            page.routines_window_requested.connect(self._shell.show_routines)
        return self._dialog

    def _show_notes_again(self) -> None:
        if self._notes is not None:
            self._notes.show_again()

    def _open_data_folder(self) -> None:
        # Built here, on first use: PySide6 makes QUrl's type, with its enums, when a
        # module first hands it out (0.5 ms of every start, at the top of this file).
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        self._data_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))
