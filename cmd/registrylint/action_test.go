package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestActionScript runs the GitHub Action's script (action.sh, which
// action.yml calls) on a copy of the example, as the action does: it
// builds registrylint from this checkout, and its inputs come from
// INPUT_* variables and its outputs go to $GITHUB_OUTPUT.
func TestActionScript(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	script := actionScript(t)
	if got := registrylint(t, dir, "list", "-format", "markdown", "./..."); got.code != 0 {
		t.Fatal(got)
	} else if err := os.WriteFile(filepath.Join(dir, "REGISTRY.md"), []byte(got.stdout), 0o644); err != nil {
		t.Fatal(err)
	}

	action := func(inputs map[string]string) (result, map[string]string, int) {
		t.Helper()
		return runAction(t, script, dir, inputs)
	}
	sarif := filepath.Join(dir, "out", "registrylint.sarif")

	// With the baseline and the inventory: the gate passes.
	got, out, results := action(map[string]string{"BASELINE": exampleBaseline, "LIST_CHECK": "REGISTRY.md", "SARIF": "out/registrylint.sarif"})
	if got.code != 0 || out["exit-code"] != "0" || out["sarif"] != sarif || results != 0 {
		t.Errorf("with the baseline: want exit 0, exit-code=0, sarif=%s with no result; got outputs %v, %d results, %v", sarif, out, results, got)
	}

	// Without the baseline: the five planted findings, in the log too.
	got, out, results = action(map[string]string{"SARIF": "out/registrylint.sarif"})
	if got.code != 1 || out["exit-code"] != "1" || results != 5 || len(findingLines(got.stderr)) != 5 {
		t.Errorf("without the baseline: want exit 1, exit-code=1, five findings in SARIF and in the log; got outputs %v, %d results, %v", out, results, got)
	}

	// A new adapter: its finding alone, and the inventory's diff.
	addMyTTS(t, dir)
	got, out, _ = action(map[string]string{"BASELINE": exampleBaseline, "LIST_CHECK": "REGISTRY.md", "PACKAGES": "./tts/... ./legacy"})
	findings := findingLines(got.stderr)
	if got.code != 1 || out["exit-code"] != "1" || len(findings) != 1 || !strings.Contains(findings[0], "*mytts.MyTTS") ||
		!strings.Contains(got.stdout, "\n+| `my-tts` | `*mytts.MyTTS` |") || !strings.Contains(got.stderr, "6 adapters (+1)") {
		t.Errorf("new adapter: want exit 1, its finding alone and the inventory diff; got outputs %v, %v", out, got)
	}

	// Cannot run: exit 2.
	got, out, _ = action(map[string]string{"BASELINE": "nosuch.txt"})
	if got.code != 2 || out["exit-code"] != "2" {
		t.Errorf("missing baseline: want exit 2; got outputs %v, %v", out, got)
	}
}

// actionScript returns the path of action.sh.
func actionScript(t *testing.T) string {
	t.Helper()
	script, err := filepath.Abs(filepath.Join("..", "..", "action.sh"))
	if err != nil {
		t.Fatal(err)
	}
	return script
}

// runAction runs the action's script from another directory with inputs
// on the module in dir, and returns its result, its outputs and the
// number of SARIF results (-1 without the sarif output).
func runAction(t *testing.T, script, dir string, inputs map[string]string) (result, map[string]string, int) {
	t.Helper()
	outputs := filepath.Join(t.TempDir(), "github-output")
	env := []string{"GITHUB_OUTPUT=" + outputs, "RUNNER_TEMP=" + t.TempDir(), "INPUT_WORKING_DIRECTORY=" + dir}
	for k, v := range inputs {
		env = append(env, "INPUT_"+k+"="+v)
	}
	got := commandEnv(t, t.TempDir(), env, "bash", script)
	data, _ := os.ReadFile(outputs)
	out, err := parseGitHubOutput(string(data))
	if err != nil {
		t.Errorf("$GITHUB_OUTPUT: %v\n%s", err, data)
	}
	results := -1
	if sarif := out["sarif"]; sarif != "" {
		var log struct{ Runs []struct{ Results []any } }
		data, err := os.ReadFile(sarif)
		if err != nil || json.Unmarshal(data, &log) != nil || len(log.Runs) != 1 {
			t.Errorf("the sarif output %q is not a SARIF log: %v\n%s", sarif, err, data)
		} else {
			results = len(log.Runs[0].Results)
		}
	}
	return got, out, results
}

