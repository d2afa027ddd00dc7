package analyzer_test

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/registrylint/registrylint/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"
)

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

// fixCases are the fixtures whose suggested fixes are compared with the
// .golden files next to their files, and what each covers.
var fixCases = []struct{ dir, covers string }{
	{"fixcall", "call registrations in the init function, with New()/NewX() constructors, &T{} and T{}"},
	{"fixmap", "a map literal keyed by the adapter's constant name"},
	{"fixcross", "an adapter whose package the init file does not import yet"},
	{"fixdup", "duplicate registrations deleted"},
	{"fixduplast", "deleting a duplicate that is the last element of a multi-line literal deletes its whole line, trailing comment included"},
	{"fixfactory", "in a map of factories, the missing entry is a function of the factory type (defaultbinder.New returns the adapter through the interface, with an error), and the import is added"},
	{"fixconverge", "one run does every fix it offers: an unregistered adapter is inserted after the last registration that no fix deletes, never after a duplicate that another fix deletes (register calls; a literal whose last element is the duplicate)"},
	{"fixwrap", "kubernetes' FactoryAdapter: an adapter whose factory needs the feature gates gets the entry wrapped as its neighbour is (the registry's own factory type does not fit it), keyed by its name constant"},
	{"fixself", "policy self, node_exporter's registerCollector(name, enabled, factory): a func init() after the forgotten collector's type, registering it as its siblings register themselves, its name derived as theirs are (loadavg for loadavgCollector, disk for diskCollector)"},
	{"genfactory", "backends that are values of one generic factory type (storage.NewFactory[C, B] returning the interface, storage.Typed returning the instance): each instantiation is its own registration, only the identical one is a duplicate and deleted; the forgotten non-generic backend is inserted with its import"},
	{"pkgvar", "a package-level variable holding the list is the init function (//registrylint:init in its doc comment): the forgotten sink is unregistered at the variable and its entry inserted in the form of its siblings' function literals; another package-level list is hardcoded-list; registrations of package-level variables resolve through their initializers, across packages; one that cannot be resolved keeps the fix from registering an adapter it may hold"},
	{"consumer", "an interface defined by its consumer (server.Sink), which its adapters never import: the implementer beside the registered sinks (sink/kafka beside sink/file) is unregistered and its entry inserted; a type that implements it only through an embedded adapter, a test double's package, a look-alike elsewhere and the package itself are not searched; a registered type with fields of the interface (tee) is an adapter"},
	{"fixwrapped", "policy self, Caddy's config adapters: a wrapper type that a function registers once per adapter name (not in a func init()) gets no func init() registering a zero value of it (a module with an empty name), the message says where it is registered; a forgotten module beside it is fixed"},
	{"fixwrappedcentral", "the same under policy central: a wrapper that a registry method registers per adapter name gets no second registration of a zero value in the init function; a forgotten module beside it is fixed"},
	{"fixsafe", "fixes delete exactly the registration (a one-line closure keeps its other statement), insert after the last plain registration (never into a loop or condition; no fix, said in the message, when there is none), leave trailing comments on their lines, import where goimports would (reusing a blank import), and add no second registration of an adapter registered outside the init function"},
}

// TestShapeFixes checks the fixes of every fixCases fixture, in one run
// (one load of the standard library): beyond what RunWithSuggestedFixes
// compares (both sides formatted), every golden must be gofmt-clean and
// the fixtures must compile with the goldens in place.
func TestShapeFixes(t *testing.T) {
	var patterns, dirs []string
	for _, c := range fixCases {
		patterns = append(patterns, c.dir+"/...")
		dirs = append(dirs, c.dir)
	}
	results := analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.New(nil), patterns...)
	checkGoldens(t, dirs...)
	checkRawFixes(t, results)
}

// checkGoldens checks that every .golden file of the cases dirs is
// gofmt-clean, that each case has one, and that the cases' packages
// type-check with each file replaced by its golden.
func checkGoldens(t *testing.T, dirs ...string) {
	t.Helper()
	overlay := make(map[string][]byte)
	for _, dir := range dirs {
		root := filepath.Join(testdata(t), "src", dir)
		n := len(overlay)
		err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go.golden") {
				return err
			}
			golden, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if formatted, err := format.Source(golden); err != nil {
				t.Errorf("%s does not parse: %v", path, err)
			} else if !bytes.Equal(formatted, golden) {
				t.Errorf("%s is not gofmt-clean", path)
			}
			overlay[strings.TrimSuffix(path, ".golden")] = golden
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(overlay) == n {
			t.Errorf("no .golden files under %s", root)
		}
	}
	if errs := typecheck(t, dirs, overlay); len(errs) > 0 {
		t.Errorf("the fixtures do not compile with their goldens:\n%s", strings.Join(errs, "\n"))
	}
}

