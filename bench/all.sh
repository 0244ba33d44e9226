#!/usr/bin/env bash
# Every footprint figure of the app beside its floor, in one run on this machine:
#   bench/all.sh [RUNS]      (default 3; about 3 minutes per run, plus a minute)
# 1. bench/footprint.sh: the installed app and a bare PySide6 tray icon on a private
#    desktop: time to a docked icon, PSS/RSS/USS after 30 s, CPU and context switches
#    over 60 s with nothing due.
# 2. bench/first_frame.py: click to first painted frame of the break window (cold and
#    warm), the settings window and the statistics window.
# 3. bench/leak_check.py: PSS/USS growth over 200 break windows, beside bare Qt windows.
# Run it with nothing else busy on the machine: the figures are times and memory.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
echo "== footprint ($runs runs each): $(date -u +%F), $(nproc) cores, $(uname -m), $(python3 -V)"
bench/footprint.sh "$runs" 2>/dev/null | grep '^|' | awk '!seen[$0]++'
echo "== first painted frame (10 fresh processes)"
tests/helpers/with-desktop.sh .venv/bin/python bench/first_frame.py 10 2>/dev/null
echo "== memory over 200 break windows"
tests/helpers/with-desktop.sh .venv/bin/python bench/leak_check.py 200 2>/dev/null