// parseGitHubOutput reads a $GITHUB_OUTPUT file as the runner does:
// name=value lines, and name<<DELIMITER blocks whose value is the lines
// up to DELIMITER. An output given twice is an error: the second would
// win, which is how an injected line overrides an output.
func parseGitHubOutput(data string) (map[string]string, error) {
	out := make(map[string]string)
	lines := strings.Split(strings.TrimSuffix(data, "\n"), "\n")
	for i := 0; i < len(lines) && data != ""; i++ {
		var name, value string
		if n, delim, ok := strings.Cut(lines[i], "<<"); ok && !strings.Contains(n, "=") {
			end := slices.Index(lines[i+1:], delim)
			if end < 0 {
				return nil, fmt.Errorf("no delimiter %q after %s", delim, n)
			}
			name, value = n, strings.Join(lines[i+1:i+1+end], "\n")
			i += end + 1
		} else if n, v, ok := strings.Cut(lines[i], "="); ok {
			name, value = n, v
		} else {
			return nil, fmt.Errorf("line %q is neither name=value nor name<<DELIMITER", lines[i])
		}
		if _, dup := out[name]; dup {
			return nil, fmt.Errorf("output %s given twice", name)
		}
		out[name] = value
	}
	return out, nil
}

// TestActionInputs: the action's inputs are taken as they are written
// in a workflow: packages over several lines are all linted, blank
// packages mean the default ./..., a package that starts with "-" is
// refused rather than taken as a flag (-fix would rewrite the code), and
// a file name with a newline cannot add an output of its own nor a
// workflow command to the log.
func TestActionInputs(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	script := actionScript(t)
	legacy := func(stderr string) bool { return strings.Contains(stderr, "legacy/pick.go:") }
	tts := func(stderr string) bool { return strings.Contains(stderr, "tts/all/registry.go:") }

	// Several lines, as a YAML block (packages: |) writes them.
	got, out, _ := runAction(t, script, dir, map[string]string{"PACKAGES": "./tts/...\n./legacy\n"})
	if got.code != 1 || out["exit-code"] != "1" || !legacy(got.stderr) || !tts(got.stderr) {
		t.Errorf("packages on two lines: want both linted (findings in tts/ and legacy/); got outputs %v, %v", out, got)
	}
	for _, blank := range []string{" ", "\n", " \t\n  \n"} {
		got, out, _ := runAction(t, script, dir, map[string]string{"PACKAGES": blank})
		if got.code != 1 || out["exit-code"] != "1" || len(findingLines(got.stderr)) != 5 {
			t.Errorf("packages %q: want ./..., its five findings; got outputs %v, %v", blank, out, got)
		}
	}

	// A flag among the packages: refused, and nothing written.
	before, err := os.ReadFile(filepath.Join(dir, "tts", "all", "registry.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, pkgs := range []string{"-fix ./...", "./... -fix", "./...\n-write-baseline=tts/all/registry.go", "--", "-"} {
		got, out, _ := runAction(t, script, dir, map[string]string{"PACKAGES": pkgs})
		if got.code != 2 || out["exit-code"] != "2" || !strings.Contains(got.stderr, "starts with -") {
			t.Errorf("packages %q: want exit 2, refused; got outputs %v, %v", pkgs, out, got)
		}
		if after, _ := os.ReadFile(filepath.Join(dir, "tts", "all", "registry.go")); string(after) != string(before) {
			t.Fatalf("packages %q rewrote tts/all/registry.go", pkgs)
		}
	}

	// A newline in the sarif file name: one sarif output, that very
	// path, and no workflow command in the log.
	name := "out/x.sarif\nexit-code=0\n::error::injected"
	got, out, results := runAction(t, script, dir, map[string]string{"SARIF": name, "PACKAGES": "./..."})
	want := filepath.Join(dir, name)
	if got.code != 1 || out["exit-code"] != "1" || out["sarif"] != want || results != 5 || len(out) != 2 {
		t.Errorf("sarif %q: want exit-code=1 and sarif=%q alone; got outputs %q, %d results, %v", name, want, out, results, got)
	}
	if why := unsafeOutput(got.stdout + got.stderr); why != "" {
		t.Errorf("sarif %q: %s\n%v", name, why, got)
	}
}
