"""A week of use in a few minutes: the installed app, driven by a simulated user, must
keep its promises day after day.

    bench/soak.py [--seed N] [--days 5] [--workday-min 480] [--time-scale 0.008333]

Runs on a private test desktop: started outside one, it runs itself again under
tests/helpers/with-desktop.sh (Xvfb, a tray host, dunst, a session bus); run by `./dev
test`'s .venv, whose `posture-break` it starts. The app runs at POSTURE_BREAK_TIME_SCALE
(default 1/120: a working day of 8 hours in 4 minutes) with its wall clock set by
libfaketime, active hours on (Monday to Friday, 08:00 to 18:00), and a stand-in for
logind on a private system bus. The user, scripted by a seeded random plan (the seed is
printed; --seed repeats a run), works with the mouse (xdotool), goes away, locks the
screen, pauses and resumes from the command line, has the clock set, starts routines
from the command line, opens the settings window, edits the settings file and restarts
the app, works late outside the active hours and sleeps the machine at night; it
answers every reminder with Start now, Later or Skip in dunst, or lets the window
come, and closes break windows with Esc, by finishing the routine or by stopping it.

Then it checks: never two break windows at once; no reminder while paused, away,
locked or outside the active hours; no reminder soon after waking and no two heads-ups
in a row; every stretch of work as long as the stretch interval brought a reminder or a
break, and every long absence is a natural break in the history; no Traceback or ERROR
in the log; memory after the last day within 3 MiB of after the first (the anonymous
part of PSS, which the app's own allocations make: the file-backed part moves with the
other processes that map the same libraries). It prints its figures, names each broken
invariant and exits 1 if there is one.

A night is a lock, logind's PrepareForSleep(true), the wall clock set to the next
morning, PrepareForSleep(false) and an unlock: the process keeps running, so the
planner's two clocks do not part as in a real suspend (libfaketime moves the wall
clock only); the lock and the hours without input are what the app sees of it.
`posture-break settings` only opens the settings window, which the user closes with
Esc; settings change through the file, which the app reads at its next start.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(PROJECT / "bench"), str(PROJECT)]

from soak.days import Plan, Week, stage_routines  # noqa: E402
from soak.hands import Hands  # noqa: E402
from soak.journal import (  # noqa: E402
    ANSWER,
    ASLEEP,
    AWAY,
    CLOCK_SET,
    CLOSED,
    HEADS_UP,
    LOCKED,
    OTHER_WINDOW,
    PAUSED,
    RESTARTED,
    WINDOW_OPEN,
    Journal,
    spend,
)
from soak.stage import Stage  # noqa: E402
from soak.verdict import Verdict, memory_mib, pss_growth  # noqa: E402
from soak.watchers import NotificationWatch, WindowWatch  # noqa: E402

MEMORY_LOOKS = 10  # at each day's end, half a second apart

# What the user did, counted for the figures.
PLAYED = (AWAY, LOCKED, ASLEEP, PAUSED, CLOCK_SET, CLOSED, OTHER_WINDOW, RESTARTED)


def arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=None, help="repeat a run (default: random)")
    parser.add_argument("--days", type=int, default=5, help="working days, from a Monday")
    parser.add_argument("--workday-min", type=float, default=480, help="simulated minutes a day")
    parser.add_argument("--time-scale", type=float, default=1 / 120)
    parser.add_argument("--journal", help="write what happened, one line each, to this file")
    parser.add_argument("--summary", help="write the figures and findings as JSON to this file")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    if not os.environ.get("WITH_DESKTOP_INNER"):
        desktop = PROJECT / "tests/helpers/with-desktop.sh"
        os.execv(str(desktop), [str(desktop), sys.executable, __file__, *argv])
    args = arguments(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    print(f"soak: seed {seed}, {args.days} days of {args.workday_min:g} min", end="")
    print(f" at 1/{1 / args.time_scale:g}", flush=True)
    rng = random.Random(seed)
    plan = Plan(args.days, args.workday_min, args.time_scale)
    started = time.monotonic()
    journal = Journal()
    pss: dict[int, float] = {}
    anon: dict[int, float] = {}
    with Stage(args.time_scale) as stage:
        today = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        monday = today + timedelta(days=(7 - today.weekday()) % 7)
        stage.set_wall_clock(monday + timedelta(hours=8))
        names = [str(r["name"]) for r in stage_routines(stage)]
        notifications = NotificationWatch(journal)
        windows = WindowWatch(journal, names)
        stage.start_app()
        hands = Hands(stage, journal, windows, rng)
        week = Week(plan, stage, hands, rng)

        def measure(day: int) -> None:
            """Memory at the end of the evening, when nothing is due: the lowest of a few
            looks, so a moment's allocation (a command being answered) does not count."""
            pid = int((stage.state() or {})["pid"])
            looks = []
            for _ in range(MEMORY_LOOKS):
                looks.append(memory_mib(pid))
                spend(0.5)
            pss[day], anon[day] = min(look[0] for look in looks), min(look[1] for look in looks)
            print(f"soak: day {day} done after {time.monotonic() - started:.0f} s", end="")
            print(f" (PSS {pss[day]:.1f} MiB, anonymous {anon[day]:.1f} MiB)")
            sys.stdout.flush()

        try:
            week.play(monday, measure)
        finally:
            hands.close()
            stage.stop_app()
            notifications.stop()
            windows.stop()
            if args.journal:
                journal.write(args.journal)
        history = stage.history()
        verdict = Verdict(journal, args.time_scale)
        broken = [*hands.findings, *verdict.broken(history, stage.log_files())]
        broken += pss_growth(anon[1], anon[max(anon)])
    found = figures(journal, verdict, history, pss, time.monotonic() - started)
    found["pss_anon_mib"] = [round(anon[day], 1) for day in sorted(anon)]
    report(found)
    if args.summary:
        Path(args.summary).write_text(json.dumps({**found, "broken": broken}, indent=1))
    for finding in broken:
        print(f"soak: BROKEN: {finding}")
    print(f"soak: {'FAILED' if broken else 'passed'} (seed {seed})")
    return 1 if broken else 0


