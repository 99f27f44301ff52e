#!/bin/sh
# Install what libkarier needs to build and test, from Debian's packages.
# Safe to run again; does nothing when everything is present.
set -eu
need=""
for pkg in build-essential meson ninja-build pkg-config libcmocka-dev libjansson-dev python3 clang libclang-rt-dev binutils valgrind; do
	dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || need="$need $pkg"
done
if [ -n "$need" ]; then
	echo "install-deps: installing$need" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $need >/dev/null
fi
