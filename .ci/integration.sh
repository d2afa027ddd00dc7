#!/usr/bin/env bash
# Integration checks of the ways registrylint runs outside its own tests,
# against the example module (testdata/example) and its planted mistakes:
#
#   a. golangci-lint custom builds golangci-lint with the module plugin,
#      offline (only the Go module proxy is reached);
#   b. that binary reports the planted mistakes, honours //nolint:registrylint
#      and fails on an unknown settings key, naming it;
#   c. go vet -vettool=registrylint reports per package and fails;
#   d. the pre-commit hook installs with `language: golang` (registrylint
#      alone), fails on the planted mistakes and passes once they are
#      suppressed; the manual's `repo: local` hook does the same;
#   e. the manual's snippets: the GitHub workflow passes actionlint (also
#      against the action's own action.yml), the action's script runs on
#      the example with the workflow's inputs, the go vet line and the
#      shell gate run from a fresh GOPATH;
#   f. dogfood: the custom golangci-lint binary with .golangci.yml (the
#      standard linters plus registrylint) over this repository.
#
# Works on a fresh Debian machine as root (installs pre-commit with apt when
# it is missing). Built artefacts are cached under
# ${XDG_CACHE_HOME:-$HOME/.cache}/registrylint-ci, keyed by their inputs.
#
# Until the rules land, analyzer/stub_tmp.go exists and nothing is reported:
# the checks that need findings are then listed as PENDING instead of
# failing (set REGISTRYLINT_RULES_PENDING=0 or 1 to decide yourself).
# KEEP_WORK=1 keeps the temporary directory.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

# shellcheck source=.ci/lib/common.sh
source .ci/lib/common.sh
# shellcheck source=.ci/lib/custom-gcl.sh
source .ci/lib/custom-gcl.sh
# shellcheck source=.ci/lib/findings.sh
source .ci/lib/findings.sh

TOTAL_START=$SECONDS
# golangci-lint caches results per package, not per plugin build: a stale
# cache would show an earlier build's findings.
export GOLANGCI_LINT_CACHE
EXAMPLE=$ROOT/testdata/example
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/registrylint-ci
WORK=$(mktemp -d "${TMPDIR:-/tmp}/registrylint-integration.XXXXXX")
GOLANGCI_LINT_CACHE=$WORK/golangci-lint-cache
if [[ ${KEEP_WORK:-0} == 1 ]]; then
	trap 'echo "work directory kept: $WORK"' EXIT
else
	trap 'rm -rf "$WORK"' EXIT
fi

if [[ -n ${REGISTRYLINT_RULES_PENDING:-} ]]; then
	RULES_PENDING=$REGISTRYLINT_RULES_PENDING
elif [[ -f analyzer/stub_tmp.go ]]; then
	RULES_PENDING=1
else
	RULES_PENDING=0
fi
printf 'registrylint integration: %s, %s, rules pending: %s\n' "$(go version)" "$(git --version)" "$RULES_PENDING"
[[ -f $EXAMPLE/go.mod ]] || die "testdata/example is missing"

# copy_example DIR: a fresh copy of the example module in DIR.
copy_example() {
	rm -rf "$1"
	mkdir -p "$1"
	cp -R "$EXAMPLE/." "$1"
}

# ---------------------------------------------------------------------------
step "a. build golangci-lint $(sed -n 's/^version:[[:space:]]*//p' .custom-gcl.yml) with the registrylint plugin (golangci-lint custom, offline)"
build_custom_gcl "$ROOT" "$CACHE"
run_capture "$WORK/linters.txt" "$GCL_BIN" linters --config .golangci.example.yml
must "the custom binary runs and knows the registrylint linter" contains "$WORK/linters.txt" '^registrylint\b'

