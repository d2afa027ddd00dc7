package analyzer

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestRuleDocsMatchREADME keeps the embedded rule documentation (SARIF
// help) and the README's rule reference identical: edit one, copy it to
// the other.
func TestRuleDocsMatchREADME(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	for _, id := range RuleIDs() {
		doc := RuleDoc(id)
		if doc == "" {
			t.Errorf("rule %s has no ruledocs/%s.md", id, id)
			continue
		}
		m := regexp.MustCompile(`(?ms)^### ` + regexp.QuoteMeta(id) + `\n\n(.*?)\n^#{2,3} `).FindStringSubmatch(readme)
		if m == nil {
			t.Errorf("README has no section ### %s", id)
			continue
		}
		if got := strings.TrimSpace(m[1]) + "\n"; got != doc {
			t.Errorf("README section %s differs from analyzer/ruledocs/%s.md; copy one to the other", id, id)
		}
		if d := RuleDescription(id); d == "" || strings.ContainsAny(d, "`[\n") {
			t.Errorf("RuleDescription(%s) = %q, want one line of plain text", id, d)
		}
	}
}
