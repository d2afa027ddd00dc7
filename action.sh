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
#   INPUT_PACKAGES           packages, separated by spaces (default: ./...)
#   INPUT_CONFIG             configuration file (-config)
#   INPUT_BASELINE           baseline file (-baseline)
#   INPUT_LIST_CHECK         inventory file written by registrylint list
#   INPUT_SARIF              write SARIF 2.1.0 to this file
# File names are relative to the working directory. When GITHUB_OUTPUT
# names a file, the outputs exit-code and sarif (an absolute path) are
# appended to it. Needs Go (1.26 or later) on PATH.
set -uo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
packages=${INPUT_PACKAGES:-./...}
config=${INPUT_CONFIG:-}
baseline=${INPUT_BASELINE:-}
list_check=${INPUT_LIST_CHECK:-}
sarif=${INPUT_SARIF:-}

# output NAME VALUE: an output of the action.
output() {
	if [[ -n ${GITHUB_OUTPUT:-} ]]; then
		printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"
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

# show ARGS...: prints the registrylint command line.
show() {
	printf '+ registrylint'
	printf ' %s' "$@"
	printf '\n'
}

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
read -r -a pkgs <<<"$packages"
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
	show "${lint[@]}" "${pkgs[@]}" ">" "$sarif"
	# The findings go to stderr as text too: they are in the log.
	"$bin" "${lint[@]}" "${pkgs[@]}" >"$sarif" || rc=$?
	output sarif "$(cd "$(dirname "$sarif")" && pwd)/$(basename "$sarif")"
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
