#!/usr/bin/env bash
# compare.sh measures what registrylint costs against the honest limit: a
# do-nothing analyzer without facts run by x/tools' own singlechecker
# (bench/nopsingle), which loads dependencies from export data as go vet
# and every fact-free linter do. A second column keeps the same-driver
# baseline (bench/nop: the do-nothing analyzer on registrylint's own
# driver). Wall time, CPU time (user + sys) and peak RSS of the whole
# command, package loading included, over:
#
#   small, medium, large  generated corpora of about 50, 250 and 1,000
#                         packages (internal/corpus), with planted mistakes
#   std                   the Go standard library (STD_FLAGS)
#   heavy                 a generated two-package module that imports
#                         heavy third-party code from the module cache
#                         (x/tools go/packages, go/ssa, passes/printf,
#                         multichecker; yaml), as real modules do
#   heavy-config          the same module with a configuration naming a
#                         third-party interface that much of x/tools
#                         imports (analysis.Fact), so that those
#                         dependencies can carry facts and are loaded
#                         from source
#   growth                the day a team adopts the tool: generated
#                         modules of 3 registries with GROWTH adapters
#                         (default 300 600 1200 2400 4800; 10 per
#                         package, 10% unregistered, a duplicate
#                         registration ending each init function, a
#                         name-switch per registry, no filler), timing
#                         the lint, -json, -fix (on a fresh copy) and
#                         list -json against the singlechecker, with the
#                         growth per doubling of each; -fix must converge
#                         in one run (a second -fix changes nothing) and
#                         leave only the name-switch findings
#
# Usage: bench/compare.sh            (from anywhere in the repository)
#
# Environment:
#   N          warm runs of each binary per workload (default 5); the
#              binaries alternate, and which goes first rotates
#   SIZES      workloads (default "small medium large std heavy heavy-config growth")
#   GROWTH     adapter counts of the growth workload (default
#              "300 600 1200 2400 4800"; multiples of 30)
#   STD_FLAGS  flags for every binary on std (default "-test=false": with
#              test variants std takes ~45 s and ~4 GB per run)
#   FLAGS      flags for every binary on the other workloads (default:
#              none, so test files are loaded, as the command does)
#   BASE_REV   a git revision of this repository: its registrylint is
#              measured too, as "before" (e.g. BASE_REV=45669ce)
#   COLD       1: also one run of each binary per workload with an empty
#              build cache (GOCACHE=a new directory; the module cache
#              stays), registrylint with -load=auto and -load=source
#   WORK       directory for binaries and workloads (default: a new
#              temporary directory, removed at the end unless KEEP=1)
#
# registrylint exits 1 on the corpora: they hold planted mistakes. The
# script checks that it reports exactly as many findings as were planted.
set -euo pipefail

N=${N:-5}
SIZES=${SIZES:-"small medium large std heavy heavy-config growth"}
GROWTH=${GROWTH:-"300 600 1200 2400 4800"}
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
		trap 'chmod -R u+w "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
	fi
fi
mkdir -p "$WORK"

echo "# machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB memory, $(go version | cut -d' ' -f3-)"
echo "# registrylint at $(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && git diff --quiet HEAD -- . || echo ' (with local changes)')"
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# building registrylint, nopsingle, nop and gencorpus in $WORK"
(cd "$ROOT" &&
	go build -o "$WORK/registrylint" ./cmd/registrylint &&
	cd bench &&
	go build -o "$WORK/single" ./nopsingle &&
	go build -o "$WORK/nop" ./nop &&
	go build -o "$WORK/gencorpus" ./gencorpus)
BINS="registrylint single nop"
if [ -n "${BASE_REV:-}" ]; then
	echo "# building registrylint at $BASE_REV as \"before\""
	rm -rf "$WORK/base"
	git -C "$ROOT" worktree add -q --detach "$WORK/base" "$BASE_REV"
	(cd "$WORK/base" && go build -o "$WORK/before" ./cmd/registrylint)
	git -C "$ROOT" worktree remove --force "$WORK/base"
	BINS="$BINS before"
fi

