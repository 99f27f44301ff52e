#!/bin/sh
# The main job: build libkarier and run it over the bundled sample with the
# embedded national policy.  (Until the karier command exists, the example
# program that builds a policy and an employee and prints them.)
set -eu
cd "$(dirname "$0")/.."
sh tools/install-deps.sh
[ -d build ] || meson setup build >/dev/null
ninja -C build >/dev/null
./build/examples/show_employee "$@"