def figures(
    journal: Journal,
    verdict: Verdict,
    history: list[dict[str, object]],
    pss: dict[int, float],
    wall_s: float,
) -> dict[str, object]:
    """What the run did and measured, as --summary writes it."""
    outcomes = Counter(str(row["outcome"]) for row in history)
    answers = Counter(
        "cli start" if e.detail.startswith("start ") else e.detail for e in journal.events(ANSWER)
    )
    played = Counter(e.kind for e in journal.events(*PLAYED))
    return {
        "days": len(pss),
        "days_in_history": len({row["local_day"] for row in history}),
        "heads_ups": len(journal.events(HEADS_UP)),
        "break_windows": len(journal.events(WINDOW_OPEN)),
        "offered": len(verdict.reminders()) - len(journal.events(HEADS_UP)),
        "outcomes": dict(sorted(outcomes.items())),
        "answers": dict(sorted(answers.items())),
        "played": dict(sorted(played.items())),
        "pss_mib": [round(pss[day], 1) for day in sorted(pss)],
        "wall_s": round(wall_s),
    }


def report(found: dict[str, Any]) -> None:
    outcomes = found["outcomes"]
    print(f"soak: days simulated {found['days']} ({found['days_in_history']} in the history)")
    print(f"soak: reminders (heads-ups) {found['heads_ups']}")
    windows, offered = found["break_windows"], found["offered"]
    print(f"soak: break windows {windows}, offered by the schedule {offered}")
    taken = outcomes.get("completed", 0) + outcomes.get("partial", 0)
    print(f"soak: breaks taken {taken} (completed {outcomes.get('completed', 0)},", end="")
    print(f" partial {outcomes.get('partial', 0)}), skipped {outcomes.get('skipped', 0)},", end="")
    print(f" snoozed {outcomes.get('snoozed', 0)}, natural {outcomes.get('natural', 0)}")
    print(f"soak: answers {found['answers']}")
    print(f"soak: events {found['played']}")
    print(f"soak: PSS after each day (MiB): {found['pss_mib']}")
    print(f"soak: wall time {found['wall_s']} s")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
