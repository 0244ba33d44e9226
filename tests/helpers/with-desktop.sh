#!/usr/bin/env bash
# Run a command on a private, headless desktop: Xvfb, an XEmbed tray host (trayer),
# a session D-Bus and a notification daemon (dunst). Everything stops when it exits.
#   tests/helpers/with-desktop.sh python -m pytest tests
#   NO_TRAY=1 tests/helpers/with-desktop.sh ...   # the same desktop without a tray host
set -euo pipefail
if [ -z "${WITH_DESKTOP_INNER:-}" ]; then
  export WITH_DESKTOP_INNER=1
  exec dbus-run-session -- "$0" "$@"
fi
here=$(cd "$(dirname "$0")" && pwd)
# The project's venv (made by ./dev) first, so `python` has the test dependencies.
venv=$(cd "$here/../.." && pwd)/.venv/bin
[ -d "$venv" ] && export PATH="$venv:$PATH"
work=$(mktemp -d)
pids=()
cleanup() {
  [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

wait_for() {  # wait_for WHAT COMMAND...: up to 20 s
  local what=$1; shift
  for _ in $(seq 400); do "$@" >/dev/null 2>&1 && return 0; sleep 0.05; done
  echo "with-desktop: $what did not come up in 20 s" >&2
  exit 1
}

# -noreset: otherwise the server resets when its last client leaves and drops
# whoever connects during the reset (a probe leaving, the app arriving).
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$work/display" 2>"$work/xvfb.log" &
pids+=($!)
wait_for "Xvfb" test -s "$work/display"
export DISPLAY=":$(head -1 "$work/display")"

if [ -z "${NO_TRAY:-}" ]; then
  trayer --edge top --align right --widthtype request --height 32 \
    --transparent false --expand true >"$work/trayer.log" 2>&1 &
  pids+=($!)
  wait_for "the tray host" python3 "$here/desktop_probe.py" tray-host
fi

export DUNST_PICK_FILE="$work/pick"
dunst -config "$here/dunstrc" >"$work/dunst.log" 2>&1 &
pids+=($!)
# Ask the bus, never the notification service itself: that would start a second dunst.
wait_for "the notification daemon" sh -c 'dbus-send --session --print-reply \
  --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
  string:org.freedesktop.Notifications | grep -q true'

export XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=xcb
mkdir -m 700 "$XDG_RUNTIME_DIR"
"$@"