# ---------------------------------------------------------------------------
step "b1. golangci-lint run on the example (.golangci.example.yml, adapted to the example's module)"
GCL_EX=$WORK/gcl-example
copy_example "$GCL_EX"
# The example config names example.com/app; the example module is
# example.com/ttsapp with the same layout.
sed 's#example\.com/app/#example.com/ttsapp/#g' .golangci.example.yml >"$GCL_EX/.golangci.yml"
must "the adapted config names the example's registry" contains "$GCL_EX/.golangci.yml" 'adapter: example\.com/ttsapp/tts\.Adapter'
run_capture "$WORK/verify.txt" "$GCL_BIN" config verify --config "$ROOT/.golangci.example.yml"
show "$WORK/verify.txt" 10
must ".golangci.example.yml follows golangci-lint's v2 schema (config verify)" is "$RC" 0
gcl_run() {
	# The config itself keeps every issue of a line (issues.uniq-by-line).
	(cd "$GCL_EX" && "$GCL_BIN" run --max-issues-per-linter=0 \
		--output.text.print-issued-lines=false --output.text.colors=false ./...)
}
run_capture "$WORK/gcl1.txt" gcl_run
show "$WORK/gcl1.txt"
must "golangci-lint ran the plugin (exit 0 or 1, not $RC)" test "$RC" -le 1
must "golangci-lint reported no error" lacks "$WORK/gcl1.txt" '^(Error|ERRO|level=error)'
expect "golangci-lint exits 1 on the planted mistakes" is "$RC" 1
expect "golangci-lint reports registrylint findings" contains "$WORK/gcl1.txt" '\.go:[0-9]+:[0-9]+: .*\(registrylint\)$'
finding_lines "$WORK/gcl1.txt" >"$WORK/gcl1.findings"

# ---------------------------------------------------------------------------
step "b2. //nolint:registrylint silences a golangci-lint finding"
if [[ -s $WORK/gcl1.findings ]]; then
	target=$(head -n1 "$WORK/gcl1.findings")
	# Prefer a finding whose line carries no comment yet.
	while IFS= read -r f; do
		IFS=$'\t' read -r file line _ < <(findings_tsv <(printf '%s\n' "$f"))
		if ! sed -n "${line}p" "$(resolve "$GCL_EX" "$file")" | grep -q '//'; then
			target=$f
			break
		fi
	done <"$WORK/gcl1.findings"
	IFS=$'\t' read -r file line _ < <(findings_tsv <(printf '%s\n' "$target"))
	echo "  silencing: $target"
	add_nolint "$GCL_EX" "$file" "$line"
	sed -n "$((line - 1)),$((line + 1))p" "$(resolve "$GCL_EX" "$file")" | sed 's/^/  > /'
	run_capture "$WORK/gcl2.txt" gcl_run
	show "$WORK/gcl2.txt"
	must "golangci-lint ran (exit 0 or 1, not $RC)" test "$RC" -le 1
	must "the silenced finding is gone" lacks "$WORK/gcl2.txt" "^${file//./\\.}:${line}:"
	before=$(wc -l <"$WORK/gcl1.findings")
	after=$(finding_lines "$WORK/gcl2.txt" | wc -l)
	must "fewer findings than before ($after < $before)" test "$after" -lt "$before"
else
	expect "a finding to silence" false
fi

# ---------------------------------------------------------------------------
step "b3. an unknown settings key stops golangci-lint, naming the key"
BAD=$WORK/bad-settings
copy_example "$BAD"
cat >"$BAD/.golangci.yml" <<'EOF'
version: "2"
linters:
  default: none
  enable: [registrylint]
  settings:
    custom:
      registrylint:
        type: module
        settings:
          disable: [dynamic-name]
          no-such-key: true
EOF
run_capture "$WORK/gcl3.txt" bash -c "cd '$BAD' && '$GCL_BIN' run ./..."
show "$WORK/gcl3.txt" 20
must "golangci-lint fails (exit $RC)" test "$RC" -ne 0 -a "$RC" -ne 1
must "the error names the key" contains "$WORK/gcl3.txt" 'no-such-key'
must "the error names the plugin" contains "$WORK/gcl3.txt" 'registrylint'

