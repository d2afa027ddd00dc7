#!/usr/bin/env bash
# compare.sh measures what registrylint costs on top of a do-nothing
# analyzer run by the same driver (bench/nop): wall time and peak RSS of
# the whole command (package loading included), over generated corpora of
# about 50, 250 and 1,000 packages (internal/corpus) and over the Go
# standard library.
#
# Usage: bench/compare.sh            (from anywhere in the repository)
#
# Environment:
#   N          runs of each binary per size (default 5); the binaries
#              alternate, and which goes first alternates too
#   SIZES      what to measure (default "small medium large std")
#   STD_FLAGS  flags for both binaries on std (default "-test=false":
#              with test variants std takes ~45 s and ~4 GB per run)
#   FLAGS      flags for both binaries on the corpora (default: none, so
#              test files are loaded, as the command does by default)
#   WORK       directory for binaries and corpora (default: a new
#              temporary directory, removed at the end unless KEEP=1)
#
# registrylint exits 1 on the corpora: they hold planted mistakes. The
# script checks that it reports exactly as many findings as were planted.
set -euo pipefail

N=${N:-5}
SIZES=${SIZES:-"small medium large std"}
STD_FLAGS=${STD_FLAGS:--test=false}
FLAGS=${FLAGS:-}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
start=$(date +%s)

if [ ! -x /usr/bin/time ]; then
	echo "compare.sh: /usr/bin/time is missing; installing Debian's time package" >&2
	apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

if [ -z "${WORK:-}" ]; then
	WORK=$(mktemp -d "${TMPDIR:-/tmp}/registrylint-bench.XXXXXX")
	if [ "${KEEP:-0}" != 1 ]; then
		trap 'rm -rf "$WORK"' EXIT
	fi
fi
mkdir -p "$WORK"

echo "# machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB memory, $(go version | cut -d' ' -f3-)"
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# building registrylint, nop and gencorpus in $WORK"
(cd "$ROOT" &&
	go build -o "$WORK/registrylint" ./cmd/registrylint &&
	cd bench &&
	go build -o "$WORK/nop" ./nop &&
	go build -o "$WORK/gencorpus" ./gencorpus)

# run BIN DIR OUT FLAGS... PATTERN: one run; appends "wall rss user sys"
# to OUT (if not "") and returns the exit code of BIN.
run() {
	local bin=$1 dir=$2 out=$3
	shift 3
	local rc=0
	(cd "$dir" && GOWORK=off /usr/bin/time -f "%e %M %U %S" -o "$WORK/time.out" \
		"$WORK/$bin" "$@" >"$WORK/stdout" 2>"$WORK/stderr") || rc=$?
	if [ -n "$out" ]; then
		tail -1 "$WORK/time.out" >>"$out"
	fi
	return $rc
}

# check BIN RC: registrylint may exit 0 or 1, nop must exit 0.
check() {
	local bin=$1 rc=$2
	if [ "$rc" -gt 1 ] || { [ "$bin" = nop ] && [ "$rc" -ne 0 ]; }; then
		echo "compare.sh: $bin exited $rc:" >&2
		tail -20 "$WORK/stderr" >&2
		exit 2
	fi
}

# median FILE COLUMN: the median of a column ("cpu" is user + sys).
median() {
	awk -v c="$2" '{print (c == "cpu" ? $3 + $4 : $c)}' "$1" | sort -g | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'
}

