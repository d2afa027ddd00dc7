package analyzer

import (
	"flag"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/registrylint/registrylint/internal/rules"
)

var update = flag.Bool("update", false, "rewrite the rule lists of doc.go, ../docs/rules.md and ../README.md from the rule table")

// updateHint says how to regenerate the files that the rule table feeds.
const updateHint = "go test ./analyzer -run TestRuleDocs -update"

// TestRuleDocs keeps every copy of the rule table generated from it: the
// rule list of the package documentation (and so of -help), the rule
// sections of docs/rules.md and the rule table of the README. A file that
// differs (edited by hand, or a rule changed in internal/rules)
// fails the test; -update rewrites it.
func TestRuleDocs(t *testing.T) {
	for _, g := range []struct {
		file string
		gen  func(old string) (string, error)
	}{
		{"doc.go", genDocGo},
		{"../docs/rules.md", genRulesMarkdown},
		{"../README.md", genREADME},
	} {
		data, err := os.ReadFile(g.file)
		if err != nil {
			t.Fatal(err)
		}
		got := string(data)
		want, err := g.gen(got)
		if err != nil {
			t.Errorf("%s: %v", g.file, err)
			continue
		}
		if got == want {
			continue
		}
		if *update {
			if err := os.WriteFile(g.file, []byte(want), 0o666); err != nil {
				t.Fatal(err)
			}
			t.Logf("updated %s", g.file)
			continue
		}
		t.Errorf("%s is generated from the rule table and differs from it, %s; edit the table in internal/rules/rules.go or internal/rules/ruledocs/ID.md instead, then run %s",
			g.file, firstDiff(got, want), updateHint)
	}
}

// TestRuleTable checks what the generated documents and SARIF rely on: a
// Doc for every rule and a rule for every Doc, one-line summaries and
// descriptions.
func TestRuleTable(t *testing.T) {
	seen := make(map[string]bool)
	for _, r := range Rules() {
		if seen[r.ID] {
			t.Errorf("rule %s listed twice", r.ID)
		}
		seen[r.ID] = true
		if r.Doc == "" {
			t.Errorf("rule %s has no ruledocs/%s.md", r.ID, r.ID)
		} else if !strings.HasSuffix(r.Doc, "\n") || strings.HasSuffix(r.Doc, "\n\n") || strings.HasPrefix(r.Doc, "#") {
			t.Errorf("ruledocs/%s.md must be paragraphs without a heading, ending in one newline", r.ID)
		}
		if s := r.Summary; s == "" || strings.ContainsAny(s, "\n|") || strings.HasSuffix(s, ".") || !unicode.IsLower([]rune(s)[0]) {
			t.Errorf("rule %s: Summary = %q, want one lower-case line without a trailing period", r.ID, s)
		}
		if d := r.Description(); d == "" || strings.ContainsAny(d, "`[\n") {
			t.Errorf("rule %s: Description() = %q, want one line of plain text", r.ID, d)
		}
		if r.URL != rules.URL(r.ID) || !strings.HasSuffix(r.URL, "docs/rules.md#"+r.ID) {
			t.Errorf("rule %s: URL = %q", r.ID, r.URL)
		}
	}
	files, err := filepath.Glob("../internal/rules/ruledocs/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if id := strings.TrimSuffix(path.Base(f), ".md"); !seen[id] {
			t.Errorf("%s documents no rule of the table", f)
		}
	}
}

// Markers around the generated part of a Markdown file.
const (
	beginMarker = "<!-- BEGIN rules: generated from internal/rules (rules.go, ruledocs/) by " + updateHint + "; DO NOT EDIT. -->\n"
	endMarker   = "<!-- END rules -->\n"
)

// genRulesMarkdown returns docs/rules.md, old, with its rule sections
// regenerated: one "### ID" section per rule, its Doc.
func genRulesMarkdown(old string) (string, error) {
	var b strings.Builder
	for i, r := range Rules() {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "### %s\n\n%s", r.ID, r.Doc)
	}
	return replaceMarked(old, b.String())
}

// genREADME returns README.md, old, with its rule table regenerated: each
// rule's ID, linking to its section of docs/rules.md, and its Summary.
func genREADME(old string) (string, error) {
	var b strings.Builder
	b.WriteString("| rule | reports |\n|---|---|\n")
	for _, r := range Rules() {
		fmt.Fprintf(&b, "| [`%s`](docs/rules.md#%s) | %s |\n", r.ID, r.ID, r.Summary)
	}
	return replaceMarked(old, b.String())
}

// replaceMarked replaces the text between the marker lines of old by body,
// set off by blank lines.
func replaceMarked(old, body string) (string, error) {
	i := strings.Index(old, beginMarker)
	j := strings.Index(old, endMarker)
	if i < 0 || j < i {
		return "", fmt.Errorf("no generated section: want the lines\n%s%s", beginMarker, endMarker)
	}
	return old[:i+len(beginMarker)] + "\n" + body + "\n" + old[j:], nil
}

// genDocGo returns doc.go, old, with the rule list of the package
// documentation (the first list in it: "//   - ID: Summary" items, their
// continuation lines indented) regenerated.
func genDocGo(old string) (string, error) {
	lines := strings.SplitAfter(old, "\n")
	start, end := -1, -1
	for i, line := range lines {
		if start < 0 {
			if strings.HasPrefix(line, "//   - ") {
				start = i
			}
			continue
		}
		if !strings.HasPrefix(line, "//   - ") && !strings.HasPrefix(line, "//     ") {
			end = i
			break
		}
	}
	if start < 0 || end < 0 {
		return "", fmt.Errorf(`no rule list ("//   - ID: summary" lines) in the package documentation`)
	}
	var list []string
	for _, r := range Rules() {
		list = append(list, wrap("//   - ", "//     ", r.ID+": "+r.Summary, 76)...)
	}
	return strings.Join(lines[:start], "") + strings.Join(list, "") + strings.Join(lines[end:], ""), nil
}

// wrap breaks text into lines of at most width bytes where it can, the
// first with prefix first, the others with prefix rest.
func wrap(first, rest, text string, width int) []string {
	var lines []string
	line := first
	for _, w := range strings.Fields(text) {
		if line != first && line != rest && len(line)+1+len(w) > width {
			lines = append(lines, line+"\n")
			line = rest
		}
		if line != first && line != rest {
			line += " "
		}
		line += w
	}
	return append(lines, line+"\n")
}

// firstDiff describes the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; ; i++ {
		switch {
		case i >= len(g):
			return fmt.Sprintf("line %d: missing %q", i+1, w[i])
		case i >= len(w):
			return fmt.Sprintf("line %d: unexpected %q", i+1, g[i])
		case g[i] != w[i]:
			return fmt.Sprintf("line %d: have %q, want %q", i+1, g[i], w[i])
		}
	}
}