# heavy writes the heavy-dependencies module into $1, with the versions
# of x/tools and yaml that registrylint itself requires (so they are in
# the module cache).
heavy() {
	local dir=$1 tools yaml
	tools=$(cd "$ROOT" && go list -m -f '{{.Version}}' golang.org/x/tools)
	yaml=$(cd "$ROOT" && go list -m -f '{{.Version}}' go.yaml.in/yaml/v3)
	mkdir -p "$dir/a" "$dir/b"
	cat >"$dir/go.mod" <<EOF
module example.com/heavy

go 1.26.0

require (
	go.yaml.in/yaml/v3 $yaml
	golang.org/x/tools $tools
)
EOF
	cat >"$dir/a/a.go" <<'EOF'
// Package a uses heavy dependencies.
package a

import (
	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/go/analysis/passes/printf"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa/ssautil"
)

// Use keeps the imports.
func Use() (any, any, any, any) {
	return yaml.Marshal, printf.Analyzer, packages.Load, ssautil.AllFunctions
}
EOF
	cat >"$dir/b/b.go" <<'EOF'
// Command b uses multichecker.
package main

import (
	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/analysis/passes/printf"

	"example.com/heavy/a"
)

func main() {
	_, _, _, _ = a.Use()
	multichecker.Main(printf.Analyzer)
}
EOF
	cp "$ROOT/go.sum" "$dir/go.sum"
	(cd "$dir" && GOWORK=off go mod tidy)
}

# run BIN DIR OUT ARGS...: one run; appends "wall rss user sys" to OUT
# (if not "") and returns the exit code of BIN. BIN "registrylint-source"
# is registrylint with -load=source.
run() {
	local bin=$1 dir=$2 out=$3 exe extra=()
	shift 3
	exe=$bin
	if [ "$bin" = registrylint-source ]; then exe=registrylint extra=(-load=source); fi
	local rc=0
	(cd "$dir" && GOWORK=off /usr/bin/time -f "%e %M %U %S" -o "$WORK/time.out" \
		"$WORK/$exe" "${extra[@]}" "$@" >"$WORK/stdout" 2>"$WORK/stderr") || rc=$?
	if [ -n "$out" ]; then
		tail -1 "$WORK/time.out" >>"$out"
	fi
	return $rc
}

# check BIN RC: registrylint may exit 0 or 1, the baselines must exit 0.
check() {
	local bin=$1 rc=$2
	local max=1
	case $bin in single | nop) max=0 ;; esac
	if [ "$rc" -gt "$max" ]; then
		echo "compare.sh: $bin exited $rc:" >&2
		tail -20 "$WORK/stderr" >&2
		exit 2
	fi
}

# median FILE COLUMN: the median of a column ("cpu" is user + sys).
median() {
	awk -v c="$2" '{print (c == "cpu" ? $3 + $4 : $c)}' "$1" | sort -g | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'
}

