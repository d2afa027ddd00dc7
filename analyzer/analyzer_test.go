package analyzer_test

import (
	"path/filepath"
	"runtime"
	"slices"
	"strings"
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

// fixtures are the analysistest fixtures of the default configuration
// (directives only), each a tree under testdata/src, and what each covers.
// TestFixtures checks them in one run, so that the standard-library
// packages they import are loaded from source once rather than once per
// fixture (most of the test time).
var fixtures = []struct{ pattern, covers string }{
	{"basic/...", "every rule on a small TTS registry: unregistered, outside-init, name-switch, hardcoded-list, duplicates, dynamic names, suppressions, look-alikes"},
	{"dispatch/...", "name-switch and hardcoded-list: switches, if/else-if chains and maps on adapter names or types, and what is not dispatch"},
	{"naming/...", "adapter names: constants, methods on bases, dynamic names"},
	{"self/...", "policy self: registration in the adapter package's own init()"},
	{"localvars/...", "registrations followed through local variables"},
	{"versioned/...", "types named by their package's name, not the last element of a versioned import path"},
	{"multiinit/...", "multiple-init: a second init function in the same package or in one that imports the first; one suppressed for a program that builds two registries"},
	{"sched/...", "a scheduler-style framework: a map of factories built in one init function, factories wrapped by a generic adapter; one plugin forgotten, one registered twice"},
	{"collect/...", "factories returning (Collector, error) registered by a keyed register function found by convention; one factory returns two adapters from two return statements"},
	{"unresolved/...", "registrations of interface-typed parameters, fields and variables are unresolved-registration and do not hide the adapter no resolved registration covers"},
	{"genwrap/...", "a generic factory wrapper whose type argument is inferred as a concrete adapter resolves to it; one whose argument cannot be followed stays unresolved"},
	{"selfnames/...", "policy self: a collector without a name method is named by the constant its self-registration passes (node_exporter's registerCollector(\"cpu\", ...)); two under one name are a duplicate-name"},
	{"helperclosure/...", "a helper whose parameter flows into Register through a returned closure is plumbing; a call of it outside the init function is outside-init, one in a test is exempt"},
}

func TestFixtures(t *testing.T) {
	var patterns []string
	for _, f := range fixtures {
		patterns = append(patterns, f.pattern)
	}
	results := analysistest.Run(t, testdata(t), analyzer.New(nil), patterns...)
	// Every fixture loaded (a mistyped pattern would match nothing).
	for _, f := range fixtures {
		prefix := strings.TrimSuffix(f.pattern, "...")
		if !slices.ContainsFunc(results, func(r *analysistest.Result) bool {
			return strings.HasPrefix(r.Pass.Pkg.Path()+"/", prefix)
		}) {
			t.Errorf("fixture %s loaded no package", f.pattern)
		}
	}
}

// selfPreciseConfig declares the registry of the selfprecise fixture.
const selfPreciseConfig = `
registries:
  - adapter: selfprecise/sinks.Sink
    policy: self
    exclude: ["*Mock*"]
`

// TestSelfPrecise: policy self by configuration, with exclude: an
// adapter package without a func init() is reported at its type; an
// excluded type's registration outside func init() is not outside-init
// (exclude silences every rule for it), a real adapter's still is.
func TestSelfPrecise(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(parseConfig(t, selfPreciseConfig)), "selfprecise/...")
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

// TestConfigVarInit: config init: names a package-level variable holding
// the list (no directive in the code).
func TestConfigVarInit(t *testing.T) {
	cfg, err := analyzer.ParseConfig([]byte(`
registries:
  - adapter: cfgvar/lib.Codec
    init: cfgvar/app.codecs
`))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata(t), analyzer.New(cfg), "cfgvar/...")
}

// cfgpkgsConfig declares a registry whose codecs never import its
// package, found where packages: says they live.
const cfgpkgsConfig = `
registries:
  - adapter: cfgpkgs/conf.Codec
    register: ["(*cfgpkgs/conf.Registry).RegisterCodec"]
    packages: ["cfgpkgs/conf/encoding/..."]
`

// TestConfigPackages: the implementers in the packages that packages:
// names are adapters even where they do not import the interface's
// package (a consumer-defined interface): the switch constructing two of
// them is name-switch.
func TestConfigPackages(t *testing.T) {
	cfg, err := analyzer.ParseConfig([]byte(cfgpkgsConfig))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata(t), analyzer.New(cfg), "cfgpkgs/...")
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
