package analyzer

import (
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestInsertionPlanOncePerInit guards the cost of the unregistered rule:
// what a finding and its fix need of an init function (the registration
// to imitate, the insertion point) is computed once per init function and
// registry, not once per finding (it was, twice per finding, each an
// O(registrations) walk: cubic in the size of a registry). The fixture's
// init functions have two and one unregistered adapters. A probe analyzer
// that runs after the rules keeps their summary, which holds the model, as its result
// (the checker drops the results of analyzers that are not roots).
func TestInsertionPlanOncePerInit(t *testing.T) {
	rules := New(nil)
	probe := &analysis.Analyzer{
		Name:       "probe",
		Doc:        "keeps the rules' summary, which holds the package's model",
		Requires:   []*analysis.Analyzer{rules},
		ResultType: reflect.TypeFor[*Summary](),
		Run:        func(pass *analysis.Pass) (any, error) { return pass.ResultOf[rules], nil },
	}
	// The fixture's // want comments are for the rules (TestShapeFixes
	// checks them); the probe reports nothing.
	results := analysistest.Run(ignoreWants{}, testdataDir(t), probe, "fixconverge/...")
	if len(results) != 2 {
		t.Fatalf("%d packages analyzed, want 2", len(results))
	}
	for _, res := range results {
		s, ok := res.Action.Result.(*Summary)
		if !ok || len(s.inits) == 0 || s.inits[0].m == nil {
			t.Fatalf("%s: no model: %v", res.Action.Package, res.Action.Err)
		}
		unregistered := 0
		for _, dep := range res.Action.Deps {
			if dep.Analyzer == rules {
				for _, d := range dep.Diagnostics {
					if d.Category == RuleUnregistered {
						unregistered++
					}
				}
			}
		}
		m := s.inits[0].m
		if unregistered == 0 || m.PlansBuilt() != 1 {
			t.Errorf("%s: %d unregistered findings, %d insertion plans computed; want findings and one plan (one init function, one registry)",
				res.Action.Package, unregistered, m.PlansBuilt())
		}
	}
}

// ignoreWants is an analysistest.Testing that ignores the fixture's
// expectations.
type ignoreWants struct{}

func (ignoreWants) Errorf(string, ...any) {}

// testdataDir returns the repository's top-level testdata directory.
func testdataDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}
