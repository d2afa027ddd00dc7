package driver

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestDepsCarryFacts checks the decision behind -load=auto: dependencies
// come from export data only when none outside the roots declares a role
// (a directive in its files, or its path in a configuration file) or
// imports, directly or not, a package that does.
func TestDepsCarryFacts(t *testing.T) {
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
		p := &packages.Package{ID: path, PkgPath: path, GoFiles: files, Module: mod, Imports: make(map[string]*packages.Package)}
		for _, imp := range imports {
			p.Imports[imp.PkgPath] = imp
		}
		return p
	}

	lib := pkg("example.com/dep/lib", []string{plain})
	root := pkg("example.com/app", []string{plain}, lib)
	if depsCarryFacts([]*packages.Package{root}, nil) {
		t.Errorf("a plain dependency: want export data")
	}
	if !depsCarryFacts([]*packages.Package{root}, []byte("registries:\n  - adapter: example.com/dep/lib.Plugin\n")) {
		t.Errorf("a dependency named in the config: want source")
	}

	reg := pkg("example.com/dep/reg", []string{role})
	mid := pkg("example.com/dep/mid", []string{plain}, reg)
	root = pkg("example.com/app", []string{plain}, mid)
	if !depsCarryFacts([]*packages.Package{root}, nil) {
		t.Errorf("a dependency that imports one with a directive: want source")
	}

	// A role in a root package does not make plain dependencies carry
	// facts.
	root = pkg("example.com/app", []string{role}, lib)
	if depsCarryFacts([]*packages.Package{root}, nil) {
		t.Errorf("a directive in a root only: want export data")
	}
}
