#!/usr/bin/env bash
# Build the frozen one-folder Posture Break with PyInstaller.
#   packaging/pyinstaller/build.sh [BUILD_DIR]    (default: build/pyinstaller in the checkout)
# Makes BUILD_DIR/venv, installs the checkout and PyInstaller into it, and leaves the
# bundle in BUILD_DIR/dist/posture-break: start BUILD_DIR/dist/posture-break/posture-break.
#   PYTHON=/path/to/python packaging/pyinstaller/build.sh BUILD_DIR
# builds with that Python's own PyInstaller and packages instead of a new venv (the tests
# do this with the test extra's), the checkout put into BUILD_DIR/site for it.
# PyInstaller needs objdump (Debian: binutils).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)
build=$(realpath -m "${1:-$project/build/pyinstaller}")

# PyInstaller 6.22.3 is the current release and has hooks for PySide6 6.11; its hooks
# and the contrib hooks (APScheduler's among them) change between releases, so both are
# pinned and a rebuild of the same checkout collects the same files.
pins=(pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.9)

# The checkout is installed, never editable: the spec freezes posture_break.resources
# from where an install puts it (resources/ in the tree).
if [ -n "${PYTHON:-}" ]; then
  "$PYTHON" -m pip install -q --upgrade --no-deps --target "$build/site" "$project"
  export PYTHONPATH="$build/site"
else
  [ -x "$build/venv/bin/python" ] || python3 -m venv "$build/venv"
  PYTHON=$build/venv/bin/python
  "$PYTHON" -m pip install -q --upgrade "$project" "${pins[@]}"
fi
# From the build folder: in the checkout, `python -m` would find the source tree first.
cd "$build"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$build/dist" --workpath "$build/work" "$here/posture-break.spec"

echo "Built $build/dist/posture-break ($(du -sh "$build/dist/posture-break" | cut -f1))"