# ---------------------------------------------------------------------------
step "b4. without settings, golangci-lint uses the module's .registrylint.yml"
DISC=$WORK/gcl-discovery
copy_example "$DISC"
printf '%s\n' 'version: "2"' 'linters:' '  default: none' '  enable: [registrylint]' '  settings:' '    custom:' '      registrylint:' '        type: module' 'issues:' '  uniq-by-line: false' >"$DISC/.golangci.yml"
printf 'disable: [unregistered]\n' >"$DISC/.registrylint.yml"
run_capture "$WORK/gcl4.txt" bash -c "cd '$DISC' && '$GCL_BIN' run --output.text.print-issued-lines=false ./..."
show "$WORK/gcl4.txt"
must "golangci-lint ran (exit 0 or 1, not $RC)" test "$RC" -le 1
expect "golangci-lint still reports the other rules" contains "$WORK/gcl4.txt" ': name-switch: '
must "the discovered .registrylint.yml turned unregistered off" lacks "$WORK/gcl4.txt" ': unregistered: '

# ---------------------------------------------------------------------------
step "f. dogfood: golangci-lint (standard linters + registrylint, .golangci.yml) over this repository"
run_capture "$WORK/dogfood.txt" "$GCL_BIN" run --output.text.print-issued-lines=false ./...
show "$WORK/dogfood.txt" 40
must "golangci-lint finds nothing in this repository (exit $RC)" is "$RC" 0

# ---------------------------------------------------------------------------
step "c1. build the registrylint command and run it on the example"
RL_BIN=""
if [[ -d cmd/registrylint ]]; then
	must "go build ./cmd/registrylint" go build -o "$WORK/bin/registrylint" ./cmd/registrylint
	RL_BIN=$WORK/bin/registrylint
	"$RL_BIN" -V=full || true
	RL_EX=$WORK/rl-example
	copy_example "$RL_EX"
	run_capture "$WORK/rl.txt" bash -c "cd '$RL_EX' && '$RL_BIN' ./..."
	show "$WORK/rl.txt"
	must "registrylint ran (exit 0 or 1, not $RC)" test "$RC" -le 1
	expect "registrylint exits 1 on the planted mistakes" is "$RC" 1
	expect "registrylint prints findings with their rule IDs" contains "$WORK/rl.txt" '\.go:[0-9]+:[0-9]+: .* \([a-z-]+\)$'
	# file:line:col: message, without the rule ID, to compare the drivers.
	finding_lines "$WORK/rl.txt" | sed -E 's/ \([a-z-]+\)$//' | sort -u >"$WORK/rl.set"
	if [[ -s $WORK/gcl1.findings ]]; then
		# golangci-lint prints "file:line:col: rule: message (registrylint)":
		# the rule ID leads the message there, exactly once.
		must "every golangci-lint finding starts with its rule ID" test -z "$(grep -Ev '\.go:[0-9]+:[0-9]+: [a-z-]+: ' "$WORK/gcl1.findings")"
		sed -E -e 's/ \(registrylint\)$//' -e 's/^([^ ]+\.go:[0-9]+:[0-9]+: )[a-z-]+: /\1/' "$WORK/gcl1.findings" | sort -u >"$WORK/gcl.set"
		comm -23 "$WORK/gcl.set" "$WORK/rl.set" >"$WORK/gcl.extra"
		show "$WORK/gcl.extra"
		must "golangci-lint reports nothing the command does not (above: its extra findings)" test ! -s "$WORK/gcl.extra"
		# The example has no finding that only the command's whole-program
		# check makes, so both must print the same set.
		comm -13 "$WORK/gcl.set" "$WORK/rl.set" >"$WORK/gcl.missing"
		show "$WORK/gcl.missing"
		must "golangci-lint reports every finding of the command (above: the ones it misses)" test ! -s "$WORK/gcl.missing"
	fi
else
	if [[ $RULES_PENDING == 1 ]]; then
		expect "cmd/registrylint exists (steps c2 and d skipped)" false
	else
		die "cmd/registrylint is missing"
	fi
fi

