package driver

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// TestDefaultFactSources: without a FactSources hook, every package is a
// fact source when an analyzer (or one it requires) uses facts, and none
// otherwise.
func TestDefaultFactSources(t *testing.T) {
	dep := &packages.Package{ID: "dep", PkgPath: "dep"}
	root := &packages.Package{ID: "root", PkgPath: "root", Imports: map[string]*packages.Package{"dep": dep}}
	d := newDriver()
	if got := d.factSources("", []*packages.Package{root}); got[root] || got[dep] {
		t.Errorf("fact-free analyzer: fact sources %v, want none", got)
	}
	withFacts := &analysis.Analyzer{Name: "facts", Doc: "facts", Run: func(*analysis.Pass) (any, error) { return nil, nil },
		FactTypes: []analysis.Fact{new(testFact)}}
	d.Analyzers[0].Requires = []*analysis.Analyzer{withFacts}
	if got := d.factSources("", []*packages.Package{root}); !got[root] || !got[dep] {
		t.Errorf("an analyzer that requires one with facts: fact sources %v, want every package", got)
	}
}

// testFact is a fact type for TestDefaultFactSources.
type testFact struct{}

func (*testFact) AFact() {}