// typecheck loads the packages of the cases dirs with overlay (file name
// to content) and returns their errors.
func typecheck(t *testing.T, dirs []string, overlay map[string][]byte) []string {
	t.Helper()
	cfg := &packages.Config{
		Mode:    packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo,
		Dir:     filepath.Join(testdata(t), "src"),
		Env:     append(os.Environ(), "GOPATH="+testdata(t), "GO111MODULE=off", "GOWORK=off"),
		Overlay: overlay,
	}
	var patterns []string
	for _, dir := range dirs {
		patterns = append(patterns, dir+"/...")
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	var errs []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			errs = append(errs, e.Error())
		}
	})
	sort.Strings(errs)
	return errs
}

// checkRawFixes logs the files whose fixed content, with the fixes' edits
// applied as they are (without the formatting that RunWithSuggestedFixes
// and the drivers do afterwards), differs from the golden: not gofmt-clean
// as emitted, which is fine for drivers that format and visible to those
// that do not.
func checkRawFixes(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	for name, fixed := range applyFixes(t, results) {
		golden, err := os.ReadFile(name + ".golden")
		if err != nil {
			continue // reported by RunWithSuggestedFixes
		}
		if !bytes.Equal(fixed, golden) {
			t.Logf("%s: the raw fixed file is not gofmt-clean (it matches the golden only after formatting):\n%s", filepath.Base(name), fixed)
		}
	}
}

// applyFixes applies every suggested fix of the results to the files as
// they are; insertions at one offset go in the order of their fixes'
// messages (as in RunWithSuggestedFixes), identical edits once.
func applyFixes(t *testing.T, results []*analysistest.Result) map[string][]byte {
	t.Helper()
	type edit struct {
		msg string
		analysis.TextEdit
	}
	out := make(map[string][]byte)
	for _, res := range results {
		byFile := make(map[string][]edit)
		for _, d := range res.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				for _, e := range fix.TextEdits {
					name := res.Pass.Fset.File(e.Pos).Name()
					byFile[name] = append(byFile[name], edit{fix.Message, e})
				}
			}
		}
		for name, edits := range byFile {
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			file := res.Pass.Fset.File(edits[0].Pos)
			sort.SliceStable(edits, func(i, j int) bool {
				if edits[i].Pos != edits[j].Pos {
					return edits[i].Pos < edits[j].Pos
				}
				return edits[i].msg < edits[j].msg
			})
			var buf bytes.Buffer
			last := 0
			for i, e := range edits {
				if i > 0 && edits[i-1].Pos == e.Pos && edits[i-1].End == e.End && bytes.Equal(edits[i-1].NewText, e.NewText) {
					continue
				}
				start, end := file.Offset(e.Pos), file.Offset(e.End)
				if start < last {
					t.Errorf("%s: overlapping edits", name)
					break
				}
				buf.Write(src[last:start])
				buf.Write(e.NewText)
				last = end
			}
			buf.Write(src[last:])
			out[name] = buf.Bytes()
		}
	}
	return out
}

// TestShapeFixesCompile: whatever fix the analyzer offers for the sched
// and collect fixtures (factory maps with (Plugin, error) factories, a
// keyed register function Register(name, factory)) must compile; offering
// none is acceptable.
func TestShapeFixesCompile(t *testing.T) {
	cases := []string{"sched", "collect"}
	results := analysistest.Run(t, testdata(t), analyzer.New(nil), "sched/...", "collect/...")
	fixed := applyFixes(t, results)
	if len(fixed) == 0 {
		return
	}
	if errs := typecheck(t, cases, fixed); len(errs) > 0 {
		for name, src := range fixed {
			t.Logf("%s after the fixes:\n%s", name, src)
		}
		t.Errorf("the suggested fixes do not compile:\n%s", strings.Join(errs, "\n"))
	}
}