if [[ -n $RL_BIN ]]; then
	# -------------------------------------------------------------------------
	step "c2. go vet -vettool=registrylint on the example"
	VET_EX=$WORK/vet-example
	copy_example "$VET_EX"
	run_capture "$WORK/vet.txt" bash -c "cd '$VET_EX' && go vet -vettool='$RL_BIN' ./..."
	show "$WORK/vet.txt"
	must "go vet ran the tool (no flag or protocol error)" lacks "$WORK/vet.txt" 'flag provided but not defined|unsupported flag|vet: |invalid vet tool|-V=full'
	if [[ $RC == 0 ]]; then
		must "go vet exits 0 with no output" lacks "$WORK/vet.txt" '\.go:[0-9]+:[0-9]+: '
	fi
	expect "go vet exits non-zero on the planted mistakes (exit $RC)" test "$RC" -ne 0
	# go vet prints "file:line:col: rule: message": compare without the rule.
	grep -E '^.+\.go:[0-9]+:[0-9]+: [^	]' "$WORK/vet.txt" | sed -E 's/^([^ ]+\.go:[0-9]+:[0-9]+: )[a-z-]+: /\1/' | sort -u >"$WORK/vet.set" || true
	# Related positions follow a finding as "file:line:col: <tab>message".
	must "every go vet finding starts with its rule ID" test -z "$(grep -E '^.+\.go:[0-9]+:[0-9]+: ' "$WORK/vet.txt" | grep -Ev '\.go:[0-9]+:[0-9]+: ([a-z-]+: |	)')"
	expect "go vet prints findings" test -s "$WORK/vet.set"
	ndirs=$(sed -E 's/:[0-9]+:[0-9]+: .*//' "$WORK/vet.set" | xargs -r -n1 dirname | sort -u | wc -l)
	expect "go vet reports in more than one package ($ndirs)" test "$ndirs" -gt 1
	comm -23 "$WORK/vet.set" "$WORK/rl.set" >"$WORK/vet.extra"
	show "$WORK/vet.extra"
	must "go vet reports nothing the command does not (above: its extra findings)" test ! -s "$WORK/vet.extra"

	# -------------------------------------------------------------------------
	step "d1. pre-commit: install it if missing, prepare the hook repository and a throwaway repository"
	if ! command -v pre-commit >/dev/null; then
		sudo=""
		[[ $(id -u) == 0 ]] || sudo=sudo
		$sudo apt-get update -q
		DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends pre-commit
	fi
	pre-commit --version
	# The hook repository: this work tree (tracked and untracked, not ignored
	# files) committed in a repository of its own, so that uncommitted work
	# is what pre-commit installs, as in CI's fresh clone.
	HOOK_REPO=$WORK/hook-repo
	mkdir -p "$HOOK_REPO"
	git ls-files -z -co --exclude-standard |
		while IFS= read -r -d '' f; do [[ -e $f ]] && printf '%s\0' "$f"; done |
		tar --null -T - -cf - | tar -C "$HOOK_REPO" -xf -
	(cd "$HOOK_REPO" && git_ci init -q && git_ci add -A && git_ci commit -q -m "registrylint work tree")
	must "the hook repository has .pre-commit-hooks.yaml" test -f "$HOOK_REPO/.pre-commit-hooks.yaml"
	PC_EX=$WORK/precommit-example
	copy_example "$PC_EX"
	(cd "$PC_EX" && git_ci init -q && git_ci add -A && git_ci commit -q -m "example")
	# language: golang runs `go install ./...` in pre-commit's clone of the hook
	# repository with GOPATH set to the hook environment; sharing the module
	# cache that step c1 filled and turning the proxy off shows that the
	# install needs no network and no -mod=mod (go.mod and go.sum are complete).
	pre_commit() {
		(cd "$PC_EX" && PRE_COMMIT_HOME="$WORK/pre-commit-home" GOMODCACHE="$(go env GOMODCACHE)" GOPROXY=off \
			pre-commit try-repo "$HOOK_REPO" registrylint --all-files --color=never)
	}

	# -------------------------------------------------------------------------
	step "d2. pre-commit try-repo fails on the planted mistakes"
	run_capture "$WORK/pc1.txt" pre_commit
	show "$WORK/pc1.txt" 80
	must "the hook installed and ran" contains "$WORK/pc1.txt" '^registrylint\.+(Failed|Passed)'
	# shellcheck disable=SC2016 # backquotes as pre-commit prints them
	must "no install error" lacks "$WORK/pc1.txt" 'An unexpected error has occurred|Executable `registrylint` not found'
	expect "pre-commit fails (exit $RC)" test "$RC" -ne 0
	expect "the hook failed with exit code 1 (findings)" contains "$WORK/pc1.txt" '^- exit code: 1$'
	expect "the hook printed findings with their rule IDs" contains "$WORK/pc1.txt" '\.go:[0-9]+:[0-9]+: .* \([a-z-]+\)$'

	# language: golang runs `go install ./...` in the hook repository (in a
	# temporary environment that try-repo removes): do the same, and only
	# registrylint may be installed.
	run_capture "$WORK/hookinstall.txt" bash -c "cd '$HOOK_REPO' && GOBIN='$WORK/hook-bin' GOPROXY=off GOFLAGS= go install ./..."
	must "go install ./... in the hook repository (exit $RC)" is "$RC" 0
	hook_bins=$(ls "$WORK/hook-bin" | tr '\n' ' ')
	echo "  installed: $hook_bins"
	must "go install ./... installs registrylint alone" test "$hook_bins" = "registrylint "

	# The manual's hook for an unpublished version: repo: local,
	# language: system, the installed command on PATH.
	PC_LOCAL=$WORK/precommit-local
	copy_example "$PC_LOCAL"
	sed -n '/^Until a version is published, run the installed command/,/^After a release/p' docs/manual.md |
		sed -n '/^```yaml$/,/^```$/p' | sed '1d;$d' >"$PC_LOCAL/.pre-commit-config.yaml"
	must "the manual's repo: local hook was extracted" contains "$PC_LOCAL/.pre-commit-config.yaml" 'repo: local'
	(cd "$PC_LOCAL" && git_ci init -q && git_ci add -A && git_ci commit -q -m "example")
	run_capture "$WORK/pclocal.txt" bash -c "cd '$PC_LOCAL' && PATH='$(dirname "$RL_BIN")':\$PATH PRE_COMMIT_HOME='$WORK/pre-commit-home' pre-commit run --all-files --color=never"
	show "$WORK/pclocal.txt" 30
	must "the local hook ran" contains "$WORK/pclocal.txt" '^registrylint\.+(Failed|Passed)'
	expect "the local hook fails on the planted mistakes (exit $RC)" test "$RC" -ne 0

	# -------------------------------------------------------------------------
	step "d3. suppress the planted mistakes with //registrylint:ignore; pre-commit passes"
	run_capture "$WORK/rl1.txt" bash -c "cd '$PC_EX' && '$RL_BIN' ./..."
	show "$WORK/rl1.txt" 30
	must "registrylint ran (exit 0 or 1, not $RC)" test "$RC" -le 1
	expect "registrylint exits 1 on the planted mistakes" is "$RC" 1
	n=$(add_ignores "$PC_EX" "$WORK/rl1.txt")
	echo "  inserted $n //registrylint:ignore lines"
	(cd "$PC_EX" && git diff -U1 --color=never | sed 's/^/  > /')
	expect "findings to suppress" test "$n" -gt 0
	(cd "$PC_EX" && gofmt -l . | sed 's/^/  not gofmt-clean: /')
	run_capture "$WORK/rl2.txt" bash -c "cd '$PC_EX' && '$RL_BIN' ./..."
	show "$WORK/rl2.txt" 30
	must "registrylint exits 0 once every finding is suppressed (exit $RC)" is "$RC" 0
	(cd "$PC_EX" && git_ci add -A && git_ci commit -q -m "suppress the planted mistakes" --allow-empty)
	run_capture "$WORK/pc2.txt" pre_commit
	show "$WORK/pc2.txt" 40
	must "pre-commit passes (exit $RC)" is "$RC" 0
	must "the hook passed" contains "$WORK/pc2.txt" '^registrylint\.+Passed'