rows=()
declare -A extra xcpu
for size in $SIZES; do
	if [ "$size" = std ]; then
		dir="$WORK/stdrun" pattern=std flags=$STD_FLAGS planted=""
		mkdir -p "$dir"
		pkgs=$(cd "$dir" && GOWORK=off go list std | wc -l)
	else
		dir="$WORK/corpus-$size" pattern=./... flags=$FLAGS
		"$WORK/gencorpus" -out "$dir" -size "$size" >/dev/null
		planted=$(awk '!/^#/ {n += $2} END {print n}' "$dir/planted.txt")
		pkgs=$(awk '/^# registries=/ {for (i = 1; i <= NF; i++) if ($i ~ /^packages=/) {sub("packages=", "", $i); print $i}}' "$dir/planted.txt")
	fi
	read -r -a args <<<"$flags $pattern" # flags are split on blanks
	echo "# $size: $pkgs packages; warming up" >&2
	# Warm-up runs (not measured): fill the build cache for go list, and
	# check the findings.
	rc=0; run nop "$dir" "" "${args[@]}" || rc=$?; check nop $rc
	rc=0; run registrylint "$dir" "" "${args[@]}" || rc=$?; check registrylint $rc
	found=$(grep -c ' ([a-z-]*)$' "$WORK/stderr" || true)
	if [ -n "$planted" ] && [ "$found" != "$planted" ]; then
		echo "compare.sh: registrylint reported $found findings on the $size corpus, $planted were planted:" >&2
		cat "$WORK/stderr" >&2
		exit 2
	fi
	rm -f "$WORK/nop.$size" "$WORK/registrylint.$size"
	for i in $(seq "$N"); do
		if [ $((i % 2)) = 1 ]; then order="registrylint nop"; else order="nop registrylint"; fi
		for bin in $order; do
			rc=0; run "$bin" "$dir" "$WORK/$bin.$size" "${args[@]}" || rc=$?; check "$bin" $rc
		done
		echo "#   run $i: nop $(tail -1 "$WORK/nop.$size"), registrylint $(tail -1 "$WORK/registrylint.$size") (wall s, RSS KiB, user s, sys s)" >&2
	done
	nw=$(median "$WORK/nop.$size" 1) nm=$(median "$WORK/nop.$size" 2)
	rw=$(median "$WORK/registrylint.$size" 1) rm_=$(median "$WORK/registrylint.$size" 2)
	nc=$(median "$WORK/nop.$size" cpu) rc_=$(median "$WORK/registrylint.$size" cpu)
	extra[$size]=$(awk -v r="$rw" -v n="$nw" 'BEGIN {printf "%.2f", r - n}')
	xcpu[$size]=$(awk -v r="$rc_" -v n="$nc" 'BEGIN {printf "%.2f", r - n}')
	rows+=("$(awk -v s="$size" -v p="$pkgs" -v f="${found}" -v nw="$nw" -v rw="$rw" -v nm="$nm" -v rm="$rm_" -v x="${extra[$size]}" -v nc="$nc" -v rc="$rc_" 'BEGIN {
		printf "| %-6s | %5s | %8s | %8.2f | %17.2f | %10.2f | %7.0f | %16.0f | %9.2f | %7.2f | %7.2f | %16.2f | %9.2f | %11.2f |", s, p, f, nw, rw, rw / nw, nm / 1024, rm / 1024, rm / nm, x, nc, rc, rc / nc, rc - nc }')")
done

echo
echo "Medians of $N alternating runs each (wall and CPU = user + sys: seconds; peak RSS: MiB;"
echo "extra: registrylint minus nop; corpora: flags '${FLAGS}', std: flags '${STD_FLAGS}')."
echo
echo "| size   | pkgs  | findings | nop wall | registrylint wall | wall ratio | nop RSS | registrylint RSS | RSS ratio | extra s | nop CPU | registrylint CPU | CPU ratio | extra CPU s |"
echo "|--------|-------|----------|----------|-------------------|------------|---------|------------------|-----------|---------|---------|------------------|-----------|-------------|"
printf "%s\n" "${rows[@]}"
if [ -n "${extra[medium]:-}" ] && [ -n "${extra[large]:-}" ]; then
	echo
	awk -v m="${extra[medium]}" -v l="${extra[large]}" 'BEGIN {
		if (m > 0) printf "extra wall time growth medium (~250) -> large (~1000 packages): %.2f s -> %.2f s = %.2fx\n", m, l, l / m
		else printf "extra wall time growth medium -> large: medium extra %.2f s is not positive; no factor\n", m }'
	awk -v m="${xcpu[medium]}" -v l="${xcpu[large]}" 'BEGIN {
		if (m > 0) printf "extra CPU time growth medium (~250) -> large (~1000 packages): %.2f s -> %.2f s = %.2fx\n", m, l, l / m
		else printf "extra CPU time growth medium -> large: medium extra %.2f s is not positive; no factor\n", m }'
fi
echo
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# compare.sh took $(($(date +%s) - start)) s"
