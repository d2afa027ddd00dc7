package driver

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// TestSourcePackages checks the choice behind -load=auto: a dependency
// is type-checked from source only when it is a fact source, imports one,
// directly or not, or has no export data; every other package comes from
// export data.
func TestSourcePackages(t *testing.T) {
	pkg := func(path string, imports ...*packages.Package) *packages.Package {
		p := &packages.Package{ID: path, PkgPath: path, ExportFile: path + ".a", Imports: make(map[string]*packages.Package)}
		for _, imp := range imports {
			p.Imports[imp.PkgPath] = imp
		}
		return p
	}
	// loaded returns the IDs of the packages loaded from source.
	loaded := func(roots []*packages.Package, sources ...*packages.Package) string {
		set := make(map[*packages.Package]bool)
		for _, p := range sources {
			set[p] = true
		}
		var ids []string
		for p, ok := range sourcePackages(roots, set) {
			if ok {
				ids = append(ids, p.ID)
			}
		}
		slices.Sort(ids)
		return strings.Join(ids, " ")
	}

	lib := pkg("example.com/dep/lib")
	other := pkg("example.com/dep/other")
	root := pkg("example.com/app", lib, other)
	if got, want := loaded([]*packages.Package{root}), "example.com/app"; got != want {
		t.Errorf("no fact source: source %q, want %q", got, want)
	}
	if got, want := loaded([]*packages.Package{root}, lib), "example.com/app example.com/dep/lib"; got != want {
		t.Errorf("a dependency that is a fact source: source %q, want %q", got, want)
	}

	reg := pkg("example.com/dep/reg")
	mid := pkg("example.com/dep/mid", reg, lib)
	root = pkg("example.com/app", mid, other)
	if got, want := loaded([]*packages.Package{root}, reg), "example.com/app example.com/dep/mid example.com/dep/reg"; got != want {
		t.Errorf("a dependency that imports a fact source: source %q, want %q", got, want)
	}

	// A fact source among the roots makes its importers (an xtest's
	// "q [p.test]") need source, but not plain dependencies.
	rootp := pkg("example.com/app/p", lib)
	q := pkg("example.com/app/q [example.com/app/p.test]", rootp)
	xtest := pkg("example.com/app/p_test [example.com/app/p.test]", q, rootp)
	if got, want := loaded([]*packages.Package{rootp, xtest}, rootp), "example.com/app/p example.com/app/p_test [example.com/app/p.test] example.com/app/q [example.com/app/p.test]"; got != want {
		t.Errorf("a test variant importing a root that is a fact source: source %q, want %q", got, want)
	}
	if got, want := loaded([]*packages.Package{rootp, xtest}), "example.com/app/p example.com/app/p_test [example.com/app/p.test]"; got != want {
		t.Errorf("a test variant importing a plain root: source %q, want %q", got, want)
	}

	// A package without export data (it did not compile) is loaded
	// from source, with its importers.
	broken := pkg("example.com/dep/broken")
	broken.ExportFile = ""
	user := pkg("example.com/dep/user", broken)
	root = pkg("example.com/app", user, lib)
	if got, want := loaded([]*packages.Package{root}), "example.com/app example.com/dep/broken example.com/dep/user"; got != want {
		t.Errorf("a dependency without export data: source %q, want %q", got, want)
	}
}

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

