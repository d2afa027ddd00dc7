package main

import (
	"encoding/json"
	"os"
	"path/filepath"
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
	script, err := filepath.Abs(filepath.Join("..", "..", "action.sh"))
	if err != nil {
		t.Fatal(err)
	}
	if got := registrylint(t, dir, "list", "-format", "markdown", "./..."); got.code != 0 {
		t.Fatal(got)
	} else if err := os.WriteFile(filepath.Join(dir, "REGISTRY.md"), []byte(got.stdout), 0o644); err != nil {
		t.Fatal(err)
	}

	// action runs the script from another directory with inputs, and
	// returns its result, its outputs and the number of SARIF results.
	action := func(inputs map[string]string) (result, map[string]string, int) {
		t.Helper()
		outputs := filepath.Join(t.TempDir(), "github-output")
		env := []string{"GITHUB_OUTPUT=" + outputs, "RUNNER_TEMP=" + t.TempDir(), "INPUT_WORKING_DIRECTORY=" + dir}
		for k, v := range inputs {
			env = append(env, "INPUT_"+k+"="+v)
		}
		got := commandEnv(t, t.TempDir(), env, "bash", script)
		data, _ := os.ReadFile(outputs)
		out := make(map[string]string)
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			if k, v, ok := strings.Cut(line, "="); ok {
				out[k] = v
			}
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
