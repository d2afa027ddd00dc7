# Helpers for .ci/integration.sh: timed steps and two kinds of assertions.
#
#   must DESC CMD...    a mechanical check (a build, a run, an install):
#                       always enforced.
#   expect DESC CMD...  a check that needs the rules to report findings:
#                       enforced, except while the analyzer is still the
#                       stub that reports nothing (RULES_PENDING=1), when a
#                       failure is listed as PENDING instead.
# RC is set here for the callers of run_capture.
# shellcheck shell=bash disable=SC2034

STEP_NAME=""
STEP_START=$SECONDS
PENDING_CHECKS=()
RC=0

# step NAME: starts a timed step (ends the previous one).
step() {
	step_end
	STEP_NAME=$1
	STEP_START=$SECONDS
	printf '\n=== %s\n' "$STEP_NAME"
}

# step_end: prints the elapsed time of the current step.
step_end() {
	if [[ -n $STEP_NAME ]]; then
		printf -- '--- %s: %ss\n' "$STEP_NAME" "$((SECONDS - STEP_START))"
		STEP_NAME=""
	fi
}

# die MSG: fails the run.
die() {
	printf 'FAIL: %s\n' "$*" >&2
	step_end
	exit 1
}

# must DESC CMD...: CMD must succeed.
must() {
	local desc=$1
	shift
	if "$@"; then
		printf '  ok: %s\n' "$desc"
	else
		die "$desc"
	fi
}

# expect DESC CMD...: CMD must succeed once the rules report findings.
expect() {
	local desc=$1
	shift
	if "$@"; then
		printf '  ok: %s\n' "$desc"
	elif [[ ${RULES_PENDING:-0} == 1 ]]; then
		printf '  PENDING: %s\n' "$desc"
		PENDING_CHECKS+=("$STEP_NAME: $desc")
	else
		die "$desc"
	fi
}

# show FILE [MAX]: prints a command's captured output, indented, cut at MAX lines.
show() {
	local max=${2:-60}
	sed -n "1,${max}p" "$1" | sed 's/^/  | /'
	local n
	n=$(wc -l <"$1")
	if ((n > max)); then
		printf '  | ... (%s more lines)\n' "$((n - max))"
	fi
}

# run_capture OUT CMD...: runs CMD with stdout and stderr in OUT and sets RC
# to its exit code (never fails the script).
run_capture() {
	local out=$1
	shift
	RC=0
	"$@" >"$out" 2>&1 || RC=$?
}

# contains FILE ERE: FILE has a line matching the extended regexp.
contains() { grep -Eq -- "$2" "$1"; }

# lacks FILE ERE: FILE has no line matching the extended regexp.
lacks() { ! grep -Eq -- "$2" "$1"; }

# is TEXT1 TEXT2: the two strings are equal.
is() { [[ $1 == "$2" ]]; }

# git_ci ARGS...: git with an identity and no signing, for throwaway repos.
git_ci() {
	git -c user.name=registrylint-ci -c user.email=ci@registrylint.invalid \
		-c commit.gpgsign=false -c tag.gpgsign=false -c init.defaultBranch=main \
		-c advice.detachedHead=false "$@"
}

# hash_inputs PATH...: a short hash of the content and names of the files
# under PATHs (missing ones are skipped).
hash_inputs() {
	local p
	for p in "$@"; do
		if [[ -e $p ]]; then
			find "$p" -type f -print0
		fi
	done | LC_ALL=C sort -z | xargs -0 -r sha256sum | sha256sum | cut -c1-16
}
