package load

import (
	"slices"
	"strings"
	"testing"

	"github.com/registrylint/registrylint/internal/testmod"
	"golang.org/x/tools/go/packages"
)

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
	cfg := &Config{Dir: dir, Tests: true}
	cfg.FactSources = func(roots []*packages.Package) map[*packages.Package]bool {
		var pkgs []*packages.Package
		for p := range packages.Postorder(roots) {
			pkgs = append(pkgs, p)
		}
		return NewFileScanner("registrylint:", "", "").ContainsAll(pkgs)
	}
	roots, err := loadMixed(cfg, []string{"./app", "./reg"})
	if err != nil {
		t.Fatalf("loadMixed: %v", err)
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

// writeModule writes the txtar archive src as a module (see
// [testmod.Write]).
func writeModule(t *testing.T, src string) string { return testmod.Write(t, src) }