fi

# ---------------------------------------------------------------------------
step "e1. the GitHub workflow of the manual passes actionlint"
ACTIONLINT_VERSION=v1.7.12
ACTIONLINT=$CACHE/actionlint/$ACTIONLINT_VERSION/actionlint
if [[ ! -x $ACTIONLINT ]]; then
	GOBIN=$(dirname "$ACTIONLINT") go install "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION"
fi
sed -n '/^### CI gate/,/^## How it works/p' docs/manual.md | sed -n '/^```yaml$/,/^```$/p' | sed '1d;$d' >"$WORK/readme-workflow.yml"
must "the manual's workflow is docs/github-workflow.yml" diff <(grep -v '^#' docs/github-workflow.yml) "$WORK/readme-workflow.yml"
mkdir -p "$WORK/wf/.github/workflows"
cp docs/github-workflow.yml "$WORK/wf/.github/workflows/registrylint.yml"
run_capture "$WORK/actionlint.txt" bash -c "cd '$WORK/wf' && '$ACTIONLINT' -shellcheck= -pyflakes= .github/workflows/registrylint.yml"
show "$WORK/actionlint.txt"
must "actionlint accepts the workflow (exit $RC)" is "$RC" 0
# actionlint checks the inputs of a local action against its action.yml:
# the same workflow, with the action as ./ in the repository, and every
# input of the action set.
must "the workflow uses the action at registrylint/registrylint@" contains docs/github-workflow.yml '^      - uses: registrylint/registrylint@'
mkdir -p "$WORK/wf-local/.github/workflows"
cp action.yml "$WORK/wf-local/action.yml"
# actionlint resolves ./ against the repository root, found by .git.
(cd "$WORK/wf-local" && git_ci init -q)
sed -e 's#uses: registrylint/registrylint@[^ ]*#uses: ./#' -e 's/# \(baseline\|list-check\): \([^ ]*\).*/\1: \2/' \
	docs/github-workflow.yml >"$WORK/wf-local/.github/workflows/registrylint.yml"