# growth runs the growth workload (see the header) and prints its tables.
growth() {
	local n dir fixdir rows=() prev_n="" prev_r="" prev_s="" growth_rows=() cmd bin
	for n in $GROWTH; do
		dir="$WORK/growth-$n" fixdir="$WORK/growth-$n-fix"
		"$WORK/gencorpus" -out "$dir" -registries 3 -pkgs $((n / 10)) -adapters 10 -filler 0 -unregistered 10 -duplicates >/dev/null
		local planted unreg
		planted=$(awk '!/^#/ {n += $2} END {print n}' "$dir/planted.txt")
		unreg=$(awk '$1 == "unregistered" {print $2}' "$dir/planted.txt")
		echo "# growth $n adapters: $((n / 10 + 10)) packages, $planted findings planted ($unreg unregistered); warming up" >&2
		rc=0; run registrylint "$dir" "" ./... || rc=$?; check registrylint $rc
		found=$(grep -c ' ([a-z-]*)$' "$WORK/stderr" || true)
		if [ "$found" != "$planted" ]; then
			echo "compare.sh: registrylint reported $found findings on growth-$n, $planted were planted:" >&2
			head -20 "$WORK/stderr" >&2
			exit 2
		fi
		rc=0; run single "$dir" "" ./... || rc=$?; check single $rc
		# -fix runs in a copy at one path, so that its export data is in
		# the build cache (keyed by directory) as the original's is.
		rm -rf "$fixdir"; cp -r "$dir" "$fixdir"
		rc=0; run registrylint "$fixdir" "" -fix ./... || rc=$?; check registrylint $rc
		for cmd in lint json fix list single; do rm -f "$WORK/g.$cmd.$n"; done
		for i in $(seq "$N"); do
			local order=(lint single json list fix)
			for j in 0 1 2 3 4; do
				cmd=${order[$(((i + j) % 5))]}
				case $cmd in
				lint) rc=0; run registrylint "$dir" "$WORK/g.lint.$n" ./... || rc=$?; check registrylint $rc ;;
				json) rc=0; run registrylint "$dir" "$WORK/g.json.$n" -json ./... || rc=$?; check registrylint $rc ;;
				list) rc=0; run registrylint "$dir" "$WORK/g.list.$n" list -json ./... || rc=$?; check registrylint $rc ;;
				single) rc=0; run single "$dir" "$WORK/g.single.$n" ./... || rc=$?; check single $rc ;;
				fix)
					rm -rf "$fixdir"; cp -r "$dir" "$fixdir"
					rc=0; run registrylint "$fixdir" "$WORK/g.fix.$n" -fix ./... || rc=$?; check registrylint $rc
					# One run does every fix it offers: what is left is the
					# name-switch findings (no fix), and a second -fix
					# changes nothing.
					left=$(grep -c ' ([a-z-]*)$' "$WORK/stderr" || true)
					if grep -q 'skipped' "$WORK/stderr" || [ "$left" != 3 ]; then
						echo "compare.sh: -fix on growth-$n left $left findings (want the 3 name-switch ones):" >&2
						head -20 "$WORK/stderr" >&2
						exit 2
					fi
					rm -rf "$fixdir.once"; cp -r "$fixdir" "$fixdir.once"
					rc=0; run registrylint "$fixdir" "" -fix ./... || rc=$?; check registrylint $rc
					if ! diff -r -q "$fixdir.once" "$fixdir" >/dev/null; then
						echo "compare.sh: a second -fix on growth-$n changed files:" >&2
						diff -r "$fixdir.once" "$fixdir" | head -20 >&2
						exit 2
					fi
					(cd "$fixdir" && GOWORK=off go build ./... && GOWORK=off go vet ./...) || { echo "compare.sh: growth-$n does not build after -fix" >&2; exit 2; }
					;;
				esac
			done
			echo "#   run $i: lint $(tail -1 "$WORK/g.lint.$n" | cut -d' ' -f1)s, single $(tail -1 "$WORK/g.single.$n" | cut -d' ' -f1)s, -json $(tail -1 "$WORK/g.json.$n" | cut -d' ' -f1)s, -fix $(tail -1 "$WORK/g.fix.$n" | cut -d' ' -f1)s, list -json $(tail -1 "$WORK/g.list.$n" | cut -d' ' -f1)s" >&2
		done
		local lw sw lm sm jw fw liw
		lw=$(median "$WORK/g.lint.$n" 1) sw=$(median "$WORK/g.single.$n" 1)
		lm=$(median "$WORK/g.lint.$n" 2) sm=$(median "$WORK/g.single.$n" 2)
		jw=$(median "$WORK/g.json.$n" 1) fw=$(median "$WORK/g.fix.$n" 1) liw=$(median "$WORK/g.list.$n" 1)
		rows+=("$(awk -v n="$n" -v f="$planted" -v u="$unreg" -v lw="$lw" -v sw="$sw" -v lm="$lm" -v sm="$sm" -v jw="$jw" -v fw="$fw" -v liw="$liw" 'BEGIN {
			printf "| %d | %d / %d | %.2f | %.2f | **%.2f×** | %.0f | %.0f | **%.2f×** | %.2f (%.2f×) | %.2f (%.2f× lint) | %.2f (%.2f×) |",
				n, f, u, lw, sw, lw / sw, lm / 1024, sm / 1024, lm / sm, jw, jw / sw, fw, fw / lw, liw, liw / sw }')")
		if [ -n "$prev_r" ]; then
			growth_rows+=("$(awk -v p="$prev_n" -v n="$n" -v pr="$prev_r" -v ps="$prev_s" -v lw="$lw" -v sw="$sw" 'BEGIN {
				printf "| %d → %d | %.2f× | %.2f× |", p, n, lw / pr, sw / ps }')")
		fi
		prev_n=$n prev_r=$lw prev_s=$sw
		rm -rf "$fixdir" "$fixdir.once"
	done
	echo
	echo "Growth workload: 3 registries, 10 adapters a package, 10% unregistered, a duplicate"
	echo "registration and a name-switch per registry. Medians of $N alternating runs (seconds, MiB);"
	echo "ratios against the fact-free singlechecker; -fix on a fresh copy, against the lint run."
	echo
	echo "| adapters | findings / unregistered | registrylint wall | singlechecker wall | wall ratio | registrylint RSS | singlechecker RSS | RSS ratio | -json wall | -fix wall | list -json wall |"
	echo "|---|---|---|---|---|---|---|---|---|---|---|"
	printf "%s\n" "${rows[@]}"
	echo
	echo "Growth from each size to the next (a doubling with the default GROWTH; wall time of the later size over the earlier):"
	echo
	echo "| sizes | registrylint | singlechecker |"
	echo "|---|---|---|"
	printf "%s\n" "${growth_rows[@]}"
}