// TestFileScanner: a module-cache directory without the marker is
// remembered across runs (its files are not read again); one with the
// marker, and any directory outside the module cache, are read every
// time.
func TestFileScanner(t *testing.T) {
	root := t.TempDir()
	write := func(name, text string) string {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	modDir := filepath.Join(root, "mod", "example.com", "dep@v1.0.0")
	mod := &packages.Module{Path: "example.com/dep", Version: "v1.0.0", Dir: modDir}
	main := &packages.Module{Path: "example.com/app", Main: true, Dir: filepath.Join(root, "app")}
	clean := &packages.Package{ID: "clean", Module: mod, GoFiles: []string{write("mod/example.com/dep@v1.0.0/clean/a.go", "package clean\n")}}
	// The marker in a file of another build (a _test.go file, another
	// GOOS) keeps the directory out of the cache, but the package's
	// own files decide.
	write("mod/example.com/dep@v1.0.0/clean/a_test.go", "package clean\n// x registrylint: y\n")
	marked := &packages.Package{ID: "marked", Module: mod, GoFiles: []string{write("mod/example.com/dep@v1.0.0/marked/m.go", "package marked\n//registrylint:adapter\n")}}
	local := &packages.Package{ID: "local", Module: main, GoFiles: []string{write("app/local/l.go", "package local\n")}}
	pkgs := []*packages.Package{clean, marked, local}
	cache := filepath.Join(root, "cache")

	got := NewFileScanner("registrylint:", cache, "dirs").ContainsAll(pkgs)
	if got[clean] || !got[marked] || got[local] {
		t.Fatalf("first scan: %v, want only marked", got)
	}
	if _, err := os.Stat(filepath.Join(cache, "dirs")); err == nil {
		t.Fatalf("no directory was clean, but the cache was written")
	}

	os.Remove(filepath.Join(root, "mod/example.com/dep@v1.0.0/clean/a_test.go"))
	got = NewFileScanner("registrylint:", cache, "dirs").ContainsAll(pkgs)
	if got[clean] || !got[marked] || got[local] {
		t.Fatalf("second scan: %v, want only marked", got)
	}
	data, err := os.ReadFile(filepath.Join(cache, "dirs"))
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(modDir, "clean") + "\n"; string(data) != want {
		t.Fatalf("cache file %q, want %q", data, want)
	}

	// Remembered: the clean directory is not read again (a module-cache
	// directory never changes; here it does, to show it is not read).
	// The local package is read again, and now holds the marker.
	write("mod/example.com/dep@v1.0.0/clean/a.go", "package clean\n//registrylint:adapter\n")
	write("app/local/l.go", "package local\n//registrylint:adapter\n")
	got = NewFileScanner("registrylint:", cache, "dirs").ContainsAll(pkgs)
	if got[clean] || !got[marked] || !got[local] {
		t.Fatalf("third scan: %v, want marked and local", got)
	}
	// Without a cache, everything is read.
	got = NewFileScanner("registrylint:", "", "").ContainsAll(pkgs)
	if !got[clean] || !got[marked] || !got[local] {
		t.Fatalf("scan without cache: %v, want all three", got)
	}
}

// TestLoadMixed loads a module whose dependencies are a plain package, a
// package with a directive and one that imports it, and the standard
// library: the roots and the two fact carriers come from source, with
// function bodies and type information; the others come from export data
// and are not in the graph handed to the checker; a test variant of a
// carrier is loaded from source as well.
func TestLoadMixed(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	dir := writeModule(t, `
-- app/app.go --
package app

import (
	"fmt"
	"strings"

	"example.com/m/mid"
	"example.com/m/plain"
)

func init() { fmt.Println(strings.ToUpper(plain.Name), mid.New()) }
-- mid/mid.go --
package mid

import "example.com/m/reg"

type A struct{}

func (A) Name() string { return "a" }

func New() reg.I { return A{} }
-- reg/reg.go --
package reg

//registrylint:adapter
type I interface{ Name() string }
-- reg/internal_test.go --
package reg

type fake struct{}

func (fake) Name() string { return "fake" }
-- reg/reg_test.go --
package reg_test

import (
	"testing"

	"example.com/m/mid"
)

func TestName(t *testing.T) { _ = mid.New().Name() }
-- plain/plain.go --
package plain

const Name = "plain"
`)
	var stderr strings.Builder
	d := newDriver()
	d.FactSources = func(_ string, roots []*packages.Package) map[*packages.Package]bool {
		var pkgs []*packages.Package
		for p := range packages.Postorder(roots) {
			pkgs = append(pkgs, p)
		}
		return NewFileScanner("registrylint:", "", "").ContainsAll(pkgs)
	}
	r := &runner{d: d, opts: &options{load: "auto", tests: true}, dir: dir, stdout: io.Discard, stderr: &stderr}
	roots, err := r.loadMixed([]string{"./app", "./reg"})
	if err != nil {
		t.Fatalf("loadMixed: %v\n%s", err, stderr.String())
	}
	var graph []string
	for p := range packages.Postorder(roots) {
		if p.Types == nil || !p.Types.Complete() || p.TypesInfo == nil || len(p.Syntax) != len(p.CompiledGoFiles) {
			t.Errorf("%s: in the graph but not loaded from source", p.ID)
		}
		graph = append(graph, p.ID)
	}
	slices.Sort(graph)
	want := []string{
		"example.com/m/app",
		"example.com/m/mid",
		"example.com/m/mid [example.com/m/reg.test]",
		"example.com/m/reg",
		"example.com/m/reg [example.com/m/reg.test]",
		"example.com/m/reg.test",
		"example.com/m/reg_test [example.com/m/reg.test]",
	}
	if !slices.Equal(graph, want) {
		t.Errorf("packages loaded from source:\n%s\nwant:\n%s", strings.Join(graph, "\n"), strings.Join(want, "\n"))
	}
	// The roots still see complete types of their export-data imports.
	for _, p := range roots {
		for _, imp := range p.Types.Imports() {
			if !imp.Complete() {
				t.Errorf("%s: import %s has incomplete types", p.ID, imp.Path())
			}
		}
	}
	// mid's function bodies were type-checked (registrations live there).
	for p := range packages.Postorder(roots) {
		if p.ID == "example.com/m/mid" && len(p.TypesInfo.Uses) == 0 {
			t.Errorf("mid: no uses recorded; function bodies were skipped")
		}
	}
}
