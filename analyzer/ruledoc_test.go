package analyzer

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestRuleDocsMatchREADME keeps the embedded rule documentation (SARIF
// help) and the rule reference, docs/rules.md, identical: edit one, copy
// it to the other.
func TestRuleDocsMatchREADME(t *testing.T) {
	data, err := os.ReadFile("../docs/rules.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	for _, r := range Rules() {
		id, doc := r.ID, r.Doc
		if doc == "" {
			t.Errorf("rule %s has no ruledocs/%s.md", id, id)
			continue
		}
		m := regexp.MustCompile(`(?ms)^### ` + regexp.QuoteMeta(id) + `\n\n(.*?)(?:\n^#{2,3} |\z)`).FindStringSubmatch(readme)
		if m == nil {
			t.Errorf("docs/rules.md has no section ### %s", id)
			continue
		}
		if got := strings.TrimSpace(m[1]) + "\n"; got != doc {
			t.Errorf("docs/rules.md section %s differs from analyzer/ruledocs/%s.md; copy one to the other", id, id)
		}
		if d := r.Description(); d == "" || strings.ContainsAny(d, "`[\n") {
			t.Errorf("rule %s: Description() = %q, want one line of plain text", id, d)
		}
	}
}
