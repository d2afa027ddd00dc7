package load

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestSourcePackages checks the choice behind the mixed load: a dependency
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
