#!/bin/sh
# Extract every translatable text of the app into packaging/translations/*.ts, then
# compile each .ts into resources/translations/*.qm, which the wheel and the frozen build
# carry. Run it after changing a text in the code, translate what is new (Qt Linguist:
# pyside6-linguist), and run it again. A new language: create posture_break_<lang>.ts
# with just the header of an existing one, its language changed, and run this.
#   packaging/translations/update.sh [OUT_DIR]
# With OUT_DIR, copies of the .ts files are updated there and compiled there, and the
# files here stay as they are: the tests use it to see that they are current.
set -eu
cd "$(dirname "$0")/../.."
bin=${PYSIDE6_BIN:-.venv/bin}
out=${1:-}
sources=$(find posture_break -name '*.py' | LC_ALL=C sort)
for ts in packaging/translations/posture_break_*.ts; do
  name=$(basename "$ts" .ts)
  qm=resources/translations/$name.qm
  if [ -n "$out" ]; then
    cp "$ts" "$out/$name.ts"
    ts=$out/$name.ts
    qm=$out/$name.qm
  fi
  # shellcheck disable=SC2086  # one argument per source file
  "$bin/pyside6-lupdate" -silent -locations relative -no-obsolete -source-language en \
    $sources -ts "$ts"
  "$bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
done
