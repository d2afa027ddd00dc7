#!/usr/bin/env bash
# The registrylint GitHub Action (action.yml) as a plain script, so that it
# runs anywhere: it builds registrylint from the checkout it lives in (no
# second checkout, no published module), lints the packages with the
# findings in the log, optionally compares a committed inventory with the
# code (registrylint list -check), and exits with the command's code: 0
# clean, 1 findings or a changed inventory, 2 could not run.
#
# Inputs, from the environment (all optional):
#   INPUT_WORKING_DIRECTORY  the module's directory (default: .)
#   INPUT_PACKAGES           packages, separated by spaces or newlines
#                            (default, also when blank: ./...); one that
#                            starts with - is refused (exit 2), not taken
#                            as a flag
#   INPUT_CONFIG             configuration file (-config)
#   INPUT_BASELINE           baseline file (-baseline)
#   INPUT_LIST_CHECK         inventory file written by registrylint list
#   INPUT_SARIF              write SARIF 2.1.0 to this file
# File names are relative to the working directory. When GITHUB_OUTPUT
# names a file, the outputs exit-code and sarif (an absolute path) are
# appended to it, in the name<<DELIMITER form, so that a newline in a
# value cannot add an output. Needs Go (1.26 or later) on PATH.
set -uo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
config=${INPUT_CONFIG:-}
baseline=${INPUT_BASELINE:-}
list_check=${INPUT_LIST_CHECK:-}
sarif=${INPUT_SARIF:-}

# output NAME VALUE: an output of the action, in the delimiter form
# (VALUE may hold newlines), with a delimiter that VALUE does not hold.
output() {
	if [[ -n ${GITHUB_OUTPUT:-} ]]; then
		local delim
		delim="registrylint_$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
		while [[ $2 == *"$delim"* ]]; do delim+=_; done
		printf '%s<<%s\n%s\n%s\n' "$1" "$delim" "$2" "$delim" >>"$GITHUB_OUTPUT"
	fi
}

# finish CODE: records the exit code and exits with it.
finish() {
	output exit-code "$1"
	exit "$1"
}

# group TITLE / endgroup: a collapsible section of a GitHub job log.
group() { if [[ ${GITHUB_ACTIONS:-} == true ]]; then echo "::group::$1"; else echo "== $1"; fi; }
endgroup() { if [[ ${GITHUB_ACTIONS:-} == true ]]; then echo "::endgroup::"; fi; }

# show ARGS...: prints the registrylint command line, each argument
# shell-quoted: a newline in a file name prints as $'\n', and cannot start
# a line (a workflow command) of the log.
show() {
	printf '+ registrylint'
	printf ' %q' "$@"
	printf '\n'
}

# The packages: words separated by any whitespace, newlines included (a
# YAML block), ./... when there are none. A word that starts with - would
# be taken for a flag (-fix rewrites the code): refused.
read -r -d '' -a pkgs <<<"${INPUT_PACKAGES:-}" || true
if ((${#pkgs[@]} == 0)); then
	pkgs=(./...)
fi
for p in "${pkgs[@]}"; do
	if [[ $p == -* ]]; then
		printf 'registrylint action: package %q starts with -: give packages only (flags are inputs of their own); write ./%s for a directory of that name\n' "$p" "$p" >&2
		finish 2
	fi
done

bin_dir=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/registrylint-action.XXXXXX") || finish 2
trap 'rm -rf "$bin_dir"' EXIT
bin=$bin_dir/registrylint

group "install registrylint from $src"
# GOWORK and GOFLAGS are the linted module's settings, not the tool's.
if ! (cd "$src" && GOWORK=off GOFLAGS= go build -o "$bin" ./cmd/registrylint); then
	endgroup
	echo "registrylint action: could not build registrylint from $src" >&2
	finish 2
fi
"$bin" -V
endgroup

cd "${INPUT_WORKING_DIRECTORY:-.}" || finish 2
common=()
if [[ -n $config ]]; then
	common+=(-config "$config")
fi

lint=("${common[@]}")
if [[ -n $baseline ]]; then
	lint+=(-baseline "$baseline")
fi
rc=0
if [[ -n $sarif ]]; then
	lint=(-sarif "${lint[@]}")
	mkdir -p "$(dirname "$sarif")" && : >"$sarif" || finish 2
	show "${lint[@]}" "${pkgs[@]}"
	printf '  (SARIF to %q)\n' "$sarif"
	# The findings go to stderr as text too: they are in the log.
	"$bin" "${lint[@]}" "${pkgs[@]}" >"$sarif" || rc=$?
	output sarif "$(cd "$(dirname "$sarif")" && pwd)/${sarif##*/}"
else
	show "${lint[@]}" "${pkgs[@]}"
	"$bin" "${lint[@]}" "${pkgs[@]}" || rc=$?
fi

if [[ -n $list_check ]]; then
	list=(list -check "$list_check" "${common[@]}")
	show "${list[@]}" "${pkgs[@]}"
	list_rc=0
	"$bin" "${list[@]}" "${pkgs[@]}" || list_rc=$?
	if ((list_rc > rc)); then
		rc=$list_rc
	fi
fi
echo "registrylint: exit $rc"
finish "$rc"
