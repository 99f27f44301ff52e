#!/bin/sh
# Every test of libkarier: gcc build, clang build (both with warnings as
# errors), the whole suite again under AddressSanitizer +
# UndefinedBehaviorSanitizer, the threaded code under ThreadSanitizer, the
# command's tests under valgrind's memcheck, each libFuzzer target for 20 s
# from its seed corpus, and an install checked through pkg-config; with MUTATE=1, the mutation check too
# (tools/mutate.py, about 20 minutes).
# Ends with one line "N passed, N failed" over all runs.
set -eu
cd "$(dirname "$0")/.."
sh tools/install-deps.sh
passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# One check's verdict: $1 its exit status, $2 what passing means, $3 its name; on failure the log is shown.
verdict() {
	if [ "$1" -eq 0 ]; then
		echo "$2"
		passed=$((passed + 1))
	else
		cat "$log"
		echo "$3 FAILED"
		failed=$((failed + 1))
	fi
}
run() { # build dir, then meson setup options
	dir=$1; shift
	[ -d "$dir" ] || meson setup "$dir" "$@" >"$log" 2>&1 || { cat "$log"; exit 1; }
	ninja -C "$dir" >"$log" 2>&1 || { cat "$log"; echo "build in $dir failed"; exit 1; }
	status=0
	meson test -C "$dir" --print-errorlogs >"$log" 2>&1 || status=$?
	grep -E '^ *[0-9]+/[0-9]+ |^(Ok|Fail|Timeout):' "$log" || true
	[ "$status" -eq 0 ] || cat "$log"
	passed=$((passed + $(sed -n 's/^Ok: *//p' "$log")))
	failed=$((failed + $(sed -n 's/^Fail: *//p' "$log") + $(sed -n 's/^Timeout: *//p' "$log")))
	return 0
}
echo "== gcc, -Werror"
run build-test -Dwerror=true
echo "== clang, -Werror"
CC=clang CXX=clang++ run build-clang -Dwerror=true
echo "== AddressSanitizer + UndefinedBehaviorSanitizer"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	run build-asan -Db_sanitize=address,undefined -Db_lundef=false

echo "== ThreadSanitizer over the threaded code (the batch tests and the dataset reader)"
dir=build-tsan
[ -d "$dir" ] || CC=clang meson setup "$dir" -Db_sanitize=thread -Db_lundef=false >"$log" 2>&1 || { cat "$log"; exit 1; }
ninja -C "$dir" tests/test_batch tests/test_io cli/karier >"$log" 2>&1 || { cat "$log"; echo "build in $dir failed"; exit 1; }
status=0
TSAN_OPTIONS=halt_on_error=1 meson test -C "$dir" --no-rebuild --print-errorlogs batch io >"$log" 2>&1 || status=$?
grep -E '^ *[0-9]+/[0-9]+ |^(Ok|Fail|Timeout):' "$log" || true
[ "$status" -eq 0 ] || cat "$log"
passed=$((passed + $(sed -n 's/^Ok: *//p' "$log")))
failed=$((failed + $(sed -n 's/^Fail: *//p' "$log") + $(sed -n 's/^Timeout: *//p' "$log")))
# the command's records on two threads (cli/rows.c) and the report's parts, over 9,000 generated employees
gen=$(mktemp -d)
python3 tools/gen-sample.py "$gen/ds" --count 9000 >/dev/null
for cmd in "promotion --format csv" "merit --format jsonl" "training --format csv --budget-idr 50000000" "report --format jsonl"; do
	status=0
	# shellcheck disable=SC2086 # the command and its options are words
	TSAN_OPTIONS=halt_on_error=1 "$dir/cli/karier" $cmd "$gen/ds" --date 2026-04-01 --threads 2 >/dev/null 2>"$log" || status=$?
	verdict "$status" "karier $cmd under ThreadSanitizer: no race" "tsan karier $cmd"
done
rm -rf "$gen"

echo "== valgrind (memcheck) over the command tests"
status=0
KARIER_WRAPPER="valgrind -q --error-exitcode=99" LD_LIBRARY_PATH="$PWD/build-test/src" \
	python3 tests/cli/run.py build-test/cli/karier . >"$log" 2>&1 || status=$?
tail -n 1 "$log"
if [ "$status" -eq 0 ]; then
	passed=$((passed + 1))
else
	cat "$log"
	failed=$((failed + 1))
fi

echo "== libFuzzer, briefly, from the seed corpus (address + undefined sanitizers; fuzz/README.md)"
dir=build-fuzz
[ -d "$dir" ] || CC=clang meson setup "$dir" -Dfuzz=true -Db_sanitize=address,undefined -Db_lundef=false -Dtests=false \
	>"$log" 2>&1 || { cat "$log"; exit 1; }
