#!/bin/sh
# Install what libkarier needs from Debian's packages: `install-deps.sh build`
# for building the library and the karier command only (the main job), with no
# argument for building and testing too (compilers, cmocka, sanitizers,
# valgrind, chromium for the report's page, php-cli and phpunit for the PHP
# binding).  Safe to run again; does nothing when everything is present.
set -eu
pkgs="build-essential meson ninja-build pkg-config python3 libjansson-dev libxlsxwriter-dev"
if [ "${1:-test}" != build ]; then
	pkgs="$pkgs libcmocka-dev clang libclang-rt-dev binutils valgrind chromium php-cli phpunit"
fi
need=""
for pkg in $pkgs; do
	dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || need="$need $pkg"
done
if [ -n "$need" ]; then
	echo "install-deps: installing$need" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $need >/dev/null
fi
