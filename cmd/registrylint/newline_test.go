package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestFixMixedLineEndings: in a file whose lines do not all end alike,
// the fixes (as -json prints them) write the line ending of the file's
// first line, -fix formats the declaration it edits with that same
// ending, and every other line keeps its own.
func TestFixMixedLineEndings(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, first, rest string }{
		{"lf-then-crlf", "\n", "\r\n"},
		{"crlf-then-lf", "\r\n", "\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := fixtureModule(t, "fixcall")
			name := filepath.Join(dir, "all", "all.go")
			golden, err := os.ReadFile(filepath.Join("..", "..", "testdata", "src", "fixcall", "all", "all.go.golden"))
			if err != nil {
				t.Fatal(err)
			}
			// withEndings ends line i of text (whose lines end in "\n")
			// like the first line when i is 0 or in [from, to), else like
			// the rest.
			withEndings := func(text string, from, to int) string {
				var b strings.Builder
				for i, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
					b.WriteString(line)
					if i == 0 || from <= i && i < to {
						b.WriteString(tc.first)
					} else {
						b.WriteString(tc.rest)
					}
				}
				return b.String()
			}
			src := readText(t, name)
			if err := os.WriteFile(name, []byte(withEndings(src, 0, 0)), 0o644); err != nil {
				t.Fatal(err)
			}

			// The fixes' new lines end like the first line.
			out := registrylint(t, dir, "-json", "./...")
			if out.code == 2 {
				t.Fatalf("-json: %v", out)
			}
			var tree map[string]map[string]json.RawMessage
			if err := json.Unmarshal([]byte(out.stdout), &tree); err != nil {
				t.Fatalf("-json output: %v\n%s", err, out.stdout)
			}
			newLines := 0
			for _, byAnalyzer := range tree {
				for _, raw := range byAnalyzer {
					var diags []struct {
						SuggestedFixes []struct {
							Edits []struct {
								Filename, New string
							}
						} `json:"suggested_fixes"`
					}
					if json.Unmarshal(raw, &diags) != nil {
						continue // an error, not diagnostics
					}
					for _, d := range diags {
						for _, f := range d.SuggestedFixes {
							for _, e := range f.Edits {
								if e.Filename != name || !strings.Contains(e.New, "\n") {
									continue
								}
								newLines++
								if got := strings.ReplaceAll(e.New, "\r\n", "\n"); strings.ReplaceAll(got, "\n", tc.first) != e.New {
									t.Errorf("a fix inserts %q: its lines do not end in %q", e.New, tc.first)
								}
							}
						}
					}
				}
			}
			if newLines == 0 {
				t.Fatalf("-json shows no fix that adds a line to %s:\n%s", name, out.stdout)
			}

			// -fix: the lines of the edited declaration (from func
			// InitRegistry to its closing brace, not the line ending after
			// it) end like the first line; the other lines are as they
			// were. The fixes are those of the golden file, in the order
			// -fix applies them.
			if res := registrylint(t, dir, "-fix", "./..."); res.code == 2 || strings.Contains(res.stderr, "skipped") {
				t.Fatalf("-fix: %v", res)
			}
			got := readText(t, name)
			lines := strings.Split(strings.ReplaceAll(got, "\r\n", "\n"), "\n")
			wantLines := strings.Split(string(golden), "\n")
			slices.Sort(lines)
			slices.Sort(wantLines)
			if !slices.Equal(lines, wantLines) {
				t.Fatalf("after -fix, not the golden file's lines:\n%s", got)
			}
			from, to := -1, -1
			for i, line := range strings.Split(strings.ReplaceAll(got, "\r\n", "\n"), "\n") {
				if strings.HasPrefix(line, "func InitRegistry") {
					from = i
				}
				if from >= 0 && line == "}" {
					to = i
					break
				}
			}
			if from < 0 || to < 0 {
				t.Fatalf("after -fix, no func InitRegistry:\n%s", got)
			}
			if want := withEndings(strings.ReplaceAll(got, "\r\n", "\n"), from, to); got != want {
				t.Errorf("after -fix:\n%q\nwant:\n%q", got, want)
			}
		})
	}
}

// readText returns the content of file name.
func readText(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