must "the local copy sets the baseline and list-check inputs" contains "$WORK/wf-local/.github/workflows/registrylint.yml" '^          list-check: REGISTRY\.md'
run_capture "$WORK/actionlint-local.txt" bash -c "cd '$WORK/wf-local' && '$ACTIONLINT' -shellcheck= -pyflakes= .github/workflows/registrylint.yml"
show "$WORK/actionlint-local.txt"
must "actionlint accepts the workflow with the action's own action.yml (exit $RC)" is "$RC" 0
sed -i 's/^          packages: /          packagez: /' "$WORK/wf-local/.github/workflows/registrylint.yml"
run_capture "$WORK/actionlint-bogus.txt" bash -c "cd '$WORK/wf-local' && '$ACTIONLINT' -shellcheck= -pyflakes= .github/workflows/registrylint.yml"
must "actionlint did check the inputs against action.yml: an unknown one fails (exit $RC)" contains "$WORK/actionlint-bogus.txt" 'input "packagez" is not defined'
if [[ -n $RL_BIN ]]; then
	# ---------------------------------------------------------------------
	step "e2. the action's script (action.sh) on the example, with the workflow's inputs"
	ACT_EX=$WORK/action-example
	copy_example "$ACT_EX"
	(cd "$ACT_EX" && "$RL_BIN" list -format markdown ./... >REGISTRY.md)
	# action_run OUT INPUT=VALUE...: runs action.sh from another directory,
	# as a composite step does, with $GITHUB_OUTPUT in OUT.outputs.
	action_run() {
		local out=$1
		shift
		: >"$out.outputs"
		run_capture "$out" env -C "$WORK" GITHUB_OUTPUT="$out.outputs" RUNNER_TEMP="$WORK" \
			INPUT_WORKING_DIRECTORY="$ACT_EX" "$@" bash "$ROOT/action.sh"
		show "$out" 30
		sed 's/^/  output: /' "$out.outputs"
		# The outputs as name=value lines, as the runner reads the
		# name<<DELIMITER form that action.sh writes.
		awk 'd == "" && /<</ { i = index($0, "<<"); n = substr($0, 1, i - 1); d = substr($0, i + 2); v = ""; c = 0; next }
			d != "" && $0 == d { print n "=" v; d = ""; next }
			d != "" { v = (c++ ? v "\n" : "") $0; next }
			{ print }' "$out.outputs" >"$out.outputs.kv"
	}
	action_run "$WORK/action1.txt" INPUT_PACKAGES=./... INPUT_SARIF=registrylint.sarif \
		INPUT_BASELINE=registrylint-baseline.txt INPUT_LIST_CHECK=REGISTRY.md
	must "with the example's baseline and inventory, the action passes (exit $RC)" is "$RC" 0
	must "it outputs exit-code=0" contains "$WORK/action1.txt.outputs.kv" '^exit-code=0$'
	must "it outputs the SARIF path" contains "$WORK/action1.txt.outputs.kv" "^sarif=$ACT_EX/registrylint\\.sarif$"
	must "the SARIF file has no result" contains "$ACT_EX/registrylint.sarif" '^      "results": \[\]'

	action_run "$WORK/action2.txt" INPUT_SARIF=registrylint.sarif
	expect "without the baseline, the action fails on the planted mistakes (exit $RC)" is "$RC" 1
	expect "it outputs exit-code=1" contains "$WORK/action2.txt.outputs.kv" '^exit-code=1$'
	expect "the findings are in the log" contains "$WORK/action2.txt" '\.go:[0-9]+:[0-9]+: .* \(unregistered\)$'
	expect "the SARIF file has the five findings" is "$(grep -c '"ruleIndex":' "$ACT_EX/registrylint.sarif")" 5
	# An adapter added by a pull request: the inventory check shows it.
	cp -R "$ACT_EX/tts/espeak" "$ACT_EX/tts/mytts"
	sed -i -e 's/^package espeak/package mytts/' -e 's/ESpeak/MyTTS/g' -e 's/"espeak"/"my-tts"/' "$ACT_EX/tts/mytts/espeak.go"
	sed -i 's#^\t_ "example.com/ttsapp/tts/espeak"$#&\n\t_ "example.com/ttsapp/tts/mytts"#' "$ACT_EX/tts/all/registry.go"
	action_run "$WORK/action3.txt" INPUT_BASELINE=registrylint-baseline.txt INPUT_LIST_CHECK=REGISTRY.md
	expect "a new adapter fails the action (exit $RC)" is "$RC" 1
	expect "its finding is in the log" contains "$WORK/action3.txt" 'adapter \*mytts\.MyTTS .* \(unregistered\)$'
	expect "the inventory diff adds it" contains "$WORK/action3.txt" '^\+\| `my-tts` \| `\*mytts\.MyTTS` \|'
	expect "the summary counts one adapter more" contains "$WORK/action3.txt" '6 adapters \(\+1\)'
