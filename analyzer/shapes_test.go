package analyzer_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/registrylint/registrylint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestShapeSched: a scheduler-style framework whose registry is a map of
// factories built in one init function, with factories wrapped by a generic
// adapter. One plugin is forgotten, one is registered twice.
func TestShapeSched(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(nil), "sched/...")
}

// backendConfig declares the registry of the backend fixture, which has no
// directives (a stand-in for third-party code).
const backendConfig = `
registries:
  - adapter: backend.Backend
    init: backend/registry.Init
    exclude: ["*Mock*"]
`

func parseConfig(t *testing.T, yaml string) *analyzer.Config {
	t.Helper()
	cfg, err := analyzer.ParseConfig([]byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// TestShapeBackendConfig: roles by configuration only, a map of factory
// literals assigned to a package variable in the init function, and a mock
// in a non-test file kept out by exclude.
func TestShapeBackendConfig(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(parseConfig(t, backendConfig)), "backend/...")
}

// recorder collects what analysistest would report, for tests that expect
// findings beyond the fixture's // want comments.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// TestShapeBackendNoExclude: the same fixture without exclude reports the
// mock as unregistered, and nothing else changes.
func TestShapeBackendNoExclude(t *testing.T) {
	cfg := parseConfig(t, strings.Replace(backendConfig, `exclude: ["*Mock*"]`, ``, 1))
	rec := new(recorder)
	analysistest.Run(rec, testdata(t), analyzer.New(cfg), "backend/...")
	want := regexp.MustCompile(`^backend/registry/registry\.go:\d+:6: unexpected diagnostic: adapter \*backend\.MockBackend \(backend/testing\.go:\d+\) implements backend\.Backend but is not registered in Init; `)
	if len(rec.errs) != 1 || !want.MatchString(rec.errs[0]) {
		t.Errorf("want exactly one extra finding, unregistered *backend.MockBackend at Init; got %d:\n%s", len(rec.errs), strings.Join(rec.errs, "\n"))
	}
}

// TestShapeCollect: factories returning (Collector, error) registered by a
// keyed register function found by convention; one factory returns two
// different adapters from two return statements, and both are registered.
func TestShapeCollect(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(nil), "collect/...")
}

// TestShapeUnresolved: registrations of interface-typed parameters, fields
// and variables are unresolved-registration, and do not hide the adapter
// that no resolved registration covers.
func TestShapeUnresolved(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(nil), "unresolved/...")
}
