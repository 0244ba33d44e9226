#!/usr/bin/env bash
# Screenshots of the real app on the test desktop, for looking at and for the README.
#   tests/helpers/with-desktop.sh tests/helpers/take-screenshots.sh OUT_DIR
set -euo pipefail
out=${1:?usage: take-screenshots.sh OUT_DIR}
mkdir -p "$out"
home=$(mktemp -d)
export XDG_CONFIG_HOME=$home/config XDG_STATE_HOME=$home/state XDG_DATA_HOME=$home/data
python -m posture_break &
app=$!
trap 'python -m posture_break quit >/dev/null 2>&1 || kill $app; rm -rf "$home"' EXIT
for _ in $(seq 200); do python "$(dirname "$0")/desktop_probe.py" docked && break; sleep 0.05; done
sleep 0.5
import -window root "$out/desktop.png"
convert "$out/desktop.png" -crop 160x40+1120+0 +repage -scale 400% "$out/tray-zoom.png"
# Right-click the icon (the rightmost docked window) and shoot the open menu.
icon=$(xdotool search --class posture-break | head -1 || true)
eval "$(xdotool getmouselocation --shell)"
xdotool mousemove 1266 16 click 3
sleep 0.5
import -window root "$out/menu.png"
xdotool mousemove 1150 60 click 1   # hover into the list, then open "Start a routine"
xdotool key Escape
python -m posture_break pause 1h >/dev/null
xdotool mousemove 1266 16 click 1
sleep 0.5
import -window root "$out/menu-paused.png"
xdotool key Escape