fi

# ---------------------------------------------------------------------------
step "e3. the install, go vet line and shell gate of the README and manual, from a fresh GOPATH"
FRESH_GOPATH=$WORK/gopath
run_capture "$WORK/install.txt" env GOPATH="$FRESH_GOPATH" GOMODCACHE="$(go env GOMODCACHE)" GOFLAGS= go install ./cmd/registrylint
must "go install ./cmd/registrylint (exit $RC)" is "$RC" 0
must "it lands in \$(go env GOPATH)/bin" test -x "$FRESH_GOPATH/bin/registrylint"
GATE_EX=$WORK/gate-example
copy_example "$GATE_EX"
run_capture "$WORK/gate.txt" bash -c "cd '$GATE_EX' && export GOPATH='$FRESH_GOPATH' GOMODCACHE='$(go env GOMODCACHE)' && \"\$(go env GOPATH)/bin/registrylint\" ./..."
show "$WORK/gate.txt" 20
expect "the shell gate fails on the planted mistakes (exit $RC)" is "$RC" 1
run_capture "$WORK/vetline.txt" bash -c "cd '$GATE_EX' && export GOPATH='$FRESH_GOPATH' GOMODCACHE='$(go env GOMODCACHE)' && go vet -vettool=\"\$(go env GOPATH)/bin/registrylint\" ./..."
show "$WORK/vetline.txt" 20
expect "the manual's go vet line reports the findings (exit $RC)" contains "$WORK/vetline.txt" ': unregistered: adapter '
run_capture "$WORK/vetmissing.txt" bash -c "cd '$GATE_EX' && go vet -vettool='$WORK/no-such-registrylint' ./..."
must "go vet with a -vettool path that does not exist fails (exit $RC), not a silent pass" test "$RC" -ne 0

step_end
printf '\nintegration: %ss in all\n' "$((SECONDS - TOTAL_START))"
if ((${#PENDING_CHECKS[@]})); then
	printf 'PENDING until the rules land (%s):\n' "${#PENDING_CHECKS[@]}"
	printf '  - %s\n' "${PENDING_CHECKS[@]}"
fi
echo "integration checks passed"
