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

// TestShapeFixDeleteLastElement: deleting a duplicate that is the last
// element of a multi-line literal must delete its whole line, trailing
// comment included, like the middle-element and statement cases.
func TestShapeFixDeleteLastElement(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.New(nil), "fixduplast/...")
	checkGoldens(t, "fixduplast")
}

// TestShapeFixes checks the suggested fixes against the .golden files next
// to the fixture files: (a) call registrations in the init function, with
// New()/NewX() constructors, &T{} and T{}; (b) a map literal keyed by the
// adapter's constant name; (c) an adapter whose package the init file does
// not import yet; (d) duplicate registrations deleted. Beyond what
// RunWithSuggestedFixes compares (both sides formatted), every golden must
// be gofmt-clean and the fixture must compile with the goldens in place.
func TestShapeFixes(t *testing.T) {
	for _, c := range []string{"fixcall", "fixmap", "fixcross", "fixdup"} {
		t.Run(c, func(t *testing.T) {
			results := analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.New(nil), c+"/...")
			checkGoldens(t, c)
			checkRawFixes(t, results)
		})
	}
}

// checkGoldens checks that every .golden file of the case is gofmt-clean
// and that the case's packages type-check with each file replaced by its
// golden.
func checkGoldens(t *testing.T, dir string) {
	t.Helper()
	root := filepath.Join(testdata(t), "src", dir)
	overlay := make(map[string][]byte)
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
	if len(overlay) == 0 {
		t.Fatalf("no .golden files under %s", root)
	}
	if errs := typecheck(t, dir, overlay); len(errs) > 0 {
		t.Errorf("the fixture does not compile with its goldens:\n%s", strings.Join(errs, "\n"))
	}
}

// typecheck loads the case's packages with overlay (file name to content)
// and returns their errors.
func typecheck(t *testing.T, dir string, overlay map[string][]byte) []string {
	t.Helper()
	cfg := &packages.Config{
		Mode:    packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo,
		Dir:     filepath.Join(testdata(t), "src"),
		Env:     append(os.Environ(), "GOPATH="+testdata(t), "GO111MODULE=off", "GOWORK=off"),
		Overlay: overlay,
	}
	pkgs, err := packages.Load(cfg, dir+"/...")
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

// TestShapeFixFactoryMap: in a map of factories, the missing adapter's
// entry must be a function of the factory type. defaultbinder.New has that
// type (it returns the adapter through the interface, with an error), so
// the entry is "DefaultBinder": defaultbinder.New, and the import is added.
func TestShapeFixFactoryMap(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.New(nil), "fixfactory/...")
	checkGoldens(t, "fixfactory")
	checkRawFixes(t, results)
}

// TestShapeFixesCompile: whatever fix the analyzer offers for the sched
// and collect fixtures (factory maps with (Plugin, error) factories, a
// keyed register function Register(name, factory)) must compile; offering
// none is acceptable.
func TestShapeFixesCompile(t *testing.T) {
	for _, c := range []string{"sched", "collect"} {
		t.Run(c, func(t *testing.T) {
			results := analysistest.Run(t, testdata(t), analyzer.New(nil), c+"/...")
			fixed := applyFixes(t, results)
			if len(fixed) == 0 {
				return
			}
			if errs := typecheck(t, c, fixed); len(errs) > 0 {
				for name, src := range fixed {
					t.Logf("%s after the fixes:\n%s", name, src)
				}
				t.Errorf("the suggested fixes do not compile:\n%s", strings.Join(errs, "\n"))
			}
		})
	}
}

// TestGenericWrapperConcrete: a generic factory wrapper whose type
// argument is inferred as a concrete adapter (*B) resolves to it; one
// whose argument cannot be followed stays unresolved.
func TestGenericWrapperConcrete(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(nil), "genwrap/...")
}

// TestHelperClosure: a non-test helper whose parameter flows into
// Register through a returned closure is plumbing, not a registration;
// a call of it outside the init function is outside-init, one in a test
// is exempt.
func TestHelperClosure(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(nil), "helperclosure/...")
}

// TestFixSafety: fixes delete exactly the registration (a one-line
// closure keeps its other statement), insert after the last plain
// registration (never into a loop or condition; no fix, said in the
// message, when there is none), leave trailing comments on their lines,
// and import where goimports would (reusing a blank import).
func TestFixSafety(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.New(nil), "fixsafe/...")
	checkGoldens(t, "fixsafe")
	checkRawFixes(t, results)
}
