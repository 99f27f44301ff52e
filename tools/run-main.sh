#!/bin/sh
# The main job: build libkarier and the karier command, then run `karier report`
# over the bundled synthetic office with the embedded national policy: who may
# be promoted at the next period and why the others may not, the merit
# shortlist for a vacancy, the 9-box counts, those under the 20 JP minimum, and
# the training plan under a budget.  Extra arguments go to karier
# (e.g. --date 2026-12-01 --lang en).
set -eu
cd "$(dirname "$0")/.."
sh tools/install-deps.sh build
[ -d build ] || meson setup build -Dtests=false >/dev/null
ninja -C build >/dev/null
exec ./build/cli/karier report data/sample --budget-idr 150000000 "$@"
