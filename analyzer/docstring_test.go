package analyzer

import (
	"strings"
	"testing"

	"github.com/registrylint/registrylint/internal/rules"
)

func TestAnalyzerDoc(t *testing.T) {
	d := analyzerDoc(doc)
	if !strings.HasPrefix(d, "registrylint: enforce") || !strings.Contains(d, "bad-directive") {
		t.Errorf("analyzer doc not extracted from doc.go:\n%s", d)
	}
	for _, id := range rules.IDs() {
		if !strings.Contains(d, "  - "+id+": ") {
			t.Errorf("analyzer doc does not list rule %s", id)
		}
	}
}
