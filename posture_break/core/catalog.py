"""The routines Posture Break ships, as the tray menu lists them.

Until routine files and the player land, this table is the one source of the names
and lengths; the routine loader will compute the lengths from the exercise data and
replace it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RoutineEntry:
    id: str
    name: str
    minutes: int

    def menu_label(self) -> str:
        return f"{self.name} ({self.minutes} min)"


SHIPPED_ROUTINES: tuple[RoutineEntry, ...] = (
    RoutineEntry("posture-reset", "Posture reset", 1),
    RoutineEntry("desk-neck", "Desk neck release", 3),
    RoutineEntry("rhomboid-relief", "Rhomboid relief", 5),
    RoutineEntry("full-upper-back", "Full upper-back programme", 12),
)
