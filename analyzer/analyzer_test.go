package analyzer_test

import (
	"path/filepath"
	"runtime"
	"testing"

	"github.com/registrylint/registrylint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// testdata returns the absolute path of the repository's top-level
// testdata directory (analysistest.TestData is relative to this package).
func testdata(t *testing.T) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	dir, err := filepath.Abs(filepath.Join(filepath.Dir(file), "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestBasic(t *testing.T) {
	dir := testdata(t)
	analysistest.Run(t, dir, analyzer.New(nil), "basic/...")
}

func TestDispatch(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(nil), "dispatch/...")
}

func TestNaming(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(nil), "naming/...")
}

func TestConfigOnly(t *testing.T) {
	cfg, err := analyzer.ParseConfig([]byte(`
registries:
  - adapter: cfgonly/lib.Plugin
    init: cfgonly/app.Setup
    register: ["(*cfgonly/lib.Set).Add"]
    exclude: ["*Mock*"]
  - adapter: cfgonly/ghost.Missing
    init: cfgonly/ghost.Nope
`))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata(t), analyzer.New(cfg), "cfgonly/...")
}

// TestIncludeTests applies the rules to _test.go files; without it they
// are exempt (the tests/ fixture's wants would then be unmatched, which
// TestTestsExempt checks).
func TestIncludeTests(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(&analyzer.Config{IncludeTests: true}), "tests/...")
}

func TestTestsExempt(t *testing.T) {
	results := analysistest.Run(new(testing.T), testdata(t), analyzer.New(nil), "tests/...")
	if len(results) == 0 {
		t.Fatal("the tests/ fixture did not load")
	}
	for _, r := range results {
		if r.Err != nil {
			t.Errorf("%s: %v", r.Pass.Pkg.Path(), r.Err)
		}
		for _, d := range r.Diagnostics {
			t.Errorf("unexpected finding in a test file without include-tests: %s: %s", r.Pass.Fset.Position(d.Pos), d.Message)
		}
	}
}

func TestPolicySelf(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(nil), "self/...")
}

// TestLocalVariables follows registrations through local variables.
func TestLocalVariables(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(nil), "localvars/...")
}

// TestVersionedPaths names types by their package's name, not the last
// element of a versioned import path.
func TestVersionedPaths(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(nil), "versioned/...")
}

// TestMultipleInit: a second init function of a registry, in the same
// package or in one that imports the first, is multiple-init; one
// suppressed for a program that builds two registries is not.
func TestMultipleInit(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(nil), "multiinit/...")
}