rows=() before_rows=() cold_rows=() do_growth=0
for size in $SIZES; do
	if [ "$size" = growth ]; then
		do_growth=1
		continue
	fi
	planted=""
	case $size in
	std)
		dir="$WORK/stdrun" pattern=std flags=$STD_FLAGS
		mkdir -p "$dir"
		pkgs=$(cd "$dir" && GOWORK=off go list std | wc -l)
		;;
	heavy | heavy-config)
		dir="$WORK/$size" pattern=./... flags=$FLAGS
		[ -d "$dir" ] || heavy "$dir"
		if [ "$size" = heavy-config ]; then
			printf 'registries:\n  - adapter: golang.org/x/tools/go/analysis.Fact\n    init: example.com/heavy/a.Use\n' >"$dir/.registrylint.yml"
		fi
		pkgs=$(cd "$dir" && GOWORK=off go list -deps ./... | wc -l)
		pkgs="2 ($pkgs with deps)"
		;;
	*)
		dir="$WORK/corpus-$size" pattern=./... flags=$FLAGS
		"$WORK/gencorpus" -out "$dir" -size "$size" >/dev/null
		planted=$(awk '!/^#/ {n += $2} END {print n}' "$dir/planted.txt")
		pkgs=$(awk '/^# registries=/ {for (i = 1; i <= NF; i++) if ($i ~ /^packages=/) {sub("packages=", "", $i); print $i}}' "$dir/planted.txt")
		;;
	esac
	read -r -a args <<<"$flags $pattern" # flags are split on blanks
	echo "# $size: $pkgs packages; warming up" >&2
	# Warm-up runs (not measured): fill the build cache (export data
	# included) and check the findings.
	for bin in $BINS; do
		rc=0; run "$bin" "$dir" "" "${args[@]}" || rc=$?; check "$bin" $rc
		if [ "$bin" = registrylint ]; then
			found=$(grep -c ' ([a-z-]*)$' "$WORK/stderr" || true)
			if [ -n "$planted" ] && [ "$found" != "$planted" ]; then
				echo "compare.sh: registrylint reported $found findings on the $size corpus, $planted were planted:" >&2
				cat "$WORK/stderr" >&2
				exit 2
			fi
		fi
	done
	read -r -a bins <<<"$BINS"
	for bin in $BINS; do rm -f "$WORK/$bin.$size"; done
	for i in $(seq "$N"); do
		line="#   run $i:"
		for j in $(seq 0 $((${#bins[@]} - 1))); do
			bin=${bins[$(((i + j) % ${#bins[@]}))]} # rotate who goes first
			rc=0; run "$bin" "$dir" "$WORK/$bin.$size" "${args[@]}" || rc=$?; check "$bin" $rc
			line="$line $bin $(tail -1 "$WORK/$bin.$size" | awk '{printf "%ss %dMiB %.2fs", $1, $2 / 1024, $3 + $4}'),"
		done
		echo "${line%,} (wall, peak RSS, CPU)" >&2
	done
	declare -A w m c
	for bin in $BINS; do
		w[$bin]=$(median "$WORK/$bin.$size" 1) m[$bin]=$(median "$WORK/$bin.$size" 2) c[$bin]=$(median "$WORK/$bin.$size" cpu)
	done
	rows+=("$(awk -v s="$size" -v p="$pkgs" -v f="$found" \
		-v rw="${w[registrylint]}" -v sw="${w[single]}" -v rm="${m[registrylint]}" -v sm="${m[single]}" \
		-v rc="${c[registrylint]}" -v sc="${c[single]}" -v nw="${w[nop]}" -v nm="${m[nop]}" 'BEGIN {
		printf "| %s | %s | %s | %.2f | %.2f | **%.2f×** | %.0f | %.0f | **%.2f×** | %.2f | %.2f | %.2f× | %.2f | %.0f |",
			s, p, f, rw, sw, rw / sw, rm / 1024, sm / 1024, rm / sm, rc, sc, rc / sc, nw, nm / 1024 }')")
	if [ -n "${BASE_REV:-}" ]; then
		before_rows+=("$(awk -v s="$size" -v bw="${w[before]}" -v rw="${w[registrylint]}" -v bm="${m[before]}" -v rm="${m[registrylint]}" \
			-v bc="${c[before]}" -v rc="${c[registrylint]}" 'BEGIN {
			printf "| %s | %.2f | %.2f | %.0f | %.0f | %.2f | %.2f |", s, bw, rw, bm / 1024, rm / 1024, bc, rc }')")
	fi
	if [ "${COLD:-0}" = 1 ]; then
		cold="| $size |"
		cold_bins="registrylint registrylint-source single"
		if [ -n "${BASE_REV:-}" ]; then cold_bins="$cold_bins before"; fi
		for bin in $cold_bins; do
			cache=$(mktemp -d "$WORK/gocache.XXXXXX")
			rc=0; GOCACHE=$cache run "$bin" "$dir" "$WORK/$bin.$size.cold" "${args[@]}" || rc=$?; check "$bin" $rc
			chmod -R u+w "$cache"; rm -rf "$cache"
			cold="$cold $(tail -1 "$WORK/$bin.$size.cold" | awk '{printf "%.1f s, %.0f MiB", $1, $2 / 1024}') |"
			echo "#   cold $bin: $(tail -1 "$WORK/$bin.$size.cold")" >&2
		done
		cold_rows+=("$cold")
	fi
done

if [ ${#rows[@]} -eq 0 ]; then
	[ "$do_growth" = 1 ] && growth
	echo
	echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "# compare.sh took $(($(date +%s) - start)) s"
	exit 0
fi
echo
echo "Warm build cache: medians of $N alternating runs each (wall and CPU = user + sys: seconds;"
echo "peak RSS: MiB). Baseline: a do-nothing analyzer without facts run by x/tools' singlechecker."
echo "Flags: corpora and heavy '${FLAGS}', std '${STD_FLAGS}'."
echo
echo "| workload | packages | findings | registrylint wall | singlechecker wall | wall ratio | registrylint RSS | singlechecker RSS | RSS ratio | registrylint CPU | singlechecker CPU | CPU ratio | same-driver nop wall | same-driver nop RSS |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
printf "%s\n" "${rows[@]}"
if [ -n "${BASE_REV:-}" ]; then
	echo
	echo "Before ($BASE_REV) and after (this tree), same runs:"
	echo
	echo "| workload | before wall | after wall | before RSS | after RSS | before CPU | after CPU |"
	echo "|---|---|---|---|---|---|---|"
	printf "%s\n" "${before_rows[@]}"
fi
if [ "${COLD:-0}" = 1 ]; then
	echo
	echo "Empty build cache (one run each, a new GOCACHE per run; the module cache stays):"
	echo
	if [ -n "${BASE_REV:-}" ]; then
		echo "| workload | registrylint (-load=auto) | registrylint -load=source | singlechecker | before ($BASE_REV) |"
		echo "|---|---|---|---|---|"
	else
		echo "| workload | registrylint (-load=auto) | registrylint -load=source | singlechecker |"
		echo "|---|---|---|---|"
	fi
	printf "%s\n" "${cold_rows[@]}"
fi
[ "$do_growth" = 1 ] && growth
echo
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# compare.sh took $(($(date +%s) - start)) s"
