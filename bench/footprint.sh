#!/usr/bin/env bash
# Footprint of the installed app beside the floor (a bare PySide6 tray icon), measured
# in one run of the shared harness with the same Python:
#   bench/footprint.sh [RUNS]        (default 3; about 3 minutes per run and app)
# Prints the harness's markdown table; results stay in the folder it names.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED_DIR:-$(cd ../shared && pwd)}
runs=${1:-3}
work=$(mktemp -d /tmp/pb-footprint.XXXXXX)
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q .
measure=("$shared/bench/measure_tray.py" --runs "$runs" --xvfb-args "-extension GLX"
  --out "$work/results")
"${measure[@]}" --label floor -- "$work/venv/bin/python" "$shared/bench/floor_tray.py"
"${measure[@]}" --label posture-break -- "$work/venv/bin/posture-break"
"$shared/bench/measure_tray.py" --report "$work/results/floor" "$work/results/posture-break"
echo "results: $work/results"
