package driver

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestSourcePackages checks the choice behind -load=auto: a dependency
// is type-checked from source only when it declares a role (a directive
// in its files, or its path in a configuration file), imports, directly
// or not, a package that does, or has no export data; every other
// package comes from export data.
func TestSourcePackages(t *testing.T) {
	dir := t.TempDir()
	file := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	plain := file("plain.go", "package plain\n")
	role := file("role.go", "package role\n\n//registrylint:adapter\ntype I interface{ Name() string }\n")
	mod := &packages.Module{Path: "example.com/dep", Version: "v1.0.0"}
	pkg := func(path string, files []string, imports ...*packages.Package) *packages.Package {
		p := &packages.Package{ID: path, PkgPath: path, GoFiles: files, Module: mod, ExportFile: path + ".a", Imports: make(map[string]*packages.Package)}
		for _, imp := range imports {
			p.Imports[imp.PkgPath] = imp
		}
		return p
	}
	// loaded returns the paths of the packages loaded from source.
	loaded := func(roots []*packages.Package, config string) string {
		var paths []string
		for p, ok := range sourcePackages(roots, []byte(config)) {
			if ok {
				paths = append(paths, p.ID)
			}
		}
		slices.Sort(paths)
		return strings.Join(paths, " ")
	}

	lib := pkg("example.com/dep/lib", []string{plain})
	other := pkg("example.com/dep/other", []string{plain})
	root := pkg("example.com/app", []string{plain}, lib, other)
	if got, want := loaded([]*packages.Package{root}, ""), "example.com/app"; got != want {
		t.Errorf("plain dependencies: source %q, want %q", got, want)
	}
	config := "registries:\n  - adapter: example.com/dep/lib.Plugin\n"
	if got, want := loaded([]*packages.Package{root}, config), "example.com/app example.com/dep/lib"; got != want {
		t.Errorf("a dependency named in the config: source %q, want %q", got, want)
	}

	reg := pkg("example.com/dep/reg", []string{role})
	mid := pkg("example.com/dep/mid", []string{plain}, reg, lib)
	root = pkg("example.com/app", []string{plain}, mid, other)
	if got, want := loaded([]*packages.Package{root}, ""), "example.com/app example.com/dep/mid example.com/dep/reg"; got != want {
		t.Errorf("a dependency that imports one with a directive: source %q, want %q", got, want)
	}

	// A role in a root makes its importers (an xtest's "q [p.test]")
	// need source, but not plain dependencies.
	rootp := pkg("example.com/app/p", []string{role}, lib)
	q := pkg("example.com/app/q [example.com/app/p.test]", []string{plain}, rootp)
	xtest := pkg("example.com/app/p_test [example.com/app/p.test]", []string{plain}, q, rootp)
	if got, want := loaded([]*packages.Package{rootp, xtest}, ""), "example.com/app/p example.com/app/p_test [example.com/app/p.test] example.com/app/q [example.com/app/p.test]"; got != want {
		t.Errorf("a test variant importing a root with a directive: source %q, want %q", got, want)
	}

	// A package without export data (it did not compile) is loaded
	// from source, with its importers.
	broken := pkg("example.com/dep/broken", []string{plain})
	broken.ExportFile = ""
	user := pkg("example.com/dep/user", []string{plain}, broken)
	root = pkg("example.com/app", []string{plain}, user, lib)
	if got, want := loaded([]*packages.Package{root}, ""), "example.com/app example.com/dep/broken example.com/dep/user"; got != want {
		t.Errorf("a dependency without export data: source %q, want %q", got, want)
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
	r := &runner{d: newDriver(), opts: &options{load: "auto", tests: true}, dir: dir, stdout: io.Discard, stderr: &stderr}
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