ninja -C "$dir" fuzz/fuzz_parsers fuzz/fuzz_dataset >"$log" 2>&1 || { cat "$log"; echo "build in $dir failed"; exit 1; }
for t in parsers dataset; do
	work=$(mktemp -d)
	cp fuzz/corpus/$t/* "$work/"
	# FUZZ_SECONDS per target (default 20); a finding is written to build-fuzz/ as crash-*, leak-*, ...
	if UBSAN_OPTIONS=halt_on_error=1 "$dir/fuzz/fuzz_$t" -max_total_time="${FUZZ_SECONDS:-20}" -max_len=4096 \
		-artifact_prefix="$dir/" "$work" >"$log" 2>&1; then
		echo "fuzz_$t: $(grep -o 'Done [0-9]* runs' "$log" | tail -n 1), no finding"
		passed=$((passed + 1))
	else
		tail -n 40 "$log"
		echo "fuzz_$t FOUND A BUG (input saved in $dir/)"
		failed=$((failed + 1))
	fi
	rm -rf "$work"
done

echo "== install, then build an example with pkg-config"
dest=$(mktemp -d)
pcdir="" libdir=""
ok=0
{ meson install -C build-test --destdir "$dest" >"$log" 2>&1 &&
	pcdir=$(dirname "$(find "$dest" -name karier.pc | head -n 1)") &&
	libdir=$(dirname "$(find "$dest" -name 'libkarier.so' | head -n 1)") &&
	flags=$(PKG_CONFIG_PATH="$pcdir" PKG_CONFIG_SYSROOT_DIR="$dest" pkg-config --cflags --libs karier) &&
	cc -std=c11 -o "$dest/show_employee" examples/show_employee.c $flags >>"$log" 2>&1 &&
	LD_LIBRARY_PATH="$libdir" "$dest/show_employee" >/dev/null; } || ok=$?
verdict "$ok" "installed headers, libkarier.so and karier.pc build and run a program" "install check"
# karier-static.pc links libkarier.a: the program needs no libkarier.so (ldd), and runs
ok=0
{ sflags=$(PKG_CONFIG_PATH="$pcdir" PKG_CONFIG_SYSROOT_DIR="$dest" pkg-config --cflags --libs karier-static) &&
	cc -std=c11 -o "$dest/show_employee_static" examples/show_employee.c $sflags >"$log" 2>&1 &&
	! ldd "$dest/show_employee_static" | tee -a "$log" | grep -q libkarier &&
	"$dest/show_employee_static" >/dev/null; } || ok=$?
verdict "$ok" "karier-static.pc links libkarier.a: ldd shows no libkarier.so" "static link check"
rm -rf "$dest"

echo "== meson install puts the Python and PHP packages beside the library: neither needs an environment variable"
prefix=$(mktemp -d)
ok=0
{ meson setup build-pyinst --prefix="$prefix" -Dtests=false >"$log" 2>&1 && ninja -C build-pyinst >>"$log" 2>&1 &&
	meson install -C build-pyinst >>"$log" 2>&1 &&
	pkg=$(dirname "$(find "$prefix" -path '*karier/__init__.py' | head -n 1)") && [ -f "$pkg/_installed.py" ] &&
	env -u KARIER_LIBRARY -u LD_LIBRARY_PATH PYTHONPATH="$(dirname "$pkg")" python3 -c \
		"import karier, sys; sys.exit(0 if karier.version() and karier._lib.lib._name.startswith('$prefix') else 1)"; } || ok=$?
verdict "$ok" "the installed Python package finds the installed library" "python install check"
# the PHP package likewise: its Installed.php names the installed header and library
phpsrc="$prefix/share/karier/php/src"
ok=0
{ [ -f "$phpsrc/Installed.php" ] && env -u KARIER_LIBRARY -u KARIER_FFI_HEADER -u LD_LIBRARY_PATH php -r \
	"spl_autoload_register(function (\$c) { require '$phpsrc/' . substr(\$c, 7) . '.php'; });
	 exit(Karier\Karier::version() === Karier\K::VERSION_STRING ? 0 : 1);" >"$log" 2>&1; } || ok=$?
verdict "$ok" "the installed PHP package finds the installed library" "php install check"
rm -rf "$prefix" build-pyinst

echo "== built without libxlsxwriter (-Dxlsx=disabled): the build succeeds and --format xlsx says so"
dir=build-noxlsx
[ -d "$dir" ] || meson setup "$dir" -Dxlsx=disabled -Dtests=false >"$log" 2>&1 || { cat "$log"; exit 1; }
ninja -C "$dir" cli/karier >"$log" 2>&1 || { cat "$log"; echo "build in $dir failed"; exit 1; }
status=0
LD_LIBRARY_PATH="$PWD/$dir/src" "$dir/cli/karier" merit tests/cli/kecil --date 2026-04-01 --format xlsx \
	--output "$dir/never.xlsx" >"$log" 2>&1 || status=$?
ok=0
{ [ "$status" -eq 2 ] && grep -q "built without libxlsxwriter" "$log" && [ ! -e "$dir/never.xlsx" ]; } || ok=1
verdict "$ok" "karier without libxlsxwriter: --format xlsx refused with exit status 2" "the build without libxlsxwriter"

if [ "${MUTATE:-0}" = 1 ]; then
	echo "== mutation check (tools/mutate.py: every kept mutant must be killed; docs/testing.md)"
	if python3 tools/mutate.py --build build-mutate; then
		passed=$((passed + 1))
	else
		echo "mutation check FAILED"
		failed=$((failed + 1))
	fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
