#!/usr/bin/env bash
# Screenshots of the real app on the test desktop, for looking at and for the README:
#   tests/helpers/with-desktop.sh tests/helpers/take-screenshots.sh OUT_DIR
# Writes tray.png (the panel, zoomed 4x), menu.png, menu-paused.png, routines.png.
set -euo pipefail
out=${1:?usage: take-screenshots.sh OUT_DIR}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
home=$(mktemp -d)
export XDG_CONFIG_HOME=$home/config XDG_STATE_HOME=$home/state XDG_DATA_HOME=$home/data
python -m posture_break &
app=$!
trap 'python -m posture_break quit >/dev/null 2>&1 || kill $app; rm -rf "$home"' EXIT
for _ in $(seq 200); do python "$here/desktop_probe.py" docked && break; sleep 0.05; done
sleep 0.3   # let the panel paint the icon

shoot() {  # shoot NAME: the top-right corner of the screen, where tray and menu are
  import -window root "$out/full.png"
  convert "$out/full.png" -crop 560x260+720+0 +repage "$out/$1.png"
  rm "$out/full.png"
}

import -window root "$out/full.png"
convert "$out/full.png" -crop 120x32+1160+0 +repage -scale 400% "$out/tray.png"
xdotool mousemove 1268 16 click 3 && sleep 0.4 && shoot menu
xdotool key Down Right && sleep 0.4 && shoot routines
xdotool key Escape Escape Escape && sleep 0.2
python -m posture_break pause 1h >/dev/null
xdotool mousemove 1268 16 click 1 && sleep 0.4 && shoot menu-paused
xdotool key Escape
